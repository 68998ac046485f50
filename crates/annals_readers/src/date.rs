//! Publication dates from metadata strings.
//!
//! Only machine-readable forms are accepted: `2019-06-03`, RFC 3339 / ISO 8601 date-times and
//! RFC 2822. A date-time keeps the calendar date *in its own offset* (the outlet's local date),
//! not the UTC date, because that is the date the article itself means by "today". Free-text
//! dates ("June 3, 2019") are the time normaliser's job, not the reader's: guessing here is how
//! extractors end up dating articles from a copyright footer.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Parse a publication date, or `None` when the string is not a recognised machine format.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    // ISO 8601 variants that RFC 3339 does not allow: no offset, a space instead of `T`,
    // an offset without a colon, or fractional seconds in odd places.
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.date());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.date_naive());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        let want = expected.map(|e| NaiveDate::parse_from_str(e, "%Y-%m-%d").unwrap());
        assert_eq!(parse_date(input), want, "{input}");
    }

    #[test]
    fn machine_formats() {
        check("2019-06-03", Some("2019-06-03"));
        check("2019-06-03T23:30:00-05:00", Some("2019-06-03"));
        check("2019-06-03T10:00:00Z", Some("2019-06-03"));
        check("2019-06-03T10:00:00.123+0400", Some("2019-06-03"));
        check("2019-06-03 10:00:00", Some("2019-06-03"));
        check("2019-06-03T10:00", Some("2019-06-03"));
        check("Mon, 03 Jun 2019 10:00:00 +0000", Some("2019-06-03"));
    }

    #[test]
    fn free_text_and_junk_are_not_dates() {
        check("June 3, 2019", None);
        check("© 2024", None);
        check("2019-13-45", None);
        check("", None);
    }
}
