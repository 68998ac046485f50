//! Actor, agent and verb-pattern dictionaries: readable file formats with file:line diagnostics, the built-in lexicon and the PETRARCH/TABARI importer.
//!
//! (Being built: see the open issues.)
