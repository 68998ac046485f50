//! Atoms: the small pieces of text that the quantity and time grammars match on.
//!
//! Tokenizers disagree on exactly the things these grammars care about: `mid-1990s`,
//! `twenty-five`, `Aug.`, `1990s`, `20,000`, `10:30`, `year's`. Rather than depend on one
//! tokenizer's choices, each token is cut further into atoms — runs of letters, numbers (digits
//! with inner `,` `.` `:` between digits), an apostrophe with what follows it (`'s`, `'90`), and
//! single punctuation characters — and each atom remembers whether whitespace preceded it
//! (`glued`). Atoms never cross token boundaries, so a match never splits a token the tokenizer
//! kept whole, and every span is on character boundaries of the original text.
//!
//! A document without tokens is cut into atoms directly from its text, with a rough sentence
//! split (blank lines and sentence-final punctuation before a capital letter), so both
//! recognisers also work on raw text.

use annals_doc::{Doc, Span};
use std::ops::Range;

/// What an atom is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomKind {
    /// Letters, possibly a dotted abbreviation (`U.S.`, `a.m.`) or an apostrophe clitic (`'s`).
    Word,
    /// Digits with inner separators (`20,000`, `1.5`, `10:30`), or `'` + digits (`'90`).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One atom: a span of the text and what kind of characters it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Atom {
    /// Bytes of the document text.
    pub span: Span,
    /// Letters, number or punctuation.
    pub kind: AtomKind,
    /// True when no whitespace separates this atom from the previous one in its sentence.
    pub glued: bool,
    /// Index of the token the atom came from (`None` when the document had no tokens).
    pub token: Option<u32>,
}

/// A document cut into atoms, with sentence ranges and lowercased forms.
#[derive(Debug, Clone)]
pub struct Atoms<'a> {
    /// The document text the spans point into.
    pub text: &'a str,
    /// Atoms in text order.
    pub atoms: Vec<Atom>,
    /// Atom index ranges, one per sentence, in order, covering every atom.
    pub sentences: Vec<Range<usize>>,
    lower: String,
    lower_ends: Vec<u32>,
}

impl<'a> Atoms<'a> {
    /// Cut `doc` into atoms, following its tokens and sentences when it has them.
    pub fn new(doc: &'a Doc) -> Atoms<'a> {
        let mut out = Atoms {
            text: &doc.text,
            atoms: Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 4),
            sentences: Vec::new(),
            lower: String::with_capacity(doc.text.len()),
            lower_ends: Vec::new(),
        };
        let mut chars = Vec::new();
        if doc.tokens.is_empty() {
            out.cut(0, &doc.text, None, &mut chars);
            out.split_raw_sentences();
        } else {
            let mut ranges: Vec<Range<usize>> =
                doc.sentences.iter().map(|s| s.tokens.start as usize..s.tokens.end as usize).collect();
            if ranges.is_empty() {
                ranges.push(0..doc.tokens.len());
            }
            let mut last_end = 0u32;
            for r in ranges {
                let first = out.atoms.len();
                for t in r.clone() {
                    let Some(tok) = doc.tokens.get(t) else { break };
                    // Words of a multiword token whose forms differ from the text share the whole
                    // surface span; cut that span once.
                    if tok.span.start < last_end || tok.span.is_empty() {
                        continue;
                    }
                    last_end = tok.span.end;
                    let Some(piece) = doc.text.get(tok.span.range()) else { continue };
                    out.cut(tok.span.start as usize, piece, Some(t as u32), &mut chars);
                }
                if out.atoms.len() > first {
                    out.atoms[first].glued = false;
                    out.sentences.push(first..out.atoms.len());
                }
            }
        }
        out.lower.shrink_to_fit();
        out
    }

    /// Number of atoms.
    #[inline]
    pub fn len(&self) -> usize {
        self.atoms.len()
    }

    /// True when there are no atoms.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.atoms.is_empty()
    }

    /// The original text of atom `i`.
    #[inline]
    pub fn text_of(&self, i: usize) -> &'a str {
        self.text.get(self.atoms[i].span.range()).unwrap_or("")
    }

    /// Atom `i` lowercased, with typographic apostrophes (`’`) as `'`.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] as usize };
        &self.lower[start..self.lower_ends[i] as usize]
    }

    /// True when atom `i` starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.text_of(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The span from the start of atom `from` to the end of atom `to - 1`.
    #[inline]
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span { start: self.atoms[from].span.start, end: self.atoms[to - 1].span.end }
    }

    fn push(&mut self, start: usize, end: usize, kind: AtomKind, token: Option<u32>) {
        let glued = self.atoms.last().is_some_and(|a| a.span.end as usize == start);
        self.atoms.push(Atom { span: Span::new(start, end), kind, glued, token });
        for c in self.text[start..end].chars() {
            if c == '\u{2019}' || c == '\u{2018}' {
                self.lower.push('\'');
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        self.lower_ends.push(self.lower.len() as u32);
    }

    /// Cut `piece` (which starts at byte `base` of the text) into atoms. `chars` is scratch
    /// space, reused between calls to save an allocation per token.
    fn cut(&mut self, base: usize, piece: &str, token: Option<u32>, chars: &mut Vec<(usize, char)>) {
        chars.clear();
        chars.extend(piece.char_indices());
        let chars = &chars[..];
        let end_of = |k: usize| chars.get(k).map_or(piece.len(), |&(b, _)| b);
        let is_apos = |c: char| c == '\'' || c == '\u{2019}';
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            let start = k;
            let kind;
            if c.is_alphabetic() {
                while k < chars.len() && chars[k].1.is_alphabetic() {
                    k += 1;
                }
                // Dotted abbreviations: single letters separated by periods (U.S., a.m.).
                if k - start == 1 {
                    let mut j = k;
                    while j + 1 < chars.len() && chars[j].1 == '.' && chars[j + 1].1.is_alphabetic() {
                        let mut m = j + 1;
                        while m < chars.len() && chars[m].1.is_alphabetic() {
                            m += 1;
                        }
                        if m - (j + 1) != 1 {
                            break;
                        }
                        j = m;
                    }
                    if j > k && j < chars.len() && chars[j].1 == '.' {
                        k = j + 1;
                    } else if j > k {
                        k = j;
                    }
                }
                kind = AtomKind::Word;
            } else if c.is_ascii_digit() {
                k = digits_end(chars, k);
                kind = AtomKind::Number;
            } else if is_apos(c) && k + 1 < chars.len() && chars[k + 1].1.is_ascii_digit() {
                k = digits_end(chars, k + 1);
                kind = AtomKind::Number;
            } else if is_apos(c) && k + 1 < chars.len() && chars[k + 1].1.is_alphabetic() {
                k += 1;
                while k < chars.len() && chars[k].1.is_alphabetic() {
                    k += 1;
                }
                kind = AtomKind::Word;
            } else {
                k += 1;
                kind = AtomKind::Punct;
            }
            self.push(base + chars[start].0, base + end_of(k), kind, token);
        }
    }

    /// Sentence ranges for text without tokens: break at blank lines, and after `.`, `!` or `?`
    /// when the next atom starts with a capital and the word before is not a short
    /// capitalised abbreviation (`Jan.`, `Mr.`).
    fn split_raw_sentences(&mut self) {
        let mut start = 0;
        for i in 0..self.atoms.len() {
            if i + 1 >= self.atoms.len() {
                break;
            }
            let gap = &self.text[self.atoms[i].span.end as usize..self.atoms[i + 1].span.start as usize];
            let blank_line = gap.matches('\n').count() >= 2;
            let lw = self.lower(i);
            let terminal = matches!(lw, "." | "!" | "?")
                && !self.atoms[i + 1].glued
                && self.is_capitalized(i + 1)
                && !(lw == "."
                    && i > 0
                    && self.atoms[i].glued
                    && self.atoms[i - 1].kind == AtomKind::Word
                    && self.text_of(i - 1).len() <= 4
                    && self.is_capitalized(i - 1));
            if blank_line || terminal {
                self.sentences.push(start..i + 1);
                start = i + 1;
                if let Some(a) = self.atoms.get_mut(i + 1) {
                    a.glued = false;
                }
            }
        }
        if start < self.atoms.len() {
            self.sentences.push(start..self.atoms.len());
        }
    }
}

/// End (char index) of a digit run starting at `k`, including inner `,` `.` `:` followed by a
/// digit.
fn digits_end(chars: &[(usize, char)], mut k: usize) -> usize {
    loop {
        while k < chars.len() && chars[k].1.is_ascii_digit() {
            k += 1;
        }
        if k + 1 < chars.len() && matches!(chars[k].1, ',' | '.' | ':') && chars[k + 1].1.is_ascii_digit() {
            k += 1;
            continue;
        }
        return k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<String> {
        let doc = Doc::new("t", text);
        let a = Atoms::new(&doc);
        (0..a.len()).map(|i| format!("{}{}", if a.atoms[i].glued { "+" } else { "" }, a.text_of(i))).collect()
    }

    #[test]
    fn cuts_numbers_words_and_punctuation() {
        assert_eq!(cut("mid-1990s, 20,000 and 1.5m"), ["mid", "+-", "+1990", "+s", "+,", "20,000", "and", "1.5", "+m"]);
        assert_eq!(
            cut("Aug. 7 at 10:30 a.m. in the U.S."),
            ["Aug", "+.", "7", "at", "10:30", "a.m.", "in", "the", "U.S."]
        );
        assert_eq!(
            cut("the '90s and Azerbaijan’s year's"),
            ["the", "'90", "+s", "and", "Azerbaijan", "+’s", "year", "+'s"]
        );
    }

    #[test]
    fn lowercases_and_normalises_apostrophes() {
        let doc = Doc::new("t", "Azerbaijan’S MAY");
        let a = Atoms::new(&doc);
        assert_eq!((a.lower(1), a.lower(2)), ("'s", "may"));
    }

    #[test]
    fn raw_text_sentences() {
        let doc = Doc::new("t", "It rose in Jan. 1990. Then it fell. Mr. Smith left.\n\nNew para");
        let a = Atoms::new(&doc);
        let firsts: Vec<&str> = a.sentences.iter().map(|r| a.text_of(r.start)).collect();
        assert_eq!(firsts, ["It", "Then", "Mr", "New"]);
    }
}
