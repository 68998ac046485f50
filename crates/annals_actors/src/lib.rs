//! Actor resolution: entity mentions and noun phrases become coded actors, with within-document coreference.
//!
//! (Being built: see the open issues.)
