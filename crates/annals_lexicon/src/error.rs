//! The crate's error enum and the per-line [`Problem`] report.
//!
//! Dictionary loading distinguishes two kinds of trouble. A line that cannot be used (a typo in a
//! field name, an unknown sector, a malformed date) is a [`Problem`]: it names `file:line`, says
//! what to fix, and the rest of the file still loads, so one bad line in a 50,000-line PETRARCH
//! file does not take the whole dictionary away. Only when a file cannot be read at all, or when
//! the caller asks for strict loading, does loading fail with a [`LexiconError`].

use std::fmt;
use std::path::PathBuf;

/// One unusable line in a dictionary file, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user named it (or `builtin:<name>` for embedded files).
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// What is wrong and how to fix it, as a sentence for the user.
    pub message: String,
}

impl Problem {
    /// A problem at `file:line`.
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Problem {
        Problem { file: file.to_string(), line, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// Errors from loading dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A file or directory could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Strict loading found unusable lines.
    #[error("{} unusable line(s) in dictionary files, the first: {}", problems.len(), first(problems))]
    Invalid {
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
    /// A path given as a dictionary is neither a directory nor a recognised dictionary file.
    #[error("{}: {message}", path.display())]
    NotADictionary {
        /// The offending path.
        path: PathBuf,
        /// Why it was not accepted.
        message: String,
    },
}

fn first(problems: &[Problem]) -> String {
    problems.first().map(|p| p.to_string()).unwrap_or_default()
}
