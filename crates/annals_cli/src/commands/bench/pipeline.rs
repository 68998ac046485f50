//! `annals bench pipeline`: throughput of the NLP pipeline (tokenize → tag → parse → entities) on
//! one core, model load time and peak memory.
//!
//! The corpus is read and parsed before the clock starts (JSON Lines with a `text` field, one
//! article per line), so only the NLP stages are timed, each separately as well as together.
//! Besides wall-clock time the command reports the CPU time of the benchmarking thread (from
//! `/proc/thread-self/stat`), which stays meaningful on a machine busy with other work, and the
//! load average, so that a result can be read in its context. Peak memory is the process's
//! high-water mark of resident memory (`VmHWM` in `/proc/self/status`). Run it from a release
//! build: `cargo run --release -- bench pipeline`.

use annals_doc::Doc;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals bench pipeline`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// JSON Lines corpus with a `text` field per line.
    #[arg(long, default_value = "../shared/corpus/bbc-news.jsonl")]
    corpus: PathBuf,
    /// Use only the first N documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Load models from this directory where present (as `annals code --models`).
    #[arg(long, value_name = "DIR")]
    models: Option<PathBuf>,
}

/// Run `annals bench pipeline`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let texts = read_corpus(&args.corpus, args.limit)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let load_before = load_average();

    let start = Instant::now();
    let stages = annals_engine::engine::english_stages(args.models.as_deref())?;
    let load_secs = start.elapsed().as_secs_f64();
    let rss_loaded = peak_rss_kb();

    let mut docs: Vec<Doc> = texts.iter().enumerate().map(|(i, t)| Doc::new(i.to_string(), t.as_str())).collect();
    drop(texts);
    let mut per_stage = vec![0f64; stages.len()];
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    for doc in &mut docs {
        for (k, stage) in stages.iter().enumerate() {
            let t = Instant::now();
            stage.annotate(doc);
            per_stage[k] += t.elapsed().as_secs_f64();
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();

    println!(
        "corpus: {} ({} documents, {:.1} MB, {} tokens, {} sentences)",
        args.corpus.display(),
        docs.len(),
        bytes as f64 / 1e6,
        tokens,
        sentences
    );
    println!("machine: {} cores; load average {} before, {} after", cores(), load_before, load_average());
    println!("model load: {:.3} s ({})", load_secs, stages.iter().map(|s| s.name()).collect::<Vec<_>>().join(", "));
    println!("whole pipeline, one core: {:.2} s wall = {:.0} tokens/s", wall, tokens as f64 / wall);
    if let Some(cpu) = cpu.filter(|&c| c > 0.0) {
        println!("whole pipeline, one core: {:.2} s CPU = {:.0} tokens/s", cpu, tokens as f64 / cpu);
    }
    for (stage, secs) in stages.iter().zip(&per_stage) {
        println!("  {:<10} {:>7.2} s wall = {:>10.0} tokens/s", stage.name(), secs, tokens as f64 / secs);
    }
    match (rss_loaded, peak_rss_kb()) {
        (Some(loaded), Some(peak)) => println!(
            "peak memory (VmHWM): {:.0} MB after loading the models, {:.0} MB at the end (corpus and analyses in memory)",
            loaded as f64 / 1024.0,
            peak as f64 / 1024.0
        ),
        _ => println!("peak memory: not available on this system"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The `text` field of every line of a JSON Lines corpus (up to `limit` documents).
pub(crate) fn read_corpus(path: &Path, limit: Option<usize>) -> anyhow::Result<Vec<String>> {
    let input = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut texts = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if limit.is_some_and(|l| texts.len() >= l) {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{}:{}: not JSON", path.display(), n + 1))?;
        if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
            texts.push(text.to_string());
        }
    }
    anyhow::ensure!(!texts.is_empty(), "{} holds no documents with a `text` field", path.display());
    Ok(texts)
}

/// CPU time (user + system) used so far by the calling thread, where the OS tells it.
pub(crate) fn thread_cpu_seconds() -> Option<f64> {
    proc_cpu_seconds("/proc/thread-self/stat")
}

/// CPU time (user + system) used so far by the whole process (all threads).
pub(crate) fn process_cpu_seconds() -> Option<f64> {
    proc_cpu_seconds("/proc/self/stat")
}

fn proc_cpu_seconds(file: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(file).ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports these in clock ticks of 1/100 s on every common configuration.
    Some((utime + stime) / 100.0)
}

/// The process's peak resident memory in kB (`VmHWM`), on Linux.
pub(crate) fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The 1-, 5- and 15-minute load averages, or `?` where unknown.
pub(crate) fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "?".into())
}

/// Number of cores the process may use.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
