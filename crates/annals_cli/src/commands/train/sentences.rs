//! `annals train sentences`: train the sentences model.

use std::process::ExitCode;

/// Arguments of `annals train sentences`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals train sentences`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals train sentences` is not built yet")
}
