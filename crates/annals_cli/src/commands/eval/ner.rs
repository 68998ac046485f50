//! `annals eval ner`: score the entity recogniser against a gold corpus, on the gold tokens.
//!
//! The gold file's tokens and sentences are kept; the recogniser runs on them and its entities
//! are compared with the gold ones by exact span and label (`annals_eval::entities`). Only the
//! labels the gold corpus annotates are scored (PER, ORG, LOC for UniversalNER); NORP entities
//! found from name lists are counted separately. The time spent in the recogniser alone is
//! reported as tokens per second (one thread).

use annals_doc::{Annotator, Doc, EntityLabel, Layers};
use annals_eval::entities::{EntityScores, score};
use annals_ner::Ner;
use annals_ner::corpus::{self, Corpus};
use anyhow::{Context, bail};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Where the part-of-speech tags that a model trained with UPOS features sees come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UposSource {
    /// Run the embedded tagger on the gold tokens (what the pipeline does).
    Tagger,
    /// Copy gold tags from the UD CoNLL-U files given with `--conllu`.
    Gold,
    /// Training only: tags from taggers that did not see the sentence — the UD CoNLL-U files
    /// given with `--conllu` are jack-knifed with the tagger's default settings and the tags
    /// copied by `sent_id`; sentences not in them get the embedded tagger's tags. This gives the
    /// recogniser training tags as noisy as the ones it sees at run time.
    Jackknife,
    /// No tags.
    None,
}

/// Arguments of `annals eval ner`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold corpus: UniversalNER `.iob2`, or `token tag` CoNLL lines (any other extension).
    #[arg(long)]
    pub gold: PathBuf,
    /// Model file to evaluate instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Source of UPOS tags, for models trained with them (default: the tagger).
    #[arg(long, value_enum, default_value = "tagger")]
    pub upos: UposSource,
    /// UD CoNLL-U file(s) with the same sentences (matched by `sent_id`), for `--upos gold`.
    #[arg(long)]
    pub conllu: Vec<PathBuf>,
    /// Labels to score, comma-separated (default: those in the gold file).
    #[arg(long, value_delimiter = ',')]
    pub labels: Vec<String>,
    /// Run the recogniser this many times for a steadier speed figure.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Run only the first pass of a two-pass model (to see what the second adds).
    #[arg(long)]
    pub first_pass_only: bool,
    /// Write every missed and spurious entity, with its sentence, to this file (for error analysis).
    #[arg(long)]
    pub errors: Option<PathBuf>,
}

/// Missed (`-`) and spurious (`+`) entities per sentence, as readable lines.
fn write_errors(path: &Path, gold: &[Doc], predicted: &[Doc], labels: &[EntityLabel]) -> anyhow::Result<()> {
    use std::collections::BTreeSet;
    use std::fmt::Write as _;
    let mut out = String::new();
    for (g, p) in gold.iter().zip(predicted) {
        let key = |d: &Doc| -> BTreeSet<(u32, u32, EntityLabel)> {
            d.entities
                .iter()
                .filter(|e| labels.contains(&e.label))
                .map(|e| (e.span.start, e.span.end, e.label))
                .collect()
        };
        let (gs, ps) = (key(g), key(p));
        for sent in &g.sentences {
            let inside = |&&(s, e, _): &&(u32, u32, EntityLabel)| s >= sent.span.start && e <= sent.span.end;
            let missed: Vec<_> = gs.difference(&ps).filter(inside).collect();
            let spurious: Vec<_> = ps.difference(&gs).filter(inside).collect();
            if missed.is_empty() && spurious.is_empty() {
                continue;
            }
            writeln!(out, "# {}", g.slice(sent.span))?;
            for &(s, e, l) in missed {
                writeln!(out, "-\t{l}\t{}", &g.text[s as usize..e as usize])?;
            }
            for &(s, e, l) in spurious {
                writeln!(out, "+\t{l}\t{}", &g.text[s as usize..e as usize])?;
            }
        }
    }
    std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))
}

/// Read an entity corpus, choosing the format by extension (`.iob2` or CoNLL `token tag`).
pub(crate) fn load_corpus(path: &Path) -> anyhow::Result<Corpus> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("corpus");
    let corpus = if name.ends_with(".iob2") { corpus::read_iob2(&text, name) } else { corpus::read_conll(&text, name) };
    for e in corpus.errors.iter().take(10) {
        eprintln!("annals: warning: {}:{e} (sentence skipped)", path.display());
    }
    if corpus.errors.len() > 10 {
        eprintln!("annals: warning: {}: {} more sentences skipped", path.display(), corpus.errors.len() - 10);
    }
    if corpus.docs.is_empty() {
        bail!("{}: no sentences could be read", path.display());
    }
    Ok(corpus)
}

/// Fill UPOS in `docs` from `source`, reporting what could not be aligned.
pub(crate) fn attach_upos(docs: &mut [Doc], source: UposSource, conllu: &[PathBuf]) -> anyhow::Result<()> {
    match source {
        UposSource::None => Ok(()),
        UposSource::Gold => {
            if conllu.is_empty() {
                bail!("--upos gold needs the UD CoNLL-U file(s) of the same sentences (--conllu FILE)");
            }
            let mut ud = Vec::new();
            for path in conllu {
                let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
                ud.extend(annals_doc::parse_conllu(&text, "ud").docs);
            }
            let r = corpus::copy_upos(docs, &ud);
            if r.unaligned > 0 {
                eprintln!(
                    "annals: note: gold UPOS copied for {} sentences; {} sentences differ from the CoNLL-U and have none",
                    r.aligned, r.unaligned
                );
            }
            Ok(())
        }
        UposSource::Tagger => {
            let tagger = annals_tagger::Tagger::embedded()
                .context("UPOS from the tagger (use `--upos gold --conllu FILE` for gold tags)")?;
            for doc in docs.iter_mut() {
                tagger.annotate(doc);
            }
            Ok(())
        }
        UposSource::Jackknife => {
            let ud = jackknifed_ud(conllu)?;
            let tagger = annals_tagger::Tagger::embedded().context("UPOS for sentences outside --conllu")?;
            for doc in docs.iter_mut() {
                tagger.annotate(doc);
            }
            let r = corpus::copy_upos(docs, &ud);
            eprintln!(
                "annals: jack-knifed UPOS for {} sentences; {} sentences keep the embedded tagger's tags",
                r.aligned, r.unaligned
            );
            Ok(())
        }
    }
}

/// The UD sentences of `conllu`, their UPOS replaced by jack-knifed predictions (each fold tagged
/// by a tagger trained on the others, with the tagger's default settings).
fn jackknifed_ud(conllu: &[PathBuf]) -> anyhow::Result<Vec<Doc>> {
    if conllu.is_empty() {
        bail!("--upos jackknife needs the UD CoNLL-U file(s) of the training sentences (--conllu FILE)");
    }
    let mut ud = Vec::new();
    for path in conllu {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        ud.extend(annals_doc::parse_conllu(&text, "ud").docs);
    }
    let cfg = annals_tagger::TrainConfig::default();
    eprintln!("annals: jack-knifing the tagger over {} folds of {} documents", cfg.folds, ud.len());
    annals_tagger::jackknife(&cfg, &mut ud, cfg.folds).context("jack-knifing the tagger")?;
    Ok(ud)
}

/// [`attach_upos`] with [`UposSource::Jackknife`], keeping the jack-knifed tags in `cache`: read
/// from it when it exists, else computed and written there.
pub(crate) fn attach_upos_cached(docs: &mut [Doc], conllu: &[PathBuf], cache: &Path) -> anyhow::Result<()> {
    if !cache.exists() {
        let ud = jackknifed_ud(conllu)?;
        std::fs::write(cache, annals_doc::write_conllu(&ud)).with_context(|| format!("writing {}", cache.display()))?;
    }
    let text = std::fs::read_to_string(cache).with_context(|| format!("reading {}", cache.display()))?;
    let ud = annals_doc::parse_conllu(&text, "ud").docs;
    let tagger = annals_tagger::Tagger::embedded().context("UPOS for sentences outside --conllu")?;
    for doc in docs.iter_mut() {
        tagger.annotate(doc);
    }
    let r = corpus::copy_upos(docs, &ud);
    eprintln!(
        "annals: jack-knifed UPOS ({}) for {} sentences; {} sentences keep the embedded tagger's tags",
        cache.display(),
        r.aligned,
        r.unaligned
    );
    Ok(())
}

/// Load a model file, or the embedded model.
pub(crate) fn load_model(path: Option<&Path>) -> anyhow::Result<Ner> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            Ner::from_bytes(&bytes).with_context(|| format!("loading {}", p.display()))
        }
        None => Ok(Ner::embedded()?),
    }
}

/// Nanoseconds this thread has spent on a CPU, where the system tells (Linux). On a shared,
/// busy machine CPU time measures speed more faithfully than the wall clock.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Time spent annotating: wall-clock and (where known) CPU seconds of the fastest run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    pub(crate) wall: f64,
    pub(crate) cpu: Option<f64>,
}

impl Timing {
    /// Tokens per second, by CPU time when known, else by the wall clock.
    pub(crate) fn rate(&self, tokens: usize) -> f64 {
        tokens as f64 / self.cpu.unwrap_or(self.wall).max(1e-9)
    }
}

/// Run the recogniser on copies of `gold` and score it. Returns the scores, the predicted docs,
/// and the time spent annotating (the fastest of `repeat` runs).
pub(crate) fn evaluate(
    ner: &Ner,
    gold: &[Doc],
    labels: &[EntityLabel],
    repeat: usize,
) -> (EntityScores, Vec<Doc>, Timing) {
    let mut best = Timing { wall: f64::INFINITY, cpu: None };
    let mut predicted = Vec::new();
    for _ in 0..repeat.max(1) {
        let mut docs: Vec<Doc> = gold
            .iter()
            .map(|d| {
                let mut p = d.clone();
                p.entities.clear();
                p.layers = p.layers.difference(Layers::ENTITIES);
                p
            })
            .collect();
        let (start, cpu_start) = (Instant::now(), thread_cpu_ns());
        for d in docs.iter_mut() {
            ner.annotate(d);
        }
        let wall = start.elapsed().as_secs_f64();
        let cpu = cpu_start.zip(thread_cpu_ns()).map(|(a, b)| b.saturating_sub(a) as f64 / 1e9);
        let this = Timing { wall, cpu };
        if this.cpu.unwrap_or(wall) < best.cpu.unwrap_or(best.wall) {
            best = this;
        }
        predicted = docs;
    }
    let mut scores = EntityScores::default();
    for (g, p) in gold.iter().zip(&predicted) {
        scores.add(&score(g, p, Some(labels)));
    }
    (scores, predicted, best)
}

/// Labels present in the gold documents, in the document model's order.
pub(crate) fn gold_labels(docs: &[Doc]) -> Vec<EntityLabel> {
    EntityLabel::ALL.into_iter().filter(|l| docs.iter().any(|d| d.entities.iter().any(|e| e.label == *l))).collect()
}

/// Print a score table.
pub(crate) fn print_table(out: &mut impl std::io::Write, scores: &EntityScores) -> std::io::Result<()> {
    writeln!(out, "{:<8} {:>7} {:>7} {:>7} {:>8} {:>8} {:>8}", "label", "P", "R", "F1", "matched", "pred", "gold")?;
    let mut row = |name: &str, p: &annals_eval::Prf| {
        writeln!(
            out,
            "{:<8} {:>7.2} {:>7.2} {:>7.2} {:>8} {:>8} {:>8}",
            name,
            p.precision(),
            p.recall(),
            p.f1(),
            p.matched,
            p.predicted,
            p.gold
        )
    };
    for (label, p) in &scores.per_label {
        row(label.as_str(), p)?;
    }
    row("overall", &scores.overall)
}

/// Run `annals eval ner`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut corpus = load_corpus(&args.gold)?;
    let mut ner = load_model(args.model.as_deref())?;
    if args.first_pass_only {
        ner.drop_second_pass();
    }
    let labels: Vec<EntityLabel> = if args.labels.is_empty() {
        gold_labels(&corpus.docs)
    } else {
        args.labels.iter().map(|l| l.parse::<EntityLabel>().map_err(anyhow::Error::msg)).collect::<Result<_, _>>()?
    };
    if ner.options().use_upos {
        let source = if args.upos == UposSource::Jackknife { UposSource::Tagger } else { args.upos };
        attach_upos(&mut corpus.docs, source, &args.conllu)?;
    }
    let (scores, predicted, timing) = evaluate(&ner, &corpus.docs, &labels, args.repeat);
    if let Some(path) = &args.errors {
        write_errors(path, &corpus.docs, &predicted, &labels)?;
    }
    let tokens = corpus.n_tokens();
    let tokens_per_second = timing.rate(tokens);
    let seconds = timing.cpu.unwrap_or(timing.wall);
    let clock = if timing.cpu.is_some() { "CPU time" } else { "wall clock" };
    let norp: usize =
        predicted.iter().map(|d| d.entities.iter().filter(|e| e.label == EntityLabel::Norp).count()).sum();
    let upos = if ner.options().use_upos { format!("{:?}", args.upos).to_lowercase() } else { "unused".into() };
    let mut out = std::io::stdout().lock();
    if args.json {
        let per_label: Vec<String> = scores
            .per_label
            .iter()
            .map(|(l, p)| {
                format!(
                    "\"{}\":{{\"precision\":{:.4},\"recall\":{:.4},\"f1\":{:.4},\"matched\":{},\"predicted\":{},\"gold\":{}}}",
                    l,
                    p.precision(),
                    p.recall(),
                    p.f1(),
                    p.matched,
                    p.predicted,
                    p.gold
                )
            })
            .collect();
        writeln!(
            out,
            "{{\"gold\":{:?},\"sentences\":{},\"tokens\":{},\"upos\":\"{}\",\"precision\":{:.4},\"recall\":{:.4},\"f1\":{:.4},\
             \"per_label\":{{{}}},\"norp_predicted\":{},\"seconds\":{:.4},\"tokens_per_second\":{:.0}}}",
            args.gold.display().to_string(),
            corpus.n_sentences(),
            tokens,
            upos,
            scores.overall.precision(),
            scores.overall.recall(),
            scores.overall.f1(),
            per_label.join(","),
            norp,
            seconds,
            tokens_per_second
        )?;
    } else {
        writeln!(
            out,
            "gold: {} ({} documents, {} sentences, {} tokens, {} entities); UPOS: {}",
            args.gold.display(),
            corpus.docs.len(),
            corpus.n_sentences(),
            tokens,
            corpus.n_entities(),
            upos
        )?;
        print_table(&mut out, &scores)?;
        writeln!(out, "right span, wrong label: {}", scores.span_matched.saturating_sub(scores.overall.matched))?;
        writeln!(out, "NORP (not in the gold labels, not scored): {norp} predicted")?;
        writeln!(
            out,
            "speed: {tokens_per_second:.0} tokens/s ({tokens} tokens in {seconds:.3} s of {clock}, one thread, recogniser only; best of {} run(s))",
            args.repeat.max(1)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
