//! Actor resolution: entity mentions and noun phrases become coded actors, with
//! within-document coreference.
//!
//! Input is an analysed [`Doc`] (tokens, sentences, POS, lemmas, dependency heads and named
//! entities; every layer but the tokens is optional, at a cost in accuracy). Output is a
//! [`Resolution`]: [`Mention`]s (byte spans in the text, each referring to one or more actors)
//! and [`Actor`]s (one per coreference cluster) whose fields map onto the `actors[]` and
//! `entities[].actor` fields of the coded-document JSON.
//!
//! How a phrase becomes an actor:
//! - Lexicon hits (names, adjectives, demonyms, capitals, agents) are found on the tokens and
//!   grouped into noun phrases from the dependency tree (module `phrases`).
//! - Each phrase is described: a named person ("Azerbaijani Minister of Foreign Affairs Elmar
//!   Mammadyarov" → AZE GOV, role "Minister of Foreign Affairs", coded for the document's date
//!   from the lexicon's dated roles), a country or organisation with an agent ("the Armenian
//!   armed forces" → ARM MIL; "the armed forces of Armenia" via the `of` phrase), a title,
//!   a collective, a pronoun, or "the sides".
//! - Actors and agents imported from PETRARCH dictionaries are coded by PETRARCH's conventions
//!   (every agent of a phrase adds its code in text order, `NGO~` agents go before the country,
//!   a title gives a name the phrase's country: "Bree Prime Minister Romendacil" → BREGOV), so
//!   the PETRARCH validation suite can be run with its own dictionaries
//!   (`crates/annals_lexicon/data/README.md`).
//! - Coreference links surnames to full names, definite titles ("the minister", "the Azerbaijani
//!   FM") to the person holding a compatible title, pronouns to the nearest agreeing phrase
//!   (which may be a non-actor: "All of them" after "four resolutions" has no actor), and "the
//!   sides" to the parties of the last meeting. A definite title with a country and a date, and
//!   nobody in the text to refer to, is looked up among the lexicon's office holders.
//!
//! Key design decision: resolution is deterministic rules over lexicon data, not a learned
//! model, so every code can be traced to a dictionary line and fixed by editing data.

mod phrases;
mod resolve;
mod words;

use annals_doc::{Doc, Span};
use annals_lexicon::{EntryId, Lexicon, NaiveDate};
use std::ops::Range;

pub use annals_lexicon::ActorKind;

/// A resolved actor: one per coreference cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Identifier within the document: `a1`, `a2`, … in order of first mention.
    pub id: String,
    /// Display name: the person's or organisation's name, or the phrase that describes it
    /// ("Azerbaijani serviceman").
    pub name: String,
    /// CAMEO-style code (`AZEGOV`, `IGOEU`, `---MIL` when the country is unknown).
    pub code: String,
    /// ISO3 country, when the actor belongs to one.
    pub country: Option<String>,
    /// Key of the organisation or group the actor belongs to or is (`EU`, `OSCEMG`, `HMS`).
    pub organization: Option<String>,
    /// Sector codes (`GOV`, `MIL`, `IGO`, …).
    pub sectors: Vec<String>,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// Role or title ("Minister of Foreign Affairs"), when known.
    pub role: Option<String>,
    /// The lexicon entry, when the actor is a known person, country or organisation.
    pub entry: Option<EntryId>,
    /// Indices into [`Resolution::mentions`] of the mentions referring to this actor.
    pub mentions: Vec<usize>,
}

/// How a mention refers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// By name ("Elmar Mammadyarov", "Armenia", "the European Union").
    Name,
    /// By a description or title ("the minister", "an Azerbaijani serviceman").
    Nominal,
    /// By a pronoun ("their").
    Pronoun,
    /// "The sides", "both parties": the parties of the last meeting.
    Sides,
}

/// A phrase in the text that refers to one or more actors.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Bytes of the phrase.
    pub span: Span,
    /// Tokens of the phrase (document-wide indices, first to last).
    pub tokens: Range<u32>,
    /// The phrase's head token.
    pub head: u32,
    /// Sentence index.
    pub sentence: u32,
    /// Indices into [`Resolution::actors`]; several for "the sides" or coordinated phrases.
    pub actors: Vec<usize>,
    /// How it refers.
    pub kind: MentionKind,
}

/// The actors and mentions of one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolution {
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
}

impl Resolution {
    /// The mention whose head is `token`, else the shortest mention containing it.
    pub fn mention_for_token(&self, token: u32) -> Option<&Mention> {
        self.mentions
            .iter()
            .find(|m| m.head == token)
            .or_else(|| self.mentions.iter().filter(|m| m.tokens.contains(&token)).min_by_key(|m| m.tokens.len()))
    }

    /// The actors of the shortest mention that contains `span` (for an entity's `actor` field).
    pub fn actors_for_span(&self, span: Span) -> &[usize] {
        self.mentions
            .iter()
            .filter(|m| m.span.contains(span) || span.contains(m.span))
            .min_by_key(|m| m.span.len())
            .map(|m| m.actors.as_slice())
            .unwrap_or(&[])
    }

    /// The actor with the given id (`a3`).
    pub fn actor_by_id(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// Resolves the actors of documents against a lexicon.
#[derive(Debug, Clone)]
pub struct Resolver<'l> {
    lexicon: &'l Lexicon,
    words: words::Words,
}

impl<'l> Resolver<'l> {
    /// A resolver using `lexicon` (and any `@words` lists in it).
    pub fn new(lexicon: &'l Lexicon) -> Resolver<'l> {
        Resolver { lexicon, words: words::Words::load(lexicon) }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lexicon
    }

    /// Resolve `doc`, coding office holders for its publication date.
    pub fn resolve(&self, doc: &Doc) -> Resolution {
        self.resolve_on(doc, doc.meta.date)
    }

    /// Resolve `doc`, coding office holders for `date` (`None`: no date, so no office holder is
    /// guessed and a person's role is chosen from the title the text gives).
    pub fn resolve_on(&self, doc: &Doc, date: Option<NaiveDate>) -> Resolution {
        resolve::run(self, doc, date)
    }
}
