//! Resolution: from what the text says ([`Sem`]) to a value, using the publication date, the
//! tense of the clause and the reference time.
//!
//! The rules, in words:
//! - A **named period without a year** ("June 3", "April", "the third quarter", "Christmas")
//!   is placed among the occurrences in the publication year and the years either side: in a
//!   past-tense clause the latest one that has begun by the publication date, in a future-tense
//!   clause the earliest one that has not ended, otherwise the closest.
//! - A **bare weekday** is the latest such day on or before the publication date (news reports
//!   what happened, and "Friday" in Friday's paper is that day) unless the clause is in the
//!   future tense; "last Friday" is strictly before, "next Friday" strictly after.
//! - **"last/this/next week/month/year"** and **"N units ago"** count from the publication date;
//!   **"the following year"**, **"a year earlier"**, **"that day"** count from the reference
//!   time — the last date resolved in the document — or from the publication date when there
//!   is none yet. A year shift "inherits" the reference's granularity ("the third quarter …
//!   a year earlier" is the third quarter of the year before).
//! - Without a publication date nothing is guessed: what needed it keeps `X`s.

use crate::calendar::{self, add_days, add_months, iso_week, month_len, quarter, weekday};
use crate::grammar::{Anchor, Dir, Found, From, Named, Sem, Tense, YearSpec};
use crate::value::{Unit, Value};
use crate::{Basis, Granularity, Mod, Signal, TimeExpr};
use annals_quantity::atoms::Atoms;
use chrono::{Datelike, NaiveDate};

/// A resolved value with its provenance.
struct Res {
    value: Value,
    basis: Basis,
    inferred: bool,
    modifier: Option<Mod>,
}

impl Res {
    fn text(value: Value, modifier: Option<Mod>) -> Res {
        Res { value, basis: Basis::Text, inferred: false, modifier }
    }
}

/// Resolves the expressions of one document in text order, keeping the reference time.
pub(crate) struct Resolver {
    dct: Option<NaiveDate>,
    reference: Option<Value>,
}

impl Resolver {
    pub(crate) fn new(dct: Option<NaiveDate>) -> Resolver {
        Resolver { dct, reference: None }
    }

    /// The time expression for `f`, found in sentence `sentence`.
    pub(crate) fn resolve(&mut self, a: &Atoms<'_>, f: &Found, sentence: usize) -> TimeExpr {
        let signal = f.signal.map(|(s, e, kind)| Signal { span: a.span(s, e), kind });
        if let Sem::Range(x, y) = &f.sem {
            let ex = self.resolve(a, x, sentence);
            let ey = self.resolve(a, y, sentence);
            let value = format!("{}/{}", ex.value, ey.value);
            let basis = if ex.basis == Basis::Text { ey.basis } else { ex.basis };
            return TimeExpr {
                span: a.span(f.start, f.end),
                sentence,
                kind: ex.kind,
                value,
                granularity: ex.granularity,
                modifier: None,
                basis,
                year_inferred: ex.year_inferred || ey.year_inferred,
                signal,
                range: Some(Box::new([ex, ey])),
            };
        }
        let r = self.sem(&f.sem, f.tense);
        let granularity = r.value.granularity();
        // Comparisons ("a year earlier", "the year-ago quarter") do not move the narrative.
        let comparison = matches!(f.sem, Sem::Date(Anchor::Shift { inherit: true, .. }, _));
        let keeps_reference = matches!(f.sem, Sem::Date(..) | Sem::Time(..))
            && !comparison
            && r.value.year().is_some()
            && !matches!(granularity, Granularity::Decade | Granularity::Century | Granularity::Reference);
        if keeps_reference {
            self.reference = Some(match &r.value {
                Value::Time(day, _) => (**day).clone(),
                v => v.clone(),
            });
        }
        TimeExpr {
            span: a.span(f.start, f.end),
            sentence,
            kind: r.value.kind(),
            value: r.value.format(),
            granularity,
            modifier: r.modifier,
            basis: r.basis,
            year_inferred: r.inferred && r.value.year().is_some(),
            signal,
            range: None,
        }
    }

    fn sem(&self, sem: &Sem, tense: Tense) -> Res {
        match sem {
            Sem::Date(anchor, m) => {
                let mut r = self.anchor(anchor, tense);
                r.modifier = *m;
                r
            }
            Sem::Time(anchor, tod, m) => {
                // A clock time without a day is on the day under discussion, else on the
                // publication date.
                let day = match (anchor, &self.reference) {
                    (Some(a), _) => self.anchor(a, tense),
                    (None, Some(r @ Value::Day(Some(_), Some(_), Some(_)))) => {
                        Res { value: r.clone(), basis: Basis::Context, inferred: true, modifier: None }
                    }
                    (None, _) => self.anchor(&Anchor::DayOffset(0), tense),
                };
                let value = match day.value {
                    v @ (Value::Day(..) | Value::Weekday(_)) => Value::Time(Box::new(v), *tod),
                    _ => Value::Time(Box::new(Value::Day(None, None, None)), *tod),
                };
                Res { value, basis: day.basis, inferred: day.inferred, modifier: *m }
            }
            Sem::Duration(v, m) => Res::text(Value::Duration(v.clone()), *m),
            Sem::Set(v) => Res::text(Value::Set(v.clone()), None),
            Sem::Ref(r) => Res::text(Value::Ref(*r), None),
            // Ranges are resolved endpoint by endpoint in `resolve`.
            Sem::Range(..) => Res::text(Value::Ref(crate::value::RefKind::Present), None),
        }
    }

    fn anchor(&self, anchor: &Anchor, tense: Tense) -> Res {
        let publication = |value: Value| Res { value, basis: Basis::Publication, inferred: true, modifier: None };
        let unresolved = |value: Value| Res { value, basis: Basis::Unresolved, inferred: false, modifier: None };
        match *anchor {
            Anchor::Year(y) => Res::text(Value::Year(Some(y)), None),
            Anchor::Decade(d) => Res::text(Value::Decade(d), None),
            Anchor::Century(c) => Res::text(Value::Century(c), None),
            Anchor::Named { what, year: YearSpec::Explicit(y), .. } => Res::text(in_year(what, Some(y)), None),
            Anchor::Named { what, year: YearSpec::Rel(k), .. } => match self.dct {
                Some(d) => publication(in_year(what, Some(d.year() + k))),
                None => unresolved(in_year(what, None)),
            },
            Anchor::Named { what, year: YearSpec::None, dir } => {
                // "the previous Friday" is counted from the day under discussion.
                let (base, basis) = match (dir, self.reference.as_ref().and_then(base_day)) {
                    (Dir::Before | Dir::After, Some(r)) => (Some(r), Basis::Context),
                    _ => (self.dct, Basis::Publication),
                };
                match base.and_then(|d| occurrence(what, dir, tense, d)) {
                    Some(value) => Res { value, basis, inferred: true, modifier: None },
                    None => unresolved(in_year(what, None)),
                }
            }
            Anchor::RefInYear(y) => {
                let value = match &self.reference {
                    Some(Value::Quarter(_, q)) => Value::Quarter(Some(y), *q),
                    Some(Value::Half(_, h)) => Value::Half(Some(y), *h),
                    Some(Value::Month(_, m)) => Value::Month(Some(y), *m),
                    _ => Value::Year(Some(y)),
                };
                Res::text(value, None)
            }
            Anchor::DayOffset(n) => match self.dct.and_then(|d| add_days(d, n as i64)) {
                Some(d) => publication(day(d)),
                None => unresolved(Value::Day(None, None, None)),
            },
            Anchor::Latest { unit, deictic } => {
                if let (Some(r @ Value::Quarter(Some(_), Some(_))), false) = (&self.reference, deictic) {
                    return Res { value: r.clone(), basis: Basis::Context, inferred: true, modifier: None };
                }
                match self.dct {
                    // The latest quarter that is over: the one before the publication date's.
                    Some(d) => {
                        publication(shift(&day(d), Unit::Quarter, -1, false).unwrap_or(Value::Quarter(None, None)))
                    }
                    None => unresolved(unknown(unit)),
                }
            }
            Anchor::Shift { unit, n, from, inherit } => {
                let now = self.dct.map(day);
                let (base, basis, inherit) = match from {
                    // Only reporting periods (quarters, halves) carry over into "a year earlier";
                    // after "since January" it means the year before, not January of it.
                    From::Ref => match &self.reference {
                        Some(r) => {
                            let period = matches!(r.granularity(), Granularity::Quarter | Granularity::Half);
                            (Some(r.clone()), Basis::Context, inherit && period)
                        }
                        None => (now, Basis::Publication, false),
                    },
                    // "a year ago" next to a quarter of the publication year means that quarter
                    // a year before; otherwise it is the year.
                    From::Now => match (&self.reference, self.dct) {
                        (Some(r), Some(d))
                            if inherit
                                && n.abs() == 1
                                && matches!(
                                    r.granularity(),
                                    Granularity::Quarter | Granularity::Half | Granularity::Month
                                )
                                && r.year() == Some(d.year()) =>
                        {
                            (Some(r.clone()), Basis::Publication, true)
                        }
                        _ => (now, Basis::Publication, false),
                    },
                };
                // A reference coarser than the unit ("the end of the month" after "in 1990")
                // cannot be shifted; the publication date is the next best anchor.
                let shifted = base.and_then(|b| shift(&b, unit, n, inherit)).map(|v| (v, basis));
                let shifted = shifted.or_else(|| Some((shift(&day(self.dct?), unit, n, false)?, Basis::Publication)));
                match shifted {
                    Some((value, basis)) => Res { value, basis, inferred: true, modifier: None },
                    None => unresolved(unknown(unit)),
                }
            }
        }
    }
}

fn day(d: NaiveDate) -> Value {
    Value::Day(Some(d.year()), Some(d.month() as u8), Some(d.day() as u8))
}

/// The value of a named period in year `y` (`None`: the year is unknown).
fn in_year(what: Named, y: Option<i32>) -> Value {
    match what {
        Named::Month(m) => Value::Month(y, Some(m)),
        Named::MonthDay(m, d) => Value::Day(y, Some(m), Some(d)),
        Named::Weekday(wd) => Value::Weekday(wd),
        Named::Weekend => Value::Weekend(y, None),
        Named::Season(s) => Value::Season(y, s),
        Named::Quarter(q) => Value::Quarter(y, Some(q)),
        Named::Half(h) => Value::Half(y, h),
        Named::Holiday(h) => match (y.and_then(|y| h.date(y)), h) {
            (Some(d), _) => day(d),
            (None, crate::calendar::Holiday::Fixed { month, day }) => Value::Day(None, Some(month), Some(day)),
            (None, _) => Value::Day(None, None, None),
        },
    }
}

/// A value of `unit` granularity with every field unknown.
fn unknown(unit: Unit) -> Value {
    match unit {
        Unit::Week | Unit::Fortnight => Value::Week(None, None),
        Unit::Weekend => Value::Weekend(None, None),
        Unit::Month => Value::Month(None, None),
        Unit::Quarter => Value::Quarter(None, None),
        Unit::Year | Unit::Half | Unit::Decade | Unit::Century => Value::Year(None),
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Value::Day(None, None, None),
    }
}

/// First and last day of `what` in year `y`.
fn period(what: Named, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let months = |a: i32, b: i32| -> Option<(NaiveDate, NaiveDate)> {
        let (sy, sm) = add_months(y, 1, a - 1);
        let (ey, em) = add_months(y, 1, b - 1);
        Some((calendar::date(sy, sm as u32, 1)?, calendar::date(ey, em as u32, month_len(ey, em) as u32)?))
    };
    match what {
        Named::Month(m) => months(m as i32, m as i32),
        Named::MonthDay(m, d) => {
            let x = calendar::date(y, m as u32, d as u32)?;
            Some((x, x))
        }
        Named::Season(s) => {
            let (a, b) = s.months();
            months(a, b)
        }
        Named::Quarter(q) => months(q as i32 * 3 - 2, q as i32 * 3),
        Named::Half(h) => months(h as i32 * 6 - 5, h as i32 * 6),
        Named::Holiday(h) => {
            let x = h.date(y)?;
            Some((x, x))
        }
        Named::Weekday(_) | Named::Weekend => None,
    }
}

/// Which occurrence of `what` the text means, seen from the publication date `dct`.
fn occurrence(what: Named, dir: Dir, tense: Tense, dct: NaiveDate) -> Option<Value> {
    let cur = weekday(dct) as i64;
    match what {
        Named::Weekday(wd) => {
            let wd = wd as i64;
            let back = (cur - wd).rem_euclid(7);
            let fwd = (wd - cur).rem_euclid(7);
            let offset = match dir {
                // A bare weekday that is the publication day is that day, in any tense: news
                // is written for the day it appears.
                Dir::Bare if tense == Tense::Future => fwd,
                Dir::Bare => -back,
                Dir::Last | Dir::Before => -(if back == 0 { 7 } else { back }),
                Dir::Next | Dir::After => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Dir::This => wd - cur,
            };
            return add_days(dct, offset).map(day);
        }
        Named::Weekend => {
            // The Saturday of the publication date's ISO week.
            let saturday = add_days(dct, 6 - cur)?;
            let on_weekend = cur >= 6;
            let sat = match dir {
                Dir::Bare if tense == Tense::Future || on_weekend => saturday,
                Dir::Bare | Dir::Last | Dir::Before => add_days(saturday, -7)?,
                Dir::This => saturday,
                Dir::Next | Dir::After if on_weekend => add_days(saturday, 7)?,
                Dir::Next | Dir::After => saturday,
            };
            let (y, w) = iso_week(sat);
            return Some(Value::Weekend(Some(y), Some(w)));
        }
        _ => {}
    }
    let y0 = dct.year();
    let candidates: Vec<(i32, NaiveDate, NaiveDate)> =
        (y0 - 1..=y0 + 1).filter_map(|y| period(what, y).map(|(s, e)| (y, s, e))).collect();
    // Distance in days from the publication date, counted WRONG_SIDE times when the
    // occurrence is on the side the tense rules out: the tense cue decides between occurrences
    // at similar distances, but a much closer one still wins over a doubtful cue.
    const WRONG_SIDE: i64 = 4;
    let cost = |s: NaiveDate, e: NaiveDate| {
        if s <= dct && dct <= e {
            return 0;
        }
        let d = (s - dct).num_days().abs().min((e - dct).num_days().abs());
        let future = s > dct;
        match tense {
            Tense::Past if future => d * WRONG_SIDE,
            Tense::Future if !future => d * WRONG_SIDE,
            _ => d,
        }
    };
    let year = match dir {
        Dir::Bare => candidates.iter().min_by_key(|(y, s, e)| (cost(*s, *e), *y != y0, *y > y0)).map(|c| c.0),
        Dir::Last | Dir::Before => candidates.iter().rev().find(|(_, _, e)| *e < dct).map(|c| c.0),
        Dir::Next | Dir::After => candidates.iter().find(|(_, s, _)| *s > dct).map(|c| c.0),
        Dir::This => Some(y0),
    }?;
    Some(in_year(what, Some(year)))
}

/// The date of a day-level value.
fn base_day(v: &Value) -> Option<NaiveDate> {
    match v {
        Value::Day(Some(y), Some(m), Some(d)) => calendar::date(*y, *m as u32, *d as u32),
        Value::Time(d, _) => base_day(d),
        _ => None,
    }
}

/// `base` moved by `n` units, at the unit's granularity (or the base's, with `inherit`).
fn shift(base: &Value, unit: Unit, n: i32, inherit: bool) -> Option<Value> {
    let y = base.year()?;
    let month = match base {
        Value::Month(_, Some(m)) | Value::Day(_, Some(m), _) => Some(*m),
        Value::Time(d, _) => base_day(d).map(|d| d.month() as u8),
        _ => None,
    };
    Some(match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => day(add_days(base_day(base)?, n as i64)?),
        Unit::Week | Unit::Fortnight => {
            let (wy, w) = iso_week(add_days(base_day(base)?, 7 * n as i64)?);
            Value::Week(Some(wy), Some(w))
        }
        Unit::Weekend => {
            let d = add_days(base_day(base)?, 7 * n as i64)?;
            let (wy, w) = iso_week(d);
            Value::Weekend(Some(wy), Some(w))
        }
        Unit::Month => {
            let (ny, nm) = add_months(y, month?, n);
            Value::Month(Some(ny), Some(nm))
        }
        Unit::Quarter => {
            let q = match base {
                Value::Quarter(_, Some(q)) => *q,
                _ => quarter(month?),
            };
            let idx = y * 4 + (q as i32 - 1) + n;
            Value::Quarter(Some(idx.div_euclid(4)), Some((idx.rem_euclid(4) + 1) as u8))
        }
        Unit::Half => {
            let h = match base {
                Value::Half(_, h) => *h,
                _ => (month? - 1) / 6 + 1,
            };
            let idx = y * 2 + (h as i32 - 1) + n;
            Value::Half(Some(idx.div_euclid(2)), (idx.rem_euclid(2) + 1) as u8)
        }
        Unit::Year if inherit => match base {
            Value::Quarter(_, q) => Value::Quarter(Some(y + n), *q),
            Value::Half(_, h) => Value::Half(Some(y + n), *h),
            Value::Month(_, m) => Value::Month(Some(y + n), *m),
            Value::Season(_, s) => Value::Season(Some(y + n), *s),
            Value::Day(_, Some(m), Some(d)) => {
                let d = (*d).min(month_len(y + n, *m));
                Value::Day(Some(y + n), Some(*m), Some(d))
            }
            _ => Value::Year(Some(y + n)),
        },
        Unit::Year => Value::Year(Some(y + n)),
        Unit::Decade => Value::Decade(y.div_euclid(10) + n),
        Unit::Century => Value::Century(y.div_euclid(100) + n),
    })
}
