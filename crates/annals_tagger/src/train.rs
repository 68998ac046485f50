//! Training: the public [`TrainConfig`], [`Tagger::train`] and [`jackknife`].
//!
//! Each pass is an averaged perceptron trained greedily on the tagger's own left-hand
//! predictions (not the gold tags), so at tagging time it meets the kind of context it was
//! trained on. The second pass needs first-pass tags for its training sentences that are as
//! wrong as they will be on new text, so they come from first-pass models trained on the other
//! folds of the data (jack-knifing); the first pass used for tagging is trained on everything.
//! Training is deterministic: the same data, configuration and seed give the same model bytes.

use crate::TaggerError;
use crate::beam::{Beam, Input};
use crate::dict::{DictParams, TagDict};
use crate::features::{self, Atoms, Context, Scratch};
use crate::lemma::{BUILTIN_RULES, LemmaInput, LemmaRules, Lemmatizer};
use crate::morph::Morph;
use crate::names::NameList;
use crate::table::Table;
use crate::tagger::{Label, Options, Tagger, is_proper};
use annals_doc::{Doc, Upos};
use annals_perceptron::{Model, SplitMix64, Trainer};
use std::collections::{BTreeSet, HashMap};

/// Settings for training a tagger. [`TrainConfig::default`] gives the settings of the shipped
/// model.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Seed for shuffling the training sentences.
    pub seed: u64,
    /// Passes over the training data, per model.
    pub epochs: usize,
    /// Decoding passes: 1 (left to right) or 2 (a second pass that also sees the first pass's
    /// tags to the right).
    pub passes: usize,
    /// Folds for jack-knifing the first pass's tags on which the second pass trains.
    pub folds: usize,
    /// Words seen fewer times get no dictionary class.
    pub dict_min_count: u32,
    /// A label joins a word's dictionary class when it has this share of the word's uses.
    pub dict_min_share: f32,
    /// Words seen this often ...
    pub sure_min_count: u32,
    /// ... with one label in this share of their uses are tagged from the dictionary.
    pub sure_min_share: f32,
    /// Words seen this often may only take labels from their dictionary class
    /// (`u32::MAX` turns the restriction off).
    pub constrain_min_count: u32,
    /// Averaged weights smaller than this are dropped from the model file.
    pub min_weight: f32,
    /// Probability of hiding a rare training word's identity (its form) from the model, so it
    /// learns to tag unseen words from spelling and context (greedy training only).
    pub rare_dropout: f32,
    /// Beam width: 1 decodes greedily and trains word by word; wider beams decode with beam
    /// search and train on whole sequences (max-violation updates).
    pub beam: usize,
    /// Name lists whose membership is a feature (empty: no name features). Stored in the model.
    pub names: NameList,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            seed: 1,
            epochs: 10,
            passes: 1,
            folds: 4,
            dict_min_count: 2,
            dict_min_share: 0.01,
            sure_min_count: 20,
            sure_min_share: 0.995,
            constrain_min_count: u32::MAX,
            min_weight: 0.0,
            rare_dropout: 0.0,
            beam: 4,
            names: NameList::new(),
        }
    }
}

impl TrainConfig {
    fn dict_params(&self) -> DictParams {
        DictParams {
            min_count: self.dict_min_count,
            min_share: self.dict_min_share,
            sure_count: self.sure_min_count,
            sure_share: self.sure_min_share,
        }
    }
}

/// A report after each training epoch.
#[derive(Debug, Clone)]
pub struct Progress {
    /// Which model is being trained, e.g. `"pass 1"`, `"pass 1, fold 2/4"`, `"pass 2"`.
    pub stage: String,
    /// Epoch just finished (1-based).
    pub epoch: usize,
    /// Epochs in this stage.
    pub epochs: usize,
    /// Share of training words tagged right during the epoch (with the weights of the moment),
    /// in percent.
    pub train_accuracy: f64,
    /// UPOS accuracy on the development data so far (all passes up to this one), in percent.
    pub dev_upos: Option<f64>,
    /// Accuracy of the full label (UPOS and XPOS) on the development data, in percent.
    pub dev_label: Option<f64>,
}

/// One sentence of training or development data.
struct Example<'a> {
    forms: Vec<&'a str>,
    /// Gold label ids; `u16::MAX` where the gold label is not one the tagger knows.
    gold: Vec<u16>,
    gold_upos: Vec<Option<Upos>>,
    lemmas: Vec<Option<&'a str>>,
    feats: Vec<Option<&'a str>>,
}

/// The static features of one sentence under some dictionary.
struct Prepared {
    atoms: Vec<Atoms>,
    stat: Vec<u64>,
    offsets: Vec<usize>,
}

const UNKNOWN: u16 = u16::MAX;

fn gold_label(doc: &Doc, i: usize) -> Option<Label> {
    let t = &doc.tokens[i];
    (t.upos.is_some() || t.xpos.is_some()).then(|| Label { upos: t.upos, xpos: t.xpos.clone() })
}

/// Token ranges of the sentences of `doc` (the whole document when it has no sentences).
fn sentence_ranges(doc: &Doc) -> Vec<(usize, usize)> {
    if doc.sentences.is_empty() {
        if doc.tokens.is_empty() { Vec::new() } else { vec![(0, doc.tokens.len())] }
    } else {
        doc.sentences
            .iter()
            .map(|s| (s.tokens.start as usize, (s.tokens.end as usize).min(doc.tokens.len())))
            .filter(|(a, b)| a < b)
            .collect()
    }
}

fn collect_labels<'a>(sentences: impl Iterator<Item = (&'a Doc, (usize, usize))>) -> Vec<Label> {
    let mut set = BTreeSet::new();
    for (doc, (start, end)) in sentences {
        for i in start..end {
            if let Some(l) = gold_label(doc, i) {
                set.insert(l);
            }
        }
    }
    set.into_iter().collect()
}

fn example<'a>(doc: &'a Doc, (start, end): (usize, usize), index: &HashMap<Label, u16>) -> Example<'a> {
    let mut ex = Example {
        forms: Vec::with_capacity(end - start),
        gold: Vec::with_capacity(end - start),
        gold_upos: Vec::with_capacity(end - start),
        lemmas: Vec::with_capacity(end - start),
        feats: Vec::with_capacity(end - start),
    };
    for i in start..end {
        let t = &doc.tokens[i];
        ex.forms.push(doc.form(i));
        ex.gold.push(gold_label(doc, i).and_then(|l| index.get(&l).copied()).unwrap_or(UNKNOWN));
        ex.gold_upos.push(t.upos);
        ex.lemmas.push(t.lemma.as_deref());
        ex.feats.push(t.feats.as_deref());
    }
    ex
}

fn label_index(labels: &[Label]) -> HashMap<Label, u16> {
    labels.iter().enumerate().map(|(i, l)| (l.clone(), i as u16)).collect()
}

fn prepare(dict: &TagDict, names: &NameList, constrain_min: u32, forms: &[&str], scratch: &mut Scratch) -> Prepared {
    let mut atoms: Vec<Atoms> = Vec::with_capacity(forms.len());
    features::sentence_atoms(forms, dict, names, constrain_min, scratch, &mut atoms);
    let mut stat = Vec::with_capacity(forms.len() * 48);
    let mut offsets = Vec::with_capacity(forms.len() + 1);
    for i in 0..forms.len() {
        offsets.push(stat.len());
        features::static_features(&atoms, i, &mut stat);
    }
    offsets.push(stat.len());
    Prepared { atoms, stat, offsets }
}

/// Decode one prepared sentence with one pass's model into `tags`. `prev` holds the previous
/// pass's tags for a second pass. (Trained taggers decode with their stacked [`Table`] instead,
/// which gives the same tags faster.)
fn run_prepared(model: &Model, dict: &TagDict, beam: usize, p: &Prepared, prev: Option<&[u16]>, tags: &mut Vec<u16>) {
    let n_labels = model.n_classes();
    let (mut feats, mut scores) = (Vec::with_capacity(64), vec![0.0f32; n_labels]);
    tags.clear();
    if beam > 1 {
        let mut stat = vec![0.0f32; p.atoms.len() * n_labels];
        for (i, a) in p.atoms.iter().enumerate() {
            if a.sure.is_none() {
                model.scores(&p.stat[p.offsets[i]..p.offsets[i + 1]], &mut stat[i * n_labels..(i + 1) * n_labels]);
            }
        }
        let input = Input {
            atoms: &p.atoms,
            dict,
            n_labels,
            width: n_labels,
            stat: &stat,
            stride: n_labels,
            offset: 0,
            prev,
            gold: None,
        };
        Beam::default().search(&input, beam, &mut |f, out| model.scores(f, out), tags);
        return;
    }
    for (i, a) in p.atoms.iter().enumerate() {
        if let Some(l) = a.sure {
            tags.push(l);
            continue;
        }
        feats.clear();
        feats.extend_from_slice(&p.stat[p.offsets[i]..p.offsets[i + 1]]);
        let ctx = Context { left: features::left_context(tags, i), prev: prev.map(|pr| features::prev_context(pr, i)) };
        features::dynamic_features(&p.atoms, i, ctx, &mut feats);
        model.scores(&feats, &mut scores);
        let allowed = dict.allowed(a);
        tags.push(annals_perceptron::argmax(&scores, allowed) as u16);
    }
}

/// Development data decoded by the passes trained so far.
struct Dev<'e, 'a> {
    examples: &'e [Example<'a>],
    prepared: Vec<Prepared>,
    /// The previous pass's predictions, when evaluating a second pass.
    prev: Option<Vec<Vec<u16>>>,
}

impl Dev<'_, '_> {
    /// Predictions of `model` (as the pass after `self.prev`) for every dev sentence.
    fn predict(&self, model: &Model, dict: &TagDict, beam: usize) -> Vec<Vec<u16>> {
        self.prepared
            .iter()
            .enumerate()
            .map(|(s, p)| {
                let mut tags = Vec::new();
                run_prepared(model, dict, beam, p, self.prev.as_ref().map(|v| v[s].as_slice()), &mut tags);
                tags
            })
            .collect()
    }

    /// (UPOS accuracy, label accuracy) in percent.
    fn score(&self, predicted: &[Vec<u16>], labels: &[Label]) -> (f64, f64) {
        let (mut n, mut upos, mut label) = (0usize, 0usize, 0usize);
        for (ex, pred) in self.examples.iter().zip(predicted) {
            for ((&g, &gu), &p) in ex.gold.iter().zip(&ex.gold_upos).zip(pred) {
                n += 1;
                upos += (labels[p as usize].upos == gu) as usize;
                label += (g == p) as usize;
            }
        }
        let pct = |k: usize| if n == 0 { 0.0 } else { 100.0 * k as f64 / n as f64 };
        (pct(upos), pct(label))
    }
}

/// Buffers for training on whole sentences with beam search.
#[derive(Default)]
struct Global {
    beam: Beam,
    stat: Vec<f32>,
    gold: Vec<u16>,
    pred: Vec<u16>,
    out: Vec<u16>,
    feats: Vec<u64>,
}

impl Global {
    /// Decode one training sentence with the current weights and, when the best sequence is
    /// wrong, update on the gold and predicted prefixes up to the max-violation point. Returns
    /// (words scored, words right).
    fn train_sentence(
        &mut self,
        trainer: &mut Trainer,
        k: usize,
        dict: &TagDict,
        ex: &Example<'_>,
        p: &Prepared,
        prev: Option<&[u16]>,
    ) -> (usize, usize) {
        let (n, n_labels) = (ex.forms.len(), trainer.n_classes());
        self.stat.clear();
        self.stat.resize(n * n_labels, 0.0);
        for (i, a) in p.atoms.iter().enumerate() {
            if a.sure.is_none() {
                trainer
                    .scores(&p.stat[p.offsets[i]..p.offsets[i + 1]], &mut self.stat[i * n_labels..(i + 1) * n_labels]);
            }
        }
        // Sure words always take their dictionary label, so that label is the reachable gold.
        self.gold.clear();
        self.gold.extend(p.atoms.iter().zip(&ex.gold).map(|(a, &g)| a.sure.unwrap_or(g)));
        let input = Input {
            atoms: &p.atoms,
            dict,
            n_labels,
            width: n_labels,
            stat: &self.stat,
            stride: n_labels,
            offset: 0,
            prev,
            gold: Some(&self.gold),
        };
        let scorer: &Trainer = trainer;
        let violation = self.beam.search(&input, k, &mut |f, out| scorer.scores(f, out), &mut self.out);
        let (mut seen, mut right) = (0, 0);
        for (i, a) in p.atoms.iter().enumerate() {
            if a.sure.is_none() {
                seen += 1;
                right += (self.out[i] == self.gold[i]) as usize;
            }
        }
        if let Some(j) = violation {
            self.beam.best_prefix(j, &mut self.pred);
            for i in 0..=j {
                if p.atoms[i].sure.is_some() {
                    continue;
                }
                let same = |d: usize| i < d || self.gold[i - d] == self.pred[i - d];
                if self.gold[i] == self.pred[i] && same(1) && same(2) {
                    continue;
                }
                for (seq, delta) in [(&self.gold, 1.0), (&self.pred, -1.0)] {
                    self.feats.clear();
                    self.feats.extend_from_slice(&p.stat[p.offsets[i]..p.offsets[i + 1]]);
                    let ctx = Context {
                        left: features::left_context(seq, i),
                        prev: prev.map(|pr| features::prev_context(pr, i)),
                    };
                    features::dynamic_features(&p.atoms, i, ctx, &mut self.feats);
                    trainer.add(&self.feats, seq[i] as usize, delta);
                }
            }
        }
        for _ in 0..n {
            trainer.step();
        }
        (seen, right)
    }
}

/// Train one pass on `train` (with its static features in `prepared`).
#[allow(clippy::too_many_arguments)]
fn train_pass(
    cfg: &TrainConfig,
    n_labels: usize,
    dict: &TagDict,
    train: &[&Example<'_>],
    prepared: &[Prepared],
    prev: Option<&[Vec<u16>]>,
    dev: Option<&Dev<'_, '_>>,
    stage: &str,
    labels: &[Label],
    progress: &mut dyn FnMut(&Progress),
) -> Model {
    let mut trainer = Trainer::new(n_labels);
    let mut rng = SplitMix64::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut feats: Vec<u64> = Vec::with_capacity(64);
    let mut scores: Vec<f32> = Vec::new();
    let mut tags: Vec<u16> = Vec::new();
    let mut global = Global::default();
    for epoch in 1..=cfg.epochs {
        rng.shuffle(&mut order);
        let (mut seen, mut right) = (0usize, 0usize);
        for &s in &order {
            let (ex, p) = (train[s], &prepared[s]);
            if cfg.beam > 1 {
                let prev = prev.map(|pr| pr[s].as_slice());
                let (n, r) = global.train_sentence(&mut trainer, cfg.beam, dict, ex, p, prev);
                seen += n;
                right += r;
                continue;
            }
            tags.clear();
            for i in 0..ex.forms.len() {
                let a = &p.atoms[i];
                if let Some(l) = a.sure {
                    tags.push(l);
                    continue;
                }
                feats.clear();
                feats.extend_from_slice(&p.stat[p.offsets[i]..p.offsets[i + 1]]);
                if !a.known && cfg.rare_dropout > 0.0 && (rng.unit() as f32) < cfg.rare_dropout {
                    let hidden = features::identity_features(a);
                    feats.retain(|f| !hidden.contains(f));
                }
                let ctx = Context {
                    left: features::left_context(&tags, i),
                    prev: prev.map(|pr| features::prev_context(&pr[s], i)),
                };
                features::dynamic_features(&p.atoms, i, ctx, &mut feats);
                let allowed = dict.allowed(a);
                let guess = trainer.predict(&feats, allowed, &mut scores);
                let gold = ex.gold[i] as usize;
                trainer.update(&feats, gold, guess);
                trainer.step();
                seen += 1;
                right += (gold == guess) as usize;
                tags.push(guess as u16);
            }
        }
        let train_accuracy = if seen == 0 { 0.0 } else { 100.0 * right as f64 / seen as f64 };
        let (dev_upos, dev_label) = match dev {
            Some(d) if !d.examples.is_empty() => {
                let model = trainer.finish(cfg.min_weight);
                let (u, l) = d.score(&d.predict(&model, dict, cfg.beam), labels);
                (Some(u), Some(l))
            }
            _ => (None, None),
        };
        progress(&Progress {
            stage: stage.to_string(),
            epoch,
            epochs: cfg.epochs,
            train_accuracy,
            dev_upos,
            dev_label,
        });
    }
    trainer.finish(cfg.min_weight)
}

/// Train a complete tagger on `train` examples.
fn fit(
    cfg: &TrainConfig,
    labels: Vec<Label>,
    train: &[Example<'_>],
    dev: Option<&[Example<'_>]>,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Tagger, TaggerError> {
    // Sentences with an untagged word would teach wrong contexts; leave them out.
    let train: Vec<&Example<'_>> = train.iter().filter(|e| !e.gold.contains(&UNKNOWN)).collect();
    if train.is_empty() || labels.is_empty() {
        return Err(TaggerError::NoTrainingData);
    }
    let n_labels = labels.len();
    let passes = cfg.passes.clamp(1, 2);
    let mut scratch = Scratch::default();
    let build_dict = |sents: &[&Example<'_>]| {
        TagDict::build(
            n_labels,
            sents.iter().flat_map(|e| e.forms.iter().copied().zip(e.gold.iter().copied())),
            cfg.dict_params(),
        )
    };
    let dict = build_dict(&train);
    let prepared: Vec<Prepared> =
        train.iter().map(|e| prepare(&dict, &cfg.names, cfg.constrain_min_count, &e.forms, &mut scratch)).collect();
    let mut dev = dev.map(|examples| Dev {
        examples,
        prepared: examples
            .iter()
            .map(|e| prepare(&dict, &cfg.names, cfg.constrain_min_count, &e.forms, &mut scratch))
            .collect(),
        prev: None,
    });

    let first = train_pass(cfg, n_labels, &dict, &train, &prepared, None, dev.as_ref(), "pass 1", &labels, progress);
    let mut models = vec![first];

    if passes == 2 {
        let folds = cfg.folds.clamp(2, train.len().max(2));
        let mut prev: Vec<Vec<u16>> = vec![Vec::new(); train.len()];
        for k in 0..folds {
            let (lo, hi) = (k * train.len() / folds, (k + 1) * train.len() / folds);
            let rest: Vec<&Example<'_>> = train[..lo].iter().chain(&train[hi..]).copied().collect();
            let fold_dict = build_dict(&rest);
            let fold_prepared: Vec<Prepared> = rest
                .iter()
                .map(|e| prepare(&fold_dict, &cfg.names, cfg.constrain_min_count, &e.forms, &mut scratch))
                .collect();
            let stage = format!("pass 1, fold {}/{folds}", k + 1);
            let model =
                train_pass(cfg, n_labels, &fold_dict, &rest, &fold_prepared, None, None, &stage, &labels, progress);
            for s in lo..hi {
                let p = prepare(&fold_dict, &cfg.names, cfg.constrain_min_count, &train[s].forms, &mut scratch);
                run_prepared(&model, &fold_dict, cfg.beam, &p, None, &mut prev[s]);
            }
        }
        if let Some(d) = dev.as_mut() {
            d.prev = Some(d.predict(&models[0], &dict, cfg.beam));
        }
        let second =
            train_pass(cfg, n_labels, &dict, &train, &prepared, Some(&prev), dev.as_ref(), "pass 2", &labels, progress);
        models.push(second);
    }

    let rules = LemmaRules::parse(BUILTIN_RULES, "lemma-rules.txt")?;
    let mut lemmatizer = Lemmatizer::new(rules);
    lemmatizer.learn(train.iter().flat_map(|e| {
        (0..e.forms.len()).filter_map(|i| {
            let l = &labels[e.gold[i] as usize];
            let lemma = e.lemmas[i]?;
            let input = LemmaInput {
                form: e.forms[i],
                tag: l.lemma_tag(),
                proper: is_proper(e.forms[i], l.upos),
                initial: i == 0,
            };
            Some((input, lemma))
        })
    }));
    let morph = Morph::learn(
        n_labels,
        train.iter().flat_map(|e| (0..e.forms.len()).map(|i| (e.forms[i].to_lowercase(), e.gold[i], e.feats[i]))),
    );
    let mut dict = dict;
    dict.restrict_unseen(crate::tagger::open_class_mask(&labels));
    Ok(Tagger {
        labels,
        dict,
        names: cfg.names.clone(),
        table: Table::build(&models, n_labels),
        options: Options { constrain_min: cfg.constrain_min_count, beam: cfg.beam.clamp(1, 64) as u32 },
        lemmatizer,
        morph,
    })
}

impl Tagger {
    /// Train a tagger on documents with gold UPOS/XPOS (and lemmas and FEATS, when present),
    /// e.g. from [`annals_doc::parse_conllu`]. `dev` is only used to report progress.
    pub fn train(cfg: &TrainConfig, train: &[Doc], dev: Option<&[Doc]>) -> Result<Tagger, TaggerError> {
        Tagger::train_with_progress(cfg, train, dev, &mut |_| {})
    }

    /// [`Tagger::train`], calling `progress` after every epoch of every model trained.
    pub fn train_with_progress(
        cfg: &TrainConfig,
        train: &[Doc],
        dev: Option<&[Doc]>,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<Tagger, TaggerError> {
        let sentences = || train.iter().flat_map(|d| sentence_ranges(d).into_iter().map(move |r| (d, r)));
        let labels = collect_labels(sentences());
        let index = label_index(&labels);
        let examples: Vec<Example<'_>> = sentences().map(|(d, r)| example(d, r, &index)).collect();
        let index = &index;
        let dev_examples: Option<Vec<Example<'_>>> = dev.map(|docs| {
            docs.iter().flat_map(|d| sentence_ranges(d).into_iter().map(move |r| example(d, r, index))).collect()
        });
        fit(cfg, labels, &examples, dev_examples.as_deref(), progress)
    }
}

/// Replace the tags of `docs` with *jack-knifed* predictions: the sentences are split into
/// `folds` contiguous blocks, and each block is tagged by a tagger trained on the other blocks.
///
/// This is how a later stage (the dependency parser) gets training data whose tags are as
/// noisy as the tags it will see at run time. UPOS, XPOS, lemma and FEATS are all replaced.
/// Costs `folds` full trainings with `cfg`; `cfg.passes = 1` makes it several times faster.
pub fn jackknife(cfg: &TrainConfig, docs: &mut [Doc], folds: usize) -> Result<(), TaggerError> {
    let all: Vec<(usize, (usize, usize))> =
        docs.iter().enumerate().flat_map(|(d, doc)| sentence_ranges(doc).into_iter().map(move |r| (d, r))).collect();
    let folds = folds.clamp(2, all.len().max(2));
    let block = |k: usize| (k * all.len() / folds, (k + 1) * all.len() / folds);
    let mut taggers = Vec::with_capacity(folds);
    for k in 0..folds {
        let (lo, hi) = block(k);
        let rest = || all[..lo].iter().chain(&all[hi..]).map(|&(d, r)| (&docs[d], r));
        let labels = collect_labels(rest());
        let index = label_index(&labels);
        let examples: Vec<Example<'_>> = rest().map(|(d, r)| example(d, r, &index)).collect();
        taggers.push(fit(cfg, labels, &examples, None, &mut |_| {})?);
    }
    for (k, tagger) in taggers.iter().enumerate() {
        let (lo, hi) = block(k);
        for &(d, (start, end)) in &all[lo..hi] {
            tagger.tag_range(&mut docs[d], start, end);
        }
    }
    for doc in docs.iter_mut() {
        doc.layers |= annals_doc::Annotator::assigns(&taggers[0]);
    }
    Ok(())
}
