//! `annals eval ner`: score the ner component against gold data.

use std::process::ExitCode;

/// Arguments of `annals eval ner`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals eval ner`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals eval ner` is not built yet")
}
