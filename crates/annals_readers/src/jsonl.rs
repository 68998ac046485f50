//! JSON Lines: one document per line.
//!
//! Each line is parsed on its own, so a malformed line costs only that line: the error names the
//! line number and, when it can still be found in the broken text, the document's id.

use crate::date::parse_date;
use crate::{Error, Location};
use annals_doc::{Doc, Severity};
use serde_json::Value;

/// Turn one non-blank line into a document.
pub(crate) fn parse_line(line: &str, at: &mut Location) -> Result<Doc, Error> {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            at.id = recover_id(line);
            return Err(Error::Malformed { at: at.clone(), message: format!("malformed JSON: {e}") });
        }
    };
    let Value::Object(map) = value else {
        return Err(Error::Malformed {
            at: at.clone(),
            message: "expected a JSON object like {\"id\": …, \"text\": …}".into(),
        });
    };
    at.id = match map.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let text = match map.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => {
            return Err(Error::Malformed { at: at.clone(), message: "no \"text\" field".into() });
        }
        Some(_) => return Err(Error::Malformed { at: at.clone(), message: "\"text\" is not a string".into() }),
    };
    let id = at.id.clone().unwrap_or_else(|| format!("{}:{}", at.file, at.line.unwrap_or(0)));
    let mut doc = Doc::new(id, text);
    let string = |key: &str| map.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    doc.meta.source = string("source").map(String::from);
    doc.meta.url = string("url").map(String::from);
    doc.meta.title = string("title").map(String::from);
    if let Some(raw) = string("date") {
        match parse_date(raw) {
            Some(d) => doc.meta.date = Some(d),
            None => doc.diagnose(
                Severity::Warning,
                "reader",
                format!("ignored unreadable date {raw:?} (expected 2019-06-03, RFC 3339 or RFC 2822)"),
                None,
            ),
        }
    }
    Ok(doc)
}

/// The value of `"id"` in a line that is not valid JSON, when it is still legible.
fn recover_id(line: &str) -> Option<String> {
    let after_key = &line[line.find("\"id\"")? + 4..];
    let value = after_key.trim_start().strip_prefix(':')?.trim_start();
    if let Some(rest) = value.strip_prefix('"') {
        let mut out = String::new();
        let mut escaped = false;
        for c in rest.chars() {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => return Some(out),
                (_, c) => {
                    escaped = false;
                    out.push(c);
                }
            }
            if out.len() > 200 {
                return None;
            }
        }
        None
    } else {
        let digits: String = value.chars().take_while(|c| c.is_ascii_digit()).collect();
        (!digits.is_empty()).then_some(digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> Location {
        Location { file: "b.jsonl".into(), line: Some(7), ..Location::default() }
    }

    #[test]
    fn reads_fields_and_dates() {
        let doc = parse_line(
            r#"{"id":"a1","text":"Hi there.","date":"Mon, 03 Jun 2019 10:00:00 +0000","source":"X","url":"u"}"#,
            &mut at(),
        )
        .unwrap();
        assert_eq!(doc.meta.id, "a1");
        assert_eq!(doc.meta.date.unwrap().to_string(), "2019-06-03");
        assert_eq!(doc.meta.source.as_deref(), Some("X"));
        let doc = parse_line(r#"{"id":5,"text":"x","date":"soon"}"#, &mut at()).unwrap();
        assert_eq!(doc.meta.id, "5");
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(parse_line(r#"{"text":"x"}"#, &mut at()).unwrap().meta.id, "b.jsonl:7");
    }

    #[test]
    fn malformed_lines_name_their_id_when_legible() {
        let err = parse_line(r#"{"id": "bad-1", "text": "unterminated}"#, &mut at()).unwrap_err();
        assert_eq!(err.location().id.as_deref(), Some("bad-1"));
        assert!(err.to_string().starts_with("b.jsonl:7 (id \"bad-1\"): malformed JSON"), "{err}");
        let err = parse_line(r#"{"id": 3, "title": "x"}"#, &mut at()).unwrap_err();
        assert!(err.to_string().contains("no \"text\" field"), "{err}");
        assert!(parse_line("[1,2]", &mut at()).is_err());
    }
}
