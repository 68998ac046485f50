//! `annals code`: code events into the JSON record of the design brief.

use std::process::ExitCode;

/// Arguments of `annals code`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `annals code`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`annals code` is not built yet")
}
