//! Sentence splitting over surface tokens: hard paragraph rules plus a learned boundary model.
//!
//! Blank lines always end a sentence and start a paragraph; so does a single newline after a
//! short headline-like line (`BAKU, June 3`). Everywhere else the decision "does a sentence end
//! after this token?" is made by a binary averaged perceptron ([`SentenceModel`]) trained on UD
//! English-EWT, or by a small punctuation rule when no model is available.
//!
//! Only *candidate* positions are scored: after sentence punctuation, closing quotes and
//! brackets, before a token that does not start with a lowercase letter, or at a line break. A
//! token followed by a lowercase word in running text is never a boundary. This keeps the model
//! off ~80 % of positions, which is what makes the splitter fast, and costs very little recall
//! (training reports how many gold boundaries fall outside the candidates).

use crate::TokenizerError;
use crate::lexicon::Lexicon;
use crate::segment::Surface;
use annals_doc::Doc;
use annals_perceptron::codec::{ByteReader, ByteWriter};
use annals_perceptron::{FeatureHasher, Model, SplitMix64, Trainer};

const MAGIC: &[u8; 8] = b"ANNLSNT1";
const FORMAT_VERSION: u32 = 1;

/// Whitespace between two surface tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// No whitespace (`word,`).
    None = 0,
    /// Spaces or tabs only.
    Space = 1,
    /// One line break.
    Newline = 2,
    /// A blank line: a paragraph break.
    Paragraph = 3,
}

/// Classify the whitespace `gap`.
pub(crate) fn gap_kind(gap: &str) -> Gap {
    if gap.is_empty() {
        return Gap::None;
    }
    let newlines = gap.bytes().filter(|&b| b == b'\n').count()
        + if gap.contains('\n') { 0 } else { gap.bytes().filter(|&b| b == b'\r').count() };
    match newlines {
        0 => {
            if gap.contains(['\u{2028}', '\u{2029}']) {
                Gap::Paragraph
            } else {
                Gap::Space
            }
        }
        1 => Gap::Newline,
        _ => Gap::Paragraph,
    }
}

/// A sentence-boundary classifier.
#[derive(Debug, Clone)]
pub struct SentenceModel {
    model: Model,
}

impl SentenceModel {
    /// Read a model written by [`SentenceModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<SentenceModel, TokenizerError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC, "sentence model")?;
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(TokenizerError::Model(annals_perceptron::ModelError::Invalid(format!(
                "sentence model format {version} is not supported (expected {FORMAT_VERSION}); retrain it"
            ))));
        }
        let model = Model::read(&mut r)?;
        if model.n_classes() != 2 {
            return Err(TokenizerError::Model(annals_perceptron::ModelError::Invalid(
                "a sentence model must have two classes".into(),
            )));
        }
        Ok(SentenceModel { model })
    }

    /// The model as bytes, for `models/sentences.apm`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::new();
        w.raw(MAGIC);
        w.u32(FORMAT_VERSION);
        self.model.write(&mut w);
        w.buf
    }

    /// Number of features with a weight.
    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }
}

/// What the splitter knows about one surface token.
#[derive(Clone, Copy)]
struct Info {
    /// Hash of the lowercased form.
    form: u64,
    /// Hash of the word shape (`Xx`, `d`, `X.X.`, `,`).
    shape: u64,
    flags: u8,
}

const TERMINAL: u8 = 1; // ends with . ! ? …
const CLOSER: u8 = 2; // closing quote or bracket
const LOWER_START: u8 = 4; // starts with a lowercase letter
const ABBREV: u8 = 8; // an abbreviation with its period
const UPPER_START: u8 = 16; // starts with an uppercase letter
const OPENER: u8 = 32; // opening quote or bracket
const ALL_PUNCT: u8 = 64; // no letters or digits

/// The cheap facts about a token, computed for every token.
fn flags(lex: &Lexicon, s: &str) -> u8 {
    let bytes = s.as_bytes();
    let (Some(&b0), Some(&bn)) = (bytes.first(), bytes.last()) else { return ALL_PUNCT };
    let mut flags = 0;
    if b0.is_ascii_lowercase() {
        flags |= LOWER_START;
    } else if b0.is_ascii_uppercase() {
        flags |= UPPER_START;
    } else if b0 >= 0x80 {
        let first = s.chars().next().unwrap_or(' ');
        if first.is_lowercase() {
            flags |= LOWER_START;
        } else if first.is_uppercase() {
            flags |= UPPER_START;
        }
    }
    if b0.is_ascii_alphanumeric() {
        if matches!(bn, b'.' | b'!' | b'?') {
            flags |= TERMINAL;
            if bn == b'.' && s.len() > 1 && lex.is_abbreviation(s) {
                flags |= ABBREV;
            }
        }
        return flags;
    }
    let last = s.chars().next_back().unwrap_or(' ');
    if matches!(last, '.' | '!' | '?' | '…') {
        flags |= TERMINAL;
        if last == '.' && s.len() > 1 && lex.is_abbreviation(s) {
            flags |= ABBREV;
        }
    }
    if matches!(s, ")" | "]" | "}" | "\"" | "”" | "’" | "'" | "''" | "»" | ">" | ">>") {
        flags |= CLOSER;
    }
    if matches!(s, "(" | "[" | "{" | "\"" | "“" | "‘" | "'" | "``" | "«" | "<" | "<<") {
        flags |= OPENER;
    }
    if !s.chars().any(char::is_alphanumeric) {
        flags |= ALL_PUNCT;
    }
    flags
}

/// Hashes of the lowercased form (first 24 bytes) and of the shape, for tokens near a candidate.
fn hashes(s: &str, buf: &mut String) -> (u64, u64) {
    if s.is_ascii() {
        let mut lower = [0u8; 24];
        let n = s.len().min(24);
        lower[..n].copy_from_slice(&s.as_bytes()[..n]);
        lower[..n].make_ascii_lowercase();
        let form = FeatureHasher::new(0).bytes(&lower[..n]).finish();
        let mut shape = [0u8; 6];
        let mut k = 0;
        for &b in s.as_bytes() {
            let class = if b.is_ascii_uppercase() {
                b'X'
            } else if b.is_ascii_lowercase() {
                b'x'
            } else if b.is_ascii_digit() {
                b'd'
            } else {
                b
            };
            if k == 0 || shape[k - 1] != class {
                shape[k] = class;
                k += 1;
                if k == shape.len() {
                    break;
                }
            }
        }
        return (form, FeatureHasher::new(0).bytes(&shape[..k]).finish());
    }
    buf.clear();
    for c in s.chars() {
        buf.extend(c.to_lowercase());
        if buf.len() >= 24 {
            break;
        }
    }
    let form = FeatureHasher::new(0).str(buf).finish();
    buf.clear();
    let mut last_class = '\0';
    for c in s.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() || c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if class != last_class {
            buf.push(class);
            last_class = class;
            if buf.len() >= 6 {
                break;
            }
        }
    }
    (form, FeatureHasher::new(0).str(buf).finish())
}

/// Features of the position between `cur` and `next`.
fn features(prev: Info, cur: Info, next: Info, next2: Info, gap: Gap, since: usize, out: &mut Vec<u64>) {
    out.clear();
    let g = gap as u64;
    let since = match since {
        0..=2 => since as u64,
        3..=5 => 3,
        6..=10 => 4,
        _ => 5,
    };
    out.extend_from_slice(&[
        FeatureHasher::new(1).finish(),
        FeatureHasher::new(2).int(cur.form).finish(),
        FeatureHasher::new(3).int(next.form).finish(),
        FeatureHasher::new(4).int(prev.form).finish(),
        FeatureHasher::new(5).int(cur.shape).finish(),
        FeatureHasher::new(6).int(next.shape).finish(),
        FeatureHasher::new(7).int(prev.shape).finish(),
        FeatureHasher::new(8).int(cur.shape).int(next.shape).finish(),
        FeatureHasher::new(9).int(cur.form).int(next.shape).finish(),
        FeatureHasher::new(10).int(prev.form).int(cur.form).finish(),
        FeatureHasher::new(11).int(g).finish(),
        FeatureHasher::new(12).int(g).int(cur.shape).finish(),
        FeatureHasher::new(13).int(cur.flags as u64).int(next.flags as u64).finish(),
        FeatureHasher::new(14).int(next2.shape).finish(),
        FeatureHasher::new(15).int(since).finish(),
        FeatureHasher::new(16).int(cur.form).int(next.form).finish(),
        FeatureHasher::new(17).int(prev.shape).int(cur.shape).int(next.shape).finish(),
        FeatureHasher::new(18).int(prev.form).int(next.shape).finish(),
        FeatureHasher::new(19).int(cur.shape).int(next.form).finish(),
        FeatureHasher::new(20).int(next.form).int(next2.shape).finish(),
    ]);
}

/// Everything the splitter needs about a document's surface tokens.
struct Layout<'a> {
    text: &'a str,
    units: &'a [Surface],
    flags: Vec<u8>,
    /// Form and shape hashes, computed on first use (0 = not yet; real hashes are never 0).
    hashes: Vec<(u64, u64)>,
    /// `gaps[i]`: whitespace after token `i`.
    gaps: Vec<Gap>,
    /// `hard[i]`: a sentence must end after token `i`, and a paragraph starts after it.
    hard: Vec<bool>,
    buf: String,
}

impl Layout<'_> {
    /// Full information on token `i`, or a blank for positions outside the document.
    fn info(&mut self, i: usize) -> Info {
        let Some(&flags) = self.flags.get(i) else { return Info { form: 0, shape: 0, flags: 0 } };
        if self.hashes[i].0 == 0 {
            let u = self.units[i];
            self.hashes[i] = hashes(&self.text[u.start as usize..u.end as usize], &mut self.buf);
        }
        let (form, shape) = self.hashes[i];
        Info { form, shape, flags }
    }

    /// Features of the position after token `i`.
    fn features(&mut self, i: usize, since: usize, out: &mut Vec<u64>) {
        let blank = Info { form: 0, shape: 0, flags: 0 };
        let prev = if i > 0 { self.info(i - 1) } else { blank };
        let (cur, next, next2) = (self.info(i), self.info(i + 1), self.info(i + 2));
        features(prev, cur, next, next2, self.gaps[i], since, out);
    }

    /// Is the position after token `i` worth scoring?
    fn candidate(&self, i: usize) -> bool {
        self.flags[i] & (TERMINAL | CLOSER | ALL_PUNCT) != 0
            || self.flags[i + 1] & LOWER_START == 0
            || self.gaps[i] >= Gap::Newline
    }
}

fn layout<'a>(lex: &Lexicon, text: &'a str, units: &'a [Surface]) -> Layout<'a> {
    let flags: Vec<u8> = units.iter().map(|u| flags(lex, &text[u.start as usize..u.end as usize])).collect();
    let mut gaps = Vec::with_capacity(units.len());
    let mut hard = Vec::with_capacity(units.len());
    let mut line_start = 0usize;
    for (i, u) in units.iter().enumerate() {
        let end = u.end as usize;
        let next_start = units.get(i + 1).map_or(text.len(), |n| n.start as usize);
        let gap = if next_start == end + 1 && text.as_bytes()[end] == b' ' {
            Gap::Space
        } else {
            gap_kind(&text[end..next_start])
        };
        gaps.push(gap);
        let is_hard = match gap {
            Gap::Paragraph => true,
            Gap::Newline => {
                // A single line break after a short line (a headline or dateline) ends it.
                let line = text[line_start..end].trim();
                line.len() <= 50 && !line.ends_with([',', ';', '-'])
            }
            _ => false,
        };
        hard.push(is_hard);
        if gap >= Gap::Newline {
            line_start = next_start;
        }
    }
    Layout { text, units, hashes: vec![(0, 0); flags.len()], flags, gaps, hard, buf: String::new() }
}

/// Fallback when no model is available: a sentence ends after sentence punctuation (and any
/// closing quotes or brackets) when the next token does not start with a lowercase letter.
fn rule_boundary(flags: &[u8], i: usize) -> bool {
    let next = flags[i + 1];
    if next & LOWER_START != 0 || next & (TERMINAL | CLOSER) == (TERMINAL | CLOSER) {
        return false;
    }
    let mut k = i;
    while flags[k] & CLOSER != 0 && k > 0 {
        k -= 1;
    }
    flags[k] & TERMINAL != 0 && flags[k] & ABBREV == 0
}

/// Sentence starts (as surface-token indices) and whether each starts a paragraph. `periods`
/// receives the abbreviations that end a sentence (`etc.`, `U.S.`): EWT makes their period a
/// token of its own there, so the caller splits them.
pub(crate) fn split(
    lex: &Lexicon,
    model: Option<&SentenceModel>,
    text: &str,
    units: &[Surface],
    starts: &mut Vec<u32>,
    newpar: &mut Vec<bool>,
    periods: &mut Vec<u32>,
) {
    starts.clear();
    newpar.clear();
    periods.clear();
    if units.is_empty() {
        return;
    }
    let mut lay = layout(lex, text, units);
    starts.push(0);
    newpar.push(true);
    let mut feats = Vec::with_capacity(24);
    let mut scores = [0f32; 2];
    let n = units.len();
    let mut since = 0usize;
    for i in 0..n - 1 {
        since += 1;
        let boundary = if lay.hard[i] {
            true
        } else if !lay.candidate(i) {
            false
        } else {
            match model {
                Some(m) => {
                    lay.features(i, since, &mut feats);
                    m.model.scores(&feats, &mut scores);
                    scores[1] > scores[0]
                }
                None => rule_boundary(&lay.flags, i),
            }
        };
        if boundary {
            if lay.flags[i] & ABBREV != 0 {
                periods.push(i as u32);
            }
            starts.push(i as u32 + 1);
            newpar.push(lay.hard[i]);
            since = 0;
        }
    }
}

/// Options for [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling.
    pub seed: u64,
    /// Averaged weights smaller than this are dropped, which shrinks the model and speeds it up.
    pub min_weight: f32,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions { epochs: 8, seed: 1, min_weight: 0.1 }
    }
}

/// One training position: features and the gold answer.
struct Example {
    feats: Vec<u64>,
    gold: usize,
}

/// Turn gold documents into training examples. Returns how many gold boundaries fall at
/// positions the splitter never scores (a ceiling on recall worth watching).
fn examples(lex: &Lexicon, docs: &[Doc], out: &mut Vec<Example>) -> usize {
    let mut missed = 0;
    let mut units = Vec::new();
    let mut feats = Vec::new();
    for doc in docs {
        units.clear();
        crate::segment::segment(lex, &doc.text, &mut units);
        if units.is_empty() {
            continue;
        }
        let ends: std::collections::HashSet<u32> = doc.sentences.iter().map(|s| s.span.end).collect();
        let mut lay = layout(lex, &doc.text, &units);
        let mut since = 0;
        for (i, unit) in units.iter().enumerate().take(units.len() - 1) {
            since += 1;
            let gold = ends.contains(&unit.end);
            if lay.hard[i] {
                if gold {
                    since = 0;
                }
                continue;
            }
            if !lay.candidate(i) {
                if gold {
                    missed += 1;
                    since = 0;
                }
                continue;
            }
            lay.features(i, since, &mut feats);
            out.push(Example { feats: feats.clone(), gold: usize::from(gold) });
            if gold {
                since = 0;
            }
        }
    }
    missed
}

/// Train a sentence-boundary model from documents whose `sentences` are gold. The text of each
/// document is tokenized with the rules, and every candidate position becomes one example.
/// `log` receives one line per epoch.
pub fn train(docs: &[Doc], options: &TrainOptions, mut log: impl FnMut(&str)) -> SentenceModel {
    let lex = Lexicon::builtin().expect("built-in data files are checked by the tests");
    let mut data = Vec::new();
    let missed = examples(&lex, docs, &mut data);
    log(&format!("{} candidate positions, {missed} gold boundaries outside candidates", data.len()));
    let mut trainer = Trainer::new(2);
    let mut rng = SplitMix64::new(options.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut scratch = Vec::new();
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        for &k in &order {
            let ex = &data[k];
            let guess = trainer.predict(&ex.feats, None, &mut scratch);
            if guess != ex.gold {
                errors += 1;
            }
            trainer.update(&ex.feats, ex.gold, guess);
            trainer.step();
        }
        log(&format!("epoch {epoch}: {errors} training errors of {}", data.len()));
    }
    SentenceModel { model: trainer.finish(options.min_weight) }
}
