//! Quantities: numbers in digits and words, bounds (more than, at least, nearly), ranges and the counted noun.
//!
//! (Being built: see the open issues.)
