//! The lexicon's data types: actor codes, entries (countries, organisations, groups, people),
//! dated roles and agents.
//!
//! Key design decision: an actor code is a *base* plus *sectors* ([`ActorCode`]), not a flat
//! string. The base is a country's ISO3 code (`AZE`), an organisation code (`IGOEU`), a group
//! code (`PSEREBHMS`) or `---` when unknown; sectors are three-letter PLOVER/CAMEO codes (`GOV`,
//! `MIL`). `AZE` + `[GOV]` prints as `AZEGOV`, the CAMEO spelling GDELT and ICEWS users expect,
//! while resolution can still ask "which country?" and "which sectors?" without re-parsing
//! strings. Codes read from PETRARCH files, whose structure is not declared, are split into a
//! three-letter base and three-letter chunks and print back unchanged.

use chrono::NaiveDate;
use std::fmt;

/// Index of an [`Entry`] in [`crate::Lexicon::entries`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// Index of an [`Agent`] in [`crate::Lexicon::agents`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AgentId(pub u32);

/// The base written for an actor whose country or organisation is unknown (CAMEO convention).
pub const UNKNOWN_BASE: &str = "---";

/// A CAMEO-style actor code: a base and zero or more sectors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ActorCode {
    base: Box<str>,
    sectors: Vec<Box<str>>,
}

impl ActorCode {
    /// A code from its parts. Duplicate sectors are dropped.
    pub fn new(base: &str, sectors: &[&str]) -> ActorCode {
        let mut code = ActorCode { base: base.into(), sectors: Vec::new() };
        for s in sectors {
            code.push_sector(s);
        }
        code
    }

    /// The code for an actor of unknown country with the given sectors (`---MIL`).
    pub fn unknown(sectors: &[&str]) -> ActorCode {
        ActorCode::new(UNKNOWN_BASE, sectors)
    }

    /// Split a CAMEO code whose structure is not declared (as in PETRARCH files): a three-letter
    /// base, then three-letter chunks. The code prints back exactly as given.
    pub fn parse_cameo(code: &str) -> ActorCode {
        let code = code.trim();
        let split = code.char_indices().nth(3).map(|(i, _)| i).unwrap_or(code.len());
        let (base, rest) = code.split_at(split);
        let mut sectors = Vec::new();
        let mut chars = rest.char_indices().peekable();
        while let Some(&(start, _)) = chars.peek() {
            let end = chars.by_ref().take(3).last().map(|(i, c)| i + c.len_utf8()).unwrap_or(start);
            sectors.push(rest[start..end].into());
        }
        ActorCode { base: base.into(), sectors }
    }

    /// The base: ISO3 code, organisation code, group code or `---`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The sectors, in order.
    pub fn sectors(&self) -> impl ExactSizeIterator<Item = &str> {
        self.sectors.iter().map(|s| &**s)
    }

    /// True when the base is `---`.
    pub fn is_unknown(&self) -> bool {
        &*self.base == UNKNOWN_BASE
    }

    /// True when the code has the given sector.
    pub fn has_sector(&self, sector: &str) -> bool {
        self.sectors.iter().any(|s| &**s == sector)
    }

    /// Add a sector at the end unless it is already there.
    pub fn push_sector(&mut self, sector: &str) {
        if !sector.is_empty() && !self.has_sector(sector) {
            self.sectors.push(sector.into());
        }
    }

    /// This code with a different base.
    pub fn with_base(&self, base: &str) -> ActorCode {
        ActorCode { base: base.into(), sectors: self.sectors.clone() }
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base)?;
        for s in &self.sectors {
            f.write_str(s)?;
        }
        Ok(())
    }
}

/// What kind of actor a resolved mention is (the `kind` field of the JSON contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    /// A country as a whole, or a territory acting as one ("Armenia", "the Armenian side").
    State,
    /// One person, named or described ("Elmar Mammadyarov", "an Azerbaijani serviceman").
    Person,
    /// A named or described body that is not an IGO: ministries, armed forces, parties, NGOs.
    Organization,
    /// An intergovernmental organisation or one of its organs (UN Security Council, EU).
    Igo,
    /// A non-state armed group, or a collective of people ("rebels", "20,000 Azerbaijanis").
    Group,
}

impl ActorKind {
    /// The spelling used in the JSON record: `state`, `person`, `organization`, `igo`, `group`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Igo => "igo",
            ActorKind::Group => "group",
        }
    }

    /// Parse the JSON spelling.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "state" => ActorKind::State,
            "person" => ActorKind::Person,
            "organization" | "organisation" => ActorKind::Organization,
            "igo" => ActorKind::Igo,
            "group" => ActorKind::Group,
            _ => return None,
        })
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which record kind an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// `@country`: a state (ISO3 key).
    Country,
    /// `@region`: a territory coded under a country, e.g. a partially recognised entity.
    Region,
    /// `@igo`: an intergovernmental organisation.
    Igo,
    /// `@ngo`: an international non-governmental organisation.
    Ngo,
    /// `@org`: any other named organisation (party, company, national body).
    Org,
    /// `@group`: a non-state armed group.
    Group,
    /// `@person`: a named person with dated roles.
    Person,
    /// An actor imported from a PETRARCH dictionary: kind unknown, code as given.
    Imported,
}

impl EntryKind {
    /// The record keyword (`country`, `igo`, …); `imported` for PETRARCH entries.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Country => "country",
            EntryKind::Region => "region",
            EntryKind::Igo => "igo",
            EntryKind::Ngo => "ngo",
            EntryKind::Org => "org",
            EntryKind::Group => "group",
            EntryKind::Person => "person",
            EntryKind::Imported => "imported",
        }
    }

    /// The actor kind of a mention of this entry.
    pub fn actor_kind(self) -> ActorKind {
        match self {
            EntryKind::Country | EntryKind::Region => ActorKind::State,
            EntryKind::Igo => ActorKind::Igo,
            EntryKind::Ngo | EntryKind::Org | EntryKind::Imported => ActorKind::Organization,
            EntryKind::Group => ActorKind::Group,
            EntryKind::Person => ActorKind::Person,
        }
    }
}

/// A closed or open interval of days; both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DateRange {
    /// First day, or `None` for "since always".
    pub from: Option<NaiveDate>,
    /// Last day, or `None` for "still".
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// True when `date` lies in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// True when neither end is set.
    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.from {
            write!(f, "{d}")?;
        }
        f.write_str("..")?;
        if let Some(d) = self.to {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Where a record came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    /// File name as given (or `builtin:<name>`).
    pub file: std::sync::Arc<str>,
    /// 1-based line of the record header.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// A dated position: what code a person (or imported actor) carries during a period.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The code during the period, e.g. `AZEGOV`.
    pub code: ActorCode,
    /// The entry the code's base refers to (a country or organisation), when known.
    pub of: Option<EntryId>,
    /// The title as written, e.g. "Minister of Foreign Affairs".
    pub title: Option<Box<str>>,
    /// The agent the title names (for office-holder look-ups such as "the Armenian foreign
    /// minister" on a date); filled when the lexicon is built.
    pub agent: Option<AgentId>,
    /// When the role was held.
    pub dates: DateRange,
    /// True when the end date only says how long the source saw the role held (written
    /// `2003-10-31..2012-01-16?`): after it the person's status is unknown, not "former".
    pub open_end: bool,
}

/// A dictionary entry: a country, organisation, group or person, with the phrases that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The record key: ISO3 code, organisation key, group key or person name.
    pub key: Box<str>,
    /// What kind of record it is.
    pub kind: EntryKind,
    /// Display name ("Azerbaijan", "European Union", "Elmar Mammadyarov").
    pub name: Box<str>,
    /// Every phrase that names it, the display name first.
    pub names: Vec<Box<str>>,
    /// Adjectives ("Azerbaijani", "Azeri").
    pub adjectives: Vec<Box<str>>,
    /// Words for its people ("Azerbaijanis", "Azeris").
    pub people: Vec<Box<str>>,
    /// Capitals, which news uses for governments ("Baku said…").
    pub capitals: Vec<Box<str>>,
    /// The country it belongs to (an ISO3 key), if any.
    pub country: Option<Box<str>>,
    /// For organisations, the key of the organisation this one is part of (`UN` for `UNSC`).
    pub part_of: Option<Box<str>>,
    /// The code used when no dated role applies (for a country, its ISO3 code).
    pub code: Option<ActorCode>,
    /// Sectors a mention of the entry itself carries: `IGO` for an IGO, `REB` for a rebel group,
    /// `PRE` for a partially recognised entity. Reported in the actor record; not repeated in
    /// the code, whose base already says it.
    pub sectors: Vec<Box<str>>,
    /// Dated roles (people, and imported actors with date restrictions).
    pub roles: Vec<Role>,
    /// Where the entry was defined (the last record that touched it).
    pub origin: Origin,
}

impl Entry {
    /// The actor kind of a mention of this entry.
    pub fn actor_kind(&self) -> ActorKind {
        self.kind.actor_kind()
    }

    /// Roles in force on `date`.
    pub fn roles_on(&self, date: NaiveDate) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(move |r| r.dates.contains(date))
    }

    /// The code on `date`: the most recently started role in force, else the default code.
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&ActorCode> {
        let role = match date {
            Some(d) => self.roles_on(d).max_by_key(|r| r.dates.from),
            None => None,
        };
        role.map(|r| &r.code).or(self.code.as_ref())
    }
}

/// A common noun phrase that names a sector of a country or organisation: "armed forces" → MIL,
/// "foreign minister" → GOV (PETRARCH's agents, PLOVER's sectors).
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    /// The canonical phrase, also the role key: "foreign minister".
    pub key: Box<str>,
    /// Every singular phrase ("foreign minister", "minister of foreign affairs", "FM").
    pub phrases: Vec<Box<str>>,
    /// Plural phrases ("foreign ministers"), generated or given.
    pub plurals: Vec<Box<str>>,
    /// Sectors it adds to a code (`GOV`, `MIL`…).
    pub sectors: Vec<Box<str>>,
    /// Whether it names one person (a title), a body, or a collective.
    pub kind: ActorKind,
    /// True for an office or title ("foreign minister", "special representative"): a person
    /// named with it holds it as their role. False for members and collectives ("serviceman",
    /// "civilian"), which are not roles.
    pub office: bool,
    /// A generic title ("leader", "spokesman") whose sector yields to a more specific agent
    /// before it or to the actor's own sector ("rebel leader" → REB).
    pub weak: bool,
    /// PETRARCH's `CODE~` agents put their code before the actor's code (`NGO~` → `NGOUSA`).
    pub before: bool,
    /// Imported from a PETRARCH/TABARI agents dictionary. Such agents follow PETRARCH's
    /// conventions in resolution: every agent of a phrase adds its code in text order ("Danish
    /// Islamist media" → `DNKMUSMED`), where built-in agents let the phrase's head agent decide.
    pub imported: bool,
    /// Where it was defined.
    pub origin: Origin,
}

/// A phrase that marks a sentence or story as not to be coded (sports, entertainment…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// The phrase.
    pub phrase: Box<str>,
    /// True when the whole story is discarded, not just the sentence.
    pub story: bool,
    /// True when the phrase must end at a word boundary (PETRARCH's trailing `_`); otherwise it
    /// is a stem (`BASEBALL` also matches `BASEBALLS`).
    pub whole_word: bool,
    /// Where it was defined.
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_print_in_cameo_style() {
        let mut code = ActorCode::new("AZE", &["GOV"]);
        assert_eq!(code.to_string(), "AZEGOV");
        code.push_sector("GOV");
        code.push_sector("MIL");
        assert_eq!(code.to_string(), "AZEGOVMIL");
        assert_eq!(ActorCode::new("IGOEU", &[]).to_string(), "IGOEU");
        assert_eq!(ActorCode::unknown(&["MIL"]).to_string(), "---MIL");
    }

    #[test]
    fn petrarch_codes_round_trip() {
        for code in ["IGOEUREEC", "AZEGOVBUS", "USA", "PSEREBHMS", "ELR/GAL", "UARMILX"] {
            assert_eq!(ActorCode::parse_cameo(code).to_string(), code);
        }
        let c = ActorCode::parse_cameo("AZEGOVMIL");
        assert_eq!(c.base(), "AZE");
        assert_eq!(c.sectors().collect::<Vec<_>>(), ["GOV", "MIL"]);
    }

    #[test]
    fn date_ranges_are_inclusive() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let r = DateRange { from: Some(d("2004-04-02")), to: Some(d("2020-07-16")) };
        assert!(r.contains(d("2004-04-02")));
        assert!(r.contains(d("2020-07-16")));
        assert!(!r.contains(d("2020-07-17")));
        assert!(DateRange::default().contains(d("1900-01-01")));
    }
}
