//! `annals lexicon …`: check, import and inspect actor and verb dictionaries.
//!
//! - `check [PATH…]` loads the built-in dictionaries with the given user dictionaries layered
//!   over them, prints counts and load time, and lists every unusable line (`file:line: what to
//!   fix`); it exits 1 when there is any.
//! - `import-petrarch PATH…` reads PETRARCH/TABARI dictionaries (files or directories; the kind
//!   of each file is recognised from its name, or forced with `--kind`) and reports, per file,
//!   what was read and which lines could not be used and why.
//! - `lookup TEXT` shows what the lexicon makes of a phrase, optionally on a date.
//! - `actors FILE.conllu` resolves the actors of analysed documents and lists them with their
//!   mentions (`annals parse … | annals lexicon actors -`).
//! - `build-countryinfo` regenerates the derived historical office-holder file from
//!   CountryInfo.txt.

use annals_lexicon::petrarch::{self, FileKind};
use annals_lexicon::{Lexicon, LexiconBuilder, Piece, Problem, Target};
use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals lexicon`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Load the built-in dictionaries plus user dictionaries and report problems and load time.
    Check {
        /// User dictionary directories or files (`.lex`, or PETRARCH `…actors.txt` etc.).
        paths: Vec<PathBuf>,
        /// Check only the given paths, without the built-in dictionaries.
        #[arg(long)]
        no_builtin: bool,
        /// Treat PETRARCH actor phrases without a trailing `_` as stems (TABARI behaviour).
        #[arg(long)]
        stems: bool,
        /// Load this many times and report the fastest and median load times.
        #[arg(long, default_value_t = 1)]
        repeat: usize,
        /// Also load the embedded gazetteer and report the combined load time.
        #[arg(long)]
        gazetteer: bool,
    },
    /// Read PETRARCH/TABARI dictionaries and report what was imported and which lines were not.
    ImportPetrarch {
        /// Dictionary files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Force the kind of every file: actors, agents, discards, verbs, issues, ontology.
        #[arg(long)]
        kind: Option<String>,
        /// Print at most this many problem lines per file (all are counted).
        #[arg(long, default_value_t = 50)]
        max_problems: usize,
    },
    /// Show what the lexicon makes of a phrase.
    Lookup {
        /// The phrase, e.g. "Azerbaijani foreign minister".
        text: String,
        /// Resolve dated roles for this day (YYYY-MM-DD).
        #[arg(long)]
        date: Option<annals_lexicon::NaiveDate>,
        /// User dictionary directories layered over the built-in ones.
        #[arg(long = "lexicon")]
        lexicon: Vec<PathBuf>,
    },
    /// Resolve the actors of analysed documents (CoNLL-U with heads and `NER=` tags, as written
    /// by `annals parse`) and list actors and mentions.
    Actors {
        /// CoNLL-U file, or `-` for standard input.
        input: PathBuf,
        /// Code office holders for this day (YYYY-MM-DD); without it, no office holder is guessed.
        #[arg(long)]
        date: Option<annals_lexicon::NaiveDate>,
        /// User dictionary directories layered over the built-in ones.
        #[arg(long = "lexicon")]
        lexicon: Vec<PathBuf>,
    },
    /// Regenerate `leaders-countryinfo.lex` from CountryInfo.txt.
    BuildCountryinfo {
        /// Path of CountryInfo.txt.
        #[arg(long, default_value = "../shared/data/countries/CountryInfo.120116.txt")]
        countryinfo: PathBuf,
        /// Output file.
        #[arg(long, default_value = "crates/annals_lexicon/data/leaders-countryinfo.lex")]
        out: PathBuf,
    },
}

/// Run `annals lexicon`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Check { paths, no_builtin, stems, repeat, gazetteer } => {
            check(&paths, no_builtin, stems, repeat.max(1), gazetteer)
        }
        Command::ImportPetrarch { paths, kind, max_problems } => import(&paths, kind.as_deref(), max_problems),
        Command::Lookup { text, date, lexicon } => lookup(&text, date, &lexicon),
        Command::Actors { input, date, lexicon } => actors(&input, date, &lexicon),
        Command::BuildCountryinfo { countryinfo, out } => build_countryinfo(&countryinfo, &out),
    }
}

fn check(paths: &[PathBuf], no_builtin: bool, stems: bool, repeat: usize, gazetteer: bool) -> anyhow::Result<ExitCode> {
    let mut times = Vec::with_capacity(repeat);
    let mut combined = Vec::with_capacity(repeat);
    let mut result = None;
    for _ in 0..repeat {
        let start = Instant::now();
        let mut builder = if no_builtin { LexiconBuilder::new() } else { LexiconBuilder::with_builtin() };
        builder.petrarch_stems = stems;
        for p in paths {
            builder.add_path(p)?;
        }
        let built = builder.build();
        times.push(start.elapsed());
        if gazetteer {
            let places = annals_gazetteer::Gazetteer::embedded().context("cannot load the embedded gazetteer")?;
            combined.push(start.elapsed());
            drop(places);
        }
        result = Some(built);
    }
    let (lexicon, problems) = result.expect("repeat is at least 1");
    times.sort();
    combined.sort();
    let mut out = std::io::stdout().lock();
    let sources = if no_builtin { String::new() } else { "built-in".to_string() };
    let mut names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    if !sources.is_empty() {
        names.insert(0, sources);
    }
    writeln!(out, "lexicon: {}", names.join(" + "))?;
    for (what, n) in lexicon.stats() {
        if n > 0 {
            writeln!(out, "  {what:<18} {n}")?;
        }
    }
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    if repeat > 1 {
        writeln!(
            out,
            "load time: fastest {:.1} ms, median {:.1} ms over {repeat} loads",
            ms(times[0]),
            ms(times[repeat / 2])
        )?;
    } else {
        writeln!(out, "load time: {:.1} ms", ms(times[0]))?;
    }
    if !combined.is_empty() {
        writeln!(
            out,
            "lexicon + gazetteer load time: fastest {:.1} ms, median {:.1} ms over {repeat} loads",
            ms(combined[0]),
            ms(combined[repeat / 2])
        )?;
    }
    print_problems(&mut out, &problems, usize::MAX)?;
    Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn print_problems(out: &mut impl Write, problems: &[Problem], max: usize) -> anyhow::Result<()> {
    if problems.is_empty() {
        writeln!(out, "no problems")?;
        return Ok(());
    }
    writeln!(out, "{} unusable line(s):", problems.len())?;
    for p in problems.iter().take(max) {
        writeln!(out, "  {p}")?;
    }
    if problems.len() > max {
        writeln!(out, "  … and {} more", problems.len() - max)?;
    }
    Ok(())
}

/// Files to import: the given files, and every recognised dictionary inside given directories.
fn collect_files(paths: &[PathBuf], forced: Option<FileKind>) -> anyhow::Result<Vec<(PathBuf, FileKind)>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot read {}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            inner.sort();
            for f in inner {
                let kind = forced.or_else(|| FileKind::detect(&f.file_name().unwrap_or_default().to_string_lossy()));
                if let Some(kind) = kind {
                    files.push((f, kind));
                }
            }
        } else {
            let kind = forced
                .or_else(|| FileKind::detect(&path.file_name().unwrap_or_default().to_string_lossy()))
                .with_context(|| {
                    format!("{}: cannot tell the dictionary kind from the name; use --kind", path.display())
                })?;
            files.push((path.clone(), kind));
        }
    }
    Ok(files)
}

fn import(paths: &[PathBuf], kind: Option<&str>, max_problems: usize) -> anyhow::Result<ExitCode> {
    let forced = match kind {
        Some(k) => Some(
            FileKind::parse(k)
                .with_context(|| format!("unknown kind `{k}` (actors, agents, discards, verbs, issues, ontology)"))?,
        ),
        None => None,
    };
    let files = collect_files(paths, forced)?;
    if files.is_empty() {
        anyhow::bail!("no PETRARCH dictionaries found in the given paths");
    }
    let mut out = std::io::stdout().lock();
    let mut total_problems = 0;
    for (path, kind) in &files {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
        let mut problems = Vec::new();
        let text = petrarch::decode(&bytes, &name, &mut problems);
        let lines = text.lines().count();
        let summary = match kind {
            FileKind::Actors => {
                let d = petrarch::actors::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                format!(
                    "{} actors, {} phrases, {} dated codes, {} without any code",
                    d.actors.len(),
                    d.phrase_count(),
                    d.dated_count(),
                    d.uncoded_count()
                )
            }
            FileKind::Agents => {
                let d = petrarch::agents::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                format!(
                    "{} agents, {} phrases after substitution, {} substitution sets",
                    d.agents.len(),
                    d.phrase_count(),
                    d.substitutions.len()
                )
            }
            FileKind::Discards => {
                let d = petrarch::discards::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                let story = d.discards.iter().filter(|x| x.story).count();
                format!(
                    "{} discards ({} story-level, {} sentence-level)",
                    d.discards.len(),
                    story,
                    d.discards.len() - story
                )
            }
            FileKind::Verbs => {
                let d = petrarch::verbs::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                let forms: usize = d.blocks.iter().flat_map(|b| &b.verbs).map(|v| v.forms().len()).sum();
                format!(
                    "{} synsets, {} verb blocks, {} verbs ({} forms), {} patterns, {} transformations",
                    d.synsets.len(),
                    d.blocks.len(),
                    d.verb_count(),
                    forms,
                    d.pattern_count(),
                    d.transformations.len()
                )
            }
            FileKind::Issues => {
                let d = petrarch::issues::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                let ignore: usize = d.categories.iter().map(|c| c.ignore.len()).sum();
                format!("{} categories, {} phrases, {} ignore phrases", d.categories.len(), d.entry_count(), ignore)
            }
            FileKind::Ontology => {
                let d = petrarch::ontology::read(&text, &name);
                problems.extend(d.problems.iter().cloned());
                format!("{} CAMEO codes with internal codes", d.entries.len())
            }
        };
        writeln!(out, "{name} [{}] ({lines} lines): {summary}", kind.as_str())?;
        if problems.is_empty() {
            writeln!(out, "  no unusable lines")?;
        } else {
            writeln!(out, "  {} unusable line(s):", problems.len())?;
            for p in problems.iter().take(max_problems) {
                writeln!(out, "    line {}: {}", p.line, p.message)?;
            }
            if problems.len() > max_problems {
                writeln!(out, "    … and {} more", problems.len() - max_problems)?;
            }
        }
        total_problems += problems.len();
    }
    writeln!(out, "{} file(s), {total_problems} unusable line(s) in total", files.len())?;
    Ok(ExitCode::SUCCESS)
}

fn lookup(text: &str, date: Option<annals_lexicon::NaiveDate>, user: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let refs: Vec<&Path> = user.iter().map(PathBuf::as_path).collect();
    let (lexicon, problems) = Lexicon::load(&refs)?;
    let mut out = std::io::stdout().lock();
    if !problems.is_empty() {
        writeln!(out, "({} unusable dictionary lines; run `annals lexicon check` for the list)", problems.len())?;
    }
    let pieces = Piece::split(text);
    let mut at = 0;
    let mut any = false;
    while at < pieces.len() {
        let matches = lexicon.index().find_at(&pieces, at);
        let Some(longest) = matches.first().map(|m| m.len) else {
            at += 1;
            continue;
        };
        let phrase: Vec<&str> = pieces[at..at + longest].iter().map(|p| p.raw).collect();
        for m in matches.iter().filter(|m| m.len == longest) {
            any = true;
            let description = describe(&lexicon, m.target, date);
            writeln!(out, "{:<32} {description}", phrase.join(" "))?;
        }
        at += longest;
    }
    if !any {
        writeln!(out, "no dictionary phrase in `{text}`")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(lexicon: &Lexicon, target: Target, date: Option<annals_lexicon::NaiveDate>) -> String {
    let entry_line = |id, how: &str| {
        let e = lexicon.entry(id);
        let coding = lexicon.coding(id, date, None);
        let code = coding.as_ref().map(|c| c.code.to_string()).unwrap_or_else(|| "(not coded)".into());
        let role =
            coding.as_ref().and_then(|c| c.role.as_deref()).map(|r| format!(", role \"{r}\"")).unwrap_or_default();
        let sectors = coding.as_ref().map(|c| c.sectors.join(" ")).unwrap_or_default();
        format!(
            "{how} of {} `{}` ({}): code {code}, sectors [{sectors}]{role}  [{}]",
            e.kind.as_str(),
            e.name,
            e.key,
            e.origin
        )
    };
    match target {
        Target::Name(id) => entry_line(id, "name"),
        Target::Adjective(id) => entry_line(id, "adjective"),
        Target::People(id) => entry_line(id, "people"),
        Target::Capital(id) => entry_line(id, "capital"),
        Target::Agent(id) | Target::AgentPlural(id) => {
            let a = lexicon.agent(id);
            let number = if matches!(target, Target::AgentPlural(_)) { "plural " } else { "" };
            format!("{number}agent `{}` ({}): sectors [{}]  [{}]", a.key, a.kind, a.sectors.join(" "), a.origin)
        }
    }
}

fn actors(input: &Path, date: Option<annals_lexicon::NaiveDate>, user: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let text = if input.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).context("cannot read standard input")?;
        s
    } else {
        std::fs::read_to_string(input).with_context(|| format!("cannot read {}", input.display()))?
    };
    let refs: Vec<&Path> = user.iter().map(PathBuf::as_path).collect();
    let (lexicon, problems) = Lexicon::load(&refs)?;
    let mut out = std::io::stdout().lock();
    if !problems.is_empty() {
        writeln!(out, "({} unusable dictionary lines; run `annals lexicon check` for the list)", problems.len())?;
    }
    let parsed = annals_doc::parse_conllu(&text, &input.display().to_string());
    for e in &parsed.errors {
        eprintln!("annals: {}: {e}", input.display());
    }
    let resolver = annals_actors::Resolver::new(&lexicon);
    for doc in &parsed.docs {
        let res = resolver.resolve_on(doc, date.or(doc.meta.date));
        writeln!(out, "# {}", doc.meta.id)?;
        for a in &res.actors {
            writeln!(
                out,
                "{:<4} {:<30} {:<11} country={:<4} org={:<8} sectors={:<10} {:<12} role={}",
                a.id,
                a.name,
                a.code,
                a.country.as_deref().unwrap_or("-"),
                a.organization.as_deref().unwrap_or("-"),
                if a.sectors.is_empty() { "-".to_string() } else { a.sectors.join(",") },
                a.kind.as_str(),
                a.role.as_deref().unwrap_or("-")
            )?;
        }
        for m in &res.mentions {
            let ids: Vec<&str> = m.actors.iter().map(|&a| res.actors[a].id.as_str()).collect();
            writeln!(
                out,
                "  s{:<3} {:<9} {:<50} -> {}",
                m.sentence + 1,
                format!("{:?}", m.kind),
                doc.slice(m.span),
                ids.join(" ")
            )?;
        }
    }
    Ok(if parsed.docs.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn build_countryinfo(countryinfo: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(countryinfo).with_context(|| format!("cannot read {}", countryinfo.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let reference = annals_lexicon::countryinfo::reference_lexicon();
    let built = annals_lexicon::countryinfo::build(&text, &countryinfo.display().to_string(), &reference);
    std::fs::write(out, &built.text).with_context(|| format!("cannot write {}", out.display()))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "wrote {}: {} people, {} roles ({} people left to leaders.lex)",
        out.display(),
        built.people,
        built.roles,
        built.skipped
    )?;
    print_problems(&mut stdout, &built.problems, 30)?;
    Ok(ExitCode::SUCCESS)
}
