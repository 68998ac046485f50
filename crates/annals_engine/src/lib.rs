//! The whole coding job: documents in, `annals.doc/1` records out.
//!
//! This crate joins the stages that `annals code` runs — the NLP pipeline, times, quantities,
//! places, actors and the event coder — and runs them over a stream of documents on several
//! threads while keeping the output in input order ([`ordered`]). The CLI only parses arguments
//! and prints; every other front end (a server, a library user) gets the same behaviour from here.

pub mod engine;
pub mod ordered;
pub mod record;
pub mod suite;

pub use engine::{Analysis, Engine, EngineError, EngineOptions};
