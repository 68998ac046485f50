//! `annals eval pos`: UPOS, XPOS, lemma and FEATS accuracy of the tagger on gold tokens, with
//! model load time and tagging throughput.

use annals_doc::{Doc, Layers, parse_conllu};
use annals_eval::tagging::TagScores;
use annals_tagger::Tagger;
use anyhow::Context as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals eval pos`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold treebank (CoNLL-U); its words are tagged as given.
    #[arg(long)]
    gold: PathBuf,
    /// Model file to evaluate (default: the model built into this binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// List the most frequent UPOS confusions.
    #[arg(long, default_value_t = 0)]
    confusions: usize,
    /// Tag the whole file this many times for a steadier throughput figure.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
}

/// A copy of `doc` without the columns the tagger fills (or anything that could leak gold).
fn strip(doc: &Doc) -> Doc {
    let mut d = doc.clone();
    for t in &mut d.tokens {
        t.upos = None;
        t.xpos = None;
        t.lemma = None;
        t.feats = None;
        t.head = None;
        t.deprel = None;
        t.deps = None;
    }
    d.layers = Layers::TOKENS | Layers::SENTENCES;
    d
}

/// Nanoseconds this thread has spent on a CPU, where the system tells (Linux); on a shared
/// machine this measures throughput better than the wall clock.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Run `annals eval pos`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let tagger = match &args.model {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Tagger::from_bytes(&bytes).with_context(|| format!("cannot load {}", path.display()))?
        }
        None => Tagger::embedded()?,
    };
    let load = started.elapsed();

    let text = std::fs::read_to_string(&args.gold).with_context(|| format!("cannot read {}", args.gold.display()))?;
    let parsed = parse_conllu(&text, "gold");
    for e in &parsed.errors {
        eprintln!("annals: warning: {}:{e} (sentence skipped)", args.gold.display());
    }
    let gold = parsed.docs;
    let words: usize = gold.iter().map(|d| d.tokens.len()).sum();
    if words == 0 {
        anyhow::bail!("{} has no words to score", args.gold.display());
    }

    let mut predicted: Vec<Doc> = Vec::new();
    let mut tagging = std::time::Duration::ZERO;
    let mut cpu_ns = Some(0u64);
    for _ in 0..args.repeat.max(1) {
        predicted = gold.iter().map(strip).collect();
        let (t, c) = (Instant::now(), thread_cpu_ns());
        for d in &mut predicted {
            tagger.tag(d);
        }
        tagging += t.elapsed();
        cpu_ns = match (cpu_ns, c, thread_cpu_ns()) {
            (Some(total), Some(a), Some(b)) => Some(total + b.saturating_sub(a)),
            _ => None,
        };
    }
    let scores = TagScores::score(&gold, &predicted);

    println!("gold        {}", args.gold.display());
    println!("model       {}", args.model.as_ref().map_or("built-in".to_string(), |p| p.display().to_string()));
    println!("{scores}");
    let runs = args.repeat.max(1);
    println!("load        {:.1} ms", load.as_secs_f64() * 1e3);
    println!(
        "speed       {:.0} words/s (tagging, lemmas and FEATS on one thread; {} words × {runs} run(s) in {:.3} s)",
        (words * runs) as f64 / tagging.as_secs_f64(),
        words,
        tagging.as_secs_f64()
    );
    if let Some(ns) = cpu_ns.filter(|&ns| ns > 0) {
        println!(
            "cpu speed   {:.0} words/s (per second of CPU time, which a busy machine does not distort)",
            (words * runs) as f64 / (ns as f64 / 1e9)
        );
    }
    if args.confusions > 0 {
        println!("UPOS confusions (gold → predicted):");
        for (g, p, n) in scores.top_confusions(args.confusions) {
            println!("  {g:>6} → {p:<6} {n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
