//! Dependency labels and the labelled transitions built from them.
//!
//! A label is a UD relation (`nsubj`, `obl:tmod`, …) or, for an arc that pseudo-projective
//! encoding lifted, a relation plus the relation of the word it really depends on
//! (`obl|acl:relcl`: "an `obl` whose true head is the nearest `acl:relcl` below this head"). The
//! transition classes are laid out as `SHIFT, LEFT(0), RIGHT(0), LEFT(1), RIGHT(1), …` so a class
//! id decodes with one division.

use std::collections::HashMap;

/// Separates the relation from the head's relation in a lifted label. `|` never occurs in a UD
/// relation name, so a lifted label cannot be mistaken for a plain one.
pub(crate) const LIFT_SEP: char = '|';

/// The relation every sentence's single root word carries.
pub(crate) const ROOT: &str = "root";

/// The label inventory of a model.
#[derive(Debug, Clone)]
pub(crate) struct Labels {
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, u16>,
    /// For each label, the relation written to the output (the part before [`LIFT_SEP`]).
    relation: Vec<Box<str>>,
    /// For each lifted label, the relation of the true head to search for when lowering.
    lifted_from: Vec<Option<Box<str>>>,
    /// For each label, a small id of its relation, for label-set features.
    relation_id: Vec<u16>,
    root: u16,
}

impl Labels {
    /// An inventory over `names`; `root` must be among them, with at least one other label (every
    /// word but the root needs one).
    pub(crate) fn new(names: Vec<String>) -> Option<Labels> {
        if names.len() < 2 {
            return None;
        }
        let mut relation_ids: HashMap<&str, u16> = HashMap::new();
        let mut relation = Vec::with_capacity(names.len());
        let mut lifted_from = Vec::with_capacity(names.len());
        let mut relation_id = Vec::with_capacity(names.len());
        for name in &names {
            let (rel, from) = match name.split_once(LIFT_SEP) {
                Some((rel, from)) => (rel, Some(from.into())),
                None => (name.as_str(), None),
            };
            let next = relation_ids.len() as u16;
            relation_id.push(*relation_ids.entry(rel).or_insert(next));
            relation.push(rel.into());
            lifted_from.push(from);
        }
        let names: Vec<Box<str>> = names.into_iter().map(String::into_boxed_str).collect();
        let index: HashMap<Box<str>, u16> = names.iter().enumerate().map(|(i, n)| (n.clone(), i as u16)).collect();
        let root = *index.get(ROOT)?;
        Some(Labels { names, index, relation, lifted_from, relation_id, root })
    }

    /// Number of labels.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// All label names, in id order.
    pub(crate) fn names(&self) -> &[Box<str>] {
        &self.names
    }

    /// The id of a label name.
    pub(crate) fn get(&self, name: &str) -> Option<u16> {
        self.index.get(name).copied()
    }

    /// The id of `root`.
    pub(crate) fn root(&self) -> u16 {
        self.root
    }

    /// The relation to write for label `l`.
    pub(crate) fn relation(&self, l: u16) -> &str {
        &self.relation[l as usize]
    }

    /// The relation of the true head, for a lifted label.
    pub(crate) fn lifted_from(&self, l: u16) -> Option<&str> {
        self.lifted_from[l as usize].as_deref()
    }

    /// A small id for the relation of label `l` (lifted labels share their relation's id).
    pub(crate) fn relation_id(&self, l: u16) -> u16 {
        self.relation_id[l as usize]
    }

    /// Number of transition classes: SHIFT plus LEFT and RIGHT for every label.
    pub(crate) fn n_classes(&self) -> usize {
        1 + 2 * self.names.len()
    }
}

/// The three moves of the arc-hybrid system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Attach the stack top to the buffer front and pop it.
    Left,
    /// Attach the stack top to the word below it and pop it.
    Right,
}

/// A transition: a move and, for arcs, a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Transition {
    pub(crate) mv: Move,
    pub(crate) label: u16,
}

impl Transition {
    /// The transition with class id `class`.
    #[inline]
    pub(crate) fn from_class(class: usize) -> Transition {
        if class == 0 {
            return Transition { mv: Move::Shift, label: 0 };
        }
        let k = class - 1;
        let mv = if k.is_multiple_of(2) { Move::Left } else { Move::Right };
        Transition { mv, label: (k / 2) as u16 }
    }

    /// The class id of this transition.
    #[inline]
    pub(crate) fn class(self) -> usize {
        match self.mv {
            Move::Shift => 0,
            Move::Left => 1 + 2 * self.label as usize,
            Move::Right => 2 + 2 * self.label as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip() {
        for class in 0..21 {
            assert_eq!(Transition::from_class(class).class(), class);
        }
        assert_eq!(Transition::from_class(0).mv, Move::Shift);
        assert_eq!(Transition::from_class(3), Transition { mv: Move::Left, label: 1 });
        assert_eq!(Transition::from_class(4), Transition { mv: Move::Right, label: 1 });
    }

    #[test]
    fn lifted_labels_keep_their_relation() {
        let labels = Labels::new(vec!["root".into(), "obl".into(), "obl|acl:relcl".into()]).expect("has root");
        let lifted = labels.get("obl|acl:relcl").expect("known");
        assert_eq!(labels.relation(lifted), "obl");
        assert_eq!(labels.lifted_from(lifted), Some("acl:relcl"));
        assert_eq!(labels.relation_id(lifted), labels.relation_id(labels.get("obl").expect("known")));
        assert_eq!(labels.n_classes(), 7);
        assert!(Labels::new(vec!["nsubj".into(), "obj".into()]).is_none());
        assert!(Labels::new(vec!["root".into()]).is_none());
    }
}
