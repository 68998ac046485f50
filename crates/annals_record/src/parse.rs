//! The `annals.parse/1` record: a document's text with its sentences, tokens, multiword tokens,
//! entities and diagnostics.
//!
//! Token heads are document-wide token indices (0-based, the position in `tokens`), so a
//! consumer never has to add sentence offsets; a root token has `"head": null` and
//! `"deprel": "root"`, and a token that was not parsed has both `null`.

use annals_doc::{Doc, Head, Severity};
use serde::{Deserialize, Serialize};

/// The schema name written in every parse record.
pub const PARSE_SCHEMA: &str = "annals.parse/1";

/// One document as `annals parse --format json` writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParseRecord {
    /// Always [`PARSE_SCHEMA`].
    pub schema: String,
    /// Document id.
    pub id: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Outlet or feed title.
    pub source: Option<String>,
    /// Where the document came from.
    pub url: Option<String>,
    /// Headline, when the input carried one separately.
    pub title: Option<String>,
    /// The text every offset points into.
    pub text: String,
    /// Sentences in text order.
    pub sentences: Vec<SentenceRecord>,
    /// Syntactic words in text order.
    pub tokens: Vec<TokenRecord>,
    /// Surface tokens made of several words (`don't` = `do` + `n't`).
    pub multiword: Vec<MultiwordRecord>,
    /// Named-entity mentions.
    pub entities: Vec<EntityRecord>,
    /// Problems found while reading or analysing the document.
    pub diagnostics: Vec<DiagnosticRecord>,
}

/// A sentence: byte offsets and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Index of the sentence's first token in `tokens`.
    pub token_start: u32,
    /// One past the index of its last token.
    pub token_end: u32,
    /// True when the sentence begins a paragraph.
    pub newpar: bool,
}

/// One syntactic word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Word form (differs from the text under the span only inside some multiword tokens).
    pub form: String,
    /// Lemma.
    pub lemma: Option<String>,
    /// Universal POS tag.
    pub upos: Option<String>,
    /// Penn Treebank tag.
    pub xpos: Option<String>,
    /// Morphological features, CoNLL-U notation.
    pub feats: Option<String>,
    /// Index of the head token in `tokens`; `null` for the root and for unparsed tokens.
    pub head: Option<u32>,
    /// Dependency relation (`root` for the root).
    pub deprel: Option<String>,
}

/// A surface token spanning several words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultiwordRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Index of the first word in `tokens`.
    pub token_start: u32,
    /// One past the index of the last word.
    pub token_end: u32,
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The mention's text.
    pub text: String,
    /// `PER`, `ORG`, `LOC`, `NORP` or `MISC`.
    pub label: String,
    /// Index of the first token in `tokens`.
    pub token_start: u32,
    /// One past the index of the last token.
    pub token_end: u32,
}

/// A problem found while reading or analysing the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticRecord {
    /// `warning` or `error`.
    pub severity: String,
    /// The reader or stage that noticed it.
    pub stage: String,
    /// What happened.
    pub message: String,
    /// First byte concerned, when the problem has a place.
    pub start: Option<u32>,
    /// One past the last byte concerned.
    pub end: Option<u32>,
}

impl ParseRecord {
    /// The record for an analysed document.
    pub fn from_doc(doc: &Doc) -> ParseRecord {
        let owned = |s: &Option<Box<str>>| s.as_deref().map(str::to_owned);
        ParseRecord {
            schema: PARSE_SCHEMA.to_owned(),
            id: doc.meta.id.clone(),
            date: doc.meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
            source: doc.meta.source.clone(),
            url: doc.meta.url.clone(),
            title: doc.meta.title.clone(),
            text: doc.text.clone(),
            sentences: doc
                .sentences
                .iter()
                .map(|s| SentenceRecord {
                    start: s.span.start,
                    end: s.span.end,
                    token_start: s.tokens.start,
                    token_end: s.tokens.end,
                    newpar: s.newpar,
                })
                .collect(),
            tokens: doc
                .tokens
                .iter()
                .enumerate()
                .map(|(i, t)| TokenRecord {
                    start: t.span.start,
                    end: t.span.end,
                    form: doc.form(i).to_owned(),
                    lemma: owned(&t.lemma),
                    upos: t.upos.map(|u| u.as_str().to_owned()),
                    xpos: owned(&t.xpos),
                    feats: owned(&t.feats),
                    head: match t.head {
                        Some(Head::Token(h)) => Some(h),
                        Some(Head::Root) | None => None,
                    },
                    deprel: owned(&t.deprel),
                })
                .collect(),
            multiword: doc
                .multiword
                .iter()
                .map(|m| MultiwordRecord {
                    start: m.span.start,
                    end: m.span.end,
                    token_start: m.words.start,
                    token_end: m.words.end,
                })
                .collect(),
            entities: doc
                .entities
                .iter()
                .map(|e| EntityRecord {
                    start: e.span.start,
                    end: e.span.end,
                    text: doc.slice(e.span).to_owned(),
                    label: e.label.as_str().to_owned(),
                    token_start: e.tokens.start,
                    token_end: e.tokens.end,
                })
                .collect(),
            diagnostics: doc
                .diagnostics
                .iter()
                .map(|d| DiagnosticRecord {
                    severity: match d.severity {
                        Severity::Warning => "warning",
                        Severity::Error => "error",
                    }
                    .to_owned(),
                    stage: d.stage.to_owned(),
                    message: d.message.clone(),
                    start: d.span.map(|s| s.start),
                    end: d.span.map(|s| s.end),
                })
                .collect(),
        }
    }

    /// The record as one line of JSON (no trailing newline).
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("a record of strings and numbers always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::{Entity, EntityLabel, Layers, MultiwordToken, Span, Token, Upos};

    /// "I don't." by hand: a multiword token, a root, a head, an entity and a diagnostic.
    fn doc() -> Doc {
        let mut d = Doc::new("d1", "I don't.");
        d.meta.date = chrono::NaiveDate::from_ymd_opt(2019, 6, 3);
        let spans = [(0, 1), (2, 4), (4, 7), (7, 8)];
        d.tokens = spans.iter().map(|&(s, e)| Token { span: Span::new(s, e), ..Token::default() }).collect();
        d.tokens[1].upos = Some(Upos::Aux);
        d.tokens[1].head = Some(Head::Root);
        d.tokens[1].deprel = Some("root".into());
        d.tokens[0].head = Some(Head::Token(1));
        d.tokens[0].lemma = Some("I".into());
        d.multiword.push(MultiwordToken { words: 1..3, span: Span::new(2, 7), misc: None });
        d.layers |= Layers::TOKENS;
        d.set_sentences(&[0], &[true]);
        d.entities.push(Entity { tokens: 0..1, span: Span::new(0, 1), label: EntityLabel::Per });
        d.diagnose(Severity::Warning, "reader", "1 invalid byte replaced", Some(Span::new(0, 1)));
        d
    }

    #[test]
    fn record_fields_follow_the_contract() {
        let rec = ParseRecord::from_doc(&doc());
        let v: serde_json::Value = serde_json::from_str(&rec.to_json_line()).unwrap();
        assert_eq!(v["schema"], "annals.parse/1");
        assert_eq!(v["date"], "2019-06-03");
        assert_eq!(v["sentences"][0]["start"], 0);
        assert_eq!(v["sentences"][0]["end"], 8);
        assert_eq!(v["sentences"][0]["newpar"], true);
        assert_eq!(v["tokens"][2]["form"], "n't");
        assert_eq!(v["tokens"][0]["head"], 1);
        assert_eq!(v["tokens"][1]["head"], serde_json::Value::Null);
        assert_eq!(v["tokens"][1]["deprel"], "root");
        assert_eq!(v["tokens"][1]["upos"], "AUX");
        assert_eq!(v["multiword"][0]["token_start"], 1);
        assert_eq!(v["entities"][0]["text"], "I");
        assert_eq!(v["entities"][0]["label"], "PER");
        assert_eq!(v["diagnostics"][0]["severity"], "warning");
        let back: ParseRecord = serde_json::from_value(v).unwrap();
        assert_eq!(back, rec);
    }
}
