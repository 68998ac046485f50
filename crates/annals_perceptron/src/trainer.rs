//! Training: sparse per-feature weight rows with lazy averaging.

use crate::Model;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are already well-mixed hashes; hashing them again would only cost time.
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

pub(crate) type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// One weight of one feature for one class, with what lazy averaging needs.
#[derive(Clone, Copy, Debug)]
struct Cell {
    class: u16,
    weight: f32,
    /// Sum of this weight's value over all steps up to `stamp`.
    total: f64,
    /// Step at which `total` was last brought up to date.
    stamp: u64,
}

/// An averaged perceptron being trained.
///
/// Typical loop, per training instance: extract features, [`Trainer::predict`], then
/// [`Trainer::update`] with the gold class, then [`Trainer::step`]. [`Trainer::finish`] returns the
/// averaged [`Model`].
#[derive(Debug)]
pub struct Trainer {
    n_classes: usize,
    rows: FeatureMap<Vec<Cell>>,
    step: u64,
}

impl Trainer {
    /// A trainer for `n_classes` classes (at most 65,536).
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes > 0 && n_classes <= u16::MAX as usize + 1, "class count {n_classes} out of range");
        Trainer { n_classes, rows: FeatureMap::default(), step: 0 }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of distinct features seen in updates.
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// Current (not averaged) scores of every class for `features`, written into `out`
    /// (length `n_classes`).
    pub fn scores(&self, features: &[u64], out: &mut [f32]) {
        out.fill(0.0);
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for c in row {
                    out[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// The best class for `features` under the current weights, among `allowed` classes if given.
    pub fn predict(&self, features: &[u64], allowed: Option<&[bool]>, scratch: &mut Vec<f32>) -> usize {
        scratch.resize(self.n_classes, 0.0);
        self.scores(features, scratch);
        crate::argmax(scratch, allowed)
    }

    /// Standard perceptron update: reward `gold`, penalise `guess`. Does nothing when they agree.
    pub fn update(&mut self, features: &[u64], gold: usize, guess: usize) {
        if gold != guess {
            self.add(features, gold, 1.0);
            self.add(features, guess, -1.0);
        }
    }

    /// Add `delta` to the weight of `class` for every feature in `features` (for cost-sensitive
    /// or structured updates).
    pub fn add(&mut self, features: &[u64], class: usize, delta: f32) {
        debug_assert!(class < self.n_classes);
        let step = self.step;
        for &f in features {
            let row = self.rows.entry(f).or_default();
            let cell = match row.iter().position(|c| c.class as usize == class) {
                Some(i) => &mut row[i],
                None => {
                    row.push(Cell { class: class as u16, weight: 0.0, total: 0.0, stamp: step });
                    row.last_mut().expect("just pushed")
                }
            };
            cell.total += (step - cell.stamp) as f64 * cell.weight as f64;
            cell.stamp = step;
            cell.weight += delta;
        }
    }

    /// Mark the end of one training instance (advances the averaging clock).
    pub fn step(&mut self) {
        self.step += 1;
    }

    /// Number of instances seen so far.
    pub fn steps(&self) -> u64 {
        self.step
    }

    /// Freeze into a [`Model`] holding averaged weights. Weights whose averaged magnitude is below
    /// `min_weight` are dropped (0.0 keeps every non-zero weight).
    pub fn finish(&self, min_weight: f32) -> Model {
        let step = self.step.max(1);
        let mut features: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&key, row) in &self.rows {
            let mut kept: Vec<(u16, f32)> = row
                .iter()
                .map(|c| {
                    let total = c.total + (step - c.stamp) as f64 * c.weight as f64;
                    (c.class, (total / step as f64) as f32)
                })
                .filter(|&(_, w)| w != 0.0 && w.abs() >= min_weight)
                .collect();
            if !kept.is_empty() {
                kept.sort_unstable_by_key(|&(c, _)| c);
                features.push((key, kept));
            }
        }
        // Sorted so the same training run always writes the same bytes.
        features.sort_unstable_by_key(|(k, _)| *k);
        Model::from_rows(self.n_classes, features)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FeatureHasher, SplitMix64};

    /// Classes are the parity of a number: learnable from a "last digit" feature only.
    fn example(n: u64) -> (Vec<u64>, usize) {
        let feats = vec![
            FeatureHasher::new(0).int(n % 10).finish(),
            FeatureHasher::new(1).int(n % 7).finish(),
            FeatureHasher::new(2).finish(), // bias
        ];
        (feats, (n % 2) as usize)
    }

    #[test]
    fn learns_a_separable_problem_and_averages() {
        let mut t = Trainer::new(2);
        let mut rng = SplitMix64::new(7);
        let mut data: Vec<u64> = (0..200).collect();
        let mut scratch = Vec::new();
        for _ in 0..5 {
            rng.shuffle(&mut data);
            for &n in &data {
                let (f, gold) = example(n);
                let guess = t.predict(&f, None, &mut scratch);
                t.update(&f, gold, guess);
                t.step();
            }
        }
        let model = t.finish(0.0);
        let correct = (1000..1100)
            .filter(|&n| {
                let (f, gold) = example(n);
                model.predict(&f, None, &mut scratch) == gold
            })
            .count();
        assert_eq!(correct, 100);
    }

    #[test]
    fn averaged_weight_is_the_mean_over_steps() {
        let mut t = Trainer::new(2);
        let f = [FeatureHasher::new(0).finish()];
        // Weight of class 1 is 1.0 for steps 0..4, then 0 after step 4 of 8.
        t.add(&f, 1, 1.0);
        for _ in 0..4 {
            t.step();
        }
        t.add(&f, 1, -1.0);
        for _ in 0..4 {
            t.step();
        }
        let m = t.finish(0.0);
        let mut out = vec![0.0; 2];
        m.scores(&f, &mut out);
        assert!((out[1] - 0.5).abs() < 1e-6, "{out:?}");
    }
}
