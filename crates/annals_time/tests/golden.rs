//! Golden test on the worked example of the design brief (`examples/mfa-klaar-meeting.txt`):
//! every date and quantity in it, with and without a publication date.
//!
//! The expected output is `tests/data/mfa-klaar-meeting.expected`; after a deliberate change,
//! regenerate it with `UPDATE_EXPECT=1 cargo test -p annals_time --test golden` and review the
//! diff.

use annals_doc::{Annotator, Doc, Span};
use annals_quantity::QuantityRecognizer;
use annals_time::{NaiveDate, TimeExpr, TimeRecognizer};
use annals_tokenizer::Tokenizer;
use std::fmt::Write as _;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn render_time(doc: &Doc, t: &TimeExpr, indent: &str, out: &mut String) {
    let _ = write!(
        out,
        "{indent}{:?} {}..{} {} {} granularity={} basis={}",
        t.text(doc),
        t.span.start,
        t.span.end,
        t.kind.as_str(),
        t.value,
        t.granularity.as_str(),
        t.basis.as_str()
    );
    if let Some(m) = t.modifier {
        let _ = write!(out, " mod={}", m.as_str());
    }
    if t.year_inferred {
        out.push_str(" year_inferred");
    }
    if let Some(s) = t.signal {
        let _ = write!(out, " signal={}({:?})", s.kind.as_str(), doc.slice(s.span));
    }
    out.push('\n');
    if let Some(ends) = &t.range {
        for e in ends.iter() {
            render_time(doc, e, "    endpoint ", out);
        }
    }
}

fn render(doc: &mut Doc, date: Option<NaiveDate>) -> String {
    let mut out = String::new();
    doc.meta.date = date;
    let times = TimeRecognizer::builtin().recognize(doc);
    let _ = writeln!(out, "## times, publication date {}", date.map_or("none".to_string(), |d| d.to_string()));
    for t in &times {
        render_time(doc, t, "", &mut out);
    }
    let spans: Vec<Span> = times.iter().map(|t| t.span).collect();
    let _ = writeln!(out, "## quantities");
    for q in QuantityRecognizer::builtin().recognize(doc, &spans) {
        let num = |v: Option<f64>| v.map_or("null".to_string(), |v| v.to_string());
        let _ = writeln!(
            out,
            "{:?} {}..{} min={} max={} bound={} noun={:?}",
            q.text(doc),
            q.span.start,
            q.span.end,
            num(q.min),
            num(q.max),
            q.bound.as_str(),
            q.noun_text(doc).unwrap_or("-")
        );
    }
    out
}

#[test]
fn worked_example() {
    let text = std::fs::read_to_string(root().join("../../examples/mfa-klaar-meeting.txt")).unwrap();
    let mut doc = Doc::new("mfa-klaar-meeting", text);
    Tokenizer::new().annotate(&mut doc);
    let mut actual = render(&mut doc, NaiveDate::from_ymd_opt(2019, 6, 3));
    actual.push('\n');
    actual.push_str(&render(&mut doc, None));
    let path = root().join("tests/data/mfa-klaar-meeting.expected");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == actual, "golden output differs; rerun with UPDATE_EXPECT=1 and review.\n{actual}");
}
