//! Entity precision, recall and F1 by exact span and label.
//!
//! An entity counts as found only when a predicted entity has exactly the gold entity's byte
//! span *and* label (the CoNLL convention); partial overlaps earn nothing. Scores are kept per
//! label and overall. A label filter restricts both sides to the classes a gold corpus
//! annotates, so a recogniser that also finds, say, NORP is not penalised on a corpus that
//! never tags it.

use crate::Prf;
use annals_doc::{Doc, EntityLabel};
use std::collections::{BTreeMap, HashSet};

/// Entity scores over one or more documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntityScores {
    /// All labels together.
    pub overall: Prf,
    /// Each label on its own (a label appears once it has a gold or predicted entity).
    pub per_label: BTreeMap<EntityLabel, Prf>,
    /// Predicted entities whose span matches a gold entity, whatever the labels: a wrong label
    /// on a right span shows as the gap between this and `overall.matched`.
    pub span_matched: usize,
}

impl EntityScores {
    /// Add the counts of another document or corpus.
    pub fn add(&mut self, other: &EntityScores) {
        self.overall.add(other.overall);
        for (label, prf) in &other.per_label {
            self.per_label.entry(*label).or_default().add(*prf);
        }
        self.span_matched += other.span_matched;
    }
}

/// Score the entities of `predicted` against those of `gold`. Spans are compared by bytes, so
/// both documents must share the text (as they do when the prediction ran on the gold tokens).
/// With `labels`, entities of other labels are ignored on both sides.
pub fn score(gold: &Doc, predicted: &Doc, labels: Option<&[EntityLabel]>) -> EntityScores {
    let keep = |l: EntityLabel| labels.is_none_or(|ls| ls.contains(&l));
    let gold_set: HashSet<(u32, u32, EntityLabel)> =
        gold.entities.iter().filter(|e| keep(e.label)).map(|e| (e.span.start, e.span.end, e.label)).collect();
    let gold_spans: HashSet<(u32, u32)> = gold_set.iter().map(|&(s, e, _)| (s, e)).collect();
    let mut out = EntityScores::default();
    for &(_, _, label) in &gold_set {
        out.per_label.entry(label).or_default().gold += 1;
        out.overall.gold += 1;
    }
    let mut seen = HashSet::new();
    for e in predicted.entities.iter().filter(|e| keep(e.label)) {
        let key = (e.span.start, e.span.end, e.label);
        if !seen.insert(key) {
            continue;
        }
        let counts = out.per_label.entry(e.label).or_default();
        counts.predicted += 1;
        out.overall.predicted += 1;
        if gold_set.contains(&key) {
            counts.matched += 1;
            out.overall.matched += 1;
        }
        if gold_spans.contains(&(e.span.start, e.span.end)) {
            out.span_matched += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::{Entity, Span};

    fn doc(entities: &[(usize, usize, EntityLabel)]) -> Doc {
        let mut d = Doc::new("d", "Elmar Mammadyarov met Toivo Klaar in Baku");
        d.entities =
            entities.iter().map(|&(s, e, label)| Entity { tokens: 0..1, span: Span::new(s, e), label }).collect();
        d
    }

    fn check(
        gold: &[(usize, usize, EntityLabel)],
        pred: &[(usize, usize, EntityLabel)],
        expected: (usize, usize, usize),
    ) {
        let s = score(&doc(gold), &doc(pred), Some(&[EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc]));
        assert_eq!((s.overall.matched, s.overall.predicted, s.overall.gold), expected);
    }

    #[test]
    fn exact_span_and_label_only() {
        use EntityLabel::*;
        let gold = [(0, 17, Per), (22, 33, Per), (37, 41, Loc)];
        check(&gold, &gold, (3, 3, 3));
        // A partial span and a wrong label earn nothing.
        check(&gold, &[(6, 17, Per), (22, 33, Org), (37, 41, Loc)], (1, 3, 3));
        // Labels outside the filter are ignored on both sides.
        check(&gold, &[(0, 17, Per), (22, 33, Per), (37, 41, Loc), (0, 5, Norp)], (3, 3, 3));
    }

    #[test]
    fn per_label_counts_and_span_matches() {
        use EntityLabel::*;
        let s = score(&doc(&[(0, 17, Per), (37, 41, Loc)]), &doc(&[(0, 17, Org), (37, 41, Loc)]), None);
        assert_eq!(s.per_label[&Per], Prf { matched: 0, predicted: 0, gold: 1 });
        assert_eq!(s.per_label[&Org], Prf { matched: 0, predicted: 1, gold: 0 });
        assert_eq!(s.per_label[&Loc], Prf { matched: 1, predicted: 1, gold: 1 });
        assert_eq!(s.span_matched, 2);
    }
}
