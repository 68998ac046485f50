//! Serialisable boundary types: the coded-document JSON record (annals.doc/1) and the parse JSON output.
//!
//! (Being built: see the open issues.)
