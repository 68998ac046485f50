//! Golden tests: every input under `tests/data/*.txt` is tokenized and compared with the readable
//! expectation beside it (`*.tokens`). Run with `UPDATE_EXPECT=1` to rewrite the expectations,
//! then review the diff by hand.

use annals_doc::{Annotator, Doc};
use annals_tokenizer::Tokenizer;
use std::fmt::Write as _;
use std::path::Path;

/// One block per sentence: a header with its number, paragraph flag and byte span, then one line
/// per surface token (`start..end  form`, with the words of a multiword token after `=`).
fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        let par = if s.newpar { ", new paragraph" } else { "" };
        let _ = writeln!(out, "# sentence {}{par} [{}..{}]", k + 1, s.span.start, s.span.end);
        let mut i = s.tokens.start as usize;
        while i < s.tokens.end as usize {
            match doc.multiword_of(i) {
                Some(m) => {
                    let words: Vec<&str> = (m.words.start..m.words.end).map(|w| doc.form(w as usize)).collect();
                    let _ = writeln!(
                        out,
                        "{:>5}..{:<5} {} = {}",
                        m.span.start,
                        m.span.end,
                        doc.slice(m.span),
                        words.join(" + ")
                    );
                    i = m.words.end as usize;
                }
                None => {
                    let t = &doc.tokens[i];
                    let _ = writeln!(out, "{:>5}..{:<5} {}", t.span.start, t.span.end, doc.form(i));
                    i += 1;
                }
            }
        }
        out.push('\n');
    }
    out
}

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let input = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("input file");
    let mut doc = Doc::new(name, input);
    Tokenizer::new().annotate(&mut doc);
    let actual = render(&doc);
    let expected_path = dir.join(format!("{name}.tokens"));
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &actual).expect("write expectation");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if actual != expected {
        let first = actual.lines().zip(expected.lines()).position(|(a, e)| a != e).unwrap_or(0);
        panic!(
            "{name}: output differs from {} at line {} (rerun with UPDATE_EXPECT=1 and review the diff)\n\
             expected: {:?}\n  actual: {:?}",
            expected_path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn mfa_klaar_meeting() {
    check("mfa-klaar-meeting");
}
