//! The word-list file format shared by the quantity and time lexicons.
//!
//! Language knowledge (number words, bound phrases, month names, holidays…) lives in plain text
//! files that a user can read and extend. The format is deliberately small:
//!
//! ```text
//! # A comment runs to the end of the line.
//! [section]
//! key = form | another form | a third form
//! form without a key | and another
//! ```
//!
//! Sections group entries by meaning; a key says what the forms mean (a number, a month, a code);
//! forms are matched case-insensitively, word by word. This module only checks the syntax and
//! remembers line numbers: each consumer checks keys and section names itself and reports
//! mistakes as `file:line: what to fix` through [`LexError`].

use std::fmt;

/// A problem in a word-list file, with the place to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LexError {
    /// File name as given to the reader (for built-in files, the path in the repository).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// One `key = forms` (or bare `forms`) line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexEntry {
    /// Text before `=`, trimmed; `None` for a bare list of forms.
    pub key: Option<String>,
    /// The forms, lowercased and with inner whitespace collapsed to single spaces.
    pub forms: Vec<String>,
    /// 1-based line number, for diagnostics.
    pub line: usize,
}

/// A `[section]` and the entries under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexSection {
    /// Name between the brackets, trimmed and lowercased.
    pub name: String,
    /// 1-based line number of the header.
    pub line: usize,
    /// Entries in file order.
    pub entries: Vec<LexEntry>,
}

/// A parsed word-list file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexFile {
    /// File name, for diagnostics.
    pub name: String,
    /// Sections in file order. A section name may repeat; consumers treat repeats as one.
    pub sections: Vec<LexSection>,
}

impl LexFile {
    /// Parse `text`, naming it `name` in errors.
    ///
    /// # Errors
    /// An entry before any section header, an unterminated header, an empty key or an empty form.
    pub fn parse(name: &str, text: &str) -> Result<LexFile, LexError> {
        let mut sections: Vec<LexSection> = Vec::new();
        let err = |line: usize, message: String| LexError { file: name.to_string(), line, message };
        for (idx, raw) in text.lines().enumerate() {
            let line_no = idx + 1;
            let line = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let Some(section) = rest.strip_suffix(']') else {
                    return Err(err(line_no, format!("section header `{line}` must end with `]`")));
                };
                let section = section.trim().to_lowercase();
                if section.is_empty() {
                    return Err(err(line_no, "section header `[]` needs a name, e.g. `[months]`".into()));
                }
                sections.push(LexSection { name: section, line: line_no, entries: Vec::new() });
                continue;
            }
            let Some(section) = sections.last_mut() else {
                return Err(err(line_no, "entry before any `[section]` header; add a header above it".into()));
            };
            let (key, forms) = match line.split_once('=') {
                Some((key, forms)) => {
                    let key = key.trim();
                    if key.is_empty() {
                        return Err(err(line_no, "empty key before `=`; write `key = form | form`".into()));
                    }
                    (Some(key.to_string()), forms)
                }
                None => (None, line),
            };
            let mut list = Vec::new();
            for form in forms.split('|') {
                let form = form.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                if form.is_empty() {
                    return Err(err(
                        line_no,
                        "empty form; separate forms with single `|` and give each some text".into(),
                    ));
                }
                list.push(form);
            }
            section.entries.push(LexEntry { key, forms: list, line: line_no });
        }
        Ok(LexFile { name: name.to_string(), sections })
    }

    /// All entries of the sections named `name`, in file order.
    pub fn entries<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a LexEntry> + 'a {
        self.sections.iter().filter(move |s| s.name == name).flat_map(|s| s.entries.iter())
    }

    /// An error at `line` of this file.
    pub fn error(&self, line: usize, message: impl Into<String>) -> LexError {
        LexError { file: self.name.clone(), line, message: message.into() }
    }

    /// Check that every section is one of `known`; the error lists the known names.
    ///
    /// # Errors
    /// The first section whose name is not in `known`.
    pub fn check_sections(&self, known: &[&str]) -> Result<(), LexError> {
        match self.sections.iter().find(|s| !known.contains(&s.name.as_str())) {
            Some(s) => Err(self.error(s.line, format!("unknown section `[{}]`; known: {}", s.name, known.join(", ")))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_keys_and_bare_forms() {
        let f = LexFile::parse("t.txt", "# top\n[Months]\n1 = January | Jan  # note\n\n[stop]\nthe | of\n").unwrap();
        assert_eq!(f.sections.len(), 2);
        assert_eq!(f.sections[0].name, "months");
        let e = &f.sections[0].entries[0];
        assert_eq!((e.key.as_deref(), e.forms.clone(), e.line), (Some("1"), vec!["january".into(), "jan".into()], 3));
        assert_eq!(f.entries("stop").next().unwrap().key, None);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = LexFile::parse("x.txt", "\nfoo = bar\n").unwrap_err();
        assert_eq!(e.to_string(), "x.txt:2: entry before any `[section]` header; add a header above it");
        let e = LexFile::parse("x.txt", "[a]\nk = one || two\n").unwrap_err();
        assert_eq!(e.line, 2);
        let f = LexFile::parse("x.txt", "[a]\n[b]\n").unwrap();
        assert!(f.check_sections(&["a"]).unwrap_err().to_string().starts_with("x.txt:2: unknown section `[b]`"));
    }
}
