//! `annals bench code`: measure code throughput.

use std::process::ExitCode;

/// Arguments of `annals bench code`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals bench code`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals bench code` is not built yet")
}
