//! The trained [`Tagger`]: decoding, annotation of a [`Doc`], and the model file.
//!
//! Decoding runs left to right in one or two passes, with a beam of label sequences (see the
//! `beam` module; width 1 is greedy). Every pass sees the words around the current one and the
//! two labels to its left; a second pass also sees the first pass's tags of the current word and
//! the two words to its right. Word features are scored once for all passes and all beam items
//! from the stacked weight [`Table`]; frequent unambiguous words take their tag from the
//! dictionary without scoring.

use crate::TaggerError;
use crate::beam::{Beam, Input};
use crate::dict::TagDict;
use crate::features::{self, Atoms, Context, Scratch};
use crate::lemma::{BUILTIN_RULES, LemmaInput, LemmaRules, Lemmatizer};
use crate::morph::Morph;
use crate::names::NameList;
use crate::table::Table;
use annals_doc::{Annotator, Doc, Layers, Upos};
use annals_perceptron::codec::{ByteReader, ByteWriter};
use std::cell::RefCell;

const MAGIC: &[u8; 8] = b"ANNLSTG1";
/// Version 3 added the beam width; version 2 files (greedy) still load.
const VERSION: u32 = 3;

/// One output label of the tagger: a UPOS tag and a Penn tag, predicted together.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Label {
    /// Universal POS tag.
    pub upos: Option<Upos>,
    /// Penn Treebank tag.
    pub xpos: Option<Box<str>>,
}

impl Label {
    /// The tag the lemmatiser and FEATS tables are keyed by: XPOS, else UPOS.
    pub(crate) fn lemma_tag(&self) -> &str {
        match (&self.xpos, self.upos) {
            (Some(x), _) => x,
            (None, Some(u)) => u.as_str(),
            (None, None) => "_",
        }
    }
}

/// Decoding options stored with the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Options {
    /// Words seen at least this often are restricted to the labels they were seen with.
    pub constrain_min: u32,
    /// Beam width (1 = greedy).
    pub beam: u32,
}

/// Part-of-speech tagger, lemmatiser and FEATS assigner.
///
/// Build one with [`Tagger::embedded`], [`Tagger::from_bytes`] or [`Tagger::train`]; annotate a
/// document with [`Tagger::tag`] or through the [`Annotator`] trait.
#[derive(Debug)]
pub struct Tagger {
    pub(crate) labels: Vec<Label>,
    pub(crate) dict: TagDict,
    pub(crate) names: NameList,
    pub(crate) table: Table,
    pub(crate) options: Options,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) morph: Morph,
}

/// Per-thread buffers reused across sentences so tagging allocates little.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    pub scratch: Scratch,
    pub atoms: Vec<Atoms>,
    /// Word-feature scores of every word for every pass, `width` floats per word.
    pub stat: Vec<f32>,
    pub feats: Vec<u64>,
    pub scores: Vec<f32>,
    pub prev: Vec<u16>,
    pub tags: Vec<u16>,
    pub beam: Beam,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Tagger {
    /// The tagger embedded in the binary (`models/tagger.apm`).
    pub fn embedded() -> Result<Tagger, TaggerError> {
        let bytes = annals_models::embedded(annals_models::ModelKind::Tagger).ok_or(TaggerError::NotTrained)?;
        Tagger::from_bytes(bytes)
    }

    /// Load a tagger from the bytes of a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, TaggerError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC, "tagger model")?;
        let version = r.u32()?;
        if version != VERSION && version != 2 {
            return Err(TaggerError::Invalid(format!(
                "tagger model format version {version}; this build reads version {VERSION} (retrain the model)"
            )));
        }
        let n_labels = r.u32()? as usize;
        if n_labels == 0 || n_labels > u16::MAX as usize {
            return Err(TaggerError::Invalid(format!("bad label count {n_labels}")));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let upos = match r.str()? {
                "" => None,
                u => Some(u.parse::<Upos>().map_err(TaggerError::Invalid)?),
            };
            let xpos = match r.str()? {
                "" => None,
                x => Some(Box::from(x)),
            };
            labels.push(Label { upos, xpos });
        }
        let constrain_min = r.u32()?;
        let beam = if version >= 3 { r.u32()?.clamp(1, 64) } else { 1 };
        let options = Options { constrain_min, beam };
        let mut dict = TagDict::read(&mut r, n_labels)?;
        dict.restrict_unseen(open_class_mask(&labels));
        let names = if version >= 3 { NameList::read(&mut r)? } else { NameList::new() };
        let rules = LemmaRules::parse(BUILTIN_RULES, "lemma-rules.txt")?;
        let lemmatizer = Lemmatizer::read(rules, &mut r)?;
        let morph = Morph::read(&mut r, n_labels)?;
        let table = Table::read(&mut r)?;
        if table.width() != n_labels * table.n_passes() {
            return Err(TaggerError::Invalid("the weight table has a different label count".into()));
        }
        Ok(Tagger { labels, dict, names, table, options, lemmatizer, morph })
    }

    /// The model file bytes. Identical training runs give identical bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::new();
        w.raw(MAGIC);
        w.u32(VERSION);
        w.u32(self.labels.len() as u32);
        for l in &self.labels {
            w.str(l.upos.map_or("", Upos::as_str));
            w.str(l.xpos.as_deref().unwrap_or(""));
        }
        w.u32(self.options.constrain_min);
        w.u32(self.options.beam);
        self.dict.write(&mut w);
        self.names.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.morph.write(&mut w);
        self.table.write(&mut w);
        w.buf
    }

    /// The labels the tagger can predict.
    pub fn labels(&self) -> &[Label] {
        &self.labels
    }

    /// The name lists stored in the model (empty when it was trained without them). A stage that
    /// jack-knifes its training tags passes them back through [`crate::TrainConfig::names`] so
    /// its fold taggers see exactly the lists the shipped tagger saw.
    pub fn names(&self) -> &NameList {
        &self.names
    }

    /// The beam width the model decodes with (1 = greedy).
    pub fn beam(&self) -> usize {
        self.options.beam as usize
    }

    /// A one-line description of the model's size.
    pub fn summary(&self) -> String {
        let (weights, features) = (self.table.n_weights(), self.table.n_features());
        format!(
            "{} labels, {} pass(es), beam {}, {} features, {} weights, {} dictionary words, {} listed names, {} lemma \
             exceptions",
            self.labels.len(),
            self.table.n_passes(),
            self.options.beam,
            features,
            weights,
            self.dict.len(),
            self.names.len(),
            self.lemmatizer.n_exceptions()
        )
    }

    /// Tag every sentence of `doc` in place: UPOS, XPOS, lemma and FEATS of every token.
    ///
    /// Tokens outside any sentence (a document whose sentences were never split) are tagged as
    /// one sequence. Existing values in those columns are overwritten.
    pub fn tag(&self, doc: &mut Doc) {
        let ranges: Vec<(usize, usize)> = if doc.sentences.is_empty() {
            vec![(0, doc.tokens.len())]
        } else {
            doc.sentences.iter().map(|s| (s.tokens.start as usize, s.tokens.end as usize)).collect()
        };
        for (start, end) in ranges {
            self.tag_range(doc, start, end);
        }
        doc.layers |= self.assigns();
    }

    /// Tag tokens `start..end` of `doc` as one sentence.
    pub(crate) fn tag_range(&self, doc: &mut Doc, start: usize, end: usize) {
        let end = end.min(doc.tokens.len());
        if start >= end {
            return;
        }
        BUFFERS.with(|b| {
            let mut b = b.borrow_mut();
            let forms: Vec<&str> = (start..end).map(|i| doc.form(i)).collect();
            self.decode(&forms, &mut b);
            let mut lower = String::new();
            let annotations: Vec<(String, Option<Box<str>>)> = forms
                .iter()
                .zip(&b.tags)
                .enumerate()
                .map(|(k, (form, &label))| {
                    lower.clear();
                    lower.extend(form.chars().flat_map(char::to_lowercase));
                    (self.lemma_of(form, label, k == 0), self.morph.feats(&lower, label).map(Box::from))
                })
                .collect();
            for (k, (lemma, feats)) in annotations.into_iter().enumerate() {
                let l = &self.labels[b.tags[k] as usize];
                let t = &mut doc.tokens[start + k];
                t.upos = l.upos;
                t.xpos = l.xpos.clone();
                t.lemma = Some(lemma.into_boxed_str());
                t.feats = feats;
            }
        });
    }

    /// Tag one sentence given its word forms; returns the labels (indices into
    /// [`Tagger::labels`]).
    pub fn tag_words(&self, words: &[&str]) -> Vec<Label> {
        BUFFERS.with(|b| {
            let mut b = b.borrow_mut();
            self.decode(words, &mut b);
            b.tags.iter().map(|&l| self.labels[l as usize].clone()).collect()
        })
    }

    /// The lemma of `form` under `label`.
    pub(crate) fn lemma_of(&self, form: &str, label: u16, sentence_initial: bool) -> String {
        let l = &self.labels[label as usize];
        self.lemmatizer.lemma(LemmaInput {
            form,
            tag: l.lemma_tag(),
            proper: is_proper(form, l.upos),
            initial: sentence_initial,
        })
    }

    /// Decode one sentence into `b.tags`.
    pub(crate) fn decode(&self, words: &[&str], b: &mut Buffers) {
        let n = words.len();
        let Buffers { scratch, atoms, stat, feats, scores, prev, tags, beam } = b;
        features::sentence_atoms(words, &self.dict, &self.names, self.options.constrain_min, scratch, atoms);
        let (width, n_labels) = (self.table.width(), self.labels.len());
        // Word features are shared by the passes: score them once for all passes.
        stat.clear();
        stat.resize(n * width, 0.0);
        for i in 0..n {
            if atoms[i].sure.is_none() {
                feats.clear();
                features::static_features(atoms, i, feats);
                self.table.add(feats, &mut stat[i * width..(i + 1) * width]);
            }
        }
        scores.resize(width, 0.0);
        for p in 0..self.table.n_passes() {
            if p > 0 {
                std::mem::swap(prev, tags);
            }
            if self.options.beam > 1 {
                let input = Input {
                    atoms: atoms.as_slice(),
                    dict: &self.dict,
                    n_labels,
                    width,
                    stat: stat.as_slice(),
                    stride: width,
                    offset: p * n_labels,
                    prev: (p > 0).then_some(prev.as_slice()),
                    gold: None,
                };
                beam.search(&input, self.options.beam as usize, &mut |f, out| self.table.add(f, out), tags);
                continue;
            }
            tags.clear();
            for i in 0..n {
                let a = &atoms[i];
                if let Some(l) = a.sure {
                    tags.push(l);
                    continue;
                }
                feats.clear();
                let ctx = Context {
                    left: features::left_context(tags, i),
                    prev: (p > 0).then(|| features::prev_context(prev, i)),
                };
                features::dynamic_features(atoms, i, ctx, feats);
                scores.fill(0.0);
                self.table.add(feats, scores);
                let range = p * n_labels..(p + 1) * n_labels;
                let pass_scores = &mut scores[range.clone()];
                for (s, w) in pass_scores.iter_mut().zip(&stat[i * width + range.start..i * width + range.end]) {
                    *s += w;
                }
                let allowed = self.dict.allowed(a);
                tags.push(annals_perceptron::argmax(pass_scores, allowed) as u16);
            }
        }
    }
}

/// Which labels a word never seen in training may take: any but a closed-class one.
pub(crate) fn open_class_mask(labels: &[Label]) -> Vec<bool> {
    let closed = |u: Upos| {
        matches!(
            u,
            Upos::Adp | Upos::Aux | Upos::Cconj | Upos::Det | Upos::Part | Upos::Pron | Upos::Sconj | Upos::Punct
        )
    };
    labels.iter().map(|l| l.upos.is_some_and(|u| !closed(u))).collect()
}

/// True when a word's lemma may keep its capital: proper nouns and capitalised adjectives
/// ("Armenian forces"). The lemmatiser decides about sentence-initial capitals and shouting.
pub(crate) fn is_proper(form: &str, upos: Option<Upos>) -> bool {
    match upos {
        Some(Upos::Propn) => true,
        Some(Upos::Adj) => form.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

impl Annotator for Tagger {
    fn name(&self) -> &'static str {
        "tagger"
    }

    fn requires(&self) -> Layers {
        Layers::TOKENS | Layers::SENTENCES
    }

    fn assigns(&self) -> Layers {
        Layers::UPOS | Layers::XPOS | Layers::LEMMA | Layers::FEATS
    }

    fn annotate(&self, doc: &mut Doc) {
        self.tag(doc);
    }
}
