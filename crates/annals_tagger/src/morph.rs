//! Morphological features (the CoNLL-U FEATS column) from the predicted label and the word.
//!
//! In English the Penn tag already says most of what FEATS encodes (NNS → `Number=Plur`, VBD →
//! `Tense=Past|VerbForm=Fin`...), and the rest belongs to a closed set of function words
//! (pronouns, determiners). So FEATS is a table learned from the treebank, not a classifier: the
//! most frequent FEATS of each label, plus per-word exceptions where a word's own majority
//! differs ("me" → `Case=Acc|Number=Sing|Person=1|PronType=Prs`).

use crate::TaggerError;
use annals_perceptron::codec::{ByteReader, ByteWriter};
use std::collections::HashMap;

/// Learned FEATS table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Morph {
    /// Label → its most frequent FEATS (`None` = `_`).
    by_label: Vec<Option<Box<str>>>,
    /// Label → lower-cased word → FEATS, where the word's majority differs from the label's.
    by_word: Vec<HashMap<String, Option<Box<str>>>>,
}

impl Morph {
    /// Learn from `(lower-cased form, label, FEATS)` observations.
    pub(crate) fn learn<'a>(n_labels: usize, obs: impl IntoIterator<Item = (String, u16, Option<&'a str>)>) -> Morph {
        let mut per_label: Vec<HashMap<Option<&str>, u32>> = vec![HashMap::new(); n_labels];
        let mut per_word: Vec<HashMap<String, HashMap<Option<&str>, u32>>> = vec![HashMap::new(); n_labels];
        for (word, label, feats) in obs {
            let Some(l) = per_label.get_mut(label as usize) else { continue };
            *l.entry(feats).or_default() += 1;
            *per_word[label as usize].entry(word).or_default().entry(feats).or_default() += 1;
        }
        let majority = |m: &HashMap<Option<&str>, u32>| {
            m.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(f, _)| f.map(Box::from))
        };
        let by_label: Vec<Option<Box<str>>> = per_label.iter().map(|m| majority(m).flatten()).collect();
        let by_word = per_word
            .iter()
            .zip(&by_label)
            .map(|(words, default)| {
                words
                    .iter()
                    .filter_map(|(w, m)| {
                        let best = majority(m).flatten();
                        (best != *default).then(|| (w.clone(), best))
                    })
                    .collect()
            })
            .collect();
        Morph { by_label, by_word }
    }

    /// FEATS for a word (lower-cased) with `label`.
    pub(crate) fn feats(&self, lower: &str, label: u16) -> Option<&str> {
        let l = label as usize;
        match self.by_word.get(l).and_then(|m| m.get(lower)) {
            Some(f) => f.as_deref(),
            None => self.by_label.get(l).and_then(|f| f.as_deref()),
        }
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.u32(self.by_label.len() as u32);
        for (default, words) in self.by_label.iter().zip(&self.by_word) {
            w.str(default.as_deref().unwrap_or("_"));
            let mut words: Vec<_> = words.iter().collect();
            words.sort();
            w.u32(words.len() as u32);
            for (word, f) in words {
                w.str(word);
                w.str(f.as_deref().unwrap_or("_"));
            }
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>, n_labels: usize) -> Result<Morph, TaggerError> {
        let n = r.u32()? as usize;
        if n != n_labels {
            return Err(TaggerError::Invalid(format!("FEATS table has {n} labels, the model {n_labels}")));
        }
        let opt = |s: &str| (s != "_").then(|| Box::from(s));
        let mut out = Morph::default();
        for _ in 0..n {
            out.by_label.push(opt(r.str()?));
            let k = r.u32()? as usize;
            let mut words = HashMap::with_capacity(k.min(1 << 16));
            for _ in 0..k {
                let word = r.str()?.to_string();
                words.insert(word, opt(r.str()?));
            }
            out.by_word.push(words);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_default_with_word_exceptions() {
        let obs = [
            ("troops".to_string(), 0, Some("Number=Plur")),
            ("talks".to_string(), 0, Some("Number=Plur")),
            ("me".to_string(), 1, Some("Case=Acc|Person=1")),
            ("it".to_string(), 1, Some("Person=3")),
            ("it".to_string(), 1, Some("Person=3")),
            ("you".to_string(), 1, Some("Person=2")),
            ("you".to_string(), 1, Some("Person=2")),
            ("you".to_string(), 1, Some("Person=2")),
        ];
        let m = Morph::learn(2, obs);
        assert_eq!(m.feats("ministers", 0), Some("Number=Plur"));
        assert_eq!(m.feats("me", 1), Some("Case=Acc|Person=1"));
        assert_eq!(m.feats("it", 1), Some("Person=3"));
        assert_eq!(m.feats("you", 1), Some("Person=2"));
        let mut w = ByteWriter::new();
        m.write(&mut w);
        let back = Morph::read(&mut ByteReader::new(&w.buf), 2).expect("reads");
        assert_eq!(back.feats("me", 1), Some("Case=Acc|Person=1"));
        assert_eq!(back.feats("ministers", 0), Some("Number=Plur"));
    }
}
