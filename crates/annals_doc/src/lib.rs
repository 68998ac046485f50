//! The Annals document model.
//!
//! A [`Doc`] is the one structure that every pipeline stage annotates in place: the raw text of an
//! article (never modified once read), its metadata, and flat vectors of [`Token`]s, [`Sentence`]s,
//! [`MultiwordToken`]s and [`Entity`] spans. Every annotation keeps a byte range ([`Span`]) into
//! the original text, so any output can be highlighted in the source.
//!
//! Key design decisions:
//! - Tokens are *syntactic words* (UD "words"). A surface token that UD splits into several words
//!   (`don't` → `do` + `n't`) is recorded once more as a [`MultiwordToken`] over those words; when
//!   the word forms concatenate to the surface form each word gets its own sub-span, otherwise
//!   every word carries the whole surface span and an explicit form.
//! - Annotation columns are optional fields on [`Token`]; which layers a document carries is
//!   recorded in [`Layers`], so a stage can declare what it requires and what it assigns
//!   ([`Annotator`]) and a pipeline can refuse a missing requirement when it is built.
//! - Analysis never fails on odd text: recoverable problems become [`Diagnostic`]s on the doc.
//!   `Result` is used only for reading formats such as CoNLL-U.

mod conllu;
mod doc;
mod layers;
mod span;

pub use conllu::{ConlluError, ConlluParse, parse_conllu, write_conllu, write_conllu_doc};
pub use doc::{Diagnostic, Doc, DocMeta, Entity, EntityLabel, Head, MultiwordToken, Sentence, Severity, Token, Upos};
pub use layers::{Annotator, Layers};
pub use span::Span;
