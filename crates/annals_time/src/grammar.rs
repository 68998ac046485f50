//! The time grammar: from atoms to a description of what the text says ([`Sem`]).
//!
//! Each sentence is scanned left to right. At every atom all rules are tried and the longest
//! match wins (ties go to the rule listed first in [`Sentence::best_at`]); the scan then goes on
//! after it. A second pass joins "from X to Y", "between X and Y" and "X-Y" into ranges, and the
//! tense of each expression's clause is read from the nearest cue word or verb tag.
//!
//! The grammar never looks at the publication date: it only records what is written and what
//! is left open ("June 3" has no year; "Friday" is a weekday to be placed by tense).

use crate::calendar::Holiday;
use crate::lexicon::{OffsetWord, Rel, TimeLexicon};
use crate::value::{Pod, RefKind, Season, Tod, Unit};
use crate::{Mod, SignalKind};
use annals_doc::Doc;
use annals_quantity::NumberWords;
use annals_quantity::atoms::{AtomKind, Atoms};

/// Which year a named period is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearSpec {
    /// Not said: inferred from the publication date and tense.
    None,
    /// Written: "June 3, 2019".
    Explicit(i32),
    /// Relative to the publication year: "this year's third quarter" (0), "last year's" (-1).
    Rel(i32),
}

/// A named period within a year or week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    Month(u8),
    MonthDay(u8, u8),
    Weekday(u8),
    Weekend,
    Season(Season),
    Quarter(u8),
    Half(u8),
    Holiday(Holiday),
}

/// Which occurrence of a named period: by tense (`Bare`), or as "last/this/next".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Bare,
    Last,
    This,
    Next,
    /// Before the reference time: "the previous Friday".
    Before,
    /// After the reference time: "the following Monday", "the next Friday".
    After,
}

/// What a shift is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum From {
    /// The publication date ("last week", "three years ago").
    Now,
    /// The time mentioned before ("the following year", "a year earlier").
    Ref,
}

/// A date as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Year(i32),
    /// First three digits: 199 for the 1990s.
    Decade(i32),
    /// First two digits: 19 for the twentieth century.
    Century(i32),
    Named {
        what: Named,
        year: YearSpec,
        dir: Dir,
    },
    /// Days from the publication date.
    DayOffset(i32),
    /// The period under discussion moved to a given year: "the 1988 quarter".
    RefInYear(i32),
    /// `n` units from the publication date or the reference time. With `inherit`, a year shift
    /// keeps the granularity of the reference time ("a year earlier" after "the third quarter").
    Shift {
        unit: Unit,
        n: i32,
        from: From,
        inherit: bool,
    },
    /// "the quarter" (the one under discussion, `deictic` false) or "the latest quarter" (the
    /// last one completed by the publication date, `deictic` true).
    Latest {
        unit: Unit,
        deictic: bool,
    },
}

/// What an expression says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    Date(Anchor, Option<Mod>),
    /// A time of day, on a day (or on the publication date when none is given).
    Time(Option<Anchor>, Tod, Option<Mod>),
    Duration(String, Option<Mod>),
    Set(String),
    Ref(RefKind),
    Range(Box<Found>, Box<Found>),
}

/// The tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// An expression found in a sentence: atoms `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub tense: Tense,
    /// Atoms `start..end` of the preposition before the expression, and its kind.
    pub signal: Option<(usize, usize, SignalKind)>,
}

/// The grammar over one document's atoms.
pub(crate) struct Grammar<'a> {
    pub a: &'a Atoms<'a>,
    pub lex: &'a TimeLexicon,
    pub nums: &'a NumberWords,
    pub doc: &'a Doc,
}

impl<'a> Grammar<'a> {
    /// The expressions of the sentence made of atoms `s..e`.
    pub(crate) fn sentence(&self, s: usize, e: usize) -> Vec<Found> {
        let p = Sentence { g: self, a: self.a, lex: self.lex, nums: self.nums, s, e };
        let mut out = Vec::new();
        let mut i = s;
        while i < e {
            match p.best_at(i) {
                Some((end, sem)) if end > i => {
                    out.push(Found { start: i, end, sem, tense: Tense::Unknown, signal: None });
                    i = end;
                }
                _ => i += 1,
            }
        }
        for f in &mut out {
            f.signal = p.signal_before(f.start);
        }
        let mut out = p.merge_ranges(out);
        for f in &mut out {
            p.set_tense(f);
        }
        out
    }
}

/// The grammar on one sentence, atoms `s..e`.
struct Sentence<'g> {
    g: &'g Grammar<'g>,
    a: &'g Atoms<'g>,
    lex: &'g TimeLexicon,
    nums: &'g NumberWords,
    s: usize,
    e: usize,
}

type Rule = Option<(usize, Sem)>;

impl Sentence<'_> {
    // ----- atom helpers -------------------------------------------------------------------

    fn lw(&self, i: usize) -> &str {
        if i < self.e { self.a.lower(i) } else { "" }
    }

    fn glued(&self, i: usize) -> bool {
        i < self.e && self.a.atoms[i].glued
    }

    fn kind(&self, i: usize) -> Option<AtomKind> {
        (i < self.e).then(|| self.a.atoms[i].kind)
    }

    fn cap(&self, i: usize) -> bool {
        i < self.e && self.a.is_capitalized(i)
    }

    fn prev(&self, i: usize) -> &str {
        if i > self.s { self.a.lower(i - 1) } else { "" }
    }

    /// Skip a period glued to an abbreviation ("Aug."), unless it ends the sentence.
    fn period(&self, i: usize) -> usize {
        if self.lw(i) == "." && self.glued(i) && i + 1 < self.e { i + 1 } else { i }
    }

    /// Skip a leading "the".
    fn the(&self, i: usize) -> usize {
        if self.lw(i) == "the" { i + 1 } else { i }
    }

    /// A plain run of digits (no separators) and its value.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(AtomKind::Number) {
            return None;
        }
        let t = self.lw(i);
        if !t.bytes().all(|b| b.is_ascii_digit()) || t.len() > 4 {
            return None;
        }
        Some((t.parse().ok()?, t.len()))
    }

    // ----- the rules ----------------------------------------------------------------------

    /// The longest expression starting at atom `i`.
    fn best_at(&self, i: usize) -> Rule {
        let k = self.kind(i)?;
        if k == AtomKind::Punct {
            return None;
        }
        // Most words cannot begin a time expression; skip them without trying every rule.
        if k == AtomKind::Word && !self.lex.starts.contains(self.lw(i)) && !self.nums.is_number_word(self.lw(i)) {
            return None;
        }
        let rules: [&dyn Fn(usize) -> Rule; 12] = [
            &|i| self.calendar_date(i),
            &|i| self.numeric_date(i),
            &|i| self.year_forms(i),
            &|i| self.quarter(i),
            &|i| self.season(i),
            &|i| self.holiday(i),
            &|i| self.modified(i),
            &|i| self.relative(i),
            &|i| self.reference(i),
            &|i| self.duration(i),
            &|i| self.clock_time(i),
            &|i| self.set(i),
        ];
        let mut best: Rule = None;
        for rule in rules {
            if let Some((end, sem)) = rule(i)
                && best.as_ref().is_none_or(|(b, _)| end > *b)
            {
                best = Some((end, sem));
            }
        }
        best.map(|(end, sem)| self.extend_day(end, sem))
    }

    /// A day followed by a part of the day or a clock time: "Friday night", "Tuesday at 9 a.m.".
    fn extend_day(&self, end: usize, sem: Sem) -> (usize, Sem) {
        let Sem::Date(anchor, m) = &sem else { return (end, sem) };
        let day_level = matches!(
            anchor,
            Anchor::DayOffset(_)
                | Anchor::Named { what: Named::Weekday(_) | Named::MonthDay(..) | Named::Holiday(_), .. }
        );
        if !day_level {
            return (end, sem);
        }
        if let Some((pod, k)) = self.lex.parts_of_day.longest(self.a, end, self.e) {
            return (k, Sem::Time(Some(*anchor), Tod::Part(*pod), *m));
        }
        let at = if self.lw(end) == "at" { end + 1 } else { end };
        if let Some((k, tod)) = self.clock(at) {
            return (k, Sem::Time(Some(*anchor), tod, *m));
        }
        (end, sem)
    }

    /// A month name at `i` (capitalised), with its abbreviation period: (month, end).
    fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        if !self.cap(i) {
            return None;
        }
        let (&m, k) = self.lex.months.longest(self.a, i, self.e)?;
        Some((m, self.period(k)))
    }

    /// True when the month name at `i` may stand alone: not ambiguous ("May"), or after a cue.
    fn month_alone_ok(&self, i: usize) -> bool {
        !self.lex.ambiguous_months.contains(self.lw(i)) || self.lex.month_cues.contains(self.prev(i))
    }

    /// A weekday at `i`: (weekday, end).
    fn weekday_at(&self, i: usize) -> Option<(u8, usize)> {
        if !self.cap(i) {
            return None;
        }
        if let Some((&d, k)) = self.lex.weekdays.longest(self.a, i, self.e) {
            return Some((d, self.period(k)));
        }
        // Abbreviations only with their period: "Wed." but not "Sun" the newspaper.
        let (&d, k) = self.lex.weekday_abbreviations.longest(self.a, i, self.e)?;
        (self.lw(k) == "." && self.glued(k)).then_some((d, k + 1))
    }

    /// A day of the month at `i`: "3", "3rd", "third".
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (v, k) = if let Some((v, len)) = self.digits(i) {
            if len > 2 {
                return None;
            }
            let k = if self.glued(i + 1) && self.nums.is_ordinal_suffix(self.lw(i + 1)) { i + 2 } else { i + 1 };
            (v, k)
        } else {
            self.nums.ordinal(self.a, i, self.e)?
        };
        // "June 30 million" is not a day.
        if (1..=31).contains(&v) && !self.nums.is_scale(self.lw(k)) { Some((v as u8, k)) } else { None }
    }

    /// A year at `i` after a month or comma: four digits, or `'93`.
    fn year_after_date(&self, i: usize) -> Option<(i32, usize)> {
        // A year is not glued to a following word or number ("1990s", "1993-94" are other rules).
        if let Some((v, 4)) = self.digits(i)
            && (1000..=2200).contains(&v)
            && !(self.glued(i + 1) && (self.kind(i + 1) != Some(AtomKind::Punct) || self.lw(i + 1) == "-"))
        {
            return Some((v as i32, i + 1));
        }
        self.short_year(i).or_else(|| self.year_words(i))
    }

    /// `'93` → 1993 (a year from 00 to 29 is taken as 20xx).
    fn short_year(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(AtomKind::Number) {
            return None;
        }
        let t = self.lw(i).strip_prefix('\'')?;
        if t.len() != 2 || self.lw(i + 1) == "s" && self.glued(i + 1) {
            return None;
        }
        let v: i32 = t.parse().ok()?;
        Some((if v < 30 { 2000 + v } else { 1900 + v }, i + 1))
    }

    /// A year standing alone ("in 1988", "The 1994 ceasefire"), with the checks that keep
    /// amounts and labels out ("about 1500", "1500 soldiers", "Resolution 1244").
    fn year_alone(&self, i: usize) -> Option<(i32, usize)> {
        let (v, len) = self.digits(i)?;
        if len != 4 || !(1000..=2200).contains(&v) {
            return None;
        }
        // "mid-1996" is a year after a hyphen; "A-1996" is not.
        let after_modifier = self.prev(i) == "-" && i >= self.s + 2 && self.lex.modifiers.has_word(self.a.lower(i - 2));
        if i > self.s && ((self.glued(i) && !after_modifier) || self.lex.not_years_after.contains(self.prev(i))) {
            return None;
        }
        let next = self.lw(i + 1);
        if self.glued(i + 1) && !matches!(next, "," | "." | ";" | ":" | ")" | "'s" | "?" | "!" | "-") {
            return None;
        }
        if next == "%" || self.nums.is_scale(next) || matches!(next, "percent" | "per") || self.tz(i + 1).is_some() {
            return None;
        }
        // "2000 people": a four-digit number before a plural noun is an amount unless a
        // determiner or preposition before it makes it a year ("the 1998 elections").
        let plural = next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && !self.cap(i + 1);
        let people = matches!(next, "people" | "men" | "women" | "children" | "police" | "troops");
        let cue_before =
            matches!(self.prev(i), "the" | "in" | "of" | "since" | "by" | "until" | "from" | "its" | "their")
                || self.lex.fiscal.has_word(self.prev(i));
        if (plural || people) && !cue_before {
            return None;
        }
        Some((v as i32, i + 1))
    }

    /// "nineteen ninety-six", "two thousand (and) one".
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(AtomKind::Word) || !self.nums.is_number_word(self.lw(i)) {
            return None;
        }
        let n = self.nums.cardinal(self.a, i, self.e)?;
        if (10.0..=20.0).contains(&n.value) && n.end == i + 1 {
            let rest = self.nums.cardinal(self.a, n.end, self.e)?;
            if (10.0..100.0).contains(&rest.value) || self.lw(n.end) == "oh" {
                return Some((n.value as i32 * 100 + rest.value as i32, rest.end));
            }
            return None;
        }
        // "two thousand and one": only after "the year" or "in", where an amount makes no sense.
        let cue = self.prev(i) == "year" || self.prev(i) == "in";
        (cue && (2000.0..=2099.0).contains(&n.value)).then_some((n.value as i32, n.end))
    }

    /// Month-first and day-first dates, optionally after a weekday: "June 3, 2019",
    /// "Friday, Oct. 23", "3 June 2019", "the 3rd of June", "November 1993", "April", "Friday".
    fn calendar_date(&self, i: usize) -> Rule {
        let mut j = i;
        let mut weekday = None;
        if let Some((wd, k)) = self.weekday_at(i) {
            weekday = Some((wd, k));
            j = if self.lw(k) == "," { k + 1 } else { k };
        }
        let named = |what, year: Option<i32>| {
            Sem::Date(
                Anchor::Named { what, year: year.map_or(YearSpec::None, YearSpec::Explicit), dir: Dir::Bare },
                None,
            )
        };
        if let Some((m, k)) = self.month_at(j) {
            if let Some((d, k2)) = self.day_at(k) {
                let k3 = if self.lw(k2) == "," { k2 + 1 } else { k2 };
                if let Some((y, k4)) = self.year_after_date(k3) {
                    return Some((k4, named(Named::MonthDay(m, d), Some(y))));
                }
                // "June 3-5", "June 3-5, 2019": a range of days.
                if self.lw(k2) == "-"
                    && self.glued(k2)
                    && self.glued(k2 + 1)
                    && let Some((d2, k5)) = self.day_at(k2 + 1)
                    && d2 > d
                {
                    let k6 = if self.lw(k5) == "," { k5 + 1 } else { k5 };
                    let (y, end) = match self.year_after_date(k6) {
                        Some((y, e)) => (Some(y), e),
                        None => (None, k5),
                    };
                    let x = Found::plain(i, k2, named(Named::MonthDay(m, d), y));
                    let y = Found::plain(k2 + 1, end, named(Named::MonthDay(m, d2), y));
                    return Some((end, Sem::Range(Box::new(x), Box::new(y))));
                }
                return Some((k2, named(Named::MonthDay(m, d), None)));
            }
            let k2 = if matches!(self.lw(k), "of" | ",") { k + 1 } else { k };
            if let Some((y, k3)) = self.year_after_date(k2) {
                return Some((k3, named(Named::Month(m), Some(y))));
            }
            // "January this year", "June last year".
            if let Some((&rel, r)) = self.lex.relative.longest(self.a, k, self.e)
                && self.lw(r) == "year"
                && matches!(rel, Rel::Last | Rel::This | Rel::Next)
            {
                let n = match rel {
                    Rel::Last => -1,
                    Rel::This => 0,
                    _ => 1,
                };
                let sem =
                    Sem::Date(Anchor::Named { what: Named::Month(m), year: YearSpec::Rel(n), dir: Dir::Bare }, None);
                return Some((r + 1, sem));
            }
            if weekday.is_none() && self.month_alone_ok(j) {
                return Some((k, named(Named::Month(m), None)));
            }
        }
        let j2 = self.the(j);
        if let Some((d, k)) = self.day_at(j2) {
            let k1 = if self.lw(k) == "of" { k + 1 } else { k };
            if let Some((m, k2)) = self.month_at(k1) {
                let k3 = if self.lw(k2) == "," { k2 + 1 } else { k2 };
                if let Some((y, k4)) = self.year_after_date(k3) {
                    return Some((k4, named(Named::MonthDay(m, d), Some(y))));
                }
                return Some((k2, named(Named::MonthDay(m, d), None)));
            }
        }
        weekday.map(|(wd, k)| (k, named(Named::Weekday(wd), None)))
    }

    /// "2019-06-03", "6/3/2019", "06/03/19" (month first unless the first number is above 12).
    fn numeric_date(&self, i: usize) -> Rule {
        let (a, alen) = self.digits(i)?;
        let sep = self.lw(i + 1);
        if !matches!(sep, "-" | "/")
            || !self.glued(i + 1)
            || !self.glued(i + 2)
            || self.lw(i + 3) != sep
            || !self.glued(i + 3)
        {
            return None;
        }
        let ((b, _), (c, clen)) = (self.digits(i + 2)?, self.digits(i + 4)?);
        if !self.glued(i + 4) || (self.glued(i + 5) && matches!(self.lw(i + 5), "-" | "/")) {
            return None;
        }
        let (y, m, d) = if alen == 4 {
            (a as i32, b, c)
        } else if sep == "/" && (clen == 4 || clen == 2) {
            let y = if clen == 2 { if c < 30 { 2000 + c } else { 1900 + c } } else { c } as i32;
            if a > 12 { (y, b, a) } else { (y, a, b) }
        } else {
            return None;
        };
        crate::calendar::date(y, m, d)?;
        Some((
            i + 5,
            Sem::Date(
                Anchor::Named { what: Named::MonthDay(m as u8, d as u8), year: YearSpec::Explicit(y), dir: Dir::Bare },
                None,
            ),
        ))
    }

    /// Years, decades and centuries: "1994", "fiscal 1989", "the year 2000", "'93",
    /// "nineteen ninety-six", "1993-94", "the 1990s", "'90s", "the nineties", "the 20th century".
    fn year_forms(&self, i: usize) -> Rule {
        let j = self.the(i);
        let has_the = j > i;
        // Decades.
        if let Some((v, 4)) = self.digits(j)
            && v % 10 == 0
            && self.lw(j + 1) == "s"
            && self.glued(j + 1)
        {
            return Some((j + 2, Sem::Date(Anchor::Decade(v as i32 / 10), None)));
        }
        if self.kind(j) == Some(AtomKind::Number)
            && let Some(t) = self.lw(j).strip_prefix('\'')
            && t.len() == 2
            && t.ends_with('0')
            && self.lw(j + 1) == "s"
            && self.glued(j + 1)
        {
            let v: i32 = t.parse().ok()?;
            let decade = if v < 30 { 200 + v / 10 } else { 190 + v / 10 };
            return Some((j + 2, Sem::Date(Anchor::Decade(decade), None)));
        }
        if has_the && let Some((&d, k)) = self.lex.decade_words.longest(self.a, j, self.e) {
            return Some((k, Sem::Date(Anchor::Decade(190 + d as i32), None)));
        }
        // Centuries: "the 20th century", "the twentieth century".
        if let Some((n, k)) = self.nums.ordinal(self.a, j, self.e)
            && self.lex.units.longest(self.a, k, self.e).is_some_and(|(u, _)| u.0 == Unit::Century && !u.1)
            && (1..=30).contains(&n)
        {
            let k2 = self.lex.units.longest(self.a, k, self.e).map_or(k, |(_, e)| e);
            return Some((k2, Sem::Date(Anchor::Century(n as i32 - 1), None)));
        }
        if has_the && self.lw(j) != "year" {
            return None;
        }
        // "the year 2000", "fiscal 1989", "fiscal year 1989".
        let mut k = i;
        if has_the && self.lw(j) == "year" {
            k = j + 1;
        } else if let Some((_, f)) = self.lex.fiscal.longest(self.a, i, self.e) {
            k = f;
            if self.lw(k) == "year" {
                k += 1;
            }
        }
        let (y, end) = if k > i {
            self.year_after_date(k).or_else(|| self.year_words(k))?
        } else if let Some(y) = self.year_alone(i) {
            y
        } else if let Some(y) = self.short_year(i).filter(|_| matches!(self.prev(i), "in" | "since" | "of" | "by")) {
            y
        } else {
            self.year_words(i)?
        };
        // "1993-94", "1993-1994": a range of years.
        if self.lw(end) == "-"
            && self.glued(end)
            && self.glued(end + 1)
            && let Some((v2, len2)) = self.digits(end + 1)
            && (len2 == 2 || len2 == 4)
        {
            let y2 = if len2 == 2 { y - y % 100 + v2 as i32 } else { v2 as i32 };
            if y2 > y && y2 - y < 100 {
                let x = Found::plain(i, end, Sem::Date(Anchor::Year(y), None));
                let z = Found::plain(end + 1, end + 2, Sem::Date(Anchor::Year(y2), None));
                return Some((end + 2, Sem::Range(Box::new(x), Box::new(z))));
            }
        }
        Some((end, Sem::Date(Anchor::Year(y), None)))
    }

    /// A year qualifier before a quarter or half: "1988", "this year's", "last year's",
    /// "fiscal", "next year's". Returns the year and where the ordinal starts.
    fn year_qualifier(&self, j: usize) -> (YearSpec, usize) {
        let mut k = j;
        let mut year = YearSpec::None;
        if let Some((v, 4)) = self.digits(k)
            && (1000..=2200).contains(&v)
        {
            year = YearSpec::Explicit(v as i32);
            k += 1;
        } else if let Some((&rel, r)) = self.lex.relative.longest(self.a, k, self.e)
            && self.lw(r) == "year"
            && self.lw(r + 1) == "'s"
        {
            let n = match rel {
                Rel::Last | Rel::Prior => -1,
                Rel::This => 0,
                Rel::Next | Rel::Following => 1,
            };
            year = YearSpec::Rel(n);
            k = r + 2;
        }
        if let Some((_, f)) = self.lex.fiscal.longest(self.a, k, self.e) {
            k = f;
        }
        if let (YearSpec::None, Some((v, 4))) = (year, self.digits(k))
            && (1000..=2200).contains(&v)
        {
            year = YearSpec::Explicit(v as i32);
            k += 1;
        }
        (year, k)
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
    /// "this year's third quarter", "the 1988 second quarter", "the first half of 1990", "Q3 2019".
    fn quarter(&self, i: usize) -> Rule {
        let j = if matches!(self.lw(i), "the" | "its" | "their") { i + 1 } else { i };
        let (mut year, k) = self.year_qualifier(j);
        // "Q3", "H1".
        let (what, mut end) = if matches!(self.lw(k), "q" | "h")
            && self.cap(k)
            && let Some((n, _)) = self.digits(k + 1).filter(|_| self.glued(k + 1))
        {
            let w = if self.lw(k) == "q" {
                (1..=4).contains(&n).then_some(Named::Quarter(n as u8))
            } else {
                (1..=2).contains(&n).then_some(Named::Half(n as u8))
            };
            (w?, k + 2)
        } else {
            let (n, mut k2) = match self.nums.ordinal(self.a, k, self.e) {
                Some(o) => o,
                None if matches!(self.lw(k), "final" | "last") && self.lw(k + 1) != "-" => (0, k + 1),
                None => return None,
            };
            if self.lw(k2) == "-" && self.glued(k2) {
                k2 += 1;
            }
            let ((unit, plural), k3) = self.lex.units.longest(self.a, k2, self.e).map(|(u, e)| (*u, e))?;
            if plural {
                return None;
            }
            let what = match unit {
                Unit::Quarter if n == 0 => Named::Quarter(4),
                Unit::Quarter if (1..=4).contains(&n) => Named::Quarter(n as u8),
                Unit::Half if n == 0 => Named::Half(2),
                Unit::Half if (1..=2).contains(&n) => Named::Half(n as u8),
                _ => return None,
            };
            // "final"/"last" quarter only with "of <year>", otherwise it is "the previous one".
            if n == 0 && self.lw(k3) != "of" {
                return None;
            }
            (what, k3)
        };
        if self.lw(end) == "of" {
            if let Some((y, e2)) = self.year_after_date(end + 1) {
                year = YearSpec::Explicit(y);
                end = e2;
            } else if let Some((_, f)) = self.lex.fiscal.longest(self.a, end + 1, self.e)
                && let Some((y, e2)) = self.year_after_date(f)
            {
                year = YearSpec::Explicit(y);
                end = e2;
            } else if let Some((&rel, r)) = self.lex.relative.longest(self.a, end + 1, self.e)
                && self.lw(r) == "year"
            {
                year = YearSpec::Rel(match rel {
                    Rel::Last | Rel::Prior => -1,
                    Rel::This => 0,
                    Rel::Next | Rel::Following => 1,
                });
                end = r + 1;
            }
        } else if let Some((y, e2)) = self.year_after_date(end).filter(|_| year == YearSpec::None) {
            // "Q3 2019"
            year = YearSpec::Explicit(y);
            end = e2;
        }
        // A bare "third quarter" without "the" is taken too ("third-quarter profit").
        Some((end, Sem::Date(Anchor::Named { what, year, dir: Dir::Bare }, None)))
    }

    /// Seasons: "the summer", "summer 1994", "the winter of 1994". A season needs a time word
    /// before it or a year after it, so "the fall of Kabul" is not one.
    fn season(&self, i: usize) -> Rule {
        let j = self.the(i);
        let (&s, k) = self.lex.seasons.longest(self.a, j, self.e)?;
        let k2 = if self.lw(k) == "of" { k + 1 } else { k };
        let named = |year| Sem::Date(Anchor::Named { what: Named::Season(s), year, dir: Dir::Bare }, None);
        if let Some((y, k3)) = self.year_after_date(k2) {
            return Some((k3, named(YearSpec::Explicit(y))));
        }
        if self.lw(k) == "of" {
            return None;
        }
        let cue =
            matches!(self.prev(i), "in" | "during" | "since" | "by" | "until" | "through" | "over" | "this" | "that");
        cue.then_some((k, named(YearSpec::None)))
    }

    /// Holidays: "Christmas", "Thanksgiving Day", "Easter 2019".
    fn holiday(&self, i: usize) -> Rule {
        if !self.cap(i) {
            return None;
        }
        let (&h, k) = self.lex.holidays.longest(self.a, i, self.e)?;
        let named = |year| Sem::Date(Anchor::Named { what: Named::Holiday(h), year, dir: Dir::Bare }, None);
        let k2 = if self.lw(k) == "," { k + 1 } else { k };
        if let Some((y, k3)) = self.year_after_date(k2) {
            return Some((k3, named(YearSpec::Explicit(y))));
        }
        Some((k, named(YearSpec::None)))
    }

    /// Part-of-period modifiers: "the early 1990s", "mid-1996", "late November", "the end of
    /// 1990", "earlier this year", "late yesterday".
    fn modified(&self, i: usize) -> Rule {
        let j = self.the(i);
        let (m, k, relative_only) = if let Some((&m, k)) = self.lex.modifiers.longest(self.a, j, self.e) {
            (m, k, false)
        } else if j == i
            && let Some((&m, k)) = self.lex.relative_modifiers.longest(self.a, i, self.e)
        {
            (m, k, true)
        } else {
            return None;
        };
        // "the early 1990s" takes its "the"; "the end of" has it in the phrase.
        let k = if self.lw(k) == "-" && self.glued(k) { k + 1 } else { k };
        let inner: Rule = if relative_only {
            self.relative(k)
        } else {
            let rules: [&dyn Fn(usize) -> Rule; 7] = [
                &|x| self.calendar_date(x),
                &|x| self.year_forms(x),
                &|x| self.quarter(x),
                &|x| self.season_after_modifier(x),
                &|x| self.relative(x),
                &|x| self.unit_of_reference(x),
                &|x| self.holiday(x),
            ];
            rules.iter().filter_map(|r| r(k)).max_by_key(|(e, _)| *e)
        };
        let (end, sem) = inner?;
        let sem = match sem {
            Sem::Date(a, None) => Sem::Date(a, Some(m)),
            Sem::Time(a, t, None) => Sem::Time(a, t, Some(m)),
            _ => return None,
        };
        Some((end, sem))
    }

    /// A season right after a modifier: "early spring", "late summer 1994".
    fn season_after_modifier(&self, i: usize) -> Rule {
        let (&s, k) = self.lex.seasons.longest(self.a, i, self.e)?;
        let k2 = if self.lw(k) == "of" { k + 1 } else { k };
        let (year, end) = match self.year_after_date(k2) {
            Some((y, e)) => (YearSpec::Explicit(y), e),
            None => (YearSpec::None, k),
        };
        Some((end, Sem::Date(Anchor::Named { what: Named::Season(s), year, dir: Dir::Bare }, None)))
    }

    /// "the year", "the month" after a modifier ("the end of the year"): the period under
    /// discussion.
    fn unit_of_reference(&self, i: usize) -> Rule {
        if self.lw(i) != "the" {
            return None;
        }
        let (&(unit, plural), k) = self.lex.units.longest(self.a, i + 1, self.e)?;
        if plural
            || !matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century)
        {
            return None;
        }
        Some((k, Sem::Date(Anchor::Shift { unit, n: 0, from: From::Ref, inherit: false }, None)))
    }

    /// Relative dates: "yesterday", "last week", "next Friday", "the following year", "that
    /// day", "three years ago", "a year earlier", "the year-ago quarter", "the latest quarter".
    fn relative(&self, i: usize) -> Rule {
        if let Some((&(n, pod), k)) = self.lex.day_offsets.longest(self.a, i, self.e) {
            let sem = match pod {
                Some(p) => Sem::Time(Some(Anchor::DayOffset(n)), Tod::Part(p), None),
                None => Sem::Date(Anchor::DayOffset(n), None),
            };
            return Some((k, sem));
        }
        let j = self.the(i);
        let has_the = j > i;
        if let Some(r) = self.relative_unit(j, has_the) {
            return Some(r);
        }
        if let Some(r) = self.year_ago(i) {
            return Some(r);
        }
        if let Some(r) = self.ago(i) {
            return Some(r);
        }
        // "the weekend", "over the weekend": placed by tense like a weekday.
        if has_the && let Some((&(Unit::Weekend, false), e)) = self.lex.units.longest(self.a, j, self.e) {
            let sem = Sem::Date(Anchor::Named { what: Named::Weekend, year: YearSpec::None, dir: Dir::Bare }, None);
            return Some((e, sem));
        }
        // "year-end", "year's end": the end of the year under discussion.
        if self.lw(i) == "year" && matches!(self.lw(i + 1), "-" | "'s") && self.lw(i + 2) == "end" {
            let sem =
                Sem::Date(Anchor::Shift { unit: Unit::Year, n: 0, from: From::Ref, inherit: false }, Some(Mod::End));
            return Some((i + 3, sem));
        }
        // "the 1988 quarter", "the 1989 period": the period under discussion, in that year.
        if has_the
            && let Some((y, 4)) = self.digits(j)
            && (1000..=2200).contains(&y)
            && (self.lw(j + 1) == "period"
                || self.lex.units.longest(self.a, j + 1, self.e).is_some_and(|(u, _)| *u == (Unit::Quarter, false)))
        {
            return Some((j + 2, Sem::Date(Anchor::RefInYear(y as i32), None)));
        }
        // "last year's quarter", "this year's period".
        if let Some((&rel, r)) = self.lex.relative.longest(self.a, i, self.e)
            && self.lw(r) == "year"
            && self.lw(r + 1) == "'s"
            && (self.lw(r + 2) == "period"
                || self.lex.units.longest(self.a, r + 2, self.e).is_some_and(|(u, _)| *u == (Unit::Quarter, false)))
        {
            let n = match rel {
                Rel::Last | Rel::Prior => -1,
                Rel::This => 0,
                Rel::Next | Rel::Following => 1,
            };
            return Some((
                r + 3,
                Sem::Date(Anchor::Shift { unit: Unit::Year, n, from: From::Now, inherit: true }, None),
            ));
        }
        // "that year", "the same day", "that same week".
        let k = match (self.lw(i), self.lw(i + 1)) {
            ("that", "same") | ("the", "same") => i + 2,
            ("that", _) => i + 1,
            _ => i,
        };
        if k > i
            && let Some((&(unit, false), e)) = self.lex.units.longest(self.a, k, self.e)
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Weekend)
            && self.lw(e) != "'s"
        {
            return Some((e, Sem::Date(Anchor::Shift { unit, n: 0, from: From::Ref, inherit: false }, None)));
        }
        // "the quarter", "the latest quarter", "the most recent quarter".
        if has_the {
            let mut k = j;
            if matches!(self.lw(k), "latest" | "recent") {
                k += 1;
            } else if self.lw(k) == "most" && self.lw(k + 1) == "recent" {
                k += 2;
            }
            if let Some((&(Unit::Quarter, false), e)) = self.lex.units.longest(self.a, k, self.e) {
                return Some((e, Sem::Date(Anchor::Latest { unit: Unit::Quarter, deictic: k > j }, None)));
            }
        }
        None
    }

    /// "last week", "this year", "next Friday", "last April", "this past spring", "the
    /// following day", "the current fiscal year".
    fn relative_unit(&self, j: usize, has_the: bool) -> Rule {
        let (&rel, k) = self.lex.relative.longest(self.a, j, self.e)?;
        // "the next day" counts from the time mentioned before; "next week" from today.
        let (n, from) = match rel {
            Rel::Last => (-1, From::Now),
            Rel::This => (0, From::Now),
            Rel::Next if has_the => (1, From::Ref),
            Rel::Next => (1, From::Now),
            Rel::Prior => (-1, From::Ref),
            Rel::Following => (1, From::Ref),
        };
        let dir = match (n, from) {
            (-1, From::Ref) => Dir::Before,
            (_, From::Ref) => Dir::After,
            (-1, _) => Dir::Last,
            (0, _) => Dir::This,
            _ => Dir::Next,
        };
        let named = |what| Sem::Date(Anchor::Named { what, year: YearSpec::None, dir }, None);
        // "the current fiscal year": the year, whatever the fiscal calendar.
        let k2 = if matches!(self.lw(k), "fiscal" | "financial") { k + 1 } else { k };
        if let Some((&(unit, plural), e)) = self.lex.units.longest(self.a, k2, self.e) {
            if plural {
                return None;
            }
            return match unit {
                Unit::Weekend => Some((e, named(Named::Weekend))),
                Unit::Fortnight => {
                    Some((e, Sem::Date(Anchor::Shift { unit: Unit::Week, n: 2 * n, from, inherit: false }, None)))
                }
                Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century => {
                    // "the past day" is rare and "the last day" means something else.
                    if unit == Unit::Day && from == From::Now {
                        return None;
                    }
                    // A part of the day after "the next day" or "the following morning".
                    Some((e, Sem::Date(Anchor::Shift { unit, n, from, inherit: false }, None)))
                }
                _ => None,
            };
        }
        if from == From::Ref
            && has_the
            && let Some((&pod, e)) = self.lex.parts_of_day.longest(self.a, k, self.e)
        {
            return Some((
                e,
                Sem::Time(Some(Anchor::Shift { unit: Unit::Day, n, from, inherit: false }), Tod::Part(pod), None),
            ));
        }
        if has_the && from == From::Now && n != 0 {
            // "the last Friday" is unusual; leave it.
            return None;
        }
        if let Some((&wd, e)) = self.lex.weekdays.longest(self.a, k, self.e).filter(|_| self.cap(k)) {
            return Some((self.period(e), named(Named::Weekday(wd))));
        }
        if let Some((&m, e)) = self.lex.months.longest(self.a, k, self.e).filter(|_| self.cap(k)) {
            let e = self.period(e);
            // "last Oct. 23"
            if let Some((d, e2)) = self.day_at(e) {
                return Some((e2, named(Named::MonthDay(m, d))));
            }
            return Some((e, named(Named::Month(m))));
        }
        if let Some((&s, e)) = self.lex.seasons.longest(self.a, k, self.e) {
            return Some((e, named(Named::Season(s))));
        }
        if let Some((&h, e)) = self.lex.holidays.longest(self.a, k, self.e).filter(|_| self.cap(k)) {
            return Some((e, named(Named::Holiday(h))));
        }
        None
    }

    /// "year-ago", "year-earlier", "the year-ago quarter", "the year-earlier period".
    fn year_ago(&self, i: usize) -> Rule {
        let j = self.the(i);
        if !(self.lw(j) == "year"
            && self.lw(j + 1) == "-"
            && self.glued(j + 1)
            && matches!(self.lw(j + 2), "ago" | "earlier"))
        {
            return None;
        }
        let mut k = j + 3;
        if let Some((_, o)) = self.nums.ordinal(self.a, k, self.e) {
            k = o;
        }
        let noun = self.lw(k) == "period"
            || self.lex.units.longest(self.a, k, self.e).is_some_and(|(u, _)| u.0 == Unit::Quarter);
        let end = if noun { self.lex.units.longest(self.a, k, self.e).map_or(k + 1, |(_, e)| e) } else { j + 3 };
        if j > i && !noun {
            // "the year-ago results": the expression is "year-ago" alone, found from the next atom.
            return None;
        }
        // "year-ago" compares with the period being reported, near the publication date.
        Some((end, Sem::Date(Anchor::Shift { unit: Unit::Year, n: -1, from: From::Now, inherit: true }, None)))
    }

    /// An amount of units: "three", "a", "several" + "years". Returns (count or `None` for a
    /// vague amount, unit, plural, end).
    fn amount_units(&self, i: usize) -> Option<(Option<f64>, Unit, usize)> {
        let (n, k) = if matches!(self.lw(i), "a" | "an") && !self.nums.is_scale(self.lw(i + 1)) {
            (Some(1.0), i + 1)
        } else if let Some((_, k)) = self.lex.vague_amounts.longest(self.a, i, self.e) {
            (None, k)
        } else {
            let num = self.nums.cardinal(self.a, i, self.e)?;
            // Larger numbers before a unit are years or amounts ("the 1988 quarter").
            if num.value >= 1000.0 || num.value < 0.0 {
                return None;
            }
            if matches!(num.form, annals_quantity::NumberForm::Digits { grouped: true, .. }) {
                return None;
            }
            (Some(num.value), num.end)
        };
        let mut k = k;
        let mut n = n;
        // "two and a half years"
        if n.is_some() && self.lw(k) == "and" && self.lw(k + 1) == "a" && self.lw(k + 2) == "half" {
            n = n.map(|v| v + 0.5);
            k += 3;
        }
        if self.lw(k) == "more" || self.lw(k) == "full" {
            k += 1;
        }
        let (&(unit, _), e) = self.lex.units.longest(self.a, k, self.e)?;
        // "60 Minutes" mid-sentence is a name.
        if unit == Unit::Half || (self.cap(k) && k > self.s && !self.cap(k - 1)) {
            return None;
        }
        Some((n, unit, e))
    }

    /// "three years ago", "a year earlier", "about two weeks later", "ten days from now".
    fn ago(&self, i: usize) -> Rule {
        let (m, j) = match self.lex.amount_modifiers.longest(self.a, i, self.e) {
            Some((&m, k)) => (Some(m), k),
            None => (None, i),
        };
        let (n, unit, k) = self.amount_units(j)?;
        let (&word, e) = self.lex.offset_words.longest(self.a, k, self.e)?;
        // "two years after the war": "after" introduces an event, not the reference time.
        if matches!(self.lw(k), "after" | "before" | "on" | "prior" | "back")
            && self.kind(e).is_some_and(|k| k == AtomKind::Word)
            && !matches!(self.lw(e), "and" | "but" | "when")
        {
            return None;
        }
        let m = m.map(|m| if matches!(m, Mod::EqualOrLess) { Mod::Approx } else { m });
        let Some(n) = n else {
            let r = if matches!(word, OffsetWord::Ago | OffsetWord::Earlier) { RefKind::Past } else { RefKind::Future };
            return Some((e, Sem::Ref(r)));
        };
        if n.fract() != 0.0 || unit == Unit::Weekend {
            return None;
        }
        // "a decade ago" is about ten years ago, a year.
        let (unit, n) = match unit {
            Unit::Decade => (Unit::Year, n * 10.0),
            Unit::Century => (Unit::Year, n * 100.0),
            Unit::Fortnight => (Unit::Week, n * 2.0),
            u => (u, n),
        };
        let n = n as i32;
        let (n, from) = match word {
            OffsetWord::Ago => (-n, From::Now),
            OffsetWord::FromNow => (n, From::Now),
            OffsetWord::Earlier => (-n, From::Ref),
            OffsetWord::Later => (n, From::Ref),
        };
        Some((e, Sem::Date(Anchor::Shift { unit, n, from, inherit: unit == Unit::Year }, m)))
    }

    /// Durations: "three years", "more than a decade", "the past two weeks", "five-year",
    /// "for years".
    fn duration(&self, i: usize) -> Rule {
        // "over the past two years" is "during", not "more than".
        let (m, j) = match self.lex.amount_modifiers.longest(self.a, i, self.e) {
            Some((&m, k)) if self.lw(k) != "the" => (Some(m), k),
            Some(_) => return None,
            None => (None, i),
        };
        // "the past two weeks", "the next few days", "the first nine months".
        let mut k = j;
        if self.lw(j) == "the" {
            if let Some((_, r)) = self.lex.relative.longest(self.a, j + 1, self.e) {
                k = r;
            } else if self.lw(j + 1) == "first" || self.lw(j + 1) == "final" {
                k = j + 2;
            } else {
                return None;
            }
        } else if let Some((&Rel::Last, r)) = self.lex.relative.longest(self.a, j, self.e) {
            // "past 20 years"
            k = r;
        }
        let framed = k > j;
        // "five-year", "24-hour": a number glued to a unit by a hyphen.
        if !framed
            && let Some(num) = self.nums.cardinal(self.a, j, self.e)
            && self.lw(num.end) == "-"
            && self.glued(num.end)
            && self.glued(num.end + 1)
            && let Some((&(unit, false), e)) = self.lex.units.longest(self.a, num.end + 1, self.e)
            && unit != Unit::Half
        {
            // "25-year-old" is an age.
            if self.lw(e) == "-" && self.lw(e + 1) == "old" {
                return None;
            }
            return Some((e, Sem::Duration(unit.duration(Some(num.value)), m)));
        }
        if let Some((n, unit, e)) = self.amount_units(k) {
            // "a year" needs a preposition or modifier before it ("for a year"); after "once"
            // or "twice" it is a set.
            let article = matches!(self.lw(k), "a" | "an");
            if article && !framed && m.is_none() {
                let p = self.prev(i);
                if !matches!(
                    p,
                    "for"
                        | "in"
                        | "within"
                        | "over"
                        | "after"
                        | "than"
                        | "last"
                        | "lasted"
                        | "lasting"
                        | "nearly"
                        | "almost"
                        | "about"
                ) {
                    return None;
                }
            }
            if self.lex.offset_words.longest(self.a, e, self.e).is_some() && !framed {
                return None;
            }
            if unit == Unit::Weekend {
                return None;
            }
            return Some((e, Sem::Duration(unit.duration(n), m)));
        }
        // "for years", "over decades": a bare plural unit after a preposition.
        if !framed
            && m.is_none()
            && matches!(self.prev(i), "for" | "over" | "within")
            && let Some((&(unit, true), e)) = self.lex.units.longest(self.a, i, self.e)
            && !matches!(unit, Unit::Weekend)
        {
            return Some((e, Sem::Duration(unit.duration(None), None)));
        }
        None
    }

    /// A clock time at `i`: "9 a.m.", "10:35 p.m. EDT", "noon", "4 in the morning".
    fn clock(&self, i: usize) -> Option<(usize, Tod)> {
        match self.lw(i) {
            "noon" | "midday" => return Some((i + 1, Tod::Clock { hour: 12, minute: Some(0) })),
            "midnight" => return Some((i + 1, Tod::Clock { hour: 24, minute: None })),
            _ => {}
        }
        if self.kind(i) != Some(AtomKind::Number) {
            return None;
        }
        let t = self.lw(i);
        let (h, mi): (u32, Option<u32>) = match t.split_once(':') {
            Some((h, m)) if m.len() == 2 && !m.contains(':') => (h.parse().ok()?, Some(m.parse().ok()?)),
            Some(_) => return None,
            None if t.len() <= 2 => (t.parse().ok()?, None),
            // "1400 GMT": a four-digit clock time, recognised only before a time zone.
            None if t.len() == 4 && self.tz(i + 1).is_some() && t.bytes().all(|b| b.is_ascii_digit()) => {
                (t[..2].parse().ok()?, Some(t[2..].parse().ok()?))
            }
            None => return None,
        };
        let mut k = i + 1;
        let ampm = match self.lw(k) {
            "a.m." | "am" | "a.m" => Some(false),
            "p.m." | "pm" | "p.m" => Some(true),
            _ => None,
        };
        if ampm.is_some() {
            k = self.period(k + 1);
        }
        let mut pm = ampm;
        if ampm.is_none() && self.lw(k) == "o" && self.lw(k + 1) == "'clock" {
            k += 2;
        } else if ampm.is_none() && self.lw(k) == "in" && self.lw(k + 1) == "the" {
            match self.lex.parts_of_day.longest(self.a, k + 2, self.e) {
                Some((Pod::Morning, e)) => {
                    pm = Some(false);
                    k = e;
                }
                Some((Pod::Afternoon | Pod::Evening | Pod::Night, e)) => {
                    pm = Some(true);
                    k = e;
                }
                _ => {}
            }
        }
        if pm.is_none() && mi.is_none() && k == i + 1 {
            return None;
        }
        let h = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        if h > 24 || mi.is_some_and(|m| m > 59) {
            return None;
        }
        if let Some(z) = self.tz(k) {
            k = z;
        }
        Some((
            k,
            Tod::Clock { hour: h as u8, minute: mi.map(|m| m as u8).or(if ampm.is_some() { Some(0) } else { None }) },
        ))
    }

    /// A time zone at `k` ("GMT", "local time"): the atom after it.
    fn tz(&self, k: usize) -> Option<usize> {
        if !self.lex.time_zones.contains(self.lw(k)) {
            return None;
        }
        Some(if self.lw(k) == "local" && self.lw(k + 1) == "time" { k + 2 } else { k + 1 })
    }

    /// Clock times with the day after them: "9 a.m. Tuesday", "4 p.m. EDT, Nov. 6".
    fn clock_time(&self, i: usize) -> Rule {
        let (k, tod) = self.clock(i)?;
        let k2 = if matches!(self.lw(k), "," | "on") { k + 1 } else { k };
        if let Some((e, Sem::Date(a, None))) = self.calendar_date(k2).or_else(|| self.relative(k2))
            && matches!(a, Anchor::DayOffset(_) | Anchor::Named { what: Named::Weekday(_) | Named::MonthDay(..), .. })
        {
            return Some((e, Sem::Time(Some(a), tod, None)));
        }
        Some((k, Sem::Time(None, tod, None)))
    }

    /// Recurring times: "daily", "every week", "twice a year", "every two years".
    fn set(&self, i: usize) -> Rule {
        // "the Daily Telegraph": a capitalised set word mid-sentence is part of a name.
        if let Some((v, k)) = self.lex.sets.longest(self.a, i, self.e)
            && (!self.cap(i) || i == self.s)
        {
            return Some((k, Sem::Set(v.clone())));
        }
        if matches!(self.lw(i), "a" | "an" | "per")
            && self.lex.frequency_words.contains(self.prev(i))
            && let Some((&(unit, false), e)) = self.lex.units.longest(self.a, i + 1, self.e)
        {
            return Some((e, Sem::Set(unit.duration(Some(1.0)))));
        }
        if matches!(self.lw(i), "every" | "each")
            && let Some((Some(n), unit, e)) = self.amount_units(i + 1)
        {
            return Some((e, Sem::Set(unit.duration(Some(n)))));
        }
        None
    }

    /// "now", "recently", "the future", "to this day".
    fn reference(&self, i: usize) -> Rule {
        let (&r, k) = self.lex.references.longest(self.a, i, self.e)?;
        // "the future development": an adjective, not the future itself.
        if matches!(self.lw(k - 1), "future" | "past" | "present") && self.before_noun(k) {
            return None;
        }
        Some((k, Sem::Ref(r)))
    }

    /// True when atom `k` looks like the noun of a phrase whose modifier ends before it: a
    /// noun or adjective by its tag, or without tags any lowercase word that is not a function
    /// word.
    fn before_noun(&self, k: usize) -> bool {
        if self.kind(k) != Some(AtomKind::Word) || self.cap(k) {
            return false;
        }
        let tok = self.a.atoms[k].token.and_then(|t| self.g.doc.tokens.get(t as usize));
        match tok.and_then(|t| t.upos) {
            Some(u) => matches!(u, annals_doc::Upos::Noun | annals_doc::Upos::Adj | annals_doc::Upos::Propn),
            None => !self.lex.function_words.contains(self.lw(k)),
        }
    }

    // ----- second pass --------------------------------------------------------------------

    /// The preposition ending right before atom `start`.
    fn signal_before(&self, start: usize) -> Option<(usize, usize, SignalKind)> {
        (start.saturating_sub(3).max(self.s)..start).find_map(|k| match self.lex.signals.longest(self.a, k, start) {
            Some((&kind, end)) if end == start => Some((k, end, kind)),
            _ => None,
        })
    }

    /// Join "from X to Y", "between X and Y" and "X-Y" into ranges, sharing a year written
    /// only once ("From April to November 1993").
    fn merge_ranges(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        let mut it = found.into_iter().peekable();
        while let Some(x) = it.next() {
            let Some(y) = it.peek() else {
                out.push(x);
                break;
            };
            let (start, joined) = self.range_join(&x, y);
            if !joined {
                out.push(x);
                continue;
            }
            let Some(y) = it.next() else { break };
            let (x, y) = share_year(x, y);
            let end = y.end;
            out.push(Found {
                start,
                end,
                sem: Sem::Range(Box::new(x), Box::new(y)),
                tense: Tense::Unknown,
                signal: None,
            });
        }
        out
    }

    /// Whether `x` and the expression `y` after it form a range, and where the range starts.
    fn range_join(&self, x: &Found, y: &Found) -> (usize, bool) {
        let between: Vec<&str> = (x.end..y.start).map(|k| self.a.lower(k)).collect();
        let dates = matches!(x.sem, Sem::Date(..)) && matches!(y.sem, Sem::Date(..));
        let from = x.signal.is_some_and(|s| s.2 == SignalKind::From);
        let betw = x.signal.is_some_and(|s| s.2 == SignalKind::Between);
        let dash = matches!(between.as_slice(), ["-" | "–" | "—"]);
        let joined = match between.as_slice() {
            ["to" | "until" | "till" | "through" | "-" | "–" | "—"] => from || dash,
            ["and"] => betw,
            _ => false,
        };
        let start = if from || betw { x.signal.map_or(x.start, |s| s.0) } else { x.start };
        (start, dates && joined)
    }

    /// The tense of the clause around `f`, from the nearest cue word or verb tag.
    fn set_tense(&self, f: &mut Found) {
        f.tense = self.tense_around(f.start, f.end);
        if let Sem::Range(x, y) = &mut f.sem {
            x.tense = f.tense;
            y.tense = f.tense;
        }
    }

    /// The tense of the clause around atoms `start..end`: the nearest cue to the left within
    /// the clause (English puts the verb before its time adverbial), else to the right up to
    /// the end of the clause, else the nearest anywhere in the sentence.
    fn tense_around(&self, start: usize, end: usize) -> Tense {
        const CLAUSE_BREAKS: [&str; 6] = [";", "and", "but", "while", "whereas", "--"];
        let mut k = start;
        while k > self.s {
            k -= 1;
            if CLAUSE_BREAKS.contains(&self.a.lower(k)) {
                break;
            }
            if let Some(t) = self.tense_of(k) {
                return t;
            }
        }
        for k in end..self.e {
            if CLAUSE_BREAKS.contains(&self.a.lower(k)) || matches!(self.a.lower(k), "," | ".") {
                break;
            }
            if let Some(t) = self.tense_of(k) {
                return t;
            }
        }
        let max = (self.e - self.s).max(1);
        for d in 1..max {
            if start >= self.s + d
                && let Some(t) = self.tense_of(start - d)
            {
                return t;
            }
            if end - 1 + d < self.e
                && let Some(t) = self.tense_of(end - 1 + d)
            {
                return t;
            }
        }
        Tense::Unknown
    }

    fn tense_of(&self, k: usize) -> Option<Tense> {
        let w = self.a.lower(k);
        // With verb tags the tagger decides for verbs; the word lists still count for the other
        // cues ("ago", "next", "deadline").
        let xpos =
            self.a.atoms[k].token.and_then(|t| self.g.doc.tokens.get(t as usize)).and_then(|t| t.xpos.as_deref());
        match xpos {
            Some("VBD") => return Some(Tense::Past),
            Some("MD") => return self.lex.future.contains(w).then_some(Tense::Future),
            Some(x) if x.starts_with("VB") => {
                return (w == "going" || self.lex.future.contains(w)).then_some(Tense::Future);
            }
            _ => {}
        }
        if self.lex.future.contains(w) {
            return Some(Tense::Future);
        }
        // "set to resume", "is due to meet": an infinitive of intention.
        if w == "to" && k > self.s && self.lex.future_before_to.contains(self.a.lower(k - 1)) {
            return Some(Tense::Future);
        }
        let word = self.a.atoms[k].kind == AtomKind::Word && !self.a.is_capitalized(k);
        let past_form =
            self.lex.past.contains(w) || (word && w.len() >= 5 && w.ends_with("ed") && !self.lex.not_past.contains(w));
        // A participle after "be" or "to" ("will be paid", "is expected to") takes its tense
        // from the auxiliary, further out.
        let before = if k > self.s { self.a.lower(k - 1) } else { "" };
        let after_aux = matches!(before, "be" | "been" | "being" | "is" | "are" | "am" | "'s" | "'re" | "to");
        // "a still unspecified date": an -ed adjective after a determiner is no verb.
        let adjective = !self.lex.past.contains(w)
            && matches!(
                before,
                "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our" | "still" | "very"
            );
        // Tagged text: an -ed word the tagger did not call a verb is no past-tense cue.
        let tagged_non_verb = xpos.is_some() && !self.lex.past.contains(w);
        if past_form && !after_aux && !adjective && !tagged_non_verb {
            return Some(Tense::Past);
        }
        None
    }
}

impl Found {
    fn plain(start: usize, end: usize, sem: Sem) -> Found {
        Found { start, end, sem, tense: Tense::Unknown, signal: None }
    }
}

/// Give a range endpoint the year written on the other one: "April" in "from April to November
/// 1993" is April 1993; "from June 1993 to March" ends in March 1994.
fn share_year(mut x: Found, mut y: Found) -> (Found, Found) {
    fn parts(f: &mut Found) -> Option<(&mut YearSpec, u8)> {
        match &mut f.sem {
            Sem::Date(Anchor::Named { what, year, dir: Dir::Bare }, _) => {
                let order = match what {
                    Named::Month(m) | Named::MonthDay(m, _) => *m,
                    Named::Quarter(q) => *q * 3,
                    Named::Half(h) => *h * 6,
                    Named::Season(s) => s.months().1.max(0) as u8,
                    _ => return None,
                };
                Some((year, order))
            }
            _ => None,
        }
    }
    if let (Some((yx, ox)), Some((yy, oy))) = (parts(&mut x), parts(&mut y)) {
        match (*yx, *yy) {
            (YearSpec::None, YearSpec::Explicit(v)) => *yx = YearSpec::Explicit(if ox > oy { v - 1 } else { v }),
            (YearSpec::Explicit(v), YearSpec::None) => *yy = YearSpec::Explicit(if oy < ox { v + 1 } else { v }),
            _ => {}
        }
    }
    (x, y)
}
