//! `annals gazetteer …`: build the compact gazetteer and look up places.

use std::process::ExitCode;

/// Arguments of `annals gazetteer`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals gazetteer`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals gazetteer` is not built yet")
}
