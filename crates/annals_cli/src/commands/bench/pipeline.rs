//! `annals bench pipeline`: measure pipeline throughput.

use std::process::ExitCode;

/// Arguments of `annals bench pipeline`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals bench pipeline`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals bench pipeline` is not built yet")
}
