//! The arc-hybrid transition system with the root at the end of the buffer, and its dynamic
//! oracle.
//!
//! A configuration is a stack, a buffer (words `b..n` followed by the artificial root `n`) and
//! the arcs built so far. SHIFT pushes the buffer front; LEFT attaches the stack top to the buffer
//! front; RIGHT attaches the stack top to the word below it. Placing the root at the *end* of the
//! buffer (Ballesteros & Nivre 2013) lets us enforce a single root simply: the root may take a
//! dependent only when the stack holds exactly one word, and SHIFT of the root is never allowed.
//! Every word is shifted once and popped once, and whenever the parse is not finished at least
//! one move is legal, so *any* sequence of legal moves — whatever the model scores — ends in a
//! tree with exactly one root.
//!
//! The dynamic oracle (Goldberg & Nivre 2013) gives the cost of each move in any configuration:
//! how many gold arcs become unreachable. Training follows the model's own (possibly wrong)
//! moves and still learns the best continuation from there.

use crate::labels::{Labels, Move, Transition};

/// "No word": an empty stack slot, a missing child, an unattached word.
pub(crate) const NONE: u32 = u32::MAX;

/// A parser configuration, plus the per-word bookkeeping the features read (outermost children,
/// child counts, label sets). Arrays have `n + 1` entries; index `n` is the artificial root.
#[derive(Debug, Clone, Default)]
pub(crate) struct State {
    pub(crate) n: u32,
    pub(crate) stack: Vec<u32>,
    /// Buffer front; `n` when only the root is left.
    pub(crate) b: u32,
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u16>,
    /// Leftmost and second leftmost child.
    pub(crate) lc1: Vec<u32>,
    pub(crate) lc2: Vec<u32>,
    /// Rightmost and second rightmost child.
    pub(crate) rc1: Vec<u32>,
    pub(crate) rc2: Vec<u32>,
    /// Number of left and right children.
    pub(crate) nl: Vec<u16>,
    pub(crate) nr: Vec<u16>,
    /// Relations of the left and right children, as bit sets of relation ids (mod 64).
    pub(crate) lset: Vec<u64>,
    pub(crate) rset: Vec<u64>,
}

impl State {
    /// Reset to the initial configuration for an `n`-word sentence, reusing the allocations.
    pub(crate) fn reset(&mut self, n: usize) {
        let m = n + 1;
        self.n = n as u32;
        self.stack.clear();
        self.b = 0;
        for v in [&mut self.heads, &mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(m, NONE);
        }
        self.labels.clear();
        self.labels.resize(m, 0);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(m, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(m, 0);
        }
    }

    /// True when every word has its head.
    #[inline]
    pub(crate) fn is_final(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    /// The `i`-th stack item from the top, or [`NONE`].
    #[inline]
    pub(crate) fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len { self.stack[len - 1 - i] } else { NONE }
    }

    /// The `i`-th buffer item (the root counts as the last one), or [`NONE`].
    #[inline]
    pub(crate) fn buf(&self, i: u32) -> u32 {
        let x = self.b + i;
        if x <= self.n { x } else { NONE }
    }

    #[inline]
    pub(crate) fn can_shift(&self) -> bool {
        self.b < self.n
    }

    #[inline]
    pub(crate) fn can_left(&self) -> bool {
        // The root takes its one dependent only once everything else is attached.
        !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
    }

    #[inline]
    pub(crate) fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    /// Whether transition `t` is legal here. `root` is the label id of `root`, which is exactly
    /// the label of an arc from the artificial root.
    #[inline]
    pub(crate) fn is_legal(&self, t: Transition, root: u16) -> bool {
        match t.mv {
            Move::Shift => self.can_shift(),
            Move::Left => self.can_left() && ((t.label == root) == (self.b == self.n)),
            Move::Right => self.can_right() && t.label != root,
        }
    }

    /// Apply a legal transition.
    pub(crate) fn apply(&mut self, t: Transition, labels: &Labels) {
        match t.mv {
            Move::Shift => {
                self.stack.push(self.b);
                self.b += 1;
            }
            Move::Left => {
                let d = self.stack.pop().unwrap_or(NONE);
                let h = self.b;
                self.attach(h, d, t.label, labels);
            }
            Move::Right => {
                let d = self.stack.pop().unwrap_or(NONE);
                let h = self.stack.last().copied().unwrap_or(NONE);
                self.attach(h, d, t.label, labels);
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, label: u16, labels: &Labels) {
        if h == NONE || d == NONE {
            return;
        }
        let (hi, di) = (h as usize, d as usize);
        self.heads[di] = h;
        self.labels[di] = label;
        let bit = 1u64 << (labels.relation_id(label) % 64);
        // LEFT adds children right to left and RIGHT adds them left to right, so a new child is
        // always the outermost on its side.
        if d < h {
            self.lc2[hi] = self.lc1[hi];
            self.lc1[hi] = d;
            self.nl[hi] = self.nl[hi].saturating_add(1);
            self.lset[hi] |= bit;
        } else {
            self.rc2[hi] = self.rc1[hi];
            self.rc1[hi] = d;
            self.nr[hi] = self.nr[hi].saturating_add(1);
            self.rset[hi] |= bit;
        }
    }
}

/// A gold tree for the oracle: heads in `0..=n` (`n` = root), labels, and each word's dependents.
#[derive(Debug, Clone)]
pub(crate) struct Gold {
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u16>,
    /// Dependents of each word, in text order (CSR layout: `deps[starts[i]..starts[i+1]]`).
    deps: Vec<u32>,
    starts: Vec<u32>,
}

impl Gold {
    pub(crate) fn new(heads: Vec<u32>, labels: Vec<u16>) -> Gold {
        let n = heads.len();
        let mut counts = vec![0u32; n + 1];
        for &h in &heads {
            if (h as usize) < n {
                counts[h as usize] += 1;
            }
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut acc = 0;
        for &c in &counts[..n] {
            starts.push(acc);
            acc += c;
        }
        starts.push(acc);
        let mut fill = starts.clone();
        let mut deps = vec![0u32; acc as usize];
        for (d, &h) in heads.iter().enumerate() {
            if (h as usize) < n {
                deps[fill[h as usize] as usize] = d as u32;
                fill[h as usize] += 1;
            }
        }
        Gold { heads, labels, deps, starts }
    }

    fn dependents(&self, h: u32) -> &[u32] {
        let h = h as usize;
        &self.deps[self.starts[h] as usize..self.starts[h + 1] as usize]
    }

    /// Unlabelled costs of SHIFT, LEFT and RIGHT in `state` (`u32::MAX` when illegal).
    pub(crate) fn costs(&self, state: &State, on_stack: &[bool]) -> [u32; 3] {
        let b = state.b;
        let s0 = state.s(0);
        let s1 = state.s(1);
        let mut out = [u32::MAX; 3];
        if state.can_shift() {
            // The buffer front can no longer take a head from below the stack top, nor take any
            // stack word as a dependent.
            let head = self.heads[b as usize];
            let mut cost = u32::from(head != s0 && (head as usize) < on_stack.len() && on_stack[head as usize]);
            cost += self.dependents(b).iter().filter(|&&d| on_stack[d as usize]).count() as u32;
            out[0] = cost;
        }
        if s0 != NONE {
            // Popping s0 loses its remaining dependents in the buffer either way.
            let lost_deps = self.dependents(s0).iter().filter(|&&d| d >= b).count() as u32;
            let head = self.heads[s0 as usize];
            if state.can_left() {
                out[1] = lost_deps + u32::from(head != b && (head == s1 || head > b));
            }
            if state.can_right() {
                out[2] = lost_deps + u32::from(head != s1 && head >= b);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels::new(vec!["root".into(), "dep".into()]).expect("has root")
    }

    /// Follow the zero-cost moves from the start; the result must be the gold tree.
    fn oracle_parse(heads: &[u32]) -> Vec<u32> {
        let labels = labels();
        let n = heads.len();
        let gold_labels = heads.iter().map(|&h| if h as usize == n { 0 } else { 1 }).collect();
        let gold = Gold::new(heads.to_vec(), gold_labels);
        let mut state = State::default();
        state.reset(n);
        let mut on_stack = vec![false; n + 1];
        while !state.is_final() {
            let costs = gold.costs(&state, &on_stack);
            let mv = [Move::Shift, Move::Left, Move::Right][(0..3).min_by_key(|&i| costs[i]).expect("three")];
            assert_eq!(costs.iter().min(), Some(&0), "a projective gold tree always has a zero-cost move");
            let label = match mv {
                Move::Shift => 0,
                Move::Left if state.b == state.n => 0,
                _ => 1,
            };
            let t = Transition { mv, label };
            assert!(state.is_legal(t, 0));
            if mv == Move::Shift {
                on_stack[state.b as usize] = true;
            } else {
                on_stack[state.s(0) as usize] = false;
            }
            state.apply(t, &labels);
        }
        state.heads[..n].to_vec()
    }

    #[test]
    fn zero_cost_moves_rebuild_projective_trees() {
        for heads in [vec![1], vec![2, 2, 4, 2], vec![1, 5, 1, 4, 1], vec![3, 0, 1, 7, 5, 3, 3], vec![4, 4, 1, 2, 5]] {
            assert_eq!(oracle_parse(&heads), heads, "{heads:?}");
        }
    }

    #[test]
    fn the_root_takes_one_dependent_last() {
        let labels = labels();
        let mut state = State::default();
        state.reset(2);
        let shift = Transition { mv: Move::Shift, label: 0 };
        state.apply(shift, &labels);
        state.apply(shift, &labels);
        assert!(!state.can_shift());
        assert!(!state.is_legal(Transition { mv: Move::Left, label: 0 }, 0), "two words left: no root yet");
        state.apply(Transition { mv: Move::Right, label: 1 }, &labels);
        assert!(state.is_legal(Transition { mv: Move::Left, label: 0 }, 0));
        assert!(!state.is_legal(Transition { mv: Move::Left, label: 1 }, 0), "an arc from the root is `root`");
    }
}
