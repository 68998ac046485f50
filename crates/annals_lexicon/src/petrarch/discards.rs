//! PETRARCH discard lists (`*discards*.txt`): phrases that mark a sentence, or with a leading
//! `+` a whole story, as not to be coded (sports results, film reviews, chronologies).
//!
//! A trailing `_` means the phrase must end at a word boundary; otherwise it is a stem. Matching
//! is case-insensitive.

use super::{HtmlComments, cut_comment};
use crate::Problem;

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrDiscard {
    /// Words separated by single spaces.
    pub phrase: String,
    /// True for a story-level discard (`+` prefix).
    pub story: bool,
    /// True when the phrase ended in `_`.
    pub whole_word: bool,
    /// 1-based line number.
    pub line: usize,
}

/// A parsed discard list.
#[derive(Debug, Clone, Default)]
pub struct DiscardList {
    /// Phrases in file order.
    pub discards: Vec<PetrDiscard>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

/// Read a discard list.
pub fn read(text: &str, file: &str) -> DiscardList {
    let mut list = DiscardList::default();
    let mut html = HtmlComments::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let visible = html.strip(raw.strip_suffix('\r').unwrap_or(raw));
        let (content, _) = cut_comment(&visible, &['#', ';']);
        let line = content.trim();
        if line.is_empty() {
            continue;
        }
        let (story, body) = match line.strip_prefix('+') {
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        if body.contains(['[', ']']) {
            list.problems.push(Problem::new(
                file,
                line_no,
                format!("`{line}` has a code: discard lists hold phrases only (`+` for a whole story)"),
            ));
            continue;
        }
        let whole_word = body.ends_with('_');
        let phrase =
            body.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        if phrase.is_empty() {
            list.problems.push(Problem::new(file, line_no, "`+` without a phrase"));
            continue;
        }
        list.discards.push(PetrDiscard { phrase, story, whole_word, line: line_no });
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_and_sentence_discards() {
        let list = read("+5K RUN #  ELH\nAFL GRAND FINAL   # MleH\nBASEBALL_\n1914\n", "d.txt");
        assert!(list.problems.is_empty());
        assert_eq!(list.discards.len(), 4);
        assert!(list.discards[0].story);
        assert_eq!(list.discards[0].phrase, "5K RUN");
        assert!(!list.discards[1].story);
        assert!(list.discards[2].whole_word);
    }
}
