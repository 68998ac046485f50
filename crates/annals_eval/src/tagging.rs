//! UPOS, XPOS, lemma and FEATS accuracy over gold tokens.
//!
//! Tagging is scored word by word, so gold and predicted documents must have the same words:
//! the predictions are made on the gold tokenization (`annals eval pos` does so). A document
//! whose words do not line up with its gold counterpart is not scored but counted in
//! [`TagScores::mismatched_docs`], so a tokenization mix-up shows instead of skewing the figures.

use annals_doc::Doc;
use std::collections::BTreeMap;
use std::fmt;

/// Accuracy counts for tagging.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagScores {
    /// Words scored.
    pub words: usize,
    /// Words with the right UPOS.
    pub upos: usize,
    /// Words with the right XPOS.
    pub xpos: usize,
    /// Words with the right UPOS and XPOS.
    pub upos_xpos: usize,
    /// Words whose gold lemma is given (not `_`).
    pub lemma_words: usize,
    /// ... and whose predicted lemma equals it.
    pub lemma: usize,
    /// Words with the right FEATS (both empty counts as right).
    pub feats: usize,
    /// Documents skipped because their words differ from the gold document's.
    pub mismatched_docs: usize,
    /// UPOS errors: (gold, predicted) → count.
    pub upos_confusions: BTreeMap<(String, String), usize>,
}

fn opt_str<T: AsRef<str>>(v: &Option<T>) -> &str {
    v.as_ref().map_or("_", AsRef::as_ref)
}

impl TagScores {
    /// Score one predicted document against its gold version.
    pub fn add_doc(&mut self, gold: &Doc, predicted: &Doc) {
        let same_words = gold.tokens.len() == predicted.tokens.len()
            && (0..gold.tokens.len()).all(|i| gold.form(i) == predicted.form(i));
        if !same_words {
            self.mismatched_docs += 1;
            return;
        }
        for (g, p) in gold.tokens.iter().zip(&predicted.tokens) {
            self.words += 1;
            let upos_ok = g.upos == p.upos;
            let xpos_ok = g.xpos == p.xpos;
            self.upos += upos_ok as usize;
            self.xpos += xpos_ok as usize;
            self.upos_xpos += (upos_ok && xpos_ok) as usize;
            self.feats += (g.feats == p.feats) as usize;
            if let Some(gl) = g.lemma.as_deref().filter(|l| *l != "_") {
                self.lemma_words += 1;
                self.lemma += (p.lemma.as_deref() == Some(gl)) as usize;
            }
            if !upos_ok {
                let key =
                    (g.upos.map_or("_", |u| u.as_str()).to_string(), p.upos.map_or("_", |u| u.as_str()).to_string());
                *self.upos_confusions.entry(key).or_default() += 1;
            }
        }
    }

    /// Score predicted documents against gold documents, pairwise.
    pub fn score(gold: &[Doc], predicted: &[Doc]) -> TagScores {
        let mut s = TagScores::default();
        for (g, p) in gold.iter().zip(predicted) {
            s.add_doc(g, p);
        }
        s.mismatched_docs += gold.len().abs_diff(predicted.len());
        s
    }

    fn pct(&self, n: usize, of: usize) -> f64 {
        if of == 0 { 0.0 } else { 100.0 * n as f64 / of as f64 }
    }

    /// UPOS accuracy in percent.
    pub fn upos_accuracy(&self) -> f64 {
        self.pct(self.upos, self.words)
    }

    /// XPOS accuracy in percent.
    pub fn xpos_accuracy(&self) -> f64 {
        self.pct(self.xpos, self.words)
    }

    /// Accuracy of UPOS and XPOS together, in percent.
    pub fn upos_xpos_accuracy(&self) -> f64 {
        self.pct(self.upos_xpos, self.words)
    }

    /// Lemma accuracy in percent, over words with a gold lemma.
    pub fn lemma_accuracy(&self) -> f64 {
        self.pct(self.lemma, self.lemma_words)
    }

    /// FEATS accuracy (the whole column must match) in percent.
    pub fn feats_accuracy(&self) -> f64 {
        self.pct(self.feats, self.words)
    }

    /// The `n` most frequent UPOS errors, most frequent first.
    pub fn top_confusions(&self, n: usize) -> Vec<(&str, &str, usize)> {
        let mut v: Vec<(&str, &str, usize)> =
            self.upos_confusions.iter().map(|((g, p), &c)| (g.as_str(), p.as_str(), c)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (a.0, a.1).cmp(&(b.0, b.1))));
        v.truncate(n);
        v
    }
}

impl fmt::Display for TagScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "words       {}", self.words)?;
        writeln!(f, "UPOS        {:6.2} %", self.upos_accuracy())?;
        writeln!(f, "XPOS        {:6.2} %", self.xpos_accuracy())?;
        writeln!(f, "UPOS+XPOS   {:6.2} %", self.upos_xpos_accuracy())?;
        writeln!(f, "lemma       {:6.2} %  (of {} words with a gold lemma)", self.lemma_accuracy(), self.lemma_words)?;
        write!(f, "FEATS       {:6.2} %", self.feats_accuracy())?;
        if self.mismatched_docs > 0 {
            write!(f, "\nskipped     {} document(s) whose words differ from the gold file", self.mismatched_docs)?;
        }
        Ok(())
    }
}

/// A readable form of a token's tags, for error listings: `form/UPOS/XPOS`.
pub fn describe(doc: &Doc, i: usize) -> String {
    let t = &doc.tokens[i];
    format!("{}/{}/{}", doc.form(i), t.upos.map_or("_", |u| u.as_str()), opt_str(&t.xpos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::parse_conllu;

    const GOLD: &str = "# text = Troops met.\n\
        1\tTroops\ttroop\tNOUN\tNNS\tNumber=Plur\t_\t_\t_\t_\n\
        2\tmet\tmeet\tVERB\tVBD\t_\t_\t_\t_\tSpaceAfter=No\n\
        3\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n\n";

    fn check(predicted: &str, upos: f64, xpos: f64, lemma: f64) {
        let gold = parse_conllu(GOLD, "g").docs;
        let pred = parse_conllu(predicted, "p").docs;
        let s = TagScores::score(&gold, &pred);
        assert_eq!(s.words, 3);
        assert!((s.upos_accuracy() - upos).abs() < 0.01, "{s}");
        assert!((s.xpos_accuracy() - xpos).abs() < 0.01, "{s}");
        assert!((s.lemma_accuracy() - lemma).abs() < 0.01, "{s}");
    }

    #[test]
    fn perfect_and_partial_predictions() {
        check(GOLD, 100.0, 100.0, 100.0);
        let wrong = GOLD.replace("VERB\tVBD", "NOUN\tNN").replace("\tmeet\t", "\tmet\t");
        check(&wrong, 66.67, 66.67, 66.67);
    }

    #[test]
    fn different_words_are_reported_not_scored() {
        let gold = parse_conllu(GOLD, "g").docs;
        let other = parse_conllu(&GOLD.replace("Troops", "Soldiers"), "p").docs;
        let s = TagScores::score(&gold, &other);
        assert_eq!((s.words, s.mismatched_docs), (0, 1));
    }

    #[test]
    fn confusions_are_counted() {
        let gold = parse_conllu(GOLD, "g").docs;
        let wrong = parse_conllu(&GOLD.replace("VERB\tVBD", "NOUN\tNN"), "p").docs;
        let s = TagScores::score(&gold, &wrong);
        assert_eq!(s.top_confusions(5), vec![("VERB", "NOUN", 1)]);
    }
}
