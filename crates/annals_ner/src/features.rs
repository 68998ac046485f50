//! Feature extraction: what the model sees of each token.
//!
//! Features are hashed ([`FeatureHasher`]) template/value pairs and depend only on the input,
//! never on predicted tags (tag interactions live in the decoder's transition weights), so a
//! sentence's features are computed once and scored for every tag at the same time.
//!
//! Templates, by family:
//! - **word**: the lower-cased word and its exact form; lower-cased words two to each side and
//!   the two word bigrams around the token; the neighbours' words with the token's shape.
//! - **shape and affixes**: a long shape (`Xxxxx`, `dd-dd`) and a short one (`Xx`, `X.X.`) for
//!   the token, short shapes of the neighbours and their bigrams and trigram; prefixes and
//!   suffixes up to four characters; length; sentence-initial position; the run of capitalised
//!   tokens the token sits in.
//! - **case evidence**: how the word is usually cased in the training text (a table stored in
//!   the model), how it is cased elsewhere in the same document, and whether the sentence is all
//!   capitals or all lower case. These separate "Apple" the company from a capitalised first word.
//! - **gazetteer**: for each name list matching a phrase over the token, the list and the
//!   token's BILOU position in the match; lists matching the neighbours.
//! - **word classes** (when the model has them, see [`crate::clusters`]): the token's fine and
//!   coarse class, the classes of its neighbours, the class with the shape, and (when the model
//!   has one) the classes of a second clustering.
//! - **UPOS** (when the model was trained with tags): tags in a window of two, tag bigrams, and
//!   the tag with the shape.

use crate::KeyMap;
use crate::clusters::WordClusters;
use crate::gazetteer::{Category, Gazetteer, Match};
use annals_doc::Doc;
#[cfg(test)]
use annals_doc::Upos;
use annals_perceptron::FeatureHasher;
use annals_perceptron::codec::{ByteReader, ByteWriter};

/// How a word is usually written, learnt from the training text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum CaseClass {
    Unseen = 0,
    Lower = 1,
    Mixed = 2,
    Capitalised = 3,
    AllCaps = 4,
}

/// Word → usual casing, from the training text (words seen at least twice).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CaseLexicon {
    classes: KeyMap<u8>,
}

impl CaseLexicon {
    /// Count casings of every word not at the start of a sentence.
    pub(crate) fn build(docs: &[Doc]) -> CaseLexicon {
        // (lower, capitalised, all caps)
        let mut counts: KeyMap<[u32; 3]> = KeyMap::default();
        for doc in docs {
            for sent in &doc.sentences {
                for i in sent.tokens.clone().skip(1) {
                    let form = doc.form(i as usize);
                    let Some(first) = form.chars().next() else { continue };
                    if !first.is_alphabetic() {
                        continue;
                    }
                    let key = word_key(&form.to_lowercase());
                    let c = counts.entry(key).or_default();
                    if first.is_lowercase() {
                        c[0] += 1;
                    } else if form.chars().count() > 1 && form.chars().all(|ch| !ch.is_lowercase()) {
                        c[2] += 1;
                    } else {
                        c[1] += 1;
                    }
                }
            }
        }
        let mut classes = KeyMap::default();
        for (key, [lower, cap, caps]) in counts {
            let total = lower + cap + caps;
            if total < 2 {
                continue;
            }
            let class = if lower * 10 >= total * 9 {
                CaseClass::Lower
            } else if caps * 2 > total {
                CaseClass::AllCaps
            } else if (cap + caps) * 10 >= total * 9 {
                CaseClass::Capitalised
            } else {
                CaseClass::Mixed
            };
            classes.insert(key, class as u8);
        }
        CaseLexicon { classes }
    }

    fn class(&self, key: u64) -> u8 {
        self.classes.get(&key).copied().unwrap_or(CaseClass::Unseen as u8)
    }

    pub(crate) fn len(&self) -> usize {
        self.classes.len()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        let mut items: Vec<(u64, u8)> = self.classes.iter().map(|(&k, &v)| (k, v)).collect();
        items.sort_unstable();
        w.u32(items.len() as u32);
        for (k, v) in items {
            w.u64(k);
            w.u8(v);
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<CaseLexicon, crate::NerError> {
        let n = r.u32()? as usize;
        let mut classes = KeyMap::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            classes.insert(k, r.u8()?);
        }
        Ok(CaseLexicon { classes })
    }
}

/// Hash of a lower-cased word, the key of word-valued features and of the case lexicon.
pub(crate) fn word_key(lower: &str) -> u64 {
    FeatureHasher::new(0).str(lower).finish()
}

// Template ids. Changing a number invalidates trained models.
const BIAS: u32 = 1;
const W0: u32 = 2;
const FORM0: u32 = 3;
const WM1: u32 = 4;
const WP1: u32 = 5;
const WM2: u32 = 6;
const WP2: u32 = 7;
const WM1W0: u32 = 8;
const W0WP1: u32 = 9;
const SHAPE0: u32 = 10;
const SSH0: u32 = 11;
const SSHM1: u32 = 12;
const SSHP1: u32 = 13;
const SSH_TRI: u32 = 14;
const SSHM1_0: u32 = 15;
const SSH0_P1: u32 = 16;
const PREFIX: u32 = 17;
const SUFFIX: u32 = 18;
const INITIAL: u32 = 19;
const LENGTH: u32 = 20;
const UPOS0: u32 = 21;
const UPOSM1: u32 = 22;
const UPOSP1: u32 = 23;
const UPOSM1_0: u32 = 24;
const UPOS0_P1: u32 = 25;
const UPOSM2: u32 = 26;
const UPOSP2: u32 = 27;
const UPOS_SH: u32 = 28;
const GAZ: u32 = 29;
const GAZ_PREV: u32 = 30;
const GAZ_NEXT: u32 = 31;
const CASE0: u32 = 32;
const CASEM1: u32 = 33;
const CASEP1: u32 = 34;
const DOC_CASE: u32 = 35;
const SENT_CASE: u32 = 36;
const WM1_SH0: u32 = 37;
const WP1_SH0: u32 = 38;
const CAP_RUN: u32 = 39;
const GAZ_LEN: u32 = 40;
const GAZ_ANY_CASE: u32 = 41;
const RUN_FIRST: u32 = 42;
const RUN_LAST: u32 = 43;
const BAG: u32 = 44;
const HINT0: u32 = 50;
const HINTM1: u32 = 51;
const HINTP1: u32 = 52;
const HINTM1_0_P1: u32 = 53;
const HINT0_W0: u32 = 54;
const HINT_DOC: u32 = 55;
const HINT_DOC_N: u32 = 56;
const CL0: u32 = 60;
const CL0_COARSE: u32 = 61;
const CLM1: u32 = 62;
const CLP1: u32 = 63;
const CL0_SH: u32 = 64;
const CLM1_0: u32 = 65;
const CL0_P1: u32 = 66;
const CLO0: u32 = 71;
const CLOM1: u32 = 72;
const CLOP1: u32 = 73;
const CLO0_SH: u32 = 74;

/// Entity-type slot of a BILOU tag id (0 for `O`), for counting per type.
fn type_slot(tag: u16) -> usize {
    if tag == 0 { 0 } else { (1 + (tag as usize - 1) / 4).min(7) }
}

/// Placeholder values outside the sentence and for missing tags.
const BOS: u64 = 0xB05;
const EOS: u64 = 0xE05;

/// The value of token `k` of a sentence of `n` tokens, or [`BOS`]/[`EOS`] beyond either end.
#[inline]
fn padded(n: usize, k: isize, value: impl Fn(usize) -> u64) -> u64 {
    if k < 0 {
        BOS
    } else if k as usize >= n {
        EOS
    } else {
        value(k as usize)
    }
}
const NO_TAG: u64 = 0xFFFF;
const UNKNOWN: u64 = 0x0DD;

/// Per-token values computed once per document.
#[derive(Default)]
struct TokenInfo {
    lower: String,
    word: u64,
    form: u64,
    shape: u64,
    short_shape: u64,
    capitalised: bool,
    upos: u64,
    /// Fine and coarse word class (0 when the word has none).
    fine: u64,
    coarse: u64,
    /// Class in the second clustering (0 when none).
    other: u64,
}

impl AsRef<str> for TokenInfo {
    fn as_ref(&self) -> &str {
        &self.lower
    }
}

/// Reusable buffers for feature extraction.
#[derive(Default)]
pub(crate) struct Scratch {
    tokens: Vec<TokenInfo>,
    doc_case: KeyMap<(u32, u32)>,
    matches: Vec<Match>,
    shape: String,
    /// Capitalised run (start, end) of each token of the current sentence.
    run_of: Vec<(usize, usize)>,
    /// First-pass tags of the document's tokens (second stage only).
    hints: Vec<u16>,
    /// Word → how often the first pass put it in each entity type (index 0 = outside).
    doc_labels: KeyMap<[u16; 8]>,
}

impl Scratch {
    /// Gazetteer matches of the sentence last passed to [`Extractor::sentence`].
    pub(crate) fn matches(&self) -> &[Match] {
        &self.matches
    }
}

/// The features of one sentence: token `k` has `feats[offsets[k]..offsets[k + 1]]`.
#[derive(Debug, Default, Clone)]
pub(crate) struct SentenceFeatures {
    pub(crate) feats: Vec<u64>,
    pub(crate) offsets: Vec<u32>,
}

impl SentenceFeatures {
    pub(crate) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(crate) fn token(&self, k: usize) -> &[u64] {
        &self.feats[self.offsets[k] as usize..self.offsets[k + 1] as usize]
    }
}

/// Everything feature extraction needs besides the document.
pub(crate) struct Extractor<'a> {
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) lexicon: &'a CaseLexicon,
    pub(crate) clusters: &'a WordClusters,
    pub(crate) use_upos: bool,
}

impl Extractor<'_> {
    /// Prepare the per-token values of `doc`. Must be called before [`Extractor::sentence`].
    /// `hints` are the first pass's tags for every token of the document, for the second stage.
    pub(crate) fn prepare(&self, doc: &Doc, hints: Option<&[u16]>, scratch: &mut Scratch) {
        self.prepare_with_unknown(doc, hints, &[], scratch);
    }

    /// [`Extractor::prepare`] for training, where tokens flagged in `unknown` lose their identity
    /// (word, form and everything keyed by them) as if never seen before. Hiding rare training
    /// words this way teaches the model to find names it has not memorised, from spelling,
    /// context and name lists, which is what it must do at run time.
    pub(crate) fn prepare_with_unknown(
        &self,
        doc: &Doc,
        hints: Option<&[u16]>,
        unknown: &[bool],
        scratch: &mut Scratch,
    ) {
        let n = doc.tokens.len();
        scratch.hints.clear();
        scratch.doc_labels.clear();
        if let Some(h) = hints.filter(|h| h.len() == n) {
            scratch.hints.extend_from_slice(h);
        }
        scratch.tokens.resize_with(n, TokenInfo::default);
        scratch.doc_case.clear();
        for i in 0..n {
            let form = doc.form(i);
            let info = &mut scratch.tokens[i];
            info.lower.clear();
            for c in form.chars() {
                info.lower.extend(c.to_lowercase());
            }
            // Classes come from unlabelled text, so a word hidden below keeps its class: that is
            // exactly the knowledge a name unseen in the labelled data can still have.
            let key = word_key(&info.lower);
            let [fine, coarse, other] = self.clusters.get(key);
            info.fine = fine as u64;
            info.coarse = coarse as u64;
            info.other = other as u64;
            if unknown.get(i).copied().unwrap_or(false) {
                info.word = UNKNOWN;
                info.form = UNKNOWN;
            } else {
                info.word = key;
                info.form = FeatureHasher::new(0).str(form).finish();
            }
            shape(form, true, &mut scratch.shape);
            info.shape = FeatureHasher::new(0).str(&scratch.shape).finish();
            shape(form, false, &mut scratch.shape);
            info.short_shape = FeatureHasher::new(0).str(&scratch.shape).finish();
            info.capitalised = form.chars().next().is_some_and(char::is_uppercase);
            info.upos = match doc.tokens[i].upos {
                Some(u) if self.use_upos => u.index() as u64,
                _ => NO_TAG,
            };
        }
        for (i, &tag) in scratch.hints.iter().enumerate() {
            let info = &scratch.tokens[i];
            if info.lower.chars().count() < 2 || !info.lower.chars().any(char::is_alphabetic) {
                continue;
            }
            let entry = scratch.doc_labels.entry(info.word).or_default();
            entry[type_slot(tag)] = entry[type_slot(tag)].saturating_add(1);
        }
        for sent in &doc.sentences {
            for i in sent.tokens.clone() {
                let Some(info) = scratch.tokens.get(i as usize) else { continue };
                let Some(first) = doc.form(i as usize).chars().next() else { continue };
                if !first.is_alphabetic() {
                    continue;
                }
                let entry = scratch.doc_case.entry(info.word).or_default();
                if first.is_lowercase() {
                    entry.1 += 1;
                } else if i != sent.tokens.start {
                    entry.0 += 1;
                }
            }
        }
    }

    /// Gazetteer matches over the tokens `range` of a prepared document, into the scratch
    /// ([`Scratch::matches`]).
    pub(crate) fn gazetteer_matches(&self, range: std::ops::Range<usize>, scratch: &mut Scratch) {
        let Scratch { tokens, matches, .. } = scratch;
        self.gazetteer.matches(&tokens[range], matches);
    }

    /// Features of the tokens `range` (one sentence) of a prepared document.
    pub(crate) fn sentence(&self, range: std::ops::Range<usize>, scratch: &mut Scratch, out: &mut SentenceFeatures) {
        out.feats.clear();
        out.offsets.clear();
        out.offsets.push(0);
        let Scratch { tokens, doc_case, matches, hints, doc_labels, run_of, .. } = scratch;
        let hints: &[u16] = if hints.is_empty() { &[] } else { &hints[range.clone()] };
        let toks = &tokens[range.clone()];
        let n = toks.len();
        self.gazetteer.matches(toks, matches);
        let matches = &*matches;

        // Sentence case profile: all caps, all lower, or ordinary.
        let (mut letters, mut upper_words, mut lower_words) = (0, 0, 0);
        for t in toks {
            if t.lower.chars().next().is_some_and(char::is_alphabetic) {
                letters += 1;
                if t.capitalised {
                    upper_words += 1;
                } else {
                    lower_words += 1;
                }
            }
        }
        let sent_case: u64 = if letters < 3 {
            0
        } else if lower_words == letters {
            1
        } else if upper_words == letters {
            2
        } else {
            3
        };

        // Runs of capitalised tokens: (run start, run end) per token.
        run_of.clear();
        run_of.resize(n, (0, 0));
        let mut k = 0;
        while k < n {
            if toks[k].capitalised {
                let s = k;
                while k < n && toks[k].capitalised {
                    k += 1;
                }
                for r in &mut run_of[s..k] {
                    *r = (s, k);
                }
            } else {
                k += 1;
            }
        }

        let word = |k: isize| padded(n, k, |j| toks[j].word);
        let ssh = |k: isize| padded(n, k, |j| toks[j].short_shape);
        let fine = |k: isize| padded(n, k, |j| toks[j].fine);
        let coarse = |k: isize| padded(n, k, |j| toks[j].coarse);
        let upos = |k: isize| padded(n, k, |j| toks[j].upos);

        let f = &mut out.feats;
        for (k, t) in toks.iter().enumerate() {
            let i = k as isize;
            let h = |tpl: u32| FeatureHasher::new(tpl);
            f.push(h(BIAS).finish());
            f.push(h(W0).int(t.word).finish());
            f.push(h(FORM0).int(t.form).finish());
            f.push(h(WM1).int(word(i - 1)).finish());
            f.push(h(WP1).int(word(i + 1)).finish());
            f.push(h(WM2).int(word(i - 2)).finish());
            f.push(h(WP2).int(word(i + 2)).finish());
            f.push(h(WM1W0).int(word(i - 1)).int(t.word).finish());
            f.push(h(W0WP1).int(t.word).int(word(i + 1)).finish());
            f.push(h(SHAPE0).int(t.shape).finish());
            f.push(h(SSH0).int(t.short_shape).finish());
            f.push(h(SSHM1).int(ssh(i - 1)).finish());
            f.push(h(SSHP1).int(ssh(i + 1)).finish());
            f.push(h(SSH_TRI).int(ssh(i - 1)).int(t.short_shape).int(ssh(i + 1)).finish());
            f.push(h(SSHM1_0).int(ssh(i - 1)).int(t.short_shape).finish());
            f.push(h(SSH0_P1).int(t.short_shape).int(ssh(i + 1)).finish());
            f.push(h(WM1_SH0).int(word(i - 1)).int(t.short_shape).finish());
            f.push(h(WP1_SH0).int(word(i + 1)).int(t.short_shape).finish());

            // Affixes by characters, up to four.
            let lower = t.lower.as_str();
            let nc = lower.chars().count();
            let mut ends = lower.char_indices().map(|(b, _)| b).skip(1).chain(std::iter::once(lower.len()));
            for len in 1..=4.min(nc) {
                let end = ends.next().unwrap_or(lower.len());
                f.push(h(PREFIX).int(len as u64).str(&lower[..end]).finish());
            }
            for (len, (start, _)) in lower.char_indices().rev().take(4).enumerate() {
                f.push(h(SUFFIX).int(len as u64 + 1).str(&lower[start..]).finish());
            }
            f.push(h(LENGTH).int(nc.min(12) as u64).int(t.short_shape).finish());
            f.push(h(INITIAL).int(u64::from(k == 0)).int(t.short_shape).finish());

            // Case evidence.
            f.push(h(CASE0).int(self.lexicon.class(t.word) as u64).int(t.short_shape).finish());
            f.push(h(CASEM1).int(if k > 0 { self.lexicon.class(toks[k - 1].word) as u64 } else { BOS }).finish());
            f.push(h(CASEP1).int(if k + 1 < n { self.lexicon.class(toks[k + 1].word) as u64 } else { EOS }).finish());
            let (cap_elsewhere, lower_elsewhere) = doc_case.get(&t.word).copied().unwrap_or_default();
            let own_cap = u32::from(t.capitalised && k != 0);
            let own_lower = u32::from(!t.capitalised && t.lower.chars().next().is_some_and(char::is_alphabetic));
            let doc_cap = (cap_elsewhere - own_cap.min(cap_elsewhere)).min(2) as u64;
            let doc_lower = (lower_elsewhere - own_lower.min(lower_elsewhere)).min(2) as u64;
            f.push(
                h(DOC_CASE).int(doc_cap).int(doc_lower).int(u64::from(t.capitalised)).int(u64::from(k == 0)).finish(),
            );
            f.push(h(SENT_CASE).int(sent_case).int(t.short_shape).finish());
            let (rs, re) = run_of[k];
            if re > rs {
                let len = (re - rs).min(5) as u64;
                let at = if re - rs == 1 {
                    3
                } else if k == rs {
                    0
                } else if k + 1 == re {
                    2
                } else {
                    1
                };
                f.push(h(CAP_RUN).int(len).int(at).finish());
                if re - rs > 1 {
                    // The words that end and start a multi-word name say what it names
                    // ("... Motorsports", "University of ...").
                    f.push(h(RUN_LAST).int(toks[re - 1].word).finish());
                    f.push(h(RUN_FIRST).int(toks[rs].word).finish());
                }
            }
            // Wider context as a bag of words (3 to 5 tokens away on either side).
            for d in 3..=5isize {
                for j in [i - d, i + d] {
                    if j >= 0 && (j as usize) < n {
                        f.push(h(BAG).int(toks[j as usize].word).finish());
                    }
                }
            }

            // Gazetteer matches over, before and after the token.
            for m in matches {
                if m.start <= k && k < m.end {
                    let pos = if m.end - m.start == 1 {
                        3
                    } else if k == m.start {
                        0
                    } else if k + 1 == m.end {
                        2
                    } else {
                        1
                    };
                    for c in Category::ALL {
                        if m.categories & c.bit() != 0 {
                            f.push(h(GAZ).int(c as u64).int(pos).int(u64::from(t.capitalised)).finish());
                            f.push(h(GAZ_ANY_CASE).int(c as u64).int(pos).finish());
                            f.push(h(GAZ_LEN).int(c as u64).int((m.end - m.start).min(4) as u64).finish());
                        }
                    }
                } else if m.end == k {
                    for c in Category::ALL {
                        if m.categories & c.bit() != 0 {
                            f.push(h(GAZ_PREV).int(c as u64).finish());
                        }
                    }
                } else if m.start == k + 1 {
                    for c in Category::ALL {
                        if m.categories & c.bit() != 0 {
                            f.push(h(GAZ_NEXT).int(c as u64).finish());
                        }
                    }
                }
            }

            if !hints.is_empty() {
                let hint = |k: isize| padded(n, k, |j| hints[j] as u64);
                f.push(h(HINT0).int(hint(i)).finish());
                f.push(h(HINTM1).int(hint(i - 1)).finish());
                f.push(h(HINTP1).int(hint(i + 1)).finish());
                f.push(h(HINTM1_0_P1).int(hint(i - 1)).int(hint(i)).int(hint(i + 1)).finish());
                f.push(h(HINT0_W0).int(hint(i)).int(t.word).finish());
                if let Some(counts) = doc_labels.get(&t.word) {
                    // What the first pass made of this word elsewhere in the document.
                    let own = type_slot(hints[k]);
                    let mut total = 0;
                    for (slot, &c) in counts.iter().enumerate() {
                        let c = c - u16::from(slot == own);
                        total += c;
                        if c > 0 {
                            f.push(h(HINT_DOC).int(slot as u64).int(u64::from(t.capitalised)).finish());
                            f.push(h(HINT_DOC_N).int(slot as u64).int(c.min(3) as u64).finish());
                        }
                    }
                    if total == 0 {
                        f.push(h(HINT_DOC).int(99).finish());
                    }
                }
            }
            if !self.clusters.is_empty() {
                f.push(h(CL0).int(t.fine).finish());
                f.push(h(CL0_COARSE).int(t.coarse).finish());
                f.push(h(CLM1).int(fine(i - 1)).finish());
                f.push(h(CLP1).int(fine(i + 1)).finish());
                f.push(h(CL0_SH).int(t.fine).int(t.short_shape).finish());
                f.push(h(CLM1_0).int(coarse(i - 1)).int(t.fine).finish());
                f.push(h(CL0_P1).int(t.fine).int(coarse(i + 1)).finish());
                if self.clusters.has_second() {
                    let other = |k: isize| padded(n, k, |j| toks[j].other);
                    f.push(h(CLO0).int(t.other).finish());
                    f.push(h(CLOM1).int(other(i - 1)).finish());
                    f.push(h(CLOP1).int(other(i + 1)).finish());
                    f.push(h(CLO0_SH).int(t.other).int(t.short_shape).finish());
                }
            }
            if self.use_upos {
                f.push(h(UPOS0).int(t.upos).finish());
                f.push(h(UPOSM1).int(upos(i - 1)).finish());
                f.push(h(UPOSP1).int(upos(i + 1)).finish());
                f.push(h(UPOSM2).int(upos(i - 2)).finish());
                f.push(h(UPOSP2).int(upos(i + 2)).finish());
                f.push(h(UPOSM1_0).int(upos(i - 1)).int(t.upos).finish());
                f.push(h(UPOS0_P1).int(t.upos).int(upos(i + 1)).finish());
                f.push(h(UPOS_SH).int(t.upos).int(t.short_shape).finish());
            }
            out.offsets.push(f.len() as u32);
        }
    }
}

/// Word shape: letters become `X`/`x`, digits `d`, other characters stay. The long form keeps
/// runs of up to four; the short form collapses every run to one.
fn shape(form: &str, long: bool, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in form.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
            if !long || run > 4 {
                continue;
            }
        } else {
            run = 1;
            last = s;
        }
        out.push(s);
    }
}

/// The UPOS index a feature uses, exposed for tests.
#[cfg(test)]
pub(crate) fn upos_value(u: Option<Upos>) -> u64 {
    u.map_or(NO_TAG, |u| u.index() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let mut s = String::new();
        shape("Washington", true, &mut s);
        assert_eq!(s, "Xxxxx");
        shape("Washington", false, &mut s);
        assert_eq!(s, "Xx");
        shape("U.S.", false, &mut s);
        assert_eq!(s, "X.X.");
        shape("1990s", true, &mut s);
        assert_eq!(s, "ddddx");
        assert_eq!(upos_value(None), NO_TAG);
    }
}
