//! The recogniser: a first-order structured perceptron over BILOU tags with exact Viterbi
//! decoding, plus its training loop and model file.
//!
//! Emission weights score each token's features for every tag; transition weights score each
//! pair of neighbouring tags. Both live in one [`Model`] (a transition is just a feature keyed by
//! the previous tag), so the shared learner, its averaging and its file format serve unchanged.
//! Ill-formed tag sequences (`O` followed by `I-PER`, `B-ORG` followed by `L-LOC`) are excluded
//! in the decoder, so every output is a set of well-formed, non-overlapping spans.
//!
//! NORP (nationalities and groups) is not learnt — the training corpora do not tag it — but
//! added afterwards from the gazetteer's demonym and group lists, only on tokens the model left
//! outside every entity, so it can never change a PER, ORG or LOC decision.

use crate::NerError;
use crate::clusters::WordClusters;
use crate::features::{CaseLexicon, Extractor, Scratch, SentenceFeatures};
use crate::gazetteer::{Category, Gazetteer};
use crate::tags::TagSet;
use annals_doc::{Annotator, Doc, Entity, EntityLabel, Layers, Severity};
use annals_perceptron::codec::{ByteReader, ByteWriter};
use annals_perceptron::{FeatureHasher, Model, SplitMix64, Trainer};
use std::cell::RefCell;

const MAGIC: &[u8; 8] = b"ANNLSNER";
/// Version 2 added word classes; version 1 files (no classes) are still read.
const VERSION: u32 = 2;
const FLAG_UPOS: u32 = 1;
const FLAG_NORP: u32 = 2;

/// Template id of transition features (kept apart from the feature templates).
const TRANSITION: u32 = 0x7A;

fn transition_feature(prev: usize) -> u64 {
    FeatureHasher::new(TRANSITION).int(prev as u64).finish()
}

/// Settings that shape a model; stored in the model file.
#[derive(Debug, Clone, PartialEq)]
pub struct NerOptions {
    /// Entity types the model learns (others in the training data are treated as `O`).
    pub labels: Vec<EntityLabel>,
    /// Use the tokens' UPOS tags as features (the pipeline must then run the tagger first).
    pub use_upos: bool,
    /// Add NORP entities from the demonym and group lists.
    pub norp: bool,
    /// Word classes learnt from unlabelled text (empty: no class features).
    pub clusters: WordClusters,
}

impl Default for NerOptions {
    fn default() -> NerOptions {
        NerOptions {
            labels: vec![EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc],
            use_upos: false,
            norp: true,
            clusters: WordClusters::default(),
        }
    }
}

/// One decoding pass: emission and transition weights with their constrained decoder.
#[derive(Debug, Clone)]
struct Stage {
    model: Model,
    decoder: Decoder,
}

impl Stage {
    fn new(model: Model, tags: &TagSet) -> Stage {
        let decoder = Decoder::new(tags, |prev, out| model.scores(&[transition_feature(prev)], out));
        Stage { model, decoder }
    }
}

/// A trained named-entity recogniser.
///
/// Tagging runs in up to two passes over each document. The first pass sees only the text; the
/// second (when the model has one) also sees the first pass's tags for the whole document — what
/// the same word was taken to be elsewhere — which makes the labels of repeated names agree
/// ("Miramar" is a place in every sentence of a thread about Miramar, not just in the ones with
/// a helpful context).
#[derive(Debug, Clone)]
pub struct Ner {
    options: NerOptions,
    tags: TagSet,
    gazetteer: Gazetteer,
    lexicon: CaseLexicon,
    first: Stage,
    second: Option<Stage>,
    about: String,
}

/// Per-thread buffers reused across documents.
#[derive(Default)]
struct Buffers {
    scratch: Scratch,
    feats: SentenceFeatures,
    emissions: Vec<f32>,
    path: Vec<u16>,
    viterbi: ViterbiScratch,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Ner {
    /// The model committed in `models/ner.apm` and embedded in the binary.
    pub fn embedded() -> Result<Ner, NerError> {
        let bytes = annals_models::embedded(annals_models::ModelKind::Ner).ok_or(NerError::NotTrained)?;
        Ner::from_bytes(bytes)
    }

    /// Load a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Ner, NerError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC, "named-entity model")?;
        let version = r.u32()?;
        if !(1..=VERSION).contains(&version) {
            return Err(NerError::Invalid(format!("model format version {version}, this build reads {VERSION}")));
        }
        let flags = r.u32()?;
        let labels = r
            .strs()?
            .iter()
            .map(|s| s.parse::<EntityLabel>().map_err(NerError::Invalid))
            .collect::<Result<Vec<_>, _>>()?;
        let about = r.str()?.to_string();
        let gazetteer = Gazetteer::read(&mut r)?;
        let lexicon = CaseLexicon::read(&mut r)?;
        let clusters = if version >= 2 { WordClusters::read(&mut r)? } else { WordClusters::default() };
        let n_stages = r.u8()?;
        if !(1..=2).contains(&n_stages) {
            return Err(NerError::Invalid(format!("{n_stages} decoding passes (expected 1 or 2)")));
        }
        let options = NerOptions { labels, use_upos: flags & FLAG_UPOS != 0, norp: flags & FLAG_NORP != 0, clusters };
        let tags = TagSet::new(options.labels.clone());
        let mut stages = Vec::new();
        for _ in 0..n_stages {
            let model = Model::read(&mut r)?;
            if model.n_classes() != tags.len() {
                return Err(NerError::Invalid(format!(
                    "model has {} classes but its labels need {}",
                    model.n_classes(),
                    tags.len()
                )));
            }
            stages.push(Stage::new(model, &tags));
        }
        if !r.is_at_end() {
            return Err(NerError::Invalid("trailing bytes after the last model".into()));
        }
        let second = if stages.len() == 2 { stages.pop() } else { None };
        let first = stages.pop().expect("one stage was read");
        Ok(Ner { options, tags, gazetteer, lexicon, first, second, about })
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::new();
        w.raw(MAGIC);
        w.u32(VERSION);
        let mut flags = 0;
        if self.options.use_upos {
            flags |= FLAG_UPOS;
        }
        if self.options.norp {
            flags |= FLAG_NORP;
        }
        w.u32(flags);
        let labels: Vec<&str> = self.options.labels.iter().map(|l| l.as_str()).collect();
        w.strs(&labels);
        w.str(&self.about);
        self.gazetteer.write(&mut w);
        self.lexicon.write(&mut w);
        self.options.clusters.write(&mut w);
        w.u8(if self.second.is_some() { 2 } else { 1 });
        self.first.model.write(&mut w);
        if let Some(second) = &self.second {
            second.model.write(&mut w);
        }
        w.buf
    }

    /// The options the model was trained with.
    pub fn options(&self) -> &NerOptions {
        &self.options
    }

    /// A model whose first pass averages the weights of the first passes of `models`: the same
    /// recipe trained with different seeds (same data, options, name lists and word classes).
    /// One perceptron depends noticeably on the order it saw its sentences in; the average of a
    /// few is steadier and runs exactly as fast as one. The second pass is dropped (it was
    /// trained on top of a different first pass). `None` when `models` is empty.
    pub fn average_first_passes(models: &[Ner]) -> Option<Ner> {
        let first = models.first()?;
        let mut trainer = Trainer::new(first.tags.len());
        let k = models.len() as f32;
        for m in models {
            for (key, classes, weights) in m.first.model.rows() {
                for (&c, &w) in classes.iter().zip(weights) {
                    trainer.add(&[key], c as usize, w / k);
                }
            }
        }
        // One step of the averaging clock: the averaged weights are then the sums just added.
        trainer.step();
        let mut out = first.clone();
        out.first = Stage::new(trainer.finish(0.0), &out.tags);
        out.second = None;
        Some(out)
    }

    /// Drop the second pass (for comparisons: what does it add?).
    pub fn drop_second_pass(&mut self) {
        self.second = None;
    }

    /// True when the model has a second, document-aware pass.
    pub fn has_second_pass(&self) -> bool {
        self.second.is_some()
    }

    /// Free-text provenance stored in the model (training data, command, seed).
    pub fn about(&self) -> &str {
        &self.about
    }

    /// Replace the provenance text.
    pub fn set_about(&mut self, about: impl Into<String>) {
        self.about = about.into();
    }

    /// Turn rule-based NORP entities on or off (e.g. off when scoring against a corpus that does
    /// not annotate them).
    pub fn set_norp(&mut self, on: bool) {
        self.options.norp = on;
    }

    /// The gazetteer stored in the model.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Size figures for reports: (features, weights, gazetteer phrases, case-lexicon words), the
    /// first two summed over both passes.
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        let stages = std::iter::once(&self.first).chain(self.second.as_ref());
        let (f, w) = stages.fold((0, 0), |(f, w), s| (f + s.model.n_features(), w + s.model.n_weights()));
        (f, w, self.gazetteer.len(), self.lexicon.len())
    }

    fn extractor(&self) -> Extractor<'_> {
        Extractor {
            gazetteer: &self.gazetteer,
            lexicon: &self.lexicon,
            clusters: &self.options.clusters,
            use_upos: self.options.use_upos,
        }
    }

    /// Sentence token ranges that can be tagged, with a count of the ones that cannot.
    fn sentence_ranges(doc: &Doc) -> (Vec<std::ops::Range<usize>>, usize) {
        let n_tokens = doc.tokens.len();
        let mut sentences: Vec<std::ops::Range<usize>> = Vec::with_capacity(doc.sentences.len());
        let mut skipped = 0;
        for s in &doc.sentences {
            let r = s.tokens.start as usize..s.tokens.end as usize;
            if r.end > n_tokens || r.start > r.end || sentences.last().is_some_and(|p| p.end > r.start) {
                skipped += 1;
                continue;
            }
            sentences.push(r);
        }
        if sentences.is_empty() && n_tokens > 0 && doc.sentences.is_empty() {
            sentences.push(0..n_tokens);
        }
        (sentences, skipped)
    }

    /// Tag every sentence with one pass; returns one tag per document token (`O` outside the
    /// sentences). The document must already be prepared in `b.scratch`.
    fn run_stage(
        &self,
        stage: &Stage,
        sentences: &[std::ops::Range<usize>],
        n_tokens: usize,
        b: &mut Buffers,
    ) -> Vec<u16> {
        let extractor = self.extractor();
        let n_tags = self.tags.len();
        let mut tags = vec![0u16; n_tokens];
        for range in sentences {
            if range.is_empty() {
                continue;
            }
            extractor.sentence(range.clone(), &mut b.scratch, &mut b.feats);
            b.emissions.resize(b.feats.len() * n_tags, 0.0);
            for k in 0..b.feats.len() {
                stage.model.scores(b.feats.token(k), &mut b.emissions[k * n_tags..(k + 1) * n_tags]);
            }
            stage.decoder.viterbi(&b.emissions, b.feats.len(), &mut b.viterbi, &mut b.path);
            tags[range.clone()].copy_from_slice(&b.path);
        }
        tags
    }

    /// First-pass tag names of every token, for debugging.
    #[doc(hidden)]
    pub fn debug_first_pass(&self, doc: &Doc) -> Vec<String> {
        self.first_pass(doc).iter().map(|&t| self.tags.name(t as usize)).collect()
    }

    /// First-pass tags of every token (used to train the second pass).
    pub(crate) fn first_pass(&self, doc: &Doc) -> Vec<u16> {
        let (sentences, _) = Ner::sentence_ranges(doc);
        BUFFERS.with(|cell| {
            let b = &mut *cell.borrow_mut();
            self.extractor().prepare(doc, None, &mut b.scratch);
            self.run_stage(&self.first, &sentences, doc.tokens.len(), b)
        })
    }

    fn tag_doc(&self, doc: &mut Doc) {
        let (sentences, skipped) = Ner::sentence_ranges(doc);
        if skipped > 0 {
            doc.diagnose(
                Severity::Warning,
                "ner",
                format!("{skipped} sentence(s) with token ranges out of order or out of bounds were not searched for entities"),
                None,
            );
        }
        let extractor = self.extractor();
        let mut entities = Vec::new();
        BUFFERS.with(|cell| {
            let b = &mut *cell.borrow_mut();
            extractor.prepare(doc, None, &mut b.scratch);
            let mut tags = self.run_stage(&self.first, &sentences, doc.tokens.len(), b);
            if let Some(second) = &self.second {
                extractor.prepare(doc, Some(&tags), &mut b.scratch);
                tags = self.run_stage(second, &sentences, doc.tokens.len(), b);
            }
            for range in &sentences {
                let found = self.tags.decode(&tags[range.clone()]);
                let mut covered = vec![false; range.len()];
                for (r, label) in &found {
                    covered[r.clone()].iter_mut().for_each(|c| *c = true);
                    entities.push((range.start + r.start..range.start + r.end, *label));
                }
                if self.options.norp {
                    extractor.gazetteer_matches(range.clone(), &mut b.scratch);
                    add_norp(doc, range.start, b.scratch.matches(), &covered, &mut entities);
                }
            }
        });
        entities.sort_by_key(|(r, _)| r.start);
        doc.entities = entities
            .into_iter()
            .map(|(r, label)| Entity {
                span: doc.tokens[r.start].span.cover(doc.tokens[r.end - 1].span),
                tokens: r.start as u32..r.end as u32,
                label,
            })
            .collect();
    }
}

/// NORP entities from demonym and group matches on capitalised tokens left outside every
/// entity: the longest match at each start, left to right, never overlapping.
fn add_norp(
    doc: &Doc,
    offset: usize,
    matches: &[crate::gazetteer::Match],
    covered: &[bool],
    out: &mut Vec<(std::ops::Range<usize>, EntityLabel)>,
) {
    let norp_bits = Category::Demonym.bit() | Category::Group.bit();
    let mut next_free = 0;
    for (idx, m) in matches.iter().enumerate() {
        // Matches come sorted by start, then length: skip all but the longest at a start.
        let longer_follows = matches[idx + 1..].iter().any(|o| o.start == m.start && o.categories & norp_bits != 0);
        if m.categories & norp_bits == 0
            || m.start < next_free
            || longer_follows
            || covered[m.start..m.end].iter().any(|&c| c)
            || !doc.form(offset + m.start).chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        next_free = m.end;
        out.push((offset + m.start..offset + m.end, EntityLabel::Norp));
    }
}

impl Annotator for Ner {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn requires(&self) -> Layers {
        let base = Layers::TOKENS | Layers::SENTENCES;
        if self.options.use_upos { base | Layers::UPOS } else { base }
    }

    fn assigns(&self) -> Layers {
        Layers::ENTITIES
    }

    fn annotate(&self, doc: &mut Doc) {
        if self.options.use_upos && !doc.layers.contains(Layers::UPOS) && !doc.tokens.is_empty() {
            doc.diagnose(
                Severity::Warning,
                "ner",
                "no part-of-speech tags: entities found without them are less accurate",
                None,
            );
        }
        self.tag_doc(doc);
        doc.layers |= Layers::ENTITIES;
    }
}

/// Viterbi with hard constraints and transition scores.
#[derive(Debug, Clone)]
struct Decoder {
    n_tags: usize,
    /// `(n_tags + 1) × n_tags`: score of `cur` after `prev`, the last row for the sentence start;
    /// `NEG_INFINITY` where the pair is not allowed.
    transitions: Vec<f32>,
    can_end: Vec<bool>,
}

#[derive(Default)]
struct ViterbiScratch {
    score: Vec<f32>,
    back: Vec<u16>,
}

impl Decoder {
    fn new(tags: &TagSet, mut weights: impl FnMut(usize, &mut [f32])) -> Decoder {
        let n = tags.len();
        let mut transitions = vec![0.0f32; (n + 1) * n];
        for prev in 0..=n {
            let row = &mut transitions[prev * n..(prev + 1) * n];
            weights(prev, row);
            let p = (prev < n).then_some(prev);
            for (cur, w) in row.iter_mut().enumerate() {
                if !tags.allowed(p, cur) {
                    *w = f32::NEG_INFINITY;
                }
            }
        }
        Decoder { n_tags: n, transitions, can_end: (0..n).map(|t| tags.can_end(t)).collect() }
    }

    /// Best tag path for `len` tokens with `emissions` (`len × n_tags`).
    fn viterbi(&self, emissions: &[f32], len: usize, s: &mut ViterbiScratch, path: &mut Vec<u16>) {
        let n = self.n_tags;
        path.clear();
        if len == 0 {
            return;
        }
        s.score.clear();
        s.score.resize(len * n, f32::NEG_INFINITY);
        s.back.clear();
        s.back.resize(len * n, 0);
        let start = &self.transitions[n * n..];
        for c in 0..n {
            s.score[c] = start[c] + emissions[c];
        }
        for i in 1..len {
            let (done, rest) = s.score.split_at_mut(i * n);
            let prev_scores = &done[(i - 1) * n..];
            let cur = &mut rest[..n];
            for c in 0..n {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u16;
                for (p, &ps) in prev_scores.iter().enumerate() {
                    let v = ps + self.transitions[p * n + c];
                    if v > best {
                        best = v;
                        arg = p as u16;
                    }
                }
                cur[c] = best + emissions[i * n + c];
                s.back[i * n + c] = arg;
            }
        }
        let last = &s.score[(len - 1) * n..];
        let mut best = 0;
        let mut best_score = f32::NEG_INFINITY;
        for (c, (&score, &can_end)) in last.iter().zip(&self.can_end).enumerate() {
            if can_end && score > best_score {
                best_score = score;
                best = c;
            }
        }
        path.resize(len, 0);
        path[len - 1] = best as u16;
        for i in (1..len).rev() {
            path[i - 1] = s.back[i * n + path[i] as usize];
        }
    }
}

/// Progress of one training epoch.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EpochStats {
    /// Epoch number, from 1.
    pub epoch: usize,
    /// Sentences seen.
    pub sentences: usize,
    /// Tokens seen.
    pub tokens: usize,
    /// Tokens whose predicted tag (under the current, not averaged, weights) was wrong.
    pub token_errors: usize,
}

/// Settings of a training run that do not shape the model file.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainSettings {
    /// Seed for the order of training sentences and for word dropout.
    pub seed: u64,
    /// Probability of hiding a word seen only once in the training data (its identity, not its
    /// spelling), so the model learns to recognise names it has not memorised.
    pub singleton_dropout: f64,
}

impl Default for TrainSettings {
    fn default() -> TrainSettings {
        TrainSettings { seed: 1, singleton_dropout: 0.0 }
    }
}

struct TrainSentence {
    feats: SentenceFeatures,
    gold: Vec<u16>,
}

/// Trains one pass of a [`Ner`] with the structured perceptron, one epoch at a time, so the
/// caller can score a development set after each epoch and keep the best snapshot.
///
/// [`NerTrainer::new`] trains a first pass; [`NerTrainer::second_pass`] trains the document-aware
/// second pass on top of a finished first pass, from first-pass tags that the training documents'
/// own models never saw ([`jackknife`]), so it learns how far the first pass can be trusted.
pub struct NerTrainer {
    options: NerOptions,
    tags: TagSet,
    gazetteer: Gazetteer,
    lexicon: CaseLexicon,
    first: Option<Stage>,
    sentences: Vec<TrainSentence>,
    trainer: Trainer,
    rng: SplitMix64,
    epoch: usize,
}

impl NerTrainer {
    /// Prepare first-pass training on `docs` (gold entities; entity types outside
    /// `options.labels` count as `O`). Features are computed once here.
    pub fn new(docs: &[Doc], gazetteer: Gazetteer, options: NerOptions, settings: &TrainSettings) -> NerTrainer {
        let lexicon = CaseLexicon::build(docs);
        NerTrainer::build(docs, None, gazetteer, lexicon, options, None, settings)
    }

    /// Prepare second-pass training on `docs`, with `hints[d]` the first-pass tags of document
    /// `d` (from [`jackknife`]). Snapshots combine `first`'s first pass with the new second pass.
    pub fn second_pass(docs: &[Doc], hints: &[Vec<u16>], first: &Ner, settings: &TrainSettings) -> NerTrainer {
        NerTrainer::build(
            docs,
            Some(hints),
            first.gazetteer.clone(),
            first.lexicon.clone(),
            first.options.clone(),
            Some(first.first.clone()),
            settings,
        )
    }

    fn build(
        docs: &[Doc],
        hints: Option<&[Vec<u16>]>,
        gazetteer: Gazetteer,
        lexicon: CaseLexicon,
        options: NerOptions,
        first: Option<Stage>,
        settings: &TrainSettings,
    ) -> NerTrainer {
        let tags = TagSet::new(options.labels.clone());
        let extractor = Extractor {
            gazetteer: &gazetteer,
            lexicon: &lexicon,
            clusters: &options.clusters,
            use_upos: options.use_upos,
        };
        let mut scratch = Scratch::default();
        let mut sentences = Vec::new();
        // Words seen once in the training data, and the seeded coin that hides some of them.
        let mut counts: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        if settings.singleton_dropout > 0.0 {
            for doc in docs {
                for i in 0..doc.tokens.len() {
                    *counts.entry(doc.form(i).to_lowercase()).or_default() += 1;
                }
            }
        }
        let mut coin = SplitMix64::new(settings.seed ^ 0x5EED_D80F);
        let mut unknown = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            unknown.clear();
            if settings.singleton_dropout > 0.0 {
                unknown.extend((0..doc.tokens.len()).map(|i| {
                    counts.get(&doc.form(i).to_lowercase()) == Some(&1) && coin.unit() < settings.singleton_dropout
                }));
            }
            extractor.prepare_with_unknown(
                doc,
                hints.and_then(|h| h.get(d)).map(Vec::as_slice),
                &unknown,
                &mut scratch,
            );
            for sent in &doc.sentences {
                let range = sent.tokens.start as usize..sent.tokens.end as usize;
                if range.is_empty() || range.end > doc.tokens.len() {
                    continue;
                }
                let mut feats = SentenceFeatures::default();
                extractor.sentence(range.clone(), &mut scratch, &mut feats);
                let ents: Vec<(std::ops::Range<usize>, EntityLabel)> = doc
                    .entities
                    .iter()
                    .filter(|e| e.tokens.start >= sent.tokens.start && e.tokens.end <= sent.tokens.end)
                    .map(|e| {
                        (
                            (e.tokens.start - sent.tokens.start) as usize..(e.tokens.end - sent.tokens.start) as usize,
                            e.label,
                        )
                    })
                    .collect();
                let gold = tags.encode(range.len(), &ents);
                sentences.push(TrainSentence { feats, gold });
            }
        }
        let trainer = Trainer::new(tags.len());
        NerTrainer {
            options,
            tags,
            gazetteer,
            lexicon,
            first,
            sentences,
            trainer,
            rng: SplitMix64::new(settings.seed),
            epoch: 0,
        }
    }

    /// Number of training sentences.
    pub fn n_sentences(&self) -> usize {
        self.sentences.len()
    }

    /// One pass over the training sentences in a fresh seeded order.
    pub fn epoch(&mut self) -> EpochStats {
        self.epoch += 1;
        let mut order: Vec<usize> = (0..self.sentences.len()).collect();
        self.rng.shuffle(&mut order);
        let n = self.tags.len();
        let mut stats = EpochStats { epoch: self.epoch, ..EpochStats::default() };
        let mut emissions = Vec::new();
        let mut path = Vec::new();
        let mut vit = ViterbiScratch::default();
        for idx in order {
            let sent = &self.sentences[idx];
            let len = sent.feats.len();
            let trainer = &self.trainer;
            let decoder = Decoder::new(&self.tags, |prev, out| trainer.scores(&[transition_feature(prev)], out));
            emissions.resize(len * n, 0.0);
            for k in 0..len {
                self.trainer.scores(sent.feats.token(k), &mut emissions[k * n..(k + 1) * n]);
            }
            decoder.viterbi(&emissions, len, &mut vit, &mut path);
            stats.sentences += 1;
            stats.tokens += len;
            if path != sent.gold {
                for k in 0..len {
                    let (g, p) = (sent.gold[k] as usize, path[k] as usize);
                    if g != p {
                        stats.token_errors += 1;
                        self.trainer.update(sent.feats.token(k), g, p);
                    }
                    let gp = if k == 0 { n } else { sent.gold[k - 1] as usize };
                    let pp = if k == 0 { n } else { path[k - 1] as usize };
                    if (gp, g) != (pp, p) {
                        self.trainer.add(&[transition_feature(gp)], g, 1.0);
                        self.trainer.add(&[transition_feature(pp)], p, -1.0);
                    }
                }
            }
            self.trainer.step();
        }
        stats
    }

    /// The averaged model so far. Weights below `min_weight` in magnitude are dropped.
    pub fn snapshot(&self, min_weight: f32) -> Ner {
        let stage = Stage::new(self.trainer.finish(min_weight), &self.tags);
        let (first, second) = match &self.first {
            Some(first) => (first.clone(), Some(stage)),
            None => (stage, None),
        };
        Ner {
            options: self.options.clone(),
            tags: self.tags.clone(),
            gazetteer: self.gazetteer.clone(),
            lexicon: self.lexicon.clone(),
            first,
            second,
            about: String::new(),
        }
    }
}

/// First-pass tags for every training document from models that did not see it: the documents
/// are split into `folds` groups, and each group is tagged by a first pass trained for `epochs`
/// epochs on the others. This is what the second pass must learn from, since the first pass's
/// tags on its own training data are nearly perfect and would teach it to trust them blindly.
pub fn jackknife(
    docs: &[Doc],
    gazetteer: &Gazetteer,
    options: &NerOptions,
    settings: &TrainSettings,
    folds: usize,
    epochs: usize,
    mut progress: impl FnMut(usize),
) -> Vec<Vec<u16>> {
    let folds = folds.max(2);
    let mut out = vec![Vec::new(); docs.len()];
    for fold in 0..folds {
        let train: Vec<Doc> =
            docs.iter().enumerate().filter(|(d, _)| d % folds != fold).map(|(_, d)| d.clone()).collect();
        let fold_settings = TrainSettings { seed: settings.seed.wrapping_add(fold as u64), ..settings.clone() };
        let mut trainer = NerTrainer::new(&train, gazetteer.clone(), options.clone(), &fold_settings);
        for _ in 0..epochs {
            trainer.epoch();
        }
        let ner = trainer.snapshot(0.0);
        for (d, doc) in docs.iter().enumerate().filter(|(d, _)| d % folds == fold) {
            out[d] = ner.first_pass(doc);
        }
        progress(fold + 1);
    }
    out
}
