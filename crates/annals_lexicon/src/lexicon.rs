//! The assembled [`Lexicon`] and the questions resolution asks it.
//!
//! Key design decision: the lexicon answers *dated* questions. A person's code is computed for
//! a date ([`Lexicon::coding`]): Elmar Mammadyarov is `AZEGOV`, "Minister of Foreign Affairs",
//! between April 2004 and July 2020, and a former official (`AZEELI`) after it. An office is
//! looked up for a date too ([`Lexicon::holders`]): "the Armenian foreign minister" in June 2019
//! is Zohrab Mnatsakanyan. Without a date the lexicon does not guess who held an office.

use crate::builder::LexiconBuilder;
use crate::index::{PhraseIndex, Piece, Target};
use crate::model::{ActorCode, ActorKind, Agent, AgentId, Discard, Entry, EntryId, EntryKind, Role};
use crate::petrarch::{IssueDictionary, VerbDictionary};
use crate::{LexiconError, Problem};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// A PETRARCH verb dictionary loaded from a user directory, for the event coder.
#[derive(Debug, Clone)]
pub struct LoadedVerbs {
    /// The file it came from.
    pub file: String,
    /// Its contents.
    pub dictionary: VerbDictionary,
}

/// How to code a mention of an entry on a given date.
#[derive(Debug, Clone, PartialEq)]
pub struct Coding {
    /// The CAMEO-style code (`AZEGOV`, `IGOEU`).
    pub code: ActorCode,
    /// The country (ISO3), when the actor belongs to one.
    pub country: Option<Box<str>>,
    /// The country or organisation entry the code is based on.
    pub of: Option<EntryId>,
    /// Sectors to report (`GOV`, `IGO`, …).
    pub sectors: Vec<Box<str>>,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// The role on that date ("Minister of Foreign Affairs"), if any.
    pub role: Option<Box<str>>,
    /// The agent the role's title names, if any.
    pub role_agent: Option<AgentId>,
}

impl Coding {
    /// Add an agent's sectors, as in "Armenian" + "armed forces" → `ARMMIL`.
    ///
    /// One exception: an intergovernmental organisation's officials are the organisation, so
    /// the generic government sector of titles such as "Special Representative" or "Secretary
    /// General" is not added to an IGO code (`IGOEU`, not `IGOEUGOV`).
    pub fn with_agent(&self, agent: &Agent) -> Coding {
        let mut out = self.clone();
        let igo = self.sectors.iter().any(|s| &**s == "IGO");
        for s in &agent.sectors {
            if igo && &**s == "GOV" {
                continue;
            }
            if agent.before {
                out.code = ActorCode::new(&format!("{s}{}", out.code.base()), &out.code.sectors().collect::<Vec<_>>());
            } else {
                out.code.push_sector(s);
            }
            if !out.sectors.iter().any(|x| x == s) {
                out.sectors.push(s.clone());
            }
        }
        out
    }
}

/// Actor, agent and discard dictionaries, indexed for matching.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    agents: Vec<Agent>,
    discards: Vec<Discard>,
    sectors: BTreeMap<Box<str>, Box<str>>,
    words: HashMap<Box<str>, Vec<Box<str>>>,
    verbs: Vec<LoadedVerbs>,
    issues: Vec<(String, IssueDictionary)>,
    keys: HashMap<String, EntryId>,
    index: PhraseIndex,
    offices: HashMap<(EntryId, AgentId), Vec<(EntryId, u32)>>,
    surnames: HashMap<String, Vec<EntryId>>,
}

impl Lexicon {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn assemble(
        mut entries: Vec<Entry>,
        agents: Vec<Agent>,
        discards: Vec<Discard>,
        sectors: BTreeMap<Box<str>, Box<str>>,
        words: HashMap<Box<str>, Vec<Box<str>>>,
        verbs: Vec<LoadedVerbs>,
        issues: Vec<(String, IssueDictionary)>,
        keys: HashMap<String, EntryId>,
        index: PhraseIndex,
    ) -> Lexicon {
        let mut offices: HashMap<(EntryId, AgentId), Vec<(EntryId, u32)>> = HashMap::new();
        // Thousands of roles share a few hundred titles.
        let mut agent_of_title: HashMap<Box<str>, Option<AgentId>> = HashMap::new();
        for (i, entry) in entries.iter_mut().enumerate() {
            for (r, role) in entry.roles.iter_mut().enumerate() {
                role.agent = match role.title.as_deref() {
                    Some(t) => match agent_of_title.get(t) {
                        Some(a) => *a,
                        None => {
                            let a = title_agent(&index, t);
                            agent_of_title.insert(t.into(), a);
                            a
                        }
                    },
                    None => None,
                };
                if let (Some(of), Some(agent)) = (role.of, role.agent) {
                    offices.entry((of, agent)).or_default().push((EntryId(i as u32), r as u32));
                }
            }
        }
        // Surnames (the last word of a person's names) for "Mammadyarov said" with no full name.
        let mut surnames: HashMap<String, Vec<EntryId>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            if entry.kind != EntryKind::Person {
                continue;
            }
            for name in &entry.names {
                let pieces = crate::text::pieces(name);
                if pieces.len() < 2 {
                    continue;
                }
                if let Some(last) = pieces.last() {
                    let list = surnames.entry(crate::text::fold(last)).or_default();
                    if !list.contains(&EntryId(i as u32)) {
                        list.push(EntryId(i as u32));
                    }
                }
            }
        }
        Lexicon { entries, agents, discards, sectors, words, verbs, issues, keys, index, offices, surnames }
    }

    /// The built-in dictionaries (embedded in the binary), built afresh.
    pub fn builtin() -> Lexicon {
        LexiconBuilder::with_builtin().build().0
    }

    /// The built-in dictionaries, built once per process and shared (for callers that need
    /// the built-in lexicon many times, such as tests and batch jobs without `--lexicon`).
    pub fn shared_builtin() -> &'static Lexicon {
        static SHARED: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        SHARED.get_or_init(Lexicon::builtin)
    }

    /// The built-in dictionaries with user dictionaries layered over them, in order. Returns
    /// the lexicon and every unusable line found; fails only when a path cannot be read.
    pub fn load(user: &[&Path]) -> Result<(Lexicon, Vec<Problem>), LexiconError> {
        let mut builder = LexiconBuilder::with_builtin();
        for path in user {
            builder.add_path(path)?;
        }
        Ok(builder.build())
    }

    /// Every entry.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// One entry.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// Every agent.
    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }

    /// One agent.
    pub fn agent(&self, id: AgentId) -> &Agent {
        &self.agents[id.0 as usize]
    }

    /// The agent with the given key ("foreign minister").
    pub fn agent_by_key(&self, key: &str) -> Option<AgentId> {
        let key = key.to_lowercase();
        self.agents.iter().position(|a| *a.key == *key).map(|i| AgentId(i as u32))
    }

    /// Discard phrases.
    pub fn discards(&self) -> &[Discard] {
        &self.discards
    }

    /// Defined sector codes with their descriptions.
    pub fn sectors(&self) -> &BTreeMap<Box<str>, Box<str>> {
        &self.sectors
    }

    /// A named word list from `@words` records (used by coreference and other stages).
    pub fn words(&self, name: &str) -> &[Box<str>] {
        self.words.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// PETRARCH verb dictionaries loaded from user directories.
    pub fn verbs(&self) -> &[LoadedVerbs] {
        &self.verbs
    }

    /// PETRARCH issue dictionaries loaded from user directories.
    pub fn issues(&self) -> &[(String, IssueDictionary)] {
        &self.issues
    }

    /// The phrase index.
    pub fn index(&self) -> &PhraseIndex {
        &self.index
    }

    /// The country, organisation, group or region with this key (`AZE`, `EU`, `HMS`).
    pub fn by_key(&self, key: &str) -> Option<EntryId> {
        self.keys.get(key).copied()
    }

    /// The person entries named exactly `name` (folded comparison).
    pub fn people_named(&self, name: &str) -> Vec<EntryId> {
        let pieces = Piece::split(name);
        self.index
            .find_at(&pieces, 0)
            .into_iter()
            .filter(|m| m.len == pieces.len())
            .filter_map(|m| match m.target {
                Target::Name(id) if self.entry(id).kind == EntryKind::Person => Some(id),
                _ => None,
            })
            .collect()
    }

    /// People whose name ends with `surname` (folded comparison): "Aliyev" → Heydar and Ilham
    /// Aliyev. Resolution picks among them by date.
    pub fn people_with_surname(&self, surname: &str) -> &[EntryId] {
        self.surnames.get(&crate::text::fold(surname)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The agent a title names: the longest agent phrase in it, the later one on a tie
    /// ("EU Special Representative for the South Caucasus" → "special representative").
    pub fn title_agent(&self, title: &str) -> Option<AgentId> {
        title_agent(&self.index, title)
    }

    /// Who held the office `agent` of `of` (a country or organisation) on `date`, the most
    /// recently appointed first.
    pub fn holders(&self, of: EntryId, agent: AgentId, date: NaiveDate) -> Vec<EntryId> {
        let Some(list) = self.offices.get(&(of, agent)) else { return Vec::new() };
        let mut found: Vec<(Option<NaiveDate>, EntryId)> = list
            .iter()
            .map(|&(e, r)| (e, &self.entry(e).roles[r as usize]))
            .filter(|(_, role)| role.dates.contains(date))
            .map(|(e, role)| (role.dates.from, e))
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.dedup_by_key(|x| x.1);
        found.into_iter().map(|(_, e)| e).collect()
    }

    /// The country entry of a country, region or organisation entry, if any.
    pub fn country_of(&self, id: EntryId) -> Option<EntryId> {
        let e = self.entry(id);
        e.country.as_deref().and_then(|c| self.by_key(c))
    }

    /// How to code a mention of entry `id` on `date`. `title` is the agent of a title written
    /// next to the name ("Minister of Foreign Affairs Elmar Mammadyarov"), used to choose among
    /// a person's roles. Returns `None` for entries that are known but not coded (PETRARCH
    /// `---`).
    pub fn coding(&self, id: EntryId, date: Option<NaiveDate>, title: Option<AgentId>) -> Option<Coding> {
        let entry = self.entry(id);
        match entry.kind {
            EntryKind::Person => self.person_coding(entry, date, title),
            EntryKind::Imported => {
                let role = date.and_then(|d| entry.roles.iter().find(|r| r.dates.contains(d)));
                let code = role.map(|r| &r.code).or(entry.code.as_ref())?;
                let of = role.and_then(|r| r.of).or_else(|| self.by_key(code.base()));
                // PETRARCH does not say what an actor is: dated codes mark people, a bare country
                // code a state, anything else an organisation.
                let is_country = of.is_some_and(|o| self.entry(o).kind == EntryKind::Country);
                let kind = if !entry.roles.is_empty() {
                    ActorKind::Person
                } else if is_country && code.sectors().len() == 0 {
                    ActorKind::State
                } else {
                    ActorKind::Organization
                };
                Some(Coding {
                    code: code.clone(),
                    country: of.and_then(|o| self.entry(o).country.clone()),
                    of,
                    sectors: code.sectors().map(Into::into).collect(),
                    kind,
                    role: None,
                    role_agent: None,
                })
            }
            kind => {
                let dated = date.and_then(|d| entry.roles_on(d).max_by_key(|r| r.dates.from));
                if let Some(role) = dated {
                    return Some(Coding { kind: kind.actor_kind(), ..self.role_coding(role, false) });
                }
                Some(Coding {
                    code: entry.code.clone().unwrap_or_else(|| ActorCode::new(&entry.key, &[])),
                    country: entry.country.clone(),
                    of: Some(id),
                    sectors: entry.sectors.clone(),
                    kind: kind.actor_kind(),
                    role: None,
                    role_agent: None,
                })
            }
        }
    }

    fn role_coding(&self, role: &Role, former: bool) -> Coding {
        let base = role.of.map(|o| self.entry(o));
        let base_sectors: Vec<&str> =
            base.and_then(|b| b.code.as_ref()).map(|c| c.sectors().collect()).unwrap_or_default();
        let mut sectors: Vec<Box<str>> = base.map(|b| b.sectors.clone()).unwrap_or_default();
        let mut code = role.code.clone();
        if former {
            code = ActorCode::new(role.code.base(), &base_sectors);
            code.push_sector("ELI");
            sectors.push("ELI".into());
        } else {
            for s in role.code.sectors().filter(|s| !base_sectors.contains(s)) {
                if !sectors.iter().any(|x| &**x == s) {
                    sectors.push(s.into());
                }
            }
        }
        let title = role.title.as_deref().map(|t| if former { format!("former {t}").into() } else { Box::from(t) });
        Coding {
            code,
            country: base.and_then(|b| b.country.clone()),
            of: role.of,
            sectors,
            kind: ActorKind::Person,
            role: title,
            role_agent: role.agent,
        }
    }

    fn person_coding(&self, entry: &Entry, date: Option<NaiveDate>, title: Option<AgentId>) -> Option<Coding> {
        fn latest(roles: Vec<&Role>, title: Option<AgentId>) -> Option<&Role> {
            let agrees = |r: &&Role| title.is_some() && r.agent == title;
            roles.iter().copied().find(agrees).or_else(|| roles.iter().copied().max_by_key(|r| r.dates.from))
        }
        let chosen = match date {
            Some(d) => {
                let in_force: Vec<&Role> = entry.roles.iter().filter(|r| r.dates.contains(d)).collect();
                if let Some(role) = latest(in_force, title) {
                    return Some(self.role_coding(role, false));
                }
                // After every role ended the person is a former official, unless the last role
                // only ended where the source stops: then the status is unknown and only the
                // country is coded.
                let ended: Vec<&Role> = entry.roles.iter().filter(|r| r.dates.to.is_some_and(|t| t < d)).collect();
                let last = ended.iter().copied().max_by_key(|r| r.dates.to);
                if let Some(role) = last
                    && entry.roles.iter().all(|r| r.dates.from.is_none_or(|f| f <= d))
                {
                    if role.open_end {
                        let mut coding = self.role_coding(role, false);
                        coding.code = ActorCode::new(role.code.base(), &[]);
                        coding.sectors.retain(|s| matches!(&**s, "IGO" | "NGO" | "PRE"));
                        coding.role = None;
                        coding.role_agent = None;
                        return Some(coding);
                    }
                    return Some(self.role_coding(role, true));
                }
                None
            }
            None => latest(entry.roles.iter().collect(), title),
        };
        if let Some(role) = chosen {
            return Some(self.role_coding(role, false));
        }
        if let Some(code) = &entry.code {
            let of = self.by_key(code.base());
            return Some(Coding {
                code: code.clone(),
                country: entry.country.clone().or_else(|| of.and_then(|o| self.entry(o).country.clone())),
                of,
                sectors: code.sectors().map(Into::into).collect(),
                kind: ActorKind::Person,
                role: None,
                role_agent: None,
            });
        }
        // Known only from roles that start later: the person's country, no sector.
        let first = entry.roles.iter().min_by_key(|r| r.dates.from)?;
        let of = first.of?;
        let base = self.entry(of);
        Some(Coding {
            code: base.code.clone().unwrap_or_else(|| ActorCode::new(&base.key, &[])),
            country: base.country.clone(),
            of: Some(of),
            sectors: base.sectors.clone(),
            kind: ActorKind::Person,
            role: None,
            role_agent: None,
        })
    }

    /// Counts for reports: entries by kind, agents, phrases, discards.
    pub fn stats(&self) -> Vec<(&'static str, usize)> {
        let count = |k: EntryKind| self.entries.iter().filter(|e| e.kind == k).count();
        vec![
            ("countries", count(EntryKind::Country)),
            ("regions", count(EntryKind::Region)),
            ("igos", count(EntryKind::Igo)),
            ("ngos", count(EntryKind::Ngo)),
            ("organisations", count(EntryKind::Org)),
            ("groups", count(EntryKind::Group)),
            ("people", count(EntryKind::Person)),
            ("roles", self.entries.iter().map(|e| e.roles.len()).sum()),
            ("imported actors", count(EntryKind::Imported)),
            ("agents", self.agents.len()),
            ("discards", self.discards.len()),
            ("phrases", self.index.len()),
            ("verb dictionaries", self.verbs.len()),
        ]
    }
}

fn title_agent(index: &PhraseIndex, title: &str) -> Option<AgentId> {
    let pieces = Piece::split(title);
    let mut best: Option<(usize, usize, AgentId)> = None;
    for at in 0..pieces.len() {
        for m in index.find_at(&pieces, at) {
            if let Target::Agent(a) | Target::AgentPlural(a) = m.target
                && best.is_none_or(|(len, _, _)| m.len >= len)
            {
                best = Some((m.len, at, a));
            }
        }
    }
    best.map(|(_, _, a)| a)
}
