//! The NLP pipeline: chains annotators (tokenizer, tagger, parser, entity recogniser) and checks their requirements when built.
//!
//! (Being built: see the open issues.)
