//! `annals eval time`: score the time component against gold data.

use std::process::ExitCode;

/// Arguments of `annals eval time`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals eval time`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals eval time` is not built yet")
}
