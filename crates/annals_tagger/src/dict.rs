//! The tag dictionary: which labels each training word was seen with.
//!
//! Two uses. First, a word's *ambiguity class* (the set of labels it takes) is a feature, for
//! the word itself and for its right neighbours, whose tags are not predicted yet when a
//! left-to-right tagger reaches a word; this is how the tagger sees that "the" two words ahead
//! must be a determiner. Second, frequent words that are practically never ambiguous (",", "the",
//! "of") get their label straight from the dictionary, which is faster and never worse.
//!
//! Words are keyed by the 64-bit hash of their text (the same hash the features use), so a
//! lookup costs no string hashing at tagging time. The words themselves are kept in the model
//! file, so the table is rebuilt from readable data.

use crate::TaggerError;
use annals_perceptron::FeatureHasher;
use annals_perceptron::codec::{ByteReader, ByteWriter};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Keys are already well-mixed 64-bit hashes; hashing them again would only cost time.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A hash map keyed by precomputed 64-bit hashes.
pub(crate) type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// The hash of a word's text, shared by the dictionary and the feature extractor.
#[inline]
pub(crate) fn word_hash(s: &str) -> u64 {
    FeatureHasher::new(0).str(s).finish()
}

/// What the dictionary knows about one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Ambiguity class id (index into [`TagDict::classes`]); never 0, which means "unknown".
    pub class: u32,
    /// How often the word occurred in training.
    pub count: u32,
    /// The label to assign without scoring, for frequent unambiguous words.
    pub sure: Option<u16>,
}

/// How the dictionary is built from counts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DictParams {
    /// Words seen fewer times get no ambiguity class (their classes are unreliable).
    pub min_count: u32,
    /// A label belongs to a word's class when it has at least this share of the word's uses.
    pub min_share: f32,
    /// Words seen at least this often ...
    pub sure_count: u32,
    /// ... whose most frequent label has at least this share are tagged from the dictionary.
    pub sure_share: f32,
}

/// Word → ambiguity class, for exact and lower-cased forms.
#[derive(Debug, Clone, Default)]
pub(crate) struct TagDict {
    /// Class id → the labels in it (sorted). Class 0 is the empty "unknown" class.
    classes: Vec<Vec<u16>>,
    /// Class id → mask over labels, for constrained decoding.
    masks: Vec<Vec<bool>>,
    exact: HashKeyed<Entry>,
    lower: HashKeyed<Entry>,
    /// The words behind `exact` and `lower`, for the file.
    words: Vec<(String, bool, Entry)>,
    /// Mask of the open-class labels, for words never seen in training (see
    /// [`TagDict::allowed`]); set by the tagger at load time, not stored in the file.
    open: Option<Vec<bool>>,
}

impl TagDict {
    /// Build from `(form, label)` observations.
    pub(crate) fn build<'a>(
        n_labels: usize,
        observations: impl IntoIterator<Item = (&'a str, u16)>,
        p: DictParams,
    ) -> TagDict {
        let mut exact: HashMap<&str, HashMap<u16, u32>> = HashMap::new();
        let mut lower: HashMap<String, HashMap<u16, u32>> = HashMap::new();
        for (form, label) in observations {
            *exact.entry(form).or_default().entry(label).or_default() += 1;
            *lower.entry(form.to_lowercase()).or_default().entry(label).or_default() += 1;
        }
        let mut dict = TagDict { classes: vec![Vec::new()], ..TagDict::default() };
        let mut class_ids: HashMap<Vec<u16>, u32> = HashMap::new();
        let mut rows: Vec<(String, bool, HashMap<u16, u32>)> = exact
            .into_iter()
            .map(|(w, c)| (w.to_string(), false, c))
            .chain(lower.into_iter().map(|(w, c)| (w, true, c)))
            .collect();
        // Sorted so class ids, and therefore feature hashes, never depend on hash-map order.
        rows.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
        for (word, is_lower, counts) in rows {
            let total: u32 = counts.values().sum();
            if total < p.min_count {
                continue;
            }
            let mut labels: Vec<(u16, u32)> = counts.into_iter().collect();
            labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let (top, top_count) = labels[0];
            let mut class: Vec<u16> =
                labels.iter().filter(|&&(_, c)| c as f32 >= p.min_share * total as f32).map(|&(l, _)| l).collect();
            class.sort_unstable();
            let next = dict.classes.len() as u32;
            let id = *class_ids.entry(class.clone()).or_insert(next);
            if id == next {
                dict.classes.push(class);
            }
            let sure =
                (!is_lower && total >= p.sure_count && top_count as f32 >= p.sure_share * total as f32).then_some(top);
            dict.words.push((word, is_lower, Entry { class: id, count: total, sure }));
        }
        dict.index(n_labels);
        dict
    }

    /// Fill the hash tables and masks from `words` and `classes`.
    fn index(&mut self, n_labels: usize) {
        self.exact.clear();
        self.lower.clear();
        for (word, is_lower, entry) in &self.words {
            let table = if *is_lower { &mut self.lower } else { &mut self.exact };
            table.insert(word_hash(word), *entry);
        }
        self.masks = self
            .classes
            .iter()
            .map(|c| {
                let mut m = vec![false; n_labels];
                for &l in c {
                    if let Some(slot) = m.get_mut(l as usize) {
                        *slot = true;
                    }
                }
                m
            })
            .collect();
    }

    /// The entry for a word given the hash of its exact form.
    #[inline]
    pub(crate) fn exact(&self, form_hash: u64) -> Option<&Entry> {
        self.exact.get(&form_hash)
    }

    /// The entry for a word given the hash of its lower-cased form.
    #[inline]
    pub(crate) fn lower(&self, lower_hash: u64) -> Option<&Entry> {
        self.lower.get(&lower_hash)
    }

    /// Restrict words never seen in training to the labels marked `true` (the open classes:
    /// nouns, verbs, adjectives, adverbs, names…). Closed classes — prepositions, determiners,
    /// pronouns, conjunctions, auxiliaries, particles — are lists English does not grow, so an
    /// unseen word is never one of them; without the restriction a prefix feature can make an
    /// unseen "undermine" a preposition ("under-").
    pub(crate) fn restrict_unseen(&mut self, open: Vec<bool>) {
        self.open = open.iter().any(|&b| b).then_some(open);
    }

    /// The labels a word may take: its class's when it is frequent enough to trust, the open
    /// classes when it was never seen, else any.
    #[inline]
    pub(crate) fn allowed(&self, a: &crate::features::Atoms) -> Option<&[bool]> {
        if a.constrain != 0 {
            self.mask(a.constrain)
        } else if a.unseen_word {
            self.open.as_deref()
        } else {
            None
        }
    }

    /// The labels a class allows, as a mask.
    #[inline]
    pub(crate) fn mask(&self, class: u32) -> Option<&[bool]> {
        self.masks.get(class as usize).map(Vec::as_slice).filter(|m| m.iter().any(|&b| b))
    }

    /// Number of words with an entry.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.u32(self.classes.len() as u32);
        for c in &self.classes {
            w.u32(c.len() as u32);
            for &l in c {
                w.u16(l);
            }
        }
        w.u32(self.words.len() as u32);
        for (word, is_lower, e) in &self.words {
            w.str(word);
            w.u8(*is_lower as u8);
            w.u32(e.class);
            w.u32(e.count);
            w.u32(e.sure.map_or(u32::MAX, u32::from));
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>, n_labels: usize) -> Result<TagDict, TaggerError> {
        let bad = |m: &str| TaggerError::Invalid(format!("tag dictionary: {m}"));
        let n_classes = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n_classes.min(1 << 16));
        for _ in 0..n_classes {
            let n = r.u32()? as usize;
            let mut c = Vec::with_capacity(n.min(n_labels));
            for _ in 0..n {
                let l = r.u16()?;
                if l as usize >= n_labels {
                    return Err(bad("a class names an unknown label"));
                }
                c.push(l);
            }
            classes.push(c);
        }
        let n_words = r.u32()? as usize;
        let mut words = Vec::with_capacity(n_words.min(1 << 20));
        for _ in 0..n_words {
            let word = r.str()?.to_string();
            let is_lower = r.u8()? != 0;
            let class = r.u32()?;
            let count = r.u32()?;
            let sure = match r.u32()? {
                u32::MAX => None,
                l if (l as usize) < n_labels => Some(l as u16),
                _ => return Err(bad("a word names an unknown label")),
            };
            if class as usize >= classes.len() {
                return Err(bad("a word names an unknown class"));
            }
            words.push((word, is_lower, Entry { class, count, sure }));
        }
        let mut dict = TagDict { classes, words, ..TagDict::default() };
        dict.index(n_labels);
        Ok(dict)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: DictParams = DictParams { min_count: 2, min_share: 0.1, sure_count: 3, sure_share: 0.99 };

    #[test]
    fn frequent_unambiguous_words_are_sure_and_ambiguous_ones_are_not() {
        let obs = [("the", 0), ("the", 0), ("the", 0), ("run", 1), ("run", 2), ("run", 1), ("once", 3)];
        let d = TagDict::build(4, obs, P);
        let the = d.exact(word_hash("the")).expect("known");
        assert_eq!(the.sure, Some(0));
        let run = d.exact(word_hash("run")).expect("known");
        assert_eq!(run.sure, None);
        assert_eq!(d.mask(run.class).expect("mask"), &[false, true, true, false]);
        assert!(d.exact(word_hash("once")).is_none(), "below min_count");
        assert!(d.lower(word_hash("the")).is_some());
    }

    #[test]
    fn unseen_words_are_kept_to_open_classes() {
        let obs = [("the", 0), ("the", 0), ("run", 1), ("run", 1)];
        let mut d = TagDict::build(3, obs, P);
        let open = vec![false, true, true];
        d.restrict_unseen(open.clone());
        let atoms = |w: &str| {
            let mut out = Vec::new();
            let names = crate::NameList::new();
            crate::features::sentence_atoms(&[w], &d, &names, u32::MAX, &mut Default::default(), &mut out);
            out.remove(0)
        };
        assert_eq!(d.allowed(&atoms("undermine")), Some(open.as_slice()), "an unseen word");
        assert_eq!(d.allowed(&atoms("run")), None, "a seen word is scored freely");
        assert_eq!(d.allowed(&atoms("ur")), None, "too short to be sure");
        assert_eq!(d.allowed(&atoms("co-chairs")), None, "not letters only");
    }

    #[test]
    fn round_trips_through_bytes() {
        let obs = [("The", 0), ("the", 0), ("the", 0), ("run", 1), ("run", 2)];
        let d = TagDict::build(3, obs, P);
        let mut w = ByteWriter::new();
        d.write(&mut w);
        let back = TagDict::read(&mut ByteReader::new(&w.buf), 3).expect("reads");
        assert_eq!(back.len(), d.len());
        assert_eq!(back.lower(word_hash("the")), d.lower(word_hash("the")));
        assert_eq!(back.exact(word_hash("run")), d.exact(word_hash("run")));
    }
}
