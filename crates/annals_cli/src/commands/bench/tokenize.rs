//! `annals bench tokenize`: measure tokenize throughput.

use std::process::ExitCode;

/// Arguments of `annals bench tokenize`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals bench tokenize`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals bench tokenize` is not built yet")
}
