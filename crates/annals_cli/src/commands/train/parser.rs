//! `annals train parser`: train the dependency parser on a CoNLL-U treebank and write the model
//! and its manifest.
//!
//! By default the parser learns from the tags our tagger would give, not the treebank's gold
//! tags: the sentences are *jack-knifed* (split into folds, each tagged by a tagger trained on
//! the other folds, see `annals_tagger::jackknife`). The fold taggers are trained with the
//! settings of the run-time tagger — its beam width and the name lists stored in its model — so
//! the tagging errors the parser learns to live with are the ones it will meet. The development
//! sentences are jack-knifed together with the training sentences, so their tags are honest
//! predictions even when the shipped tagger was trained on them. A parser trained on gold tags
//! trusts them too much and loses several points when it meets real tagger output.

use annals_doc::{Annotator, Doc, parse_conllu, write_conllu};
use annals_parser::{Parser, TrainConfig};
use annals_tagger::Tagger;
use anyhow::Context as _;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Where the tags of the training and development sentences come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tags {
    /// Jack-knifed predictions of taggers trained like the run-time tagger.
    Jackknife,
    /// The treebank's gold tags.
    Gold,
    /// The tags already in the files (e.g. saved earlier with `--save-tagged`).
    Given,
}

/// Arguments of `annals train parser`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U), e.g. ../shared/data/ud-ewt/en_ewt-ud-train.conllu; repeat to
    /// train on several.
    #[arg(long, required = true)]
    train: Vec<PathBuf>,
    /// Development treebank (CoNLL-U): the best epoch on it is kept (for each averaged model).
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model; the manifest goes beside it as `<name>.manifest.md`.
    #[arg(long, default_value = "models/parser.apm")]
    out: PathBuf,
    /// Seed for shuffling and exploration.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Passes over the training data (0: only tag the data, for `--save-tagged`).
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Tags to train with.
    #[arg(long, value_enum, default_value_t = Tags::Jackknife)]
    tags: Tags,
    /// Tagger model whose settings the jack-knife copies and which tags the test data (default:
    /// the model built into this binary).
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Write the tagged training and development files into this directory (same file names),
    /// to train again later with `--tags given` without repeating the jack-knife.
    #[arg(long)]
    save_tagged: Option<PathBuf>,
    /// Test treebank (CoNLL-U) to score the final model on for the manifest; never used for
    /// choices during training.
    #[arg(long)]
    test: Option<PathBuf>,
    /// Folds for jack-knifing the training tags (each fold costs one tagger training).
    #[arg(long, default_value_t = 10)]
    folds: usize,
    /// Probability of following the model's own wrong move during training (exploration).
    #[arg(long, default_value_t = TrainConfig::default().explore_prob)]
    explore_prob: f64,
    /// Models to train from consecutive seeds and average into one.
    #[arg(long, default_value_t = TrainConfig::default().members)]
    members: usize,
    /// Drop averaged weights smaller than this from the model.
    #[arg(long, default_value_t = TrainConfig::default().min_weight)]
    min_weight: f32,
    /// Feature template ids to leave out, comma-separated (default: the recipe's own list).
    #[arg(long, value_delimiter = ',')]
    skip_templates: Option<Vec<u32>>,
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
    let mut files: Vec<(PathBuf, Vec<Doc>)> =
        args.train.iter().map(|p| Ok((p.clone(), read_treebank(p)?))).collect::<anyhow::Result<_>>()?;
    if files.iter().all(|(_, docs)| docs.is_empty()) {
        anyhow::bail!("the training files have no sentences to train on");
    }
    let n_train = files.len();
    if let Some(dev) = &args.dev {
        files.push((dev.clone(), read_treebank(dev)?));
    }
    let run_tagger = load_tagger(args.tagger.as_deref())?;
    let tags = match args.tags {
        Tags::Gold => "gold tags from the treebank".to_string(),
        Tags::Given => "the tags in the files as given".to_string(),
        Tags::Jackknife => jackknife(&run_tagger, &mut files, args.folds)?,
    };
    if let Some(dir) = &args.save_tagged {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (path, docs) in &files {
            let out = dir.join(path.file_name().unwrap_or(path.as_os_str()));
            std::fs::write(&out, write_conllu(docs)).with_context(|| format!("cannot write {}", out.display()))?;
            eprintln!("wrote {}", out.display());
        }
    }
    if args.epochs == 0 {
        eprintln!("--epochs 0: no parser trained");
        return Ok(ExitCode::SUCCESS);
    }
    let dev = args.dev.is_some().then(|| files.pop().map(|(_, docs)| docs).unwrap_or_default());
    let train: Vec<Doc> = files.into_iter().take(n_train).flat_map(|(_, docs)| docs).collect();
    let config = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        explore_prob: args.explore_prob,
        min_weight: args.min_weight,
        members: args.members,
        skip_templates: args.skip_templates.clone().unwrap_or(TrainConfig::default().skip_templates),
        ..TrainConfig::default()
    };
    let mut log = String::new();
    let mut kept = None;
    let parser = Parser::train(&config, &train, dev.as_deref(), |r| {
        let dev = r.dev.map_or(String::new(), |d| format!("  dev UAS {:.2} LAS {:.2}", d.uas(), d.las()));
        let line = format!(
            "model {} epoch {:2}  errors {:5.2}%  weights {:>9}{dev}  ({:.0} s)",
            r.member,
            r.epoch,
            100.0 * r.errors as f64 / r.transitions.max(1) as f64,
            r.weights,
            r.seconds
        );
        eprintln!("{line}");
        if let Some(d) = r.dev
            && kept.is_none_or(|(m, _, k): (usize, usize, annals_parser::Attachment)| {
                m != r.member || (d.labelled, d.heads) > (k.labelled, k.heads)
            })
        {
            kept = Some((r.member, r.epoch, d));
        }
        log.push_str(&line);
        log.push('\n');
    })?;
    let bytes = parser.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    let manifest = args.out.with_extension("manifest.md");
    let command = std::iter::once("annals".to_string()).chain(std::env::args().skip(1)).collect::<Vec<_>>().join(" ");
    let mut text = String::new();
    writeln!(text, "# Parser model `{}`\n", args.out.display())?;
    let train_names: Vec<String> = args.train.iter().map(|p| format!("`{}`", p.display())).collect();
    writeln!(text, "- data: {} (training)", train_names.join(" + "))?;
    if let Some(dev) = &args.dev {
        writeln!(text, "- development: `{}` (best epoch kept)", dev.display())?;
    }
    writeln!(text, "- tags at training time: {tags}")?;
    writeln!(text, "- command: `{command}`")?;
    writeln!(text, "- settings: `{config:?}`")?;
    writeln!(
        text,
        "- size: {} bytes, {} weights, {} labels",
        bytes.len(),
        parser.n_weights(),
        parser.labels().count()
    )?;
    writeln!(text, "- trained: {} (took {:.0} s)", today(), started.elapsed().as_secs_f64())?;
    writeln!(text, "\n## Scores\n")?;
    writeln!(text, "All words, punctuation included; LAS on universal relations (CoNLL 2018); gold tokens.\n")?;
    if let Some(dev) = &dev {
        let score = score_docs(&parser, dev);
        writeln!(text, "- dev (tags as in training): UAS {:.2}, LAS {:.2}", score.uas(), score.las())?;
    }
    if let Some((_, epoch, _)) = kept.filter(|_| args.members == 1) {
        writeln!(text, "- epoch kept: {epoch}")?;
    }
    if let Some(test) = &args.test {
        let score = score_on(&parser, test, (args.tags != Tags::Gold).then_some(&run_tagger))?;
        eprintln!("test: {score}");
        writeln!(
            text,
            "- test `{}`: UAS {:.2}, LAS {:.2} (exact relations {:.2})",
            test.display(),
            score.uas(),
            score.las(),
            score.las_exact()
        )?;
    }
    writeln!(text)?;
    writeln!(text, "Training log (dev scores: all words, punctuation included; LAS on universal relations):\n")?;
    writeln!(text, "```\n{log}```")?;
    std::fs::write(&manifest, text).with_context(|| format!("cannot write {}", manifest.display()))?;
    eprintln!("wrote {} ({} bytes) and {}", args.out.display(), bytes.len(), manifest.display());
    Ok(ExitCode::SUCCESS)
}

/// The tagger given by `path`, or the embedded one.
fn load_tagger(path: Option<&Path>) -> anyhow::Result<Tagger> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Tagger::from_bytes(&bytes).with_context(|| format!("cannot load {}", p.display()))
        }
        None => Tagger::embedded().context("the jack-knife copies the settings of the embedded tagger"),
    }
}

/// Replace the tags of every file's documents with jack-knifed predictions from taggers trained
/// like `like` (its beam and name lists, the other settings as `annals_tagger::TrainConfig`'s
/// defaults). Returns a description for the manifest.
fn jackknife(like: &Tagger, files: &mut [(PathBuf, Vec<Doc>)], folds: usize) -> anyhow::Result<String> {
    let config = annals_tagger::TrainConfig {
        beam: like.beam(),
        names: like.names().clone(),
        ..annals_tagger::TrainConfig::default()
    };
    let started = Instant::now();
    eprintln!("jack-knifing the tags over {folds} folds (one tagger training per fold)…");
    // One pool, so every sentence is tagged by a tagger that never saw it, whichever file it is in.
    let sizes: Vec<usize> = files.iter().map(|(_, docs)| docs.len()).collect();
    let mut all: Vec<Doc> = files.iter_mut().flat_map(|(_, docs)| std::mem::take(docs)).collect();
    annals_tagger::jackknife(&config, &mut all, folds).context("jack-knifing the tags")?;
    let mut rest = all.into_iter();
    for ((_, docs), n) in files.iter_mut().zip(sizes) {
        docs.extend(rest.by_ref().take(n));
    }
    eprintln!("tagged in {:.0} s", started.elapsed().as_secs_f64());
    let names: Vec<String> = files.iter().map(|(p, _)| format!("`{}`", p.display())).collect();
    Ok(format!(
        "jack-knifed over {folds} folds of {} together, each fold tagged by a tagger trained on the others with \
         `{config:?}` (the beam and name lists of the run-time tagger)",
        names.join(" + ")
    ))
}

/// Tag `doc` in place, keeping its gold heads and relations.
fn tag_keeping_tree(tagger: &Tagger, doc: &mut Doc) {
    let tree: Vec<_> = doc.tokens.iter().map(|t| (t.head, t.deprel.clone())).collect();
    tagger.annotate(doc);
    for (t, (head, deprel)) in doc.tokens.iter_mut().zip(tree) {
        t.head = head;
        t.deprel = deprel;
    }
}

/// Attachment scores of `parser` on the treebank at `path`, tagged by `tagger` (gold tags when
/// `None`).
fn score_on(
    parser: &Parser,
    path: &Path,
    tagger: Option<&Tagger>,
) -> anyhow::Result<annals_eval::parsing::AttachmentScore> {
    let mut gold = read_treebank(path)?;
    if let Some(tagger) = tagger {
        for doc in &mut gold {
            tag_keeping_tree(tagger, doc);
        }
    }
    Ok(score_docs(parser, &gold))
}

/// Attachment scores of `parser` on documents that carry the tags to parse with and the gold
/// trees to compare with.
fn score_docs(parser: &Parser, gold: &[Doc]) -> annals_eval::parsing::AttachmentScore {
    let mut score = annals_eval::parsing::AttachmentScore::default();
    for doc in gold {
        let mut predicted = doc.clone();
        for t in &mut predicted.tokens {
            t.head = None;
            t.deprel = None;
        }
        parser.annotate(&mut predicted);
        score.add_doc(doc, &predicted);
    }
    score
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
