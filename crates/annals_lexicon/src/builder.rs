//! Building a [`Lexicon`] from layers: the built-in files, then user directories.
//!
//! Layering rule: a record with the same kind and key as an earlier one *extends* it — its
//! names, adjectives and roles are added, and single-valued fields (`name`, `code`, `country`,
//! `sectors`) replace the earlier value. `replace: yes` drops what was there first. So a user
//! file can add a spelling to `@country AZE` or a new office holder without copying the
//! built-in record, and can still correct one outright.
//!
//! References between records (a role's `AZE`, an organisation's `part-of`, sector codes) are
//! checked in [`LexiconBuilder::build`], after every layer is in, so files can come in any
//! order.

use crate::format::{Record, parse_records};
use crate::index::{MatchMode, PhraseIndex, Target};
use crate::lexicon::{Lexicon, LoadedVerbs};
use crate::model::{ActorCode, Agent, AgentId, DateRange, Discard, Entry, EntryId, EntryKind, Origin, Role};
use crate::petrarch::{self, FileKind};
use crate::text::plural;
use crate::{ActorKind, LexiconError, Problem};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

/// A role whose base key is resolved at build time.
#[derive(Debug, Clone)]
struct PendingRole {
    entry: EntryId,
    base: String,
    sectors: Vec<String>,
    title: Option<String>,
    dates: DateRange,
    open_end: bool,
    file: Arc<str>,
    line: usize,
}

/// A reference to check at build time.
#[derive(Debug, Clone)]
enum Reference {
    Sector(String),
    Country(String),
    Org(String),
}

/// Collects dictionary layers and builds a [`Lexicon`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    entries: Vec<Entry>,
    keys: HashMap<(EntryKind, String), EntryId>,
    /// Kind of each country, organisation, group and region key (one namespace).
    base_kinds: HashMap<String, EntryKind>,
    pending_roles: Vec<PendingRole>,
    /// Imported (PETRARCH) phrases, indexed with their own match modes.
    imported_phrases: Vec<(String, Target, MatchMode)>,
    agents: Vec<Agent>,
    agent_modes: Vec<MatchMode>,
    agent_keys: HashMap<String, AgentId>,
    discards: Vec<Discard>,
    sectors: BTreeMap<Box<str>, Box<str>>,
    words: HashMap<Box<str>, Vec<Box<str>>>,
    verbs: Vec<LoadedVerbs>,
    issues: Vec<(String, petrarch::IssueDictionary)>,
    references: Vec<(Reference, Arc<str>, usize)>,
    problems: Vec<Problem>,
    /// Treat PETRARCH actor phrases without a trailing `_` as stems (TABARI behaviour).
    pub petrarch_stems: bool,
}

const ACTOR_FIELDS: [(&str, &[&str]); 7] = [
    ("country", &["name", "also", "adj", "people", "capital", "code", "replace", "note"]),
    ("region", &["name", "also", "adj", "people", "capital", "country", "sectors", "code", "replace", "note"]),
    ("igo", &["name", "also", "adj", "people", "code", "part-of", "sectors", "replace", "note"]),
    ("ngo", &["name", "also", "adj", "code", "country", "sectors", "replace", "note"]),
    ("org", &["name", "also", "adj", "people", "code", "country", "sectors", "part-of", "role", "replace", "note"]),
    ("group", &["name", "also", "adj", "people", "code", "country", "sectors", "role", "replace", "note"]),
    ("person", &["name", "also", "role", "code", "country", "replace", "note"]),
];

fn yes(value: &str) -> Option<bool> {
    match value {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        _ => None,
    }
}

/// Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `end` picks the last day of a partial date.
pub(crate) fn parse_day(s: &str, end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str| p.parse::<u32>().ok();
    let y = parts.first().and_then(|p| p.parse::<i32>().ok()).filter(|_| parts[0].len() == 4)?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(y, if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        2 => {
            let m = num(parts[1])?;
            if end {
                let next =
                    if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
                next?.pred_opt()
            } else {
                NaiveDate::from_ymd_opt(y, m, 1)
            }
        }
        3 => NaiveDate::from_ymd_opt(y, num(parts[1])?, num(parts[2])?),
        _ => None,
    }
}

/// Parse `FROM..TO` with either end optional; a `?` after the end marks it as the last date
/// the source confirms (see [`Role::open_end`]).
pub(crate) fn parse_range_open(s: &str) -> Result<(DateRange, bool), String> {
    let trimmed = s.trim();
    match trimmed.strip_suffix('?') {
        Some(rest) if !rest.trim_end().ends_with("..") => Ok((parse_range(rest)?, true)),
        Some(_) => Err(format!("`{trimmed}`: a `?` goes after an end date (`2003..2012-01-16?`)")),
        None => Ok((parse_range(trimmed)?, false)),
    }
}

/// Parse `FROM..TO` with either end optional.
pub(crate) fn parse_range(s: &str) -> Result<DateRange, String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("`{s}` is not a period: write `2004-04-02..2020-07-16`, `2018..` or `..1999-12`"))?;
    let from = if a.trim().is_empty() {
        None
    } else {
        Some(parse_day(a, false).ok_or_else(|| format!("bad date `{}` (want YYYY-MM-DD, YYYY-MM or YYYY)", a.trim()))?)
    };
    let to = if b.trim().is_empty() {
        None
    } else {
        Some(parse_day(b, true).ok_or_else(|| format!("bad date `{}` (want YYYY-MM-DD, YYYY-MM or YYYY)", b.trim()))?)
    };
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("period `{s}` ends before it starts"));
    }
    Ok(DateRange { from, to })
}

fn is_key(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// A builder holding the built-in dictionaries.
    pub fn with_builtin() -> LexiconBuilder {
        let mut b = LexiconBuilder::new();
        for (name, text) in crate::builtin::FILES {
            b.add_lex(text, &format!("builtin:{name}"));
        }
        b
    }

    /// Problems found so far.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    fn problem(&mut self, file: &str, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::new(file, line, message));
    }

    /// Add a dictionary file or every dictionary file in a directory (sorted by name): `.lex`
    /// files, and PETRARCH files recognised by their names (see [`FileKind::detect`]). Other
    /// files in a directory are reported and skipped.
    pub fn add_path(&mut self, path: &Path) -> Result<(), LexiconError> {
        let io = |e| LexiconError::Io { path: path.to_path_buf(), source: e };
        if path.is_dir() {
            let mut files: Vec<_> =
                std::fs::read_dir(path).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for file in files.iter().filter(|f| f.is_file()) {
                let name = file.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
                // Licences, read-me files and PETRARCH's XML test records sit beside dictionaries.
                let companion =
                    ["license", "licence", "readme", "notice", "copying"].iter().any(|p| name.starts_with(p))
                        || name.ends_with(".md")
                        || name.ends_with(".xml")
                        || name.starts_with('.');
                if !self.add_file(file, false)? && !companion {
                    self.problem(
                        &file.display().to_string(),
                        0,
                        "skipped: not a `.lex` file or a PETRARCH dictionary (…actors/agents/verbs/discards….txt)",
                    );
                }
            }
            Ok(())
        } else if self.add_file(path, true)? {
            Ok(())
        } else {
            Err(LexiconError::NotADictionary {
                path: path.to_path_buf(),
                message: "not a `.lex` file or a PETRARCH dictionary (…actors/agents/verbs/discards….txt)".into(),
            })
        }
    }

    /// Add one file; returns false when its type is not recognised.
    fn add_file(&mut self, path: &Path, _explicit: bool) -> Result<bool, LexiconError> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let is_lex = name.ends_with(".lex");
        let kind = FileKind::detect(&name);
        if !is_lex && kind.is_none() {
            return Ok(false);
        }
        let bytes = std::fs::read(path).map_err(|e| LexiconError::Io { path: path.to_path_buf(), source: e })?;
        let file = path.display().to_string();
        let text = petrarch::decode(&bytes, &file, &mut self.problems);
        match kind {
            _ if is_lex => self.add_lex(&text, &file),
            Some(kind) => self.add_petrarch(kind, &text, &file),
            None => unreachable!("checked above"),
        }
        Ok(true)
    }

    /// Add a PETRARCH dictionary of the given kind.
    pub fn add_petrarch(&mut self, kind: FileKind, text: &str, file: &str) {
        match kind {
            FileKind::Actors => {
                let dict = petrarch::actors::read(text, file);
                self.add_petrarch_actors(&dict, file);
                self.problems.extend(dict.problems);
            }
            FileKind::Agents => {
                let dict = petrarch::agents::read(text, file);
                self.add_petrarch_agents(&dict, file);
                self.problems.extend(dict.problems);
            }
            FileKind::Discards => {
                let list = petrarch::discards::read(text, file);
                let origin_file: Arc<str> = file.into();
                for d in &list.discards {
                    self.discards.push(Discard {
                        phrase: d.phrase.as_str().into(),
                        story: d.story,
                        whole_word: d.whole_word,
                        origin: Origin { file: origin_file.clone(), line: d.line },
                    });
                }
                self.problems.extend(list.problems);
            }
            FileKind::Verbs => {
                let mut dict = petrarch::verbs::read(text, file);
                self.problems.append(&mut dict.problems);
                self.verbs.push(LoadedVerbs { file: file.to_string(), dictionary: dict });
            }
            FileKind::Issues => {
                let mut dict = petrarch::issues::read(text, file);
                self.problems.append(&mut dict.problems);
                self.issues.push((file.to_string(), dict));
            }
            FileKind::Ontology => {
                let table = petrarch::ontology::read(text, file);
                self.problems.extend(table.problems);
            }
        }
    }

    /// Add the actors of a parsed PETRARCH actor dictionary.
    pub fn add_petrarch_actors(&mut self, dict: &petrarch::ActorDictionary, file: &str) {
        let origin_file: Arc<str> = file.into();
        for actor in &dict.actors {
            let key = actor.phrases[0].text.clone();
            let id = self.entry_for(EntryKind::Imported, &key, false, &origin_file, actor.line);
            let entry = &mut self.entries[id.0 as usize];
            for p in &actor.phrases {
                push_unique(&mut entry.names, &crate::text::title_case(&p.text));
            }
            for r in &actor.restrictions {
                if r.dates.is_unbounded() {
                    entry.code = (r.code != "---").then(|| ActorCode::parse_cameo(&r.code));
                } else {
                    entry.roles.push(Role {
                        code: ActorCode::parse_cameo(&r.code),
                        of: None,
                        title: None,
                        agent: None,
                        dates: r.dates,
                        open_end: false,
                    });
                }
            }
            for p in &actor.phrases {
                let mode = if self.petrarch_stems && !p.whole_word { MatchMode::Stem } else { MatchMode::Folded };
                self.imported_phrases.push((p.text.clone(), Target::Name(id), mode));
            }
        }
    }

    /// Add the agents of a parsed PETRARCH agent dictionary.
    pub fn add_petrarch_agents(&mut self, dict: &petrarch::AgentDictionary, file: &str) {
        let origin_file: Arc<str> = file.into();
        for a in &dict.agents {
            let sectors: Vec<Box<str>> =
                ActorCode::parse_cameo(&format!("XXX{}", a.code)).sectors().map(Into::into).collect();
            let plurals: Vec<Box<str>> = match &a.plurals {
                Some(list) => list.iter().map(|p| p.as_str().into()).collect(),
                None => a.phrases.iter().filter_map(|p| plural(p)).map(Into::into).collect(),
            };
            let agent = Agent {
                key: a.phrases[0].to_lowercase().into(),
                phrases: a.phrases.iter().map(|p| p.as_str().into()).collect(),
                plurals,
                sectors,
                kind: ActorKind::Person,
                office: false,
                weak: false,
                before: a.before,
                imported: true,
                origin: Origin { file: origin_file.clone(), line: a.line },
            };
            self.push_agent(agent, MatchMode::Folded);
        }
    }

    fn push_agent(&mut self, agent: Agent, mode: MatchMode) {
        let key = agent.key.to_lowercase();
        match self.agent_keys.get(&key) {
            Some(&id) => {
                let existing = &mut self.agents[id.0 as usize];
                for p in agent.phrases {
                    push_unique(&mut existing.phrases, &p);
                }
                for p in agent.plurals {
                    push_unique(&mut existing.plurals, &p);
                }
                existing.sectors = agent.sectors;
                existing.kind = agent.kind;
                existing.weak = agent.weak;
                existing.office = agent.office;
                existing.before = agent.before;
                existing.imported = agent.imported;
                existing.origin = agent.origin;
            }
            None => {
                let id = AgentId(self.agents.len() as u32);
                self.agent_keys.insert(key, id);
                self.agents.push(agent);
                self.agent_modes.push(mode);
            }
        }
    }

    /// Find or create the entry for `(kind, key)`.
    fn entry_for(&mut self, kind: EntryKind, key: &str, replace: bool, file: &Arc<str>, line: usize) -> EntryId {
        let origin = Origin { file: file.clone(), line };
        let fresh = |key: &str| Entry {
            key: key.into(),
            kind,
            name: key.into(),
            names: Vec::new(),
            adjectives: Vec::new(),
            people: Vec::new(),
            capitals: Vec::new(),
            country: None,
            part_of: None,
            code: None,
            sectors: Vec::new(),
            roles: Vec::new(),
            origin: origin.clone(),
        };
        match self.keys.get(&(kind, key.to_string())) {
            Some(&id) => {
                let entry = &mut self.entries[id.0 as usize];
                if replace {
                    *entry = fresh(key);
                    self.pending_roles.retain(|r| r.entry != id);
                }
                entry.origin = origin;
                id
            }
            None => {
                let id = EntryId(self.entries.len() as u32);
                self.entries.push(fresh(key));
                self.keys.insert((kind, key.to_string()), id);
                id
            }
        }
    }

    /// Add the records of a `.lex` file.
    pub fn add_lex(&mut self, text: &str, file: &str) {
        let records = parse_records(text, file, &mut self.problems);
        let file: Arc<str> = file.into();
        for record in &records {
            match record.kind {
                "agent" => self.add_agent_record(record, &file),
                "discard" => self.add_discard_record(record, &file),
                "sector" => self.add_sector_record(record, &file),
                "words" => self.add_words_record(record, &file),
                kind => match ACTOR_FIELDS.iter().find(|(k, _)| *k == kind) {
                    Some((_, allowed)) => self.add_actor_record(record, allowed, &file),
                    None => self.problem(
                        &file,
                        record.line,
                        format!(
                            "unknown record kind `@{kind}` (known: country, region, igo, ngo, org, group, person, \
                             agent, discard, sector, words)"
                        ),
                    ),
                },
            }
        }
    }

    fn check_fields(&mut self, record: &Record<'_>, allowed: &[&str], file: &Arc<str>) {
        for f in &record.fields {
            if !allowed.contains(&f.name) {
                self.problem(
                    file,
                    f.line,
                    format!("unknown field `{}` in `@{}` (allowed: {})", f.name, record.kind, allowed.join(", ")),
                );
            }
        }
    }

    fn add_actor_record(&mut self, record: &Record<'_>, allowed: &[&str], file: &Arc<str>) {
        self.check_fields(record, allowed, file);
        let kind = match record.kind {
            "country" => EntryKind::Country,
            "region" => EntryKind::Region,
            "igo" => EntryKind::Igo,
            "ngo" => EntryKind::Ngo,
            "org" => EntryKind::Org,
            "group" => EntryKind::Group,
            _ => EntryKind::Person,
        };
        let key = record.key;
        if kind == EntryKind::Country && !(key.len() == 3 && key.chars().all(|c| c.is_ascii_uppercase())) {
            self.problem(
                file,
                record.line,
                format!("country key `{key}` must be a three-letter ISO 3166 code such as `AZE`"),
            );
            return;
        }
        if kind != EntryKind::Person && kind != EntryKind::Country && !is_key(key) {
            self.problem(
                file,
                record.line,
                format!("key `{key}` of `@{}` must be capital letters and digits, e.g. `OSCE`", record.kind),
            );
            return;
        }
        if kind != EntryKind::Person {
            // Country, organisation and group keys share one namespace: roles refer to them.
            let clash = self.base_kinds.get(key).copied().filter(|k| *k != kind);
            if let Some(other) = clash {
                self.problem(
                    file,
                    record.line,
                    format!("key `{key}` is already used by a `@{}` record; keys must be unique", other.as_str()),
                );
                return;
            }
        }
        let replace = match record.get("replace") {
            Some(f) => match yes(f.value) {
                Some(v) => v,
                None => {
                    self.problem(file, f.line, "`replace:` takes `yes` or `no`");
                    false
                }
            },
            None => false,
        };
        let id = self.entry_for(kind, key, replace, file, record.line);
        if kind != EntryKind::Person {
            self.base_kinds.entry(key.to_string()).or_insert(kind);
        }
        let mut references = Vec::new();
        let mut problems = Vec::new();
        let mut pending = Vec::new();
        {
            let entry = &mut self.entries[id.0 as usize];
            if let Some(f) = record.get("name") {
                entry.name = f.value.into();
                push_front_unique(&mut entry.names, f.value);
            } else if kind == EntryKind::Person {
                push_front_unique(&mut entry.names, key);
            } else if entry.names.is_empty() {
                problems.push((record.line, format!("`@{} {key}` needs a `name:` line", record.kind)));
            }
            for f in record.all("also") {
                for v in f.values() {
                    push_unique(&mut entry.names, v);
                }
            }
            for f in record.all("adj") {
                for v in f.values() {
                    push_unique(&mut entry.adjectives, v);
                }
            }
            for f in record.all("people") {
                for v in f.values() {
                    push_unique(&mut entry.people, v);
                }
            }
            for f in record.all("capital") {
                for v in f.values() {
                    push_unique(&mut entry.capitals, v);
                }
            }
            if let Some(f) = record.get("country") {
                entry.country = Some(f.value.into());
                references.push((Reference::Country(f.value.to_string()), f.line));
            }
            if let Some(f) = record.get("part-of") {
                entry.part_of = Some(f.value.into());
                references.push((Reference::Org(f.value.to_string()), f.line));
            }
            let declared: Option<Vec<&str>> = record.get("sectors").map(|f| f.value.split_whitespace().collect());
            if let Some(list) = &declared {
                for s in list {
                    references.push((Reference::Sector(s.to_string()), record.get("sectors").map_or(0, |f| f.line)));
                }
            }
            let explicit_code = record.get("code").map(|f| (f.value, f.line));
            match kind {
                EntryKind::Country => {
                    entry.country = Some(key.into());
                    entry.code = Some(ActorCode::new(explicit_code.map_or(key, |c| c.0), &[]));
                }
                EntryKind::Region => {
                    let sectors = declared.clone().unwrap_or_default();
                    if entry.country.is_none() {
                        problems.push((record.line, format!("`@region {key}` needs `country: ISO3`")));
                    }
                    let base = entry.country.as_deref().unwrap_or("---").to_string();
                    entry.code = Some(match explicit_code {
                        Some((c, _)) => ActorCode::new(c, &[]),
                        None => ActorCode::new(&base, &sectors),
                    });
                    entry.sectors = sectors.iter().map(|s| (*s).into()).collect();
                }
                EntryKind::Igo | EntryKind::Ngo => {
                    let prefix = if kind == EntryKind::Igo { "IGO" } else { "NGO" };
                    entry.code =
                        Some(ActorCode::new(&explicit_code.map_or(format!("{prefix}{key}"), |c| c.0.to_string()), &[]));
                    let mut sectors = vec![prefix.to_string()];
                    sectors.extend(declared.clone().unwrap_or_default().iter().map(|s| s.to_string()));
                    entry.sectors = sectors.iter().map(|s| s.as_str().into()).collect();
                }
                EntryKind::Org | EntryKind::Group => {
                    let default: &[&str] = if kind == EntryKind::Group { &["REB"] } else { &[] };
                    let sectors: Vec<&str> = declared.clone().unwrap_or_else(|| default.to_vec());
                    entry.code = Some(match explicit_code {
                        Some((c, _)) => ActorCode::new(c, &[]),
                        None => {
                            let base = entry.country.as_deref().unwrap_or(if kind == EntryKind::Group {
                                "IMG"
                            } else {
                                "---"
                            });
                            let mut code = ActorCode::new(base, &sectors);
                            if kind == EntryKind::Group {
                                code.push_sector(key);
                            }
                            code
                        }
                    });
                    entry.sectors = sectors.iter().map(|s| (*s).into()).collect();
                }
                EntryKind::Person => {
                    if let Some((value, line)) = explicit_code {
                        let mut words = value.split_whitespace();
                        if let Some(base) = words.next() {
                            pending.push(PendingRole {
                                entry: id,
                                base: base.to_string(),
                                sectors: words.map(str::to_string).collect(),
                                title: None,
                                dates: DateRange::default(),
                                open_end: false,
                                file: file.clone(),
                                line,
                            });
                        }
                    }
                }
                EntryKind::Imported => {}
            }
            for f in record.all("role") {
                let parts: Vec<&str> = f.value.split('|').map(str::trim).collect();
                let (code, title, dates) = match parts.as_slice() {
                    [c] => (*c, None, None),
                    [c, d] if d.contains("..") => (*c, None, Some(*d)),
                    [c, t] => (*c, Some(*t), None),
                    [c, t, d] => (*c, Some(*t), Some(*d)),
                    _ => {
                        problems.push((f.line, "write a role as `BASE SECTORS | title | from..to`".to_string()));
                        continue;
                    }
                };
                let (dates, open_end) = match dates.filter(|d| !d.is_empty()).map(parse_range_open).transpose() {
                    Ok(d) => d.unwrap_or_default(),
                    Err(m) => {
                        problems.push((f.line, m));
                        continue;
                    }
                };
                let mut words = code.split_whitespace();
                let Some(base) = words.next() else {
                    problems.push((f.line, "role without a country or organisation key".to_string()));
                    continue;
                };
                let sectors: Vec<String> = words.map(str::to_string).collect();
                for s in &sectors {
                    references.push((Reference::Sector(s.clone()), f.line));
                }
                pending.push(PendingRole {
                    entry: id,
                    base: base.to_string(),
                    sectors,
                    title: title.filter(|t| !t.is_empty()).map(str::to_string),
                    dates,
                    open_end,
                    file: file.clone(),
                    line: f.line,
                });
            }
        }
        for (line, message) in problems {
            self.problem(file, line, message);
        }
        for (r, line) in references {
            self.references.push((r, file.clone(), line));
        }
        self.pending_roles.extend(pending);
    }

    fn add_agent_record(&mut self, record: &Record<'_>, file: &Arc<str>) {
        self.check_fields(record, &["also", "plural", "sectors", "kind", "weak", "office", "note"], file);
        let mut phrases: Vec<Box<str>> = vec![record.key.into()];
        for f in record.all("also") {
            for v in f.values() {
                push_unique(&mut phrases, v);
            }
        }
        let plurals: Vec<Box<str>> = match record.get("plural") {
            Some(f) if f.value == "-" => Vec::new(),
            Some(f) => f.values().map(Into::into).collect(),
            None => phrases
                .iter()
                .filter(|p| !crate::text::is_acronym(p))
                .filter_map(|p| plural(p))
                .map(Into::into)
                .collect(),
        };
        let Some(sectors_field) = record.get("sectors") else {
            self.problem(file, record.line, format!("`@agent {}` needs `sectors:` (e.g. `sectors: MIL`)", record.key));
            return;
        };
        let sectors: Vec<Box<str>> = sectors_field.value.split_whitespace().map(Into::into).collect();
        for s in &sectors {
            self.references.push((Reference::Sector(s.to_string()), file.clone(), sectors_field.line));
        }
        let kind = match record.get("kind") {
            None => ActorKind::Person,
            Some(f) => match ActorKind::parse(f.value) {
                Some(k @ (ActorKind::Person | ActorKind::Organization | ActorKind::Group)) => k,
                _ => {
                    self.problem(file, f.line, "agent `kind:` is `person`, `organization` or `group`");
                    ActorKind::Person
                }
            },
        };
        let mut flag = |name: &str| match record.get(name) {
            None => false,
            Some(f) => yes(f.value).unwrap_or_else(|| {
                self.problems.push(Problem::new(file, f.line, format!("`{name}:` takes `yes` or `no`")));
                false
            }),
        };
        let weak = flag("weak");
        let office = flag("office");
        let agent = Agent {
            key: record.key.to_lowercase().into(),
            phrases,
            plurals,
            sectors,
            kind,
            office,
            weak,
            before: false,
            imported: false,
            origin: Origin { file: file.clone(), line: record.line },
        };
        self.push_agent(agent, MatchMode::Auto);
    }

    fn add_discard_record(&mut self, record: &Record<'_>, file: &Arc<str>) {
        self.check_fields(record, &["story", "whole-word", "note"], file);
        let flag = |name: &str| record.get(name).and_then(|f| yes(f.value));
        self.discards.push(Discard {
            phrase: record.key.into(),
            story: flag("story").unwrap_or(false),
            whole_word: flag("whole-word").unwrap_or(true),
            origin: Origin { file: file.clone(), line: record.line },
        });
    }

    fn add_sector_record(&mut self, record: &Record<'_>, file: &Arc<str>) {
        self.check_fields(record, &["name", "note"], file);
        if !(record.key.len() == 3 && record.key.chars().all(|c| c.is_ascii_uppercase())) {
            self.problem(file, record.line, format!("sector code `{}` must be three capital letters", record.key));
            return;
        }
        let name = record.get("name").map(|f| f.value).unwrap_or("");
        self.sectors.insert(record.key.into(), name.into());
    }

    fn add_words_record(&mut self, record: &Record<'_>, file: &Arc<str>) {
        self.check_fields(record, &["words", "note"], file);
        let list = self.words.entry(record.key.into()).or_default();
        for f in record.all("words") {
            for v in f.values() {
                push_unique(list, v);
            }
        }
    }

    /// Resolve references, index phrases and return the lexicon with every problem found.
    pub fn build(mut self) -> (Lexicon, Vec<Problem>) {
        let base_keys: HashMap<String, EntryId> = self
            .keys
            .iter()
            .filter(|((k, _), _)| !matches!(k, EntryKind::Person | EntryKind::Imported))
            .map(|((_, key), id)| (key.clone(), *id))
            .collect();
        for (reference, file, line) in std::mem::take(&mut self.references) {
            let message = match &reference {
                Reference::Sector(s) if !self.sectors.contains_key(s.as_str()) => Some(format!(
                    "unknown sector `{s}`: use a defined sector code (GOV, MIL, REB, COP, …) or add `@sector {s}`"
                )),
                Reference::Country(c) => match base_keys.get(c) {
                    Some(id) if self.entries[id.0 as usize].kind == EntryKind::Country => None,
                    _ => Some(format!("unknown country `{c}`: write the ISO3 key of a `@country` record")),
                },
                Reference::Org(o) if !base_keys.contains_key(o) => Some(format!(
                    "unknown organisation `{o}` in `part-of`: write the key of an `@igo` or `@org` record"
                )),
                _ => None,
            };
            if let Some(m) = message {
                self.problem(&file, line, m);
            }
        }
        for role in std::mem::take(&mut self.pending_roles) {
            let Some(&of) = base_keys.get(&role.base) else {
                self.problem(
                    &role.file,
                    role.line,
                    format!(
                        "unknown key `{}` in role: write the country or organisation key first and sectors after it, \
                         e.g. `AZE GOV` or `EU`",
                        role.base
                    ),
                );
                continue;
            };
            let base_entry = &self.entries[of.0 as usize];
            let base_country = base_entry.country.clone();
            let mut code = base_entry.code.clone().unwrap_or_else(|| ActorCode::new(&role.base, &[]));
            for s in &role.sectors {
                code.push_sector(s);
            }
            let entry = &mut self.entries[role.entry.0 as usize];
            let new = Role {
                code,
                of: Some(of),
                title: role.title.map(Into::into),
                agent: None,
                dates: role.dates,
                open_end: role.open_end,
            };
            if role.dates.is_unbounded() && new.title.is_none() {
                entry.code = Some(new.code);
                if entry.country.is_none() {
                    entry.country = base_country;
                }
            } else if !entry.roles.contains(&new) {
                entry.roles.push(new);
            }
        }
        // Imported codes: link the base to a known country so resolution can report it.
        let three: HashMap<&str, EntryId> = base_keys
            .iter()
            .filter(|(_, id)| self.entries[id.0 as usize].kind == EntryKind::Country)
            .map(|(k, id)| (k.as_str(), *id))
            .collect();
        let mut imported_countries = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.kind == EntryKind::Imported {
                let base = entry.code.as_ref().map(|c| c.base().to_string());
                let country =
                    base.as_deref().and_then(|b| three.get(b)).map(|id| self.entries[id.0 as usize].key.clone());
                let role_links: Vec<Option<EntryId>> =
                    entry.roles.iter().map(|r| three.get(r.code.base()).copied()).collect();
                imported_countries.push((i, country, role_links));
            }
        }
        for (i, country, links) in imported_countries {
            let entry = &mut self.entries[i];
            entry.country = country;
            for (role, link) in entry.roles.iter_mut().zip(links) {
                role.of = link;
            }
        }
        let mut index = PhraseIndex::default();
        for (i, entry) in self.entries.iter().enumerate() {
            let id = EntryId(i as u32);
            if entry.kind != EntryKind::Imported {
                for n in &entry.names {
                    index.insert(n, Target::Name(id), MatchMode::Auto);
                }
            }
            for a in &entry.adjectives {
                index.insert(a, Target::Adjective(id), MatchMode::Auto);
            }
            for p in &entry.people {
                index.insert(p, Target::People(id), MatchMode::Auto);
            }
            for c in &entry.capitals {
                index.insert(c, Target::Capital(id), MatchMode::Auto);
            }
        }
        for (phrase, target, mode) in &self.imported_phrases {
            index.insert(phrase, *target, *mode);
        }
        for (i, (agent, mode)) in self.agents.iter().zip(&self.agent_modes).enumerate() {
            let id = AgentId(i as u32);
            for p in &agent.phrases {
                index.insert(p, Target::Agent(id), *mode);
            }
            for p in &agent.plurals {
                index.insert(p, Target::AgentPlural(id), *mode);
            }
        }
        let lexicon = Lexicon::assemble(
            self.entries,
            self.agents,
            self.discards,
            self.sectors,
            self.words,
            self.verbs,
            self.issues,
            base_keys,
            index,
        );
        (lexicon, self.problems)
    }
}

fn push_unique(list: &mut Vec<Box<str>>, value: &str) {
    if !value.is_empty() && !list.iter().any(|v| &**v == value) {
        list.push(value.into());
    }
}

fn push_front_unique(list: &mut Vec<Box<str>>, value: &str) {
    list.retain(|v| &**v != value);
    list.insert(0, value.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_and_ranges() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(parse_day("2020-07-16", false), Some(d(2020, 7, 16)));
        assert_eq!(parse_day("2020-02", true), Some(d(2020, 2, 29)));
        assert_eq!(parse_day("1994", true), Some(d(1994, 12, 31)));
        assert_eq!(parse_day("94", false), None);
        let r = parse_range("2004-04..").unwrap();
        assert_eq!(r.from, Some(d(2004, 4, 1)));
        assert_eq!(r.to, None);
        assert!(parse_range("2020..2019").is_err());
        assert!(parse_range("2020").is_err());
        assert!(parse_range_open("2003..2012-01-16?").unwrap().1);
        assert!(parse_range_open("2003..?").is_err());
    }
}
