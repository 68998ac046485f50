//! Transition-based labelled dependency parser producing UD trees.
//!
//! (Being built: see the open issues.)
