//! `annals train …`: train models from the corpora in ../shared/data.

pub mod ner;
pub mod parser;
pub mod sentences;
pub mod tagger;

use std::process::ExitCode;

/// Subcommands of `annals train`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// `annals train tagger`.
    Tagger(tagger::Args),
    /// `annals train parser`.
    Parser(parser::Args),
    /// `annals train ner`.
    Ner(ner::Args),
    /// `annals train sentences`.
    Sentences(sentences::Args),
}

/// Run a subcommand of `annals train`.
pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Tagger(args) => tagger::run(args),
        Command::Parser(args) => parser::run(args),
        Command::Ner(args) => ner::run(args),
        Command::Sentences(args) => sentences::run(args),
    }
}
