//! `annals bench …`: throughput benchmarks on a corpus.

pub mod code;
pub mod pipeline;
pub mod tokenize;

use std::process::ExitCode;

/// Subcommands of `annals bench`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// `annals bench tokenize`.
    Tokenize(tokenize::Args),
    /// `annals bench pipeline`.
    Pipeline(pipeline::Args),
    /// `annals bench code`.
    Code(code::Args),
}

/// Run a subcommand of `annals bench`.
pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Tokenize(args) => tokenize::run(args),
        Command::Pipeline(args) => pipeline::run(args),
        Command::Code(args) => code::run(args),
    }
}
