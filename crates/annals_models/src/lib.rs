//! The trained models, embedded in the binary.
//!
//! Model files live in `models/` at the repository root (with `models/MANIFEST.md` recording the
//! data, command, seed, scores and date of each). They are produced by `annals train …` and
//! embedded here with `include_bytes!`, so the `annals` binary is self-contained. A model that
//! has not been trained yet is an empty file, and [`embedded`] returns `None` for it; loaders turn
//! that into a clear error.

/// The models Annals knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    /// Sentence-boundary classifier used by the sentence splitter.
    Sentences,
    /// Part-of-speech tagger and lemmatiser.
    Tagger,
    /// Dependency parser.
    Parser,
    /// Named-entity recogniser.
    Ner,
}

impl ModelKind {
    /// File name under `models/`.
    pub fn file_name(self) -> &'static str {
        match self {
            ModelKind::Sentences => "sentences.apm",
            ModelKind::Tagger => "tagger.apm",
            ModelKind::Parser => "parser.apm",
            ModelKind::Ner => "ner.apm",
        }
    }
}

/// The embedded bytes of a model, or `None` when it has not been trained and committed yet.
pub fn embedded(kind: ModelKind) -> Option<&'static [u8]> {
    let bytes: &'static [u8] = match kind {
        ModelKind::Sentences => include_bytes!("../../../models/sentences.apm"),
        ModelKind::Tagger => include_bytes!("../../../models/tagger.apm"),
        ModelKind::Parser => include_bytes!("../../../models/parser.apm"),
        ModelKind::Ner => include_bytes!("../../../models/ner.apm"),
    };
    (!bytes.is_empty()).then_some(bytes)
}
