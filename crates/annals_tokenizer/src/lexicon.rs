//! The tokenizer's language knowledge: abbreviations, hyphen prefixes, contractions, emoticons.
//!
//! The knowledge lives in plain text files under `data/` (one entry per line, `#` comments) so a
//! reader can check and extend it without touching code. They are embedded with `include_str!`
//! and parsed once when a [`crate::Tokenizer`] is built. Lookups happen only for the rare tokens
//! that need them (a word before a period, a hyphenated word, an apostrophe-free contraction
//! candidate), so plain hash sets are fast enough.

use crate::TokenizerError;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are short words, for which std's DoS-resistant hasher costs more than the
/// lookup itself, and the tables are built from our own files, not from untrusted input.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastSet = HashSet<Box<str>, BuildHasherDefault<Fnv>>;
type FastMap<V> = HashMap<Box<str>, V, BuildHasherDefault<Fnv>>;

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const HYPHEN_PREFIXES: &str = include_str!("../data/hyphen_prefixes.txt");
const CONTRACTIONS: &str = include_str!("../data/contractions.txt");
const EMOTICONS: &str = include_str!("../data/emoticons.txt");

/// Longest contraction we look up, in bytes; longer words skip the table.
const MAX_CONTRACTION_LEN: usize = 8;

/// Parsed data files.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Abbreviations with their period, exactly as listed.
    abbreviations: FastSet,
    /// The same, lowercased, for case-insensitive fallback (`ETC.`, `Sept.` at line start).
    abbreviations_lower: FastSet,
    /// Lowercase prefixes that keep their hyphen (`non-stop`).
    hyphen_prefixes: FastSet,
    /// Lowercase surface form → byte lengths of its words (`cannot` → `[3, 3]`).
    contractions: FastMap<Box<[u8]>>,
    /// Punctuation-only tokens kept whole.
    emoticons: FastSet,
    /// `contraction_ends[first letter]` has bit `last letter` set when some contraction starts and
    /// ends with those letters: a filter that spares almost every word the table lookup.
    contraction_ends: [u32; 26],
}

/// Non-comment, non-blank lines of a data file with their 1-based line numbers.
fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r'))).filter(|(_, l)| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    })
}

impl Lexicon {
    /// Parse the built-in data files.
    pub(crate) fn builtin() -> Result<Lexicon, TokenizerError> {
        Lexicon::parse(ABBREVIATIONS, HYPHEN_PREFIXES, CONTRACTIONS, EMOTICONS)
    }

    fn parse(abbr: &str, prefixes: &str, contractions: &str, emoticons: &str) -> Result<Lexicon, TokenizerError> {
        let mut lex = Lexicon {
            abbreviations: FastSet::default(),
            abbreviations_lower: FastSet::default(),
            hyphen_prefixes: FastSet::default(),
            contractions: FastMap::default(),
            emoticons: FastSet::default(),
            contraction_ends: [0; 26],
        };
        for (line, entry) in entries(abbr) {
            let entry = entry.trim();
            if !entry.ends_with('.') || entry.contains(char::is_whitespace) {
                return Err(TokenizerError::Data {
                    file: "abbreviations.txt",
                    line,
                    message: format!("`{entry}` should be one word ending with its period, e.g. `Gen.`"),
                });
            }
            lex.abbreviations.insert(entry.into());
            lex.abbreviations_lower.insert(entry.to_lowercase().into());
        }
        for (line, entry) in entries(prefixes) {
            let entry = entry.trim();
            if !entry.chars().all(char::is_alphabetic) {
                return Err(TokenizerError::Data {
                    file: "hyphen_prefixes.txt",
                    line,
                    message: format!("`{entry}` should be letters only, without the hyphen"),
                });
            }
            lex.hyphen_prefixes.insert(entry.to_lowercase().into());
        }
        for (line, entry) in entries(contractions) {
            let bad = |message: String| TokenizerError::Data { file: "contractions.txt", line, message };
            let (surface, words) =
                entry.split_once('\t').ok_or_else(|| bad("expected `surface<TAB>word word…`".into()))?;
            let surface = surface.trim().to_lowercase();
            let words: Vec<&str> = words.split_whitespace().collect();
            if words.len() < 2 || words.concat().to_lowercase() != surface {
                return Err(bad(format!("the words of `{surface}` must be two or more and spell it exactly")));
            }
            if surface.len() > MAX_CONTRACTION_LEN {
                return Err(bad(format!("`{surface}` is longer than {MAX_CONTRACTION_LEN} bytes")));
            }
            let (Some(first), Some(last)) =
                (letter_index(surface.as_bytes()[0]), letter_index(surface.as_bytes()[surface.len() - 1]))
            else {
                return Err(bad(format!("`{surface}` should start and end with an ASCII letter")));
            };
            lex.contraction_ends[first] |= 1 << last;
            let lens: Vec<u8> = words.iter().map(|w| w.len() as u8).collect();
            lex.contractions.insert(surface.into(), lens.into());
        }
        for (_, entry) in entries(emoticons) {
            lex.emoticons.insert(entry.trim().into());
        }
        Ok(lex)
    }

    /// True when `word` (which ends with `.`) is an abbreviation that keeps its period.
    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        debug_assert!(word.ends_with('.'));
        let stem = &word[..word.len() - 1];
        if stem.is_empty() {
            return false;
        }
        // Initials: `W.`, `J.`.
        let mut chars = stem.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return c.is_uppercase();
        }
        if is_dotted_letters(word) || self.abbreviations.contains(word) {
            return true;
        }
        if word.len() <= 12 && word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.abbreviations_lower.contains(word.to_ascii_lowercase().as_str());
        }
        false
    }

    /// True when `prefix` (letters before a hyphen) keeps the hyphenated word together.
    pub(crate) fn keeps_hyphen(&self, prefix: &str) -> bool {
        if prefix.len() > 8 {
            return false;
        }
        if prefix.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.hyphen_prefixes.contains(prefix);
        }
        self.hyphen_prefixes.contains(prefix.to_lowercase().as_str())
    }

    /// Word lengths of an apostrophe-free contraction (`cannot` → `[3, 3]`).
    pub(crate) fn contraction(&self, word: &str) -> Option<&[u8]> {
        let b = word.as_bytes();
        if word.len() > MAX_CONTRACTION_LEN || word.len() < 2 {
            return None;
        }
        let (first, last) = (letter_index(b[0])?, letter_index(b[b.len() - 1])?);
        if self.contraction_ends[first] & (1 << last) == 0 || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; MAX_CONTRACTION_LEN];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).ok()?;
        self.contractions.get(lower).map(|v| &v[..])
    }

    /// True for a listed emoticon (`:)`, `^_^`).
    pub(crate) fn is_emoticon(&self, s: &str) -> bool {
        s.len() <= 4 && self.emoticons.contains(s)
    }
}

/// 0–25 for an ASCII letter of either case.
fn letter_index(b: u8) -> Option<usize> {
    b.is_ascii_alphabetic().then(|| (b.to_ascii_lowercase() - b'a') as usize)
}

/// `U.S.`, `p.m.`, `a.k.a.`, `Ph.D.`: two or more groups of one or two letters, each followed by
/// a period.
fn is_dotted_letters(word: &str) -> bool {
    let mut groups = 0;
    let mut run = 0;
    for c in word.chars() {
        if c == '.' {
            if run == 0 || run > 2 {
                return false;
            }
            groups += 1;
            run = 0;
        } else if c.is_alphabetic() {
            run += 1;
        } else {
            return false;
        }
    }
    run == 0 && groups >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_files_parse() {
        let lex = Lexicon::builtin().expect("built-in data files are well-formed");
        assert!(lex.is_abbreviation("Gen."));
        assert!(lex.is_abbreviation("U.S."));
        assert!(lex.is_abbreviation("W."));
        assert!(!lex.is_abbreviation("it."));
        assert!(lex.keeps_hyphen("non"));
        assert!(!lex.keeps_hyphen("search"));
        assert_eq!(lex.contraction("Cannot"), Some(&[3u8, 3][..]));
    }

    #[test]
    fn bad_lines_name_the_file_and_line() {
        let err = Lexicon::parse("# c\nGen\n", "", "", "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "abbreviations.txt:2: `Gen` should be one word ending with its period, e.g. `Gen.`"
        );
        let err = Lexicon::parse("", "", "cannot\tcan no\n", "").unwrap_err();
        assert!(err.to_string().starts_with("contractions.txt:1:"), "{err}");
    }
}
