//! Named-entity recogniser (PER, ORG, LOC, NORP): a BILOU sequence labeller.
//!
//! (Being built: see the open issues.)
