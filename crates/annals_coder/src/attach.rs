//! What a coded event needs besides its participants: its date, its place, its casualty figures,
//! whether it is historical background, and how sure the coder is.
//!
//! The coder ([`crate::coder`]) finds events and their actors from syntax alone. Dates, places and
//! quantities are found by other stages (times, gazetteer, quantities); this module receives them
//! as plain spans ([`Evidence`]) so that the coder does not depend on those crates, and ties them
//! to events through the dependency tree:
//!
//! - **Date.** A time expression whose head lies in the trigger's subtree (or under an event
//!   noun the trigger governs: "signed *the 1994 ceasefire*"), on a path that does not pass
//!   through a nested clause or another event's trigger ("said on Monday that Y attacked": Monday
//!   dates the saying, not the attack). The closest such time wins. Without one the event is
//!   dated by the publication date, else `XXXX-XX-XX` (unknown).
//! - **Historical.** An asserted event whose own date lies in an earlier year than the
//!   publication date (for a year inferred from the publication date, such as "June 3", at least
//!   two years earlier), or, with no publication date, an explicit year, decade or range in a
//!   past-tense clause, becomes `historical`. Background runs on: an asserted, undated, not
//!   present-tense event in a sentence right after a historical sentence of the same paragraph is
//!   historical too, and takes that sentence's date ("Since the war in the early 1990s … . More
//!   than 20,000 Azerbaijanis were killed …"). Stronger modalities (negated, refused, demanded,
//!   hypothetical, intended) are never overwritten.
//! - **Place.** A prepositional phrase of the trigger, of its object noun, or of an event noun's
//!   of-argument ("the meeting of the ministers *in Moscow*"), introduced by one of the
//!   prepositions in `data/attach.txt` ("met *in Moscow*") whose head is a resolved place.
//!   Nothing else: a place elsewhere in the sentence is not assumed to be the event's.
//! - **Magnitude.** For triggers listed in `data/attach.txt` (kill → killed, flee → displaced,
//!   protest → crowd size, …), the quantity inside the phrase that names the people counted, or
//!   one for each indefinite singular ("an Azerbaijani serviceman").
//! - **Confidence** (0–1) adds up what is known (the weights are [`Confidence`]'s constants):
//!   `0.3` base, `+0.2` when a dictionary pattern matched rather than the bare verb, `+0.15` each
//!   for a source and a target, `+0.1` when the sentence is short enough (≤ 40 tokens) to be
//!   parsed reliably, `+0.1` when the trigger is a verb with a subject, object or oblique of its
//!   own (its arguments did not have to be inherited or guessed).
//!
//! Key design decision: every rule is conservative. An event with no syntactic link to a time,
//! place or figure gets none (apart from the publication date, which the record marks as such),
//! because a wrong date or casualty count is worse for analysts than a missing one.

use crate::coder::{CodedEvent, SentenceCoding};
use crate::modality::Modality;
use crate::syntax::Tree;
use annals_doc::{Doc, Span, Upos};
use std::collections::{HashMap, HashSet};

const TABLE: &str = include_str!("../data/attach.txt");

/// What a time expression is, as far as dating events goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// A calendar point or period ("June 3", "1994", "the early 1990s", "April to November
    /// 1993"): it can date an event.
    Point,
    /// "now", "recently", "to this day": it says the event is not background, but gives no date.
    Reference,
    /// A duration or a recurring time: neither.
    Other,
}

/// A time expression, as found by the time recogniser.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeRef {
    /// Bytes of the expression.
    pub span: Span,
    /// TIMEX3-style value (`2019-06-03`, `XXXX-06-03`, `199X`, `1993-04/1993-11`).
    pub value: String,
    /// Granularity spelling (`day`, `month`, `year`, `decade`, …).
    pub granularity: String,
    /// What it can be used for.
    pub kind: TimeKind,
    /// True when the year is not written but taken from the publication date or context.
    pub year_inferred: bool,
}

/// A place mention resolved by the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRef {
    /// Bytes of the mention.
    pub span: Span,
    /// The caller's index of the place.
    pub place: usize,
}

/// A quantity found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityRef {
    /// Bytes of the quantity ("More than 20,000").
    pub span: Span,
    /// Lowest value.
    pub min: Option<f64>,
    /// Highest value.
    pub max: Option<f64>,
    /// True for a measure with a unit (percent, money): not a head count.
    pub measure: bool,
    /// Bytes of the noun it counts ("Azerbaijanis" of "More than 20,000 Azerbaijanis"), if known.
    pub noun: Option<Span>,
}

/// Everything other stages found that events can be tied to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence<'a> {
    /// Time expressions, in text order.
    pub times: &'a [TimeRef],
    /// Place mentions, in text order.
    pub places: &'a [PlaceRef],
    /// Quantities, in text order.
    pub quantities: &'a [QuantityRef],
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBasis {
    /// A time expression of the text.
    Text,
    /// The publication date.
    Publication,
    /// Nothing: the value is `XXXX-XX-XX`.
    Unknown,
}

impl DateBasis {
    /// The record's spelling: `text`, `publication` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Text => "text",
            DateBasis::Publication => "publication",
            DateBasis::Unknown => "unknown",
        }
    }
}

/// The date of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDate {
    /// TIMEX3-style value.
    pub value: String,
    /// Granularity spelling.
    pub granularity: String,
    /// Where it comes from.
    pub basis: DateBasis,
    /// Index into [`Evidence::times`] when the basis is the text.
    pub time: Option<usize>,
    /// True when the time belongs to an earlier background sentence of the paragraph rather than
    /// to the event's own sentence.
    pub inherited: bool,
}

/// The casualty or size figures of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// People killed.
    Killed,
    /// People injured.
    Injured,
    /// People displaced.
    Displaced,
    /// People arrested or detained.
    Arrested,
    /// Size of a crowd.
    Size,
}

impl Field {
    fn parse(s: &str) -> Option<Field> {
        Some(match s {
            "killed" => Field::Killed,
            "injured" => Field::Injured,
            "displaced" => Field::Displaced,
            "arrested" => Field::Arrested,
            "size" => Field::Size,
            _ => return None,
        })
    }
}

/// A figure with bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// Lowest value the text allows.
    pub min: Option<f64>,
    /// Highest value the text allows.
    pub max: Option<f64>,
    /// Bytes of the text it was read from.
    pub span: Span,
}

/// Casualty and size figures; at most one field is set by this module, but the type is the
/// record's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Magnitude {
    /// People killed.
    pub killed: Option<Amount>,
    /// People injured.
    pub injured: Option<Amount>,
    /// People displaced.
    pub displaced: Option<Amount>,
    /// People arrested.
    pub arrested: Option<Amount>,
    /// Crowd size.
    pub size: Option<Amount>,
}

impl Magnitude {
    /// The figure for `field`.
    pub fn get(&self, field: Field) -> Option<&Amount> {
        match field {
            Field::Killed => self.killed.as_ref(),
            Field::Injured => self.injured.as_ref(),
            Field::Displaced => self.displaced.as_ref(),
            Field::Arrested => self.arrested.as_ref(),
            Field::Size => self.size.as_ref(),
        }
    }

    fn set(&mut self, field: Field, amount: Amount) {
        let slot = match field {
            Field::Killed => &mut self.killed,
            Field::Injured => &mut self.injured,
            Field::Displaced => &mut self.displaced,
            Field::Arrested => &mut self.arrested,
            Field::Size => &mut self.size,
        };
        *slot = Some(amount);
    }

    /// True when no figure is set.
    pub fn is_empty(&self) -> bool {
        self.killed.is_none()
            && self.injured.is_none()
            && self.displaced.is_none()
            && self.arrested.is_none()
            && self.size.is_none()
    }
}

/// What this module adds to one [`CodedEvent`].
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    /// When.
    pub date: EventDate,
    /// Where: the caller's place index ([`PlaceRef::place`]).
    pub place: Option<usize>,
    /// How many.
    pub magnitude: Magnitude,
    /// The coder's modality, or `Historical` for background (see the module docs).
    pub modality: Modality,
    /// 0–1, see [`Confidence`].
    pub confidence: f32,
}

/// The weights of the confidence score (see the module docs).
#[derive(Debug, Clone, Copy)]
pub struct Confidence;

impl Confidence {
    /// Every coded event starts here.
    pub const BASE: f32 = 0.3;
    /// A dictionary pattern matched, not just the verb.
    pub const PATTERN: f32 = 0.2;
    /// The event has a source.
    pub const SOURCE: f32 = 0.15;
    /// The event has a target.
    pub const TARGET: f32 = 0.15;
    /// The sentence has at most [`Confidence::SHORT_SENTENCE`] tokens.
    pub const SHORT: f32 = 0.1;
    /// The trigger is a verb with arguments of its own.
    pub const OWN_ARGUMENTS: f32 = 0.1;
    /// Longest sentence counted as short.
    pub const SHORT_SENTENCE: usize = 40;
}

/// Which phrase holds the people a casualty verb counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Object,
    Subject,
}

/// The attachment rules, read from `data/attach.txt`.
#[derive(Debug, Clone)]
pub struct Attacher {
    casualties: HashMap<String, (Field, Role)>,
    place_preps: HashSet<String>,
}

impl Default for Attacher {
    fn default() -> Attacher {
        Attacher::parse(TABLE).expect("the embedded attachment table is valid")
    }
}

/// Per-sentence facts the rules share.
struct SentenceView<'t, 'd> {
    tree: &'t Tree<'d>,
    /// Trigger tokens of every event of the sentence.
    triggers: HashSet<usize>,
    /// (index into `Evidence::times`, head token) of the sentence's times.
    times: Vec<(usize, usize)>,
}

impl Attacher {
    /// Read a table in the format of `data/attach.txt`.
    pub fn parse(text: &str) -> Result<Attacher, String> {
        let mut out = Attacher { casualties: HashMap::new(), place_preps: HashSet::new() };
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            match parts.next() {
                Some("casualty") => {
                    let (Some(field), Some(role)) = (parts.next(), parts.next()) else {
                        return Err(format!("attach.txt:{}: want `casualty FIELD ROLE LEMMA…`", n + 1));
                    };
                    let field = Field::parse(field).ok_or_else(|| {
                        format!(
                            "attach.txt:{}: unknown field `{field}` (use killed, injured, displaced, arrested or size)",
                            n + 1
                        )
                    })?;
                    let role = match role {
                        "object" => Role::Object,
                        "subject" => Role::Subject,
                        other => {
                            return Err(format!(
                                "attach.txt:{}: unknown role `{other}` (use object or subject)",
                                n + 1
                            ));
                        }
                    };
                    for lemma in parts {
                        out.casualties.insert(lemma.to_lowercase(), (field, role));
                    }
                }
                Some("place") => out.place_preps.extend(parts.map(str::to_lowercase)),
                Some(other) => {
                    return Err(format!("attach.txt:{}: unknown kind `{other}` (use casualty or place)", n + 1));
                }
                None => {}
            }
        }
        Ok(out)
    }

    /// The attachment of every event of `codings` (one list per sentence, parallel to each
    /// sentence's `events`). `codings` must hold one entry per sentence of `doc`, in order;
    /// extra or missing entries are tolerated (missing sentences have no events).
    pub fn attach(&self, doc: &Doc, codings: &[SentenceCoding], evidence: &Evidence<'_>) -> Vec<Vec<Attachment>> {
        let publication = doc.meta.date.map(|d| d.to_string());
        let pub_year = publication.as_deref().and_then(|p| p.get(..4)).and_then(|y| y.parse::<i32>().ok());
        // Each sentence's times, and (below) its places and quantities, looked up once, so that a
        // huge document costs time in proportion to its size.
        let mut times_by_sentence: Vec<Vec<(usize, usize)>> = vec![Vec::new(); doc.sentences.len()];
        for (t, sentence, head) in time_heads(doc, evidence.times) {
            times_by_sentence[sentence].push((t, head));
        }
        let mut out = Vec::with_capacity(codings.len());
        // The date of the previous sentence when it was historical background.
        let mut background: Option<EventDate> = None;
        for (s, coding) in codings.iter().enumerate() {
            if s >= doc.sentences.len() {
                out.push(Vec::new());
                continue;
            }
            if doc.sentences[s].newpar {
                background = None;
            }
            let tree = Tree::new(doc, s);
            let view = SentenceView {
                tree: &tree,
                triggers: coding.events.iter().map(|e| e.trigger).collect(),
                times: std::mem::take(&mut times_by_sentence[s]),
            };
            let span = doc.sentences[s].span;
            let places = within(evidence.places, span, |p| p.span);
            let quantities = within(evidence.quantities, span, |q| q.span);
            // The sentence's background date: its own historical time, else one it inherited.
            let mut here: Option<EventDate> = None;
            let mut here_inherited: Option<EventDate> = None;
            let mut dated_by_text = false;
            let mut attachments = Vec::with_capacity(coding.events.len());
            for e in &coding.events {
                let own = self.own_time(&view, e.trigger, evidence);
                let mut date = match own {
                    Some(t) if evidence.times[t].kind == TimeKind::Point => {
                        dated_by_text = true;
                        let time = &evidence.times[t];
                        EventDate {
                            value: time.value.clone(),
                            granularity: time.granularity.clone(),
                            basis: DateBasis::Text,
                            time: Some(t),
                            inherited: false,
                        }
                    }
                    _ => undated(publication.as_deref()),
                };
                let own_historical = own.is_some_and(|t| {
                    let time = &evidence.times[t];
                    time.kind == TimeKind::Point && is_historical(time, pub_year, past_tense(&tree, e.trigger))
                });
                let mut historical = own_historical;
                if own.is_none()
                    && e.modality == Modality::Asserted
                    && !present_tense(&tree, e.trigger)
                    && let Some(bg) = &background
                {
                    historical = true;
                    date = EventDate { inherited: true, ..bg.clone() };
                }
                if own_historical && here.is_none() {
                    here = Some(date.clone());
                } else if historical && here_inherited.is_none() {
                    here_inherited = Some(date.clone());
                }
                let modality =
                    if historical && e.modality == Modality::Asserted { Modality::Historical } else { e.modality };
                attachments.push(Attachment {
                    place: self.place_of(&tree, e.trigger, places),
                    magnitude: self.magnitude_of(&tree, e.trigger, quantities),
                    confidence: confidence(&tree, e),
                    date,
                    modality,
                });
            }
            if here.is_none() {
                here = here_inherited;
            }
            // A historical time on the main clause makes the sentence background even when it
            // codes no event ("The conflict arose in 1988 …").
            if here.is_none()
                && let Some(root) = tree.root()
                && let Some(t) = self.own_time(&view, root, evidence)
            {
                let time = &evidence.times[t];
                if time.kind == TimeKind::Point && is_historical(time, pub_year, past_tense(&tree, root)) {
                    here = Some(EventDate {
                        value: time.value.clone(),
                        granularity: time.granularity.clone(),
                        basis: DateBasis::Text,
                        time: Some(t),
                        inherited: false,
                    });
                } else {
                    dated_by_text = true;
                }
            }
            // Past-tense narration with no date of its own carries the background on.
            if here.is_none()
                && !dated_by_text
                && coding.events.is_empty()
                && tree.root().is_some_and(|r| past_tense(&tree, r))
            {
                here = background.clone().map(|d| EventDate { inherited: true, ..d });
            }
            background = here;
            out.push(attachments);
        }
        out
    }

    /// The time attached to `v`: in its subtree, reached without crossing a nested clause or
    /// another event's trigger; the closest in the tree, then in the text.
    fn own_time(&self, view: &SentenceView<'_, '_>, v: usize, evidence: &Evidence<'_>) -> Option<usize> {
        let tree = view.tree;
        let mut best: Option<(usize, usize, usize)> = None;
        for &(t, head) in &view.times {
            if evidence.times[t].kind == TimeKind::Other {
                continue;
            }
            let mut x = head;
            let mut steps = 0usize;
            let reached = loop {
                let Some(h) = tree.head(x) else { break false };
                steps += 1;
                if h == v {
                    break true;
                }
                if steps > tree.tokens().len() || view.triggers.contains(&h) || heads_clause(tree, h) {
                    break false;
                }
                x = h;
            };
            if reached {
                let key = (steps, head.abs_diff(v), t);
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        }
        best.map(|(_, _, t)| t)
    }

    /// The place of the event at `v` (see the module docs).
    fn place_of(&self, tree: &Tree<'_>, v: usize, places: &[PlaceRef]) -> Option<usize> {
        let mut holders = vec![v];
        holders.extend(tree.children_with(v, "obj"));
        // "the meeting of the ministers in Moscow": parsers often hang the place on the event
        // noun's of-argument; people are rarely qualified by where they are.
        if matches!(tree.upos(v), Upos::Noun) {
            holders.extend(tree.children_with(v, "nmod").filter(|&c| tree.case_marker(c).as_deref() == Some("of")));
        }
        for h in holders {
            for &c in tree.children(h) {
                if !matches!(tree.rel(c), "obl" | "nmod") {
                    continue;
                }
                let Some(marker) = tree.case_marker(c) else { continue };
                if !self.place_preps.contains(&marker) {
                    continue;
                }
                let head = tree.doc().tokens[c].span;
                if let Some(p) = places.iter().find(|p| p.span.contains(head)) {
                    return Some(p.place);
                }
            }
        }
        None
    }

    /// The casualty or crowd figure of the event at `v` (see the module docs).
    fn magnitude_of(&self, tree: &Tree<'_>, v: usize, quantities: &[QuantityRef]) -> Magnitude {
        let mut out = Magnitude::default();
        let Some(&(field, role)) = self.casualties.get(&tree.lemma(v)) else { return out };
        let patient = match role {
            // "people protesting", or a participle the tagger took for one: the modified noun.
            Role::Subject => tree.subject(v).or_else(|| (tree.rel(v) == "acl").then(|| tree.head(v)).flatten()),
            Role::Object => object_patient(tree, v),
        };
        let Some(patient) = patient.map(|p| antecedent(tree, p)) else { return out };
        if let Some(amount) = count(tree, patient, quantities) {
            out.set(field, amount);
        }
        out
    }
}

/// The people a transitive casualty verb counts: passive subject, object, or the of-phrase of a
/// nominal trigger; for a reduced passive ("soldiers killed in the attack") the modified noun.
fn object_patient(tree: &Tree<'_>, v: usize) -> Option<usize> {
    if tree.is_passive(v) {
        if let Some(s) = tree.child(v, "nsubj:pass") {
            return Some(s);
        }
        if tree.rel(v) == "acl" {
            return tree.head(v);
        }
    }
    if matches!(tree.upos(v), Upos::Noun | Upos::Propn) {
        return tree.children_with(v, "nmod").find(|&c| tree.case_marker(c).as_deref() == Some("of"));
    }
    tree.child(v, "obj")
}

/// A relative pronoun stands for the noun its clause modifies ("soldiers who were killed").
fn antecedent(tree: &Tree<'_>, t: usize) -> usize {
    let relative = matches!(tree.xpos(t), "WDT" | "WP") || (tree.lemma(t) == "that" && tree.upos(t) == Upos::Pron);
    if relative
        && let Some(clause) = tree.head(t)
        && tree.deprel(clause).starts_with("acl")
        && let Some(noun) = tree.head(clause)
    {
        return noun;
    }
    t
}

/// The figure a patient phrase gives: a head count inside each conjunct's phrase, or one for an
/// indefinite singular; the conjuncts' figures add up ("a soldier and two civilians" → 3).
fn count(tree: &Tree<'_>, patient: usize, quantities: &[QuantityRef]) -> Option<Amount> {
    let conjuncts = tree.conjuncts(tree.first_conjunct(patient));
    let mut figures: Vec<Amount> = Vec::new();
    let mut missing = 0usize;
    for &c in &conjuncts {
        let phrase = tree.phrase(c);
        let span = tree.span_of(&phrase);
        let head = tree.doc().tokens[c].span;
        // Inside the phrase, or counting its head wherever the parser put the number.
        let counts =
            |q: &&QuantityRef| !q.measure && (span.contains(q.span) || q.noun.is_some_and(|n| n.contains(head)));
        if let Some(q) = quantities.iter().find(counts) {
            figures.push(Amount { min: q.min, max: q.max, span: q.span });
        } else if indefinite_singular(tree, c) {
            figures.push(Amount { min: Some(1.0), max: Some(1.0), span });
        } else {
            missing += 1;
        }
    }
    match figures.len() {
        0 => None,
        1 if missing == 0 => figures.pop(),
        _ => {
            let span = figures.iter().map(|f| f.span).reduce(Span::cover).unwrap_or_default();
            let sum = |get: fn(&Amount) -> Option<f64>| figures.iter().map(get).sum::<Option<f64>>();
            // With a conjunct of unknown size the sum is only a lower bound.
            let max = if missing == 0 { sum(|f| f.max) } else { None };
            Some(Amount { min: sum(|f| f.min), max, span })
        }
    }
}

/// "an Azerbaijani serviceman": a singular common or proper noun with the article *a*/*an*.
fn indefinite_singular(tree: &Tree<'_>, n: usize) -> bool {
    matches!(tree.upos(n), Upos::Noun | Upos::Propn)
        && matches!(tree.xpos(n), "NN" | "NNP")
        && tree.children_with(n, "det").any(|d| matches!(tree.lemma(d).as_str(), "a" | "an"))
}

/// True when token `h` heads a clause of its own (so a time below it belongs to that clause).
fn heads_clause(tree: &Tree<'_>, h: usize) -> bool {
    match tree.rel(h) {
        "acl" | "advcl" | "ccomp" | "csubj" | "parataxis" | "xcomp" => true,
        "conj" => matches!(tree.upos(h), Upos::Verb | Upos::Aux),
        _ => false,
    }
}

/// The items (in text order) that start inside `span`.
fn within<T>(items: &[T], span: Span, of: impl Fn(&T) -> Span) -> &[T] {
    let from = items.partition_point(|x| of(x).start < span.start);
    let to = items.partition_point(|x| of(x).start < span.end);
    &items[from..to.max(from)]
}

/// For each time: (index, sentence, head token). The head is the token of the expression whose
/// syntactic head lies outside it. Times that cover no token are left out.
fn time_heads(doc: &Doc, times: &[TimeRef]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (t, time) in times.iter().enumerate() {
        let first = doc.tokens.partition_point(|tok| tok.span.end <= time.span.start);
        let mut inside = Vec::new();
        for (i, tok) in doc.tokens.iter().enumerate().skip(first) {
            if tok.span.start >= time.span.end {
                break;
            }
            if time.span.contains(tok.span) {
                inside.push(i);
            }
        }
        let Some(&start) = inside.first() else { continue };
        let Some(sentence) = doc.sentence_of(start) else { continue };
        let head = inside
            .iter()
            .copied()
            .find(|&i| match doc.tokens[i].head {
                Some(annals_doc::Head::Token(h)) => !inside.contains(&(h as usize)),
                _ => true,
            })
            .unwrap_or(start);
        out.push((t, sentence, head));
    }
    out
}

/// The event at `v` is in a past-tense clause: a past-tense verb, a past auxiliary (was, had,
/// did), or a perfect ("have occupied").
fn past_tense(tree: &Tree<'_>, v: usize) -> bool {
    if tree.xpos(v) == "VBD" {
        return true;
    }
    tree.children(v)
        .iter()
        .any(|&c| tree.rel(c) == "aux" && (tree.xpos(c) == "VBD" || (tree.lemma(c) == "have" && tree.xpos(v) == "VBN")))
}

/// The event at `v` is in a present-tense clause ("refuses", "is attacking"), perfects apart.
fn present_tense(tree: &Tree<'_>, v: usize) -> bool {
    let auxes: Vec<usize> = tree.children(v).iter().copied().filter(|&c| tree.rel(c) == "aux").collect();
    if let Some(&first) = auxes.first() {
        return matches!(tree.xpos(first), "VBZ" | "VBP") && tree.lemma(first) != "have";
    }
    // A copula carries the tense of a nominal or adjectival predicate.
    if let Some(cop) = tree.child(v, "cop") {
        return matches!(tree.xpos(cop), "VBZ" | "VBP");
    }
    matches!(tree.xpos(v), "VBZ" | "VBP")
}

/// The latest year a TIMEX value allows: `1994` → 1994, `199X` → 1999, `19XX` → 1999,
/// `1993-04/1993-11` → 1993; `None` without a year (`XXXX-06-03`, `PRESENT_REF`).
pub fn latest_year(value: &str) -> Option<i32> {
    let last = value.rsplit('/').next().unwrap_or(value);
    let year = last.get(..4)?;
    let digits = year.chars().take_while(char::is_ascii_digit).count();
    if digits < 2 || !year[digits..].chars().all(|c| c == 'X') {
        return None;
    }
    let known: i32 = year[..digits].parse().ok()?;
    let scale = 10i32.pow(4 - digits as u32);
    Some(known * scale + scale - 1)
}

/// Whether a time makes an event historical (see the module docs).
fn is_historical(time: &TimeRef, pub_year: Option<i32>, past: bool) -> bool {
    let Some(latest) = latest_year(&time.value) else { return false };
    match pub_year {
        // A year taken from the publication date ("June 3", "last week") may just cross New
        // Year: only a gap of more than one year is clearly background.
        Some(p) if time.year_inferred => latest < p - 1,
        Some(p) => latest < p,
        None => {
            let coarse = matches!(time.granularity.as_str(), "year" | "decade" | "century") || time.value.contains('/');
            past && coarse && !time.year_inferred
        }
    }
}

/// The date of an event with no time of its own.
fn undated(publication: Option<&str>) -> EventDate {
    match publication {
        Some(p) => EventDate {
            value: p.to_string(),
            granularity: "day".into(),
            basis: DateBasis::Publication,
            time: None,
            inherited: false,
        },
        None => EventDate {
            value: "XXXX-XX-XX".into(),
            granularity: "day".into(),
            basis: DateBasis::Unknown,
            time: None,
            inherited: false,
        },
    }
}

/// The confidence score (see [`Confidence`]).
fn confidence(tree: &Tree<'_>, e: &CodedEvent) -> f32 {
    let mut c = Confidence::BASE;
    if e.pattern_line.is_some() {
        c += Confidence::PATTERN;
    }
    if e.source.is_some() {
        c += Confidence::SOURCE;
    }
    if e.target.is_some() {
        c += Confidence::TARGET;
    }
    if tree.tokens().len() <= Confidence::SHORT_SENTENCE {
        c += Confidence::SHORT;
    }
    let own_arguments =
        tree.children(e.trigger).iter().any(|&a| matches!(tree.rel(a), "nsubj" | "obj" | "obl" | "iobj" | "csubj"));
    if tree.upos(e.trigger) == Upos::Verb && own_arguments {
        c += Confidence::OWN_ARGUMENTS;
    }
    // Rounded so the record reads cleanly (0.85, not 0.8500001).
    (c.min(1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::Participant;
    use annals_doc::parse_conllu;

    /// A document from hand-written CoNLL-U rows `form lemma UPOS XPOS head deprel` (1-based heads
    /// within the sentence); sentences are separated by an empty string, a `#newpar` row starts a
    /// paragraph.
    fn doc(rows: &[&str], date: Option<&str>) -> Doc {
        let mut conllu = String::new();
        let mut k = 0;
        for row in rows {
            if row.is_empty() {
                conllu.push('\n');
                k = 0;
                continue;
            }
            if *row == "#newpar" {
                conllu.push_str("# newpar\n");
                continue;
            }
            k += 1;
            let f: Vec<&str> = row.split_whitespace().collect();
            conllu.push_str(&format!("{k}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n", f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        conllu.push('\n');
        let parsed = parse_conllu(&conllu, "t");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let mut d = parsed.docs.into_iter().next().expect("one doc");
        d.meta.date = date.map(|s| s.parse().expect("date"));
        d
    }

    /// The byte span of the `n`-th occurrence (0-based) of `needle`.
    fn span(d: &Doc, needle: &str) -> Span {
        let at = d.text.find(needle).unwrap_or_else(|| panic!("`{needle}` not in {:?}", d.text));
        Span::new(at, at + needle.len())
    }

    fn token(d: &Doc, form: &str) -> usize {
        (0..d.tokens.len()).find(|&i| d.form(i) == form).unwrap_or_else(|| panic!("no token `{form}`"))
    }

    fn event(d: &Doc, trigger: &str, modality: Modality) -> CodedEvent {
        let t = token(d, trigger);
        CodedEvent {
            sentence: d.sentence_of(t).expect("sentence"),
            trigger: t,
            trigger_span: d.tokens[t].span,
            cameo: "190".into(),
            source: None,
            target: None,
            modality,
            claim: None,
            pattern_line: None,
            block: String::new(),
        }
    }

    fn codings(d: &Doc, events: Vec<CodedEvent>) -> Vec<SentenceCoding> {
        let mut out = vec![SentenceCoding::default(); d.sentences.len()];
        for e in events {
            out[e.sentence].events.push(e);
        }
        out
    }

    fn time(d: &Doc, text: &str, value: &str, granularity: &str) -> TimeRef {
        TimeRef {
            span: span(d, text),
            value: value.into(),
            granularity: granularity.into(),
            kind: TimeKind::Point,
            year_inferred: false,
        }
    }

    /// Attach and flatten: one attachment per event in sentence order.
    fn check(d: &Doc, events: Vec<CodedEvent>, evidence: Evidence<'_>) -> Vec<Attachment> {
        Attacher::default().attach(d, &codings(d, events), &evidence).into_iter().flatten().collect()
    }

    const MET: &[&str] = &[
        "Mammadyarov Mammadyarov PROPN NNP 2 nsubj",
        "met meet VERB VBD 0 root",
        "Klaar Klaar PROPN NNP 2 obj",
        "in in ADP IN 5 case",
        "Moscow Moscow PROPN NNP 2 obl",
        "on on ADP IN 7 case",
        "June June PROPN NNP 2 obl",
        "3 3 NUM CD 7 nummod",
        ". . PUNCT . 2 punct",
    ];

    #[test]
    fn a_time_on_the_trigger_dates_the_event_and_a_place_phrase_locates_it() {
        let d = doc(MET, None);
        let times = [TimeRef { year_inferred: false, ..time(&d, "June 3", "XXXX-06-03", "day") }];
        let places = [PlaceRef { span: span(&d, "Moscow"), place: 7 }];
        let a = check(
            &d,
            vec![event(&d, "met", Modality::Asserted)],
            Evidence { times: &times, places: &places, quantities: &[] },
        );
        assert_eq!(a[0].date.value, "XXXX-06-03");
        assert_eq!(a[0].date.basis, DateBasis::Text);
        assert_eq!(a[0].date.time, Some(0));
        assert_eq!(a[0].place, Some(7));
        assert_eq!(a[0].modality, Modality::Asserted, "a partial date is not background");
    }

    #[test]
    fn an_event_noun_is_located_through_its_of_argument() {
        let rows = [
            "the the DET DT 2 det",
            "meeting meeting NOUN NN 0 root",
            "of of ADP IN 4 case",
            "ministers minister NOUN NNS 2 nmod",
            "in in ADP IN 6 case",
            "Moscow Moscow PROPN NNP 4 nmod",
        ];
        let d = doc(&rows, None);
        let places = [PlaceRef { span: span(&d, "Moscow"), place: 0 }];
        let a = check(
            &d,
            vec![event(&d, "meeting", Modality::Asserted)],
            Evidence { places: &places, ..Evidence::default() },
        );
        assert_eq!(a[0].place, Some(0));
        // A verb's subject is not a place holder: "ministers in Moscow met" does not say where.
        let rows = [
            "ministers minister NOUN NNS 4 nsubj",
            "in in ADP IN 3 case",
            "Moscow Moscow PROPN NNP 1 nmod",
            "met meet VERB VBD 0 root",
        ];
        let d = doc(&rows, None);
        let places = [PlaceRef { span: span(&d, "Moscow"), place: 0 }];
        let a =
            check(&d, vec![event(&d, "met", Modality::Asserted)], Evidence { places: &places, ..Evidence::default() });
        assert_eq!(a[0].place, None);
    }

    #[test]
    fn undated_events_take_the_publication_date_or_stay_unknown() {
        let d = doc(MET, Some("2019-06-04"));
        let a = check(&d, vec![event(&d, "met", Modality::Asserted)], Evidence::default());
        assert_eq!(
            (a[0].date.value.as_str(), a[0].date.basis, a[0].date.granularity.as_str()),
            ("2019-06-04", DateBasis::Publication, "day")
        );
        assert_eq!(a[0].place, None, "no resolved place, no place");
        let d = doc(MET, None);
        let a = check(&d, vec![event(&d, "met", Modality::Asserted)], Evidence::default());
        assert_eq!((a[0].date.value.as_str(), a[0].date.basis), ("XXXX-XX-XX", DateBasis::Unknown));
    }

    /// "X said on Monday that Y attacked Z": Monday dates the saying, not the attack.
    #[test]
    fn a_time_in_another_clause_does_not_date_the_event() {
        let rows = [
            "Mammadyarov Mammadyarov PROPN NNP 2 nsubj",
            "said say VERB VBD 0 root",
            "on on ADP IN 4 case",
            "Monday Monday PROPN NNP 2 obl",
            "that that SCONJ IN 7 mark",
            "Armenia Armenia PROPN NNP 7 nsubj",
            "attacked attack VERB VBD 2 ccomp",
            "Azerbaijan Azerbaijan PROPN NNP 7 obj",
        ];
        let d = doc(&rows, Some("2019-06-04"));
        let times = [time(&d, "Monday", "2019-06-03", "day")];
        let a = check(
            &d,
            vec![event(&d, "attacked", Modality::Asserted)],
            Evidence { times: &times, ..Evidence::default() },
        );
        assert_eq!(a[0].date.basis, DateBasis::Publication);
    }

    /// The worked example's background paragraph.
    const BACKGROUND: &[&str] = &[
        "#newpar",
        "Since since ADP IN 3 case",
        "the the DET DT 3 det",
        "war war NOUN NN 12 obl",
        "in in ADP IN 8 case",
        "the the DET DT 8 det",
        "early early ADJ JJ 8 amod",
        "1990s 1990 NOUN NNS 3 nmod",
        ", , PUNCT , 12 punct",
        "Armenian Armenian ADJ JJ 10 amod",
        "forces force NOUN NNS 12 nsubj",
        "have have AUX VBP 12 aux",
        "occupied occupy VERB VBN 0 root",
        "Nagorno-Karabakh Nagorno-Karabakh PROPN NNP 12 obj",
        ". . PUNCT . 12 punct",
        "",
        "More more ADJ JJR 3 advmod",
        "than than ADP IN 1 fixed",
        "20,000 20,000 NUM CD 4 nummod",
        "Azerbaijanis Azerbaijani PROPN NNPS 6 nsubj:pass",
        "were be AUX VBD 6 aux:pass",
        "killed kill VERB VBN 0 root",
        "and and CCONJ CC 12 cc",
        "over over ADV RB 10 advmod",
        "1 1 NUM CD 10 compound",
        "million million NUM CD 12 nsubj:pass",
        "were be AUX VBD 12 aux:pass",
        "displaced displace VERB VBN 6 conj",
        ". . PUNCT . 6 punct",
        "",
        "#newpar",
        "Armenia Armenia PROPN NNP 2 nsubj",
        "refuses refuse VERB VBZ 0 root",
        "to to PART TO 4 mark",
        "comply comply VERB VB 2 xcomp",
        ". . PUNCT . 2 punct",
    ];

    fn background_evidence(d: &Doc) -> (Vec<TimeRef>, Vec<QuantityRef>) {
        let times = vec![time(d, "the early 1990s", "199X", "decade")];
        let quantities = vec![
            QuantityRef {
                span: span(d, "More than 20,000"),
                min: Some(20000.0),
                max: None,
                measure: false,
                noun: None,
            },
            QuantityRef { span: span(d, "over 1 million"), min: Some(1e6), max: None, measure: false, noun: None },
        ];
        (times, quantities)
    }

    #[test]
    fn background_sentences_are_historical_with_their_figures() {
        let d = doc(BACKGROUND, Some("2019-06-04"));
        let (times, quantities) = background_evidence(&d);
        let events = vec![
            event(&d, "occupied", Modality::Asserted),
            event(&d, "killed", Modality::Asserted),
            event(&d, "displaced", Modality::Asserted),
            event(&d, "comply", Modality::Refused),
        ];
        let a = check(&d, events, Evidence { times: &times, quantities: &quantities, ..Evidence::default() });
        // Dated by its own time, decades before the article.
        assert_eq!(
            (a[0].modality, a[0].date.value.as_str(), a[0].date.inherited),
            (Modality::Historical, "199X", false)
        );
        // The next sentence of the paragraph inherits the background and its date.
        for k in [1, 2] {
            assert_eq!(a[k].modality, Modality::Historical);
            assert_eq!((a[k].date.value.as_str(), a[k].date.inherited), ("199X", true));
        }
        let killed = a[1].magnitude.killed.as_ref().expect("killed");
        assert_eq!((killed.min, killed.max, d.slice(killed.span)), (Some(20000.0), None, "More than 20,000"));
        assert!(a[1].magnitude.displaced.is_none(), "each casualty verb has its own figure");
        let displaced = a[2].magnitude.displaced.as_ref().expect("displaced");
        assert_eq!((displaced.min, displaced.max), (Some(1e6), None));
        assert!(a[2].magnitude.killed.is_none());
        // A new paragraph ends the background; a stronger modality is kept anyway.
        assert_eq!(a[3].modality, Modality::Refused);
        assert_eq!(a[3].date.basis, DateBasis::Publication);
    }

    /// The parser may hang "More than 20,000" on the verb; the quantity still counts the noun.
    #[test]
    fn a_figure_counting_the_victims_is_found_wherever_the_parser_put_it() {
        let rows = [
            "More more ADJ JJR 5 advmod",
            "than than ADP IN 1 fixed",
            "20,000 20,000 NUM CD 1 nummod",
            "Azerbaijanis Azerbaijani PROPN NNPS 5 nsubj:pass",
            "killed kill VERB VBN 0 root",
        ];
        let d = doc(&rows, None);
        let q = QuantityRef {
            span: span(&d, "More than 20,000"),
            min: Some(20000.0),
            max: None,
            measure: false,
            noun: Some(span(&d, "Azerbaijanis")),
        };
        let a = check(
            &d,
            vec![event(&d, "killed", Modality::Asserted)],
            Evidence { quantities: &[q], ..Evidence::default() },
        );
        assert_eq!(a[0].magnitude.killed.as_ref().map(|k| (k.min, k.max)), Some((Some(20000.0), None)));
    }

    /// A sentence with a historical date of its own passes that date on, not one it inherited.
    #[test]
    fn background_passes_on_the_latest_own_date() {
        let rows = [
            "Conflict conflict NOUN NN 2 nsubj",
            "arose arise VERB VBD 0 root",
            "in in ADP IN 4 case",
            "1988 1988 NUM CD 2 obl",
            "",
            "Forces force NOUN NNS 2 nsubj",
            "fought fight VERB VBD 0 root",
            "and and CCONJ CC 7 cc",
            "since since ADP IN 5 case",
            "1993 1993 NUM CD 7 obl",
            "they they PRON PRP 7 nsubj",
            "occupied occupy VERB VBD 2 conj",
            "Shusha Shusha PROPN NNP 7 obj",
            "",
            "Thousands thousand NOUN NNS 3 nsubj:pass",
            "were be AUX VBD 3 aux:pass",
            "killed kill VERB VBN 0 root",
        ];
        let d = doc(&rows, Some("2019-06-04"));
        let times = [time(&d, "1988", "1988", "year"), time(&d, "1993", "1993", "year")];
        let events = vec![
            event(&d, "fought", Modality::Asserted),
            event(&d, "occupied", Modality::Asserted),
            event(&d, "killed", Modality::Asserted),
        ];
        let a = check(&d, events, Evidence { times: &times, ..Evidence::default() });
        let dates: Vec<(&str, bool, Modality)> =
            a.iter().map(|a| (a.date.value.as_str(), a.date.inherited, a.modality)).collect();
        assert_eq!(
            dates,
            vec![
                ("1988", true, Modality::Historical),
                ("1993", false, Modality::Historical),
                ("1993", true, Modality::Historical)
            ]
        );
    }

    #[test]
    fn without_a_publication_date_an_explicit_past_decade_is_still_background() {
        let d = doc(BACKGROUND, None);
        let (times, quantities) = background_evidence(&d);
        let events = vec![event(&d, "occupied", Modality::Asserted), event(&d, "killed", Modality::Asserted)];
        let a = check(&d, events, Evidence { times: &times, quantities: &quantities, ..Evidence::default() });
        assert_eq!(a[0].modality, Modality::Historical);
        assert_eq!(a[1].modality, Modality::Historical);
    }

    #[test]
    fn a_date_in_the_publication_year_is_not_background() {
        let d = doc(BACKGROUND, Some("1995-01-10"));
        let times = [time(&d, "the early 1990s", "1995", "year")];
        let a = check(
            &d,
            vec![event(&d, "occupied", Modality::Asserted)],
            Evidence { times: &times, ..Evidence::default() },
        );
        assert_eq!(a[0].modality, Modality::Asserted);
        // A partial date with an inferred year from the previous year is not "clearly before".
        let times = [TimeRef { year_inferred: true, ..time(&d, "the early 1990s", "1994-12-30", "day") }];
        let a = check(
            &d,
            vec![event(&d, "occupied", Modality::Asserted)],
            Evidence { times: &times, ..Evidence::default() },
        );
        assert_eq!(a[0].modality, Modality::Asserted);
    }

    #[test]
    fn an_indefinite_singular_victim_counts_as_one() {
        let rows = [
            "an a DET DT 3 det",
            "Azerbaijani Azerbaijani ADJ JJ 3 amod",
            "serviceman serviceman NOUN NN 5 nsubj:pass",
            "was be AUX VBD 5 aux:pass",
            "killed kill VERB VBN 0 root",
            "by by ADP IN 8 case",
            "a a DET DT 8 det",
            "sniper sniper NOUN NN 5 obl:agent",
        ];
        let d = doc(&rows, Some("2019-06-04"));
        let a = check(&d, vec![event(&d, "killed", Modality::Asserted)], Evidence::default());
        let killed = a[0].magnitude.killed.as_ref().expect("killed");
        assert_eq!((killed.min, killed.max), (Some(1.0), Some(1.0)));
        assert_eq!(d.slice(killed.span), "an Azerbaijani serviceman");
        assert_eq!(a[0].modality, Modality::Asserted);
    }

    #[test]
    fn crowd_sizes_come_from_the_subject_and_percentages_are_not_head_counts() {
        let rows = [
            "Thousands thousand NOUN NNS 2 nsubj",
            "protested protest VERB VBD 0 root",
            "in in ADP IN 4 case",
            "Yerevan Yerevan PROPN NNP 2 obl",
        ];
        let d = doc(&rows, None);
        let quantities = [QuantityRef {
            span: span(&d, "Thousands"),
            min: Some(2000.0),
            max: Some(9999.0),
            measure: false,
            noun: None,
        }];
        let a = check(
            &d,
            vec![event(&d, "protested", Modality::Asserted)],
            Evidence { quantities: &quantities, ..Evidence::default() },
        );
        assert_eq!(a[0].magnitude.size.as_ref().map(|s| s.min), Some(Some(2000.0)));

        let quantities = [QuantityRef { measure: true, ..quantities[0].clone() }];
        let a = check(
            &d,
            vec![event(&d, "protested", Modality::Asserted)],
            Evidence { quantities: &quantities, ..Evidence::default() },
        );
        assert!(a[0].magnitude.is_empty());
    }

    #[test]
    fn confidence_grows_with_what_is_known() {
        let d = doc(MET, None);
        let bare = check(&d, vec![event(&d, "met", Modality::Asserted)], Evidence::default())[0].confidence;
        let p =
            |d: &Doc, t: &str| Participant { base: Some("AZE".into()), sectors: vec![], actor: None, span: span(d, t) };
        let full = CodedEvent {
            source: Some(p(&d, "Mammadyarov")),
            target: Some(p(&d, "Klaar")),
            pattern_line: Some(12),
            ..event(&d, "met", Modality::Asserted)
        };
        let known = check(&d, vec![full], Evidence::default())[0].confidence;
        assert!((bare - 0.5).abs() < 1e-6, "{bare}");
        assert!((known - 1.0).abs() < 1e-6, "{known}");
    }

    #[test]
    fn latest_years_of_timex_values() {
        assert_eq!(latest_year("1994"), Some(1994));
        assert_eq!(latest_year("199X"), Some(1999));
        assert_eq!(latest_year("19XX"), Some(1999));
        assert_eq!(latest_year("1993-04/1993-11"), Some(1993));
        assert_eq!(latest_year("2019-06-03"), Some(2019));
        assert_eq!(latest_year("XXXX-06-03"), None);
        assert_eq!(latest_year("PRESENT_REF"), None);
    }

    #[test]
    fn table_errors_name_the_line() {
        let err = Attacher::parse("place in\ncasualty wounded object hurt\n").expect_err("bad field");
        assert!(err.starts_with("attach.txt:2:"), "{err}");
        assert!(Attacher::parse("casualty killed sideways kill").is_err());
    }
}
