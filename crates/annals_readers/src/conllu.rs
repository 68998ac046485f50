//! CoNLL-U input, streamed one `# newdoc` block at a time through `annals_doc::parse_conllu`.
//!
//! Tokens, multiword tokens and sentences are kept exactly as given. A malformed sentence is
//! reported with its line number in the whole file and skipped; the rest of its document is kept,
//! as `parse_conllu` does.

use crate::{Error, Location};
use annals_doc::{Doc, parse_conllu};

/// Collects lines until a document is complete.
pub(crate) struct Chunker {
    file: String,
    chunk: String,
    /// File line number of the chunk's first line.
    first_line: usize,
    has_words: bool,
    chunks: usize,
}

impl Chunker {
    pub(crate) fn new(file: String) -> Chunker {
        Chunker { file, chunk: String::new(), first_line: 1, has_words: false, chunks: 0 }
    }

    /// Add line `line_no`; returns the previous document's results when this line starts a new one.
    pub(crate) fn push_line(&mut self, line: &str, line_no: usize) -> Vec<Result<Doc, Error>> {
        let starts_doc = line.trim_start().strip_prefix('#').is_some_and(|c| c.trim_start().starts_with("newdoc"));
        let out = if starts_doc && self.has_words { self.flush() } else { Vec::new() };
        if self.chunk.is_empty() {
            self.first_line = line_no;
        }
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            self.has_words = true;
        }
        self.chunk.push_str(line);
        self.chunk.push('\n');
        out
    }

    /// The results of the last document.
    pub(crate) fn finish(&mut self) -> Vec<Result<Doc, Error>> {
        if self.chunk.trim().is_empty() { Vec::new() } else { self.flush() }
    }

    fn flush(&mut self) -> Vec<Result<Doc, Error>> {
        self.chunks += 1;
        let default_id = if self.chunks == 1 { self.file.clone() } else { format!("{}#{}", self.file, self.chunks) };
        let parsed = parse_conllu(&self.chunk, &default_id);
        let mut out: Vec<Result<Doc, Error>> = parsed
            .errors
            .into_iter()
            .map(|e| {
                let at = Location {
                    file: self.file.clone(),
                    line: Some(self.first_line + e.line - 1),
                    ..Location::default()
                };
                Err(Error::Malformed { at, message: format!("malformed CoNLL-U sentence: {}", e.message) })
            })
            .collect();
        if parsed.docs.is_empty() && out.is_empty() {
            let at = Location { file: self.file.clone(), line: Some(self.first_line), ..Location::default() };
            out.push(Err(Error::Empty { at }));
        }
        out.extend(parsed.docs.into_iter().map(Ok));
        self.chunk.clear();
        self.has_words = false;
        out
    }
}
