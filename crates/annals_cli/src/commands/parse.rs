//! `annals parse`: read documents and write their NLP analysis as CoNLL-U or JSON Lines.
//!
//! Glue only: `annals_readers` reads; the standard English pipeline of `annals_engine`
//! (tokenizer, tagger, parser, entity recogniser) analyses; `annals_doc` writes CoNLL-U and
//! `annals_record` defines the JSON. Documents are written as they are read, in input order. A
//! document that cannot be read is reported on stderr (naming it) and skipped; the exit status is
//! non-zero only when no document at all could be read.

use annals_doc::{Doc, Severity};
use annals_readers::{Format, NaiveDate, ReadOptions, Reader};
use annals_record::ParseRecord;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `annals parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// CoNLL-U, one `# newdoc` block per document (entity tags in MISC as `NER=B-PER`).
    Conllu,
    /// JSON Lines, one `annals.parse/1` object per document.
    Json,
}

/// Arguments of `annals parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files; `-` (or none) reads standard input.
    pub files: Vec<PathBuf>,
    /// Input format: text, jsonl, html, feed or conllu [default: from extension or content].
    #[arg(long, value_parser = parse_format)]
    pub input: Option<Format>,
    /// Output format.
    #[arg(long, value_enum, default_value = "conllu")]
    pub format: OutputFormat,
    /// Publication date (YYYY-MM-DD) for documents whose input gives none, e.g. plain text.
    #[arg(long, value_parser = parse_day)]
    pub date: Option<NaiveDate>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date like 2019-06-03"))
}

/// Run `annals parse`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = annals_engine::engine::english_pipeline()?;
    let opts = ReadOptions { format: args.input, date: args.date, ..ReadOptions::default() };
    let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files };
    let mut out = BufWriter::with_capacity(256 * 1024, io::stdout().lock());
    let mut written = 0usize;
    let mut skipped = 0usize;
    let mut buf = String::new();
    for path in &files {
        let reader = match Reader::open(path, opts.clone()) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("annals parse: {e}");
                skipped += 1;
                continue;
            }
        };
        for item in reader {
            let mut doc = match item {
                Ok(doc) => doc,
                Err(e) => {
                    eprintln!("annals parse: {e}");
                    skipped += 1;
                    continue;
                }
            };
            pipeline.run(&mut doc);
            report_diagnostics(&doc, path);
            buf.clear();
            match args.format {
                OutputFormat::Conllu => annals_doc::write_conllu_doc(&doc, &mut buf),
                OutputFormat::Json => {
                    buf.push_str(&ParseRecord::from_doc(&doc).to_json_line());
                    buf.push('\n');
                }
            }
            out.write_all(buf.as_bytes())?;
            written += 1;
        }
    }
    out.flush()?;
    if skipped > 0 {
        eprintln!("annals parse: {written} document(s) written, {skipped} skipped");
    }
    if written == 0 {
        eprintln!("annals parse: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Tell the user about repairs the reader made and stages that failed, naming the document.
fn report_diagnostics(doc: &Doc, path: &std::path::Path) {
    for d in &doc.diagnostics {
        if d.stage == annals_readers::STAGE || d.severity == Severity::Error {
            let level = if d.severity == Severity::Error { "error" } else { "warning" };
            let file = path.display().to_string();
            if doc.meta.id == file {
                eprintln!("annals parse: {level}: {file}: {}", d.message);
            } else {
                eprintln!("annals parse: {level}: {file} (id \"{}\"): {}", doc.meta.id, d.message);
            }
        }
    }
}
