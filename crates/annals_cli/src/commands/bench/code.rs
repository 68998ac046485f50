//! `annals bench code`: throughput of the whole `annals code` job — reading JSON Lines, the NLP
//! pipeline, actors, times, quantities, places, the event coder, building the record and writing
//! it as JSON — on one thread and on several.
//!
//! Documents go through the same reader, engine and ordered parallel map as `annals code`; only
//! the output goes to a byte counter instead of stdout. Each thread count is one pass over the
//! corpus (the file is read once before the first pass, so later passes do not wait for the
//! disk). The report gives wall-clock time, the CPU time the process used (on a shared machine
//! the gap between the two shows the interference) and the load average.

use super::pipeline::{cores, load_average, peak_rss_kb, process_cpu_seconds, read_corpus};
use annals_engine::ordered::map_ordered;
use annals_engine::{Engine, EngineOptions};
use annals_readers::{Format, ReadOptions, Reader};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals bench code`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// JSON Lines corpus with a `text` field per line.
    #[arg(long, default_value = "../shared/corpus/bbc-news.jsonl")]
    corpus: PathBuf,
    /// Use only the first N documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Thread counts to measure, e.g. `--threads 1 --threads 2` [default: 1, then all cores].
    #[arg(long, value_name = "N")]
    threads: Vec<usize>,
    /// Load models from this directory where present (as `annals code --models`).
    #[arg(long, value_name = "DIR")]
    models: Option<PathBuf>,
}

/// Run `annals bench code`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // The corpus as JSON Lines in memory, cut to the limit, so every pass reads the same bytes.
    let texts = read_corpus(&args.corpus, args.limit)?;
    let mut jsonl = String::new();
    for (i, text) in texts.iter().enumerate() {
        jsonl.push_str(&serde_json::json!({ "id": format!("bbc-{}", i + 1), "text": text }).to_string());
        jsonl.push('\n');
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    drop(texts);

    let start = Instant::now();
    let options = EngineOptions { model_dir: args.models.clone(), ..EngineOptions::default() };
    let engine = Engine::new(&options)?;
    let load_secs = start.elapsed().as_secs_f64();

    let mut threads = args.threads.clone();
    if threads.is_empty() {
        threads.push(1);
        if cores() > 1 {
            threads.push(cores());
        }
    }
    println!("corpus: {} ({} documents, {:.1} MB)", args.corpus.display(), jsonl.lines().count(), bytes as f64 / 1e6);
    println!("machine: {} cores; load average {} at the start", cores(), load_average());
    println!("engine load (models, lexicon, gazetteer): {load_secs:.3} s");
    let mut first: Option<f64> = None;
    for &n in &threads {
        let read = ReadOptions { format: Some(Format::Jsonl), ..ReadOptions::default() };
        let reader = Reader::new("corpus", std::io::Cursor::new(jsonl.clone().into_bytes()), read);
        let (mut docs, mut skipped, mut tokens, mut events, mut out_bytes) = (0usize, 0usize, 0usize, 0usize, 0usize);
        let cpu_start = process_cpu_seconds();
        let start = Instant::now();
        let work = |item: Result<annals_doc::Doc, annals_readers::Error>| {
            item.ok().map(|doc| {
                let analysis = engine.analyse(doc);
                let record = engine.record(&analysis);
                let json = serde_json::to_string(&record).unwrap_or_default();
                (analysis.doc.tokens.len(), record.events.len(), json.len() + 1)
            })
        };
        map_ordered(reader, n.max(1), work, |done| -> Result<(), std::convert::Infallible> {
            match done {
                Some((t, e, b)) => {
                    docs += 1;
                    tokens += t;
                    events += e;
                    out_bytes += b;
                }
                None => skipped += 1,
            }
            Ok(())
        })
        .unwrap_or_else(|never| match never {});
        let wall = start.elapsed().as_secs_f64();
        let cpu = process_cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);
        let rate = tokens as f64 / wall;
        let scaling = first.map(|f| format!(", {:.2}× the one-thread rate", rate / f)).unwrap_or_default();
        if n == 1 {
            first = Some(rate);
        }
        println!(
            "threads {n}: {docs} documents ({skipped} skipped), {tokens} tokens, {events} events, {:.1} MB of JSON \
             in {wall:.2} s wall = {rate:.0} tokens/s{scaling}",
            out_bytes as f64 / 1e6
        );
        if let Some(cpu) = cpu.filter(|&c| c > 0.0) {
            println!(
                "threads {n}: {cpu:.2} s CPU = {:.0} tokens per CPU-second; load average now {}",
                tokens as f64 / cpu,
                load_average()
            );
        }
    }
    if let Some(peak) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.0} MB", peak as f64 / 1024.0);
    }
    Ok(ExitCode::SUCCESS)
}
