//! The [`Doc`] and its parts: metadata, tokens, sentences, multiword tokens, entities.

use crate::{Layers, Span};
use chrono::NaiveDate;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// Metadata that came with a document from its reader.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// Identifier, unique within a batch (e.g. the JSONL `id`, a file name, a feed item's guid).
    pub id: String,
    /// Publication date, when the input gave one.
    pub date: Option<NaiveDate>,
    /// Publishing outlet or feed title.
    pub source: Option<String>,
    /// Where the document came from on the web.
    pub url: Option<String>,
    /// Headline or title, when the format carries one separately from the text.
    pub title: Option<String>,
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was repaired or guessed; the output is still usable.
    Warning,
    /// Part of the document could not be processed.
    Error,
}

/// A problem found while reading or analysing a document. Analysis never fails on odd text; it
/// records a diagnostic and goes on.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// How serious the problem is.
    pub severity: Severity,
    /// The stage or reader that noticed it, e.g. `"reader"`, `"tokenizer"`.
    pub stage: &'static str,
    /// A sentence for the user, saying what happened.
    pub message: String,
    /// Where in the text, when the problem has a place.
    pub span: Option<Span>,
}

/// Universal part-of-speech tags (UD v2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// All tags, in a fixed order (usable as class ids).
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD spelling, e.g. `"PROPN"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Position of the tag in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for Upos {
    type Err = String;
    fn from_str(s: &str) -> Result<Upos, String> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s).ok_or_else(|| format!("unknown UPOS tag `{s}`"))
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The syntactic head of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Head {
    /// The token is the root of its sentence.
    Root,
    /// Index of the head token in [`Doc::tokens`] (document-wide, not sentence-relative).
    Token(u32),
}

/// One syntactic word with its annotation columns. Columns are `None` until a stage fills them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Token {
    /// Bytes of the text this word covers.
    pub span: Span,
    /// The word form when it differs from the text under `span`. Only words of a
    /// [`MultiwordToken`] whose forms do not concatenate to the surface form carry one (each such
    /// word spans the whole surface token); CoNLL-U output keeps it only inside multiword tokens.
    pub form: Option<Box<str>>,
    /// Lemma.
    pub lemma: Option<Box<str>>,
    /// Universal POS tag.
    pub upos: Option<Upos>,
    /// Language-specific tag (Penn Treebank for English).
    pub xpos: Option<Box<str>>,
    /// Morphological features in CoNLL-U notation (`Number=Sing|Person=3`).
    pub feats: Option<Box<str>>,
    /// Syntactic head.
    pub head: Option<Head>,
    /// Universal dependency relation to the head (`nsubj`, `obl:tmod`, ...).
    pub deprel: Option<Box<str>>,
    /// Enhanced dependencies as given in CoNLL-U input; passed through untouched.
    pub deps: Option<Box<str>>,
    /// MISC items other than those the model owns (`SpaceAfter`, `SpacesAfter`, `NER`), passed
    /// through untouched.
    pub misc: Option<Box<str>>,
}

/// A surface token that UD analyses as several words, e.g. `don't` = `do` + `n't`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiwordToken {
    /// The words (indices into [`Doc::tokens`]) that make up this surface token.
    pub words: Range<u32>,
    /// Bytes of the surface token.
    pub span: Span,
    /// MISC items of the surface line other than spacing, passed through untouched.
    pub misc: Option<Box<str>>,
}

/// A sentence: a contiguous run of tokens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    /// Token indices into [`Doc::tokens`].
    pub tokens: Range<u32>,
    /// Bytes from the first token's start to the last token's end.
    pub span: Span,
    /// True when this sentence begins a paragraph.
    pub newpar: bool,
    /// `sent_id` from CoNLL-U input.
    pub id: Option<Box<str>>,
    /// Other CoNLL-U comment lines (without `# `), passed through untouched.
    pub comments: Vec<Box<str>>,
}

/// Named-entity classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    /// People, including fictional ones.
    Per,
    /// Organisations: companies, agencies, institutions, armed groups.
    Org,
    /// Places: countries, cities, regions, geographic features, facilities.
    Loc,
    /// Nationalities, religious and political groups used as adjectives or nouns ("Armenian").
    Norp,
    /// Other names (events, works, products), from corpora that tag them.
    Misc,
}

impl EntityLabel {
    /// All labels, in a fixed order.
    pub const ALL: [EntityLabel; 5] =
        [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc, EntityLabel::Norp, EntityLabel::Misc];

    /// The conventional spelling, e.g. `"PER"`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Norp => "NORP",
            EntityLabel::Misc => "MISC",
        }
    }
}

impl FromStr for EntityLabel {
    type Err = String;
    fn from_str(s: &str) -> Result<EntityLabel, String> {
        match s {
            "PER" | "PERSON" => Ok(EntityLabel::Per),
            "ORG" => Ok(EntityLabel::Org),
            "LOC" | "GPE" => Ok(EntityLabel::Loc),
            "NORP" => Ok(EntityLabel::Norp),
            "MISC" => Ok(EntityLabel::Misc),
            _ => Err(format!("unknown entity label `{s}`")),
        }
    }
}

impl fmt::Display for EntityLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named-entity mention: a run of tokens with a label.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Token indices into [`Doc::tokens`].
    pub tokens: Range<u32>,
    /// Bytes from the first token's start to the last token's end.
    pub span: Span,
    /// Entity class.
    pub label: EntityLabel,
}

/// A document: raw text plus every annotation layer that stages have filled.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    /// Metadata from the reader.
    pub meta: DocMeta,
    /// The text, exactly as read (after decoding). Never modified by later stages.
    pub text: String,
    /// Syntactic words, in text order.
    pub tokens: Vec<Token>,
    /// Surface tokens that span several words, in text order.
    pub multiword: Vec<MultiwordToken>,
    /// Sentences, in text order; together they cover every token exactly once.
    pub sentences: Vec<Sentence>,
    /// Named-entity mentions, in text order, not overlapping.
    pub entities: Vec<Entity>,
    /// Problems found while reading or analysing the document.
    pub diagnostics: Vec<Diagnostic>,
    /// Which layers have been filled.
    pub layers: Layers,
}

impl Doc {
    /// A document holding `text` with the given id and no annotation.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Doc {
        Doc { meta: DocMeta { id: id.into(), ..DocMeta::default() }, text: text.into(), ..Doc::default() }
    }

    /// The text under `span`.
    ///
    /// Returns `""` for a span that is out of range or not on character boundaries rather than
    /// panicking, so a bad annotation cannot bring down a batch.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The form of token `i`: its explicit form if it has one, else the text under its span.
    #[inline]
    pub fn form(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        match &t.form {
            Some(f) => f,
            None => self.slice(t.span),
        }
    }

    /// The tokens of sentence `s`.
    #[inline]
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        let r = &self.sentences[s].tokens;
        &self.tokens[r.start as usize..r.end as usize]
    }

    /// Index of the sentence containing token `i`, by binary search.
    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        let i = i as u32;
        let idx = self.sentences.partition_point(|s| s.tokens.end <= i);
        (idx < self.sentences.len() && self.sentences[idx].tokens.contains(&i)).then_some(idx)
    }

    /// The multiword token that contains word `i`, if any.
    pub fn multiword_of(&self, i: usize) -> Option<&MultiwordToken> {
        let i = i as u32;
        let idx = self.multiword.partition_point(|m| m.words.end <= i);
        self.multiword.get(idx).filter(|m| m.words.contains(&i))
    }

    /// Record a diagnostic.
    pub fn diagnose(
        &mut self,
        severity: Severity,
        stage: &'static str,
        message: impl Into<String>,
        span: Option<Span>,
    ) {
        self.diagnostics.push(Diagnostic { severity, stage, message: message.into(), span });
    }

    /// Set sentence `tokens` ranges from token indices, filling byte spans from the tokens.
    /// `starts` lists the index of the first token of each sentence (the first must be 0 when
    /// there are tokens); `newpar[k]` marks sentences that begin a paragraph.
    pub fn set_sentences(&mut self, starts: &[u32], newpar: &[bool]) {
        self.sentences.clear();
        let n = self.tokens.len() as u32;
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(n);
            if start >= end {
                continue;
            }
            let span = self.tokens[start as usize].span.cover(self.tokens[end as usize - 1].span);
            self.sentences.push(Sentence {
                tokens: start..end,
                span,
                newpar: newpar.get(k).copied().unwrap_or(false),
                ..Sentence::default()
            });
        }
        self.layers |= Layers::SENTENCES;
    }
}
