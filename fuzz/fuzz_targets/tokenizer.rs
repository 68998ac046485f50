//! Fuzz the tokenizer: arbitrary bytes → lossy UTF-8 → tokenize → check the invariants that the
//! rest of the pipeline relies on (tokens tile the text on character boundaries, multiword
//! tokens are tiled by their words, sentences cover every token in order).

#![no_main]

use annals_doc::{Annotator, Doc};
use annals_tokenizer::Tokenizer;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn tokenizer() -> &'static Tokenizer {
    static TOK: OnceLock<Tokenizer> = OnceLock::new();
    TOK.get_or_init(Tokenizer::new)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut doc = Doc::new("fuzz", text);
    tokenizer().annotate(&mut doc);
    let text = &doc.text;

    // Surface tokens: in order, non-empty, on char boundaries, no whitespace inside, covering
    // every non-whitespace character.
    let mut covered = vec![false; text.len()];
    let mut last_end = 0u32;
    let mut i = 0;
    while i < doc.tokens.len() {
        let span = match doc.multiword_of(i) {
            Some(m) => {
                let mut at = m.span.start;
                for w in m.words.clone() {
                    let t = &doc.tokens[w as usize];
                    assert_eq!(t.span.start, at, "words do not tile their multiword token");
                    at = t.span.end;
                }
                assert_eq!(at, m.span.end);
                i = m.words.end as usize;
                m.span
            }
            None => {
                i += 1;
                doc.tokens[i - 1].span
            }
        };
        assert!(span.start < span.end && span.start >= last_end, "bad token order at {span:?}");
        let token = text.get(span.range()).expect("token on char boundaries");
        assert!(!token.contains(char::is_whitespace), "whitespace inside {token:?}");
        covered[span.range()].iter_mut().for_each(|c| *c = true);
        last_end = span.end;
    }
    for (k, c) in text.char_indices() {
        assert!(c.is_whitespace() || covered[k], "{c:?} at {k} is in no token");
    }

    // Sentences cover every token in order.
    let mut next = 0u32;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        next = s.tokens.end;
    }
    assert_eq!(next as usize, doc.tokens.len());
});
