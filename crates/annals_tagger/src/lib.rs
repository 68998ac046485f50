//! Part-of-speech tagger (UPOS and XPOS) and lemmatiser.
//!
//! (Being built: see the open issues.)
