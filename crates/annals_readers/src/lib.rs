//! Input readers: plain text, JSON Lines, HTML main text, RSS/Atom feeds and CoNLL-U, with
//! language identification.
//!
//! A [`Reader`] is an iterator over one input (a file or stdin) that yields, for every document
//! in it, either a [`Doc`] holding the raw text and metadata or an [`Error`] naming the document
//! (file, line, item, id) and saying why it was skipped. Key design decisions:
//! - **Streaming.** JSON Lines and CoNLL-U are read one line / one `# newdoc` block at a time, so
//!   a 100k-line batch is never held in memory as documents, and a caller can hand documents to
//!   worker threads while reading goes on ([`Reader`] is `Send`). Single-document formats (text,
//!   HTML) and feeds are read whole, up to [`ReadOptions::max_document_bytes`].
//! - **A bad document never stops the batch.** Each error is one item of the iterator; the next
//!   call goes on with the next document. Only an I/O error on the input itself ends it.
//! - **Only English is analysed.** Every document passes a cautious language check
//!   ([`language`]): a clearly non-English document is reported as [`Error::NotEnglish`], never
//!   coded as English; short texts such as headlines are kept.
//! - **Damaged text is repaired, junk is refused.** Invalid UTF-8 becomes U+FFFD with a warning
//!   diagnostic on the doc; binary data (NUL bytes, mostly control characters) is an error.

mod conllu;
mod date;
mod decode;
mod error;
mod feed;
mod format;
mod html;
mod jsonl;
mod language;

/// Re-exported so callers can hold a [`ReadOptions::date`] without depending on chrono.
pub use chrono::NaiveDate;
pub use date::parse_date;
pub use error::{Error, Location};
pub use format::Format;

use annals_doc::{Doc, Severity};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How to read an input.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The input format; detected from the file extension or the content when `None`.
    pub format: Option<Format>,
    /// Publication date for documents whose input carries none (e.g. plain text).
    pub date: Option<NaiveDate>,
    /// Skip documents that are clearly not English (on by default).
    pub check_language: bool,
    /// Documents (and JSON lines) larger than this are skipped with [`Error::TooLarge`].
    pub max_document_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { format: None, date: None, check_language: true, max_document_bytes: 256 << 20 }
    }
}

/// The readers' name for diagnostics they put on a [`Doc`].
pub const STAGE: &str = "reader";

/// Reads the documents of one input. See the crate documentation.
pub struct Reader {
    file: String,
    path: Option<PathBuf>,
    input: Box<dyn BufRead + Send>,
    opts: ReadOptions,
    format: Option<Format>,
    queue: VecDeque<Result<Doc, Error>>,
    /// Lines consumed so far (line-based formats).
    line: usize,
    done: bool,
    conllu: conllu::Chunker,
}

impl Reader {
    /// Open a file, or standard input for `-`.
    pub fn open(path: &Path, opts: ReadOptions) -> Result<Reader, Error> {
        if path.as_os_str() == "-" {
            return Ok(Reader::new("stdin", io::stdin(), opts));
        }
        let file =
            File::open(path).map_err(|source| Error::Io { at: Location::file(path.display().to_string()), source })?;
        let mut reader = Reader::new(path.display().to_string(), file, opts);
        reader.path = Some(path.to_path_buf());
        Ok(reader)
    }

    /// Read from any byte source; `name` is used in document ids and messages.
    pub fn new(name: impl Into<String>, input: impl Read + Send + 'static, opts: ReadOptions) -> Reader {
        let file = name.into();
        Reader {
            conllu: conllu::Chunker::new(file.clone()),
            file,
            path: None,
            input: Box::new(BufReader::with_capacity(64 * 1024, input)),
            opts,
            format: None,
            queue: VecDeque::new(),
            line: 0,
            done: false,
        }
    }

    /// The input's format, once known (after the first call to `next`, or when given).
    pub fn format(&self) -> Option<Format> {
        self.format.or(self.opts.format)
    }

    /// Read until the queue has something or the input is exhausted.
    fn step(&mut self) {
        let format = match self.format {
            Some(f) => f,
            None => {
                let head = match self.input.fill_buf() {
                    Ok(h) => h,
                    Err(source) => return self.fail(source),
                };
                let f = self.opts.format.unwrap_or_else(|| Format::detect(self.path.as_deref(), head));
                self.format = Some(f);
                f
            }
        };
        match format {
            Format::Text | Format::Html | Format::Feed => {
                self.done = true;
                let Some(bytes) = self.read_all() else { return };
                match format {
                    Format::Text => {
                        let r = self.whole_text(&bytes);
                        self.emit(r);
                    }
                    Format::Html => {
                        let r = self.whole_html(&bytes);
                        self.emit(r);
                    }
                    _ => {
                        for item in feed::read(&bytes, &self.file) {
                            self.emit(item);
                        }
                    }
                }
            }
            Format::Jsonl => self.jsonl_step(),
            Format::Conllu => self.conllu_step(),
        }
    }

    fn fail(&mut self, source: io::Error) {
        let at =
            Location { file: self.file.clone(), line: (self.line > 0).then_some(self.line), ..Location::default() };
        self.queue.push_back(Err(Error::Io { at, source }));
        self.done = true;
    }

    /// The whole input, or `None` after queueing an error.
    fn read_all(&mut self) -> Option<Vec<u8>> {
        let limit = self.opts.max_document_bytes;
        let mut bytes = Vec::new();
        if let Err(source) = (&mut self.input).take(limit as u64 + 1).read_to_end(&mut bytes) {
            self.fail(source);
            return None;
        }
        if bytes.len() > limit {
            self.queue.push_back(Err(Error::TooLarge { at: Location::file(&self.file), limit }));
            return None;
        }
        Some(bytes)
    }

    fn whole_text(&self, bytes: &[u8]) -> Result<Doc, Error> {
        let at = Location::file(&self.file);
        let decoded = decode::decode(bytes).map_err(|reason| Error::Binary { at: at.clone(), reason })?;
        let mut doc = Doc::new(&self.file, decoded.text);
        if let Some(w) = decoded.warning {
            doc.diagnose(Severity::Warning, STAGE, w, None);
        }
        Ok(doc)
    }

    fn whole_html(&self, bytes: &[u8]) -> Result<Doc, Error> {
        let at = Location::file(&self.file);
        let decoded = decode::decode(bytes).map_err(|reason| Error::Binary { at: at.clone(), reason })?;
        let page = html::extract(&decoded.text);
        if page.text.trim().is_empty() {
            return Err(Error::NoText { at });
        }
        let mut doc = Doc::new(&self.file, page.text);
        doc.meta.title = page.title;
        doc.meta.date = page.date;
        doc.meta.url = page.url;
        doc.meta.source = page.source;
        if let Some(w) = decoded.warning {
            doc.diagnose(Severity::Warning, STAGE, w, None);
        }
        Ok(doc)
    }

    fn jsonl_step(&mut self) {
        let mut buf = Vec::new();
        loop {
            let read = match read_line_limited(&mut self.input, &mut buf, self.opts.max_document_bytes) {
                Ok(r) => r,
                Err(source) => return self.fail(source),
            };
            self.line += 1;
            let mut at = Location { file: self.file.clone(), line: Some(self.line), ..Location::default() };
            match read {
                LineRead::Eof => {
                    self.done = true;
                    return;
                }
                LineRead::TooLong => {
                    let limit = self.opts.max_document_bytes;
                    return self.queue.push_back(Err(Error::TooLarge { at, limit }));
                }
                LineRead::Line => {}
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (line, warning) = match std::str::from_utf8(&buf) {
                Ok(s) => (s.to_string(), None),
                Err(_) => match decode::decode(&buf) {
                    Ok(d) => (d.text, d.warning),
                    Err(reason) => return self.queue.push_back(Err(Error::Binary { at, reason })),
                },
            };
            let result = jsonl::parse_line(&line, &mut at).and_then(|mut doc| {
                if let Some(w) = warning {
                    doc.diagnose(Severity::Warning, STAGE, w, None);
                }
                match decode::binary_text(&doc.text) {
                    Some(reason) => Err(Error::Binary { at: at.clone(), reason }),
                    None => Ok(doc),
                }
            });
            return self.emit_at(result, at);
        }
    }

    fn conllu_step(&mut self) {
        let mut buf = Vec::new();
        loop {
            let read = match read_line_limited(&mut self.input, &mut buf, self.opts.max_document_bytes) {
                Ok(r) => r,
                Err(source) => return self.fail(source),
            };
            let line = match read {
                LineRead::Eof => {
                    self.done = true;
                    let items = self.conllu.finish();
                    for item in items {
                        self.emit(item);
                    }
                    return;
                }
                LineRead::TooLong => {
                    self.line += 1;
                    let at = Location { file: self.file.clone(), line: Some(self.line), ..Location::default() };
                    let limit = self.opts.max_document_bytes;
                    return self.queue.push_back(Err(Error::TooLarge { at, limit }));
                }
                LineRead::Line => {
                    self.line += 1;
                    String::from_utf8_lossy(&buf)
                }
            };
            let items = self.conllu.push_line(&line, self.line);
            if !items.is_empty() {
                for item in items {
                    self.emit(item);
                }
                return;
            }
        }
    }

    /// Queue a read result after the checks every document gets.
    fn emit(&mut self, result: Result<Doc, Error>) {
        let at = match &result {
            // A text or HTML file's id is its name: saying it twice would only clutter the message.
            Ok(doc) => Location {
                file: self.file.clone(),
                id: (doc.meta.id != self.file).then(|| doc.meta.id.clone()),
                ..Location::default()
            },
            Err(_) => Location::default(),
        };
        self.emit_at(result, at);
    }

    fn emit_at(&mut self, result: Result<Doc, Error>, at: Location) {
        let result = result.and_then(|mut doc| {
            if doc.text.trim().is_empty() {
                return Err(Error::Empty { at });
            }
            if self.opts.check_language
                && let language::Verdict::Reject { name, code } = language::verdict(&doc.text)
            {
                return Err(Error::NotEnglish { at, language: name, code });
            }
            if doc.meta.date.is_none() {
                doc.meta.date = self.opts.date;
            }
            Ok(doc)
        });
        self.queue.push_back(result);
    }
}

impl Iterator for Reader {
    type Item = Result<Doc, Error>;

    fn next(&mut self) -> Option<Result<Doc, Error>> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.step();
        }
    }
}

/// Outcome of reading one line.
enum LineRead {
    /// A line (without its `\n`) is in the buffer.
    Line,
    /// The line was longer than the limit; it has been consumed and discarded.
    TooLong,
    /// No more input.
    Eof,
}

/// Read one line into `buf` (cleared first), holding at most `limit` bytes of it in memory.
fn read_line_limited(input: &mut dyn BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<LineRead> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, found) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > limit {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = found.unwrap_or(chunk.len());
        input.consume(used);
        if found.is_some() {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(match (any, too_long) {
        (false, _) => LineRead::Eof,
        (true, true) => LineRead::TooLong,
        (true, false) => LineRead::Line,
    })
}
