//! One module per subcommand. Each exposes `Args` and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod bench;
pub mod code;
pub mod eval;
pub mod gazetteer;
pub mod lexicon;
pub mod ontology;
pub mod parse;
pub mod train;

use std::process::ExitCode;

/// Every `annals` subcommand.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Read documents and write tokens, sentences, tags, parses and entities (CoNLL-U or JSON).
    Parse(parse::Args),
    /// Code events: read documents and write one coded JSON record per document.
    Code(code::Args),
    /// Train a model from the corpora in ../shared/data.
    #[command(subcommand)]
    Train(train::Command),
    /// Score a component against a gold file.
    #[command(subcommand)]
    Eval(eval::Command),
    /// Measure throughput on a corpus.
    #[command(subcommand)]
    Bench(bench::Command),
    /// Check, import and inspect actor and verb dictionaries.
    Lexicon(lexicon::Args),
    /// Build the compact gazetteer and look up places.
    Gazetteer(gazetteer::Args),
    /// Build and inspect the CAMEO/PLOVER event ontology table.
    #[command(subcommand)]
    Ontology(ontology::Command),
}

/// Run a parsed command.
pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Parse(args) => parse::run(args),
        Command::Code(args) => code::run(args),
        Command::Train(cmd) => train::run(cmd),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Bench(cmd) => bench::run(cmd),
        Command::Lexicon(args) => lexicon::run(args),
        Command::Gazetteer(args) => gazetteer::run(args),
        Command::Ontology(cmd) => ontology::run(cmd),
    }
}
