//! Derive historical office holders from CountryInfo.txt (being written).

use crate::{Lexicon, Problem};

/// The derived file and what went into it.
#[derive(Debug, Default)]
pub struct Built {
    /// The `.lex` text.
    pub text: String,
    /// People written.
    pub people: usize,
    /// Roles written.
    pub roles: usize,
    /// Lines of CountryInfo that could not be used.
    pub problems: Vec<Problem>,
}

/// Build the derived file.
pub fn build(_text: &str, _file: &str, _lexicon: &Lexicon) -> Built {
    Built::default()
}
