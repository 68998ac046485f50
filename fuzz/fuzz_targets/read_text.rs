//! Fuzz the text reader: arbitrary bytes read as text must give documents or errors, never a
//! panic, and every document must have a non-empty text and consistent spans.
#![no_main]

use annals_readers::{Format, ReadOptions, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions { format: Some(Format::Text), ..ReadOptions::default() };
    for item in Reader::new("fuzz", std::io::Cursor::new(data.to_vec()), opts) {
        if let Ok(doc) = item {
            assert!(!doc.text.trim().is_empty());
            for t in &doc.tokens {
                assert!(doc.text.get(t.span.range()).is_some(), "token span off a char boundary");
            }
            for s in &doc.sentences {
                assert!(s.tokens.start < s.tokens.end && s.tokens.end as usize <= doc.tokens.len());
            }
        }
    }
});
