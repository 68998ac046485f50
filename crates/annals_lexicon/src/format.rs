//! The `.lex` dictionary format: records of `field: value` lines under an `@kind KEY` header.
//!
//! ```text
//! # Comments start with '#', on their own line or after whitespace.
//! @country AZE
//! name: Azerbaijan
//! also: Republic of Azerbaijan | Azerbaidzhan
//! adj: Azerbaijani | Azeri
//! ```
//!
//! The reader is deliberately generic: it knows nothing of countries or agents and only splits
//! a file into [`Record`]s, keeping the line number of every header and field so that the layer
//! that interprets them (the lexicon builder, the coreference word lists in `annals_actors`) can
//! report `file:line` and what to fix. Values with alternatives are separated by `|`.
//!
//! Design decision: a block format rather than TOML. Records stay one screen tall, a person's
//! dated roles read like a table, and a typo is reported on its own line without the rest of
//! the file being lost, which matters when users extend dictionaries by hand.

use crate::Problem;

/// One `field: value` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// Field name, e.g. `name`, `also`, `role`.
    pub name: &'a str,
    /// Everything after the colon, trimmed, trailing comment removed.
    pub value: &'a str,
    /// 1-based line number.
    pub line: usize,
}

impl<'a> Field<'a> {
    /// The `|`-separated alternatives of the value, trimmed, empty ones skipped.
    pub fn values(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.value.split('|').map(str::trim).filter(|v| !v.is_empty())
    }
}

/// One record: a header line `@kind KEY` and the fields below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// The record kind, e.g. `country`, `person`, `agent`.
    pub kind: &'a str,
    /// The key after the kind (ISO3 code, organisation key, person name, agent phrase…).
    pub key: &'a str,
    /// 1-based line number of the header.
    pub line: usize,
    /// Fields in file order.
    pub fields: Vec<Field<'a>>,
}

impl<'a> Record<'a> {
    /// All fields with the given name.
    pub fn all(&self, name: &'a str) -> impl Iterator<Item = &Field<'a>> + use<'_, 'a> {
        self.fields.iter().filter(move |f| f.name == name)
    }

    /// The last field with the given name (a later line overrides an earlier one).
    pub fn get(&self, name: &str) -> Option<&Field<'a>> {
        self.fields.iter().rev().find(|f| f.name == name)
    }
}

/// Remove a trailing `# comment` (a `#` at the start or after whitespace).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// Split `text` (the contents of `file`) into records. Lines that fit no rule are reported in
/// `problems` and skipped.
pub fn parse_records<'a>(text: &'a str, file: &str, problems: &mut Vec<Problem>) -> Vec<Record<'a>> {
    let mut records: Vec<Record<'a>> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = strip_comment(raw.strip_prefix('\u{feff}').unwrap_or(raw)).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(header) = line.strip_prefix('@') {
            let (kind, key) = match header.split_once(char::is_whitespace) {
                Some((k, rest)) => (k, rest.trim()),
                None => (header, ""),
            };
            if kind.is_empty() || !kind.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                problems.push(Problem::new(file, line_no, format!("bad record header `{line}`: write `@kind KEY`")));
                continue;
            }
            if key.is_empty() {
                problems.push(Problem::new(
                    file,
                    line_no,
                    format!("record `@{kind}` has no key: write e.g. `@{kind} NAME` on one line"),
                ));
                continue;
            }
            records.push(Record { kind, key, line: line_no, fields: Vec::new() });
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            problems.push(Problem::new(
                file,
                line_no,
                format!("cannot read `{line}`: expected `@kind KEY` or `field: value`"),
            ));
            continue;
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            problems.push(Problem::new(
                file,
                line_no,
                format!("cannot read `{line}`: field names are lower-case words before a colon"),
            ));
            continue;
        }
        match records.last_mut() {
            Some(record) => record.fields.push(Field { name, value: value.trim(), line: line_no }),
            None => problems.push(Problem::new(
                file,
                line_no,
                format!("field `{name}` comes before any record: start a record with `@kind KEY`"),
            )),
        }
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_fields_and_comments() {
        let text = "# header comment\n@country AZE\nname: Azerbaijan # the state\nalso: A | B |  \n\n@igo EU\n";
        let mut problems = Vec::new();
        let records = parse_records(text, "t.lex", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].kind, "country");
        assert_eq!(records[0].key, "AZE");
        assert_eq!(records[0].get("name").unwrap().value, "Azerbaijan");
        assert_eq!(records[0].get("also").unwrap().values().collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(records[0].get("also").unwrap().line, 4);
        assert_eq!(records[1].line, 6);
    }

    #[test]
    fn bad_lines_are_reported_with_their_line() {
        let text = "name: orphan\n@country\n@country FRA\nthis line has no colon\nName: x\n";
        let mut problems = Vec::new();
        let records = parse_records(text, "t.lex", &mut problems);
        assert_eq!(records.len(), 1);
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2, 4, 5]);
        assert!(problems[0].to_string().starts_with("t.lex:1: field `name` comes before any record"));
    }

    #[test]
    fn hash_inside_a_word_is_not_a_comment() {
        let mut problems = Vec::new();
        let records = parse_records("@agent C#\nname: C# team\n", "t.lex", &mut problems);
        assert_eq!(records[0].key, "C#");
        assert_eq!(records[0].get("name").unwrap().value, "C# team");
    }
}
