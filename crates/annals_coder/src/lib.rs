//! Event coder: events, their arguments, modality and attribution (claims), from parsed and resolved documents.
//!
//! (Being built: see the open issues.)
