//! Running the PETRARCH validation and unit-test records through the engine.
//!
//! Each record's sentence is analysed (by the project's own pipeline, or — for developing the
//! coder apart from the parser — from the record's own UD v1 parse) and coded with the suite's
//! own dictionaries; the events become PETRARCH-style `(code, source, target)` codings:
//! negated events take PETRARCH's negated code (through the PICO table) and events the suite
//! cannot express (no source or no target) are left out.

use crate::Engine;
use annals_doc::Doc;
use annals_eval::events::{Coding, SuiteCounts, SuiteRecord, SuiteScore, record_doc};

/// The outcome for one record.
#[derive(Debug, Clone)]
pub struct RecordResult {
    /// Record id.
    pub id: String,
    /// Category.
    pub category: String,
    /// The sentence.
    pub text: String,
    /// What the suite expects.
    pub expected: Vec<Coding>,
    /// What the engine produced.
    pub produced: Vec<Coding>,
    /// Counts for this record.
    pub counts: SuiteCounts,
}

/// A whole run.
#[derive(Debug, Clone, Default)]
pub struct SuiteRun {
    /// Totals and per-category counts.
    pub score: SuiteScore,
    /// Per-record outcomes, in file order.
    pub records: Vec<RecordResult>,
}

/// How to run the suite.
#[derive(Debug, Clone, Copy, Default)]
pub struct SuiteOptions {
    /// Use each record's own parse instead of the project's pipeline.
    pub given_parses: bool,
    /// Score records marked `evaluate="false"` too.
    pub include_unevaluated: bool,
}

/// Code every record and score it.
pub fn run_suite(engine: &Engine, records: &[SuiteRecord], options: SuiteOptions) -> SuiteRun {
    let mut run = SuiteRun::default();
    for record in records {
        if !record.evaluate && !options.include_unevaluated {
            continue;
        }
        let produced = code_record(engine, record, options.given_parses);
        let counts = run.score.add(record, &produced);
        run.records.push(RecordResult {
            id: record.id.clone(),
            category: record.category.clone(),
            text: record.text.clone(),
            expected: record.expected.clone(),
            produced,
            counts,
        });
    }
    run
}

/// A readable account of how one record was analysed and coded: the parse, the actor
/// mentions, and every event with the verb block and pattern line behind it.
pub fn explain_record(engine: &Engine, record: &SuiteRecord, given_parse: bool) -> String {
    use std::fmt::Write as _;
    let analysis = engine.analyse(record_input(record, given_parse));
    let mut out = String::new();
    annals_doc::write_conllu_doc(&analysis.doc, &mut out);
    for m in &analysis.actors.mentions {
        let codes: Vec<&str> = m.actors.iter().map(|&a| analysis.actors.actors[a].code.as_str()).collect();
        let _ = writeln!(out, "mention {:?} tokens {:?} -> {}", analysis.doc.slice(m.span), m.tokens, codes.join(" "));
    }
    for s in &analysis.sentences {
        for e in &s.events {
            let _ = writeln!(
                out,
                "event {} {} {} [{}] block {} pattern line {:?} modality {}",
                e.source.as_ref().map_or("-".into(), |p| p.code()),
                e.target.as_ref().map_or("-".into(), |p| p.code()),
                e.cameo,
                analysis.doc.slice(e.trigger_span),
                e.block,
                e.pattern_line,
                e.modality
            );
        }
    }
    out
}

fn record_input(record: &SuiteRecord, given_parse: bool) -> Doc {
    match given_parse.then(|| record_doc(record)).flatten() {
        Some(doc) => doc,
        None => {
            let mut doc = Doc::new(record.id.clone(), record.text.clone());
            doc.meta.date = record.date;
            doc
        }
    }
}

/// The PETRARCH-style codings the engine gives one record.
pub fn code_record(engine: &Engine, record: &SuiteRecord, given_parse: bool) -> Vec<Coding> {
    let doc = record_input(record, given_parse);
    if engine.is_discarded(&doc.text) {
        return Vec::new();
    }
    let analysis = engine.analyse(doc);
    let pico = engine.coder().pico();
    let mut out = Vec::new();
    for sentence in &analysis.sentences {
        for e in &sentence.events {
            let (Some(source), Some(target)) = (&e.source, &e.target) else { continue };
            let code = if e.modality == annals_coder::modality::Modality::Negated {
                match pico.negate(&e.cameo) {
                    Some(c) => c,
                    None => continue,
                }
            } else {
                e.cameo.clone()
            };
            let coding = Coding { code, source: source.code(), target: target.code() };
            if !out.contains(&coding) {
                out.push(coding);
            }
        }
    }
    out
}
