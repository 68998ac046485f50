//! The frozen model: an open-addressing table from feature hash to `(class, weight)` runs.

use crate::ModelError;
use crate::codec::{ByteReader, ByteWriter};

const MAGIC: &[u8; 8] = b"ANNLSAP1";

/// One table slot: a feature hash (0 = empty) and where its weights are.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// An averaged-perceptron model ready for scoring.
#[derive(Clone, Debug)]
pub struct Model {
    n_classes: usize,
    mask: usize,
    slots: Vec<Slot>,
    classes: Vec<u16>,
    weights: Vec<f32>,
    n_features: usize,
}

impl Model {
    /// Build from per-feature rows of `(class, weight)`.
    pub(crate) fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        let n_features = rows.len();
        let capacity = (n_features * 2).next_power_of_two().max(16);
        let mut model = Model {
            n_classes,
            mask: capacity - 1,
            slots: vec![Slot::default(); capacity],
            classes: Vec::with_capacity(rows.iter().map(|r| r.1.len()).sum()),
            weights: Vec::new(),
            n_features,
        };
        model.weights.reserve(model.classes.capacity());
        for (key, row) in rows {
            let start = model.classes.len() as u32;
            for (c, w) in row {
                model.classes.push(c);
                model.weights.push(w);
            }
            let len = model.classes.len() as u32 - start;
            model.insert(Slot { key, start, len });
        }
        model
    }

    fn insert(&mut self, slot: Slot) {
        let mut i = slot.key as usize & self.mask;
        while self.slots[i].key != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = slot;
    }

    #[inline]
    fn find(&self, key: u64) -> Option<Slot> {
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Number of stored weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    /// Every feature with its classes and weights, in key order. For learners that compile the
    /// trained weights into a layout of their own (e.g. quantised for speed).
    pub fn rows(&self) -> impl Iterator<Item = (u64, &[u16], &[f32])> + '_ {
        let mut used: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
        used.sort_unstable_by_key(|s| s.key);
        used.into_iter().map(move |s| {
            let r = s.start as usize..(s.start + s.len) as usize;
            (s.key, &self.classes[r.clone()], &self.weights[r])
        })
    }

    /// Add the scores of every class for `features` into `out` (length `n_classes`), after
    /// zeroing it.
    #[inline]
    pub fn scores(&self, features: &[u64], out: &mut [f32]) {
        out.fill(0.0);
        self.add_scores(features, out);
    }

    /// Add the scores of every class for `features` into `out` without zeroing it first.
    #[inline]
    pub fn add_scores(&self, features: &[u64], out: &mut [f32]) {
        for &f in features {
            if let Some(s) = self.find(f) {
                let r = s.start as usize..(s.start + s.len) as usize;
                for (&c, &w) in self.classes[r.clone()].iter().zip(&self.weights[r]) {
                    if let Some(o) = out.get_mut(c as usize) {
                        *o += w;
                    }
                }
            }
        }
    }

    /// The best class for `features`, among `allowed` classes if given.
    pub fn predict(&self, features: &[u64], allowed: Option<&[bool]>, scratch: &mut Vec<f32>) -> usize {
        scratch.resize(self.n_classes, 0.0);
        self.scores(features, scratch);
        crate::argmax(scratch, allowed)
    }

    /// Append the model to `w`.
    pub fn write(&self, w: &mut ByteWriter) {
        w.raw(MAGIC);
        w.u32(self.n_classes as u32);
        w.u32(self.n_features as u32);
        w.u32(self.weights.len() as u32);
        // Slots in key order so identical models give identical bytes.
        let mut used: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
        used.sort_unstable_by_key(|s| s.key);
        for s in &used {
            w.u64(s.key);
            w.u32(s.len);
        }
        for s in &used {
            for i in s.start..s.start + s.len {
                w.u16(self.classes[i as usize]);
            }
        }
        for s in &used {
            for i in s.start..s.start + s.len {
                w.f32(self.weights[i as usize]);
            }
        }
    }

    /// Read a model written by [`Model::write`].
    pub fn read(r: &mut ByteReader<'_>) -> Result<Model, ModelError> {
        r.expect(MAGIC, "perceptron model")?;
        let n_classes = r.u32()? as usize;
        let n_features = r.u32()? as usize;
        let n_weights = r.u32()? as usize;
        let keys =
            r.take(n_features.checked_mul(12).ok_or_else(|| ModelError::Invalid("feature count overflows".into()))?)?;
        let classes_raw =
            r.take(n_weights.checked_mul(2).ok_or_else(|| ModelError::Invalid("weight count overflows".into()))?)?;
        let weights_raw = r.take(n_weights * 4)?;
        let classes: Vec<u16> = classes_raw.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(ModelError::Invalid("a weight names a class beyond the class count".into()));
        }
        let weights: Vec<f32> =
            weights_raw.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let capacity = (n_features * 2).next_power_of_two().max(16);
        let mut model = Model {
            n_classes,
            mask: capacity - 1,
            slots: vec![Slot::default(); capacity],
            classes,
            weights,
            n_features,
        };
        let mut start = 0u32;
        for k in keys.chunks_exact(12) {
            let key = u64::from_le_bytes(k[..8].try_into().expect("8 bytes"));
            let len = u32::from_le_bytes(k[8..].try_into().expect("4 bytes"));
            if key == 0 || start as usize + len as usize > n_weights {
                return Err(ModelError::Invalid("feature table is inconsistent".into()));
            }
            model.insert(Slot { key, start, len });
            start += len;
        }
        if start as usize != n_weights {
            return Err(ModelError::Invalid("feature table does not cover every weight".into()));
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FeatureHasher, Trainer};

    #[test]
    fn write_read_round_trip_scores_identically() {
        let mut t = Trainer::new(3);
        let feats: Vec<Vec<u64>> = (0..50)
            .map(|i| vec![FeatureHasher::new(1).int(i % 13).finish(), FeatureHasher::new(2).int(i % 5).finish()])
            .collect();
        for (i, f) in feats.iter().enumerate() {
            t.update(f, i % 3, (i + 1) % 3);
            t.step();
        }
        let m = t.finish(0.0);
        let mut w = ByteWriter::new();
        m.write(&mut w);
        let back = Model::read(&mut ByteReader::new(&w.buf)).expect("reads");
        let (mut a, mut b) = (vec![0.0; 3], vec![0.0; 3]);
        for f in &feats {
            m.scores(f, &mut a);
            back.scores(f, &mut b);
            assert_eq!(a, b);
        }
        assert_eq!(back.n_weights(), m.n_weights());
    }

    #[test]
    fn rows_list_every_weight_once() {
        let mut t = Trainer::new(3);
        let f = [FeatureHasher::new(1).finish(), FeatureHasher::new(2).finish()];
        t.update(&f, 0, 1);
        t.update(&f[..1], 2, 1);
        let m = t.finish(0.0);
        let rows: Vec<_> = m.rows().collect();
        assert_eq!(rows.len(), 2);
        assert!(rows.windows(2).all(|w| w[0].0 < w[1].0), "key order");
        assert_eq!(rows.iter().map(|r| r.1.len()).sum::<usize>(), m.n_weights());
        let (_, classes, weights) = rows.iter().find(|r| r.0 == f[0]).expect("feature kept");
        assert_eq!(*classes, &[0u16, 1, 2][..]);
        assert_eq!(*weights, &[1.0f32, -2.0, 1.0][..]);
    }

    #[test]
    fn truncated_file_is_an_error_not_a_panic() {
        let mut t = Trainer::new(2);
        t.update(&[FeatureHasher::new(1).finish()], 0, 1);
        let mut w = ByteWriter::new();
        t.finish(0.0).write(&mut w);
        for cut in 0..w.buf.len() {
            assert!(Model::read(&mut ByteReader::new(&w.buf[..cut])).is_err());
        }
    }
}
