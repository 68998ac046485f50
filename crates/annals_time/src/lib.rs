//! Time expressions: recognition and normalisation relative to the publication date.
//!
//! (Being built: see the open issues.)
