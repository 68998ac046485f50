//! The whole coding job: documents in, `annals.doc/1` records out.
//!
//! This crate joins the stages that `annals code` runs — the NLP pipeline, times, quantities,
//! places, actors and the event coder — and runs them over a stream of documents on several
//! threads while keeping the output in input order ([`ordered`]). The CLI only parses arguments
//! and prints; every other front end (a server, a library user) gets the same behaviour from here.
//!
//! [`Engine::analyse`] runs the stages and returns an [`Analysis`] (the annotated document,
//! actors, times, quantities, places, events and what [`annals_coder::attach`] tied to them);
//! [`record`] turns an analysis into the `annals.doc/1` JSON record, the contract with
//! downstream tools; [`Engine::code`] does both.
//!
//! ```no_run
//! use annals_engine::{Engine, EngineOptions};
//! let engine = Engine::new(&EngineOptions::default())?;
//! let mut doc = annals_doc::Doc::new("readout", "Armenia and Azerbaijan met in Moscow on June 3.");
//! doc.meta.date = Some("2019-06-04".parse()?);
//! let record = engine.code(doc);
//! println!("{}", serde_json::to_string(&record)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod engine;
pub mod ordered;
pub mod record;
pub mod suite;

pub use engine::{Analysis, Engine, EngineError, EngineOptions};
