//! Odd input never makes the time or quantity recognisers panic, and every span they return is
//! inside the text, on character boundaries.

use annals_doc::{Annotator, Doc, Span};
use annals_quantity::QuantityRecognizer;
use annals_time::{NaiveDate, TimeExpr, TimeRecognizer};
use annals_tokenizer::Tokenizer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn span_ok(text: &str, s: Span) -> bool {
    s.start <= s.end
        && (s.end as usize) <= text.len()
        && text.is_char_boundary(s.start as usize)
        && text.is_char_boundary(s.end as usize)
}

fn time_ok(text: &str, t: &TimeExpr) -> bool {
    span_ok(text, t.span)
        && t.signal.is_none_or(|s| span_ok(text, s.span))
        && t.range.as_ref().is_none_or(|r| r.iter().all(|e| time_ok(text, e) && t.span.contains(e.span)))
}

fn check(text: &str, tokenize: bool) {
    static TOOLS: OnceLock<(Tokenizer, TimeRecognizer, QuantityRecognizer)> = OnceLock::new();
    let (tokenizer, times, quantities) =
        TOOLS.get_or_init(|| (Tokenizer::new(), TimeRecognizer::builtin(), QuantityRecognizer::builtin()));
    let mut doc = Doc::new("p", text);
    doc.meta.date = NaiveDate::from_ymd_opt(2019, 6, 3);
    if tokenize {
        tokenizer.annotate(&mut doc);
    }
    let times = times.recognize(&doc);
    for t in &times {
        assert!(time_ok(text, t), "{t:?} in {text:?}");
    }
    let spans: Vec<Span> = times.iter().map(|t| t.span).collect();
    for q in quantities.recognize(&doc, &spans) {
        assert!(span_ok(text, q.span) && q.noun.is_none_or(|n| span_ok(text, n)), "{q:?} in {text:?}");
        assert!(q.min.is_none_or(|m| q.max.is_none_or(|x| m <= x)), "{q:?} in {text:?}");
    }
}

/// Words the grammars care about, so generated text hits many rules.
const WORDS: &[&str] = &[
    "June",
    "3",
    "3rd",
    "1994",
    "'90s",
    "1990s",
    "the",
    "early",
    "mid",
    "-",
    "from",
    "to",
    "between",
    "and",
    "last",
    "next",
    "week",
    "year",
    "years",
    "ago",
    "earlier",
    "a",
    "more",
    "than",
    "20,000",
    "over",
    "1",
    "million",
    "percent",
    "%",
    "$",
    "dozens",
    "of",
    "people",
    "Friday",
    "night",
    "9",
    "a.m.",
    ":",
    "30",
    "quarter",
    "third",
    "fiscal",
    "since",
    "Christmas",
    "now",
    "twenty",
    "five",
    "hundred",
    "é",
    "’s",
    ".",
    ",",
    "\n\n",
    "May",
    "2019",
    "Q3",
    "H1",
    "/",
    "12",
    "99",
    "0",
    "every",
    "daily",
    "the",
    "end",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn word_salad(words in prop::collection::vec(prop::sample::select(WORDS), 0..40), tokenize in any::<bool>()) {
        check(&words.join(" "), tokenize);
    }

    #[test]
    fn any_text(text in "\\PC{0,80}", tokenize in any::<bool>()) {
        check(&text, tokenize);
    }
}
