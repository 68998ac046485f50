//! Named-entity recogniser: PER, ORG and LOC from a BILOU sequence labeller, plus NORP
//! (nationalities and groups) from name lists.
//!
//! [`Ner`] is a pipeline stage ([`annals_doc::Annotator`]): it needs tokens and sentences (and
//! UPOS tags when the model was trained with them) and fills [`annals_doc::Doc::entities`]. The
//! model is a first-order structured perceptron on the shared learner (`annals_perceptron`) with
//! word, shape, affix, context, case, gazetteer and word-class features, decoded exactly with
//! Viterbi under BILOU constraints; see [`ner`](crate::Ner) for why. Name lists are compiled from data files at
//! training time and stored in the model file, so a model is one self-contained file
//! (`models/ner.apm`, embedded in the binary: [`Ner::embedded`]). Word classes ([`clusters`])
//! are learnt from unlabelled text at training time and stored in the model the same way.
//!
//! Training ([`NerTrainer`]) reads UniversalNER `.iob2` and CoNLL-style corpora through
//! [`corpus`]; the command-line glue (`annals train ner`, `annals eval ner`) lives in
//! `annals_cli`, the scorer in `annals_eval::entities`.

pub mod clusters;
pub mod corpus;
mod features;
pub mod gazetteer;
mod ner;
mod tags;

pub use clusters::{ClusterBuilder, ClusterSettings, WordClusters};
pub use gazetteer::{Category, Gazetteer};
pub use ner::{EpochStats, Ner, NerOptions, NerTrainer, TrainSettings, jackknife};

/// Hasher for keys that are already 64-bit feature hashes: hashing them again would only cost
/// time, and these maps are probed for every token.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A map keyed by feature hashes.
pub(crate) type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;
/// A set of feature hashes.
pub(crate) type KeySet = std::collections::HashSet<u64, std::hash::BuildHasherDefault<KeyHasher>>;

/// Errors from loading a model.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// No model has been trained and committed yet (`models/ner.apm` is empty).
    #[error("no named-entity model has been trained yet (run `annals train ner`, see models/ner.manifest.md)")]
    NotTrained,
    /// The bytes could not be read as a model.
    #[error(transparent)]
    Model(#[from] annals_perceptron::ModelError),
    /// The bytes are a model, but not one this build can use.
    #[error("not a usable named-entity model: {0}")]
    Invalid(String),
}
