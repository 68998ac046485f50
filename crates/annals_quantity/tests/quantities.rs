//! Behaviour of the quantity recogniser on hand-built documents.

use annals_doc::{Annotator, Doc, Span};
use annals_quantity::QuantityRecognizer;
use annals_tokenizer::Tokenizer;

/// `text` run through the project's tokenizer and sentence splitter.
fn tokenized(text: &str) -> Doc {
    let mut doc = Doc::new("test", text);
    Tokenizer::new().annotate(&mut doc);
    doc
}

/// Quantities in `text` as `text [min, max] bound noun` lines.
fn check(text: &str, expected: &[&str]) {
    let doc = tokenized(text);
    let found: Vec<String> = QuantityRecognizer::builtin()
        .recognize(&doc, &[])
        .iter()
        .map(|q| {
            let num = |v: Option<f64>| v.map_or("null".to_string(), |v| v.to_string());
            format!(
                "{} [{}, {}] {} {}",
                q.text(&doc),
                num(q.min),
                num(q.max),
                q.bound.as_str(),
                q.noun_text(&doc).unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(found, expected, "in {text:?}");
}

#[test]
fn digits_and_words() {
    check(
        "Police said 20,000 people and twenty-five soldiers came.",
        &["20,000 [20000, 20000] exact people", "twenty-five [25, 25] exact soldiers"],
    );
    check("Some 1.5 million were displaced.", &["Some 1.5 million [1500000, 1500000] approximately -"]);
    check(
        "A dozen villagers and two dozen cows.",
        &["A dozen [12, 12] exact villagers", "two dozen [24, 24] exact cows"],
    );
}

#[test]
fn bounds() {
    check(
        "More than 20,000 Azerbaijanis were killed and over 1 million were displaced.",
        &["More than 20,000 [20000, null] more_than Azerbaijanis", "over 1 million [1000000, null] more_than -"],
    );
    check(
        "at least 30 civilians, nearly 300 troops, up to 50 rebels, fewer than 10 men, about 40 cars",
        &[
            "at least 30 [30, null] at_least civilians",
            "nearly 300 [null, 300] nearly troops",
            "up to 50 [null, 50] at_most rebels",
            "fewer than 10 [null, 10] less_than men",
            "about 40 [40, 40] approximately cars",
        ],
    );
}

#[test]
fn vague_amounts() {
    check(
        "Dozens of people and hundreds of thousands of refugees fled.",
        &["Dozens [24, 99] vague people", "hundreds of thousands [200000, 999999] vague refugees"],
    );
    check("several hundred protesters", &["several hundred [300, 900] vague protesters"]);
    check("more than a dozen bodies", &["more than a dozen [12, null] more_than bodies"]);
}

#[test]
fn ranges() {
    check(
        "between 10 and 20 people, 30-40 soldiers, two or three men and 2 to 3 million dollars",
        &[
            "between 10 and 20 [10, 20] range people",
            "30-40 [30, 40] range soldiers",
            "two or three [2, 3] range men",
            "2 to 3 million [2000000, 3000000] range dollars",
        ],
    );
}

#[test]
fn percentages_and_money() {
    check(
        "occupied 20 percent of its territory, 5% of voters and $1.5 billion",
        &["20 percent [20, 20] exact percent", "5% [5, 5] exact %", "$1.5 billion [1500000000, 1500000000] exact -"],
    );
}

#[test]
fn counted_noun_is_the_head_of_the_phrase() {
    check(
        "seven surrounding regions and the two South Caucasus countries",
        &["seven [7, 7] exact regions", "two [2, 2] exact countries"],
    );
}

#[test]
fn not_quantities() {
    check(
        "In 1994 the G7 met at 10:30 on the 3rd floor; call 555-123-4567 about Resolution 242, a 25-year-old, and no one else. The score was 3-0.",
        &[],
    );
    check("One of the 1500 people", &["One [1, 1] exact -", "1500 [1500, 1500] exact people"]);
    check("007 fans saw seed 7 Henman beat one armed rival", &["7 [7, 7] exact -", "one [1, 1] exact rival"]);
}

#[test]
fn excluded_spans_are_skipped() {
    let doc = tokenized("On June 3 four resolutions passed.");
    let q = QuantityRecognizer::builtin().recognize(&doc, &[Span::new(3, 9)]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text(&doc), "four");
}
