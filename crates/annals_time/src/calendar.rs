//! Calendar arithmetic: ISO weeks, month steps, nth weekdays, Easter, and holiday rules.
//!
//! All arithmetic is on the proleptic Gregorian calendar through `chrono`; every function
//! returns `None` instead of panicking when a date falls outside what `chrono` can represent.

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

/// The date, if it exists.
pub(crate) fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `d` moved by `n` days.
pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

/// Month `m` of year `y` moved by `k` months.
pub(crate) fn add_months(y: i32, m: u8, k: i32) -> (i32, u8) {
    let idx = y * 12 + (m as i32 - 1) + k;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
}

/// Number of days in month `m` of year `y`.
pub(crate) fn month_len(y: i32, m: u8) -> u8 {
    let (ny, nm) = add_months(y, m, 1);
    match (date(y, m as u32, 1), date(ny, nm as u32, 1)) {
        (Some(a), Some(b)) => (b - a).num_days() as u8,
        _ => 30,
    }
}

/// The ISO year and week of `d`.
pub(crate) fn iso_week(d: NaiveDate) -> (i32, u8) {
    let w = d.iso_week();
    (w.year(), w.week() as u8)
}

/// ISO weekday number, 1 = Monday … 7 = Sunday.
pub(crate) fn weekday(d: NaiveDate) -> u8 {
    d.weekday().number_from_monday() as u8
}

/// The quarter (1–4) of month `m`.
pub(crate) fn quarter(m: u8) -> u8 {
    (m.clamp(1, 12) - 1) / 3 + 1
}

/// The `n`-th weekday `wd` (1 = Monday) of month `m` in year `y`; `n = -1` is the last one.
pub(crate) fn nth_weekday(y: i32, m: u8, n: i8, wd: u8) -> Option<NaiveDate> {
    let wd = match wd {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    };
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(y, m as u32, wd, n as u8)
    } else {
        let last = date(y, m as u32, month_len(y, m) as u32)?;
        let back = (last.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7);
        add_days(last, -back - 7 * (-(n as i64) - 1))
    }
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month as u32, day as u32)
}

/// A holiday's rule, from the keys of the `[holidays]` section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed month and day.
    Fixed { month: u8, day: u8 },
    /// The `n`-th weekday of a month, plus `offset` days.
    Nth { month: u8, n: i8, weekday: u8, offset: i32 },
    /// Easter Sunday plus `offset` days.
    Easter { offset: i32 },
}

impl Holiday {
    /// Parse `12-25`, `11/4/4`, `11/1/1+1`, `easter`, `easter-2`.
    pub(crate) fn parse(key: &str) -> Option<Holiday> {
        if let Some(rest) = key.strip_prefix("easter") {
            let offset = if rest.is_empty() { 0 } else { rest.trim_start_matches('+').parse().ok()? };
            return Some(Holiday::Easter { offset });
        }
        if let Some((m, d)) = key.split_once('-')
            && !key.contains('/')
        {
            let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
            date(2000, month as u32, day as u32)?;
            return Some(Holiday::Fixed { month, day });
        }
        let mut parts = key.splitn(3, '/');
        let month: u8 = parts.next()?.parse().ok()?;
        let n: i8 = parts.next()?.parse().ok()?;
        let rest = parts.next()?;
        let (wd, offset) = match rest.split_once(['+', '-']) {
            Some((wd, off)) => {
                let off: i32 = off.parse().ok()?;
                (wd, if rest.contains('-') { -off } else { off })
            }
            None => (rest, 0),
        };
        let weekday: u8 = wd.parse().ok()?;
        ((1..=12).contains(&month) && (1..=7).contains(&weekday) && (n == -1 || (1..=5).contains(&n)))
            .then_some(Holiday::Nth { month, n, weekday, offset })
    }

    /// The holiday's date in year `y`.
    pub(crate) fn date(self, y: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed { month, day } => date(y, month as u32, day as u32),
            Holiday::Nth { month, n, weekday, offset } => add_days(nth_weekday(y, month, n, weekday)?, offset as i64),
            Holiday::Easter { offset } => add_days(easter(y)?, offset as i64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays() {
        let thanksgiving = Holiday::parse("11/4/4").unwrap();
        assert_eq!(thanksgiving.date(1999), date(1999, 11, 25));
        assert_eq!(Holiday::parse("11/1/1+1").unwrap().date(1998), date(1998, 11, 3));
        assert_eq!(Holiday::parse("05/-1/1").unwrap().date(2019), date(2019, 5, 27));
        assert_eq!(Holiday::parse("easter").unwrap().date(2019), date(2019, 4, 21));
        assert_eq!(Holiday::parse("easter-2").unwrap().date(2000), date(2000, 4, 21));
        assert_eq!(Holiday::parse("12-25").unwrap().date(2019), date(2019, 12, 25));
        assert_eq!(Holiday::parse("13-01"), None);
        assert_eq!(Holiday::parse("11/9/4"), None);
    }

    #[test]
    fn weeks_and_months() {
        assert_eq!(iso_week(date(2019, 6, 3).unwrap()), (2019, 23));
        assert_eq!(iso_week(date(2021, 1, 1).unwrap()), (2020, 53));
        assert_eq!(add_months(1993, 11, 3), (1994, 2));
        assert_eq!(add_months(1993, 1, -1), (1992, 12));
        assert_eq!(month_len(2000, 2), 29);
        assert_eq!(quarter(10), 4);
    }
}
