//! Tokenizer and sentence splitter for English news, following UD English (EWT) conventions.
//!
//! (Being built: see the open issues.)
