//! `annals eval tokenize`: score the tokenize component against gold data.

use std::process::ExitCode;

/// Arguments of `annals eval tokenize`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals eval tokenize`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals eval tokenize` is not built yet")
}
