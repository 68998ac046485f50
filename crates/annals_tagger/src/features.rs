//! Feature extraction.
//!
//! Each word is first reduced to a handful of 64-bit *atoms* (its form, lower-cased form,
//! prefixes, suffixes, shape, dictionary class, ...), computed once per sentence. Features are
//! then a template id mixed with one or two atoms, so extracting the ~50 features of a word costs
//! a few multiplications and no allocation.
//!
//! Features split into *static* ones, which depend only on the words (computed once per word and
//! shared by every decoding pass), and *dynamic* ones, which depend on tags already predicted: the
//! two tags to the left, and in the second pass the first pass's tags of the word itself and the
//! two words to its right. Changing any template or atom changes every feature hash and makes
//! existing model files useless, so the file format version must be bumped with it.

use crate::dict::{TagDict, word_hash};
use crate::names::NameList;
use annals_perceptron::FeatureHasher;

/// Value of a tag feature before the start of the sentence.
pub(crate) const TAG_START: u64 = 0;
/// Value of a tag feature after the end of the sentence.
pub(crate) const TAG_END: u64 = 1;

/// Feature value of label `l`.
#[inline]
pub(crate) fn tag_value(l: u16) -> u64 {
    l as u64 + 2
}

/// What a word contributes to features.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Atoms {
    pub form: u64,
    pub lower: u64,
    /// Lower-cased form, with numbers collapsed to their shape: the word as context for others.
    pub ctx: u64,
    pub pre: [u64; 4],
    pub suf: [u64; 5],
    pub shape: u64,
    pub cshape: u64,
    pub flags: u32,
    /// Ambiguity class of the exact form, else of the lower-cased form (offset so the two
    /// differ), else 0.
    pub amb: u64,
    /// Ambiguity class of the lower-cased form (0 when unknown).
    pub amb_lower: u64,
    /// For hyphenated words, the last part and its 3-letter suffix (0 otherwise).
    pub hyph: u64,
    pub hyph_suf: u64,
    /// Label from the dictionary for frequent unambiguous words.
    pub sure: Option<u16>,
    /// Class restricting the candidate labels, when the word is frequent enough to trust it.
    pub constrain: u32,
    /// The exact form is in the dictionary (seen often enough in training).
    pub known: bool,
    /// Kinds of name the lower-cased word is listed as (see [`NameList`]).
    pub name: u8,
    /// A word of four or more letters and nothing else that training never saw in any casing:
    /// it can only be an open-class word (see [`TagDict::allowed`]).
    pub unseen_word: bool,
}

const FLAG_INIT_CAP: u32 = 1;
const FLAG_ALL_CAPS: u32 = 1 << 1;
const FLAG_DIGIT: u32 = 1 << 2;
const FLAG_HYPHEN: u32 = 1 << 3;
const FLAG_PERIOD: u32 = 1 << 4;
const FLAG_NO_LETTER: u32 = 1 << 5;
const FLAG_FIRST: u32 = 1 << 6;
const FLAG_WEB: u32 = 1 << 7;
const FLAG_LOWER: u32 = 1 << 8;
const FLAG_APOSTROPHE: u32 = 1 << 9;
/// The sentence is written in title case (a headline), so capitals say little.
const FLAG_TITLE: u32 = 1 << 10;
/// The sentence is written in capitals.
const FLAG_SHOUT: u32 = 1 << 11;
const N_FLAGS: u32 = 12;

/// Reusable buffers for computing atoms.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    lower: String,
    shape: String,
    cshape: String,
}

/// Compute the atoms of every word of a sentence into `out`.
pub(crate) fn sentence_atoms(
    words: &[&str],
    dict: &TagDict,
    names: &NameList,
    constrain_min: u32,
    s: &mut Scratch,
    out: &mut Vec<Atoms>,
) {
    out.clear();
    let (mut cased, mut title, mut shout) = (0usize, 0usize, 0usize);
    for (i, w) in words.iter().enumerate() {
        let mut a = atoms(w, i == 0, dict, constrain_min, s);
        a.name = names.bits(a.lower);
        if i > 0 && a.flags & (FLAG_INIT_CAP | FLAG_LOWER) != 0 {
            cased += 1;
            title += (a.flags & FLAG_INIT_CAP != 0) as usize;
            shout += (a.flags & FLAG_ALL_CAPS != 0) as usize;
        }
        out.push(a);
    }
    let mut extra = 0;
    if cased >= 3 && title * 10 >= cased * 6 {
        extra |= FLAG_TITLE;
    }
    if cased >= 3 && shout * 10 >= cased * 6 {
        extra |= FLAG_SHOUT;
    }
    if extra != 0 {
        for a in out.iter_mut() {
            a.flags |= extra;
        }
    }
}

/// Compute the atoms of one word. `first` marks the first word of a sentence.
fn atoms(word: &str, first: bool, dict: &TagDict, constrain_min: u32, s: &mut Scratch) -> Atoms {
    let mut a = Atoms { form: word_hash(word), ..Atoms::default() };
    s.lower.clear();
    s.shape.clear();
    s.cshape.clear();
    let mut flags = if first { FLAG_FIRST } else { 0 };
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut last_class = '\0';
    for (k, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            uppers += 1;
            letters += 1;
            if k == 0 {
                flags |= FLAG_INIT_CAP;
            }
            'X'
        } else if c.is_lowercase() {
            letters += 1;
            flags |= FLAG_LOWER;
            'x'
        } else if c.is_alphabetic() {
            letters += 1;
            'x'
        } else if c.is_ascii_digit() {
            flags |= FLAG_DIGIT;
            'd'
        } else {
            match c {
                '-' if k > 0 => flags |= FLAG_HYPHEN,
                '.' => flags |= FLAG_PERIOD,
                '@' => flags |= FLAG_WEB,
                '\'' | '’' => flags |= FLAG_APOSTROPHE,
                _ => {}
            }
            c
        };
        if k < 12 {
            s.shape.push(class);
        }
        if class != last_class && s.cshape.len() < 8 {
            s.cshape.push(class);
        }
        last_class = class;
        s.lower.extend(c.to_lowercase());
    }
    if letters == 0 {
        flags |= FLAG_NO_LETTER;
    } else if uppers == letters && letters > 1 {
        flags |= FLAG_ALL_CAPS;
    }
    if s.lower.starts_with("http") || s.lower.starts_with("www.") {
        flags |= FLAG_WEB;
    }
    a.flags = flags;
    let lower = s.lower.as_str();
    a.lower = if lower == word { a.form } else { word_hash(lower) };
    a.shape = word_hash(&s.shape);
    a.cshape = word_hash(&s.cshape);
    a.ctx = if flags & FLAG_DIGIT != 0 { FeatureHasher::new(1).str(&s.cshape).finish() } else { a.lower };

    // Prefixes and suffixes by characters; a word of n characters or fewer has no n-affix
    // feature (it would only repeat the word).
    let n_chars = if lower.is_ascii() { lower.len() } else { lower.chars().count() };
    for (n, (end, _)) in lower.char_indices().skip(1).take(4).enumerate() {
        if n + 1 < n_chars {
            a.pre[n] = word_hash(&lower[..end]);
        }
    }
    for (n, (start, _)) in lower.char_indices().rev().take(5).enumerate() {
        if n + 1 < n_chars {
            a.suf[n] = word_hash(&lower[start..]);
        }
    }
    if flags & FLAG_HYPHEN != 0
        && let Some(pos) = lower.rfind('-')
    {
        let last = &lower[pos + 1..];
        if !last.is_empty() {
            a.hyph = word_hash(last);
            let cut = last.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
            a.hyph_suf = word_hash(&last[cut..]);
        }
    }

    if let Some(e) = dict.exact(a.form) {
        a.amb = e.class as u64;
        a.sure = e.sure;
        a.known = true;
        if e.count >= constrain_min {
            a.constrain = e.class;
        }
    }
    if let Some(e) = dict.lower(a.lower) {
        a.amb_lower = e.class as u64;
        if !a.known {
            a.amb = e.class as u64 | 1 << 40;
        }
    }
    a.unseen_word = !a.known && a.amb_lower == 0 && letters >= 4 && letters == n_chars;
    a
}

// Template ids. Never renumber: the ids are part of every feature hash in a model file.
const T_BIAS: u32 = 1;
const T_FORM: u32 = 2;
const T_LOWER: u32 = 3;
const T_PRE: u32 = 4; // .. 7
const T_SUF: u32 = 8; // .. 12
const T_SHAPE: u32 = 13;
const T_CSHAPE: u32 = 14;
const T_FLAGS: u32 = 15;
const T_FLAG_BIT: u32 = 16;
const T_AMB0: u32 = 17;
const T_W_1: u32 = 18;
const T_W_2: u32 = 19;
const T_W1: u32 = 20;
const T_W2: u32 = 21;
const T_W_1W0: u32 = 22;
const T_W0W1: u32 = 23;
const T_SUF3_W_1: u32 = 24;
const T_SUF3_W1: u32 = 25;
const T_CSHAPE_W_1: u32 = 26;
const T_CSHAPE_W1: u32 = 27;
const T_AMB_1: u32 = 28;
const T_AMB1: u32 = 29;
const T_AMB2: u32 = 30;
const T_AMB0AMB1: u32 = 31;
const T_AMB_1AMB0: u32 = 32;
const T_HYPH: u32 = 33;
const T_HYPH_SUF: u32 = 34;
const T_SUF2_FLAGS: u32 = 35;
const T_W_1W1: u32 = 36;
const T_W0AMB1: u32 = 37;
const T_W0AMB1AMB2: u32 = 38;
const T_W0W1W2: u32 = 39;
const T_AMB_LOWER: u32 = 60;
const T_NAME: u32 = 61;
const T_NAME_CASE: u32 = 62;
const T_NAME_W_1: u32 = 63;
const T_NAME_W1: u32 = 64;

const T_T1: u32 = 40;
const T_T2: u32 = 41;
const T_T1T2: u32 = 42;
const T_T1W0: u32 = 43;
const T_T1SUF3: u32 = 44;
const T_T1AMB1: u32 = 45;
const T_T1AMB0: u32 = 46;

const T_R1: u32 = 50;
const T_R2: u32 = 51;
const T_R1R2: u32 = 52;
const T_T1R1: u32 = 53;
const T_R1W0: u32 = 54;
const T_R1AMB0: u32 = 55;
const T_P0: u32 = 56;
const T_P0W0: u32 = 57;
const T_P0R1: u32 = 58;
const T_T1P0: u32 = 59;

#[inline]
fn f1(t: u32, a: u64) -> u64 {
    FeatureHasher::new(t).int(a).finish()
}

#[inline]
fn f2(t: u32, a: u64, b: u64) -> u64 {
    FeatureHasher::new(t).int(a).int(b).finish()
}

const PAD_START: Atoms = pad(0x5A5A_0001);
const PAD_END: Atoms = pad(0x5A5A_0002);

const fn pad(v: u64) -> Atoms {
    Atoms {
        form: v,
        lower: v,
        ctx: v,
        pre: [v; 4],
        suf: [v; 5],
        shape: v,
        cshape: v,
        flags: 0,
        amb: v,
        amb_lower: v,
        hyph: 0,
        hyph_suf: 0,
        sure: None,
        constrain: 0,
        unseen_word: false,
        known: true,
        name: 0,
    }
}

#[inline]
fn at(words: &[Atoms], i: usize, d: isize) -> &Atoms {
    let j = i as isize + d;
    if j < 0 { &PAD_START } else { words.get(j as usize).unwrap_or(&PAD_END) }
}

/// The features that name the word itself, which training may hide for rare words so the
/// model learns to tag words it has never seen from their spelling and context.
pub(crate) fn identity_features(w: &Atoms) -> [u64; 2] {
    [f1(T_FORM, w.form), f1(T_LOWER, w.lower)]
}

/// Append the static features of word `i` to `out`. The identity features come first.
pub(crate) fn static_features(words: &[Atoms], i: usize, out: &mut Vec<u64>) {
    let w = &words[i];
    let (p1, p2, n1, n2) = (at(words, i, -1), at(words, i, -2), at(words, i, 1), at(words, i, 2));
    out.push(f1(T_FORM, w.form));
    // Always present, so the lower-cased word's weights are learned from every spelling and
    // carry over to unseen ones ("YET", "Bare").
    out.push(f1(T_LOWER, w.lower));
    out.push(f1(T_BIAS, 0));
    out.push(f1(T_AMB_LOWER, w.amb_lower));
    for (n, &p) in w.pre.iter().enumerate() {
        if p != 0 {
            out.push(f1(T_PRE + n as u32, p));
        }
    }
    for (n, &s) in w.suf.iter().enumerate() {
        if s != 0 {
            out.push(f1(T_SUF + n as u32, s));
        }
    }
    out.push(f1(T_SHAPE, w.shape));
    out.push(f1(T_CSHAPE, w.cshape));
    out.push(f1(T_FLAGS, w.flags as u64));
    for bit in 0..N_FLAGS {
        if w.flags & (1 << bit) != 0 {
            out.push(f1(T_FLAG_BIT, bit as u64));
        }
    }
    out.push(f2(
        T_SUF2_FLAGS,
        w.suf[1],
        (w.flags & (FLAG_INIT_CAP | FLAG_FIRST | FLAG_ALL_CAPS | FLAG_TITLE | FLAG_SHOUT)) as u64,
    ));
    out.push(f1(T_AMB0, w.amb));
    out.push(f1(T_W_1, p1.ctx));
    out.push(f1(T_W_2, p2.ctx));
    out.push(f1(T_W1, n1.ctx));
    out.push(f1(T_W2, n2.ctx));
    out.push(f2(T_W_1W0, p1.ctx, w.lower));
    out.push(f2(T_W0W1, w.lower, n1.ctx));
    out.push(f2(T_W_1W1, p1.ctx, n1.ctx));
    out.push(f2(T_W0AMB1, w.lower, n1.amb));

    out.push(FeatureHasher::new(T_W0AMB1AMB2).int(w.lower).int(n1.amb).int(n2.amb).finish());
    out.push(FeatureHasher::new(T_W0W1W2).int(w.lower).int(n1.ctx).int(n2.ctx).finish());
    out.push(f1(T_SUF3_W_1, p1.suf[2]));
    out.push(f1(T_SUF3_W1, n1.suf[2]));
    out.push(f1(T_CSHAPE_W_1, p1.cshape));
    out.push(f1(T_CSHAPE_W1, n1.cshape));
    out.push(f1(T_AMB_1, p1.amb));
    out.push(f1(T_AMB1, n1.amb));
    out.push(f1(T_AMB2, n2.amb));
    out.push(f2(T_AMB0AMB1, w.amb, n1.amb));
    out.push(f2(T_AMB_1AMB0, p1.amb, w.amb));
    if w.hyph != 0 {
        out.push(f1(T_HYPH, w.hyph));
        out.push(f1(T_HYPH_SUF, w.hyph_suf));
    }
    // Name-list features exist only for listed words, so a model trained without a list has
    // exactly the features it had before lists existed.
    if w.name != 0 {
        out.push(f1(T_NAME, w.name as u64));
        let case = w.flags & (FLAG_INIT_CAP | FLAG_FIRST | FLAG_ALL_CAPS | FLAG_LOWER | FLAG_TITLE | FLAG_SHOUT);
        out.push(f2(T_NAME_CASE, w.name as u64, case as u64));
    }
    if p1.name != 0 {
        out.push(f1(T_NAME_W_1, p1.name as u64));
    }
    if n1.name != 0 {
        out.push(f1(T_NAME_W1, n1.name as u64));
    }
}

/// Tags around word `i` that dynamic features look at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    /// Tag values (see [`tag_value`]) of the two words to the left, nearest first.
    pub left: [u64; 2],
    /// From the previous pass, when there is one: the word's own tag and the two to its right.
    pub prev: Option<[u64; 3]>,
}

/// Append the dynamic features of word `i` to `out`.
pub(crate) fn dynamic_features(words: &[Atoms], i: usize, ctx: Context, out: &mut Vec<u64>) {
    let w = &words[i];
    let [t1, t2] = ctx.left;
    out.push(f1(T_T1, t1));
    out.push(f1(T_T2, t2));
    out.push(f2(T_T1T2, t1, t2));
    out.push(f2(T_T1W0, t1, w.lower));
    out.push(f2(T_T1SUF3, t1, w.suf[2]));
    out.push(f2(T_T1AMB1, t1, at(words, i, 1).amb));
    out.push(f2(T_T1AMB0, t1, w.amb));

    if let Some([p0, r1, r2]) = ctx.prev {
        out.push(f1(T_R1, r1));
        out.push(f1(T_R2, r2));
        out.push(f2(T_R1R2, r1, r2));
        out.push(f2(T_T1R1, t1, r1));
        out.push(f2(T_R1W0, r1, w.lower));
        out.push(f2(T_R1AMB0, r1, w.amb));
        out.push(f1(T_P0, p0));
        out.push(f2(T_P0W0, p0, w.lower));
        out.push(f2(T_P0R1, p0, r1));
        out.push(f2(T_T1P0, t1, p0));
    }
}

/// The left-tag context of word `i` given the tags decided so far.
#[inline]
pub(crate) fn left_context(tags: &[u16], i: usize) -> [u64; 2] {
    let get = |d: usize| if i >= d { tag_value(tags[i - d]) } else { TAG_START };
    [get(1), get(2)]
}

/// The previous pass's context of word `i`.
#[inline]
pub(crate) fn prev_context(prev: &[u16], i: usize) -> [u64; 3] {
    let get = |j: usize| prev.get(j).map_or(TAG_END, |&l| tag_value(l));
    [get(i), get(i + 1), get(i + 2)]
}
