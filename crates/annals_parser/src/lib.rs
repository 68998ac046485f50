//! Transition-based labelled dependency parser producing UD trees.
//!
//! [`Parser`] reads the words and part-of-speech tags of each sentence of a [`Doc`] and fills
//! every word's head and UD relation. Key design decisions:
//!
//! - **Arc-hybrid with the root at the end** of the buffer ([`system`]): the legal moves alone
//!   guarantee that every sentence gets a tree with exactly one root, whatever the model scores,
//!   so no repair step is needed and no input can produce a broken parse.
//! - **Greedy decoding, trained with a dynamic oracle and exploration** (Goldberg & Nivre): the
//!   model learns to recover from its own mistakes, which gives most of the accuracy of beam
//!   search at the speed of a single pass (two classifier calls per word).
//! - **Non-projective trees via pseudo-projective encoding** ([`projective`]): crossing arcs are
//!   lifted for training with the head's relation folded into the label, and lowered again after
//!   parsing.
//! - **One averaged perceptron** ([`annals_perceptron`]) scores all labelled transitions jointly
//!   over hashed Zhang & Nivre–style features ([`features`]). Parsing speed is bound by memory
//!   lookups, so the trained weights are compiled into a compact quantised table ([`table`]),
//!   and a model uses only the templates that earn their lookup (about 70 of 115).
//!   (Splitting the decision into an unlabelled move classifier and a separate labeller was
//!   measured too: faster, but 0.6 UAS and 0.7 LAS worse on EWT dev.)
//!
//! The model is trained by `annals train parser` ([`Parser::train`]) and embedded in the binary
//! ([`Parser::embedded`]).

mod features;
mod labels;
mod projective;
mod system;
mod table;
mod train;

pub use train::{Attachment, EpochReport, TrainConfig};

use annals_doc::{Annotator, Doc, Head, Layers, Severity};
use annals_perceptron::ModelError;
use annals_perceptron::codec::{ByteReader, ByteWriter};
use features::{Templates, Words};
use labels::{Labels, Transition};
use system::State;
use table::Table;

/// Magic bytes at the start of a parser model file.
const MAGIC: &[u8; 8] = b"ANNLPRS1";
/// Version of the file layout and feature templates; bump when either changes. Version 3 added
/// the set of templates the model uses; version 2 models (every template) are still read.
const FORMAT_VERSION: u32 = 3;

/// Errors from loading or training a parser.
#[derive(Debug, thiserror::Error)]
pub enum ParserError {
    /// The model bytes could not be decoded.
    #[error("cannot read the parser model: {0}")]
    Model(#[from] ModelError),
    /// The binary was built without a trained parser model.
    #[error("no parser model is embedded in this build; train one with `annals train parser` and rebuild")]
    NotTrained,
    /// The training documents contain no sentence with a complete, valid tree.
    #[error("no usable training sentences: every sentence needs a head and a relation on every word")]
    NoTrainingData,
}

/// A trained dependency parser. Cheap to share between threads; parsing takes `&self`.
#[derive(Debug, Clone)]
pub struct Parser {
    table: Table,
    labels: Labels,
    templates: Templates,
}

/// Reusable buffers for parsing one sentence after another.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    state: State,
    words: Words,
    features: Vec<u64>,
    scores: Vec<i32>,
    /// Sentence-relative heads of the last parse (`n` = root), after lowering.
    heads: Vec<u32>,
}

impl Parser {
    /// Load a model from the bytes of a `.apm` file written by [`Parser::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ParserError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC, "parser model")?;
        let version = r.u32()?;
        if version != FORMAT_VERSION && version != 2 {
            return Err(ModelError::Invalid(format!(
                "parser model format {version} is not supported by this build (expected {FORMAT_VERSION}); retrain it"
            ))
            .into());
        }
        let names = r.strs()?;
        let labels = Labels::new(names)
            .ok_or_else(|| ModelError::Invalid("the label list lacks `root` or any other label".into()))?;
        let templates =
            if version == 2 { Templates::ALL } else { Templates::from_bits([r.u64()?, r.u64()?, r.u64()?]) };
        let table = Table::read(&mut r)?;
        if table.n_classes() != labels.n_classes() {
            return Err(ModelError::Invalid(format!(
                "the model scores {} transitions but its {} labels need {}",
                table.n_classes(),
                labels.len(),
                labels.n_classes()
            ))
            .into());
        }
        if !r.is_at_end() {
            return Err(ModelError::Invalid("trailing bytes after the parser model".into()).into());
        }
        Ok(Parser { table, labels, templates })
    }

    /// The parser model embedded in this build (see `annals_models`).
    pub fn embedded() -> Result<Parser, ParserError> {
        let bytes = annals_models::embedded(annals_models::ModelKind::Parser).ok_or(ParserError::NotTrained)?;
        Parser::from_bytes(bytes)
    }

    /// The model as the bytes of a `.apm` file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::new();
        w.raw(MAGIC);
        w.u32(FORMAT_VERSION);
        w.strs(self.labels.names());
        for bits in self.templates.bits() {
            w.u64(bits);
        }
        self.table.write(&mut w);
        w.buf
    }

    /// The relations this model can assign (lifted labels appear as `rel|head_rel`).
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.labels.names().iter().map(|s| &**s)
    }

    /// A smaller, faster copy of the model without the weights whose magnitude is below
    /// `min_weight` (in perceptron update units; averaged weights of rare features are small).
    pub fn pruned(&self, min_weight: f32) -> Parser {
        Parser { table: self.table.pruned(min_weight), labels: self.labels.clone(), templates: self.templates }
    }

    /// Number of features with at least one weight (a size measure for reports).
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// Number of weights in the model (a size measure for reports).
    pub fn n_weights(&self) -> usize {
        self.table.n_weights()
    }

    /// Parse the words in `scratch.words`, leaving sentence-relative heads in `scratch.heads` and
    /// labels in `scratch.state.labels`.
    pub(crate) fn parse_words(&self, scratch: &mut Scratch) {
        let n = scratch.words.len();
        let Scratch { state, words, features: feats, scores, heads } = scratch;
        state.reset(n);
        scores.resize(self.table.n_classes(), 0);
        let root = self.labels.root();
        while !state.is_final() {
            features::extract(state, words, &self.templates, feats);
            self.table.scores(feats, scores);
            let t = best_legal(state, words, scores, root);
            state.apply(t, &self.labels);
        }
        heads.clear();
        heads.extend_from_slice(&state.heads[..n]);
        let labels = &state.labels;
        projective::deprojectivize(heads, |d| self.labels.lifted_from(labels[d]), |x| self.labels.relation(labels[x]));
    }

    /// Parse every sentence of `doc` in place, reusing `scratch`.
    fn parse_doc(&self, doc: &mut Doc, scratch: &mut Scratch) {
        let n_tokens = doc.tokens.len() as u32;
        let mut covered = 0usize;
        for s in 0..doc.sentences.len() {
            let range = doc.sentences[s].tokens.clone();
            if range.start > range.end || range.end > n_tokens {
                let span = Some(doc.sentences[s].span);
                doc.diagnose(
                    Severity::Error,
                    "parser",
                    "sentence refers to tokens that do not exist; not parsed",
                    span,
                );
                continue;
            }
            covered += range.len();
            train::load_words(&mut scratch.words, doc, range.clone());
            if range.is_empty() {
                continue;
            }
            self.parse_words(scratch);
            let n = range.len() as u32;
            for (k, i) in range.enumerate() {
                let h = scratch.heads[k];
                let token = &mut doc.tokens[i as usize];
                token.head = Some(if h >= n { Head::Root } else { Head::Token(range_start(i, k) + h) });
                token.deprel = Some(self.labels.relation(scratch.state.labels[k]).into());
            }
        }
        if covered != doc.tokens.len() {
            doc.diagnose(
                Severity::Warning,
                "parser",
                format!("{} tokens are outside every sentence and were not parsed", doc.tokens.len().abs_diff(covered)),
                None,
            );
        }
        doc.layers |= Layers::DEPS;
    }
}

/// The document index of a sentence's first token, given token `i` at position `k` in it.
#[inline]
fn range_start(i: u32, k: usize) -> u32 {
    i - k as u32
}

/// Whether `t` is legal here. (A variant that also refused to make punctuation a head was
/// measured twice: no gain for a model not trained with it, and 0.4 UAS worse on EWT dev for one
/// trained with it, together with stack-depth and distance-to-end templates.)
#[inline]
fn allowed(state: &State, _words: &Words, t: Transition, root: u16) -> bool {
    state.is_legal(t, root)
}

/// The highest-scoring allowed transition. One is always allowed while the parse is not finished;
/// if the scores are unusable (NaN from a damaged model) the first legal transition is taken, so
/// the result is still a tree.
#[inline]
fn best_legal<S: PartialOrd + Copy>(state: &State, words: &Words, scores: &[S], root: u16) -> Transition {
    let mut best = None;
    let mut best_score = None::<S>;
    for (class, &s) in scores.iter().enumerate() {
        if best_score.is_none_or(|b| s > b) {
            let t = Transition::from_class(class);
            if allowed(state, words, t, root) {
                best = Some(t);
                best_score = Some(s);
            }
        }
    }
    best.unwrap_or_else(|| first_legal(state, root))
}

/// A legal transition chosen without scores.
fn first_legal(state: &State, root: u16) -> Transition {
    use labels::Move;
    if state.can_shift() {
        Transition { mv: Move::Shift, label: 0 }
    } else if state.can_right() {
        // Any non-root label will do; label 0 is root only when `root` is 0.
        Transition { mv: Move::Right, label: u16::from(root == 0) }
    } else {
        Transition { mv: Move::Left, label: root }
    }
}

impl Annotator for Parser {
    fn name(&self) -> &'static str {
        "parser"
    }

    fn requires(&self) -> Layers {
        Layers::TOKENS | Layers::SENTENCES | Layers::UPOS | Layers::XPOS
    }

    fn assigns(&self) -> Layers {
        Layers::DEPS
    }

    fn annotate(&self, doc: &mut Doc) {
        let mut scratch = Scratch::default();
        self.parse_doc(doc, &mut scratch);
    }
}
