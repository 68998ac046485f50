//! Unit tests: how single sentences are tokenized, one expectation per convention.

use super::*;

/// Tokenize `input` and compare with `expected`: surface tokens separated by spaces, the words of
/// a multiword token joined by `+`, sentences separated by ` | `.
fn check(input: &str, expected: &str) {
    let tok = Tokenizer::new();
    let mut doc = Doc::new("t", input);
    tok.annotate(&mut doc);
    assert_eq!(render(&doc), expected, "input: {input:?}");
}

fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        if k > 0 {
            out.push_str(" | ");
        }
        let mut i = s.tokens.start as usize;
        let mut first = true;
        while i < s.tokens.end as usize {
            if !first {
                out.push(' ');
            }
            first = false;
            match doc.multiword_of(i) {
                Some(m) => {
                    let words: Vec<&str> = (m.words.start..m.words.end).map(|w| doc.form(w as usize)).collect();
                    out.push_str(&words.join("+"));
                    i = m.words.end as usize;
                }
                None => {
                    out.push_str(doc.form(i));
                    i += 1;
                }
            }
        }
    }
    out
}

#[test]
fn clitics_are_multiword_tokens() {
    check("I don't think it's Bush's fault.", "I do+n't think it+'s Bush+'s fault .");
    check("We can't, won't and cannot.", "We ca+n't , wo+n't and can+not .");
    check("I'm sure they're gonna win.", "I+'m sure they+'re gon+na win .");
    check("The parents' cars", "The parents+' cars");
    check("It’s fine", "It+’s fine");
    check("O'Sullivan's kick", "O'Sullivan+'s kick");
}

#[test]
fn abbreviations_keep_their_period() {
    check("Gen. Smith met Mr. Jones in the U.S. on Jan. 5.", "Gen. Smith met Mr. Jones in the U.S. on Jan. 5 .");
    check("No. 10 Downing St. is here.", "No. 10 Downing St. is here .");
    check("He went home.", "He went home .");
}

#[test]
fn numbers_times_and_dates() {
    check("It cost $1,200.50 at 5:30 p.m. on 11/28/2000.", "It cost $ 1,200.50 at 5:30 p.m. on 11/28/2000 .");
    check("About 35mm and 20% in the 1990s and 22nd.", "About 35 mm and 20 % in the 1990s and 22nd .");
}

#[test]
fn hyphens_split_except_after_prefixes() {
    check("a search-engine e-mail non-stop al-Qaeda", "a search - engine e-mail non-stop al - Qaeda");
    check("call 713-853-3989 now", "call 713-853-3989 now");
    check("then -- without", "then -- without");
}

#[test]
fn urls_emails_and_hashtags() {
    check(
        "See http://www.x.com/a.html, or mail a.b@enron.com.",
        "See http://www.x.com/a.html , or mail a.b@enron.com .",
    );
    check("#peace and @user", "#peace and @user");
}

#[test]
fn quotes_brackets_and_ellipses() {
    check("\"Yes,\" he said (quietly)...", "\" Yes , \" he said ( quietly ) ...");
    check("He said 'no' and/or left", "He said ' no ' and / or left");
}

#[test]
fn datelines_and_paragraphs() {
    let tok = Tokenizer::new();
    let mut doc = Doc::new("t", "Peace talks resume\nBAKU, June 3 (Reuters) - The talks began.\n\nNew paragraph here.");
    tok.annotate(&mut doc);
    assert_eq!(
        render(&doc),
        "Peace talks resume | BAKU , June 3 ( Reuters ) - The talks began . | New paragraph here ."
    );
    let newpar: Vec<bool> = doc.sentences.iter().map(|s| s.newpar).collect();
    assert_eq!(newpar, [true, true, true]);
}

#[test]
fn odd_input_does_not_panic() {
    for input in ["", "   ", "\u{FFFD}\u{0}", "''", "'", "...", "a'", "'s", "-", "$", "#1", "http://", "@", "’’x’’"]
    {
        let tok = Tokenizer::new();
        let mut doc = Doc::new("t", input);
        tok.annotate(&mut doc);
    }
}

#[test]
fn long_pathological_chunks_stay_linear() {
    // Each of these once made some rule rescan the rest of the chunk at every step.
    let n = 20_000;
    let inputs = [
        "1-".repeat(n),
        "'\"".repeat(n),
        "a:".repeat(n),
        "a@b:".repeat(n),
        "x@y".repeat(n),
        "www.".repeat(n),
        "a.".repeat(n),
        "s'".repeat(n),
        "word".repeat(n),
    ];
    let tok = Tokenizer::new();
    for input in inputs {
        let mut doc = Doc::new("t", input);
        tok.annotate(&mut doc);
        assert!(!doc.tokens.is_empty());
    }
}

/// A gold document: sentences joined by one space, with their spans.
fn gold_doc(sentences: &[&str]) -> Doc {
    let mut doc = Doc::new("gold", sentences.join(" "));
    let mut at = 0;
    for s in sentences {
        doc.sentences.push(annals_doc::Sentence {
            span: Span::new(at, at + s.len()),
            newpar: at == 0,
            ..annals_doc::Sentence::default()
        });
        at += s.len() + 1;
    }
    doc
}

#[test]
fn sentence_model_learns_boundaries_the_rules_miss_and_survives_a_round_trip() {
    // Informal text: sentences end with "ok" and no punctuation, which the rules cannot see.
    let subjects = ["We", "They", "The plan", "Everyone", "Nobody", "The minister"];
    let verbs = ["agreed", "left early", "works", "stayed home", "called back", "said yes"];
    let mut docs = Vec::new();
    for round in 0..6 {
        let sentences: Vec<String> =
            (0..6).map(|k| format!("{} {} ok", subjects[(k + round) % 6], verbs[(k * 5 + round) % 6])).collect();
        let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
        docs.push(gold_doc(&refs));
    }
    let model = train_sentence_model(&docs, &TrainOptions { epochs: 5, seed: 7, min_weight: 0.0 }, |_| {});
    let model = SentenceModel::from_bytes(&model.to_bytes()).expect("model reads back");
    let text = "Nobody agreed ok The minister left early ok";
    let mut learned = Doc::new("t", text);
    Tokenizer::with_model(Some(model)).annotate(&mut learned);
    let mut rules = Doc::new("t", text);
    Tokenizer::with_model(None).annotate(&mut rules);
    assert_eq!(learned.sentences.len(), 2, "{}", render(&learned));
    assert_eq!(rules.sentences.len(), 1);
}

#[test]
fn a_damaged_model_is_an_error_not_a_panic() {
    assert!(SentenceModel::from_bytes(b"").is_err());
    assert!(SentenceModel::from_bytes(b"ANNLSNT1\x01\x00\x00\x00garbage").is_err());
    assert!(Tokenizer::try_new().is_ok(), "the embedded model reads");
}

#[test]
fn sentence_final_abbreviations_give_up_their_period() {
    check("We sell cars, boats, etc. The rest is gone.", "We sell cars , boats , etc . | The rest is gone .");
    check("Mr. Smith arrived.", "Mr. Smith arrived .");
}
