//! Feature extraction: what the classifier sees of a configuration.
//!
//! The templates follow Zhang & Nivre (2011), adapted to arc-hybrid: in this system LEFT joins
//! the stack top `s0` to the buffer front `b0` and RIGHT joins `s0` to `s1`, so both pairs get the
//! full set of word/tag conjunctions, distances, valencies, outermost children and label sets.
//!
//! Every word is reduced once per sentence to three numbers ([`Attrs`]): a hash of its
//! normalised form (lower case, digits folded to `0`), of its Penn tag and of its UPOS tag.
//! A feature is then a template id and a few such numbers mixed by
//! [`annals_perceptron::FeatureHasher`], so extraction never touches a string or allocates.
//!
//! A model need not use every template ([`Templates`], stored in the model). Each template
//! costs one table lookup per configuration, and parsing speed is bound by those lookups; the
//! shipped recipe leaves out the ones that added nothing measurable on EWT dev once the others
//! were there (see `TrainConfig::skip_templates`).
//!
//! **Template ids are part of the model format**: renumbering them silently breaks every
//! committed model, so new templates take new ids.

use crate::system::{NONE, State};
use annals_doc::Upos;
use annals_perceptron::FeatureHasher;

/// One word reduced to feature values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attrs {
    /// Normalised form.
    pub(crate) w: u64,
    /// Penn tag.
    pub(crate) p: u64,
    /// Universal tag.
    pub(crate) u: u64,
    /// Last three characters of the normalised form.
    pub(crate) s: u64,
    /// Word shape: character classes (`X`, `x`, `d`, other characters as themselves), runs
    /// collapsed, e.g. `Xx` for `Moscow`, `X.X.` for `U.S.`.
    pub(crate) h: u64,
}

/// Values for a position that holds no word (empty stack, past the buffer end).
const ABSENT: Attrs = Attrs { w: 1, p: 1, u: 1, s: 1, h: 1 };
/// Values for the artificial root at the end of the buffer.
const ROOT: Attrs = Attrs { w: 2, p: 2, u: 2, s: 2, h: 2 };
/// Label value for a missing child.
const NO_LABEL: u64 = 1;

/// The words of one sentence as feature values, with the root appended.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    attrs: Vec<Attrs>,
    norm: String,
    shape: String,
}

impl Words {
    /// Start a new sentence.
    pub(crate) fn clear(&mut self) {
        self.attrs.clear();
    }

    /// Add the next word. Missing tags are allowed (they get a value of their own) so that a
    /// document with gaps is still parsed.
    pub(crate) fn push(&mut self, form: &str, xpos: Option<&str>, upos: Option<Upos>) {
        self.norm.clear();
        for c in form.chars() {
            if c.is_ascii_digit() {
                self.norm.push('0');
            } else if c.is_ascii() {
                self.norm.push(c.to_ascii_lowercase());
            } else {
                self.norm.extend(c.to_lowercase());
            }
        }
        let w = FeatureHasher::new(0).str(&self.norm).finish();
        let p = FeatureHasher::new(1).str(xpos.unwrap_or("_")).finish();
        let u = upos.map_or(3, |u| 10 + u.index() as u64);
        let tail = self.norm.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        let s = FeatureHasher::new(2).str(&self.norm[tail..]).finish();
        self.shape.clear();
        for c in form.chars() {
            let class = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if !self.shape.ends_with(class) {
                self.shape.push(class);
            }
        }
        let h = FeatureHasher::new(3).str(&self.shape).finish();
        self.attrs.push(Attrs { w, p, u, s, h });
    }

    /// Append the root; call after the last word.
    pub(crate) fn finish(&mut self) {
        self.attrs.push(ROOT);
    }

    /// Number of words, without the root.
    pub(crate) fn len(&self) -> usize {
        self.attrs.len().saturating_sub(1)
    }

    #[inline]
    fn at(&self, i: u32) -> Attrs {
        if i == NONE { ABSENT } else { self.attrs.get(i as usize).copied().unwrap_or(ABSENT) }
    }
}

/// The set of templates a model uses, one bit per template id.
///
/// Training can leave templates out: each one costs a table lookup per configuration, which is
/// what bounds parsing speed, and many add nothing once the others are there. The set is stored
/// in the model, so a model is always read with the features it was trained with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Templates([u64; 3]);

impl Templates {
    /// Every template (the layout of models from before the set was stored).
    pub(crate) const ALL: Templates = Templates([u64::MAX; 3]);

    /// Every template except those in `skip`.
    pub(crate) fn without(skip: &[u32]) -> Templates {
        let mut bits = Templates::ALL.0;
        for &t in skip {
            if let Some(word) = bits.get_mut(t as usize / 64) {
                *word &= !(1 << (t % 64));
            }
        }
        Templates(bits)
    }

    /// Whether template `t` is used.
    #[inline]
    pub(crate) fn has(&self, t: u32) -> bool {
        self.0.get(t as usize / 64).is_some_and(|w| w >> (t % 64) & 1 == 1)
    }

    /// The bits as stored in a model file.
    pub(crate) fn bits(&self) -> [u64; 3] {
        self.0
    }

    /// From the bits stored in a model file.
    pub(crate) fn from_bits(bits: [u64; 3]) -> Templates {
        Templates(bits)
    }
}

/// Distance between two positions, bucketed so that long distances share weights.
#[inline]
fn distance(a: u32, b: u32, n: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    if a == n || b == n {
        return 1;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => 2 + d as u64,
        5..=6 => 7,
        7..=9 => 8,
        _ => 9,
    }
}

#[inline]
fn get<T: Copy>(v: &[T], i: u32, default: T) -> T {
    if i == NONE { default } else { v.get(i as usize).copied().unwrap_or(default) }
}

/// Append the features of `state` from the templates in `templates` to `out` (after clearing it).
pub(crate) fn extract(state: &State, words: &Words, templates: &Templates, out: &mut Vec<u64>) {
    out.clear();
    let n = state.n;
    let (s0, s1, s2) = (state.s(0), state.s(1), state.s(2));
    let (b0, b1, b2) = (state.buf(0), state.buf(1), state.buf(2));
    let child = |v: &[u32], i: u32| get(v, i, NONE);
    let label = |i: u32| if i == NONE { NO_LABEL } else { 10 + get(&state.labels, i, 0) as u64 };

    let (s0l1, s0l2, s0r1, s0r2) =
        (child(&state.lc1, s0), child(&state.lc2, s0), child(&state.rc1, s0), child(&state.rc2, s0));
    let (s1l1, s1l2, s1r1, s1r2) =
        (child(&state.lc1, s1), child(&state.lc2, s1), child(&state.rc1, s1), child(&state.rc2, s1));
    let (b0l1, b0l2) = (child(&state.lc1, b0), child(&state.lc2, b0));

    let [a_s0, a_s1, a_s2, a_b0, a_b1, a_b2] = [s0, s1, s2, b0, b1, b2].map(|i| words.at(i));
    let [a_s0l1, a_s0l2, a_s0r1, a_s0r2, a_s1l1, a_s1l2, a_s1r1, a_s1r2, a_b0l1, a_b0l2] =
        [s0l1, s0l2, s0r1, s0r2, s1l1, s1l2, s1r1, s1r2, b0l1, b0l2].map(|i| words.at(i));

    let d0 = distance(s0, b0, n);
    let d1 = distance(s1, s0, n);
    let vl = |i: u32| get(&state.nl, i, 0) as u64;
    let vr = |i: u32| get(&state.nr, i, 0) as u64;
    let ls = |i: u32| get(&state.lset, i, 0);
    let rs = |i: u32| get(&state.rset, i, 0);

    let mut f = |template: u32, values: &[u64]| {
        if !templates.has(template) {
            return;
        }
        let mut h = FeatureHasher::new(template);
        for &v in values {
            h = h.int(v);
        }
        out.push(h.finish());
    };

    f(0, &[]);
    // Single positions.
    f(1, &[a_s0.w, a_s0.p]);
    f(2, &[a_s0.w]);
    f(3, &[a_s0.p]);
    f(4, &[a_s1.w, a_s1.p]);
    f(5, &[a_s1.w]);
    f(6, &[a_s1.p]);
    f(7, &[a_b0.w, a_b0.p]);
    f(8, &[a_b0.w]);
    f(9, &[a_b0.p]);
    f(10, &[a_b1.w, a_b1.p]);
    f(11, &[a_b1.w]);
    f(12, &[a_b1.p]);
    f(13, &[a_b2.w, a_b2.p]);
    f(14, &[a_b2.p]);
    f(15, &[a_s2.w, a_s2.p]);
    f(16, &[a_s2.p]);
    f(17, &[a_s0.u]);
    f(18, &[a_s1.u]);
    f(19, &[a_b0.u]);
    f(20, &[a_b1.u]);
    // The LEFT pair: s0 and b0.
    f(21, &[a_s0.w, a_s0.p, a_b0.w, a_b0.p]);
    f(22, &[a_s0.w, a_s0.p, a_b0.w]);
    f(23, &[a_s0.w, a_b0.w, a_b0.p]);
    f(24, &[a_s0.w, a_s0.p, a_b0.p]);
    f(25, &[a_s0.p, a_b0.w, a_b0.p]);
    f(26, &[a_s0.w, a_b0.w]);
    f(27, &[a_s0.p, a_b0.p]);
    f(28, &[a_b0.p, a_b1.p]);
    // The RIGHT pair: s1 and s0.
    f(29, &[a_s1.w, a_s1.p, a_s0.w, a_s0.p]);
    f(30, &[a_s1.w, a_s1.p, a_s0.w]);
    f(31, &[a_s1.w, a_s0.w, a_s0.p]);
    f(32, &[a_s1.w, a_s1.p, a_s0.p]);
    f(33, &[a_s1.p, a_s0.w, a_s0.p]);
    f(34, &[a_s1.w, a_s0.w]);
    f(35, &[a_s1.p, a_s0.p]);
    f(36, &[a_s1.p, a_b0.p]);
    f(37, &[a_s1.w, a_b0.w]);
    // Tag trigrams.
    f(40, &[a_b0.p, a_b1.p, a_b2.p]);
    f(41, &[a_s0.p, a_b0.p, a_b1.p]);
    f(42, &[a_s1.p, a_s0.p, a_b0.p]);
    f(43, &[a_s2.p, a_s1.p, a_s0.p]);
    f(44, &[a_s0.p, a_s0l1.p, a_b0.p]);
    f(45, &[a_s0.p, a_s0r1.p, a_b0.p]);
    f(46, &[a_s0.p, a_b0.p, a_b0l1.p]);
    f(47, &[a_s1.p, a_s0.p, a_s0l1.p]);
    f(48, &[a_s1.p, a_s0.p, a_s0r1.p]);
    f(49, &[a_s1.p, a_s1r1.p, a_s0.p]);
    f(50, &[a_s1.p, a_s1l1.p, a_s0.p]);
    f(51, &[a_s0.u, a_b0.u, a_b1.u]);
    f(52, &[a_s1.u, a_s0.u, a_b0.u]);
    f(53, &[a_s2.u, a_s1.u, a_s0.u]);
    // Distances.
    f(60, &[a_s0.w, d0]);
    f(61, &[a_s0.p, d0]);
    f(62, &[a_b0.w, d0]);
    f(63, &[a_b0.p, d0]);
    f(64, &[a_s0.w, a_b0.w, d0]);
    f(65, &[a_s0.p, a_b0.p, d0]);
    f(66, &[a_s1.w, d1]);
    f(67, &[a_s1.p, d1]);
    f(68, &[a_s0.w, d1]);
    f(69, &[a_s0.p, d1]);
    f(70, &[a_s1.w, a_s0.w, d1]);
    f(71, &[a_s1.p, a_s0.p, d1]);
    // Valencies.
    f(72, &[a_s0.w, vr(s0)]);
    f(73, &[a_s0.p, vr(s0)]);
    f(74, &[a_s0.w, vl(s0)]);
    f(75, &[a_s0.p, vl(s0)]);
    f(76, &[a_b0.w, vl(b0)]);
    f(77, &[a_b0.p, vl(b0)]);
    f(78, &[a_s1.w, vr(s1)]);
    f(79, &[a_s1.p, vr(s1)]);
    f(80, &[a_s1.w, vl(s1)]);
    f(81, &[a_s1.p, vl(s1)]);
    // Outermost children.
    f(82, &[a_s0l1.w]);
    f(83, &[a_s0l1.p]);
    f(84, &[label(s0l1)]);
    f(85, &[a_s0r1.w]);
    f(86, &[a_s0r1.p]);
    f(87, &[label(s0r1)]);
    f(88, &[a_b0l1.w]);
    f(89, &[a_b0l1.p]);
    f(90, &[label(b0l1)]);
    f(91, &[a_s1l1.w]);
    f(92, &[a_s1l1.p]);
    f(93, &[label(s1l1)]);
    f(94, &[a_s1r1.w]);
    f(95, &[a_s1r1.p]);
    f(96, &[label(s1r1)]);
    f(97, &[a_s0l2.w]);
    f(98, &[a_s0l2.p]);
    f(99, &[label(s0l2)]);
    f(100, &[a_s0r2.w]);
    f(101, &[a_s0r2.p]);
    f(102, &[label(s0r2)]);
    f(103, &[a_b0l2.w]);
    f(104, &[a_b0l2.p]);
    f(105, &[label(b0l2)]);
    // Second-order tag chains.
    f(110, &[a_s0.p, a_s0l1.p, a_s0l2.p]);
    f(111, &[a_s0.p, a_s0r1.p, a_s0r2.p]);
    f(112, &[a_b0.p, a_b0l1.p, a_b0l2.p]);
    f(113, &[a_s1.p, a_s1r1.p, a_s1r2.p]);
    f(114, &[a_s1.p, a_s1l1.p, a_s1l2.p]);
    // Label sets of children.
    f(120, &[a_s0.w, rs(s0)]);
    f(121, &[a_s0.p, rs(s0)]);
    f(122, &[a_s0.w, ls(s0)]);
    f(123, &[a_s0.p, ls(s0)]);
    f(124, &[a_b0.w, ls(b0)]);
    f(125, &[a_b0.p, ls(b0)]);
    f(126, &[a_s1.w, rs(s1)]);
    f(127, &[a_s1.p, rs(s1)]);
    f(128, &[a_s1.w, ls(s1)]);
    f(129, &[a_s1.p, ls(s1)]);
    // Suffixes and shapes: cues that survive a wrong tag or an unknown word.
    f(130, &[a_s0.s]);
    f(131, &[a_b0.s]);
    f(132, &[a_s1.s]);
    f(133, &[a_b1.s]);
    f(134, &[a_s0.h, a_b0.h]);
    f(135, &[a_s0.s, a_b0.p]);
    f(136, &[a_s0.p, a_b0.s]);
    f(137, &[a_s1.s, a_s0.p]);
    f(138, &[a_s1.p, a_s0.s]);
    f(139, &[a_s0.s, a_b0.s]);
    f(140, &[a_s1.s, a_s0.s]);
}
