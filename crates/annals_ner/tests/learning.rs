//! The recogniser learns, saves and runs safely — checked on a small hand-written sample
//! (`tests/data/sample-*.iob2`), so CI needs no corpora. The full accuracy figures come from
//! `annals eval ner` on UniversalNER and are recorded in `models/ner.manifest.md`.

use annals_doc::{Annotator, Doc, Entity, EntityLabel, Layers, Sentence, Span, Token};
use annals_eval::entities::score;
use annals_ner::{Category, Gazetteer, Ner, NerOptions, NerTrainer, TrainSettings, corpus, jackknife};

fn sample(text: &str) -> Vec<Doc> {
    let c = corpus::read_iob2(text, "sample");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    c.docs
}

fn train_docs() -> Vec<Doc> {
    sample(include_str!("data/sample-train.iob2"))
}

fn test_docs() -> Vec<Doc> {
    sample(include_str!("data/sample-test.iob2"))
}

/// A gazetteer the size of a toy: some cities (a few of them only in the test sentences, as a
/// real gazetteer would have them) and a demonym.
fn gazetteer() -> Gazetteer {
    let mut g = Gazetteer::new();
    for city in ["Madrid", "Boston", "Paris", "Rome", "Seattle", "Vienna", "Karachi", "Warsaw", "Prague"] {
        g.add(city, Category::City);
    }
    g.add("Ghanaian", Category::Demonym);
    g
}

fn train(epochs: usize, seed: u64) -> Ner {
    let settings = TrainSettings { seed, ..TrainSettings::default() };
    let mut trainer = NerTrainer::new(&train_docs(), gazetteer(), NerOptions::default(), &settings);
    for _ in 0..epochs {
        trainer.epoch();
    }
    trainer.snapshot(0.0)
}

/// Entity F1 (PER, ORG, LOC) of `ner` on `docs`.
fn f1(ner: &Ner, docs: &[Doc]) -> f64 {
    let labels = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc];
    let mut total = annals_eval::entities::EntityScores::default();
    for gold in docs {
        let mut doc = gold.clone();
        doc.entities.clear();
        ner.annotate(&mut doc);
        total.add(&score(gold, &doc, Some(&labels)));
    }
    total.overall.f1()
}

#[test]
fn learns_to_find_unseen_names() {
    let ner = train(8, 1);
    let test = test_docs();
    // Finding nothing scores 0; the test sentences use names never seen in training.
    let f = f1(&ner, &test);
    assert!(f >= 70.0, "entity F1 on unseen names {f:.1}");
    assert!(f1(&ner, &train_docs()) >= 95.0);
}

#[test]
fn a_saved_model_tags_like_the_trained_one_and_training_is_deterministic() {
    let ner = train(4, 7);
    let bytes = ner.to_bytes();
    assert_eq!(bytes, train(4, 7).to_bytes(), "same data and seed must give the same file");
    let back = Ner::from_bytes(&bytes).expect("reads back");
    for gold in test_docs() {
        let (mut a, mut b) = (gold.clone(), gold.clone());
        ner.annotate(&mut a);
        back.annotate(&mut b);
        assert_eq!(a.entities, b.entities);
    }
    assert!(Ner::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Ner::from_bytes(b"not a model").is_err());
}

#[test]
fn second_pass_trains_on_jackknifed_tags() {
    let docs = train_docs();
    let settings = TrainSettings::default();
    let first = train(6, 1);
    let hints = jackknife(&docs, &gazetteer(), &NerOptions::default(), &settings, 3, 6, |_| {});
    assert_eq!(hints.len(), docs.len());
    assert!(hints.iter().zip(&docs).all(|(h, d)| h.len() == d.tokens.len()));
    let mut trainer = NerTrainer::second_pass(&docs, &hints, &first, &settings);
    for _ in 0..6 {
        trainer.epoch();
    }
    let ner = trainer.snapshot(0.0);
    assert!(ner.has_second_pass());
    let back = Ner::from_bytes(&ner.to_bytes()).expect("two-pass model reads back");
    assert!(back.has_second_pass());
    assert!(f1(&back, &test_docs()) >= 70.0);
}

#[test]
fn nationalities_become_norp_without_touching_other_entities() {
    let ner = train(8, 1);
    let mut doc = sample("# text = Ghanaian officials met in Paris .\n1\tGhanaian\tO\n2\tofficials\tO\n3\tmet\tO\n4\tin\tO\n5\tParis\tB-LOC\n6\t.\tO\n")
        .remove(0);
    doc.entities.clear();
    ner.annotate(&mut doc);
    let found: Vec<(&str, EntityLabel)> = doc.entities.iter().map(|e| (doc.slice(e.span), e.label)).collect();
    assert_eq!(found, [("Ghanaian", EntityLabel::Norp), ("Paris", EntityLabel::Loc)]);
    let mut no_norp = ner.clone();
    no_norp.set_norp(false);
    doc.entities.clear();
    no_norp.annotate(&mut doc);
    assert!(doc.entities.iter().all(|e| e.label != EntityLabel::Norp));
}

fn check_no_panic(ner: &Ner, mut doc: Doc) {
    ner.annotate(&mut doc);
    assert!(doc.layers.contains(Layers::ENTITIES));
    for e in &doc.entities {
        assert!(e.tokens.end as usize <= doc.tokens.len() && e.tokens.start < e.tokens.end);
        assert!(doc.text.get(e.span.range()).is_some());
    }
}

#[test]
fn odd_documents_never_panic() {
    let ner = train(2, 1);
    check_no_panic(&ner, Doc::new("empty", ""));
    // Tokens but no sentences: the whole document is one sentence.
    let mut d = Doc::new("nosent", "Peter Brown in Boston");
    for (s, e) in [(0, 5), (6, 11), (12, 14), (15, 21)] {
        d.tokens.push(Token { span: Span::new(s, e), ..Token::default() });
    }
    d.layers = Layers::TOKENS;
    check_no_panic(&ner, d.clone());
    // A sentence pointing past the tokens is skipped with a diagnostic.
    d.sentences.push(Sentence { tokens: 0..9, span: Span::new(0, 21), ..Sentence::default() });
    let mut bad = d.clone();
    ner.annotate(&mut bad);
    assert!(!bad.diagnostics.is_empty());
    // Odd text: emoji, combining marks, right-to-left script, very long tokens.
    let text = "😀 İstanbul e\u{301} القاهرة ".to_string() + &"x".repeat(10_000);
    let mut odd = Doc::new("odd", text.clone());
    let mut start = 0;
    for piece in text.split(' ') {
        odd.tokens.push(Token { span: Span::new(start, start + piece.len()), ..Token::default() });
        start += piece.len() + 1;
    }
    let n = odd.tokens.len() as u32;
    odd.sentences.push(Sentence { tokens: 0..n, span: Span::new(0, text.len()), ..Sentence::default() });
    odd.entities.push(Entity { tokens: 0..1, span: Span::new(0, 4), label: EntityLabel::Misc });
    check_no_panic(&ner, odd);
}

#[test]
fn word_classes_are_learnt_stored_and_used() {
    let docs = train_docs();
    let mut builder = annals_ner::ClusterBuilder::new();
    for doc in docs.iter().chain(&test_docs()) {
        for s in &doc.sentences {
            let words: Vec<&str> = s.tokens.clone().map(|i| doc.form(i as usize)).collect();
            builder.add_sentence(&words);
        }
    }
    let settings = annals_ner::ClusterSettings { fine: 8, coarse: 2, other: 4, min_count: 2, ..Default::default() };
    let clusters = builder.build(&settings);
    assert!(!clusters.is_empty());
    let options = NerOptions { clusters, ..NerOptions::default() };
    let mut trainer = NerTrainer::new(&docs, gazetteer(), options, &TrainSettings::default());
    for _ in 0..8 {
        trainer.epoch();
    }
    let ner = trainer.snapshot(0.0);
    let bytes = ner.to_bytes();
    let back = Ner::from_bytes(&bytes).expect("a model with word classes reads back");
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.options().clusters, ner.options().clusters);
    assert!(f1(&back, &test_docs()) >= 70.0);
}

#[test]
fn averaging_first_passes_over_seeds_keeps_a_working_model() {
    let models = [train(6, 1), train(6, 2), train(6, 3)];
    let avg = Ner::average_first_passes(&models).expect("three models");
    assert!(!avg.has_second_pass());
    assert!(f1(&avg, &test_docs()) >= 70.0);
    // The average of one model is that model.
    let one = Ner::average_first_passes(&models[..1]).expect("one model");
    for gold in test_docs() {
        let (mut a, mut b) = (gold.clone(), gold.clone());
        one.annotate(&mut a);
        models[0].annotate(&mut b);
        assert_eq!(a.entities, b.entities);
    }
    assert!(Ner::average_first_passes(&[]).is_none());
}
