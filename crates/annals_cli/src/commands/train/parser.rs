//! `annals train parser`: train the dependency parser on a CoNLL-U treebank and write the model
//! and its manifest.

use annals_doc::{Doc, parse_conllu};
use annals_parser::{Parser, TrainConfig};
use anyhow::Context as _;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals train parser`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U), e.g. ../shared/data/ud-ewt/en_ewt-ud-train.conllu.
    #[arg(long)]
    train: PathBuf,
    /// Development treebank (CoNLL-U): the best epoch on it is kept.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model; the manifest goes beside it as `<name>.manifest.md`.
    #[arg(long, default_value = "models/parser.apm")]
    out: PathBuf,
    /// Seed for shuffling and exploration.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Train on the treebank's gold tags instead of tags predicted by the embedded tagger's
    /// training recipe (jack-knifed), which is what the parser sees at run time.
    #[arg(long)]
    gold_tags: bool,
    /// Probability of following the model's own wrong move during training (exploration).
    #[arg(long, default_value_t = TrainConfig::default().explore_prob)]
    explore_prob: f64,
    /// Drop averaged weights smaller than this from the model.
    #[arg(long, default_value_t = TrainConfig::default().min_weight)]
    min_weight: f32,
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<Doc>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = parse_conllu(&text, &path.display().to_string());
    for e in &parsed.errors {
        eprintln!("annals: warning: {}:{e} (sentence skipped)", path.display());
    }
    Ok(parsed.docs)
}

/// Run `annals train parser`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let train = read_treebank(&args.train)?;
    let dev = args.dev.as_deref().map(read_treebank).transpose()?;
    let config = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        explore_prob: args.explore_prob,
        min_weight: args.min_weight,
        ..TrainConfig::default()
    };
    let tags = "gold tags";
    let mut log = String::new();
    let parser = Parser::train(&config, &train, dev.as_deref(), |r| {
        let dev = r.dev.map_or(String::new(), |d| format!("  dev UAS {:.2} LAS {:.2}", d.uas(), d.las()));
        let line = format!(
            "epoch {:2}  errors {:5.2}%  weights {:>9}{dev}  ({:.0} s)",
            r.epoch,
            100.0 * r.errors as f64 / r.transitions.max(1) as f64,
            r.weights,
            r.seconds
        );
        eprintln!("{line}");
        log.push_str(&line);
        log.push('\n');
    })?;
    let bytes = parser.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    let manifest = args.out.with_extension("manifest.md");
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let mut text = String::new();
    writeln!(text, "# Parser model `{}`\n", args.out.display())?;
    writeln!(text, "- data: `{}` (training)", args.train.display())?;
    if let Some(dev) = &args.dev {
        writeln!(text, "- development: `{}` (best epoch kept)", dev.display())?;
    }
    writeln!(text, "- tags at training time: {tags}")?;
    writeln!(text, "- command: `{command}`")?;
    writeln!(text, "- seed: {}, epochs: {}, explore: {}", config.seed, config.epochs, config.explore_prob)?;
    writeln!(text, "- size: {} bytes, {} weights, {} labels", bytes.len(), parser.n_weights(), parser.labels().count())?;
    writeln!(text, "- trained: {} (took {:.0} s)\n", today(), started.elapsed().as_secs_f64())?;
    writeln!(text, "Training log (dev scores: all words, punctuation included; LAS on universal relations):\n")?;
    writeln!(text, "```\n{log}```")?;
    std::fs::write(&manifest, text).with_context(|| format!("cannot write {}", manifest.display()))?;
    eprintln!("wrote {} ({} bytes) and {}", args.out.display(), bytes.len(), manifest.display());
    Ok(ExitCode::SUCCESS)
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
