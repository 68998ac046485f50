//! `annals eval parse`: score the parse component against gold data.

use std::process::ExitCode;

/// Arguments of `annals eval parse`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals eval parse`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals eval parse` is not built yet")
}
