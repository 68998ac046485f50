//! The event coder: who did what to whom, when, where, how many, and who says so.
//!
//! (Being built: see issue 5.) The ontology module is the first piece: the CAMEO code table
//! with Goldstein scores and quad classes, and the CAMEO → PLOVER crosswalk.

pub mod attach;
pub mod builtin;
pub mod claims;
pub mod coder;
pub mod modality;
pub mod nouns;
pub mod ontology;
pub mod pico;
pub mod syntax;
pub mod verbs;

pub use ontology::{CameoCode, Ontology, OntologyError, PloverType};
