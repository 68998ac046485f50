//! `annals eval events`: code the PETRARCH validation or unit-test records with their own
//! dictionaries and report how many expected codings were produced and how many produced
//! codings are false.

use annals_engine::suite::{SuiteOptions, run_suite};
use annals_engine::{Engine, EngineOptions};
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `annals eval events`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The records file (e.g. ../shared/data/cameo/validate-2.02/PETR_Validate_records_2_02.xml).
    #[arg(long)]
    pub records: PathBuf,
    /// Dictionary files or directories [default: the files the records file names in its
    /// `<Environment>`, next to it].
    #[arg(long)]
    pub dictionaries: Vec<PathBuf>,
    /// Use each record's own parse (UD v1 CoNLL-U) instead of the project's pipeline.
    #[arg(long)]
    pub given_parses: bool,
    /// Also score records marked evaluate="false".
    #[arg(long)]
    pub all: bool,
    /// Print every record whose codings differ from the expected ones.
    #[arg(long)]
    pub show_errors: bool,
    /// Explain how the record with this id was parsed, resolved and coded, and stop.
    #[arg(long)]
    pub explain: Option<String>,
}

/// Run `annals eval events`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let xml = std::fs::read_to_string(&args.records).with_context(|| format!("reading {}", args.records.display()))?;
    let records =
        annals_eval::events::read_records(&xml).map_err(|e| anyhow::anyhow!("{}: {e}", args.records.display()))?;
    let dictionaries = if args.dictionaries.is_empty() {
        let dir = args.records.parent().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
        let named = annals_eval::events::environment_files(&xml);
        if named.is_empty() { vec![dir] } else { named.iter().map(|n| dir.join(n)).collect() }
    } else {
        args.dictionaries
    };
    let options = EngineOptions {
        lexicon_paths: dictionaries,
        no_builtin_lexicon: true,
        require_dyad: true,
        petrarch_compat: true,
        preanalysed: args.given_parses,
        ..EngineOptions::default()
    };
    let engine = Engine::new(&options)?;
    if let Some(id) = &args.explain {
        for r in records.iter().filter(|r| &r.id == id) {
            print!("{}", annals_engine::suite::explain_record(&engine, r, args.given_parses));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let run =
        run_suite(&engine, &records, SuiteOptions { given_parses: args.given_parses, include_unevaluated: args.all });
    if args.show_errors {
        for r in run.records.iter().filter(|r| r.counts.found != r.counts.expected || r.counts.false_positives > 0) {
            println!("{} [{}] {}", r.id, r.category, r.text);
            let fmt =
                |v: &[annals_eval::events::Coding]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ");
            println!("    expected: {}", fmt(&r.expected));
            println!("    produced: {}", fmt(&r.produced));
        }
        println!();
    }
    println!("{}", args.records.display());
    for (category, counts) in &run.score.by_category {
        println!("  {category:10} {counts}");
    }
    println!("  {:10} {}", "TOTAL", run.score.total);
    Ok(ExitCode::SUCCESS)
}
