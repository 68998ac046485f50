//! Actor, agent and verb-pattern dictionaries: readable file formats with `file:line`
//! diagnostics, the built-in lexicon, and the PETRARCH/TABARI importer.
//!
//! What this crate owns:
//! - The `.lex` format ([`mod@format`]): `@kind KEY` records of `field: value` lines for countries,
//!   regions, organisations, groups, people with dated roles, agents (sector nouns), sectors,
//!   discards and word lists. `crates/annals_lexicon/data/README.md` documents every record.
//! - The built-in dictionaries ([`builtin`]), embedded in the binary: every ISO 3166 country
//!   with names, adjectives, demonyms and capitals; international organisations; non-state
//!   armed groups; agents; and office holders with dated roles.
//! - [`LexiconBuilder`], which layers user dictionaries (`--lexicon DIR`) over the built-in
//!   ones, and [`Lexicon`], which answers resolution's questions: which phrases name what
//!   ([`PhraseIndex`]), how to code an entry on a date ([`Lexicon::coding`]), and who held an
//!   office on a date ([`Lexicon::holders`]).
//! - The [`petrarch`] importer: actors, agents, discards, issues, verb patterns and the internal
//!   coding ontology of PETRARCH/TABARI dictionaries, each read into plain data with a list of
//!   unusable lines.
//! - [`countryinfo`]: the build step that derives historical office holders from CountryInfo.
//!
//! Key design decision: loading never stops at a bad line. Every unusable line becomes a
//! [`Problem`] naming `file:line` and what to fix, and the rest loads; callers decide whether
//! problems are fatal (`annals lexicon check` reports them, tests require none in the built-in
//! files). Language knowledge lives in the data files, not in this code.

pub mod builder;
pub mod builtin;
pub mod countryinfo;

mod error;

pub mod format;
pub mod index;
mod lexicon;
pub mod model;
pub mod petrarch;
pub mod text;

pub use builder::LexiconBuilder;
/// The date type of dated roles (re-exported so callers need not depend on chrono).
pub use chrono::NaiveDate;
pub use error::{LexiconError, Problem};
pub use index::{MatchMode, PhraseIndex, PhraseMatch, Piece, Target};
pub use lexicon::{Coding, Lexicon, LoadedVerbs};
pub use model::{ActorCode, ActorKind, Agent, AgentId, DateRange, Discard, Entry, EntryId, EntryKind, Origin, Role};
