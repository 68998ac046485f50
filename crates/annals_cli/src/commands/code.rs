//! `annals code`: read documents, code their events and print one `annals.doc/1` JSON record per
//! document (JSON Lines), in input order.
//!
//! Glue only: `annals_readers` reads (streaming), `annals_engine` analyses and builds the record,
//! and [`annals_engine::ordered::map_ordered`] spreads documents over threads while keeping the
//! output in input order. A document that cannot be read is named on stderr and skipped; the
//! batch goes on, and the exit status is non-zero only when no document at all could be read.
//! A progress bar is drawn on stderr only when stderr is a terminal, so logs and pipes stay clean.

use annals_doc::{Doc, Severity};
use annals_engine::ordered::map_ordered;
use annals_engine::{Engine, EngineOptions};
use annals_readers::{Format, NaiveDate, ReadOptions, Reader};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `annals code`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files; `-` (or none) reads standard input.
    pub files: Vec<PathBuf>,
    /// Input format: text, jsonl, html, feed or conllu [default: from extension or content].
    #[arg(long, value_parser = parse_format)]
    pub input: Option<Format>,
    /// Publication date (YYYY-MM-DD) for documents whose input gives none, e.g. plain text.
    /// Without one, "June 3" stays the partial date XXXX-06-03.
    #[arg(long, value_parser = parse_day)]
    pub date: Option<NaiveDate>,
    /// User dictionaries (`.lex` files or PETRARCH dictionaries, files or directories), layered
    /// over the built-in lexicon in the order given.
    #[arg(long = "lexicon", value_name = "DIR")]
    pub lexicons: Vec<PathBuf>,
    /// Worker threads [default: all cores].
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Indent the JSON (one record per several lines, for reading; not JSON Lines).
    #[arg(long)]
    pub pretty: bool,
    /// Load tagger.apm, parser.apm and ner.apm from this directory where present, instead of the
    /// models built into the binary.
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date like 2019-06-03"))
}

/// What became of one input item.
enum Outcome {
    /// The record as JSON (with its trailing newline), and messages about the document.
    Coded { json: String, notes: Vec<String> },
    /// The document could not be read.
    Skipped(String),
}

/// Run `annals code`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = EngineOptions {
        lexicon_paths: args.lexicons.clone(),
        model_dir: args.models.clone(),
        // CoNLL-U input arrives tokenized, tagged and parsed; every other format is raw text.
        preanalysed: args.input == Some(Format::Conllu),
        ..EngineOptions::default()
    };
    let engine = Engine::new(&options)?;
    for problem in engine.problems() {
        eprintln!("annals code: warning: lexicon: {problem}");
    }
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let read = ReadOptions { format: args.input, date: args.date, ..ReadOptions::default() };
    let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };

    // Documents are read lazily on this thread, one file after another.
    let items = files.iter().flat_map(|path| {
        let name = path.display().to_string();
        let docs: Box<dyn Iterator<Item = Result<Doc, annals_readers::Error>> + Send> =
            match Reader::open(path, read.clone()) {
                Ok(reader) => Box::new(reader),
                Err(e) => Box::new(std::iter::once(Err(e))),
            };
        docs.map(move |d| (name.clone(), d))
    });

    let pretty = args.pretty;
    let work = |(file, item): (String, Result<Doc, annals_readers::Error>)| -> Outcome {
        match item {
            Ok(doc) => {
                let analysis = engine.analyse(doc);
                let notes = notes(&file, &analysis.doc);
                let record = engine.record(&analysis);
                let mut json =
                    if pretty { serde_json::to_string_pretty(&record) } else { serde_json::to_string(&record) }
                        .unwrap_or_else(|e| format!("{{\"error\": \"cannot write the record: {e}\"}}"));
                json.push('\n');
                Outcome::Coded { json, notes }
            }
            Err(e) => Outcome::Skipped(e.to_string()),
        }
    };

    let progress = Progress::new();
    let stdout = io::stdout();
    let interactive = stdout.is_terminal();
    let mut out = BufWriter::with_capacity(256 * 1024, stdout.lock());
    let (mut written, mut skipped) = (0usize, 0usize);
    map_ordered(items, threads, work, |outcome| -> io::Result<()> {
        match outcome {
            Outcome::Coded { json, notes } => {
                for n in notes {
                    progress.note(&n);
                }
                out.write_all(json.as_bytes())?;
                if interactive {
                    out.flush()?;
                }
                written += 1;
            }
            Outcome::Skipped(message) => {
                progress.note(&format!("annals code: {message}"));
                skipped += 1;
            }
        }
        progress.tick(written, skipped);
        Ok(())
    })?;
    out.flush()?;
    progress.finish();
    if skipped > 0 {
        eprintln!("annals code: {written} document(s) coded, {skipped} skipped");
    }
    if written == 0 {
        eprintln!("annals code: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Messages about a coded document: repairs the reader made and stages that failed, naming the
/// document.
fn notes(file: &str, doc: &Doc) -> Vec<String> {
    doc.diagnostics
        .iter()
        .filter(|d| d.stage == annals_readers::STAGE || d.severity == Severity::Error)
        .map(|d| {
            let level = if d.severity == Severity::Error { "error" } else { "warning" };
            if doc.meta.id == file {
                format!("annals code: {level}: {file}: {}", d.message)
            } else {
                format!("annals code: {level}: {file} (id \"{}\"): {}", doc.meta.id, d.message)
            }
        })
        .collect()
}

/// A progress line on stderr when it is a terminal; nothing otherwise.
struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new() -> Progress {
        if !io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]") {
            bar.set_style(style);
        }
        Progress { bar: Some(bar) }
    }

    /// Print a message without tearing the bar.
    fn note(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{message}")),
            None => eprintln!("{message}"),
        }
    }

    fn tick(&self, written: usize, skipped: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            let secs = bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{written} coded, {skipped} skipped, {:.1} documents/s", written as f64 / secs));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
