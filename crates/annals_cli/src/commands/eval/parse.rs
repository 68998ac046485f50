//! `annals eval parse`: attachment scores of the parser on gold tokens, with model load time and
//! parsing throughput.
//!
//! The gold file's words are kept; their tags come from our tagger (the run-time setting) unless
//! `--gold-tags` asks for the treebank's own, and every head and relation is predicted.

use annals_doc::{Annotator, Doc, Layers, parse_conllu};
use annals_eval::parsing::AttachmentScore;
use annals_parser::Parser;
use annals_tagger::Tagger;
use anyhow::Context as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Arguments of `annals eval parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold treebank (CoNLL-U); its words are parsed as given.
    #[arg(long)]
    gold: PathBuf,
    /// Keep the gold UPOS and XPOS tags instead of tagging with our tagger.
    #[arg(long)]
    gold_tags: bool,
    /// Parser model to evaluate (default: the model built into this binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Tagger model to use (default: the model built into this binary).
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Parse the whole file this many times for a steadier throughput figure.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
}

/// A copy of `doc` without heads and relations and, unless `keep_tags`, without tags.
fn strip(doc: &Doc, keep_tags: bool) -> Doc {
    let mut d = doc.clone();
    for t in &mut d.tokens {
        if !keep_tags {
            t.upos = None;
            t.xpos = None;
            t.lemma = None;
            t.feats = None;
        }
        t.head = None;
        t.deprel = None;
        t.deps = None;
    }
    let keep = if keep_tags { d.layers.difference(Layers::DEPS) } else { Layers::TOKENS | Layers::SENTENCES };
    d.layers = keep;
    d
}

/// Nanoseconds this thread has spent on a CPU (Linux). On a busy shared machine this measures
/// throughput far better than the wall clock.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Run `annals eval parse`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let load_cpu = thread_cpu_ns();
    let parser = match &args.model {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Parser::from_bytes(&bytes).with_context(|| format!("cannot load {}", path.display()))?
        }
        None => Parser::embedded()?,
    };
    let load = started.elapsed();
    let load_cpu = load_cpu.zip(thread_cpu_ns()).map(|(a, b)| b.saturating_sub(a));
    let tagger = if args.gold_tags {
        None
    } else {
        Some(match &args.tagger {
            Some(path) => {
                let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
                Tagger::from_bytes(&bytes).with_context(|| format!("cannot load {}", path.display()))?
            }
            None => Tagger::embedded()?,
        })
    };

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

    let mut tagged: Vec<Doc> = gold.iter().map(|d| strip(d, args.gold_tags)).collect();
    if let Some(tagger) = &tagger {
        for d in &mut tagged {
            tagger.annotate(d);
        }
    }
    let mut predicted = Vec::new();
    let mut parsing = Duration::ZERO;
    let mut parsing_cpu = Some(0u64);
    for _ in 0..args.repeat.max(1) {
        predicted = tagged.clone();
        let (t, c) = (Instant::now(), thread_cpu_ns());
        for d in &mut predicted {
            parser.annotate(d);
        }
        parsing += t.elapsed();
        parsing_cpu = match (parsing_cpu, c, thread_cpu_ns()) {
            (Some(sum), Some(a), Some(b)) => Some(sum + b.saturating_sub(a)),
            _ => None,
        };
    }
    let mut score = AttachmentScore::default();
    for (g, p) in gold.iter().zip(&predicted) {
        score.add_doc(g, p);
    }

    let sentences: usize = gold.iter().map(|d| d.sentences.len()).sum();
    println!("gold        {}", args.gold.display());
    println!("tags        {}", if args.gold_tags { "gold" } else { "predicted by our tagger" });
    println!("words       {words} in {sentences} sentences");
    println!("UAS         {:6.2}", score.uas());
    println!("LAS         {:6.2}  (universal relations, as in CoNLL 2018)", score.las());
    println!("LAS exact   {:6.2}  (relation subtypes must match too)", score.las_exact());
    if score.unmatched > 0 {
        println!("unmatched   {} gold words had no predicted counterpart", score.unmatched);
    }
    let cpu_ms = load_cpu.map_or(String::new(), |ns| format!(", {:.1} ms of CPU", ns as f64 / 1e6));
    println!("model       {} weights, loaded in {:.1} ms{cpu_ms}", parser.n_weights(), load.as_secs_f64() * 1e3);
    let parsed_words = (words * args.repeat.max(1)) as f64;
    println!(
        "speed       {:.0} words/s (parser alone, one thread, wall clock)",
        parsed_words / parsing.as_secs_f64().max(1e-9)
    );
    if let Some(ns) = parsing_cpu.filter(|&ns| ns > 0) {
        println!(
            "cpu speed   {:.0} words/s (per second of CPU time, which a busy machine does not distort)",
            parsed_words / (ns as f64 / 1e9)
        );
    }
    Ok(ExitCode::SUCCESS)
}
