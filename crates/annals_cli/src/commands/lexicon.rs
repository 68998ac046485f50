//! `annals lexicon …`: check, import and inspect actor and verb dictionaries.

use std::process::ExitCode;

/// Arguments of `annals lexicon`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals lexicon`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals lexicon` is not built yet")
}
