//! `annals eval pos`: score the pos component against gold data.

use std::process::ExitCode;

/// Arguments of `annals eval pos`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals eval pos`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals eval pos` is not built yet")
}
