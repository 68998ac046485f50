//! Time expressions: recognition and normalisation relative to the publication date.
//!
//! [`TimeRecognizer::recognize`] finds dates ("June 3", "1994", "last week", "the early 1990s",
//! "From April to November 1993"), times of day ("9 a.m. Tuesday", "Friday night"), durations
//! ("three years") and recurring times ("daily") in a tokenized [`Doc`], and gives each a
//! TIMEX3-style value, a granularity and where the value came from.
//!
//! Key design decisions:
//! - **Two steps: what the text says, then what it means.** A grammar over atoms (see
//!   [`annals_quantity::atoms`]) turns words into a description that may leave things open
//!   ("June 3, year not given", "the Friday before the publication date"); resolution fills them
//!   from the publication date, the tense of the clause and the time mentioned before (the
//!   *reference time*, for "the following year" or "a year earlier"). Nothing is guessed
//!   without an anchor: **with no publication date "June 3" is `XXXX-06-03`** and "yesterday"
//!   is `XXXX-XX-XX`, with [`Basis::Unresolved`].
//! - **Values follow TIMEX3** (ISO 8601 with `X` for unknown digits):
//!
//!   | granularity   | value examples                          |
//!   |---------------|-----------------------------------------|
//!   | `minute`/`hour` | `2019-06-03T09:30`, `2019-06-03T21`   |
//!   | `part_of_day` | `2019-06-03TNI` (MO, MI, AF, EV, NI, DT) |
//!   | `day`         | `2019-06-03`, `XXXX-06-03`, `XXXX-WXX-5` (a weekday with no anchor) |
//!   | `week`        | `2019-W23`, weekend `2019-W23-WE`        |
//!   | `month`       | `2019-06`                               |
//!   | `quarter`/`half`/`season` | `2019-Q2`, `2019-H1`, `2019-SU` |
//!   | `year`, `decade`, `century` | `1994`, `199X`, `19XX`    |
//!   | `reference`   | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` ("now", "recently", "to this day") |
//!   | durations     | `P3Y`, `P2W`, `PT5H`, `PXY` ("years"); decades as `P20Y`, quarters as `P3M` |
//!   | sets          | `P1D` ("daily"), `P1Y` ("annually")      |
//!
//!   **A range is written as ISO 8601 interval `start/end`**: "From April to November 1993" is
//!   `1993-04/1993-11` with granularity `month`, and its two endpoints are kept in
//!   [`TimeExpr::range`] with their own spans and values. A year missing from one endpoint is
//!   taken from the other ("April" gets 1993 here, from the text, so it is not *inferred*).
//! - **Part-of-period words are a modifier**, not a different value: "the early 1990s" is
//!   `199X` with [`Mod::Start`]; "more than three years" is `P3Y` with [`Mod::MoreThan`].
//! - **Prepositions are kept as a [`Signal`]**, outside the span ("since 1994": span "1994",
//!   signal `since`), so the event coder can tell a point from an anchor of a lasting state.
//! - **Language knowledge is data**: month and weekday names, holidays, relative words, tense
//!   cues are in `data/*.txt` (format of [`annals_quantity::lexfile`]); users add their own
//!   with [`TimeRecognizer::extend`].

mod calendar;
mod grammar;
mod lexicon;
mod resolve;
mod value;

use annals_doc::{Doc, Span};
use annals_quantity::atoms::Atoms;
use annals_quantity::{LexError, NumberWords};
/// The date type of publication dates (re-exported so callers need not depend on `chrono`).
pub use chrono::NaiveDate;
use lexicon::TimeLexicon;

/// Errors of this crate: only loading word lists can fail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A word-list file has a mistake; the message names `file:line` and what to fix.
    #[error(transparent)]
    Lexicon(#[from] LexError),
}

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period: "June 3", "1994", "last week", "the early 1990s".
    Date,
    /// A time of day, possibly with its date: "9 a.m. Tuesday", "Friday night".
    Time,
    /// An amount of time: "three years", "the past two weeks".
    Duration,
    /// A recurring time: "daily", "every week".
    Set,
}

impl TimexType {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How fine the value is: the unit of its last known (or unknown) field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// `2019-06-03T09:30`.
    Minute,
    /// `2019-06-03T21`.
    Hour,
    /// `2019-06-03TNI`.
    PartOfDay,
    /// `2019-06-03`.
    Day,
    /// `2019-W23`, `2019-W23-WE`.
    Week,
    /// `2019-06`.
    Month,
    /// `2019-Q2`.
    Quarter,
    /// `2019-SU`.
    Season,
    /// `2019-H1`.
    Half,
    /// `2019`.
    Year,
    /// `199X`.
    Decade,
    /// `19XX`.
    Century,
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference,
}

impl Granularity {
    /// The spelling used in output (`day`, `part_of_day`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Minute => "minute",
            Granularity::Hour => "hour",
            Granularity::PartOfDay => "part_of_day",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Half => "half",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Reference => "reference",
        }
    }
}

/// Where the value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Everything in the value is written in the text ("June 3, 2019", "1994", "three years").
    Text,
    /// Completed from the publication date ("June 3" with a date, "yesterday", "last week").
    Publication,
    /// Completed from a time mentioned earlier in the document ("the following year").
    Context,
    /// It needed an anchor that was not there: the value has `X`s ("XXXX-06-03").
    Unresolved,
}

impl Basis {
    /// `text`, `publication`, `context` or `unresolved`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Text => "text",
            Basis::Publication => "publication",
            Basis::Context => "context",
            Basis::Unresolved => "unresolved",
        }
    }
}

/// A TIMEX3 modifier: which part of the period, or how an amount is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    MoreThan,
    LessThan,
    EqualOrMore,
    EqualOrLess,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
}

impl Mod {
    /// The TIMEX3 spelling (`START`, `MORE_THAN`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::MoreThan => "MORE_THAN",
            Mod::LessThan => "LESS_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Mod> {
        Some(match s {
            "START" => Mod::Start,
            "MID" => Mod::Mid,
            "END" => Mod::End,
            "APPROX" => Mod::Approx,
            "MORE_THAN" => Mod::MoreThan,
            "LESS_THAN" => Mod::LessThan,
            "EQUAL_OR_MORE" => Mod::EqualOrMore,
            "EQUAL_OR_LESS" => Mod::EqualOrLess,
            "BEFORE" => Mod::Before,
            "AFTER" => Mod::After,
            "ON_OR_BEFORE" => Mod::OnOrBefore,
            "ON_OR_AFTER" => Mod::OnOrAfter,
            _ => return None,
        })
    }
}

/// The kind of preposition before a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum SignalKind {
    In,
    On,
    At,
    Since,
    From,
    Until,
    To,
    By,
    Before,
    After,
    During,
    Within,
    For,
    AsOf,
    Between,
    Around,
}

impl SignalKind {
    /// The key used in `data/relative.txt` and in output (`since`, `as_of`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SignalKind::In => "in",
            SignalKind::On => "on",
            SignalKind::At => "at",
            SignalKind::Since => "since",
            SignalKind::From => "from",
            SignalKind::Until => "until",
            SignalKind::To => "to",
            SignalKind::By => "by",
            SignalKind::Before => "before",
            SignalKind::After => "after",
            SignalKind::During => "during",
            SignalKind::Within => "within",
            SignalKind::For => "for",
            SignalKind::AsOf => "as_of",
            SignalKind::Between => "between",
            SignalKind::Around => "around",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<SignalKind> {
        const ALL: [SignalKind; 16] = [
            SignalKind::In,
            SignalKind::On,
            SignalKind::At,
            SignalKind::Since,
            SignalKind::From,
            SignalKind::Until,
            SignalKind::To,
            SignalKind::By,
            SignalKind::Before,
            SignalKind::After,
            SignalKind::During,
            SignalKind::Within,
            SignalKind::For,
            SignalKind::AsOf,
            SignalKind::Between,
            SignalKind::Around,
        ];
        ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The preposition right before a time expression ("since" in "since 1994").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal {
    /// Bytes of the preposition.
    pub span: Span,
    /// What it says about the time.
    pub kind: SignalKind,
}

/// A time expression found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Bytes of the expression (without the preposition before it; with "From … to …" for a
    /// range).
    pub span: Span,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexType,
    /// The TIMEX3-style value (see the crate documentation).
    pub value: String,
    /// How fine the value is.
    pub granularity: Granularity,
    /// Which part of the period, or how a duration is bounded.
    pub modifier: Option<Mod>,
    /// Where the value came from.
    pub basis: Basis,
    /// True when the value has a year that is not written in the expression (taken from the
    /// publication date or an earlier time): "June 3" → `2019-06-03`.
    pub year_inferred: bool,
    /// The preposition before the expression, if any.
    pub signal: Option<Signal>,
    /// The two endpoints of a range ("April" and "November 1993"), each with its own span.
    pub range: Option<Box<[TimeExpr; 2]>>,
}

impl TimeExpr {
    /// The expression's text.
    pub fn text<'a>(&self, doc: &'a Doc) -> &'a str {
        doc.slice(self.span)
    }
}

/// Finds and normalises time expressions. Build once ([`TimeRecognizer::builtin`]), share
/// freely between threads.
#[derive(Debug, Clone)]
pub struct TimeRecognizer {
    lex: TimeLexicon,
    numbers: NumberWords,
}

impl TimeRecognizer {
    /// The recogniser with the built-in English word lists.
    pub fn builtin() -> TimeRecognizer {
        TimeRecognizer { lex: TimeLexicon::builtin(), numbers: NumberWords::builtin().clone() }
    }

    /// Add words from a user file in the format of the files in `data/` (sections of any of them
    /// may be mixed in one file).
    ///
    /// # Errors
    /// Syntax errors, unknown sections and bad keys, each with `file:line`.
    pub fn extend(&mut self, name: &str, text: &str) -> Result<(), Error> {
        self.lex.extend(name, text)
    }

    /// Every time expression in `doc`, in text order, resolved against the document's
    /// publication date (`doc.meta.date`) when it has one.
    pub fn recognize(&self, doc: &Doc) -> Vec<TimeExpr> {
        self.recognize_with_date(doc, doc.meta.date)
    }

    /// Like [`TimeRecognizer::recognize`], with an explicit publication date (`None`: resolve
    /// nothing against a date, leaving `X`s).
    pub fn recognize_with_date(&self, doc: &Doc, date: Option<NaiveDate>) -> Vec<TimeExpr> {
        let atoms = Atoms::new(doc);
        self.recognize_atoms(doc, &atoms, date)
    }

    /// [`TimeRecognizer::recognize_with_date`] on atoms already cut from `doc` (the quantity
    /// recogniser can share them).
    pub fn recognize_atoms(&self, doc: &Doc, atoms: &Atoms<'_>, date: Option<NaiveDate>) -> Vec<TimeExpr> {
        let g = grammar::Grammar { a: atoms, lex: &self.lex, nums: &self.numbers, doc };
        let mut resolver = resolve::Resolver::new(date);
        let mut out = Vec::new();
        for (s, range) in atoms.sentences.iter().enumerate() {
            for found in g.sentence(range.start, range.end) {
                out.push(resolver.resolve(atoms, &found, s));
            }
        }
        out
    }
}
