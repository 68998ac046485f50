//! Entity precision, recall and F1 by exact span and label.
