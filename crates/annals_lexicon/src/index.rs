//! The phrase index: every name, adjective, demonym, capital and agent phrase of the lexicon,
//! looked up by its first piece.
//!
//! Matching works on [`Piece`]s (see [`crate::text`]) so that a caller can feed document tokens
//! split the same way as dictionary phrases. The index returns *every* phrase that matches at a
//! position, longest first; choosing among overlapping matches is the resolver's job, since it
//! knows the syntax around them. Short all-capital phrases (`US`, `EU`, `FM`) only match text in
//! capitals; phrases imported from PETRARCH as stems (no trailing `_`) match any word that
//! starts with their last piece.

use crate::text::{fold, fold_keep_case, is_acronym, pieces};
use crate::{AgentId, EntryId};
use std::collections::HashMap;

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A name of the entry ("Azerbaijan", "Elmar Mammadyarov", "EU").
    Name(EntryId),
    /// An adjective of the entry ("Azerbaijani").
    Adjective(EntryId),
    /// A word for the entry's people ("Azerbaijanis").
    People(EntryId),
    /// A capital of the entry ("Baku").
    Capital(EntryId),
    /// A singular agent phrase ("serviceman").
    Agent(AgentId),
    /// A plural agent phrase ("servicemen").
    AgentPlural(AgentId),
}

/// One piece of text to match: the raw form and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The text as written.
    pub raw: &'a str,
    /// Lower-cased, diacritics removed ([`crate::text::fold`]).
    pub folded: String,
    /// Diacritics removed, case kept, for acronyms.
    pub cased: String,
}

impl<'a> Piece<'a> {
    /// Prepare `raw` for matching.
    pub fn new(raw: &'a str) -> Piece<'a> {
        Piece { raw, folded: fold(raw), cased: fold_keep_case(raw) }
    }

    /// Split `text` into pieces and prepare each.
    pub fn split(text: &'a str) -> Vec<Piece<'a>> {
        pieces(text).into_iter().map(Piece::new).collect()
    }
}

/// A phrase that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Number of pieces covered, starting at the position asked about.
    pub len: usize,
    /// What the phrase names.
    pub target: Target,
}

/// How a phrase compares with text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchMode {
    /// [`MatchMode::Cased`] for acronyms (see [`crate::text::is_acronym`]),
    /// [`MatchMode::Capitalized`] for phrases with a capitalised word, else
    /// [`MatchMode::Folded`]: the rule for hand-written dictionaries.
    Auto,
    /// Case-insensitive, except that a capitalised word of the phrase only matches a
    /// capitalised word of the text: `Poles` (people) does not match "telephone poles", `Turkey`
    /// does not match "turkey", while headlines in capitals still match.
    Capitalized,
    /// Case-insensitive, whole pieces.
    Folded,
    /// Case-sensitive (acronyms).
    Cased,
    /// Case-insensitive; the last piece only has to start with the phrase's last piece.
    Stem,
}

#[derive(Debug, Clone)]
struct Phrase {
    pieces: Box<[Box<str>]>,
    mode: MatchMode,
    /// Bit `i` set: piece `i` must start with a capital letter in the text (`Capitalized`).
    caps: u64,
    target: Target,
}

/// Phrases by first piece.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    phrases: Vec<Phrase>,
    by_first: HashMap<Box<str>, Vec<u32>>,
    /// Stems by their first three folded characters (stem phrases of one piece only).
    stems: HashMap<Box<str>, Vec<u32>>,
}

impl PhraseIndex {
    /// Add a dictionary phrase; exact duplicates are ignored.
    pub fn insert(&mut self, phrase: &str, target: Target, mut mode: MatchMode) {
        let split = pieces(phrase);
        if split.is_empty() {
            return;
        }
        let starts_upper = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
        if mode == MatchMode::Auto {
            mode = if is_acronym(phrase) {
                MatchMode::Cased
            } else if split.iter().any(|p| starts_upper(p)) {
                MatchMode::Capitalized
            } else {
                MatchMode::Folded
            };
        }
        let caps = if mode == MatchMode::Capitalized {
            split.iter().take(64).enumerate().filter(|(_, p)| starts_upper(p)).fold(0u64, |m, (i, _)| m | 1 << i)
        } else {
            0
        };
        let stored: Box<[Box<str>]> = split
            .iter()
            .map(|p| if mode == MatchMode::Cased { fold_keep_case(p) } else { fold(p) }.into_boxed_str())
            .collect();
        let id = self.phrases.len() as u32;
        let key = fold(split[0]).into_boxed_str();
        let bucket = if mode == MatchMode::Stem && stored.len() == 1 {
            let prefix: String = key.chars().take(3).collect();
            self.stems.entry(prefix.into_boxed_str()).or_default()
        } else {
            self.by_first.entry(key).or_default()
        };
        // Exact duplicates (the same phrase for the same target from two files) are kept once.
        let phrases = &self.phrases;
        if bucket.iter().any(|&p| {
            let p = &phrases[p as usize];
            p.target == target && p.mode == mode && p.pieces == stored
        }) {
            return;
        }
        bucket.push(id);
        self.phrases.push(Phrase { pieces: stored, mode, caps, target });
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Append to `out` every phrase that matches `text` starting at piece `at`, longest first.
    pub fn matches_at(&self, text: &[Piece<'_>], at: usize, out: &mut Vec<PhraseMatch>) {
        let Some(first) = text.get(at) else { return };
        let start = out.len();
        if let Some(ids) = self.by_first.get(first.folded.as_str()) {
            for &id in ids {
                let phrase = &self.phrases[id as usize];
                if phrase_matches(phrase, &text[at..]) {
                    out.push(PhraseMatch { len: phrase.pieces.len(), target: phrase.target });
                }
            }
        }
        if !self.stems.is_empty() {
            let prefix: String = first.folded.chars().take(3).collect();
            if let Some(ids) = self.stems.get(prefix.as_str()) {
                for &id in ids {
                    let phrase = &self.phrases[id as usize];
                    if first.folded.starts_with(&*phrase.pieces[0]) {
                        out.push(PhraseMatch { len: 1, target: phrase.target });
                    }
                }
            }
        }
        out[start..].sort_by_key(|m| std::cmp::Reverse(m.len));
    }

    /// Every match at `at`, longest first (allocating convenience form of [`Self::matches_at`]).
    pub fn find_at(&self, text: &[Piece<'_>], at: usize) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        self.matches_at(text, at, &mut out);
        out
    }
}

fn phrase_matches(phrase: &Phrase, text: &[Piece<'_>]) -> bool {
    let n = phrase.pieces.len();
    if text.len() < n {
        return false;
    }
    phrase.pieces.iter().zip(text).enumerate().all(|(i, (want, got))| match phrase.mode {
        MatchMode::Folded | MatchMode::Auto => **want == *got.folded,
        MatchMode::Capitalized => {
            **want == *got.folded
                && (phrase.caps & (1 << i.min(63)) == 0 || got.raw.chars().next().is_some_and(char::is_uppercase))
        }
        MatchMode::Cased => **want == *got.cased,
        MatchMode::Stem if i + 1 == n => got.folded.starts_with(&**want),
        MatchMode::Stem => **want == *got.folded,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(index: &PhraseIndex, text: &str, at: usize) -> Vec<(usize, Target)> {
        let pieces = Piece::split(text);
        index.find_at(&pieces, at).into_iter().map(|m| (m.len, m.target)).collect()
    }

    #[test]
    fn longest_first_and_case_rules() {
        let mut index = PhraseIndex::default();
        let us = Target::Name(EntryId(1));
        let minister = Target::Agent(AgentId(0));
        let fm = Target::Agent(AgentId(1));
        index.insert("US", us, MatchMode::Auto);
        index.insert("minister", minister, MatchMode::Auto);
        index.insert("minister of foreign affairs", fm, MatchMode::Auto);
        assert_eq!(check(&index, "US troops", 0), [(1, us)]);
        assert_eq!(check(&index, "told us", 1), []);
        assert_eq!(check(&index, "Minister of Foreign Affairs Elmar", 0), [(4, fm), (1, minister)]);
    }

    #[test]
    fn capitalised_names_need_capitals_in_text() {
        let mut index = PhraseIndex::default();
        let tur = Target::Name(EntryId(2));
        index.insert("Turkey", tur, MatchMode::Auto);
        assert_eq!(check(&index, "Turkey said", 0), [(1, tur)]);
        assert_eq!(check(&index, "TURKEY SAID", 0), [(1, tur)]);
        assert_eq!(check(&index, "roast turkey", 1), []);
    }

    #[test]
    fn stems_match_word_starts() {
        let mut index = PhraseIndex::default();
        let arg = Target::Name(EntryId(7));
        index.insert("ARGENTIN", arg, MatchMode::Stem);
        assert_eq!(check(&index, "the Argentine navy", 1), [(1, arg)]);
        assert_eq!(check(&index, "Argent", 0), []);
    }

    #[test]
    fn hyphenated_names_match_split_tokens() {
        let mut index = PhraseIndex::default();
        let nk = Target::Name(EntryId(3));
        index.insert("Nagorno-Karabakh", nk, MatchMode::Auto);
        assert_eq!(check(&index, "the Nagorno - Karabakh conflict", 1), [(3, nk)]);
        assert_eq!(check(&index, "the Nagorno-Karabakh conflict", 1), [(3, nk)]);
    }
}
