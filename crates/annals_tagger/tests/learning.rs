//! Small train → evaluate runs that prove the tagger learns, plus the behaviour users rely on:
//! model files round-trip, training is deterministic, odd input never panics.
//!
//! CI has no corpora, so the learning tests train on a hand-written sample committed under
//! `tests/data/`; when the EWT treebank is present (`../shared/data/ud-ewt`), one test uses a
//! slice of it instead.

use annals_doc::{Annotator, Doc, Layers, Span, Token, Upos, parse_conllu};
use annals_tagger::{Tagger, TrainConfig, jackknife};
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn read(path: &Path) -> Vec<Doc> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let parsed = parse_conllu(&text, "test");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    parsed.docs
}

/// A quick configuration for tiny data.
fn small_config() -> TrainConfig {
    TrainConfig { epochs: 8, folds: 3, dict_min_count: 1, sure_min_count: 5, ..TrainConfig::default() }
}

/// UPOS accuracy of `tagger` on `gold`, in percent (tagging copies without their tags).
fn upos_accuracy(tagger: &Tagger, gold: &[Doc]) -> f64 {
    let (mut n, mut right) = (0usize, 0usize);
    for g in gold {
        let mut d = strip(g);
        tagger.tag(&mut d);
        for (a, b) in g.tokens.iter().zip(&d.tokens) {
            n += 1;
            right += (a.upos == b.upos) as usize;
        }
    }
    100.0 * right as f64 / n as f64
}

fn strip(g: &Doc) -> Doc {
    let mut d = g.clone();
    for t in &mut d.tokens {
        (t.upos, t.xpos, t.lemma, t.feats) = (None, None, None, None);
    }
    d
}

/// Accuracy of always answering the most frequent training UPOS.
fn most_frequent_tag_baseline(train: &[Doc], test: &[Doc]) -> f64 {
    let mut counts = [0usize; 17];
    for t in train.iter().flat_map(|d| &d.tokens) {
        if let Some(u) = t.upos {
            counts[u.index()] += 1;
        }
    }
    let best = Upos::ALL[(0..17).max_by_key(|&i| counts[i]).expect("17 tags")];
    let toks: Vec<&Token> = test.iter().flat_map(|d| &d.tokens).collect();
    100.0 * toks.iter().filter(|t| t.upos == Some(best)).count() as f64 / toks.len() as f64
}

fn check_learns(train: &[Doc], test: &[Doc], cfg: &TrainConfig, at_least: f64) {
    let tagger = Tagger::train(cfg, train, None).expect("trains");
    let acc = upos_accuracy(&tagger, test);
    let base = most_frequent_tag_baseline(train, test);
    eprintln!("UPOS {acc:.1} % (most-frequent-tag baseline {base:.1} %)");
    assert!(acc >= at_least, "UPOS {acc:.1} % below {at_least} %");
    assert!(acc >= base + 30.0, "UPOS {acc:.1} % not far above the baseline {base:.1} %");
}

#[test]
fn learns_the_hand_written_sample() {
    let train = read(&data("sample-train.conllu"));
    let test = read(&data("sample-test.conllu"));
    check_learns(&train, &test, &small_config(), 80.0);
}

#[test]
fn learns_from_a_slice_of_ewt_or_the_sample() {
    let ewt = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-ewt");
    let (train, dev) = (ewt.join("en_ewt-ud-train.conllu"), ewt.join("en_ewt-ud-dev.conllu"));
    if !train.exists() || !dev.exists() {
        eprintln!("EWT not found at {}: using the committed sample", ewt.display());
        return check_learns(
            &read(&data("sample-train.conllu")),
            &read(&data("sample-test.conllu")),
            &small_config(),
            80.0,
        );
    }
    // The first 1,000 training sentences and the first 300 development sentences.
    let slice = |docs: Vec<Doc>, n: usize| -> Vec<Doc> {
        let mut out = Vec::new();
        let mut left = n;
        for d in docs {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(d.sentences.len());
            out.push(d);
        }
        out
    };
    let cfg = TrainConfig { epochs: 5, passes: 1, ..TrainConfig::default() };
    check_learns(&slice(read(&train), 1000), &slice(read(&dev), 300), &cfg, 85.0);
}

#[test]
fn tags_lemmas_and_features_of_a_hand_built_sentence() {
    let tagger = Tagger::train(&small_config(), &read(&data("sample-train.conllu")), None).expect("trains");
    let mut doc = doc_from_words(&["The", "ministers", "met", "in", "Moscow", "."]);
    tagger.annotate(&mut doc);
    assert!(doc.layers.contains(Layers::UPOS | Layers::XPOS | Layers::LEMMA | Layers::FEATS));
    let got: Vec<(&str, &str)> =
        doc.tokens.iter().map(|t| (t.upos.map_or("_", Upos::as_str), t.lemma.as_deref().unwrap_or("_"))).collect();
    assert_eq!(
        got,
        [("DET", "the"), ("NOUN", "minister"), ("VERB", "meet"), ("ADP", "in"), ("PROPN", "Moscow"), ("PUNCT", ".")]
    );
    assert_eq!(doc.tokens[2].xpos.as_deref(), Some("VBD"));
}

#[test]
fn model_bytes_round_trip_and_training_is_deterministic() {
    let train = read(&data("sample-train.conllu"));
    let a = Tagger::train(&small_config(), &train, None).expect("trains");
    let b = Tagger::train(&small_config(), &train, None).expect("trains");
    let bytes = a.to_bytes();
    assert_eq!(bytes, b.to_bytes(), "same data, settings and seed must give the same model");
    let back = Tagger::from_bytes(&bytes).expect("loads");
    let test = read(&data("sample-test.conllu"));
    for g in &test {
        let (mut x, mut y) = (strip(g), strip(g));
        a.tag(&mut x);
        back.tag(&mut y);
        assert_eq!(x, y);
    }
    for cut in [0, 7, 12, bytes.len() / 2, bytes.len() - 1] {
        assert!(Tagger::from_bytes(&bytes[..cut]).is_err(), "truncated at {cut}");
    }
}

#[test]
fn odd_input_never_panics() {
    let tagger = Tagger::train(&small_config(), &read(&data("sample-train.conllu")), None).expect("trains");
    let long = "x".repeat(100_000);
    let words: Vec<&str> = vec!["", "\u{0}", "🙂", "İstanbul", "ǅ", "---", long.as_str(), "e\u{301}", "12,5", "'s"];
    let mut doc = doc_from_words(&words);
    tagger.tag(&mut doc);
    assert!(doc.tokens.iter().all(|t| t.upos.is_some() && t.lemma.is_some()));

    let mut empty = Doc::new("empty", "");
    tagger.tag(&mut empty);
    assert!(empty.tokens.is_empty());

    // Tokens without sentences are tagged as one sequence.
    let mut unsplit = doc_from_words(&["Troops", "met"]);
    unsplit.sentences.clear();
    tagger.tag(&mut unsplit);
    assert!(unsplit.tokens.iter().all(|t| t.upos.is_some()));
}

#[test]
fn annotator_contract() {
    let tagger = Tagger::train(&small_config(), &read(&data("sample-train.conllu")), None).expect("trains");
    assert_eq!(tagger.name(), "tagger");
    assert_eq!(tagger.requires(), Layers::TOKENS | Layers::SENTENCES);
    assert!(tagger.assigns().contains(Layers::UPOS | Layers::XPOS | Layers::LEMMA));
}

#[test]
fn jackknife_replaces_every_tag() {
    let mut docs = read(&data("sample-train.conllu"));
    let gold = docs.clone();
    jackknife(&TrainConfig { passes: 1, ..small_config() }, &mut docs, 3).expect("trains");
    let total = docs[0].tokens.len();
    assert!(docs.iter().flat_map(|d| &d.tokens).all(|t| t.upos.is_some() && t.lemma.is_some()));
    // Predicted, not copied: held-out tags of a tiny sample cannot all be right.
    let same = docs[0].tokens.iter().zip(&gold[0].tokens).filter(|(a, b)| a.upos == b.upos).count();
    assert!(same < total, "jack-knifed tags equal the gold tags");
    assert!(same * 10 > total * 6, "jack-knifed tags are mostly right ({same}/{total})");
}

#[test]
fn embedded_model_loads_or_says_how_to_train_one() {
    match Tagger::embedded() {
        Ok(tagger) => {
            let mut doc = doc_from_words(&["Armenian", "troops", "occupied", "the", "territories", "."]);
            tagger.tag(&mut doc);
            let upos: Vec<&str> = doc.tokens.iter().map(|t| t.upos.map_or("_", Upos::as_str)).collect();
            assert_eq!(upos, ["ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]);
            let lemmas: Vec<&str> = doc.tokens.iter().map(|t| t.lemma.as_deref().unwrap_or("_")).collect();
            assert_eq!(lemmas, ["Armenian", "troop", "occupy", "the", "territory", "."]);
        }
        Err(e) => assert!(e.to_string().contains("annals train tagger"), "{e}"),
    }
}

/// A one-sentence document whose text is the words joined by spaces.
fn doc_from_words(words: &[&str]) -> Doc {
    let text = words.join(" ");
    let mut doc = Doc::new("hand-built", text);
    let mut at = 0;
    for w in words {
        doc.tokens.push(Token { span: Span::new(at, at + w.len()), ..Token::default() });
        at += w.len() + 1;
    }
    doc.layers |= Layers::TOKENS;
    doc.set_sentences(&[0], &[true]);
    doc
}

#[test]
fn beam_search_with_global_training_learns_and_round_trips() {
    let train = read(&data("sample-train.conllu"));
    let test = read(&data("sample-test.conllu"));
    let mut cfg = TrainConfig { beam: 4, ..small_config() };
    cfg.names.add_lexicon("name: Armenia\nadj: Armenian\ncapital: Yerevan\n");
    check_learns(&train, &test, &cfg, 80.0);
    let tagger = Tagger::train(&cfg, &train, None).expect("trains");
    let bytes = tagger.to_bytes();
    assert_eq!(bytes, Tagger::train(&cfg, &train, None).expect("trains").to_bytes(), "deterministic");
    let back = Tagger::from_bytes(&bytes).expect("loads");
    for g in &test {
        let (mut x, mut y) = (strip(g), strip(g));
        tagger.tag(&mut x);
        back.tag(&mut y);
        assert_eq!(x, y);
    }
}
