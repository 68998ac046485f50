//! The compiled weight table used at parse time.
//!
//! Parsing is bound by memory latency, not arithmetic: each configuration looks up about a
//! hundred features scattered over tens of megabytes. The trainer's [`annals_perceptron::Model`]
//! needs three dependent cache misses per feature (slot, classes, weights); this table needs one:
//!
//! - weights are quantised to `i16` with one scale for the whole model (the averaged weights
//!   span a few orders of magnitude at most, far inside `i16` range at this resolution), and a
//!   class id and its weight are packed in one `u32`;
//! - each 16-byte slot holds the feature's full 64-bit hash and either its weights (for the two
//!   thirds of features that have at most two) or where its row starts and how long it is in a
//!   side array (the longer rows belong to frequent features, which stay in cache). Feature hashes
//!   always have their lowest bit set, so that bit is free to say which of the two a slot holds;
//! - a table with at most four classes (the move classifier) keeps every row in its slot as four
//!   `i16`s, so each feature costs exactly one cache line;
//! - the longest rows (tag-only features that fire in nearly every configuration and carry a
//!   weight for most transitions) are stored dense, one `i16` per class, and added with a loop
//!   the compiler vectorises instead of one scattered add per entry;
//! - lookups run in passes: first every feature's home slot is copied out, a loop with no
//!   branches so the processor keeps many misses in flight; then the copies are resolved; then
//!   one value in every cache line of the rows kept outside their slots is read, again as
//!   independent loads; only then are the rows added, from cache (the third pass alone made
//!   parsing 5–7 % faster: without it each row's miss was waited for in turn).

use annals_perceptron::codec::{ByteReader, ByteWriter};
use annals_perceptron::{Model, ModelError};

/// One open-addressing slot; `data == [0, 0]` marks an empty one (a stored entry is never 0,
/// because zero weights are not stored, and a row kept outside its slot has at least 3 entries).
///
/// Rows come in three kinds: inline (bit 0 of `lo` set, at most [`INLINE`] entries), sparse
/// (`data` = offset and length in `sparse`) and dense (`data` = offset in `dense` and the entry
/// count with [`DENSE`] set).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// High half of the feature hash.
    hi: u32,
    /// Low half of the feature hash, with bit 0 (always 1 in a hash) set for an inline row and
    /// clear for a row kept outside the slot.
    lo: u32,
    /// Inline: up to two packed entries (an unused one is 0). Otherwise: where the row is.
    data: [u32; 2],
}

impl Slot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.data == [0, 0]
    }

    #[inline]
    fn key(&self) -> u64 {
        (self.hi as u64) << 32 | (self.lo | 1) as u64
    }
}

/// Rows this long or shorter are stored inside their slot.
const INLINE: usize = 2;
/// Rows longer than this are stored dense.
const DENSE_MIN: usize = 16;
/// Marks a dense row in the length word of a slot.
const DENSE: u32 = 1 << 31;
/// Tables with at most this many classes keep every row in its slot, one `i16` per class.
const TINY: usize = 4;
/// Features looked up per pass; a configuration has about a hundred.
const CHUNK: usize = 32;

#[inline]
fn pack(class: u16, q: i16) -> u32 {
    (class as u32) << 16 | q as u16 as u32
}

#[inline]
fn home(key: u64, mask: usize) -> usize {
    (key >> 1) as usize & mask
}

/// A quantised, read-only feature → weights table.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    n_classes: usize,
    /// A stored weight `q` stands for `q * scale`.
    scale: f32,
    mask: usize,
    slots: Vec<Slot>,
    /// Packed entries of sparse rows.
    sparse: Vec<u32>,
    /// Dense rows, `n_classes` weights each.
    dense: Vec<i16>,
    n_weights: usize,
}

impl Table {
    /// Compile a trained model; weights that quantise to zero are dropped.
    pub(crate) fn build(model: &Model) -> Table {
        Table::build_rows(model.n_classes(), || model.rows())
    }

    /// Compile rows of `(feature, classes, weights)` (`rows` is called twice).
    pub(crate) fn build_rows<'a, I: Iterator<Item = (u64, &'a [u16], &'a [f32])>>(
        n_classes: usize,
        rows: impl Fn() -> I,
    ) -> Table {
        let max = rows().flat_map(|(_, _, w)| w.iter()).fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / i16::MAX as f32 } else { 1.0 };
        let quantised = rows().filter_map(|(key, classes, weights)| {
            let entries: Vec<u32> = classes
                .iter()
                .zip(weights)
                .filter_map(|(&c, &w)| {
                    let q = (w / scale).round().clamp(-(i16::MAX as f32), i16::MAX as f32) as i16;
                    (q != 0).then(|| pack(c, q))
                })
                .collect();
            (!entries.is_empty()).then_some((key, entries))
        });
        let rows: Vec<(u64, Vec<u32>)> = quantised.collect();
        Table::from_rows(n_classes, scale, rows.iter().map(|(k, e)| (*k, e.as_slice())), rows.len())
    }

    /// Build from rows of packed entries (each non-empty, keys distinct and odd).
    fn from_rows<'a>(
        n_classes: usize,
        scale: f32,
        rows: impl Iterator<Item = (u64, &'a [u32])>,
        n_features: usize,
    ) -> Table {
        // Load factor between 3/8 and 3/4: short probe runs, mostly inside one cache line.
        let capacity = (n_features * 4 / 3 + 1).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        let mut sparse = Vec::new();
        let mut dense = Vec::new();
        let mut n_weights = 0;
        for (key, entries) in rows {
            n_weights += entries.len();
            let (hi, lo) = ((key >> 32) as u32, key as u32 | 1);
            let slot = if n_classes <= TINY {
                let mut lanes = [0u16; TINY];
                for &e in entries {
                    if let Some(l) = lanes.get_mut((e >> 16) as usize) {
                        *l = e as u16;
                    }
                }
                let data = [lanes[0] as u32 | (lanes[1] as u32) << 16, lanes[2] as u32 | (lanes[3] as u32) << 16];
                Slot { hi, lo, data }
            } else if entries.len() <= INLINE {
                Slot { hi, lo, data: [entries[0], entries.get(1).copied().unwrap_or(0)] }
            } else if entries.len() <= DENSE_MIN {
                let at = sparse.len() as u32;
                sparse.extend_from_slice(entries);
                Slot { hi, lo: lo & !1, data: [at, entries.len() as u32] }
            } else {
                let at = dense.len() as u32;
                dense.resize(dense.len() + n_classes, 0);
                for &e in entries {
                    if let Some(w) = dense.get_mut(at as usize + (e >> 16) as usize) {
                        *w = e as u16 as i16;
                    }
                }
                Slot { hi, lo: lo & !1, data: [at, entries.len() as u32 | DENSE] }
            };
            let mut i = home(key, mask);
            while !slots[i].is_empty() {
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
        Table { n_classes, scale, mask, slots, sparse, dense, n_weights }
    }

    /// A copy without the weights whose magnitude is below `min_weight` (features left with no
    /// weight disappear).
    pub(crate) fn pruned(&self, min_weight: f32) -> Table {
        let min_q = (min_weight / self.scale).round() as i32;
        let start = self.slots.iter().position(Slot::is_empty).map_or(0, |e| e + 1);
        let rows: Vec<(u64, Vec<u32>)> = (0..self.slots.len())
            .map(|k| &self.slots[(start + k) & self.mask])
            .filter(|s| !s.is_empty())
            .map(|s| {
                let kept = self.entries(s).into_iter().filter(|&e| (e as u16 as i16 as i32).abs() >= min_q).collect();
                (s.key(), kept)
            })
            .filter(|(_, e): &(u64, Vec<u32>)| !e.is_empty())
            .collect();
        Table::from_rows(self.n_classes, self.scale, rows.iter().map(|(k, e)| (*k, e.as_slice())), rows.len())
    }

    /// Number of features with at least one weight.
    pub(crate) fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| !s.is_empty()).count()
    }

    /// Number of classes.
    pub(crate) fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of stored weights.
    pub(crate) fn n_weights(&self) -> usize {
        self.n_weights
    }

    /// The packed entries of a slot's row.
    fn entries(&self, slot: &Slot) -> Vec<u32> {
        if self.n_classes <= TINY {
            let lanes =
                [slot.data[0] as u16, (slot.data[0] >> 16) as u16, slot.data[1] as u16, (slot.data[1] >> 16) as u16];
            lanes.iter().enumerate().filter(|&(_, &w)| w != 0).map(|(c, &w)| pack(c as u16, w as i16)).collect()
        } else if slot.lo & 1 == 1 {
            slot.data.iter().copied().filter(|&e| e != 0).collect()
        } else if slot.data[1] & DENSE == 0 {
            let (start, len) = (slot.data[0] as usize, slot.data[1] as usize);
            self.sparse.get(start..start + len).unwrap_or(&[]).to_vec()
        } else {
            let start = slot.data[0] as usize;
            let row = self.dense.get(start..start + self.n_classes).unwrap_or(&[]);
            row.iter().enumerate().filter(|&(_, &w)| w != 0).map(|(c, &w)| pack(c as u16, w)).collect()
        }
    }

    /// Add the row of a (non-empty) slot to `out`.
    #[inline]
    fn add_row(&self, slot: &Slot, out: &mut [i32]) {
        let scatter = |entries: &[u32], out: &mut [i32]| {
            for &e in entries {
                if let Some(o) = out.get_mut((e >> 16) as usize) {
                    *o += (e as u16 as i16) as i32;
                }
            }
        };
        if self.n_classes <= TINY {
            let lanes =
                [slot.data[0] as i16, (slot.data[0] >> 16) as i16, slot.data[1] as i16, (slot.data[1] >> 16) as i16];
            for (o, &w) in out.iter_mut().zip(&lanes) {
                *o += w as i32;
            }
        } else if slot.lo & 1 == 1 {
            let len = if slot.data[1] == 0 { 1 } else { 2 };
            scatter(&slot.data[..len], out);
        } else if slot.data[1] & DENSE == 0 {
            let (start, len) = (slot.data[0] as usize, slot.data[1] as usize);
            scatter(self.sparse.get(start..start + len).unwrap_or(&[]), out);
        } else {
            let start = slot.data[0] as usize;
            let row = self.dense.get(start..start + self.n_classes).unwrap_or(&[]);
            for (o, &w) in out.iter_mut().zip(row) {
                *o += w as i32;
            }
        }
    }

    /// Scores of every class for `features` (in units of the quantisation step), written into
    /// `out` (length [`Table::n_classes`]).
    #[inline]
    pub(crate) fn scores(&self, features: &[u64], out: &mut [i32]) {
        out.fill(0);
        let mut first = [Slot::default(); CHUNK];
        for chunk in features.chunks(CHUNK) {
            // Pass 1: independent loads, so their cache misses overlap.
            for (dst, &f) in first.iter_mut().zip(chunk) {
                *dst = self.slots[home(f, self.mask)];
            }
            // Pass 2: resolve each lookup, probing further only on a collision.
            let mut found = 0;
            for (k, &f) in chunk.iter().enumerate() {
                let mut slot = first[k];
                let mut i = home(f, self.mask);
                while !slot.is_empty() && slot.key() != f {
                    i = (i + 1) & self.mask;
                    slot = self.slots[i];
                }
                if !slot.is_empty() {
                    first[found] = slot;
                    found += 1;
                }
            }
            let found = &first[..found];
            // Pass 3: touch every cache line of the rows kept outside their slots, again as
            // independent loads, so that pass 4 finds them in cache instead of waiting for each
            // miss in turn.
            let mut touched = 0u32;
            for slot in found {
                touched ^= self.touch(slot);
            }
            std::hint::black_box(touched);
            // Pass 4: add the rows.
            for slot in found {
                self.add_row(slot, out);
            }
        }
    }

    /// Load one value from each cache line of a slot's row (nothing for an inline row).
    #[inline]
    fn touch(&self, slot: &Slot) -> u32 {
        if self.n_classes <= TINY || slot.lo & 1 == 1 {
            0
        } else if slot.data[1] & DENSE == 0 {
            self.sparse.get(slot.data[0] as usize).copied().unwrap_or(0)
        } else {
            let row = self.dense.get(slot.data[0] as usize..slot.data[0] as usize + self.n_classes).unwrap_or(&[]);
            row.iter().step_by(32).fold(0, |acc, &w| acc ^ w as u16 as u32)
        }
    }

    /// Append the table to `w`: class count, scale, then every row (full key, length, packed
    /// entries). Identical tables give identical bytes.
    pub(crate) fn write(&self, w: &mut ByteWriter) {
        // Rows go out in slot order, starting after an empty slot so that no probe run is cut in
        // two. Reading inserts them in that order, which rebuilds exactly this layout while
        // writing the slot array front to back: loading is a sequential pass, not a million
        // scattered cache misses.
        let start = self.slots.iter().position(Slot::is_empty).map_or(0, |e| e + 1);
        let used: Vec<(u64, Vec<u32>)> = (0..self.slots.len())
            .map(|k| &self.slots[(start + k) & self.mask])
            .filter(|s| !s.is_empty())
            .map(|s| (s.key(), self.entries(s)))
            .collect();
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(used.len() as u32);
        w.u32(self.n_weights as u32);
        for (key, entries) in &used {
            w.u64(*key);
            w.u16(entries.len() as u16);
        }
        for (_, entries) in &used {
            for &e in entries {
                w.u32(e);
            }
        }
    }

    /// Read a table written by [`Table::write`].
    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<Table, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n_features = r.u32()? as usize;
        let n_weights = r.u32()? as usize;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::Invalid(format!("weight scale {scale} is not a positive number")));
        }
        let invalid = |what: &str| ModelError::Invalid(format!("weight table: {what}"));
        let heads = r.take(n_features.checked_mul(10).ok_or_else(|| invalid("feature count overflows"))?)?;
        let body = r.take(n_weights.checked_mul(4).ok_or_else(|| invalid("weight count overflows"))?)?;
        let entries: Vec<u32> = body.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes || e as u16 == 0) {
            return Err(invalid("an entry names a class beyond the class count or has a zero weight"));
        }
        let mut rows = Vec::with_capacity(n_features);
        let mut at = 0usize;
        for h in heads.chunks_exact(10) {
            let key = u64::from_le_bytes(h[..8].try_into().expect("8 bytes"));
            let len = u16::from_le_bytes([h[8], h[9]]) as usize;
            if len == 0 || at + len > n_weights || key & 1 == 0 {
                return Err(invalid("rows are inconsistent"));
            }
            rows.push((key, at..at + len));
            at += len;
        }
        if at != n_weights {
            return Err(invalid("rows do not cover every weight"));
        }
        let rows = rows.into_iter().map(|(key, range)| (key, &entries[range]));
        Ok(Table::from_rows(n_classes, scale, rows, n_features))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> (Table, Vec<u64>) {
        let keys: Vec<u64> = (0..200u64).map(|i| annals_perceptron::FeatureHasher::new(9).int(i).finish()).collect();
        let classes: Vec<Vec<u16>> = (0..200).map(|i| (0..(i % 25 + 1) as u16).collect()).collect();
        let weights: Vec<Vec<f32>> =
            (0..200).map(|i| (0..i % 25 + 1).map(|c| (i * 7 + c) as f32 - 500.0).collect()).collect();
        let rows = || keys.iter().zip(&classes).zip(&weights).map(|((&k, c), w)| (k, c.as_slice(), w.as_slice()));
        (Table::build_rows(25, rows), keys)
    }

    #[test]
    fn scores_match_the_float_weights_to_quantisation_precision() {
        let (t, keys) = table();
        let mut out = vec![0; 25];
        for (i, &k) in keys.iter().enumerate() {
            t.scores(&[k], &mut out);
            for (c, &q) in out.iter().enumerate() {
                let expected = if c <= i % 25 { (i * 7 + c) as f32 - 500.0 } else { 0.0 };
                assert!((q as f32 * t.scale - expected).abs() < 0.05, "feature {i} class {c}");
            }
        }
        t.scores(&[3, 5], &mut out);
        assert_eq!(out, vec![0; 25], "unknown features score nothing");
    }

    #[test]
    fn tiny_tables_keep_rows_in_their_slots() {
        let keys: Vec<u64> = (0..50u64).map(|i| annals_perceptron::FeatureHasher::new(4).int(i).finish()).collect();
        let classes = [0u16, 1, 2];
        let weights: Vec<[f32; 3]> = (0..50).map(|i| [i as f32, -(i as f32), 0.5]).collect();
        let t = Table::build_rows(3, || keys.iter().zip(&weights).map(|(&k, w)| (k, &classes[..], &w[..])));
        assert!(t.sparse.is_empty() && t.dense.is_empty());
        let mut out = vec![0; 3];
        t.scores(&keys[7..8], &mut out);
        let scaled: Vec<f32> = out.iter().map(|&q| q as f32 * t.scale).collect();
        assert!((scaled[0] - 7.0).abs() < 0.01 && (scaled[1] + 7.0).abs() < 0.01 && (scaled[2] - 0.5).abs() < 0.01);
        let mut w = ByteWriter::new();
        t.write(&mut w);
        let back = Table::read(&mut ByteReader::new(&w.buf)).expect("reads");
        let mut again = vec![0; 3];
        back.scores(&keys[7..8], &mut again);
        assert_eq!(out, again);
    }

    #[test]
    fn write_read_round_trip() {
        let (t, keys) = table();
        let mut w = ByteWriter::new();
        t.write(&mut w);
        let back = Table::read(&mut ByteReader::new(&w.buf)).expect("reads");
        let (mut a, mut b) = (vec![0; 25], vec![0; 25]);
        t.scores(&keys, &mut a);
        back.scores(&keys, &mut b);
        assert_eq!(a, b);
        let mut again = ByteWriter::new();
        back.write(&mut again);
        assert_eq!(w.buf, again.buf);
        for cut in [0, 7, 20, w.buf.len() - 1] {
            assert!(Table::read(&mut ByteReader::new(&w.buf[..cut])).is_err());
        }
    }
}
