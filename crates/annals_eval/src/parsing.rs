//! Unlabelled and labelled attachment scores over gold tokens.
