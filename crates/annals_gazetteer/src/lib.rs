//! Compact gazetteer of countries, regions and cities, and toponym resolution.
//!
//! (Being built: see the open issues.)
