//! PETRARCH actor dictionaries (`*.actors.txt`).
//!
//! ```text
//! ELMAR_MAMMEDYAROV_  # CountryInfo.txt      primary phrase (optionally with [CODE])
//! +ELMAR_MAMMADYAROV_                        synonym
//!     [AZEGOV >040501]                       date restriction (tab-indented)
//! JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]   restrictions on the primary line
//! ```
//!
//! A restriction is `[CODE]` (a default), `[CODE <date]` (up to and including the date),
//! `[CODE >date]` (from the date on) or `[CODE date-date]`. A phrase ending in `_` must match
//! whole words; without it TABARI treats the last word as a stem (`ARGENTIN` for Argentina and
//! Argentine), which [`PetrPhrase::whole_word`] records. The code `---` means "known, but not
//! coded".

use super::{HtmlComments, cut_comment, parse_date};
use crate::{DateRange, Problem};

/// One phrase of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrPhrase {
    /// The words, separated by single spaces (underscores replaced), as written (capitals).
    pub text: String,
    /// True when the phrase ended in `_` (whole words only); false for a TABARI stem.
    pub whole_word: bool,
    /// 1-based line number.
    pub line: usize,
}

/// A code with the period it applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restriction {
    /// The code, upper-cased (`AZEGOV`, `---`).
    pub code: String,
    /// When it applies; unbounded for a default.
    pub dates: DateRange,
    /// 1-based line number.
    pub line: usize,
}

/// One actor record: its phrases and codes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PetrActor {
    /// The primary phrase first, then the synonyms.
    pub phrases: Vec<PetrPhrase>,
    /// Codes with their periods; a restriction with unbounded dates is a default.
    pub restrictions: Vec<Restriction>,
    /// Line of the primary phrase.
    pub line: usize,
}

impl PetrActor {
    /// The default code: the last restriction without dates.
    pub fn default_code(&self) -> Option<&str> {
        self.restrictions.iter().rev().find(|r| r.dates.is_unbounded()).map(|r| r.code.as_str())
    }
}

/// A parsed actor dictionary.
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {
    /// Actors in file order.
    pub actors: Vec<PetrActor>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

impl ActorDictionary {
    /// Number of phrases over all actors.
    pub fn phrase_count(&self) -> usize {
        self.actors.iter().map(|a| a.phrases.len()).sum()
    }

    /// Number of restrictions that carry dates.
    pub fn dated_count(&self) -> usize {
        self.actors.iter().flat_map(|a| &a.restrictions).filter(|r| !r.dates.is_unbounded()).count()
    }

    /// Actors with no code at all (neither a default nor a dated code).
    pub fn uncoded_count(&self) -> usize {
        self.actors.iter().filter(|a| a.restrictions.is_empty()).count()
    }
}

/// Read an actor dictionary.
pub fn read(text: &str, file: &str) -> ActorDictionary {
    let mut dict = ActorDictionary::default();
    let mut html = HtmlComments::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let visible = html.strip(raw);
        let (content, _) = cut_comment(&visible, &['#', ';']);
        if content.trim().is_empty() {
            continue;
        }
        let indented = content.starts_with([' ', '\t']);
        let line = content.trim();
        if line.starts_with('[') {
            let Some(actor) = dict.actors.last_mut() else {
                dict.problems.push(Problem::new(file, line_no, "date restriction before any actor phrase"));
                continue;
            };
            parse_codes(line, file, line_no, &mut actor.restrictions, &mut dict.problems);
            continue;
        }
        if let Some(synonym) = line.strip_prefix('+') {
            let Some(actor) = dict.actors.last_mut() else {
                dict.problems.push(Problem::new(file, line_no, "synonym (`+…`) before any actor phrase"));
                continue;
            };
            let (phrase, codes) = split_phrase(synonym);
            match make_phrase(phrase, line_no) {
                Some(p) => actor.phrases.push(p),
                None => dict.problems.push(Problem::new(file, line_no, "synonym line without a phrase")),
            }
            parse_codes(codes, file, line_no, &mut actor.restrictions, &mut dict.problems);
            continue;
        }
        if indented {
            dict.problems.push(Problem::new(
                file,
                line_no,
                format!(
                    "indented line `{line}` is not a date restriction: start actor phrases at the beginning \
                     of the line and put codes in `[…]`"
                ),
            ));
            continue;
        }
        let (phrase, codes) = split_phrase(line);
        let Some(phrase) = make_phrase(phrase, line_no) else {
            dict.problems.push(Problem::new(file, line_no, format!("`{line}` has codes but no phrase")));
            continue;
        };
        let mut actor = PetrActor { phrases: vec![phrase], restrictions: Vec::new(), line: line_no };
        parse_codes(codes, file, line_no, &mut actor.restrictions, &mut dict.problems);
        dict.actors.push(actor);
    }
    dict
}

/// Split `PHRASE [codes…]` at the first bracket.
fn split_phrase(line: &str) -> (&str, &str) {
    match line.find('[') {
        Some(i) => (line[..i].trim(), &line[i..]),
        None => (line.trim(), ""),
    }
}

fn make_phrase(phrase: &str, line: usize) -> Option<PetrPhrase> {
    let whole_word = phrase.trim_end().ends_with('_');
    let words: Vec<&str> = phrase.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    (!words.is_empty()).then(|| PetrPhrase { text: words.join(" "), whole_word, line })
}

/// Parse every `[CODE restriction]` group in `text`.
fn parse_codes(text: &str, file: &str, line: usize, out: &mut Vec<Restriction>, problems: &mut Vec<Problem>) {
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(open) = rest.strip_prefix('[') else {
            problems.push(Problem::new(
                file,
                line,
                format!("unexpected text `{rest}` after the codes (ignored; start comments with `#`)"),
            ));
            return;
        };
        let Some(close) = open.find([']', '}']) else {
            problems.push(Problem::new(file, line, format!("code `[{open}` has no closing `]`")));
            return;
        };
        match parse_restriction(&open[..close], line) {
            Ok(r) => out.push(r),
            Err(message) => problems.push(Problem::new(file, line, message)),
        }
        rest = open[close + 1..].trim_start();
    }
}

fn parse_restriction(inner: &str, line: usize) -> Result<Restriction, String> {
    let inner = inner.trim();
    let split = inner.find(|c: char| c.is_whitespace() || c == '<' || c == '>').unwrap_or(inner.len());
    let code = inner[..split].trim().to_uppercase();
    let spec: String = inner[split..].chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        return Err(format!("`[{inner}]` has no code: write `[CODE]` or `[CODE date-date]`"));
    }
    if code.chars().all(|c| c.is_ascii_digit() || c == '-') && code.chars().any(|c| c.is_ascii_digit()) {
        return Err(format!("`[{inner}]` starts with a date, not a code: write `[CODE {inner}]`"));
    }
    if code.contains('-') && code.chars().any(|c| c.is_ascii_digit()) {
        return Err(format!("`[{inner}]` runs the code into its period: put a space between them"));
    }
    if !code.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '/' | '#')) {
        return Err(format!("`{code}` is not a code (letters and digits only, `---` for none)"));
    }
    let date =
        |s: &str| parse_date(s).ok_or_else(|| format!("bad date `{s}` in `[{inner}]` (want YYMMDD or YYYYMMDD)"));
    let dates = if spec.is_empty() {
        DateRange::default()
    } else if let Some(d) = spec.strip_prefix('<') {
        DateRange { from: None, to: Some(date(d)?) }
    } else if let Some(d) = spec.strip_prefix('>') {
        DateRange { from: Some(date(d)?), to: None }
    } else if let Some((a, b)) = spec.split_once('-') {
        let (from, to) = (date(a)?, date(b)?);
        if from > to {
            return Err(format!("period `{spec}` in `[{inner}]` ends before it starts"));
        }
        DateRange { from: Some(from), to: Some(to) }
    } else {
        return Err(format!("cannot read the period `{spec}` in `[{inner}]` (want <date, >date or date-date)"));
    };
    Ok(Restriction { code, dates, line })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn reads_records_synonyms_and_restrictions() {
        let text = "\
# comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_

ELMAR_MAMMEDYAROV_  # CountryInfo.txt
+ELMAR_MAMMADYAROV_
\t[AZEGOV >040501]
JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
GOLLUM
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
ARGENTIN  [ARG]
";
        let dict = read(text, "t.txt");
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        assert_eq!(dict.actors.len(), 5);
        let afg = &dict.actors[0];
        assert_eq!(afg.phrases.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["AFGHANISTAN", "AFGHAN", "KABUL"]);
        assert_eq!(afg.default_code(), Some("AFG"));
        let elmar = &dict.actors[1];
        assert_eq!(elmar.phrases[1].text, "ELMAR MAMMADYAROV");
        assert_eq!(elmar.restrictions[0].dates, DateRange { from: d(2004, 5, 1), to: None });
        let javier = &dict.actors[2];
        assert_eq!(javier.restrictions.len(), 2);
        assert_eq!(javier.default_code(), Some("ELI"));
        let gollum = &dict.actors[3];
        assert_eq!(gollum.restrictions[0].dates.to, d(1995, 6, 1));
        assert_eq!(gollum.restrictions[1].dates.from, d(1995, 6, 1));
        assert!(!dict.actors[4].phrases[0].whole_word);
        assert!(afg.phrases[0].whole_word);
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let text = "\
<!-- header
     more -->
GOLLUM
#\t[950601-990815]
\t[950601-990815]
\t[AAA950601-990815]
JOHN_J MCCLOY_
\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]
NEXT [ABC 990101-980101]
";
        let dict = read(text, "t.txt");
        let lines: Vec<usize> = dict.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [5, 6, 8, 9], "{:?}", dict.problems);
        assert!(dict.problems[0].message.contains("starts with a date"));
        assert_eq!(dict.actors.len(), 3);
    }
}
