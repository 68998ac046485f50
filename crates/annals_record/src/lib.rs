//! Serialisable boundary types: the coded-document JSON record (annals.doc/1) and the parse JSON
//! output.
//!
//! Only boundary types are serialisable: the NLP crates work on [`annals_doc::Doc`], and this
//! crate turns a finished `Doc` into a versioned JSON record. Field names are a contract with
//! downstream tools (pandas, DuckDB, evaluation scripts): fields may be added, but none renamed or
//! removed without changing the `schema` string. Every span is a pair of byte offsets into the
//! record's `text`, so any annotation can be highlighted in the source.
//!
//! [`ParseRecord`] (`annals.parse/1`) is what `annals parse --format json` prints;
//! [`DocRecord`] (`annals.doc/1`) is what `annals code` prints: the coded-event record of
//! design.md.

mod coded;
mod parse;

pub use coded::{
    ActorRecord, Amount, ArgRecord, ClaimRecord, DOC_SCHEMA, DocEntityRecord, DocRecord, EventDate, EventRecord,
    Magnitude, PlaceRecord, QuantityRecord, SpanRecord, SpanText, TimeRecord,
};

pub use parse::{
    DiagnosticRecord, EntityRecord, MultiwordRecord, PARSE_SCHEMA, ParseRecord, SentenceRecord, TokenRecord,
};
