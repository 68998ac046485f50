//! Beam search over label sequences, for tagging and for global (max-violation) training.
//!
//! A greedy tagger commits to each word's label before it has scored the next one, so one early
//! mistake ("that" as a pronoun instead of a subordinator) feeds wrong left context to every later
//! decision. The beam keeps the `k` best partial sequences instead. Because the dynamic features
//! look at the two labels to the left, two partial sequences that end in the same two labels have
//! the same future; only the better of them is kept, which leaves the beam's room to real
//! alternatives.
//!
//! Training with a beam must be *global*: a per-word update cannot teach the model that a
//! sequence as a whole should win. [`search`] therefore also follows the gold sequence's prefix
//! scores and reports the position where the best wrong prefix beats the gold prefix by the most
//! (the *max-violation* point of Huang, Fayong and Guo, 2012); the caller updates the perceptron
//! on the two prefixes up to there.

use crate::dict::TagDict;
use crate::features::{self, Atoms, Context};

/// One partial sequence in the beam, as its last label and a pointer to the sequence it extends.
#[derive(Clone, Copy, Debug)]
struct Item {
    score: f32,
    label: u16,
    /// The label before `label` (for recognising equal states).
    prev_label: u16,
    /// Index of the extended item in the previous position's beam (`u16::MAX` at the start).
    back: u16,
    /// The sequence equals the gold prefix (training only).
    gold: bool,
}

const NONE: u16 = u16::MAX;

/// Reusable buffers and the beams of the last search.
#[derive(Debug, Default)]
pub(crate) struct Beam {
    /// Items of every position, best first: position `i` is `items[starts[i]..starts[i + 1]]`.
    items: Vec<Item>,
    starts: Vec<usize>,
    next: Vec<Item>,
    feats: Vec<u64>,
    scores: Vec<f32>,
    /// Gold prefix score up to each position (training only).
    gold_scores: Vec<f32>,
}

/// What one search needs besides the scorer.
pub(crate) struct Input<'a> {
    pub atoms: &'a [Atoms],
    pub dict: &'a TagDict,
    pub n_labels: usize,
    pub width: usize,
    /// Static (word) scores: position `i`'s labels are `stat[i * stride + offset..][..n_labels]`.
    pub stat: &'a [f32],
    pub stride: usize,
    pub offset: usize,
    /// The previous pass's labels, for a second pass.
    pub prev: Option<&'a [u16]>,
    /// The gold labels, when training.
    pub gold: Option<&'a [u16]>,
}

impl Beam {
    fn step(&self, i: usize) -> &[Item] {
        &self.items[self.starts[i]..self.starts[i + 1]]
    }

    /// The labels of the sequence ending in item `j` of position `i`, written to `out[..=i]`.
    fn backtrack(&self, mut i: usize, mut j: usize, out: &mut Vec<u16>) {
        out.clear();
        out.resize(i + 1, 0);
        loop {
            let item = self.step(i)[j];
            out[i] = item.label;
            if i == 0 || item.back == NONE {
                break;
            }
            j = item.back as usize;
            i -= 1;
        }
    }

    /// Find the best label sequence with beam width `k` and write it to `out`.
    ///
    /// `score(features, out)` must write the dynamic features' scores of every label into
    /// `out` (length [`Input::width`]; this pass's labels start at [`Input::offset`]).
    ///
    /// When `input.gold` is given, returns the max-violation position: the prefix length (minus
    /// one) at which the best wrong prefix beats the gold prefix by most, or `None` when the
    /// best sequence is the gold one. Sure words must carry their dictionary label in `gold`.
    pub(crate) fn search<S: FnMut(&[u64], &mut [f32])>(
        &mut self,
        input: &Input<'_>,
        k: usize,
        score: &mut S,
        out: &mut Vec<u16>,
    ) -> Option<usize> {
        let n = input.atoms.len();
        let k = k.clamp(1, NONE as usize - 1);
        self.items.clear();
        self.starts.clear();
        self.gold_scores.clear();
        self.scores.resize(input.width, 0.0);
        out.clear();
        if n == 0 {
            return None;
        }
        let mut gold_score = 0.0f32;
        for i in 0..n {
            let a = &input.atoms[i];
            let prev_range = if i == 0 { 0..1 } else { self.starts[i - 1]..self.items.len() };
            self.starts.push(self.items.len());
            self.next.clear();
            let stat = &input.stat[i * input.stride + input.offset..][..input.n_labels];
            let allowed = input.dict.allowed(a);
            let gold_label = input.gold.map(|g| g[i]);
            for (b, pi) in prev_range.enumerate() {
                let p = if i == 0 {
                    Item { score: 0.0, label: NONE, prev_label: NONE, back: NONE, gold: true }
                } else {
                    self.items[pi]
                };
                if let Some(l) = a.sure {
                    let back = if i == 0 { NONE } else { b as u16 };
                    let gold = p.gold && gold_label == Some(l);
                    insert(&mut self.next, k, Item { score: p.score, label: l, prev_label: p.label, back, gold });
                    continue;
                }
                let left = [label_value(p.label), label_value(p.prev_label)];
                self.feats.clear();
                let ctx = Context { left, prev: input.prev.map(|pr| features::prev_context(pr, i)) };
                features::dynamic_features(input.atoms, i, ctx, &mut self.feats);
                self.scores.fill(0.0);
                score(&self.feats, &mut self.scores);
                let dynamic = &self.scores[input.offset..input.offset + input.n_labels];
                let back = if i == 0 { NONE } else { b as u16 };
                for (l, (&d, &s)) in dynamic.iter().zip(stat).enumerate() {
                    if allowed.is_some_and(|m| !m[l]) {
                        continue;
                    }
                    let item = Item {
                        score: p.score + d + s,
                        label: l as u16,
                        prev_label: p.label,
                        back,
                        gold: p.gold && gold_label == Some(l as u16),
                    };
                    insert(&mut self.next, k, item);
                }
            }
            if self.next.is_empty() {
                // Nothing allowed (a constraint excluding every label): fall back to label 0.
                let back = if i == 0 { NONE } else { 0 };
                self.next.push(Item { score: 0.0, label: 0, prev_label: NONE, back, gold: false });
            }
            self.items.append(&mut self.next);

            if let Some(gold) = input.gold {
                // The gold prefix's own score, whether or not it is still in the beam.
                if a.sure.is_none() {
                    let left = [
                        if i >= 1 { features::tag_value(gold[i - 1]) } else { features::TAG_START },
                        if i >= 2 { features::tag_value(gold[i - 2]) } else { features::TAG_START },
                    ];
                    self.feats.clear();
                    let ctx = Context { left, prev: input.prev.map(|pr| features::prev_context(pr, i)) };
                    features::dynamic_features(input.atoms, i, ctx, &mut self.feats);
                    self.scores.fill(0.0);
                    score(&self.feats, &mut self.scores);
                    let g = gold[i] as usize;
                    if g < input.n_labels {
                        gold_score += self.scores[input.offset + g] + stat[g];
                    }
                }
                self.gold_scores.push(gold_score);
            }
        }
        self.starts.push(self.items.len());
        self.backtrack(n - 1, 0, out);

        input.gold?;
        if self.step(n - 1)[0].gold {
            return None;
        }
        let mut worst: Option<(usize, f32)> = None;
        for i in 0..n {
            let top = self.step(i)[0];
            if top.gold {
                continue;
            }
            let v = top.score - self.gold_scores[i];
            if worst.is_none_or(|(_, w)| v > w) {
                worst = Some((i, v));
            }
        }
        worst.map(|(i, _)| i)
    }

    /// The best sequence's labels up to position `i` (after a search).
    pub(crate) fn best_prefix(&self, i: usize, out: &mut Vec<u16>) {
        self.backtrack(i, 0, out);
    }
}

#[inline]
fn label_value(l: u16) -> u64 {
    if l == NONE { features::TAG_START } else { features::tag_value(l) }
}

/// Insert `c` into `next` (sorted best first, at most `k` long), keeping only the better of two
/// items that end in the same two labels.
#[inline]
fn insert(next: &mut Vec<Item>, k: usize, c: Item) {
    if next.len() == k && c.score <= next[k - 1].score {
        return;
    }
    if let Some(d) = next.iter().position(|x| x.label == c.label && x.prev_label == c.prev_label) {
        if next[d].score >= c.score {
            return;
        }
        next.remove(d);
    }
    let at = next.iter().position(|x| c.score > x.score).unwrap_or(next.len());
    next.insert(at, c);
    next.truncate(k);
}
