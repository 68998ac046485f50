//! Quantities: numbers in digits and words, bounds ("more than", "at least", "nearly"), vague
//! amounts ("dozens"), ranges ("between 10 and 20", "10-20"), percentages, and the noun that the
//! number counts.
//!
//! Key design decisions:
//! - **A quantity is an interval** `{min, max}` as in the `Q` of the coded-document contract, plus
//!   the [`Bound`] that produced it, so a consumer can be as strict as it likes. The meanings:
//!
//!   | text                         | bound           | min      | max      |
//!   |------------------------------|-----------------|----------|----------|
//!   | "four", "20 percent"         | `exact`         | 4        | 4        |
//!   | "more than 20,000", "over"   | `more_than`     | 20000    | null     |
//!   | "at least 30"                | `at_least`      | 30       | null     |
//!   | "fewer than 10", "under"     | `less_than`     | null     | 10       |
//!   | "up to 50", "as many as 50"  | `at_most`       | null     | 50       |
//!   | "nearly 300", "almost 300"   | `nearly`        | null     | 300      |
//!   | "about 300", "some 300"      | `approximately` | 300      | 300      |
//!   | "between 10 and 20", "10-20" | `range`         | 10       | 20       |
//!   | "dozens", "hundreds of"      | `vague`         | 24 / 200 | 99 / 999 |
//!   | "several hundred"            | `vague`         | 300      | 900      |
//!
//!   "more than N" keeps N as the minimum (the contract's convention) although N itself is
//!   excluded. "nearly N" is an upper bound: the true figure is just below N. Vague words take
//!   their literal reading: "dozens" is at least two dozen and fewer than a hundred, "hundreds" at
//!   least two hundred and fewer than a thousand; the table is data (`data/quantities.txt`).
//! - **Not every number is a quantity.** Years, dates and times of day are left to the time
//!   recogniser: pass its spans as `exclude` to [`QuantityRecognizer::recognize`]. On its own the
//!   recogniser still skips four-digit year-like numbers, clock times, ordinals ("3rd"),
//!   identifiers ("G7", "COVID-19", "Resolution 242"), compound modifiers ("25-year-old") and
//!   phone-number-like digit groups.
//! - **Words are data.** Number words, bound phrases, vague amounts, units and the lists used to
//!   find the counted noun live in `data/*.txt` in the format of [`lexfile`]; user files add to
//!   them ([`QuantityRecognizer::extend`]).
//! - The counted noun is the head of the noun phrase after the number: found from UPOS tags when
//!   the document has them, otherwise by a small heuristic (stop words, plural endings, a list
//!   of common counted nouns).

pub mod atoms;
pub mod lexfile;
pub mod numbers;
pub mod phrases;
mod recognize;

pub use atoms::{Atom, AtomKind, Atoms};
pub use lexfile::LexError;
pub use numbers::{Number, NumberForm, NumberWords};
pub use phrases::PhraseTable;
pub use recognize::QuantityRecognizer;

use annals_doc::{Doc, Span};

/// Errors of this crate: only loading word lists can fail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A word-list file has a mistake; the message names `file:line` and what to fix.
    #[error(transparent)]
    Lexicon(#[from] LexError),
}

/// How the text bounds the amount. See the crate documentation for the `{min, max}` of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// A plain number: "four", "20,000".
    Exact,
    /// "more than", "over", "above".
    MoreThan,
    /// "at least", "no fewer than".
    AtLeast,
    /// "less than", "fewer than", "under".
    LessThan,
    /// "up to", "at most", "as many as".
    AtMost,
    /// "nearly", "almost": just below the number.
    Nearly,
    /// "about", "around", "some", "roughly".
    Approximately,
    /// "between 10 and 20", "10-20", "two or three".
    Range,
    /// A vague amount: "dozens", "hundreds of", "several thousand".
    Vague,
}

impl Bound {
    /// The spelling used in output (`more_than`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
            Bound::Nearly => "nearly",
            Bound::Approximately => "approximately",
            Bound::Range => "range",
            Bound::Vague => "vague",
        }
    }
}

/// A quantity found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The bound words, the number and any unit written with it ("More than 20,000",
    /// "20 percent", "$1.5 million"), not the counted noun.
    pub span: Span,
    /// Lowest value the text allows, when it gives one.
    pub min: Option<f64>,
    /// Highest value the text allows, when it gives one.
    pub max: Option<f64>,
    /// How the text bounds the amount.
    pub bound: Bound,
    /// True for "about", "nearly" and vague amounts.
    pub approximate: bool,
    /// Unit written with the number, by its key in the word list (`percent`, `USD`).
    pub unit: Option<String>,
    /// The head of the noun phrase the number counts ("Azerbaijanis", "regions"); for a
    /// percentage, the percent word.
    pub noun: Option<Span>,
}

impl Quantity {
    /// The quantity's text.
    pub fn text<'a>(&self, doc: &'a Doc) -> &'a str {
        doc.slice(self.span)
    }

    /// The counted noun's text, if there is one.
    pub fn noun_text<'a>(&self, doc: &'a Doc) -> Option<&'a str> {
        self.noun.map(|s| doc.slice(s))
    }
}
