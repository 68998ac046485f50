//! Word clusters learnt from unlabelled text: words that occur in similar contexts share a class.
//!
//! The labelled corpora are small, so most names and many of the words around them are seen a
//! handful of times at most. Classes learnt from plain text carry what the labelled data cannot:
//! that "Valero" is used like "Chevron", or "Fallujah" like "Najaf", even when neither was ever
//! tagged. The recogniser uses a word's class, at two granularities, as features.
//!
//! Key design decision: classes come from clustering context vectors, not from a class-based
//! language model (Brown clustering). Each word is described by which frequent words appear
//! immediately before and after it, weighted by positive pointwise mutual information; spherical
//! k-means groups these vectors into fine classes and a second k-means over the fine centroids
//! groups those into coarse ones. This takes seconds on a million words, is deterministic for a
//! seed, and the result is a small table (word hash → two class numbers) stored in the model, so
//! nothing but the model file is needed at run time.

use crate::KeyMap;
use annals_perceptron::SplitMix64;
use annals_perceptron::codec::{ByteReader, ByteWriter};
use std::collections::HashMap;

/// Word → [fine class, coarse class, class in the second clustering], numbered from 1; 0 means
/// none (words not in the table have no class at all).
#[derive(Clone, Default, PartialEq)]
pub struct WordClusters {
    classes: KeyMap<[u16; 3]>,
    /// True when the third class is used.
    second: bool,
}

impl std::fmt::Debug for WordClusters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordClusters({} words)", self.classes.len())
    }
}

/// How classes are learnt.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSettings {
    /// Number of fine classes.
    pub fine: usize,
    /// Number of coarse classes (groups of fine classes).
    pub coarse: usize,
    /// Number of classes of a second, independent clustering (0: none).
    pub other: usize,
    /// Words seen fewer times than this get no class: their contexts are too few to judge.
    pub min_count: u32,
    /// Number of most frequent words used as context features (each on the left and the right).
    pub contexts: usize,
    /// Context window: 1 looks at the words just before and after; 2 also at the words two places away.
    pub window: usize,
    /// Rounds of k-means.
    pub iterations: usize,
    /// Seed for the initial centroids.
    pub seed: u64,
}

impl Default for ClusterSettings {
    fn default() -> ClusterSettings {
        ClusterSettings {
            fine: 256,
            coarse: 32,
            other: 0,
            min_count: 3,
            contexts: 600,
            window: 1,
            iterations: 15,
            seed: 1,
        }
    }
}

/// Collects unlabelled sentences, then learns [`WordClusters`] from them.
#[derive(Debug, Default)]
pub struct ClusterBuilder {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    counts: Vec<u32>,
    /// Word ids of all sentences, each sentence followed by `u32::MAX`.
    text: Vec<u32>,
    sentences: usize,
}

const BOUNDARY: u32 = u32::MAX;

impl ClusterBuilder {
    /// An empty builder.
    pub fn new() -> ClusterBuilder {
        ClusterBuilder::default()
    }

    /// Add one tokenised sentence (words are lower-cased here, as the recogniser's word features are).
    pub fn add_sentence<S: AsRef<str>>(&mut self, words: &[S]) {
        for w in words {
            let lower = w.as_ref().to_lowercase();
            let id = match self.ids.get(&lower) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.ids.insert(lower.clone(), id);
                    self.words.push(lower);
                    self.counts.push(0);
                    id
                }
            };
            self.counts[id as usize] += 1;
            self.text.push(id);
        }
        self.text.push(BOUNDARY);
        self.sentences += 1;
    }

    /// Number of words added so far.
    pub fn n_tokens(&self) -> usize {
        self.text.len() - self.sentences
    }

    /// Learn the classes.
    pub fn build(&self, settings: &ClusterSettings) -> WordClusters {
        // Vocabulary in a fixed order (frequency, then spelling) so results depend only on the text.
        let mut order: Vec<u32> = (0..self.words.len() as u32).collect();
        order.sort_by(|&a, &b| {
            self.counts[b as usize]
                .cmp(&self.counts[a as usize])
                .then_with(|| self.words[a as usize].cmp(&self.words[b as usize]))
        });
        let n_ctx = settings.contexts.min(order.len());
        let mut ctx_of = vec![u32::MAX; self.words.len()];
        for (rank, &w) in order.iter().take(n_ctx).enumerate() {
            ctx_of[w as usize] = rank as u32;
        }
        // Dimensions: left context words, right context words, and a sentence edge on each side.
        let dims = 2 * n_ctx + 2 + if settings.window >= 2 { 2 * n_ctx } else { 0 };
        let vocab: Vec<u32> =
            order.iter().copied().take_while(|&w| self.counts[w as usize] >= settings.min_count).collect();
        let mut row_of = vec![u32::MAX; self.words.len()];
        for (r, &w) in vocab.iter().enumerate() {
            row_of[w as usize] = r as u32;
        }
        if vocab.len() < settings.fine.max(2) {
            return WordClusters::default();
        }

        // Co-occurrence pairs (row, dim).
        let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(self.text.len() * 2);
        for (i, &w) in self.text.iter().enumerate() {
            if w == BOUNDARY || row_of[w as usize] == u32::MAX {
                continue;
            }
            let row = row_of[w as usize];
            let left = if i == 0 { BOUNDARY } else { self.text[i - 1] };
            let right = self.text.get(i + 1).copied().unwrap_or(BOUNDARY);
            let l = if left == BOUNDARY {
                Some(2 * n_ctx as u32)
            } else {
                Some(ctx_of[left as usize]).filter(|&c| c != u32::MAX)
            };
            let r = if right == BOUNDARY {
                Some(2 * n_ctx as u32 + 1)
            } else {
                Some(ctx_of[right as usize]).filter(|&c| c != u32::MAX).map(|c| c + n_ctx as u32)
            };
            pairs.extend(l.map(|d| (row, d)));
            pairs.extend(r.map(|d| (row, d)));
            if settings.window >= 2 {
                // The words two places away, inside the sentence, as dimensions of their own.
                let base = 2 * n_ctx as u32 + 2;
                if left != BOUNDARY && i >= 2 && self.text[i - 2] != BOUNDARY {
                    let c = ctx_of[self.text[i - 2] as usize];
                    if c != u32::MAX {
                        pairs.push((row, base + c));
                    }
                }
                if right != BOUNDARY
                    && let Some(&w2) = self.text.get(i + 2).filter(|&&w2| w2 != BOUNDARY)
                {
                    let c = ctx_of[w2 as usize];
                    if c != u32::MAX {
                        pairs.push((row, base + n_ctx as u32 + c));
                    }
                }
            }
        }
        pairs.sort_unstable();
        // Sparse rows: (dim, count), then weighted by PPMI and normalised.
        let mut row_start = vec![0usize; vocab.len() + 1];
        let mut entries: Vec<(u32, f32)> = Vec::new();
        let mut row_total = vec![0f64; vocab.len()];
        let mut dim_total = vec![0f64; dims];
        let mut k = 0;
        for row in 0..vocab.len() {
            row_start[row] = entries.len();
            while k < pairs.len() && pairs[k].0 as usize == row {
                let d = pairs[k].1;
                let mut c = 0;
                while k < pairs.len() && pairs[k] == (row as u32, d) {
                    c += 1;
                    k += 1;
                }
                entries.push((d, c as f32));
                row_total[row] += c as f64;
                dim_total[d as usize] += c as f64;
            }
        }
        row_start[vocab.len()] = entries.len();
        let total: f64 = row_total.iter().sum();
        for row in 0..vocab.len() {
            let span = &mut entries[row_start[row]..row_start[row + 1]];
            let mut norm = 0f32;
            for (d, v) in span.iter_mut() {
                let pmi = ((*v as f64) * total / (row_total[row] * dim_total[*d as usize])).ln();
                *v = pmi.max(0.0) as f32;
                norm += *v * *v;
            }
            let norm = norm.sqrt().max(1e-9);
            span.iter_mut().for_each(|(_, v)| *v /= norm);
        }
        let row = |r: usize| &entries[row_start[r]..row_start[r + 1]];

        // Fine classes: spherical k-means over the word vectors.
        let fine = settings.fine;
        let mut rng = SplitMix64::new(settings.seed);
        let (assign, centroids) = kmeans(&row, vocab.len(), dims, fine, settings.iterations, &mut rng);
        // A second, independent clustering with a different number of classes: one k-means
        // result depends a good deal on its seeds, and two views of the same words disagree
        // where either is unsure, which the learner can weigh.
        let other = (settings.other > 0)
            .then(|| kmeans(&row, vocab.len(), dims, settings.other, settings.iterations, &mut rng).0);

        // Coarse classes: k-means over the fine centroids.
        let coarse = settings.coarse.clamp(1, fine);
        let mut coarse_centroids = vec![0f32; coarse * dims];
        let mut picked: Vec<usize> = (0..fine).collect();
        rng.shuffle(&mut picked);
        for (c, &f) in picked.iter().take(coarse).enumerate() {
            coarse_centroids[c * dims..(c + 1) * dims].copy_from_slice(&centroids[f * dims..(f + 1) * dims]);
        }
        let mut coarse_of = vec![0u16; fine];
        for _ in 0..settings.iterations.max(1) {
            for (f, a) in coarse_of.iter_mut().enumerate() {
                let cen = &centroids[f * dims..(f + 1) * dims];
                let mut best = (f32::NEG_INFINITY, 0usize);
                for c in 0..coarse {
                    let s: f32 = coarse_centroids[c * dims..(c + 1) * dims].iter().zip(cen).map(|(a, b)| a * b).sum();
                    if s > best.0 {
                        best = (s, c);
                    }
                }
                *a = best.1 as u16;
            }
            coarse_centroids.iter_mut().for_each(|v| *v = 0.0);
            for (f, &a) in coarse_of.iter().enumerate() {
                for d in 0..dims {
                    coarse_centroids[a as usize * dims + d] += centroids[f * dims + d];
                }
            }
            normalise_rows(&mut coarse_centroids, dims);
        }

        let mut classes = KeyMap::default();
        for (r, &w) in vocab.iter().enumerate() {
            let f = assign[r];
            let o = other.as_ref().map_or(0, |o| o[r] + 1);
            classes.insert(crate::features::word_key(&self.words[w as usize]), [f + 1, coarse_of[f as usize] + 1, o]);
        }
        WordClusters { classes, second: other.is_some() }
    }
}

/// Spherical k-means of `n` unit rows into `k` classes, seeded with `k` rows drawn uniformly (so
/// seeds fall where words are dense, not on outliers); returns each row's class and the centroids.
fn kmeans<'a>(
    row: &impl Fn(usize) -> &'a [(u32, f32)],
    n: usize,
    dims: usize,
    k: usize,
    iterations: usize,
    rng: &mut SplitMix64,
) -> (Vec<u16>, Vec<f32>) {
    let k = k.clamp(1, n);
    let mut centroids = vec![0f32; k * dims];
    let mut picked: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut picked);
    for (c, &r) in picked.iter().take(k).enumerate() {
        for &(d, v) in row(r) {
            centroids[c * dims + d as usize] = v;
        }
    }
    let mut assign = vec![0u16; n];
    for _ in 0..iterations.max(1) {
        for (r, a) in assign.iter_mut().enumerate() {
            let entries = row(r);
            let mut best = (f32::NEG_INFINITY, 0usize);
            for c in 0..k {
                let cen = &centroids[c * dims..(c + 1) * dims];
                let s: f32 = entries.iter().map(|&(d, v)| v * cen[d as usize]).sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            *a = best.1 as u16;
        }
        centroids.iter_mut().for_each(|v| *v = 0.0);
        for (r, &a) in assign.iter().enumerate() {
            for &(d, v) in row(r) {
                centroids[a as usize * dims + d as usize] += v;
            }
        }
        normalise_rows(&mut centroids, dims);
    }
    (assign, centroids)
}

fn normalise_rows(m: &mut [f32], dims: usize) {
    for row in m.chunks_mut(dims) {
        let norm = row.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            row.iter_mut().for_each(|v| *v /= norm);
        }
    }
}

impl WordClusters {
    /// Number of words with a class.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// True when no word has a class (a model trained without clusters).
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// True when words have a class in a second clustering.
    pub(crate) fn has_second(&self) -> bool {
        self.second
    }

    /// Classes of the word with hash `key` (see `features::word_key`); zeros if none.
    pub(crate) fn get(&self, key: u64) -> [u16; 3] {
        self.classes.get(&key).copied().unwrap_or([0; 3])
    }

    /// The classes of a word (any case), for inspection: fine, coarse, second clustering.
    pub fn classes_of(&self, word: &str) -> Option<[u16; 3]> {
        self.classes.get(&crate::features::word_key(&word.to_lowercase())).copied()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        let mut items: Vec<(u64, [u16; 3])> = self.classes.iter().map(|(&k, &v)| (k, v)).collect();
        items.sort_unstable();
        w.u32(items.len() as u32);
        for (k, classes) in items {
            w.u64(k);
            classes.iter().for_each(|&c| w.u16(c));
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<WordClusters, crate::NerError> {
        let n = r.u32()? as usize;
        let mut classes = KeyMap::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            classes.insert(k, [r.u16()?, r.u16()?, r.u16()?]);
        }
        let second = classes.values().any(|c| c[2] != 0);
        Ok(WordClusters { classes, second })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut b = ClusterBuilder::new();
        let cities = ["paris", "rome", "madrid", "vienna"];
        let people = ["alice", "bob", "carol", "dave"];
        for i in 0..200 {
            let city = cities[i % 4];
            let person = people[(i / 4) % 4];
            b.add_sentence(&["i", "flew", "to", city, "yesterday", "."]);
            b.add_sentence(&["we", "live", "in", city, "now", "."]);
            b.add_sentence(&[person, "said", "that", "it", "rained", "."]);
            b.add_sentence(&["then", person, "said", "hello", "."]);
        }
        let settings = ClusterSettings { fine: 8, coarse: 2, other: 3, contexts: 50, ..ClusterSettings::default() };
        let c = b.build(&settings);
        let class = |w: &str| c.classes_of(w).expect("frequent words have a class")[0];
        assert_eq!(class("paris"), class("madrid"));
        assert_eq!(class("alice"), class("dave"));
        assert_ne!(class("paris"), class("alice"));
        assert_eq!(c.classes_of("unseen"), None);
    }
}
