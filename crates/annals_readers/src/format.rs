//! Input formats and their detection from a file name or the first bytes of the input.
//!
//! The extension decides when it is unambiguous; otherwise (stdin, `.xml`, no extension) the
//! content does. Detection never fails: anything unrecognised is plain text.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The formats the readers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain UTF-8 text: one document.
    Text,
    /// JSON Lines: one `{"id","text","date"?,"source"?,"url"?,"title"?}` object per line.
    Jsonl,
    /// An HTML page: one document, main text only.
    Html,
    /// An RSS or Atom feed: one document per item.
    Feed,
    /// CoNLL-U: documents split at `# newdoc`, tokens and sentences kept as given.
    Conllu,
}

impl Format {
    /// Every format, in the order they are listed in help texts.
    pub const ALL: [Format; 5] = [Format::Text, Format::Jsonl, Format::Html, Format::Feed, Format::Conllu];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Conllu => "conllu",
        }
    }

    /// The format implied by a file extension, when the extension is unambiguous.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "rss" | "atom" => Some(Format::Feed),
            "conllu" | "conll" => Some(Format::Conllu),
            _ => None,
        }
    }

    /// Guess the format from the first bytes of the input.
    pub fn sniff(head: &[u8]) -> Format {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let text = String::from_utf8_lossy(&head[..head.len().min(8192)]);
        let trimmed = text.trim_start();
        let lower = trimmed.chars().take(4096).collect::<String>().to_ascii_lowercase();
        if trimmed.starts_with('{') {
            return Format::Jsonl;
        }
        if lower.starts_with('<') {
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
                return Format::Feed;
            }
            return Format::Html;
        }
        if looks_like_conllu(trimmed) {
            return Format::Conllu;
        }
        if lower.contains("<html") || lower.contains("<body") || lower.contains("<!doctype html") {
            return Format::Html;
        }
        Format::Text
    }

    /// The format for an input: the extension when it is telling, else the content.
    pub fn detect(path: Option<&Path>, head: &[u8]) -> Format {
        path.and_then(Format::from_extension).unwrap_or_else(|| Format::sniff(head))
    }
}

/// True when the first non-comment line has ten tab-separated columns starting with a word id,
/// or the comments are CoNLL-U's own.
fn looks_like_conllu(text: &str) -> bool {
    for line in text.lines().take(50) {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if c.starts_with("sent_id") || c.starts_with("newdoc") || c.starts_with("global.columns") {
                return true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        return cols.len() == 10 && cols[0].split(['-', '.']).all(|p| p.parse::<u32>().is_ok());
    }
    false
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL.iter().copied().find(|f| f.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
            format!("unknown input format `{s}` (expected one of: {})", names.join(", "))
        })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_wins_when_telling() {
        assert_eq!(Format::detect(Some(Path::new("a.JSONL")), b"hello"), Format::Jsonl);
        assert_eq!(Format::detect(Some(Path::new("a.xml")), b"<?xml version='1.0'?><rss>"), Format::Feed);
        assert_eq!(Format::detect(Some(Path::new("a.xml")), b"<?xml version='1.0'?><feed>"), Format::Feed);
    }

    #[test]
    fn content_decides_otherwise() {
        assert_eq!(Format::sniff(b"  {\"id\": 1}"), Format::Jsonl);
        assert_eq!(Format::sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"# newdoc id = x\n# sent_id = 1\n"), Format::Conllu);
        assert_eq!(Format::sniff(b"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"), Format::Conllu);
        assert_eq!(Format::sniff(b"# A heading\nBAKU, June 3 (Reuters) - ..."), Format::Text);
        assert_eq!(Format::sniff(b""), Format::Text);
    }
}
