//! Places of a document: resolve its LOC entity mentions together, each in the light of the
//! others.
//!
//! A document's places disambiguate each other: "Georgia" next to "Atlanta" is the US state,
//! next to "Tbilisi" the country. Resolution therefore runs twice. The first pass resolves every
//! mention with the caller's context alone; the second adds, for each mention, the countries of
//! the *other* mentions' first-pass choices to its context. A mention never votes for itself, so
//! one ambiguous name cannot entrench its own first guess.
//!
//! Entity spans are taken as the recogniser gives them, with two repairs: a trailing possessive
//! ("Azerbaijan's") is dropped when the whole does not resolve, and a compound that does not
//! resolve as a whole ("Armenia-Azerbaijan Nagorno-Karabakh", "Armenia/Azerbaijan") is covered by
//! the longest place names in it, when its every capitalised word is part of one.

use crate::fold::fold;
use crate::gazetteer::{Gazetteer, Place, PlaceId};
use crate::resolve::Context;
use annals_doc::{Doc, EntityLabel, Span};
use std::sync::OnceLock;

/// One mention of a place in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Bytes of the mention in the document text.
    pub span: Span,
    /// Index of the entity (in `Doc::entities`) the mention comes from, when it does.
    pub entity: Option<usize>,
    /// Index into [`DocPlaces::places`].
    pub place: usize,
    /// Confidence of the choice (see [`crate::Resolution::confidence`]).
    pub confidence: f64,
}

/// The places of a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocPlaces {
    /// Distinct places, in order of first mention. These become the record's `places[]`.
    pub places: Vec<Place>,
    /// Every mention, in text order.
    pub mentions: Vec<PlaceMention>,
    /// Mentions that named no known place.
    pub unresolved: Vec<Span>,
}

impl DocPlaces {
    /// The place mentioned at `span` (a mention inside or equal to it), if any.
    pub fn place_at(&self, span: Span) -> Option<&Place> {
        self.mentions.iter().find(|m| span.contains(m.span)).map(|m| &self.places[m.place])
    }
}

/// A mention to resolve: its span, its folded key and where it came from.
struct Pending {
    span: Span,
    key: String,
    entity: Option<usize>,
}

impl Gazetteer {
    /// Resolve the LOC entities of `doc` (see the module docs). `ctx` adds countries known from
    /// elsewhere, e.g. a dateline or the publisher's country.
    pub fn resolve_doc(&self, doc: &Doc, ctx: &Context) -> DocPlaces {
        let spans: Vec<(Span, Option<usize>)> = doc
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.label == EntityLabel::Loc)
            .map(|(i, e)| (e.span, Some(i)))
            .collect();
        self.resolve_spans(&doc.text, &spans, ctx)
    }

    /// Resolve arbitrary spans of `text` as place names, together, like
    /// [`Gazetteer::resolve_doc`]. Each span may name the entity it came from. Spans outside the
    /// text or off character boundaries are reported as unresolved.
    pub fn resolve_spans(&self, text: &str, spans: &[(Span, Option<usize>)], ctx: &Context) -> DocPlaces {
        let mut out = DocPlaces::default();
        let mut pending: Vec<Pending> = Vec::new();
        for &(span, entity) in spans {
            match self.mention_parts(text, span) {
                Some(parts) => {
                    pending.extend(parts.into_iter().map(|(span, key)| Pending { span, key, entity }));
                }
                None => out.unresolved.push(span),
            }
        }

        // First pass: the caller's context only.
        let first: Vec<Option<String>> =
            pending.iter().map(|p| self.resolve_key(&p.key, ctx).and_then(|r| r.place.country)).collect();

        // Second pass: add the countries the other names chose.
        let mut ids: Vec<PlaceId> = Vec::new();
        for p in &pending {
            let mut local = ctx.clone();
            for (j, country) in first.iter().enumerate() {
                if let Some(c) = country.as_ref().filter(|_| pending[j].key != p.key) {
                    local.add(c.clone());
                }
            }
            let Some(r) = self.resolve_key(&p.key, &local) else {
                out.unresolved.push(p.span);
                continue;
            };
            let place = match ids.iter().position(|&id| id == r.place.id) {
                Some(k) => k,
                None => {
                    ids.push(r.place.id);
                    out.places.push(r.place);
                    out.places.len() - 1
                }
            };
            out.mentions.push(PlaceMention { span: p.span, entity: p.entity, place, confidence: r.confidence });
        }
        out.mentions.sort_by_key(|m| m.span);
        out.unresolved.sort();
        out
    }

    /// The resolvable (span, key) parts of a mention, or `None` when nothing in it is a place.
    fn mention_parts(&self, text: &str, span: Span) -> Option<Vec<(Span, String)>> {
        let span = trim_span(text, span)?;
        let known = |s: Span| {
            let key = fold(text.get(s.range())?);
            self.postings(&key).next().is_some().then_some(key)
        };
        if let Some(key) = known(span) {
            return Some(vec![(span, key)]);
        }
        let s = &text[span.range()];
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
            if let Some(stem) = s.strip_suffix(suffix) {
                let stem = Span::new(span.start as usize, span.start as usize + stem.len());
                if let Some(key) = trim_span(text, stem).and_then(known) {
                    return Some(vec![(stem, key)]);
                }
            }
        }
        segment(text, span, known)
    }
}

/// Words that may qualify a place name (`data/qualifiers.txt`), folded.
static QUALIFIERS: &str = include_str!("../data/qualifiers.txt");

/// True for a lower-case word or a listed qualifier.
fn is_qualifier(word: &str) -> bool {
    static FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let list = FOLDED.get_or_init(|| {
        QUALIFIERS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect()
    });
    !word.chars().any(char::is_uppercase) || list.contains(&fold(word))
}

/// `span` without surrounding whitespace and punctuation, or `None` when nothing is left or the
/// span does not fit the text.
fn trim_span(text: &str, span: Span) -> Option<Span> {
    let s = text.get(span.range())?;
    // Dots and apostrophes belong to names ("U.S.", "St. John's"); other punctuation around a
    // mention (quotes, brackets, commas) does not.
    let junk = |c: char| {
        c.is_whitespace() || (c.is_ascii_punctuation() && c != '.' && c != '\'') || matches!(c, '\u{201C}' | '\u{201D}')
    };
    let trimmed_start = s.trim_start_matches(junk);
    let start = span.start as usize + (s.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end_matches(junk).len();
    (end > start).then(|| Span::new(start, end))
}

/// Cover a mention that is not a place as a whole with the longest known names, left to right
/// ("Armenia-Azerbaijan Nagorno-Karabakh" → Armenia, Azerbaijan, Nagorno-Karabakh). Words are
/// separated by spaces, hyphens, dashes, slashes and commas; a lower-case word ("and", "region")
/// or a qualifier from `data/qualifiers.txt` ("Eastern") may stay uncovered, any other
/// capitalised word may not, so an unknown name is never half-resolved.
fn segment(text: &str, span: Span, known: impl Fn(Span) -> Option<String>) -> Option<Vec<(Span, String)>> {
    let s = &text[span.range()];
    let base = span.start as usize;
    let is_sep = |c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | '/' | ',');
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_sep(c), start) {
            (true, Some(a)) => {
                words.push((base + a, base + i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        words.push((base + a, base + s.len()));
    }
    if words.len() < 2 {
        return None;
    }
    let mut parts = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // A qualifier on its own is never a place inside a compound: "Eastern Ukraine" is not
        // Zambia's Eastern Province and Ukraine.
        let alone_ok = !is_qualifier(&text[words[i].0..words[i].1]);
        let found = (i + 1..=words.len()).rev().filter(|&j| j > i + 1 || alone_ok).find_map(|j| {
            let sub = Span::new(words[i].0, words[j - 1].1);
            known(sub).map(|key| (j, sub, key))
        });
        match found {
            Some((j, sub, key)) => {
                parts.push((sub, key));
                i = j;
            }
            None if is_qualifier(&text[words[i].0..words[i].1]) => i += 1,
            None => return None,
        }
    }
    (!parts.is_empty()).then_some(parts)
}
