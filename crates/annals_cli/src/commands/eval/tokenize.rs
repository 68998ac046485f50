//! `annals eval tokenize`: score the tokenizer and sentence splitter against a CoNLL-U treebank.
//!
//! The gold file's raw text is rebuilt from its `# text` lines (see `annals_eval::tokenize`), the
//! tokenizer runs on that text, and token, word and sentence precision/recall/F1 are printed.

use annals_doc::{Annotator, Doc};
use annals_eval::tokenize::{TokenizeScores, read_gold, score, token_differences};
use annals_tokenizer::Tokenizer;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `annals eval tokenize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold CoNLL-U file, e.g. ../shared/data/ud-ewt/en_ewt-ud-test.conllu.
    #[arg(long)]
    gold: PathBuf,
    /// Split sentences by punctuation rules only, ignoring the trained model.
    #[arg(long)]
    rules_only: bool,
    /// Also print up to N stretches of text where the tokens differ (gold ⇒ predicted).
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_errors: usize,
    /// Also print up to N sentence boundaries that were missed or invented.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_sentence_errors: usize,
}

/// Run `annals eval tokenize`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let input = std::fs::read_to_string(&args.gold).with_context(|| format!("cannot read {}", args.gold.display()))?;
    let corpus = read_gold(&input, "gold");
    anyhow::ensure!(!corpus.docs.is_empty(), "{} holds no sentences with `# text` lines", args.gold.display());
    let tokenizer = if args.rules_only { Tokenizer::with_model(None) } else { Tokenizer::try_new()? };
    let mut total = TokenizeScores::default();
    let mut out = std::io::stdout().lock();
    let mut shown = 0;
    let mut shown_sentences = 0;
    for gold in &corpus.docs {
        let mut doc = Doc::new(gold.meta.id.clone(), gold.text.clone());
        tokenizer.annotate(&mut doc);
        total.add(score(gold, &doc));
        for (g, p) in token_differences(gold, &doc) {
            if shown < args.show_errors {
                writeln!(out, "token  {g}  ⇒  {p}")?;
                shown += 1;
            }
        }
        if shown_sentences < args.show_sentence_errors {
            shown_sentences += sentence_errors(gold, &doc, args.show_sentence_errors - shown_sentences, &mut out)?;
        }
    }
    let sentences: usize = corpus.docs.iter().map(|d| d.sentences.len()).sum();
    writeln!(
        out,
        "gold: {} ({} documents, {} sentences; {} tokens not found in `# text`, {} sentences without it)",
        args.gold.display(),
        corpus.docs.len(),
        sentences,
        corpus.unaligned,
        corpus.missing_text
    )?;
    writeln!(out, "sentence splitter: {}", if tokenizer.has_model() { "trained model" } else { "punctuation rules" })?;
    writeln!(out, "tokens     {}", total.tokens)?;
    writeln!(out, "words      {}", total.words)?;
    writeln!(out, "sentences  {}", total.sentences)?;
    Ok(ExitCode::SUCCESS)
}

/// Print boundaries present on one side only, with a little context; returns how many.
fn sentence_errors(gold: &Doc, pred: &Doc, limit: usize, out: &mut impl Write) -> anyhow::Result<usize> {
    let ends = |d: &Doc| d.sentences.iter().map(|s| s.span.end as usize).collect::<std::collections::BTreeSet<_>>();
    let (g, p) = (ends(gold), ends(pred));
    let mut n = 0;
    for (&end, kind) in g.difference(&p).map(|e| (e, "missed ")).chain(p.difference(&g).map(|e| (e, "invented"))) {
        if n >= limit {
            break;
        }
        let mut a = end.saturating_sub(40);
        while !gold.text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (end + 40).min(gold.text.len());
        while !gold.text.is_char_boundary(b) {
            b += 1;
        }
        let ctx = format!("{}‖{}", &gold.text[a..end], &gold.text[end..b]).replace('\n', "⏎");
        writeln!(out, "sentence {kind} {ctx}")?;
        n += 1;
    }
    Ok(n)
}
