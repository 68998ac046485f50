//! `annals train tagger`: train the tagger model.

use std::process::ExitCode;

/// Arguments of `annals train tagger`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals train tagger`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals train tagger` is not built yet")
}
