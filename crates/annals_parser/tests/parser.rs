//! Behaviour of the parser that users rely on: it learns from a treebank, it always returns one
//! tree per sentence whatever the input, and a model survives a round trip through its bytes.
//!
//! Everything here runs on `tests/data/sample.conllu`, a small treebank written by hand for
//! these tests, so the tests need no corpus and no committed model.

use annals_doc::{Annotator, Doc, Head, Layers, Span, Token, Upos, parse_conllu};
use annals_parser::{Parser, ParserError, TrainConfig};
use proptest::prelude::*;
use std::sync::OnceLock;

const SAMPLE: &str = include_str!("data/sample.conllu");

/// The sample split into its first `n` sentences and the rest, each as one document.
fn split_sample(n: usize) -> (Doc, Doc) {
    let blocks: Vec<&str> = SAMPLE.split("\n\n").filter(|b| b.contains('\t')).collect();
    let read = |blocks: &[&str]| {
        let parsed = parse_conllu(&blocks.join("\n\n"), "sample");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        parsed.docs.into_iter().next().expect("one document")
    };
    (read(&blocks[..n]), read(&blocks[n..]))
}

fn train(docs: &[Doc]) -> Parser {
    let config = TrainConfig { epochs: 10, ..TrainConfig::default() };
    Parser::train(&config, docs, None, |_| {}).expect("trains")
}

/// A parser trained on the whole sample, shared by the tests.
fn sample_parser() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(|| train(&parse_conllu(SAMPLE, "sample").docs))
}

/// A copy of `doc` with heads and relations removed.
fn unparsed(doc: &Doc) -> Doc {
    let mut d = doc.clone();
    for t in &mut d.tokens {
        t.head = None;
        t.deprel = None;
    }
    d.layers = d.layers.difference(Layers::DEPS);
    d
}

/// Share of words whose head matches, in percent.
fn uas(gold: &Doc, predicted: &Doc) -> f64 {
    let right = gold.tokens.iter().zip(&predicted.tokens).filter(|(g, p)| g.head == p.head).count();
    100.0 * right as f64 / gold.tokens.len() as f64
}

/// Check that every sentence of `doc` is a tree: every word has a head inside its sentence and a
/// relation, exactly one word hangs off the root, and following heads always reaches it.
fn assert_trees(doc: &Doc) {
    for s in &doc.sentences {
        let range = s.tokens.clone();
        let mut roots = 0;
        for i in range.clone() {
            let t = &doc.tokens[i as usize];
            assert!(t.deprel.as_deref().is_some_and(|r| !r.is_empty()), "word {i} has no relation");
            match t.head.expect("every word gets a head") {
                Head::Root => {
                    roots += 1;
                    assert_eq!(t.deprel.as_deref(), Some("root"));
                }
                Head::Token(h) => {
                    assert!(range.contains(&h), "word {i} hangs off {h}, outside its sentence");
                    assert_ne!(t.deprel.as_deref(), Some("root"), "only the root word is `root`");
                }
            }
        }
        if !range.is_empty() {
            assert_eq!(roots, 1, "one root per sentence");
        }
        for i in range.clone() {
            let mut x = i;
            for _ in 0..=range.len() {
                match doc.tokens[x as usize].head {
                    Some(Head::Token(h)) => x = h,
                    _ => break,
                }
            }
            assert_eq!(doc.tokens[x as usize].head, Some(Head::Root), "word {i} is on a cycle");
        }
    }
}

#[test]
fn learns_far_more_than_attaching_to_a_neighbour() {
    let (train_doc, test_doc) = split_sample(30);
    let parser = train(std::slice::from_ref(&train_doc));
    let mut predicted = unparsed(&test_doc);
    parser.annotate(&mut predicted);
    assert_trees(&predicted);

    // Trivial baselines: every word hangs off its neighbour on one side (the last or first word
    // being the root).
    let neighbour = |next: bool| {
        let mut d = unparsed(&test_doc);
        for s in &test_doc.sentences {
            let r = s.tokens.clone();
            for i in r.clone() {
                let h = if next { i + 1 } else { i.wrapping_sub(1) };
                d.tokens[i as usize].head = Some(if r.contains(&h) { Head::Token(h) } else { Head::Root });
            }
        }
        uas(&test_doc, &d)
    };
    let (ours, trivial) = (uas(&test_doc, &predicted), neighbour(false).max(neighbour(true)));
    assert!(ours >= 75.0 && ours >= trivial + 30.0, "UAS {ours:.1} against {trivial:.1} for the baseline");
}

/// A hand-built document: words separated by single spaces, one sentence per slice.
fn doc_of(sentences: &[&[(&str, Upos, &str)]]) -> Doc {
    let mut doc = Doc::new("hand", "");
    let mut starts = Vec::new();
    for words in sentences {
        starts.push(doc.tokens.len() as u32);
        for (form, upos, xpos) in words.iter() {
            if !doc.text.is_empty() {
                doc.text.push(' ');
            }
            let start = doc.text.len();
            doc.text.push_str(form);
            doc.tokens.push(Token {
                span: Span::new(start, doc.text.len()),
                upos: Some(*upos),
                xpos: Some((*xpos).into()),
                ..Token::default()
            });
        }
    }
    doc.set_sentences(&starts, &[]);
    doc.layers |= Layers::TOKENS | Layers::UPOS | Layers::XPOS;
    doc
}

#[test]
fn finds_subject_object_and_oblique_in_an_unseen_sentence() {
    use Upos::*;
    let mut doc = doc_of(&[&[
        ("The", Det, "DT"),
        ("delegation", Noun, "NN"),
        ("met", Verb, "VBD"),
        ("the", Det, "DT"),
        ("president", Noun, "NN"),
        ("in", Adp, "IN"),
        ("Geneva", Propn, "NNP"),
        (".", Punct, "."),
    ]]);
    sample_parser().annotate(&mut doc);
    assert!(doc.layers.contains(Layers::DEPS));
    let arc = |i: usize| (doc.tokens[i].head, doc.tokens[i].deprel.as_deref());
    assert_eq!(arc(2), (Some(Head::Root), Some("root")));
    assert_eq!(arc(1), (Some(Head::Token(2)), Some("nsubj")));
    assert_eq!(arc(4), (Some(Head::Token(2)), Some("obj")));
    assert_eq!(arc(6), (Some(Head::Token(2)), Some("obl")));
    assert_eq!(arc(5), (Some(Head::Token(6)), Some("case")));
}

#[test]
fn odd_documents_get_trees_or_diagnostics_never_a_panic() {
    let parser = sample_parser();
    // No tokens at all.
    let mut empty = Doc::new("empty", "");
    parser.annotate(&mut empty);
    assert!(empty.layers.contains(Layers::DEPS));
    // Words without any tags.
    let mut untagged = doc_of(&[&[("Hello", Upos::Intj, "UH"), ("world", Upos::Noun, "NN")]]);
    for t in &mut untagged.tokens {
        t.upos = None;
        t.xpos = None;
    }
    parser.annotate(&mut untagged);
    assert_trees(&untagged);
    // A sentence that points past the tokens is reported, the others are parsed.
    let mut broken = doc_of(&[&[("Troops", Upos::Noun, "NNS"), ("left", Upos::Verb, "VBD")]]);
    broken.sentences.push(annals_doc::Sentence { tokens: 2..9, ..Default::default() });
    parser.annotate(&mut broken);
    assert_eq!(broken.diagnostics.len(), 1, "{:?}", broken.diagnostics);
    assert!(broken.tokens.iter().all(|t| t.head.is_some()));
}

#[test]
fn a_model_round_trips_through_its_bytes() {
    let parser = sample_parser();
    let bytes = parser.to_bytes();
    let back = Parser::from_bytes(&bytes).expect("loads");
    assert_eq!(back.to_bytes(), bytes, "same model, same bytes");
    let (_, test_doc) = split_sample(30);
    let (mut a, mut b) = (unparsed(&test_doc), unparsed(&test_doc));
    parser.annotate(&mut a);
    back.annotate(&mut b);
    assert_eq!(a.tokens, b.tokens);
    for cut in [0, 8, 12, bytes.len() / 2, bytes.len() - 1] {
        assert!(Parser::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    assert!(Parser::from_bytes(b"not a model at all").is_err());
}

#[test]
fn a_model_without_some_templates_keeps_them_out_after_a_round_trip() {
    let (train_doc, test_doc) = split_sample(30);
    // Leave out every word-pair template and the tag trigrams: the model must still learn, and
    // reloading it must not bring them back (the parses would differ if it did).
    let skip: Vec<u32> = (21..=53).collect();
    let config = TrainConfig { epochs: 10, skip_templates: skip, ..TrainConfig::default() };
    let parser = Parser::train(&config, std::slice::from_ref(&train_doc), None, |_| {}).expect("trains");
    let back = Parser::from_bytes(&parser.to_bytes()).expect("loads");
    let (mut a, mut b) = (unparsed(&test_doc), unparsed(&test_doc));
    parser.annotate(&mut a);
    back.annotate(&mut b);
    assert_eq!(a.tokens, b.tokens);
    assert_trees(&a);
    assert!(uas(&test_doc, &a) >= 70.0, "UAS {}", uas(&test_doc, &a));
}

#[test]
fn the_embedded_model_loads_or_says_it_is_missing() {
    match Parser::embedded() {
        Ok(parser) => assert!(parser.labels().any(|l| l == "nsubj")),
        Err(e) => assert!(matches!(e, ParserError::NotTrained), "{e}"),
    }
}

#[test]
fn averaged_models_learn_too() {
    let (train_doc, test_doc) = split_sample(30);
    let config = TrainConfig { epochs: 10, members: 3, ..TrainConfig::default() };
    let parser = Parser::train(&config, std::slice::from_ref(&train_doc), None, |_| {}).expect("trains");
    let mut predicted = unparsed(&test_doc);
    parser.annotate(&mut predicted);
    assert_trees(&predicted);
    assert!(uas(&test_doc, &predicted) >= 75.0);
}

#[test]
fn training_without_trees_is_an_error() {
    let (doc, _) = split_sample(5);
    let err = Parser::train(&TrainConfig::default(), &[unparsed(&doc)], None, |_| {}).expect_err("no trees");
    assert!(matches!(err, ParserError::NoTrainingData));
}

/// Forms and tags to draw random sentences from, including odd ones.
const WORDS: &[(&str, Option<Upos>, Option<&str>)] = &[
    ("the", Some(Upos::Det), Some("DT")),
    ("minister", Some(Upos::Noun), Some("NN")),
    ("met", Some(Upos::Verb), Some("VBD")),
    ("in", Some(Upos::Adp), Some("IN")),
    ("Moscow", Some(Upos::Propn), Some("NNP")),
    (".", Some(Upos::Punct), Some(".")),
    ("and", Some(Upos::Cconj), Some("CC")),
    ("said", Some(Upos::Verb), Some("VBD")),
    ("2024", Some(Upos::Num), Some("CD")),
    ("Ωμέγα", None, None),
    ("@#!", Some(Upos::Sym), Some("NFP")),
    ("𝔘𝔫𝔦", Some(Upos::X), Some("FW")),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_sentence_gets_exactly_one_tree(
        sentences in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 0..40), 0..6)
    ) {
        let mut doc = Doc::new("random", "");
        let mut starts = Vec::new();
        for words in &sentences {
            starts.push(doc.tokens.len() as u32);
            for &w in words {
                let (form, upos, xpos) = WORDS[w];
                doc.text.push(' ');
                let start = doc.text.len();
                doc.text.push_str(form);
                doc.tokens.push(Token {
                    span: Span::new(start, doc.text.len()),
                    upos,
                    xpos: xpos.map(Into::into),
                    ..Token::default()
                });
            }
        }
        doc.set_sentences(&starts, &[]);
        doc.layers |= Layers::TOKENS | Layers::UPOS | Layers::XPOS;
        sample_parser().annotate(&mut doc);
        assert_trees(&doc);
        prop_assert!(doc.tokens.iter().all(|t| t.head.is_some()));
    }
}
