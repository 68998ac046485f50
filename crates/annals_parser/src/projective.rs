//! Pseudo-projective encoding (Nivre & Nilsson 2005, "head" scheme).
//!
//! The arc-hybrid system only builds projective trees, but about one English sentence in twenty
//! has a crossing arc (extraposed relative clauses, `what … think … said`). Before training, each
//! non-projective arc is *lifted* to the head's head until the tree is projective, and the lifted
//! word's label records the relation of its true head (`obl` → `obl|acl:relcl`). After parsing, a
//! word with such a label is *lowered*: moved to the first word with that relation found breadth
//! first below its predicted head. Lowering only ever moves a word inside its head's subtree, so
//! the output stays a tree.
//!
//! Heads here are sentence-relative: word `i` of an `n`-word sentence has a head in `0..n`, or
//! `n` for the artificial root.

use crate::labels::LIFT_SEP;

/// True when `anc` dominates `node` (or is it). `root` dominates everything. Walks at most `n`
/// steps so that a malformed tree cannot loop forever.
fn dominates(heads: &[u32], anc: u32, mut node: u32) -> bool {
    let root = heads.len() as u32;
    for _ in 0..=heads.len() {
        if node == anc || anc == root {
            return true;
        }
        if node >= root {
            return false;
        }
        node = heads[node as usize];
    }
    false
}

/// True when the arc into `d` is projective: its head dominates every word between them.
fn is_projective_arc(heads: &[u32], d: u32) -> bool {
    let h = heads[d as usize];
    let root = heads.len() as u32;
    if h == root {
        return true;
    }
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    (lo + 1..hi).all(|k| dominates(heads, h, k))
}

/// True when every arc of the tree is projective.
#[cfg(test)]
pub(crate) fn is_projective(heads: &[u32]) -> bool {
    (0..heads.len() as u32).all(|d| is_projective_arc(heads, d))
}

/// Lift non-projective arcs (shortest first) until the tree is projective, rewriting the labels of
/// lifted words to `rel|head_rel`. An arc whose head is the sentence's root word cannot be lifted
/// (that would make a second root) and is left as it is. Returns the number of lifts.
pub(crate) fn projectivize(heads: &mut [u32], rels: &mut [String]) -> usize {
    let n = heads.len() as u32;
    let mut lifted = vec![false; heads.len()];
    let mut stuck = vec![false; heads.len()];
    let mut lifts = 0;
    // Each lift moves a word strictly up its (finite) path to the root, so this terminates; the
    // bound is a guard against malformed input.
    for _ in 0..heads.len() * heads.len() + 1 {
        let candidate = (0..n)
            .filter(|&d| !stuck[d as usize] && !is_projective_arc(heads, d))
            .min_by_key(|&d| (heads[d as usize].abs_diff(d), d));
        let Some(d) = candidate else { break };
        let h = heads[d as usize];
        let g = heads[h as usize];
        if g == n {
            stuck[d as usize] = true;
            continue;
        }
        if !lifted[d as usize] {
            let head_rel = rels[h as usize].split(LIFT_SEP).next().unwrap_or_default().to_string();
            let rel = &mut rels[d as usize];
            *rel = format!("{rel}{LIFT_SEP}{head_rel}");
            lifted[d as usize] = true;
        }
        heads[d as usize] = g;
        lifts += 1;
    }
    lifts
}

/// Lower every word whose label says it was lifted: `lifted_from(d)` gives the relation of its
/// true head, `relation(x)` the relation of word `x`. Words are handled top-down so that a lowered
/// head is in place before its own lifted dependents look below it.
pub(crate) fn deprojectivize<'a>(
    heads: &mut [u32],
    lifted_from: impl Fn(usize) -> Option<&'a str>,
    relation: impl Fn(usize) -> &'a str,
) {
    let n = heads.len();
    if !(0..n).any(|d| lifted_from(d).is_some()) {
        return;
    }
    for d in top_down_order(heads) {
        let Some(wanted) = lifted_from(d) else { continue };
        let g = heads[d];
        if g as usize >= n {
            continue;
        }
        if let Some(x) = breadth_first_find(heads, g, d as u32, |x| relation(x as usize) == wanted) {
            heads[d] = x;
        }
    }
}

/// Words in breadth-first order from the root (words unreachable from it, which a tree does not
/// have, come last).
fn top_down_order(heads: &[u32]) -> Vec<usize> {
    let n = heads.len();
    let children = children_lists(heads);
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut queue: std::collections::VecDeque<usize> = children[n].iter().map(|&c| c as usize).collect();
    while let Some(x) = queue.pop_front() {
        if std::mem::replace(&mut seen[x], true) {
            continue;
        }
        order.push(x);
        queue.extend(children[x].iter().map(|&c| c as usize));
    }
    order.extend((0..n).filter(|&x| !seen[x]));
    order
}

/// Children of every word and of the root (index `n`), in text order.
fn children_lists(heads: &[u32]) -> Vec<Vec<u32>> {
    let mut children = vec![Vec::new(); heads.len() + 1];
    for (d, &h) in heads.iter().enumerate() {
        if let Some(c) = children.get_mut(h as usize) {
            c.push(d as u32);
        }
    }
    children
}

/// The first descendant of `start` (breadth first, left to right) that satisfies `wanted`, never
/// entering the subtree of `skip`.
fn breadth_first_find(heads: &[u32], start: u32, skip: u32, wanted: impl Fn(u32) -> bool) -> Option<u32> {
    let children = children_lists(heads);
    let mut queue: std::collections::VecDeque<u32> =
        children[start as usize].iter().copied().filter(|&c| c != skip).collect();
    let mut visited = 0;
    while let Some(x) = queue.pop_front() {
        visited += 1;
        if visited > heads.len() {
            break;
        }
        if wanted(x) {
            return Some(x);
        }
        queue.extend(children[x as usize].iter().copied().filter(|&c| c != skip));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "A man arrived who knew": `who knew` (word 3) modifies `man` (word 1) but follows `arrived`
    /// (word 4 here, the root, placed last to keep the example short), so the arc 1→3 spans word
    /// 2, which hangs off the root.
    fn crossing() -> (Vec<u32>, Vec<String>) {
        let heads = vec![1, 4, 4, 1, 5];
        let rels = ["det", "nsubj", "advmod", "acl:relcl", "root"].map(String::from).to_vec();
        (heads, rels)
    }

    #[test]
    fn lifting_makes_the_tree_projective_and_lowering_restores_it() {
        let (mut heads, mut rels) = crossing();
        let original = heads.clone();
        assert!(!is_projective(&heads), "arc 1→3 spans word 2, which hangs off 4");
        let lifts = projectivize(&mut heads, &mut rels);
        assert_eq!(lifts, 1);
        assert!(is_projective(&heads));
        assert_eq!(heads[3], 4);
        assert_eq!(rels[3], "acl:relcl|nsubj");
        let relation = |x: usize| rels[x].split(LIFT_SEP).next().unwrap_or_default();
        let lifted_from = |x: usize| rels[x].split_once(LIFT_SEP).map(|(_, h)| h);
        deprojectivize(&mut heads, lifted_from, relation);
        assert_eq!(heads, original);
    }

    #[test]
    fn projective_trees_are_left_alone() {
        let mut heads = vec![1, 2, 3];
        let mut rels = ["det", "nsubj", "root"].map(String::from).to_vec();
        assert_eq!(projectivize(&mut heads, &mut rels), 0);
        assert_eq!(heads, vec![1, 2, 3]);
        assert_eq!(rels[0], "det");
    }

    #[test]
    fn lowering_without_a_match_keeps_the_predicted_head() {
        let mut heads = vec![1, 3, 1];
        deprojectivize(&mut heads, |x| (x == 0).then_some("nmod"), |_| "obj");
        assert_eq!(heads, vec![1, 3, 1]);
    }
}
