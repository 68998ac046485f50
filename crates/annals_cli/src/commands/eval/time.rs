//! `annals eval time`: recall and value accuracy of time expressions against TimeML gold data.
//!
//! Each `.tml` document's text is tokenized, tagged (when the tagger model is built in; verb
//! tags tell the recogniser the tense of a clause, as in the full pipeline) and run through the
//! time recogniser with the document's creation time (`DCT`) as the publication date. A predicted range ("from April to
//! November 1993") is scored through its two endpoints, because TimeML annotates the endpoints
//! as two expressions.

use annals_doc::{Annotator, Doc};
use annals_eval::timex::{PredictedTimex, TimexScores, read_timeml};
use annals_time::{TimeExpr, TimeRecognizer};
use annals_tokenizer::Tokenizer;
use anyhow::Context as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `annals eval time`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A TimeML (`.tml`) file, or a directory searched recursively for them.
    #[arg(long)]
    pub gold: PathBuf,
    /// Also print up to N value mismatches and N missed expressions (for error analysis).
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Ignore the creation times: resolve nothing against a publication date.
    #[arg(long)]
    pub no_dct: bool,
    /// Do not run the POS tagger (tense then comes from cue words only).
    #[arg(long)]
    pub no_tagger: bool,
}

/// Run `annals eval time`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    collect(&args.gold, &mut files).with_context(|| format!("reading {}", args.gold.display()))?;
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no .tml files under {}", args.gold.display());
    }
    let tokenizer = Tokenizer::new();
    let tagger = match annals_tagger::Tagger::embedded() {
        _ if args.no_tagger => None,
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("annals: no POS tagger ({e}); tense comes from cue words only");
            None
        }
    };
    let times = TimeRecognizer::builtin();
    let mut scores = TimexScores::default();
    let mut failed = 0;
    let mut texts = std::collections::HashMap::new();
    for path in &files {
        let name = path.display().to_string();
        let xml = match std::fs::read_to_string(path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("annals: {name}: {e}");
                failed += 1;
                continue;
            }
        };
        let gold = match read_timeml(&name, &xml) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("annals: {e}");
                failed += 1;
                continue;
            }
        };
        let mut doc = Doc::new(gold.id.clone(), gold.text.clone());
        if !args.no_dct {
            doc.meta.date =
                gold.dct.as_deref().and_then(|d| annals_time::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        }
        tokenizer.annotate(&mut doc);
        if let Some(t) = &tagger {
            t.tag(&mut doc);
        }
        let mut predicted = Vec::new();
        for t in times.recognize(&doc) {
            push_scored(&t, &mut predicted);
        }
        scores.add_doc(&gold.id, &gold.text, &gold.timexes, &predicted);
        if args.errors > 0 {
            texts.insert(gold.id.clone(), gold.text);
        }
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "TimeML documents: {} ({} unreadable); POS tagger {}",
        files.len() - failed,
        failed,
        if tagger.is_some() { "on" } else { "off" }
    )?;
    writeln!(out, "{scores}")?;
    if args.errors > 0 {
        writeln!(out, "\nvalue mismatches (gold text, gold value | predicted text, predicted value | context):")?;
        for m in scores.mismatches.iter().take(args.errors) {
            let context = texts.get(&m.doc).map_or(String::new(), |t| context(t, m.span));
            writeln!(
                out,
                "  {:<8} {:<30} {:<14} | {:<30} {:<16} | {}",
                m.kind, m.gold_text, m.gold_value, m.predicted_text, m.predicted_value, context
            )?;
        }
        writeln!(out, "\npredicted, not in the gold data:")?;
        for (doc, kind, text, value) in scores.spurious.iter().take(args.errors) {
            writeln!(out, "  {kind:<8} {text:<30} {value:<14} {doc}")?;
        }
        writeln!(out, "\nmissed:")?;
        for (doc, kind, text, value) in scores.missed.iter().take(args.errors) {
            writeln!(out, "  {kind:<8} {text:<30} {value:<14} {doc}")?;
        }
    }
    Ok(if failed == files.len() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Up to 60 bytes of text on each side of `span`, on one line.
fn context(text: &str, span: annals_doc::Span) -> String {
    let mut a = (span.start as usize).saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end as usize + 60).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..span.start as usize], &text[span.range()], &text[span.end as usize..b])
        .replace(['\n', '\t'], " ")
}

/// The predictions to score for `t`: a range is scored through its endpoints.
fn push_scored(t: &TimeExpr, out: &mut Vec<PredictedTimex>) {
    match &t.range {
        Some(ends) => ends.iter().for_each(|e| push_scored(e, out)),
        None => out.push(PredictedTimex { span: t.span, kind: t.kind.as_str().to_string(), value: t.value.clone() }),
    }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            collect(&entry?.path(), out)?;
        }
    } else if path.extension().is_some_and(|e| e == "tml") {
        out.push(path.to_path_buf());
    }
    Ok(())
}
