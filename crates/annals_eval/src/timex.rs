//! Time-expression recall and normalised-value accuracy.
