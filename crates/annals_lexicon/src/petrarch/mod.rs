//! Importer for PETRARCH/TABARI dictionaries: actors, agents, discards, issues, verb patterns
//! and the PETRARCH internal coding ontology.
//!
//! The formats are described in `dictionary-format.rst` of the PETRARCH2 distribution. Each
//! reader turns one file into plain Rust data plus a list of [`Problem`]s — the lines it could
//! not use and why — and never stops at the first bad line: the published dictionaries contain
//! a handful of malformed lines (a pattern without its leading `-`, a name split by a stray tab)
//! and the rest of each file is still good.
//!
//! Readers are tolerant in the ways the files need: `#` and `;` comments, `<!-- … -->` comment
//! blocks, tabs or spaces, `YYMMDD` and `YYYYMMDD` dates (two-digit years 00–29 are 20xx), and
//! codes in lower case. Design decision: each reader only *parses*; turning actors and agents
//! into lexicon entries is [`crate::LexiconBuilder`]'s job, and using verb patterns is the event
//! coder's, so the data structures here stay close to the files and are documented for both.

pub mod actors;
pub mod agents;
pub mod discards;
pub mod issues;
pub mod ontology;
pub mod verbs;

use crate::Problem;
use chrono::NaiveDate;

pub use actors::{ActorDictionary, PetrActor, Restriction};
pub use agents::{AgentDictionary, PetrAgent};
pub use discards::DiscardList;
pub use issues::{IssueCategory, IssueDictionary, IssueEntry};
pub use ontology::{OntologyEntry, PicoOntology};
pub use verbs::{
    Element, EventCode, Pattern, PatternToken, Synset, Transformation, Verb, VerbBlock, VerbDictionary, VerbForm,
};

/// The kinds of PETRARCH dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// `*.actors.txt`: actor phrases with codes and date restrictions.
    Actors,
    /// `*agents*.txt`: agent phrases with `~CODE` sectors.
    Agents,
    /// `*discards*.txt`: sentence- and story-level discard phrases.
    Discards,
    /// `*verbs*.txt`, `CAMEO*.txt`: verb synonym blocks and patterns.
    Verbs,
    /// `*Issue*.txt`: issue phrases.
    Issues,
    /// `*Ontology*.txt`: CAMEO ↔ PETRARCH internal code table.
    Ontology,
}

impl FileKind {
    /// Lower-case name for reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Actors => "actors",
            FileKind::Agents => "agents",
            FileKind::Discards => "discards",
            FileKind::Verbs => "verbs",
            FileKind::Issues => "issues",
            FileKind::Ontology => "ontology",
        }
    }

    /// Parse a kind name as written on the command line.
    pub fn parse(s: &str) -> Option<FileKind> {
        Some(match s {
            "actors" => FileKind::Actors,
            "agents" => FileKind::Agents,
            "discards" => FileKind::Discards,
            "verbs" => FileKind::Verbs,
            "issues" => FileKind::Issues,
            "ontology" => FileKind::Ontology,
            _ => return None,
        })
    }

    /// Guess the kind from a file name, the way the PETRARCH distributions name them
    /// (`Phoenix.Countries.actors.txt`, `PETR_Validate_verbs_2_02.txt`, `CAMEO.2.0.txt`).
    /// Returns `None` for files that are not dictionaries (licences, XML records).
    pub fn detect(file_name: &str) -> Option<FileKind> {
        let lower = file_name.to_lowercase();
        if !lower.ends_with(".txt") {
            return None;
        }
        let kind = if lower.contains("verb") || lower.starts_with("cameo.") {
            FileKind::Verbs
        } else if lower.contains("agent") {
            FileKind::Agents
        } else if lower.contains("discard") {
            FileKind::Discards
        } else if lower.contains("issue") {
            FileKind::Issues
        } else if lower.contains("ontology") {
            FileKind::Ontology
        } else if lower.contains("actor") {
            FileKind::Actors
        } else {
            return None;
        };
        Some(kind)
    }
}

/// Tracks `<!-- … -->` blocks across lines, which the validation-suite files use for headers.
#[derive(Debug, Default)]
pub(crate) struct HtmlComments {
    open: bool,
}

impl HtmlComments {
    /// The part of `line` outside HTML comments (empty while inside a block).
    pub(crate) fn strip<'a>(&mut self, line: &'a str) -> std::borrow::Cow<'a, str> {
        if !self.open && !line.contains("<!") {
            return std::borrow::Cow::Borrowed(line);
        }
        let mut out = String::new();
        let mut rest = line;
        loop {
            if self.open {
                match rest.find("-->") {
                    Some(i) => {
                        self.open = false;
                        rest = &rest[i + 3..];
                    }
                    None => return std::borrow::Cow::Owned(out),
                }
            } else {
                match rest.find("<!") {
                    Some(i) => {
                        out.push_str(&rest[..i]);
                        self.open = true;
                        rest = &rest[i + 2..];
                    }
                    None => {
                        out.push_str(rest);
                        return std::borrow::Cow::Owned(out);
                    }
                }
            }
        }
    }
}

/// Cut a line at the first comment marker among `markers`.
pub(crate) fn cut_comment<'a>(line: &'a str, markers: &[char]) -> (&'a str, Option<&'a str>) {
    match line.find(|c| markers.contains(&c)) {
        Some(i) => (&line[..i], Some(line[i + 1..].trim())),
        None => (line, None),
    }
}

/// Parse a PETRARCH date: `YYYYMMDD` or `YYMMDD` (00–29 → 20xx, 30–99 → 19xx). Impossible days
/// that the files contain (`20060231`, `20040631`) are moved back to the month's last day.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        8 => (s[..4].parse::<i32>().ok()?, &s[4..]),
        6 => {
            let yy = s[..2].parse::<i32>().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        _ => return None,
    };
    let m = rest[..2].parse::<u32>().ok()?;
    let d = rest[2..].parse::<u32>().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    (1..=d).rev().find_map(|day| NaiveDate::from_ymd_opt(y, m, day))
}

/// Read a dictionary file's bytes as text, reporting invalid UTF-8 instead of failing.
pub fn decode(bytes: &[u8], file: &str, problems: &mut Vec<Problem>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            problems.push(Problem::new(
                file,
                line,
                "invalid UTF-8 (bytes replaced with U+FFFD); save the file as UTF-8".to_string(),
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_follow_petrarch_names() {
        assert_eq!(FileKind::detect("Phoenix.Countries.actors.txt"), Some(FileKind::Actors));
        assert_eq!(FileKind::detect("PETR_Validate_verbs_2_02.txt"), Some(FileKind::Verbs));
        assert_eq!(FileKind::detect("CAMEO.2.0.txt"), Some(FileKind::Verbs));
        assert_eq!(FileKind::detect("Phoenix.agents.txt"), Some(FileKind::Agents));
        assert_eq!(FileKind::detect("Phoenix.IssueCoding.txt"), Some(FileKind::Issues));
        assert_eq!(FileKind::detect("PETR_Validate_Internal_Coding_Ontology_1_01.txt"), Some(FileKind::Ontology));
        assert_eq!(FileKind::detect("LICENSE"), None);
        assert_eq!(FileKind::detect("PETR.UnitTest.records.xml"), None);
    }

    #[test]
    fn dates_in_both_widths() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("040501"), d(2004, 5, 1));
        assert_eq!(parse_date("410101"), d(1941, 1, 1));
        assert_eq!(parse_date("19950601"), d(1995, 6, 1));
        assert_eq!(parse_date("20060231"), d(2006, 2, 28));
        assert_eq!(parse_date("2006023"), None);
        assert_eq!(parse_date("20061301"), None);
    }

    #[test]
    fn html_comments_span_lines() {
        let mut c = HtmlComments::default();
        assert_eq!(c.strip("<!-- header -->"), "");
        assert_eq!(c.strip("<!--"), "");
        assert_eq!(c.strip("still inside"), "");
        assert_eq!(c.strip("end --> AFTER"), " AFTER");
        assert_eq!(c.strip("plain"), "plain");
    }
}
