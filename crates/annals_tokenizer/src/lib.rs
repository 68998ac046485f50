//! Tokenizer and sentence splitter for English news, following UD English-EWT conventions.
//!
//! [`Tokenizer`] is the first pipeline stage: it needs nothing and fills the `TOKENS` and
//! `SENTENCES` layers of a [`Doc`]. It works in three steps:
//!
//! 1. **Surface tokens** by rule: whitespace chunks are cut at punctuation the way EWT does it
//!    (`U.S.`, `Gen.`, `5:30`, `1,200`, URLs and e-mail addresses stay whole; `search-engine`
//!    becomes `search - engine` but `e-mail` stays). Surface tokens always tile the text.
//! 2. **Words**: clitics become multiword tokens (`don't` → `do` + `n't`, `Bush's` → `Bush` +
//!    `'s`, `cannot` → `can` + `not`), each word with its own sub-span.
//! 3. **Sentences**: blank lines and single line breaks after headline-like lines are hard
//!    boundaries that start a paragraph; elsewhere a boundary classifier learned from EWT train
//!    ([`SentenceModel`], embedded from `models/sentences.apm`) decides, falling back to a
//!    punctuation rule when the model is absent.
//!
//! Key design decision: language knowledge (abbreviations, hyphen prefixes, contractions,
//! emoticons) is in text files under `data/`, embedded at build time, so extending the tokenizer
//! is an edit to a word list, not to code. The segmenter decodes characters only at punctuation,
//! which keeps the whole stage well above a million tokens per second.

mod lexicon;
mod segment;
mod sentences;

pub use sentences::{SentenceModel, TrainOptions, train as train_sentence_model};

use annals_doc::{Annotator, Doc, Layers, MultiwordToken, Severity, Span, Token};
use annals_models::ModelKind;
use lexicon::Lexicon;
use segment::Surface;

/// Errors from building a tokenizer: a damaged model or a malformed data file.
#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    /// The sentence model could not be read.
    #[error("sentence model: {0}")]
    Model(#[from] annals_perceptron::ModelError),
    /// A data file has a line that cannot be used.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The data file, e.g. `abbreviations.txt`.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong and how to fix it.
        message: String,
    },
}

/// The tokenizer and sentence splitter. Cheap to share between threads; build it once.
///
/// ```
/// use annals_doc::{Annotator, Doc};
/// let tok = annals_tokenizer::Tokenizer::new();
/// let mut doc = Doc::new("d", "Gen. Smith didn't go to the U.S. Army. He stayed.");
/// tok.annotate(&mut doc);
/// let forms: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.form(i)).collect();
/// assert_eq!(forms[..5], ["Gen.", "Smith", "did", "n't", "go"]);
/// assert_eq!(doc.sentences.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Tokenizer {
    lex: Lexicon,
    model: Option<SentenceModel>,
}

impl Default for Tokenizer {
    fn default() -> Tokenizer {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the built-in data and the embedded sentence model. When the model has
    /// not been trained (or cannot be read) sentences are split by punctuation rules instead;
    /// [`Tokenizer::try_new`] reports that as an error.
    pub fn new() -> Tokenizer {
        let lex = Lexicon::builtin().expect("built-in data files are checked by the tests");
        let model = annals_models::embedded(ModelKind::Sentences).and_then(|b| SentenceModel::from_bytes(b).ok());
        Tokenizer { lex, model }
    }

    /// Like [`Tokenizer::new`], but a damaged embedded model is an error rather than a silent
    /// fallback to rules. A model that was never trained is not an error.
    pub fn try_new() -> Result<Tokenizer, TokenizerError> {
        let lex = Lexicon::builtin()?;
        let model = annals_models::embedded(ModelKind::Sentences).map(SentenceModel::from_bytes).transpose()?;
        Ok(Tokenizer { lex, model })
    }

    /// A tokenizer with the built-in data and the given sentence model (`None`: rules only).
    pub fn with_model(model: Option<SentenceModel>) -> Tokenizer {
        let lex = Lexicon::builtin().expect("built-in data files are checked by the tests");
        Tokenizer { lex, model }
    }

    /// True when sentences are split by the learned model rather than by rules.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }
}

impl Annotator for Tokenizer {
    fn name(&self) -> &'static str {
        "tokenizer"
    }

    fn requires(&self) -> Layers {
        Layers::NONE
    }

    fn assigns(&self) -> Layers {
        Layers::TOKENS | Layers::SENTENCES
    }

    /// Replace the document's tokens, multiword tokens and sentences with new ones.
    fn annotate(&self, doc: &mut Doc) {
        doc.tokens.clear();
        doc.multiword.clear();
        doc.sentences.clear();
        // Spans are u32; a longer text is cut off (readers refuse such sizes long before this).
        let mut limit = doc.text.len().min(u32::MAX as usize);
        while !doc.text.is_char_boundary(limit) {
            limit -= 1;
        }
        if limit < doc.text.len() {
            doc.diagnose(
                Severity::Error,
                "tokenizer",
                format!("text is longer than {limit} bytes; the rest was not tokenized"),
                None,
            );
        }
        let text = &doc.text[..limit];
        let mut units: Vec<Surface> = Vec::with_capacity(text.len() / 5 + 1);
        segment::segment(&self.lex, text, &mut units);
        let mut starts = Vec::new();
        let mut newpar = Vec::new();
        let mut periods = Vec::new();
        sentences::split(&self.lex, self.model.as_ref(), text, &units, &mut starts, &mut newpar, &mut periods);
        if !periods.is_empty() {
            split_periods(&mut units, &mut starts, &periods);
        }

        // Words, and the first word of every surface token.
        doc.tokens.reserve(units.len() + units.len() / 16);
        let mut first_word: Vec<u32> = Vec::with_capacity(units.len() + 1);
        let mut lens = [0u8; 4];
        for u in &units {
            let first = doc.tokens.len() as u32;
            first_word.push(first);
            let s = &text[u.start as usize..u.end as usize];
            let k = segment::words(&self.lex, s, &mut lens);
            if k == 0 {
                doc.tokens.push(Token { span: Span { start: u.start, end: u.end }, ..Token::default() });
                continue;
            }
            let mut at = u.start;
            for &len in &lens[..k] {
                let end = at + len as u32;
                doc.tokens.push(Token { span: Span { start: at, end }, ..Token::default() });
                at = end;
            }
            doc.multiword.push(MultiwordToken {
                words: first..first + k as u32,
                span: Span { start: u.start, end: u.end },
                misc: None,
            });
        }
        first_word.push(doc.tokens.len() as u32);
        for s in &mut starts {
            *s = first_word[*s as usize];
        }
        doc.set_sentences(&starts, &newpar);
        doc.layers |= Layers::TOKENS | Layers::SENTENCES;
    }
}

/// Give the sentence-final abbreviations listed in `periods` (surface-token indices, ascending)
/// their own period token (`etc.` → `etc` `.`), shifting the sentence starts to match.
fn split_periods(units: &mut Vec<Surface>, starts: &mut [u32], periods: &[u32]) {
    let mut out = Vec::with_capacity(units.len() + periods.len());
    let mut next = periods.iter().peekable();
    for (k, u) in units.iter().enumerate() {
        if next.peek().is_some_and(|&&p| p as usize == k) {
            next.next();
            out.push(Surface { start: u.start, end: u.end - 1 });
            out.push(Surface { start: u.end - 1, end: u.end });
        } else {
            out.push(*u);
        }
    }
    for s in starts.iter_mut() {
        *s += periods.partition_point(|&p| p < *s) as u32;
    }
    *units = out;
}

#[cfg(test)]
mod tests;
