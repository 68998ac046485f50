//! Phrase tables: multiword forms from a word-list file, matched against atoms.
//!
//! A form such as `new year's day` or `tens of thousands` is cut into atoms with the same rules as
//! the text, so a form matches exactly when its atoms match, whatever the tokenizer did. Lookup is
//! by the first atom, then longest form first.

use crate::atoms::Atoms;
use annals_doc::Doc;
use std::collections::HashMap;

/// Forms (cut into lowercase atoms) mapped to values of type `T`.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable { by_first: HashMap::new() }
    }
}

/// Cut a form into lowercase atoms, as the text would be cut.
pub fn phrase_atoms(form: &str) -> Vec<String> {
    let doc = Doc::new("", form);
    let a = Atoms::new(&doc);
    (0..a.len()).map(|i| a.lower(i).to_string()).collect()
}

impl<T> PhraseTable<T> {
    /// An empty table.
    pub fn new() -> Self {
        PhraseTable::default()
    }

    /// Add `form` with `value`, replacing the value of an identical form.
    pub fn insert(&mut self, form: &str, value: T) {
        let atoms = phrase_atoms(form);
        let Some(first) = atoms.first().cloned() else { return };
        let list = self.by_first.entry(first).or_default();
        if let Some(slot) = list.iter_mut().find(|(a, _)| *a == atoms) {
            slot.1 = value;
            return;
        }
        list.push((atoms, value));
        // Longest first, so the first match found is the longest.
        list.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
    }

    /// The longest form starting at atom `i` and ending at or before `limit`: its value and the
    /// atom index just past it.
    pub fn longest(&self, a: &Atoms<'_>, i: usize, limit: usize) -> Option<(&T, usize)> {
        if i >= limit {
            return None;
        }
        let list = self.by_first.get(a.lower(i))?;
        list.iter().find_map(|(atoms, v)| {
            let end = i + atoms.len();
            (end <= limit && atoms.iter().enumerate().skip(1).all(|(k, w)| a.lower(i + k) == w)).then_some((v, end))
        })
    }

    /// The value of a one-atom form equal to `w` (lowercase).
    pub fn word(&self, w: &str) -> Option<&T> {
        self.by_first.get(w)?.iter().find(|(a, _)| a.len() == 1).map(|(_, v)| v)
    }

    /// True when the table has a one-atom form equal to `w` (lowercase).
    pub fn has_word(&self, w: &str) -> bool {
        self.word(w).is_some()
    }

    /// The first atoms of all forms (each once).
    pub fn first_atoms(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_form_wins() {
        let mut t = PhraseTable::new();
        t.insert("hundreds", 1);
        t.insert("hundreds of thousands", 2);
        t.insert("new year's day", 3);
        let doc = Doc::new("t", "Hundreds of thousands on New Year’s Day");
        let a = Atoms::new(&doc);
        assert_eq!(t.longest(&a, 0, a.len()), Some((&2, 3)));
        assert_eq!(t.longest(&a, 0, 2), Some((&1, 1)));
        assert_eq!(t.longest(&a, 4, a.len()), Some((&3, 8)));
        assert!(t.has_word("hundreds") && !t.has_word("new"));
    }
}
