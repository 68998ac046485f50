//! `annals train parser`: train the parser model.

use std::process::ExitCode;

/// Arguments of `annals train parser`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals train parser`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals train parser` is not built yet")
}
