//! `annals ontology …`: build and inspect the CAMEO/PLOVER event ontology table.

use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// Subcommands of `annals ontology`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Rebuild the embedded table from the CAMEO code list and the PLOVER crosswalk.
    Build {
        /// CAMEO codes with Goldstein scores.
        #[arg(long, default_value = "../shared/data/cameo/cameo-codes.tsv")]
        cameo: PathBuf,
        /// CAMEO → PLOVER crosswalk.
        #[arg(long, default_value = "../shared/data/plover/CAMEO2PLOVER-2021.txt")]
        plover: PathBuf,
        /// Where to write the table.
        #[arg(long, default_value = "crates/annals_coder/data/cameo_plover.tsv")]
        out: PathBuf,
    },
    /// Show what a CAMEO code means: name, Goldstein score, quad class, PLOVER type.
    Show {
        /// CAMEO code, e.g. 0871.
        code: String,
    },
    /// Show the built-in verb blocks a verb belongs to, with their codes and patterns.
    Verb {
        /// The verb, e.g. withdraw.
        verb: String,
        /// Also list the block's patterns.
        #[arg(long)]
        patterns: bool,
    },
}

/// Run a subcommand of `annals ontology`.
pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Build { cameo, plover, out } => {
            let cameo_text = std::fs::read_to_string(&cameo).with_context(|| format!("reading {}", cameo.display()))?;
            let plover_text =
                std::fs::read_to_string(&plover).with_context(|| format!("reading {}", plover.display()))?;
            let table = annals_coder::ontology::build_table(&cameo_text, &plover_text)?;
            std::fs::write(&out, &table).with_context(|| format!("writing {}", out.display()))?;
            eprintln!("wrote {} codes to {}", table.lines().filter(|l| !l.starts_with('#')).count() - 1, out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Verb { verb, patterns } => {
            let dict = annals_coder::builtin::builtin_verbs();
            let want = verb.to_uppercase();
            let mut found = false;
            for b in &dict.blocks {
                let hits: Vec<_> =
                    b.verbs.iter().filter(|v| v.forms().iter().any(|f| f.words.join("_") == want)).collect();
                if hits.is_empty() {
                    continue;
                }
                found = true;
                let own: Vec<String> = hits.iter().filter_map(|v| v.code.as_ref().map(|c| c.to_string())).collect();
                println!(
                    "--- {} [{}] --- (line {}){}, {} patterns",
                    b.description,
                    b.code,
                    b.line,
                    if own.is_empty() { String::new() } else { format!(", verb's own code [{}]", own.join(",")) },
                    b.patterns.len()
                );
                if patterns {
                    let text = annals_coder::builtin::write_dictionary(
                        &annals_lexicon::petrarch::VerbDictionary { blocks: vec![b.clone()], ..Default::default() },
                        "",
                    );
                    for line in text.lines().filter(|l| l.starts_with("- ")) {
                        println!("  {line}");
                    }
                }
            }
            if !found {
                eprintln!("annals: `{verb}` is not in the built-in verb dictionary");
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { code } => {
            let ontology = annals_coder::Ontology::embedded();
            match ontology.get(&code) {
                Some(c) => {
                    println!(
                        "{}\t{}\tgoldstein {}\tquad {}\t{}\tmode {}\tcontexts {}",
                        c.code,
                        c.name,
                        c.goldstein,
                        c.quad_class,
                        c.plover.map_or("(no PLOVER type: statement)", |p| p.as_str()),
                        c.mode.as_deref().unwrap_or("-"),
                        if c.contexts.is_empty() { "-".to_string() } else { c.contexts.join(";") }
                    );
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!("annals: unknown CAMEO code `{code}`");
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}
