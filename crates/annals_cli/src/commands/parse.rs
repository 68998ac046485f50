//! `annals parse`: read documents and write their NLP analysis.

use std::process::ExitCode;

/// Arguments of `annals parse`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals parse`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals parse` is not built yet")
}
