//! Token, word and sentence boundary scores, matching by character span.
