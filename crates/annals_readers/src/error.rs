//! The readers' error type and the [`Location`] that names a document in every message.
//!
//! Every error says which document it is about (file, line, id), because a batch goes on after
//! an error and the user must be able to find the one document that was skipped.

use std::fmt;

/// Where a document came from: enough to find it again in the input.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// File name as given on the command line (`stdin` for standard input).
    pub file: String,
    /// 1-based line number, for line-based formats (JSON Lines, CoNLL-U).
    pub line: Option<usize>,
    /// 1-based position of the item in a feed.
    pub item: Option<usize>,
    /// The document's own id, when it could be read.
    pub id: Option<String>,
}

impl Location {
    /// A location naming a whole file.
    pub fn file(file: impl Into<String>) -> Location {
        Location { file: file.into(), ..Location::default() }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(item) = self.item {
            write!(f, " item {item}")?;
        }
        if let Some(id) = &self.id {
            // Ids come from the input: keep the message on one line whatever they contain.
            let id: String = id.chars().take(80).map(|c| if c.is_control() { ' ' } else { c }).collect();
            write!(f, " (id \"{id}\")")?;
        }
        Ok(())
    }
}

/// A document that could not be read. The reader goes on with the next document after any of
/// these except [`Error::Io`] on the input itself.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be opened or read.
    #[error("{at}: cannot read: {source}")]
    Io {
        /// The input.
        at: Location,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The document holds no text (empty, or only whitespace).
    #[error("{at}: empty document, nothing to analyse; skipped")]
    Empty {
        /// The document.
        at: Location,
    },
    /// The input is binary data rather than text.
    #[error("{at}: looks like binary data, not text ({reason}); skipped")]
    Binary {
        /// The document.
        at: Location,
        /// What gave it away.
        reason: String,
    },
    /// The document is syntactically broken (a bad JSON line, a bad CoNLL-U sentence, a bad feed).
    #[error("{at}: {message}; skipped")]
    Malformed {
        /// The document or line.
        at: Location,
        /// What is wrong.
        message: String,
    },
    /// An HTML page or feed item with no main text once markup and boilerplate are removed.
    #[error("{at}: no main text found in the HTML (only markup, scripts or boilerplate); skipped")]
    NoText {
        /// The document.
        at: Location,
    },
    /// The document is not in English, and only English is analysed.
    #[error("{at}: the text looks {language} ({code}), not English; skipped")]
    NotEnglish {
        /// The document.
        at: Location,
        /// Language name in English, e.g. `"German"`.
        language: &'static str,
        /// ISO 639-3 code, e.g. `"deu"`.
        code: &'static str,
    },
    /// The document is larger than the configured limit.
    #[error("{at}: larger than the limit of {limit} bytes; skipped")]
    TooLarge {
        /// The document.
        at: Location,
        /// The limit in bytes ([`crate::ReadOptions::max_document_bytes`]).
        limit: usize,
    },
}

impl Error {
    /// The document this error is about.
    pub fn location(&self) -> &Location {
        match self {
            Error::Io { at, .. }
            | Error::Empty { at }
            | Error::Binary { at, .. }
            | Error::Malformed { at, .. }
            | Error::NoText { at }
            | Error::NotEnglish { at, .. }
            | Error::TooLarge { at, .. } => at,
        }
    }
}
