//! Training with a dynamic oracle and exploration (Goldberg & Nivre 2012, 2013).
//!
//! Each training sentence is pseudo-projectivized, then parsed with the current weights. At every
//! configuration the oracle gives each transition's cost (gold arcs it makes unreachable); when
//! the model's choice costs more than the best, the perceptron moves toward the best-scoring
//! cheapest transition. From the second epoch on, the trainer usually *follows the model's wrong
//! move* instead of the gold one, so the model also learns what to do after its own mistakes —
//! which is where a greedy parser spends its time at test time.
//!
//! After each epoch the averaged model is scored on the development documents, when given, and
//! the best epoch is kept. Training is deterministic for a given seed and input order.

use crate::features::{Templates, Words};
use crate::labels::{LIFT_SEP, Labels, Move, ROOT, Transition};
use crate::system::{Gold, NONE, State};
use crate::table::Table;
use crate::{Parser, ParserError, Scratch, allowed, best_legal, features, projective};
use annals_doc::{Doc, Head};
use annals_perceptron::{Model, SplitMix64, Trainer};
use std::collections::HashMap;
use std::ops::Range;
use std::time::Instant;

/// Settings for [`Parser::train`].
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// First epoch (1-based) in which the trainer may follow the model's wrong moves.
    pub explore_from: usize,
    /// Probability of following a wrong move once exploring.
    pub explore_prob: f64,
    /// Averaged weights smaller than this are dropped when the model is frozen. Features seen in
    /// a single update end up below 1.0; dropping those below 0.6 shrinks the model by a fifth
    /// for 0.07 UAS on EWT dev (1.0 would shrink it threefold but cost 0.4).
    pub min_weight: f32,
    /// Lifted labels (`rel|head_rel`) seen fewer times than this are replaced by their plain
    /// relation, so rare crossing patterns do not multiply the classes.
    pub min_lifted: usize,
    /// Models trained (each from its own seed and sentence order) and averaged into one. The
    /// average makes fewer mistakes than any of its members and parses just as fast.
    pub members: usize,
    /// Feature template ids (see `features.rs`) the model leaves out. Every template costs a
    /// table lookup per configuration, so fewer templates parse faster. The default leaves out
    /// the 58 (of 115) that cost nothing measurable on EWT dev when dropped (found by removing
    /// each from a trained model in turn, then retraining without the least useful): the
    /// parser became 2.1 times faster for the same accuracy.
    pub skip_templates: Vec<u32>,
}

/// The templates the shipped recipe leaves out (see [`TrainConfig::skip_templates`]): most
/// word/tag conjunctions of the s0–b0 and s1–s0 pairs, most features of `s1`'s valencies,
/// children and label sets, several tag trigrams, distances and suffix pairs. What is left
/// overlaps less: each removal alone cost at most 0.04 UAS on a trained model.
const SKIPPED_TEMPLATES: [u32; 58] = [
    4, 5, 6, 7, 13, 15, 16, 18, 21, 22, 23, 25, 26, 27, 29, 30, 31, 33, 34, 35, 37, 42, 43, 45, 47, 49, 50, 64, 65, 66,
    67, 70, 71, 78, 79, 80, 81, 85, 86, 93, 94, 95, 96, 103, 104, 105, 113, 114, 126, 127, 128, 129, 131, 132, 136,
    138, 139, 140,
];

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 15,
            seed: 1,
            explore_from: 2,
            explore_prob: 0.9,
            min_weight: 0.6,
            min_lifted: 10,
            members: 1,
            skip_templates: SKIPPED_TEMPLATES.to_vec(),
        }
    }
}

/// Attachment counts over words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attachment {
    /// Words scored.
    pub words: usize,
    /// Words with the right head.
    pub heads: usize,
    /// Words with the right head and the right universal relation (subtypes ignored, as in the
    /// CoNLL 2018 LAS).
    pub labelled: usize,
}

impl Attachment {
    /// Unlabelled attachment score in percent.
    pub fn uas(&self) -> f64 {
        100.0 * self.heads as f64 / self.words.max(1) as f64
    }

    /// Labelled attachment score in percent.
    pub fn las(&self) -> f64 {
        100.0 * self.labelled as f64 / self.words.max(1) as f64
    }
}

/// What happened in one epoch, for progress output.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// 1-based number of the model being trained, when several are averaged.
    pub member: usize,
    /// 1-based epoch number.
    pub epoch: usize,
    /// Transitions taken over the training data.
    pub transitions: u64,
    /// Transitions where the model's choice was worse than the oracle's.
    pub errors: u64,
    /// Scores on the development documents, when given.
    pub dev: Option<Attachment>,
    /// Weights in the frozen model.
    pub weights: usize,
    /// Wall-clock seconds for the epoch (training and scoring).
    pub seconds: f64,
}

/// One training sentence: its words as feature values and its projectivized gold tree.
struct Example {
    words: Words,
    gold: Gold,
}

/// Fill `words` from the tokens of `range` in `doc`.
pub(crate) fn load_words(words: &mut Words, doc: &Doc, range: Range<u32>) {
    words.clear();
    for i in range {
        let t = &doc.tokens[i as usize];
        words.push(doc.form(i as usize), t.xpos.as_deref(), t.upos);
    }
    words.finish();
}

/// The gold tree of a sentence as sentence-relative heads (`n` = root) and relations, or `None`
/// when it is incomplete or not a tree with a single root.
fn gold_tree(doc: &Doc, range: Range<u32>) -> Option<(Vec<u32>, Vec<String>)> {
    let n = range.len() as u32;
    let mut heads = Vec::with_capacity(n as usize);
    let mut rels = Vec::with_capacity(n as usize);
    for i in range.clone() {
        let t = doc.tokens.get(i as usize)?;
        heads.push(match t.head? {
            Head::Root => n,
            Head::Token(h) if range.contains(&h) => h - range.start,
            Head::Token(_) => return None,
        });
        rels.push(t.deprel.as_deref()?.to_string());
    }
    if heads.iter().filter(|&&h| h == n).count() != 1 {
        return None;
    }
    // Acyclic: every word reaches the root within n steps.
    for start in 0..n {
        let mut x = start;
        let mut steps = 0;
        while x != n {
            x = heads[x as usize];
            steps += 1;
            if steps > n {
                return None;
            }
        }
    }
    Some((heads, rels))
}

/// The universal part of a relation (`nsubj:pass` → `nsubj`).
fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Attachment scores of `parser` on the gold trees of `docs`. Sentences without a complete gold
/// tree are skipped.
fn score(parser: &Parser, docs: &[Doc], scratch: &mut Scratch) -> Attachment {
    let mut out = Attachment::default();
    for doc in docs {
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            let Some((heads, rels)) = gold_tree(doc, range.clone()) else { continue };
            load_words(&mut scratch.words, doc, range);
            parser.parse_words(scratch);
            for k in 0..heads.len() {
                out.words += 1;
                if scratch.heads[k] == heads[k] {
                    out.heads += 1;
                    let predicted = parser.labels.relation(scratch.state.labels[k]);
                    if universal(predicted) == universal(&rels[k]) {
                        out.labelled += 1;
                    }
                }
            }
        }
    }
    out
}

/// Projectivize the training trees and build the label inventory.
fn prepare(config: &TrainConfig, docs: &[Doc]) -> Result<(Labels, Vec<Example>), ParserError> {
    let mut trees = Vec::new();
    for doc in docs {
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            if range.is_empty() {
                continue;
            }
            let Some((mut heads, mut rels)) = gold_tree(doc, range.clone()) else { continue };
            projective::projectivize(&mut heads, &mut rels);
            let mut words = Words::default();
            load_words(&mut words, doc, range);
            trees.push((words, heads, rels));
        }
    }
    if trees.is_empty() {
        return Err(ParserError::NoTrainingData);
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, _, rels) in &trees {
        for r in rels {
            *counts.entry(r.as_str()).or_default() += 1;
        }
    }
    let keep = |name: &str, count: usize| !name.contains(LIFT_SEP) || count >= config.min_lifted;
    let mut names: Vec<(String, usize)> =
        counts.iter().filter(|&(n, &c)| keep(n, c)).map(|(n, &c)| (n.to_string(), c)).collect();
    // Plain relations of rare lifted labels must exist even if never seen alone.
    for (name, _) in counts.iter().filter(|&(n, &c)| !keep(n, c)) {
        let plain = name.split(LIFT_SEP).next().unwrap_or(name);
        if !names.iter().any(|(n, _)| n == plain) {
            names.push((plain.to_string(), 0));
        }
    }
    for required in [ROOT, "dep"] {
        if !names.iter().any(|(n, _)| n == required) {
            names.push((required.to_string(), 0));
        }
    }
    // Most frequent first, then by name: a stable order whatever the hash map did.
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let labels = Labels::new(names.into_iter().map(|(n, _)| n).collect()).ok_or(ParserError::NoTrainingData)?;
    let examples = trees
        .into_iter()
        .map(|(words, heads, rels)| {
            let ids = rels
                .iter()
                .map(|r| {
                    labels.get(r).or_else(|| labels.get(r.split(LIFT_SEP).next().unwrap_or(r))).unwrap_or_default()
                })
                .collect();
            Example { words, gold: Gold::new(heads, ids) }
        })
        .collect();
    Ok((labels, examples))
}

/// Cost of a labelled transition: the move's cost plus one when it builds a gold arc with the
/// wrong label.
#[inline]
fn cost(t: Transition, costs: &[u32; 3], state: &State, gold: &Gold) -> u32 {
    let s0 = state.s(0);
    match t.mv {
        Move::Shift => costs[0],
        Move::Left => {
            let wrong = s0 != NONE && gold.heads[s0 as usize] == state.b && gold.labels[s0 as usize] != t.label;
            costs[1].saturating_add(u32::from(wrong))
        }
        Move::Right => {
            let wrong = s0 != NONE && gold.heads[s0 as usize] == state.s(1) && gold.labels[s0 as usize] != t.label;
            costs[2].saturating_add(u32::from(wrong))
        }
    }
}

impl Parser {
    /// Train a parser on the gold trees of `train` (words, tags, heads and relations; sentences
    /// without a complete tree are skipped), choosing the best epoch on `dev` when given.
    /// `on_epoch` is called after every epoch, e.g. to print progress.
    pub fn train(
        config: &TrainConfig,
        train: &[Doc],
        dev: Option<&[Doc]>,
        mut on_epoch: impl FnMut(&EpochReport),
    ) -> Result<Parser, ParserError> {
        let (labels, examples) = prepare(config, train)?;
        let templates = Templates::without(&config.skip_templates);
        let mut members = Vec::new();
        for member in 1..=config.members.max(1) {
            let seed = config.seed.wrapping_add(member as u64 - 1);
            members.push(train_member(config, seed, member, &labels, &examples, dev, &mut on_epoch));
        }
        let table = match members.as_slice() {
            [one] => Table::build(one).pruned(config.min_weight),
            many => average(many, labels.n_classes(), config.min_weight),
        };
        Ok(Parser { table, labels, templates })
    }
}

/// The average of several models' weights, without those below `min_weight`.
fn average(models: &[Model], n_classes: usize, min_weight: f32) -> Table {
    let mut sums: HashMap<u64, Vec<(u16, f32)>> = HashMap::new();
    for model in models {
        for (key, classes, weights) in model.rows() {
            let row = sums.entry(key).or_default();
            for (&c, &w) in classes.iter().zip(weights) {
                match row.iter_mut().find(|(rc, _)| *rc == c) {
                    Some((_, sum)) => *sum += w,
                    None => row.push((c, w)),
                }
            }
        }
    }
    let k = models.len() as f32;
    let mut rows: Vec<(u64, Vec<u16>, Vec<f32>)> = sums
        .into_iter()
        .map(|(key, mut row): (u64, Vec<(u16, f32)>)| {
            row.retain(|&(_, w)| (w / k).abs() >= min_weight.max(f32::MIN_POSITIVE));
            row.sort_unstable_by_key(|&(c, _)| c);
            let classes: Vec<u16> = row.iter().map(|&(c, _)| c).collect();
            let weights: Vec<f32> = row.iter().map(|&(_, w)| w / k).collect();
            (key, classes, weights)
        })
        .filter(|(_, c, _)| !c.is_empty())
        .collect();
    // Key order, so the same members always give the same bytes.
    rows.sort_unstable_by_key(|(key, _, _)| *key);
    Table::build_rows(n_classes, || rows.iter().map(|(k, c, w)| (*k, c.as_slice(), w.as_slice())))
}

/// Train one model from `seed`; returns the averaged weights of its best epoch on `dev` (or of
/// its last epoch without development data).
fn train_member(
    config: &TrainConfig,
    seed: u64,
    member: usize,
    labels: &Labels,
    examples: &[Example],
    dev: Option<&[Doc]>,
    on_epoch: &mut impl FnMut(&EpochReport),
) -> Model {
    let n_classes = labels.n_classes();
    let root = labels.root();
    let templates = Templates::without(&config.skip_templates);
    let mut trainer = Trainer::new(n_classes);
    let mut rng = SplitMix64::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::default();
    let mut on_stack = Vec::new();
    let mut feats = Vec::new();
    let mut scores = vec![0.0f32; n_classes];
    let mut scratch = Scratch::default();
    let mut best: Option<(Attachment, Model)> = None;

    for epoch in 1..=config.epochs.max(1) {
        let started = Instant::now();
        let explore = epoch >= config.explore_from;
        rng.shuffle(&mut order);
        let (mut transitions, mut errors) = (0u64, 0u64);
        for &i in &order {
            let Example { words, gold } = &examples[i];
            state.reset(words.len());
            on_stack.clear();
            on_stack.resize(words.len() + 1, false);
            while !state.is_final() {
                features::extract(&state, words, &templates, &mut feats);
                trainer.scores(&feats, &mut scores);
                let predicted = best_legal(&state, words, &scores, root);
                let costs = gold.costs(&state, &on_stack);
                // The cheapest allowed transition, best-scoring among equals.
                let mut target = predicted;
                let mut target_cost = cost(predicted, &costs, &state, gold);
                let mut target_score = scores[predicted.class()];
                for (class, &s) in scores.iter().enumerate() {
                    let t = Transition::from_class(class);
                    if !allowed(&state, words, t, root) {
                        continue;
                    }
                    let c = cost(t, &costs, &state, gold);
                    if c < target_cost || (c == target_cost && s > target_score) {
                        (target, target_cost, target_score) = (t, c, s);
                    }
                }
                let predicted_cost = cost(predicted, &costs, &state, gold);
                let next = if predicted_cost > target_cost {
                    trainer.update(&feats, target.class(), predicted.class());
                    errors += 1;
                    if explore && rng.unit() < config.explore_prob { predicted } else { target }
                } else {
                    predicted
                };
                trainer.step();
                transitions += 1;
                match next.mv {
                    Move::Shift => on_stack[state.b as usize] = true,
                    Move::Left | Move::Right => {
                        if let Some(&s0) = state.stack.last() {
                            on_stack[s0 as usize] = false;
                        }
                    }
                }
                state.apply(next, labels);
            }
        }
        let model = trainer.finish(0.0);
        let parser =
            Parser { table: Table::build(&model).pruned(config.min_weight), labels: labels.clone(), templates };
        let dev_score = dev.map(|docs| score(&parser, docs, &mut scratch));
        on_epoch(&EpochReport {
            member,
            epoch,
            transitions,
            errors,
            dev: dev_score,
            weights: parser.table.n_weights(),
            seconds: started.elapsed().as_secs_f64(),
        });
        let better = match (&best, dev_score) {
            (None, _) | (_, None) => true,
            (Some((b, _)), Some(d)) => (d.labelled, d.heads) > (b.labelled, b.heads),
        };
        if better {
            best = Some((dev_score.unwrap_or_default(), model));
        }
    }
    best.map(|(_, m)| m).unwrap_or_else(|| trainer.finish(0.0))
}
