//! Property tests: invariants that hold for any input text.
//!
//! - surface tokens tile the text: every non-whitespace byte is in exactly one surface token and
//!   no token holds whitespace; the words of a multiword token tile it;
//! - every offset is on a character boundary;
//! - sentences cover all tokens, in order, without cutting a multiword token;
//! - the result survives CoNLL-U write → read unchanged.

use annals_doc::{Annotator, Doc, Span, parse_conllu, write_conllu};
use annals_tokenizer::Tokenizer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn tokenizer() -> &'static Tokenizer {
    static TOK: OnceLock<Tokenizer> = OnceLock::new();
    TOK.get_or_init(Tokenizer::new)
}

/// Text made of news-like fragments, tricky punctuation and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        prop::sample::select(vec![
            "Gen.",
            "U.S.",
            "don't",
            "Bush's",
            "parents'",
            "cannot",
            "gonna",
            "I'm",
            "e-mail",
            "search-engine",
            "5:30",
            "1,200.50",
            "$",
            "%",
            "#peace",
            "http://www.x.com/a_(b).html",
            "a.b@enron.com",
            "...",
            "?!",
            "\"",
            "'",
            "''",
            "``",
            "’",
            "‘",
            "“",
            "”",
            "(",
            ")",
            "[",
            "]",
            "--",
            "—",
            "-",
            "/",
            "&",
            "*",
            ":)",
            "etc.",
            "No.",
            "10",
            "BAKU,",
            "(Reuters)",
            "Yahoo!",
            "A++",
            "3-5290",
            "1998-30",
            "w/o",
            ".",
            ",",
            "Mr",
            "Inc..",
            "♥",
            "é",
            "ß",
            "İ",
            "\u{200b}",
            "\u{0}",
            "\u{FFFD}",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9]{1,8}",
        "[[:punct:]]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    let space = prop::sample::select(vec!["", "", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u{a0}", "\u{2029}"]);
    prop::collection::vec((fragment, space), 0..40).prop_map(|parts| {
        let mut s = String::new();
        for (f, sp) in parts {
            s.push_str(&f);
            s.push_str(sp);
        }
        s
    })
}

/// Surface token spans: multiword tokens once, other words as they are.
fn surface(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match doc.multiword_of(i) {
            Some(m) => {
                out.push(m.span);
                i = m.words.end as usize;
            }
            None => {
                out.push(doc.tokens[i].span);
                i += 1;
            }
        }
    }
    out
}

fn check_invariants(doc: &Doc) -> Result<(), TestCaseError> {
    let text = &doc.text;
    let spans = surface(doc);
    // Tiling: walk the text, expecting each non-whitespace run to be covered by consecutive spans.
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &spans {
        prop_assert!(s.start < s.end, "empty token {s:?}");
        prop_assert!(s.start >= last_end, "tokens overlap or are out of order at {s:?}");
        prop_assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
        let t = &text[s.range()];
        prop_assert!(!t.contains(char::is_whitespace), "token {t:?} holds whitespace");
        for b in s.range() {
            covered[b] = true;
        }
        last_end = s.end;
    }
    for (i, c) in text.char_indices() {
        prop_assert!(c.is_whitespace() || covered[i], "{c:?} at {i} is in no token");
    }
    // Words of a multiword token tile it.
    for m in &doc.multiword {
        prop_assert!(m.words.len() >= 2);
        let mut at = m.span.start;
        for w in m.words.clone() {
            let t = &doc.tokens[w as usize];
            prop_assert!(t.form.is_none());
            prop_assert_eq!(t.span.start, at);
            prop_assert!(text.is_char_boundary(t.span.end as usize));
            at = t.span.end;
        }
        prop_assert_eq!(at, m.span.end);
    }
    // Sentences cover every token in order and never cut a multiword token.
    let mut next = 0u32;
    for s in &doc.sentences {
        prop_assert_eq!(s.tokens.start, next);
        prop_assert!(s.tokens.end > s.tokens.start);
        let first = &doc.tokens[s.tokens.start as usize];
        let last = &doc.tokens[s.tokens.end as usize - 1];
        prop_assert_eq!(s.span, Span { start: first.span.start, end: last.span.end });
        if let Some(m) = doc.multiword_of(s.tokens.start as usize) {
            prop_assert_eq!(m.words.start, s.tokens.start);
        }
        next = s.tokens.end;
    }
    prop_assert_eq!(next as usize, doc.tokens.len());
    prop_assert!(doc.sentences.first().is_none_or(|s| s.newpar));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tokens_tile_the_text_and_sentences_cover_them(text in text()) {
        let mut doc = Doc::new("prop", text);
        tokenizer().annotate(&mut doc);
        check_invariants(&doc)?;
    }

    #[test]
    fn arbitrary_unicode_is_handled(text in any::<String>()) {
        let mut doc = Doc::new("prop", text);
        tokenizer().annotate(&mut doc);
        check_invariants(&doc)?;
    }

    #[test]
    fn conllu_write_then_read_gives_the_same_tokens(text in text()) {
        let mut doc = Doc::new("prop", text);
        tokenizer().annotate(&mut doc);
        prop_assume!(!doc.tokens.is_empty());
        let written = write_conllu(std::iter::once(&doc));
        let parsed = parse_conllu(&written, "prop");
        prop_assert!(parsed.errors.is_empty(), "{:?}\n{}", parsed.errors, written);
        prop_assert_eq!(parsed.docs.len(), 1);
        let back = &parsed.docs[0];
        // Leading and trailing whitespace of the document is not a token's business in CoNLL-U.
        prop_assert_eq!(back.text.trim_end(), doc.text.trim_end());
        let spans = |d: &Doc| d.tokens.iter().map(|t| t.span).collect::<Vec<_>>();
        prop_assert_eq!(spans(back), spans(&doc));
        let mwts = |d: &Doc| d.multiword.iter().map(|m| (m.words.clone(), m.span)).collect::<Vec<_>>();
        prop_assert_eq!(mwts(back), mwts(&doc));
        let sents = |d: &Doc| d.sentences.iter().map(|s| (s.tokens.clone(), s.span, s.newpar)).collect::<Vec<_>>();
        prop_assert_eq!(sents(back), sents(&doc));
    }
}
