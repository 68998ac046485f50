//! The coded-document record, schema `annals.doc/1`: what `annals code` prints, one JSON object
//! per input document.
//!
//! Field names follow the contract in design.md exactly; fields beyond it are additions
//! (allowed without a schema change) and are marked as such. Spans are byte offsets into `text`.
//! Ids are short strings unique within the record (`e1` entity, `a1` actor, `p1` place, `t1`
//! time, `c1` claim, `v1` event) so references between sections survive any reordering.

use serde::{Deserialize, Serialize};

/// The schema string of [`DocRecord`].
pub const DOC_SCHEMA: &str = "annals.doc/1";

/// One coded document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    /// Always [`DOC_SCHEMA`].
    pub schema: String,
    /// The document id from the input.
    pub id: String,
    /// Publication date `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// Outlet or feed.
    pub source: Option<String>,
    /// Where the document came from.
    pub url: Option<String>,
    /// The text every span points into.
    pub text: String,
    /// Sentence boundaries.
    pub sentences: Vec<SpanRecord>,
    /// Named-entity mentions, linked to actors where resolved.
    pub entities: Vec<DocEntityRecord>,
    /// Actors mentioned (resolved once per document).
    pub actors: Vec<ActorRecord>,
    /// Places mentioned, with coordinates.
    pub places: Vec<PlaceRecord>,
    /// Time expressions with normalised values.
    pub times: Vec<TimeRecord>,
    /// Reported speech.
    pub claims: Vec<ClaimRecord>,
    /// Coded events.
    pub events: Vec<EventRecord>,
    /// Addition: quantities found in the text (casualty figures link to them by span).
    #[serde(default)]
    pub quantities: Vec<QuantityRecord>,
    /// Addition: problems met while reading or analysing the document.
    #[serde(default)]
    pub diagnostics: Vec<String>,
}

/// A byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

/// A byte range with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanText {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The text under the range.
    pub text: String,
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntityRecord {
    /// `e1`, `e2`, …
    pub id: String,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The mention's text.
    pub text: String,
    /// `PER`, `ORG`, `LOC`, `NORP`, `MISC`.
    pub label: String,
    /// The actor it names (an `actors[].id`), if resolved.
    pub actor: Option<String>,
}

/// An actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// `a1`, `a2`, …
    pub id: String,
    /// A readable name ("Elmar Mammadyarov", "Armenian armed forces").
    pub name: String,
    /// CAMEO-style code: country or organisation plus sectors (`AZEGOV`, `IGOEU`, `ARMMIL`).
    pub code: String,
    /// ISO3 country, when the actor belongs to one.
    pub country: Option<String>,
    /// Sector codes (`GOV`, `MIL`, `IGO`, …).
    pub sectors: Vec<String>,
    /// `state`, `person`, `organization`, `igo` or `group`.
    pub kind: String,
    /// Role at the time of the document ("Minister of Foreign Affairs").
    pub role: Option<String>,
}

/// A place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRecord {
    /// `p1`, `p2`, …
    pub id: String,
    /// Name as resolved ("Moscow").
    pub name: String,
    /// ISO3 country.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id.
    pub geonameid: Option<i64>,
    /// `country`, `admin1`, `city`, `region`, …
    pub precision: String,
    /// Addition: where the place is mentioned.
    #[serde(default)]
    pub mentions: Vec<SpanRecord>,
}

/// A time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeRecord {
    /// `t1`, `t2`, …
    pub id: String,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The expression's text.
    pub text: String,
    /// TIMEX3-style value (`2019-06-03`, `XXXX-06-03`, `199X`, `1993-04/1993-11`, `P3Y`).
    pub value: String,
    /// `day`, `month`, `year`, `decade`, …
    pub granularity: String,
    /// Addition: `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(default)]
    pub kind: String,
    /// Addition: true when the year is not written but taken from context.
    #[serde(default)]
    pub year_inferred: bool,
}

/// Reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// `c1`, `c2`, …
    pub id: String,
    /// The speaker's actor id, or `"narrator"` when no actor could be resolved.
    pub speaker: String,
    /// The reporting cue ("said", "pointed out", "according to").
    pub cue: SpanText,
    /// What is reported.
    pub content: SpanRecord,
    /// Addition: the speaker phrase as written, when there is one.
    #[serde(default)]
    pub speaker_text: Option<SpanText>,
}

/// An event participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArgRecord {
    /// The actor's id.
    pub actor: String,
    /// First byte of the phrase naming it.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The phrase.
    pub text: String,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3-style value; the publication date, or `XXXX-XX-XX` when unknown.
    pub value: String,
    /// `day`, `month`, `year`, `decade`, …
    pub granularity: String,
    /// `text` (from a time expression), `publication` (the publication date) or `unknown`.
    pub basis: String,
    /// The time expression's id when `basis` is `text`.
    pub time: Option<String>,
}

/// An amount with bounds ("more than 20,000" → min 20000, max null).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// Lowest value the text allows.
    pub min: Option<f64>,
    /// Highest value the text allows.
    pub max: Option<f64>,
    /// The text it was read from.
    pub text: String,
}

/// Casualty and size figures of an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Magnitude {
    /// People killed.
    pub killed: Option<Amount>,
    /// People injured.
    pub injured: Option<Amount>,
    /// People displaced.
    pub displaced: Option<Amount>,
    /// People arrested or detained.
    pub arrested: Option<Amount>,
    /// Size of a crowd or force.
    pub size: Option<Amount>,
}

/// A coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// `v1`, `v2`, …
    pub id: String,
    /// Index into `sentences`.
    pub sentence: usize,
    /// The word(s) that express the event.
    pub trigger: SpanText,
    /// PLOVER event type (`CONSULT`, `ASSAULT`, …).
    #[serde(rename = "type")]
    pub event_type: String,
    /// PLOVER mode (`visit`, `firearms`, …).
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `diplomatic`, …).
    pub contexts: Vec<String>,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO quad class 1–4.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f32,
    /// Who acts.
    pub source: Vec<ArgRecord>,
    /// Who is acted upon.
    pub target: Vec<ArgRecord>,
    /// When.
    pub date: EventDate,
    /// Where: a `places[].id`.
    pub place: Option<String>,
    /// How many.
    pub magnitude: Magnitude,
    /// `asserted`, `negated`, `hypothetical`, `intended`, `demanded`, `refused` or `historical`.
    pub modality: String,
    /// The claim (a `claims[].id`) the event is reported in; `null` when the narrator asserts it.
    pub claim: Option<String>,
    /// 0–1: how sure the coder is.
    pub confidence: f32,
    /// Addition: the CAMEO name of the code, for readers.
    #[serde(default)]
    pub cameo_name: String,
}

/// A quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// The quantity's text.
    pub text: String,
    /// Lowest value.
    pub min: Option<f64>,
    /// Highest value.
    pub max: Option<f64>,
    /// Unit (`percent`, `USD`), if written.
    pub unit: Option<String>,
    /// The counted noun, if any.
    pub noun: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_follow_the_contract() {
        let event = EventRecord {
            id: "v1".into(),
            sentence: 0,
            trigger: SpanText { start: 0, end: 3, text: "met".into() },
            event_type: "CONSULT".into(),
            mode: None,
            contexts: vec![],
            cameo: "040".into(),
            quad_class: 1,
            goldstein: 1.0,
            source: vec![ArgRecord { actor: "a1".into(), start: 0, end: 1, text: "X".into() }],
            target: vec![],
            date: EventDate {
                value: "XXXX-06-03".into(),
                granularity: "day".into(),
                basis: "text".into(),
                time: Some("t1".into()),
            },
            place: None,
            magnitude: Magnitude {
                killed: Some(Amount { min: Some(20000.0), max: None, text: "More than 20,000".into() }),
                ..Magnitude::default()
            },
            modality: "asserted".into(),
            claim: None,
            confidence: 0.9,
            cameo_name: "Consult".into(),
        };
        let json = serde_json::to_value(&event).expect("serialises");
        for key in [
            "id",
            "sentence",
            "trigger",
            "type",
            "mode",
            "contexts",
            "cameo",
            "quad_class",
            "goldstein",
            "source",
            "target",
            "date",
            "place",
            "magnitude",
            "modality",
            "claim",
            "confidence",
        ] {
            assert!(json.get(key).is_some(), "missing `{key}`");
        }
        assert_eq!(json["magnitude"]["killed"]["min"], 20000.0);
        assert!(json["magnitude"]["killed"]["max"].is_null());
        assert_eq!(json["date"]["basis"], "text");
        let back: EventRecord = serde_json::from_value(json).expect("reads back");
        assert_eq!(back, event);
    }
}
