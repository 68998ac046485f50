//! `annals eval …`: score components against gold data.

pub mod events;
pub mod ner;
pub mod parse;
pub mod pos;
pub mod time;
pub mod tokenize;

use std::process::ExitCode;

/// Subcommands of `annals eval`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// `annals eval tokenize`.
    Tokenize(tokenize::Args),
    /// `annals eval pos`.
    Pos(pos::Args),
    /// `annals eval parse`.
    Parse(parse::Args),
    /// `annals eval ner`.
    Ner(ner::Args),
    /// `annals eval time`.
    Time(time::Args),
    /// `annals eval events`: the PETRARCH validation suite.
    Events(events::Args),
}

/// Run a subcommand of `annals eval`.
pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Tokenize(args) => tokenize::run(args),
        Command::Pos(args) => pos::run(args),
        Command::Parse(args) => parse::run(args),
        Command::Ner(args) => ner::run(args),
        Command::Time(args) => time::run(args),
        Command::Events(args) => events::run(args),
    }
}
