//! Event-coding scores against PETRARCH/TABARI validation records.
//!
//! The records (`PETR_Validate_records_2_02.xml`, `PETR.UnitTest.records.xml`) are XML: each
//! `<Sentence id category date [evaluate|sentence]>` holds `<EventCoding eventcode sourcecode
//! targetcode/>` expectations (or `noevents="True"`, or `error="…"` for sentences that must not be
//! coded) and the `<Text>`. [`read_records`] reads them; [`SuiteScore`] counts how many expected
//! codings were produced exactly (code, source and target all right) and how many produced
//! codings match no expectation.

use chrono::NaiveDate;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;
use std::fmt;

/// One `(code, source, target)` coding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Coding {
    /// CAMEO event code, e.g. `050`.
    pub code: String,
    /// Source actor code, e.g. `ARN`.
    pub source: String,
    /// Target actor code, e.g. `GON`.
    pub target: String,
}

impl fmt::Display for Coding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.source, self.target, self.code)
    }
}

/// A validation record.
#[derive(Debug, Clone, PartialEq)]
pub struct SuiteRecord {
    /// Record id, e.g. `DEMO-01`.
    pub id: String,
    /// Category, e.g. `COMPOUND`.
    pub category: String,
    /// The sentence's date (drives date-restricted actor codes).
    pub date: Option<NaiveDate>,
    /// False when the record is marked `evaluate="false"` or `sentence="false"`.
    pub evaluate: bool,
    /// The sentence text, whitespace-normalised.
    pub text: String,
    /// Expected codings; empty for `noevents` and error records.
    pub expected: Vec<Coding>,
    /// The `error="…"` expectation (`storydiscard`, `sentencediscard`, `bad_input_parse`, …).
    pub error: Option<String>,
    /// The record's own `<Parse>` (CoNLL-U in UD v1 for the 2.02 suite, a Penn tree for the unit
    /// tests), as given.
    pub parse: Option<String>,
}

/// The dictionary files a validation file names in its `<Environment>` (`<Verbfile>`,
/// `<Actorfile>`, `<Agentfile>`, `<Discardfile>`), relative to the file's directory.
pub fn environment_files(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["Verbfile", "Actorfile", "Agentfile", "Discardfile"] {
        let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
        let mut rest = xml;
        while let Some(start) = rest.find(&open) {
            let after = &rest[start + open.len()..];
            let Some(end) = after.find(&close) else { break };
            let name = after[..end].trim();
            if !name.is_empty() && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
            rest = &after[end..];
        }
    }
    out
}

/// Read every `<Sentence>` of a validation file.
pub fn read_records(xml: &str) -> Result<Vec<SuiteRecord>, String> {
    let mut reader = Reader::from_str(xml);
    // The published files leave some elements (`<PLEvent …>`) unclosed.
    reader.config_mut().check_end_names = false;
    let mut out = Vec::new();
    let mut current: Option<SuiteRecord> = None;
    let mut in_text = false;
    let mut in_parse = false;
    loop {
        let event = reader.read_event().map_err(|e| format!("XML error at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "Sentence" => {
                let a = attrs(&e)?;
                let get = |k: &str| a.get(k).cloned();
                let evaluate = match (get("evaluate"), get("sentence")) {
                    (Some(v), _) | (None, Some(v)) => !v.eq_ignore_ascii_case("false"),
                    (None, None) => true,
                };
                current = Some(SuiteRecord {
                    id: get("id").unwrap_or_default(),
                    category: get("category").unwrap_or_default(),
                    date: get("date").and_then(|d| NaiveDate::parse_from_str(&d, "%Y%m%d").ok()),
                    evaluate,
                    text: String::new(),
                    expected: Vec::new(),
                    error: None,
                    parse: None,
                });
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "EventCoding" => {
                let a = attrs(&e)?;
                if let Some(rec) = current.as_mut() {
                    if let Some(err) = a.get("error") {
                        rec.error = Some(err.clone());
                    } else if let (Some(code), Some(source), Some(target)) =
                        (a.get("eventcode"), a.get("sourcecode"), a.get("targetcode"))
                    {
                        rec.expected.push(Coding {
                            code: code.clone(),
                            source: source.clone(),
                            target: target.clone(),
                        });
                    }
                }
            }
            Event::Start(e) if e.name().as_ref() == "Text" => in_text = true,
            Event::End(e) if e.name().as_ref() == "Text" => in_text = false,
            Event::Start(e) if e.name().as_ref() == "Parse" => in_parse = true,
            Event::End(e) if e.name().as_ref() == "Parse" => in_parse = false,
            Event::Text(t) if in_parse => {
                if let Some(rec) = current.as_mut() {
                    rec.parse.get_or_insert_with(String::new).push_str(AsRef::<str>::as_ref(&t));
                }
            }
            Event::Text(t) if in_text => {
                if let Some(rec) = current.as_mut() {
                    let raw = AsRef::<str>::as_ref(&t).to_string();
                    let text = quick_xml::escape::unescape(&raw).map(|c| c.into_owned()).unwrap_or(raw);
                    rec.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(rec) = current.as_mut() {
                    let name = AsRef::<str>::as_ref(&r).to_string();
                    let entity = format!("&{name};");
                    rec.text.push_str(&quick_xml::escape::unescape(&entity).map(|c| c.into_owned()).unwrap_or(entity));
                }
            }
            Event::End(e) if e.name().as_ref() == "Sentence" => {
                if let Some(mut rec) = current.take() {
                    rec.text = rec.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    out.push(rec);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn attrs(e: &BytesStart<'_>) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for a in e.attributes() {
        let a = a.map_err(|err| format!("bad attribute: {err}"))?;
        let key = AsRef::<str>::as_ref(&a.key).to_string();
        let raw = a.value.to_string();
        let value = quick_xml::escape::unescape(&raw).map(|c| c.into_owned()).unwrap_or(raw);
        out.insert(key, value);
    }
    Ok(out)
}

/// Counts over a set of records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SuiteCounts {
    /// Records scored.
    pub records: usize,
    /// Expected codings.
    pub expected: usize,
    /// Expected codings that were produced exactly.
    pub found: usize,
    /// Codings produced.
    pub produced: usize,
    /// Produced codings that match no expectation.
    pub false_positives: usize,
}

impl SuiteCounts {
    /// Share of expected codings produced, in percent.
    pub fn recall(&self) -> f64 {
        if self.expected == 0 { 100.0 } else { 100.0 * self.found as f64 / self.expected as f64 }
    }

    /// Share of produced codings that are false, in percent.
    pub fn false_rate(&self) -> f64 {
        if self.produced == 0 { 0.0 } else { 100.0 * self.false_positives as f64 / self.produced as f64 }
    }

    fn add(&mut self, o: SuiteCounts) {
        self.records += o.records;
        self.expected += o.expected;
        self.found += o.found;
        self.produced += o.produced;
        self.false_positives += o.false_positives;
    }
}

impl fmt::Display for SuiteCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:4} records  expected {:4}  found {:4} ({:5.1} %)  produced {:4}  false {:4} ({:5.1} %)",
            self.records,
            self.expected,
            self.found,
            self.recall(),
            self.produced,
            self.false_positives,
            self.false_rate()
        )
    }
}

/// The document of a record from its own UD v1 `<Parse>`, with relations renamed to UD v2
/// (`dobj`→`obj`, `nsubjpass`→`nsubj:pass`, `name`→`flat`, `nmod` on a predicate → `obl`, …),
/// so a coder can be developed against the suite independently of the project's parser. `None`
/// when the record has no CoNLL-U parse.
pub fn record_doc(record: &SuiteRecord) -> Option<annals_doc::Doc> {
    let parse = record.parse.as_deref()?;
    if !parse.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut conllu = String::new();
    for line in parse.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return None;
        }
        // UD v1's CONJ is UD v2's CCONJ.
        if cols[3] == "CONJ" {
            cols[3] = "CCONJ";
        }
        conllu.push_str(&cols.join("\t"));
        conllu.push('\n');
    }
    conllu.push('\n');
    let mut doc = annals_doc::parse_conllu(&conllu, &record.id).docs.into_iter().next()?;
    doc.meta.date = record.date;
    let heads: Vec<Option<usize>> = doc
        .tokens
        .iter()
        .map(|t| match t.head {
            Some(annals_doc::Head::Token(h)) => Some(h as usize),
            _ => None,
        })
        .collect();
    let upos: Vec<Option<annals_doc::Upos>> = doc.tokens.iter().map(|t| t.upos).collect();
    for (i, t) in doc.tokens.iter_mut().enumerate() {
        let Some(rel) = t.deprel.as_deref() else { continue };
        let head_is_predicate = heads[i].and_then(|h| upos[h]).is_some_and(|u| {
            matches!(u, annals_doc::Upos::Verb | annals_doc::Upos::Adj | annals_doc::Upos::Aux | annals_doc::Upos::Adv)
        });
        let v2 = match rel {
            "dobj" => "obj".to_string(),
            "nsubjpass" => "nsubj:pass".to_string(),
            "csubjpass" => "csubj:pass".to_string(),
            "auxpass" => "aux:pass".to_string(),
            "name" => "flat".to_string(),
            "mwe" => "fixed".to_string(),
            "neg" => "advmod".to_string(),
            "nmod:agent" => "obl:agent".to_string(),
            r if r.starts_with("nmod") && head_is_predicate && r != "nmod:poss" => r.replacen("nmod", "obl", 1),
            r => r.to_string(),
        };
        t.deprel = Some(v2.into());
        // UD v1 tagged auxiliaries and copulas as VERB.
        if matches!(t.deprel.as_deref(), Some("aux" | "aux:pass" | "cop")) {
            t.upos = Some(annals_doc::Upos::Aux);
        }
    }
    Some(doc)
}

/// Score of one record.
pub fn score_record(record: &SuiteRecord, produced: &[Coding]) -> SuiteCounts {
    let mut remaining: Vec<&Coding> = record.expected.iter().collect();
    let mut false_positives = 0;
    // Duplicates of one produced coding count once, as PETRARCH writes each event once.
    let mut seen: Vec<&Coding> = Vec::new();
    for p in produced {
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        match remaining.iter().position(|e| *e == p) {
            Some(i) => {
                remaining.remove(i);
            }
            None => false_positives += 1,
        }
    }
    SuiteCounts {
        records: 1,
        expected: record.expected.len(),
        found: record.expected.len() - remaining.len(),
        produced: seen.len(),
        false_positives,
    }
}

/// Totals and per-category counts for a run over a suite.
#[derive(Debug, Clone, Default)]
pub struct SuiteScore {
    /// All records scored.
    pub total: SuiteCounts,
    /// Per category.
    pub by_category: BTreeMap<String, SuiteCounts>,
}

impl SuiteScore {
    /// Add one record's result.
    pub fn add(&mut self, record: &SuiteRecord, produced: &[Coding]) -> SuiteCounts {
        let c = score_record(record, produced);
        self.total.add(c);
        self.by_category.entry(record.category.clone()).or_default().add(c);
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Validation><Sentences>
<!-- a comment with <EventCoding eventcode="999"/> inside -->
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy &amp; more.
</Text>
<Parse>1 Arnor</Parse></Sentence>
<Sentence date="19950101" id="N-1" category="X" sentence="false">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text></Sentence>
</Sentences></Validation>"#;

    #[test]
    fn environment_names_the_dictionaries() {
        let xml = "<Environment>\n<Verbfile>v.txt</Verbfile>\n<Actorfile>a.txt</Actorfile><Errorfile>e</Errorfile></Environment>";
        assert_eq!(environment_files(xml), vec!["v.txt".to_string(), "a.txt".to_string()]);
    }

    #[test]
    fn reads_records_and_scores_them() {
        let records = read_records(XML).expect("reads");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id, "DEMO-01");
        assert_eq!(
            records[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy & more."
        );
        assert_eq!(records[0].expected.len(), 1);
        assert!(!records[1].evaluate);
        assert!(records[1].expected.is_empty());

        let good = Coding { code: "050".into(), source: "ARN".into(), target: "GON".into() };
        let bad = Coding { code: "050".into(), source: "GON".into(), target: "ARN".into() };
        let mut score = SuiteScore::default();
        score.add(&records[0], &[good.clone(), good.clone(), bad.clone()]);
        score.add(&records[1], &[bad]);
        assert_eq!(score.total.expected, 1);
        assert_eq!(score.total.found, 1);
        assert_eq!(score.total.produced, 3);
        assert_eq!(score.total.false_positives, 2);
        assert_eq!(score.by_category["X"].false_positives, 1);
    }

    /// The published suites read completely (when the corpora are present).
    #[test]
    fn reads_the_published_suites() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/cameo");
        for (file, records, codings) in [
            ("validate-2.02/PETR_Validate_records_2_02.xml", 274, 322),
            ("petrarch2/PETR.UnitTest.records.xml", 284, 359),
        ] {
            let Ok(xml) = std::fs::read_to_string(format!("{root}/{file}")) else { return };
            let recs = read_records(&xml).expect("reads");
            assert_eq!(recs.len(), records, "{file}");
            assert_eq!(recs.iter().map(|r| r.expected.len()).sum::<usize>(), codings, "{file}");
            assert!(recs.iter().all(|r| !r.text.is_empty() && r.date.is_some()), "{file}");
        }
    }
}
