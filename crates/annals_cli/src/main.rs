//! The `annals` command-line tool: thin glue over the library crates.
//!
//! Each subcommand lives in its own module under [`commands`] with an `Args` struct (clap derive)
//! and a `run` function returning the process exit code. Library crates do the work; this crate
//! only reads arguments, opens files, reports errors and chooses exit codes. A closed stdout pipe
//! (`annals code … | head`) is treated as success.

mod commands;

use clap::Parser;
use std::process::ExitCode;

/// Annals: turn news text into a structured, attributed record of political events.
#[derive(Debug, Parser)]
#[command(name = "annals", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: commands::Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("annals: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// True when the error chain ends in a closed output pipe, which is how `| head` stops us.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
