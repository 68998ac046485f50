//! The coded record: an [`Analysis`] written as the `annals.doc/1` JSON object of design.md.
//!
//! This is where the stages' internal results meet the contract. The rules that are decisions
//! rather than copying:
//! - **Ids are deterministic and in text order**: `e1…` entities, `a1…` actors (by first
//!   mention), `p1…` places (by first mention), `t1…` times, `c1…` claims (by cue), `v1…` events
//!   (by sentence, then trigger). The same input always gives the same record.
//! - **Every participant and speaker is an actor record.** Resolved actors come first-hand from
//!   actor resolution. A participant the coder composed ("Soldiers from Gondor" → `GONMIL`) that
//!   is not exactly a resolved actor becomes an actor record of its own, one per code. An
//!   explicit speaker phrase that names no known actor ("officials", "the report") becomes an
//!   actor too, with code `---` plus whatever sectors were recognised; `"narrator"` is used only
//!   when a claim has no speaker phrase at all.
//! - **Statements are claims, not events.** CAMEO 01 codings (make a public statement) have no
//!   PLOVER type; the speech they code is already a claim, so they are not emitted as events.
//!   Codes the ontology does not know are left out too, with a diagnostic.

use crate::Analysis;
use annals_coder::Ontology;
use annals_coder::attach::{self, Attachment};
use annals_coder::coder::Participant;
use annals_coder::syntax::Tree;
use annals_doc::{Doc, EntityLabel, Span, Upos};
use annals_lexicon::{EntryKind, Lexicon};
use annals_record::{
    ActorRecord, Amount, ArgRecord, ClaimRecord, DOC_SCHEMA, DocEntityRecord, DocRecord, EventDate, EventRecord,
    Magnitude, PlaceRecord, QuantityRecord, SpanRecord, SpanText, TimeRecord,
};
use std::collections::HashMap;

/// Build the record of an analysed document. `lexicon` tells what the codes of composed actors
/// stand for (country or organisation).
pub fn build(analysis: &Analysis, lexicon: &Lexicon) -> DocRecord {
    let doc = &analysis.doc;
    let mut diagnostics: Vec<String> = doc.diagnostics.iter().map(|d| format!("{}: {}", d.stage, d.message)).collect();
    let actors = ActorTable::collect(analysis, lexicon);

    let entities = doc
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| DocEntityRecord {
            id: format!("e{}", i + 1),
            start: e.span.start,
            end: e.span.end,
            text: doc.slice(e.span).to_string(),
            label: e.label.as_str().to_string(),
            actor: entity_actor(analysis, i).map(|a| actors.id(Key::Resolved(a))),
        })
        .collect();

    let mut place_mentions: Vec<Vec<SpanRecord>> = vec![Vec::new(); analysis.places.places.len()];
    for m in &analysis.places.mentions {
        if let Some(list) = place_mentions.get_mut(m.place) {
            list.push(SpanRecord { start: m.span.start, end: m.span.end });
        }
    }
    let places = analysis
        .places
        .places
        .iter()
        .zip(place_mentions)
        .enumerate()
        .map(|(i, (p, mentions))| PlaceRecord {
            id: place_id(i),
            name: p.name.clone(),
            country: p.country.clone(),
            lat: p.lat,
            lon: p.lon,
            geonameid: p.geonameid.map(i64::from),
            precision: p.precision.as_str().to_string(),
            mentions,
        })
        .collect();

    let times = analysis
        .times
        .iter()
        .enumerate()
        .map(|(i, t)| TimeRecord {
            id: time_id(i),
            start: t.span.start,
            end: t.span.end,
            text: doc.slice(t.span).to_string(),
            value: t.value.clone(),
            granularity: t.granularity.as_str().to_string(),
            kind: t.kind.as_str().to_string(),
            year_inferred: t.year_inferred,
        })
        .collect();

    let quantities = analysis
        .quantities
        .iter()
        .map(|q| QuantityRecord {
            start: q.span.start,
            end: q.span.end,
            text: doc.slice(q.span).to_string(),
            min: q.min,
            max: q.max,
            unit: q.unit.clone(),
            noun: q.noun_text(doc).map(str::to_string),
        })
        .collect();

    // Claims in text order, remembering each one's id by (sentence, index in the sentence).
    let mut claim_ids: HashMap<(usize, usize), String> = HashMap::new();
    let mut claims = Vec::new();
    for (s, coding) in analysis.sentences.iter().enumerate() {
        let mut order: Vec<usize> = (0..coding.claims.len()).collect();
        order.sort_by_key(|&k| coding.claims[k].frame.cue_span.start);
        for k in order {
            let claim = &coding.claims[k];
            let id = format!("c{}", claims.len() + 1);
            claim_ids.insert((s, k), id.clone());
            let speaker_span = claim.speaker.as_ref().map(|p| p.span).or_else(|| speaker_phrase(doc, s, claim));
            claims.push(ClaimRecord {
                id,
                speaker: actors.speaker_id(s, k).unwrap_or_else(|| "narrator".into()),
                cue: span_text(doc, claim.frame.cue_span),
                content: SpanRecord { start: claim.frame.content.start, end: claim.frame.content.end },
                speaker_text: speaker_span.map(|sp| span_text(doc, sp)),
            });
        }
    }

    let ontology = Ontology::embedded();
    let mut events = Vec::new();
    for (s, coding) in analysis.sentences.iter().enumerate() {
        let attachments = analysis.attachments.get(s).map(Vec::as_slice).unwrap_or(&[]);
        let mut order: Vec<usize> = (0..coding.events.len()).collect();
        order.sort_by_key(|&k| coding.events[k].trigger_span.start);
        for k in order {
            let e = &coding.events[k];
            let Some(code) = ontology.get(&e.cameo) else {
                diagnostics.push(format!(
                    "coder: event `{}` has CAMEO code {} which the ontology does not know; left out",
                    doc.slice(e.trigger_span),
                    e.cameo
                ));
                continue;
            };
            // CAMEO 01: a statement, represented by its claim.
            let Some(plover) = code.plover else { continue };
            let Some(attached) = attachments.get(k) else { continue };
            let arg = |p: &Option<Participant>, role: Role| -> Vec<ArgRecord> {
                p.iter()
                    .map(|p| {
                        let span = without_preposition(doc, p.span);
                        ArgRecord {
                            actor: actors.id(Key::Participant(s, k, role)),
                            start: span.start,
                            end: span.end,
                            text: doc.slice(span).to_string(),
                        }
                    })
                    .collect()
            };
            events.push(EventRecord {
                id: format!("v{}", events.len() + 1),
                sentence: s,
                trigger: span_text(doc, e.trigger_span),
                event_type: plover.as_str().to_string(),
                mode: code.mode.clone(),
                contexts: code.contexts.clone(),
                cameo: e.cameo.clone(),
                quad_class: code.quad_class,
                goldstein: code.goldstein,
                source: arg(&e.source, Role::Source),
                target: arg(&e.target, Role::Target),
                date: event_date(attached),
                place: attached.place.map(place_id),
                magnitude: magnitude(doc, &attached.magnitude),
                modality: attached.modality.as_str().to_string(),
                claim: e.claim.and_then(|c| claim_ids.get(&(s, c)).cloned()),
                confidence: attached.confidence,
                cameo_name: code.name.clone(),
            });
        }
    }

    DocRecord {
        schema: DOC_SCHEMA.to_string(),
        id: doc.meta.id.clone(),
        date: doc.meta.date.map(|d| d.to_string()),
        source: doc.meta.source.clone(),
        url: doc.meta.url.clone(),
        text: doc.text.clone(),
        sentences: doc.sentences.iter().map(|s| SpanRecord { start: s.span.start, end: s.span.end }).collect(),
        entities,
        actors: actors.records,
        places,
        times,
        claims,
        events,
        quantities,
        diagnostics,
    }
}

/// The actor entity `i` names: the actor of the shortest mention around it (or inside it). In a
/// mention of several actors ("the Azerbaijani and Armenian foreign ministers") the entities of
/// one label are matched to the actors in order when their numbers agree.
fn entity_actor(analysis: &Analysis, i: usize) -> Option<usize> {
    let entities = &analysis.doc.entities;
    let mentions = &analysis.actors.mentions;
    let e = &entities[i];
    // Mentions are in text order and short: look at those starting shortly before the entity's
    // end (a bounded window keeps huge documents linear).
    let upto = mentions.partition_point(|m| m.span.start < e.span.end);
    let m = mentions[upto.saturating_sub(MENTION_WINDOW)..upto]
        .iter()
        .filter(|m| m.span.contains(e.span) || e.span.contains(m.span))
        .min_by_key(|m| m.span.len())?;
    if m.actors.len() > 1 {
        let from = entities.partition_point(|x| x.span.start < m.span.start);
        let to = entities.partition_point(|x| x.span.start < m.span.end);
        let siblings: Vec<usize> = (from..to.max(from))
            .filter(|&j| entities[j].label == e.label && m.span.contains(entities[j].span))
            .collect();
        if siblings.len() == m.actors.len()
            && let Some(k) = siblings.iter().position(|&j| j == i)
        {
            return Some(m.actors[k]);
        }
    }
    m.actors.first().copied()
}

/// How many mentions before an entity can still contain it.
const MENTION_WINDOW: usize = 16;

/// A participant's phrase without a leading preposition: "with Toivo Klaar" names Toivo Klaar.
fn without_preposition(doc: &Doc, span: Span) -> Span {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    let mut start = span.start;
    for t in doc.tokens.iter().skip(first) {
        if t.span.start != start || t.span.end >= span.end || t.upos != Some(Upos::Adp) {
            break;
        }
        // Skip the preposition and the space after it.
        let rest = doc.text.get(t.span.end as usize..span.end as usize).unwrap_or("");
        start = t.span.end + (rest.len() - rest.trim_start().len()) as u32;
    }
    Span::new(start as usize, span.end as usize)
}

fn place_id(i: usize) -> String {
    format!("p{}", i + 1)
}

fn time_id(i: usize) -> String {
    format!("t{}", i + 1)
}

fn span_text(doc: &Doc, span: Span) -> SpanText {
    SpanText { start: span.start, end: span.end, text: doc.slice(span).to_string() }
}

fn event_date(a: &Attachment) -> EventDate {
    EventDate {
        value: a.date.value.clone(),
        granularity: a.date.granularity.clone(),
        basis: a.date.basis.as_str().to_string(),
        time: a.date.time.map(time_id),
    }
}

fn magnitude(doc: &Doc, m: &attach::Magnitude) -> Magnitude {
    let amount = |a: &Option<attach::Amount>| {
        a.as_ref().map(|a| Amount { min: a.min, max: a.max, text: doc.slice(a.span).to_string() })
    };
    Magnitude {
        killed: amount(&m.killed),
        injured: amount(&m.injured),
        displaced: amount(&m.displaced),
        arrested: amount(&m.arrested),
        size: amount(&m.size),
    }
}

/// The speaker phrase of a claim the coder could not turn into a participant.
fn speaker_phrase(doc: &Doc, s: usize, claim: &annals_coder::coder::CodedClaim) -> Option<Span> {
    let tok = claim.frame.speaker?;
    let tree = Tree::new(doc, s);
    let phrase = tree.phrase(tok);
    Some(tree.span_of(&phrase))
}

/// Which side of an event a participant is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Role {
    Source,
    Target,
}

/// Where an actor reference comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    /// Actor `i` of the resolution.
    Resolved(usize),
    /// The source or target of event `k` of sentence `s`.
    Participant(usize, usize, Role),
    /// The speaker of claim `k` of sentence `s`.
    Speaker(usize, usize),
}

/// Every actor of the record, with ids in order of first mention.
struct ActorTable {
    records: Vec<ActorRecord>,
    ids: HashMap<Key, String>,
}

impl ActorTable {
    fn collect(analysis: &Analysis, lexicon: &Lexicon) -> ActorTable {
        let doc = &analysis.doc;
        let resolution = &analysis.actors;
        let mut by_code: HashMap<&str, usize> = HashMap::new();
        for (a, actor) in resolution.actors.iter().enumerate().rev() {
            if actor.kind != annals_actors::ActorKind::Person {
                by_code.insert(actor.code.as_str(), a);
            }
        }
        let surnames = surnames(resolution);
        let mut c = Collector { doc, lexicon, resolution, by_code, found: Vec::new(), composed: HashMap::new() };
        let mut slot: HashMap<Key, usize> = HashMap::new();
        for (a, actor) in resolution.actors.iter().enumerate() {
            let first = actor.mentions.iter().filter_map(|&m| resolution.mentions.get(m)).map(|m| m.span.start).min();
            c.found.push((
                first.unwrap_or(u32::MAX),
                ActorRecord {
                    id: String::new(),
                    name: actor.name.clone(),
                    code: actor.code.clone(),
                    country: actor.country.clone(),
                    sectors: actor.sectors.clone(),
                    kind: actor.kind.as_str().to_string(),
                    role: actor.role.clone(),
                },
            ));
            slot.insert(Key::Resolved(a), a);
        }
        for (s, coding) in analysis.sentences.iter().enumerate() {
            for (k, claim) in coding.claims.iter().enumerate() {
                let index = match (&claim.speaker, claim.frame.speaker) {
                    (Some(p), _) => c.participant(p),
                    (None, Some(_)) => {
                        let Some(span) = speaker_phrase(doc, s, claim) else { continue };
                        if let Some(a) = person_by_surname(&surnames, doc.slice(span)) {
                            slot.insert(Key::Speaker(s, k), a);
                            continue;
                        }
                        let record = unresolved_speaker(doc, s, claim.frame.speaker, span);
                        let dedupe = format!("name:{}", record.name.to_lowercase());
                        c.add(dedupe, span.start, record)
                    }
                    (None, None) => continue,
                };
                slot.insert(Key::Speaker(s, k), index);
            }
            for (k, e) in coding.events.iter().enumerate() {
                if let Some(p) = &e.source {
                    slot.insert(Key::Participant(s, k, Role::Source), c.participant(p));
                }
                if let Some(p) = &e.target {
                    slot.insert(Key::Participant(s, k, Role::Target), c.participant(p));
                }
            }
        }
        // Ids by first mention; ties keep the order of discovery.
        let found = c.found;
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&i| found[i].0);
        let mut id_of = vec![String::new(); found.len()];
        for (n, &i) in order.iter().enumerate() {
            id_of[i] = format!("a{}", n + 1);
        }
        let ids = slot.into_iter().map(|(key, i)| (key, id_of[i].clone())).collect();
        let mut records: Vec<Option<ActorRecord>> = found.into_iter().map(|(_, r)| Some(r)).collect();
        let records = order
            .iter()
            .filter_map(|&i| {
                let mut r = records[i].take()?;
                r.id.clone_from(&id_of[i]);
                Some(r)
            })
            .collect();
        ActorTable { records, ids }
    }

    /// The id for `key`; every key the record refers to was registered by `collect`.
    fn id(&self, key: Key) -> String {
        self.ids.get(&key).cloned().unwrap_or_else(|| "narrator".into())
    }

    fn speaker_id(&self, s: usize, k: usize) -> Option<String> {
        self.ids.get(&Key::Speaker(s, k)).cloned()
    }
}

/// Gathers actor records before their ids are known: `found` holds (first byte, record).
struct Collector<'a> {
    doc: &'a Doc,
    lexicon: &'a Lexicon,
    resolution: &'a annals_actors::Resolution,
    /// The first resolved actor of each code that is not a particular person.
    by_code: HashMap<&'a str, usize>,
    found: Vec<(u32, ActorRecord)>,
    /// Composed actors and unresolved speakers, one record per code or name.
    composed: HashMap<String, usize>,
}

impl Collector<'_> {
    fn add(&mut self, dedupe: String, start: u32, record: ActorRecord) -> usize {
        if let Some(&i) = self.composed.get(&dedupe) {
            return i;
        }
        self.found.push((start, record));
        self.composed.insert(dedupe, self.found.len() - 1);
        self.found.len() - 1
    }

    /// The record a participant refers to: its resolved actor when the codes agree, else a
    /// resolved non-person actor with the same code, else a composed actor.
    fn participant(&mut self, p: &Participant) -> usize {
        let code = p.code();
        let actors = &self.resolution.actors;
        if let Some(a) = p.actor.filter(|&a| actors.get(a).is_some_and(|x| x.code == code)) {
            return a;
        }
        if let Some(&a) = self.by_code.get(code.as_str()) {
            return a;
        }
        let record = composed_actor(self.doc, self.lexicon, p);
        self.add(format!("code:{code}"), p.span.start, record)
    }
}

/// An actor record for a participant the coder put together from an agent and a country or
/// organisation ("Soldiers from Gondor" → `GONMIL`).
fn composed_actor(doc: &Doc, lexicon: &Lexicon, p: &Participant) -> ActorRecord {
    let entry = p.base.as_deref().and_then(|b| lexicon.by_key(b)).map(|id| lexicon.entry(id));
    let country = match entry {
        Some(e) if e.kind == EntryKind::Country => Some(e.key.to_string()),
        Some(e) => e.country.as_deref().map(str::to_string),
        None => None,
    };
    let sectors: Vec<String> = match entry {
        Some(e) => e.sectors.iter().map(|s| s.to_string()).chain(p.sectors.iter().cloned()).collect(),
        None => p.sectors.clone(),
    };
    let kind = if sectors.iter().any(|s| s == "IGO") {
        "igo"
    } else if sectors.iter().any(|s| matches!(s.as_str(), "REB" | "INS" | "SEP" | "UAF" | "CVL" | "REF" | "OPP")) {
        "group"
    } else if !p.sectors.is_empty() {
        "organization"
    } else {
        match entry.map(|e| e.kind) {
            Some(EntryKind::Country | EntryKind::Region) => "state",
            Some(EntryKind::Person) => "person",
            Some(EntryKind::Igo) => "igo",
            Some(EntryKind::Group) => "group",
            _ => "organization",
        }
    };
    ActorRecord {
        id: String::new(),
        name: doc.slice(p.span).to_string(),
        code: p.code(),
        country,
        sectors,
        kind: kind.to_string(),
        role: None,
    }
}

/// Resolved people by surname (the last word of a name of two words or more); `None` marks a
/// surname that several people share.
fn surnames(resolution: &annals_actors::Resolution) -> HashMap<String, Option<usize>> {
    let mut out: HashMap<String, Option<usize>> = HashMap::new();
    for (a, actor) in resolution.actors.iter().enumerate() {
        if actor.kind != annals_actors::ActorKind::Person || actor.name.split_whitespace().count() < 2 {
            continue;
        }
        let Some(last) = actor.name.split_whitespace().last() else { continue };
        out.entry(last.to_lowercase()).and_modify(|x| *x = None).or_insert(Some(a));
    }
    out
}

/// The one resolved person whose name ends in the last word of `phrase` ("Mammadyarov" → Elmar
/// Mammadyarov), for a speaker that actor resolution left unlinked.
fn person_by_surname(surnames: &HashMap<String, Option<usize>>, phrase: &str) -> Option<usize> {
    let last = phrase.split_whitespace().last()?.to_lowercase();
    surnames.get(&last).copied().flatten()
}

/// An actor record for a speaker phrase that names nobody the lexicon knows ("the report",
/// "a witness"): code `---`, kind from the phrase's head (a person's name or a singular noun is
/// a person, a plural a group).
fn unresolved_speaker(doc: &Doc, s: usize, head: Option<usize>, span: Span) -> ActorRecord {
    let tree = Tree::new(doc, s);
    let per = doc.entities.iter().any(|e| e.label == EntityLabel::Per && span.contains(e.span));
    let plural = head.is_some_and(|h| matches!(tree.xpos(h), "NNS" | "NNPS") || tree.lemma(h) == "they");
    let kind = if per || (!plural && head.is_some_and(|h| matches!(tree.upos(h), Upos::Propn | Upos::Pron))) {
        "person"
    } else if plural {
        "group"
    } else {
        "organization"
    };
    let name = doc.slice(span);
    // "The report" reads better without its article as a name.
    let name = ["the ", "The ", "a ", "A ", "an ", "An "].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
    ActorRecord {
        id: String::new(),
        name: name.to_string(),
        code: "---".into(),
        country: None,
        sectors: Vec::new(),
        kind: kind.into(),
        role: None,
    }
}
