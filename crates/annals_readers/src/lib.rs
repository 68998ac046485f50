//! Input readers: plain text, JSON Lines, HTML main text, RSS/Atom feeds and CoNLL-U, with language identification.
//!
//! (Being built: see the open issues.)
