//! Part-of-speech tagger (UPOS and XPOS), lemmatiser and FEATS for English.
//!
//! [`Tagger`] fills the `upos`, `xpos`, `lemma` and `feats` columns of every token of a
//! [`annals_doc::Doc`]. It is an [`annals_doc::Annotator`] that requires tokens and sentences.
//!
//! Key design decisions:
//! - **One joint label** per word: the pair (UPOS, Penn tag) as seen in the training treebank
//!   (about a hundred pairs for English EWT). Predicting the pair keeps the two columns
//!   consistent and costs nothing extra, because the perceptron only stores weights for the
//!   labels a feature was actually updated for.
//! - **Beam search with global training** (see [`Tagger`] and [`TrainConfig::beam`]): an averaged
//!   perceptron ([`annals_perceptron`]) scores each label with rich word features, the words
//!   around, the two labels to the left and the dictionary classes of the words ahead (which
//!   stand in for their tags). The shipped model keeps the 4 best label sequences and was trained
//!   on whole sentences with max-violation updates; on EWT dev this beat greedy decoding by about
//!   0.1 point for about half the speed. Width 1 is the greedy tagger. An optional second pass
//!   ([`TrainConfig::passes`]) also sees the first pass's tags to the right, trained on
//!   jack-knifed first-pass tags.
//! - **Name lists as features** ([`NameList`]): whether a word is a listed country, demonym,
//!   city or region name, alone and with its case, aimed at proper/common noun confusions. The
//!   lists are read at training time and stored in the model.
//! - **Lemmas from rules plus learned exceptions**: suffix rules and irregular forms are a data
//!   file (`data/lemma-rules.txt`, which overrules the treebank); training stores only the words
//!   where the rules disagree with the treebank. **FEATS** come from a table learned per label
//!   and word, since English morphology is nearly implied by the Penn tag.
//! - Everything a trained tagger needs is in one model file ([`Tagger::to_bytes`]); the build
//!   embeds `models/tagger.apm` ([`Tagger::embedded`]).
//!
//! Training is public ([`Tagger::train`], [`jackknife`]) so other stages can train on predicted
//! tags, as a parser should.

mod beam;
mod dict;
mod features;
mod lemma;
mod morph;
mod names;
mod table;
mod tagger;
mod train;

pub use names::{NameKind, NameList};
pub use tagger::{Label, Tagger};
pub use train::{Progress, TrainConfig, jackknife};

/// Errors from loading or training a tagger.
#[derive(Debug, thiserror::Error)]
pub enum TaggerError {
    /// The binary was built without a trained tagger model.
    #[error(
        "no tagger model is embedded in this build (models/tagger.apm is empty); train one with \
         `annals train tagger --train en_ewt-ud-train.conllu --out models/tagger.apm` and rebuild"
    )]
    NotTrained,
    /// The model file could not be decoded.
    #[error("tagger model: {0}")]
    Model(#[from] annals_perceptron::ModelError),
    /// The model file decoded but is not consistent.
    #[error("tagger model: {0}")]
    Invalid(String),
    /// A lemma rule file has a bad line.
    #[error("{file}:{line}: {message}")]
    Rules {
        /// Rule file name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The training documents carry no part-of-speech tags.
    #[error("no tagged sentences to train on (the training documents need UPOS or XPOS tags)")]
    NoTrainingData,
}
