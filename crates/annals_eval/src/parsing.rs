//! Unlabelled and labelled attachment scores over gold tokens.
//!
//! Scored the CoNLL 2018 way: every word counts, punctuation included; a word is right when its
//! head is the gold head (UAS) and, for LAS, when its relation also matches in its universal part
//! (`nsubj:pass` and `nsubj` agree). We also count exact relations, subtypes included, because
//! event coding reads subtypes such as `obl:agent` and `nsubj:pass`.
//!
//! Words are matched by byte span (the k-th word with a given span in one document matches the
//! k-th in the other), so documents whose words are the same but numbered differently still line
//! up; a gold word with no predicted counterpart counts as wrong.

use annals_doc::{Doc, Head, Span};
use std::collections::HashMap;
use std::fmt;

/// Attachment counts; add documents with [`AttachmentScore::add_doc`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttachmentScore {
    /// Gold words scored.
    pub words: usize,
    /// Words with the gold head.
    pub heads: usize,
    /// Words with the gold head and the gold universal relation.
    pub labelled: usize,
    /// Words with the gold head and exactly the gold relation, subtype included.
    pub labelled_exact: usize,
    /// Gold words that had no predicted word with the same span.
    pub unmatched: usize,
}

fn percent(num: usize, den: usize) -> f64 {
    if den == 0 { 0.0 } else { 100.0 * num as f64 / den as f64 }
}

/// The universal part of a relation: `obl:tmod` → `obl`.
pub fn universal_relation(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

impl AttachmentScore {
    /// Unlabelled attachment score, in percent.
    pub fn uas(&self) -> f64 {
        percent(self.heads, self.words)
    }

    /// Labelled attachment score (universal relations), in percent.
    pub fn las(&self) -> f64 {
        percent(self.labelled, self.words)
    }

    /// Labelled attachment score with exact relations, in percent.
    pub fn las_exact(&self) -> f64 {
        percent(self.labelled_exact, self.words)
    }

    /// Add the counts of another score.
    pub fn add(&mut self, other: AttachmentScore) {
        self.words += other.words;
        self.heads += other.heads;
        self.labelled += other.labelled;
        self.labelled_exact += other.labelled_exact;
        self.unmatched += other.unmatched;
    }

    /// Score the words of `predicted` against those of `gold` (the same document). Gold words
    /// without a head are not scored.
    pub fn add_doc(&mut self, gold: &Doc, predicted: &Doc) {
        let to_predicted = align(gold, predicted);
        // Predicted index → gold index, to compare heads in gold numbering.
        let mut to_gold = vec![u32::MAX; predicted.tokens.len()];
        for (g, p) in to_predicted.iter().enumerate() {
            if let Some(p) = *p {
                to_gold[p as usize] = g as u32;
            }
        }
        for (g, token) in gold.tokens.iter().enumerate() {
            let Some(gold_head) = token.head else { continue };
            self.words += 1;
            let Some(p) = to_predicted[g] else {
                self.unmatched += 1;
                continue;
            };
            let predicted_token = &predicted.tokens[p as usize];
            let head_right = match (gold_head, predicted_token.head) {
                (Head::Root, Some(Head::Root)) => true,
                (Head::Token(h), Some(Head::Token(ph))) => to_gold.get(ph as usize) == Some(&h),
                _ => false,
            };
            if !head_right {
                continue;
            }
            self.heads += 1;
            let (gold_rel, predicted_rel) = (token.deprel.as_deref(), predicted_token.deprel.as_deref());
            if let (Some(g), Some(p)) = (gold_rel, predicted_rel) {
                if universal_relation(g) == universal_relation(p) {
                    self.labelled += 1;
                }
                if g == p {
                    self.labelled_exact += 1;
                }
            }
        }
    }
}

/// For each gold word, the index of the predicted word with the same span (and the same rank
/// among words sharing that span).
fn align(gold: &Doc, predicted: &Doc) -> Vec<Option<u32>> {
    let same_spans = gold.tokens.len() == predicted.tokens.len()
        && gold.tokens.iter().zip(&predicted.tokens).all(|(g, p)| g.span == p.span);
    if same_spans {
        return (0..gold.tokens.len() as u32).map(Some).collect();
    }
    let mut by_span: HashMap<(Span, usize), u32> = HashMap::new();
    let mut rank: HashMap<Span, usize> = HashMap::new();
    for (i, t) in predicted.tokens.iter().enumerate() {
        let r = rank.entry(t.span).or_default();
        by_span.insert((t.span, *r), i as u32);
        *r += 1;
    }
    rank.clear();
    gold.tokens
        .iter()
        .map(|t| {
            let r = rank.entry(t.span).or_default();
            let found = by_span.get(&(t.span, *r)).copied();
            *r += 1;
            found
        })
        .collect()
}

impl fmt::Display for AttachmentScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "UAS {:6.2}  LAS {:6.2}  (exact relations {:6.2}; {} words",
            self.uas(),
            self.las(),
            self.las_exact(),
            self.words
        )?;
        if self.unmatched > 0 {
            write!(f, ", {} without a predicted counterpart", self.unmatched)?;
        }
        f.write_str(")")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::{Layers, Token};

    /// A document of `n` one-letter words separated by spaces, with the given heads and relations.
    fn doc(arcs: &[(Option<Head>, &str)]) -> Doc {
        let text: String = (0..arcs.len()).map(|_| "a ").collect();
        let mut d = Doc::new("d", text);
        for (i, (head, rel)) in arcs.iter().enumerate() {
            d.tokens.push(Token {
                span: Span::new(2 * i, 2 * i + 1),
                head: *head,
                deprel: Some((*rel).into()),
                ..Token::default()
            });
        }
        d.set_sentences(&[0], &[true]);
        d.layers |= Layers::TOKENS | Layers::DEPS;
        d
    }

    fn check(gold: &Doc, predicted: &Doc, expected: (usize, usize, usize, usize)) {
        let mut s = AttachmentScore::default();
        s.add_doc(gold, predicted);
        assert_eq!((s.words, s.heads, s.labelled, s.labelled_exact), expected, "{s}");
    }

    #[test]
    fn counts_heads_and_relations_on_every_word() {
        let gold =
            doc(&[(Some(Head::Token(1)), "nsubj:pass"), (Some(Head::Root), "root"), (Some(Head::Token(1)), "punct")]);
        check(&gold, &gold, (3, 3, 3, 3));
        let subtype_lost =
            doc(&[(Some(Head::Token(1)), "nsubj"), (Some(Head::Root), "root"), (Some(Head::Token(0)), "punct")]);
        check(&gold, &subtype_lost, (3, 2, 2, 1));
        let unparsed = doc(&[(None, "_"), (None, "_"), (None, "_")]);
        check(&gold, &unparsed, (3, 0, 0, 0));
    }

    #[test]
    fn words_align_by_span_when_numbering_differs() {
        let gold = doc(&[(Some(Head::Token(1)), "det"), (Some(Head::Root), "root")]);
        let mut predicted = doc(&[(Some(Head::Token(2)), "det"), (Some(Head::Root), "root")]);
        // An extra predicted word at the front shifts every index by one.
        predicted.tokens.insert(0, Token { span: Span::new(0, 0), ..Token::default() });
        predicted.tokens[1].head = Some(Head::Token(2));
        let mut s = AttachmentScore::default();
        s.add_doc(&gold, &predicted);
        assert_eq!((s.words, s.heads, s.unmatched), (2, 2, 0));
    }

    #[test]
    fn percentages() {
        let s = AttachmentScore { words: 8, heads: 6, labelled: 4, labelled_exact: 2, unmatched: 0 };
        assert_eq!((s.uas(), s.las(), s.las_exact()), (75.0, 50.0, 25.0));
        assert_eq!(AttachmentScore::default().uas(), 0.0);
    }
}
