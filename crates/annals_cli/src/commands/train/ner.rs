//! `annals train ner`: train the ner model.

use std::process::ExitCode;

/// Arguments of `annals train ner`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals train ner`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals train ner` is not built yet")
}
