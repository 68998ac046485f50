//! `annals bench tokenize`: tokenizer + sentence splitter throughput on one core.
//!
//! The corpus is read and parsed before the clock starts (JSON Lines `{"text": …}`, one article
//! per line), so only tokenization and sentence splitting are timed. Run it from a release build.
//! Besides wall-clock time the command reports the CPU time of the benchmarking thread (from
//! `/proc/thread-self/stat` on Linux), which stays meaningful on a machine busy with other work.

use annals_doc::{Annotator, Doc};
use annals_tokenizer::Tokenizer;
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals bench tokenize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// JSON Lines corpus with a `text` field per line.
    #[arg(long, default_value = "../shared/corpus/bbc-news.jsonl")]
    corpus: PathBuf,
    /// Timed passes over the corpus; the best one is reported.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
}

/// Run `annals bench tokenize`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let input =
        std::fs::read_to_string(&args.corpus).with_context(|| format!("cannot read {}", args.corpus.display()))?;
    let mut texts = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{}:{}: not JSON", args.corpus.display(), n + 1))?;
        if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
            texts.push(text.to_string());
        }
    }
    anyhow::ensure!(!texts.is_empty(), "{} holds no documents with a `text` field", args.corpus.display());
    let bytes: usize = texts.iter().map(String::len).sum();
    let tokenizer = Tokenizer::try_new()?;
    let n_docs = texts.len();
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let (mut words, mut surface, mut sentences) = (0usize, 0usize, 0usize);
    for round in 0..args.rounds.max(1) {
        // Fresh documents each round, built before the clock starts.
        let mut docs: Vec<Doc> = texts.iter().enumerate().map(|(i, t)| Doc::new(i.to_string(), t.clone())).collect();
        let cpu_start = thread_cpu_seconds();
        let start = Instant::now();
        for doc in &mut docs {
            tokenizer.annotate(doc);
        }
        let secs = start.elapsed().as_secs_f64();
        let cpu = thread_cpu_seconds().zip(cpu_start).map(|(b, a)| b - a);
        best = best.min(secs);
        if let Some(cpu) = cpu {
            best_cpu = best_cpu.min(cpu);
        }
        if round == 0 {
            words = docs.iter().map(|d| d.tokens.len()).sum();
            surface = docs
                .iter()
                .map(|d| d.tokens.len() - d.multiword.iter().map(|m| m.words.len() - 1).sum::<usize>())
                .sum();
            sentences = docs.iter().map(|d| d.sentences.len()).sum();
        }
        match cpu {
            Some(cpu) => eprintln!("round {}: {:.3} s wall, {:.3} s CPU", round + 1, secs, cpu),
            None => eprintln!("round {}: {:.3} s wall", round + 1, secs),
        }
    }
    println!(
        "corpus: {} ({} documents, {:.1} MB, {} words, {} surface tokens, {} sentences)",
        args.corpus.display(),
        n_docs,
        bytes as f64 / 1e6,
        words,
        surface,
        sentences
    );
    println!("sentence splitter: {}", if tokenizer.has_model() { "trained model" } else { "punctuation rules" });
    println!(
        "best of {} rounds by wall clock: {:.3} s = {:.0} tokens/s ({:.1} MB/s) on one core",
        args.rounds.max(1),
        best,
        words as f64 / best,
        bytes as f64 / best / 1e6
    );
    if best_cpu.is_finite() && best_cpu > 0.0 {
        println!(
            "best of {} rounds by CPU time: {:.3} s = {:.0} tokens/s ({:.1} MB/s)",
            args.rounds.max(1),
            best_cpu,
            words as f64 / best_cpu,
            bytes as f64 / best_cpu / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// CPU time (user + system) used so far by the calling thread, where the OS tells it.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports these in clock ticks of 1/100 s on every common configuration.
    Some((utime + stime) / 100.0)
}
