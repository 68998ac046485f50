//! The scoring table: the weights of every decoding pass stacked into one hash table.
//!
//! Both passes use the same ~50 word features, so after training their perceptron models are
//! merged: one probe per feature finds the weights of pass 1 (classes `0..n`) and pass 2 (classes
//! `n..2n`) together, and a word's word-feature scores for both passes cost one sweep. Each
//! weight is stored next to its class in one array, so reading a row touches one cache line
//! instead of two. Rebuilt from [`annals_perceptron::Model`]s after training; the model file
//! stores the table itself.

use crate::TaggerError;
use annals_perceptron::Model;
use annals_perceptron::codec::{ByteReader, ByteWriter};

const MAGIC: &[u8; 8] = b"ANNLSTT1";

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// One weight and its class (class ids of pass `p` are offset by `p * n_labels`).
#[derive(Clone, Copy, Debug)]
struct Cell {
    class: u32,
    weight: f32,
}

/// Stacked weights of all passes.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    n_labels: usize,
    n_passes: usize,
    mask: usize,
    slots: Vec<Slot>,
    cells: Vec<Cell>,
    n_features: usize,
}

impl Table {
    /// Stack the passes' models (each over `n_labels` classes).
    pub(crate) fn build(models: &[Model], n_labels: usize) -> Table {
        let mut rows: Vec<(u64, u32, f32)> = Vec::new();
        for (p, m) in models.iter().enumerate() {
            let offset = (p * n_labels) as u32;
            for (key, classes, weights) in m.rows() {
                rows.extend(classes.iter().zip(weights).map(|(&c, &w)| (key, offset + c as u32, w)));
            }
        }
        rows.sort_unstable_by_key(|r| (r.0, r.1));
        let mut keys: Vec<(u64, u32)> = Vec::new();
        let mut cells = Vec::with_capacity(rows.len());
        for (key, class, weight) in rows {
            match keys.last_mut() {
                Some((k, n)) if *k == key => *n += 1,
                _ => keys.push((key, 1)),
            }
            cells.push(Cell { class, weight });
        }
        Table::assemble(n_labels, models.len(), &keys, cells)
    }

    fn assemble(n_labels: usize, n_passes: usize, keys: &[(u64, u32)], cells: Vec<Cell>) -> Table {
        let capacity = (keys.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            n_labels,
            n_passes,
            mask: capacity - 1,
            slots: vec![Slot::default(); capacity],
            cells,
            n_features: keys.len(),
        };
        let mut start = 0u32;
        for &(key, len) in keys {
            let mut i = key as usize & t.mask;
            while t.slots[i].key != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = Slot { key, start, len };
            start += len;
        }
        t
    }

    /// Number of passes stacked.
    pub(crate) fn n_passes(&self) -> usize {
        self.n_passes
    }

    /// Width of a score vector: labels times passes.
    pub(crate) fn width(&self) -> usize {
        self.n_labels * self.n_passes
    }

    /// Number of features with weights.
    pub(crate) fn n_features(&self) -> usize {
        self.n_features
    }

    /// Number of weights.
    pub(crate) fn n_weights(&self) -> usize {
        self.cells.len()
    }

    /// Add the scores of `features` for every pass's labels into `out` (length [`Table::width`]).
    ///
    /// Scoring is bound by memory latency, not arithmetic: each feature costs a cache miss in the
    /// slot array and another in the weights. So the slots of a batch of features are looked up
    /// first, with no dependency between the lookups, letting the processor overlap the misses,
    /// and only then are the weight rows read.
    #[inline]
    pub(crate) fn add(&self, features: &[u64], out: &mut [f32]) {
        const BATCH: usize = 16;
        let mut rows = [(0u32, 0u32); BATCH];
        for batch in features.chunks(BATCH) {
            let mut found = 0;
            for &f in batch {
                if let Some(s) = self.find(f) {
                    rows[found] = (s.start, s.len);
                    found += 1;
                }
            }
            for &(start, len) in &rows[..found] {
                for c in &self.cells[start as usize..(start + len) as usize] {
                    if let Some(o) = out.get_mut(c.class as usize) {
                        *o += c.weight;
                    }
                }
            }
        }
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

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.raw(MAGIC);
        w.u32(self.n_labels as u32);
        w.u32(self.n_passes as u32);
        w.u32(self.n_features as u32);
        w.u32(self.cells.len() as u32);
        let mut used: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
        used.sort_unstable_by_key(|s| s.key);
        for s in &used {
            w.u64(s.key);
            w.u32(s.len);
        }
        for s in &used {
            for c in &self.cells[s.start as usize..(s.start + s.len) as usize] {
                w.u16(c.class as u16);
                w.f32(c.weight);
            }
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<Table, TaggerError> {
        let bad = |m: &str| TaggerError::Invalid(format!("weight table: {m}"));
        r.expect(MAGIC, "tagger weight table")?;
        let n_labels = r.u32()? as usize;
        let n_passes = r.u32()? as usize;
        let n_features = r.u32()? as usize;
        let n_cells = r.u32()? as usize;
        if !(1..=2).contains(&n_passes) || n_labels == 0 || n_labels * n_passes > u16::MAX as usize {
            return Err(bad("bad label or pass count"));
        }
        let keys_raw = r.take(n_features.checked_mul(12).ok_or_else(|| bad("feature count overflows"))?)?;
        let cells_raw = r.take(n_cells.checked_mul(6).ok_or_else(|| bad("weight count overflows"))?)?;
        let mut keys = Vec::with_capacity(n_features);
        let mut total = 0usize;
        for k in keys_raw.chunks_exact(12) {
            let key = u64::from_le_bytes(k[..8].try_into().expect("8 bytes"));
            let len = u32::from_le_bytes(k[8..].try_into().expect("4 bytes"));
            total += len as usize;
            if key == 0 || total > n_cells {
                return Err(bad("feature rows are inconsistent"));
            }
            keys.push((key, len));
        }
        if total != n_cells {
            return Err(bad("feature rows do not cover every weight"));
        }
        let width = (n_labels * n_passes) as u32;
        let mut cells = Vec::with_capacity(n_cells);
        for c in cells_raw.chunks_exact(6) {
            let class = u16::from_le_bytes([c[0], c[1]]) as u32;
            if class >= width {
                return Err(bad("a weight names a class beyond the label count"));
            }
            cells.push(Cell { class, weight: f32::from_le_bytes([c[2], c[3], c[4], c[5]]) });
        }
        Ok(Table::assemble(n_labels, n_passes, &keys, cells))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_perceptron::{FeatureHasher, Trainer};

    #[test]
    fn stacked_scores_equal_each_pass_alone() {
        let feats: Vec<u64> = (0..20).map(|i| FeatureHasher::new(1).int(i).finish()).collect();
        let train = |shift: usize| {
            let mut t = Trainer::new(3);
            for (i, f) in feats.iter().enumerate() {
                t.update(&feats[..=i], (i + shift) % 3, (i + shift + 1) % 3);
                t.update(&[*f], i % 3, (i + 2) % 3);
                t.step();
            }
            t.finish(0.0)
        };
        let (a, b) = (train(0), train(1));
        let table = Table::build(&[a.clone(), b.clone()], 3);
        let mut w = ByteWriter::new();
        table.write(&mut w);
        let back = Table::read(&mut ByteReader::new(&w.buf)).expect("reads");
        for t in [&table, &back] {
            let mut out = vec![0.0; 6];
            t.add(&feats[3..9], &mut out);
            let (mut sa, mut sb) = (vec![0.0; 3], vec![0.0; 3]);
            a.scores(&feats[3..9], &mut sa);
            b.scores(&feats[3..9], &mut sb);
            for k in 0..3 {
                assert!((out[k] - sa[k]).abs() < 1e-5 && (out[3 + k] - sb[k]).abs() < 1e-5, "{out:?} {sa:?} {sb:?}");
            }
        }
        for cut in [0, 10, w.buf.len() - 1] {
            assert!(Table::read(&mut ByteReader::new(&w.buf[..cut])).is_err());
        }
    }
}
