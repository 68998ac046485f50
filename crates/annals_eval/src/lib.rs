//! Scorers for every Annals component.
//!
//! Gold and predicted annotations are both [`annals_doc::Doc`]s, so one scorer compares them
//! whatever produced them. Span-based scores ([`Prf`]) match by byte span; token-level scores
//! assume the same tokenization (gold tokens), which is how the accuracy targets are defined.

pub mod entities;
pub mod events;
pub mod parsing;
pub mod tagging;
pub mod timex;
pub mod tokenize;

use std::fmt;

/// Counts for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Items both predicted and gold.
    pub matched: usize,
    /// Items predicted.
    pub predicted: usize,
    /// Items in the gold data.
    pub gold: usize,
}

impl Prf {
    /// Precision in percent (100 when nothing was predicted and nothing was expected).
    pub fn precision(&self) -> f64 {
        percent(self.matched, self.predicted, self.gold == 0)
    }

    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        percent(self.matched, self.gold, self.predicted == 0)
    }

    /// Harmonic mean of precision and recall, in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    /// Add another count.
    pub fn add(&mut self, other: Prf) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

fn percent(num: usize, den: usize, empty_is_perfect: bool) -> f64 {
    if den == 0 { if empty_is_perfect { 100.0 } else { 0.0 } } else { 100.0 * num as f64 / den as f64 }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:6.2}  R {:6.2}  F1 {:6.2}  (matched {} / predicted {} / gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.matched,
            self.predicted,
            self.gold
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_arithmetic() {
        let p = Prf { matched: 8, predicted: 10, gold: 16 };
        assert_eq!(p.precision(), 80.0);
        assert_eq!(p.recall(), 50.0);
        assert!((p.f1() - 61.538).abs() < 1e-3);
        assert_eq!(Prf::default().f1(), 100.0);
    }
}
