//! Normalised values and the small closed vocabularies behind them (seasons, parts of day,
//! units), with their TIMEX3 spelling.
//!
//! A [`Value`] keeps every field as `Option`, so an unresolved field prints as `X`s rather than
//! being guessed, and the granularity follows from the variant.

use crate::{Granularity, TimexType};
use std::fmt::Write as _;

/// TIMEX3 seasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(crate) fn parse(code: &str) -> Option<Season> {
        Some(match code {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" => Season::Fall,
            "WI" => Season::Winter,
            _ => return None,
        })
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// First and last month of the season in the year it is named for. Winter is named for the
    /// year of its January, so it starts in December of the year before (month 0).
    pub(crate) fn months(self) -> (i32, i32) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Fall => (9, 11),
            Season::Winter => (0, 2),
        }
    }
}

/// TIMEX3 parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

impl Pod {
    pub(crate) fn parse(code: &str) -> Option<Pod> {
        Some(match code {
            "MO" => Pod::Morning,
            "MI" => Pod::Midday,
            "AF" => Pod::Afternoon,
            "EV" => Pod::Evening,
            "NI" => Pod::Night,
            "DT" => Pod::Daytime,
            _ => return None,
        })
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Pod::Morning => "MO",
            Pod::Midday => "MI",
            Pod::Afternoon => "AF",
            Pod::Evening => "EV",
            Pod::Night => "NI",
            Pod::Daytime => "DT",
        }
    }
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub(crate) fn parse(key: &str) -> Option<Unit> {
        Some(match key {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }

    /// The ISO 8601 duration of `n` units (`None`: an unknown number, written `X`).
    pub(crate) fn duration(self, n: Option<f64>) -> String {
        let (scale, letter, time) = match self {
            Unit::Second => (1.0, "S", true),
            Unit::Minute => (1.0, "M", true),
            Unit::Hour => (1.0, "H", true),
            Unit::Day => (1.0, "D", false),
            Unit::Week => (1.0, "W", false),
            Unit::Weekend => (2.0, "D", false),
            Unit::Fortnight => (2.0, "W", false),
            Unit::Month => (1.0, "M", false),
            Unit::Quarter => (3.0, "M", false),
            Unit::Half => (6.0, "M", false),
            Unit::Year => (1.0, "Y", false),
            Unit::Decade => (10.0, "Y", false),
            Unit::Century => (100.0, "Y", false),
        };
        let amount = match n {
            Some(n) => {
                let v = n * scale;
                if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
            }
            // "decades" is an unknown number of decades, not of years.
            None if self == Unit::Decade => return "PXDE".to_string(),
            None if self == Unit::Century => return "PXCE".to_string(),
            None => "X".to_string(),
        };
        format!("P{}{amount}{letter}", if time { "T" } else { "" })
    }
}

/// Present, past and future as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Present,
    Past,
    Future,
}

impl RefKind {
    pub(crate) fn parse(key: &str) -> Option<RefKind> {
        Some(match key {
            "PRESENT_REF" => RefKind::Present,
            "PAST_REF" => RefKind::Past,
            "FUTURE_REF" => RefKind::Future,
            _ => return None,
        })
    }

    fn code(self) -> &'static str {
        match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        }
    }
}

/// A time of day: a clock time or a part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tod {
    Clock { hour: u8, minute: Option<u8> },
    Part(Pod),
}

/// A normalised value. `None` fields are unknown and print as `X`s.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Year(Option<i32>),
    Month(Option<i32>, Option<u8>),
    Day(Option<i32>, Option<u8>, Option<u8>),
    Week(Option<i32>, Option<u8>),
    Weekend(Option<i32>, Option<u8>),
    /// A weekday whose week is unknown: `XXXX-WXX-5`.
    Weekday(u8),
    Quarter(Option<i32>, Option<u8>),
    Half(Option<i32>, u8),
    Season(Option<i32>, Season),
    /// The first three digits of the years: 199 → `199X`.
    Decade(i32),
    /// The first two digits of the years: 19 → `19XX`.
    Century(i32),
    Time(Box<Value>, Tod),
    Ref(RefKind),
    Duration(String),
    Set(String),
}

fn year(out: &mut String, y: Option<i32>) {
    match y {
        Some(y) if (0..=9999).contains(&y) => {
            let _ = write!(out, "{y:04}");
        }
        _ => out.push_str("XXXX"),
    }
}

fn two(out: &mut String, v: Option<u8>) {
    match v {
        Some(v) => {
            let _ = write!(out, "{v:02}");
        }
        None => out.push_str("XX"),
    }
}

impl Value {
    /// The TIMEX3 spelling.
    pub(crate) fn format(&self) -> String {
        let mut s = String::with_capacity(16);
        self.write(&mut s);
        s
    }

    fn write(&self, s: &mut String) {
        match self {
            Value::Year(y) => year(s, *y),
            Value::Month(y, m) => {
                year(s, *y);
                s.push('-');
                two(s, *m);
            }
            Value::Day(y, m, d) => {
                year(s, *y);
                s.push('-');
                two(s, *m);
                s.push('-');
                two(s, *d);
            }
            Value::Week(y, w) | Value::Weekend(y, w) => {
                year(s, *y);
                s.push_str("-W");
                two(s, *w);
                if matches!(self, Value::Weekend(..)) {
                    s.push_str("-WE");
                }
            }
            Value::Weekday(d) => {
                let _ = write!(s, "XXXX-WXX-{d}");
            }
            Value::Quarter(y, q) => {
                year(s, *y);
                s.push_str("-Q");
                match q {
                    Some(q) => {
                        let _ = write!(s, "{q}");
                    }
                    None => s.push('X'),
                }
            }
            Value::Half(y, h) => {
                year(s, *y);
                let _ = write!(s, "-H{h}");
            }
            Value::Season(y, season) => {
                year(s, *y);
                s.push('-');
                s.push_str(season.code());
            }
            Value::Decade(d) => {
                let _ = write!(s, "{d:03}X");
            }
            Value::Century(c) => {
                let _ = write!(s, "{c:02}XX");
            }
            Value::Time(day, tod) => {
                day.write(s);
                s.push('T');
                match tod {
                    Tod::Clock { hour, minute: Some(m) } => {
                        let _ = write!(s, "{hour:02}:{m:02}");
                    }
                    Tod::Clock { hour, minute: None } => {
                        let _ = write!(s, "{hour:02}");
                    }
                    Tod::Part(p) => s.push_str(p.code()),
                }
            }
            Value::Ref(r) => s.push_str(r.code()),
            Value::Duration(d) | Value::Set(d) => s.push_str(d),
        }
    }

    /// The unit of the value's last field.
    pub(crate) fn granularity(&self) -> Granularity {
        match self {
            Value::Year(_) => Granularity::Year,
            Value::Month(..) => Granularity::Month,
            Value::Day(..) | Value::Weekday(_) => Granularity::Day,
            Value::Week(..) | Value::Weekend(..) => Granularity::Week,
            Value::Quarter(..) => Granularity::Quarter,
            Value::Half(..) => Granularity::Half,
            Value::Season(..) => Granularity::Season,
            Value::Decade(_) => Granularity::Decade,
            Value::Century(_) => Granularity::Century,
            Value::Time(_, Tod::Clock { minute: Some(_), .. }) => Granularity::Minute,
            Value::Time(_, Tod::Clock { minute: None, .. }) => Granularity::Hour,
            Value::Time(_, Tod::Part(_)) => Granularity::PartOfDay,
            Value::Ref(_) => Granularity::Reference,
            Value::Duration(d) | Value::Set(d) => duration_granularity(d),
        }
    }

    /// DATE, TIME, DURATION or SET.
    pub(crate) fn kind(&self) -> TimexType {
        match self {
            Value::Time(..) => TimexType::Time,
            Value::Duration(_) => TimexType::Duration,
            Value::Set(_) => TimexType::Set,
            _ => TimexType::Date,
        }
    }

    /// The year, when the value has a known one.
    pub(crate) fn year(&self) -> Option<i32> {
        match self {
            Value::Year(y)
            | Value::Month(y, _)
            | Value::Day(y, _, _)
            | Value::Week(y, _)
            | Value::Weekend(y, _)
            | Value::Quarter(y, _)
            | Value::Half(y, _)
            | Value::Season(y, _) => *y,
            Value::Time(d, _) => d.year(),
            _ => None,
        }
    }
}

/// Granularity of a duration or set value: its unit letter.
fn duration_granularity(d: &str) -> Granularity {
    let time = d.contains('T');
    match d.chars().last() {
        Some('S') | Some('M') if time => Granularity::Minute,
        Some('H') => Granularity::Hour,
        Some('D') => Granularity::Day,
        Some('W') => Granularity::Week,
        Some('M') => Granularity::Month,
        Some('E') if d.ends_with("DE") => Granularity::Decade,
        Some('E') => Granularity::Century,
        _ => Granularity::Year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex3_spelling() {
        assert_eq!(Value::Day(None, Some(6), Some(3)).format(), "XXXX-06-03");
        assert_eq!(Value::Week(Some(2019), Some(3)).format(), "2019-W03");
        assert_eq!(Value::Weekend(Some(1989), Some(43)).format(), "1989-W43-WE");
        assert_eq!(Value::Decade(199).format(), "199X");
        assert_eq!(Value::Century(19).format(), "19XX");
        assert_eq!(
            Value::Time(Box::new(Value::Day(Some(2019), Some(6), Some(3))), Tod::Part(Pod::Night)).format(),
            "2019-06-03TNI"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(Unit::Year.duration(Some(3.0)), "P3Y");
        assert_eq!(Unit::Decade.duration(Some(2.0)), "P20Y");
        assert_eq!(Unit::Hour.duration(Some(24.0)), "PT24H");
        assert_eq!(Unit::Year.duration(Some(1.5)), "P1.5Y");
        assert_eq!(Unit::Week.duration(None), "PXW");
        assert_eq!(duration_granularity("PT5H"), Granularity::Hour);
        assert_eq!(duration_granularity("P3M"), Granularity::Month);
    }
}
