//! The shared learner: a multiclass averaged perceptron over hashed sparse features.
//!
//! Every statistical model in Annals (POS tagger, dependency parser, entity recogniser) is a
//! linear classifier trained with this crate. The design choices:
//!
//! - **Features are 64-bit hashes** ([`FeatureHasher`]) of a template id plus its values, so
//!   feature extraction allocates nothing and the model needs no string table. Hashing is our own
//!   fixed function (not `std`'s randomised one), so a model trained on one machine scores the
//!   same everywhere.
//! - **Training** ([`Trainer`]) keeps, for each feature, only the classes it has actually been
//!   updated for, with lazy averaging (each weight remembers when it last changed). Training is
//!   deterministic: shuffling uses the seeded [`SplitMix64`].
//! - **Inference** ([`Model`]) is a frozen open-addressing table from feature hash to a run of
//!   `(class, weight)` pairs. Scoring a feature vector is one table probe per feature plus a short
//!   loop over its classes. Weights whose averaged value is negligible are pruned at freeze time.
//! - **Files** are a small little-endian binary format ([`codec`]); a learner writes its own
//!   header (labels, options) with [`codec::ByteWriter`] and embeds the model with
//!   [`Model::write`]. Loading decodes a few flat arrays, well under the 0.5 s start-up budget.

pub mod codec;
mod hash;
mod model;
mod rng;
mod trainer;

pub use hash::FeatureHasher;
pub use model::Model;
pub use rng::SplitMix64;
pub use trainer::Trainer;

/// Errors from reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The bytes end before the structure they describe.
    #[error("model file is truncated (needed {needed} more bytes at offset {offset})")]
    Truncated {
        /// Byte offset where reading stopped.
        offset: usize,
        /// How many bytes were missing.
        needed: usize,
    },
    /// The bytes are not a model of the expected kind or version.
    #[error("not a valid model file: {0}")]
    Invalid(String),
}

/// Index of the highest score, ignoring classes where `allowed` is false (when given). Ties go to
/// the lower index so results are deterministic. Returns 0 when nothing is allowed.
pub fn argmax(scores: &[f32], allowed: Option<&[bool]>) -> usize {
    let mut best = None::<(usize, f32)>;
    for (i, &s) in scores.iter().enumerate() {
        if allowed.is_some_and(|a| !a.get(i).copied().unwrap_or(false)) {
            continue;
        }
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map_or(0, |(i, _)| i)
}
