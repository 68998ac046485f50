//! UPOS, XPOS and lemma accuracy over gold tokens.
