//! `annals train sentences`: learn the sentence-boundary model from a CoNLL-U treebank.
//!
//! The text of each training document is rebuilt from its `# text` lines exactly as
//! `annals eval tokenize` does, so the model learns on the same kind of input it is scored on.

use annals_doc::{Annotator, Doc};
use annals_eval::tokenize::{TokenizeScores, read_gold, score};
use annals_tokenizer::{SentenceModel, Tokenizer, TrainOptions, train_sentence_model};
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals train sentences`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U with `# text` lines), e.g. ../shared/data/ud-ewt/en_ewt-ud-train.conllu.
    #[arg(long)]
    train: PathBuf,
    /// Development treebank, scored after training.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model, e.g. models/sentences.apm.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Seed for shuffling the training data.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Drop averaged weights smaller than this (a smaller, faster model).
    #[arg(long, default_value_t = TrainOptions::default().min_weight)]
    min_weight: f32,
}

fn read(path: &Path) -> anyhow::Result<Vec<Doc>> {
    let input = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let corpus = read_gold(&input, "train");
    anyhow::ensure!(!corpus.docs.is_empty(), "{} holds no sentences with `# text` lines", path.display());
    Ok(corpus.docs)
}

fn evaluate(model: &SentenceModel, docs: &[Doc]) -> TokenizeScores {
    let tokenizer = Tokenizer::with_model(Some(model.clone()));
    let mut total = TokenizeScores::default();
    for gold in docs {
        let mut doc = Doc::new(gold.meta.id.clone(), gold.text.clone());
        tokenizer.annotate(&mut doc);
        total.add(score(gold, &doc));
    }
    total
}

/// Run `annals train sentences`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let train = read(&args.train)?;
    let options = TrainOptions { epochs: args.epochs, seed: args.seed, min_weight: args.min_weight };
    eprintln!("training on {} documents from {}", train.len(), args.train.display());
    let model = train_sentence_model(&train, &options, |line| eprintln!("  {line}"));
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    println!(
        "wrote {} ({} features, {} bytes) in {:.1} s",
        args.out.display(),
        model.n_features(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    println!("train sentences  {}", evaluate(&model, &train).sentences);
    if let Some(dev) = &args.dev {
        let dev_docs = read(dev)?;
        let scores = evaluate(&model, &dev_docs);
        println!("dev   tokens     {}", scores.tokens);
        println!("dev   sentences  {}", scores.sentences);
    }
    Ok(ExitCode::SUCCESS)
}
