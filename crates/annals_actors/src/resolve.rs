//! Resolution proper: describe each noun phrase, then link the descriptions into actors.
//!
//! The pass over a document is:
//! 1. hits and noun phrases per sentence ([`crate::phrases`]);
//! 2. one or more [`Ref`]s per phrase ([`Ctx::describe`]): what the phrase says about whom;
//! 3. coreference in text order ([`Ctx::corefer`]): each reference joins a cluster or starts one;
//! 4. clusters with a code become [`Actor`]s, references become [`Mention`]s.

use crate::phrases::{Hit, Np, build_nps, deprel, entity_at, find_hits, head_of};
use crate::{Actor, Mention, MentionKind, Resolution, Resolver};
use annals_doc::{Doc, EntityLabel, Span, Upos};
use annals_lexicon::text::{fold, pieces};
use annals_lexicon::{ActorCode, ActorKind, AgentId, Coding, EntryId, EntryKind, Lexicon, NaiveDate, Target};
use std::collections::HashSet;
use std::ops::Range;

/// An agent phrase in a noun phrase: the agent, whether the phrase is its plural, its tokens.
type AgentHit = (AgentId, bool, Range<usize>);

/// Pronoun classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pron {
    Person,
    Plural,
    Thing,
}

/// How a reference refers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A person or organisation by name.
    Named,
    /// An office without a name ("the minister", "the Azerbaijani FM").
    Title,
    /// A member, collective or body described by a common noun ("an Azerbaijani serviceman").
    Described,
    /// A country, organisation or group named as the phrase's head ("Armenia").
    Entity,
    /// A name modifying another noun ("the Armenia-Azerbaijan conflict").
    Modifier,
    /// A pronoun.
    Pronoun(Pron),
    /// "The sides".
    Sides,
}

/// What one phrase (or part of one) says about an actor.
#[derive(Debug, Clone)]
struct Ref {
    np: usize,
    /// Refs from one phrase share a group and become one mention.
    group: usize,
    tokens: Range<usize>,
    head: usize,
    form: Form,
    person: Option<EntryId>,
    /// The person was found by surname only: an earlier full name in the text wins.
    by_surname: bool,
    name: Option<String>,
    base: Option<EntryId>,
    coding: Option<Coding>,
    agent: Option<AgentId>,
    role: Option<String>,
    kind: ActorKind,
    definite: bool,
    plural: bool,
    /// Phrase whose actor supplies the country ("their troops", "the armed forces of Armenia").
    deferred_base: Option<usize>,
    /// Phrase this one is in apposition to ("Toivo Klaar, EU Special Representative…").
    appos_of: Option<usize>,
    /// A readable description for actors without a name.
    description: String,
}

/// A coreference cluster under construction.
#[derive(Debug, Clone, Default)]
struct Cluster {
    refs: Vec<usize>,
    person: Option<EntryId>,
    entity: Option<EntryId>,
    name: Option<String>,
    surname: Option<String>,
    coding: Option<Coding>,
    role: Option<String>,
    agents: HashSet<AgentId>,
    key: Option<(Option<EntryId>, String, bool)>,
    last: usize,
    named: bool,
    description: String,
}

struct Ctx<'a, 'l> {
    r: &'a Resolver<'l>,
    lex: &'l Lexicon,
    doc: &'a Doc,
    date: Option<NaiveDate>,
    sentences: Vec<Range<usize>>,
    hits: Vec<Hit>,
    nps: Vec<Np>,
    np_of_token: Vec<Option<usize>>,
}

pub(crate) fn run(r: &Resolver<'_>, doc: &Doc, date: Option<NaiveDate>) -> Resolution {
    let n = doc.tokens.len();
    if n == 0 {
        return Resolution::default();
    }
    let mut sentences: Vec<Range<usize>> =
        doc.sentences.iter().map(|s| s.tokens.start as usize..(s.tokens.end as usize).min(n)).collect();
    if sentences.is_empty() {
        sentences.push(0..n);
    }
    let mut hits = Vec::new();
    let mut nps = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let h = find_hits(r.lexicon, doc, s.clone());
        let base = hits.len();
        nps.extend(build_nps(doc, si, s.clone(), &h, base, &r.words));
        hits.extend(h);
    }
    let mut np_of_token = vec![None; n];
    for (i, np) in nps.iter().enumerate() {
        for &t in &np.tokens {
            np_of_token[t] = Some(i);
        }
    }
    let ctx = Ctx { r, lex: r.lexicon, doc, date, sentences, hits, nps, np_of_token };
    let mut refs = Vec::new();
    for i in 0..ctx.nps.len() {
        let group = i;
        for mut r in ctx.describe(i) {
            r.group = group;
            refs.push(r);
        }
    }
    ctx.corefer(refs)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

impl<'a, 'l> Ctx<'a, 'l> {
    fn form(&self, t: usize) -> &str {
        self.doc.form(t)
    }

    fn sentence_range(&self, np: usize) -> Range<usize> {
        self.sentences[self.nps[np].sentence].clone()
    }

    /// Children of token `t` (within its sentence).
    fn children(&self, t: usize, sentence: &Range<usize>) -> Vec<usize> {
        sentence.clone().filter(|&c| head_of(self.doc, c, sentence) == Some(t)).collect()
    }

    /// The preposition (`case` child) of token `t`, lower case.
    fn case_of(&self, t: usize, sentence: &Range<usize>) -> Option<String> {
        self.children(t, sentence).into_iter().find(|&c| deprel(self.doc, c) == "case").map(|c| lower(self.form(c)))
    }

    fn text(&self, tokens: Range<usize>) -> String {
        if tokens.is_empty() {
            return String::new();
        }
        let span = self.doc.tokens[tokens.start].span.cover(self.doc.tokens[tokens.end - 1].span);
        self.doc.slice(span).to_string()
    }

    fn plural_token(&self, t: usize) -> bool {
        let tok = &self.doc.tokens[t];
        if tok.xpos.is_none() && tok.feats.is_none() && tok.upos.is_none() {
            // Untagged text: a lower-case word in -s (not -ss) is taken as plural.
            let f = self.form(t);
            return f.len() > 3 && f.ends_with('s') && !f.ends_with("ss") && f.chars().all(|c| c.is_lowercase());
        }
        matches!(tok.xpos.as_deref(), Some("NNS" | "NNPS"))
            || tok.feats.as_deref().is_some_and(|f| f.split('|').any(|x| x == "Number=Plur"))
    }

    fn lemma(&self, t: usize) -> String {
        match &self.doc.tokens[t].lemma {
            Some(l) => lower(l),
            None => lower(self.form(t)),
        }
    }

    /// Describe noun phrase `i`.
    fn describe(&self, i: usize) -> Vec<Ref> {
        let np = &self.nps[i];
        let doc = self.doc;
        let words = &self.r.words;
        let sentence = self.sentence_range(i);
        let head = np.head;
        let head_form = lower(self.form(head));
        let blank = Ref {
            np: i,
            group: i,
            tokens: np.range(),
            head,
            form: Form::Described,
            person: None,
            by_surname: false,
            name: None,
            base: None,
            coding: None,
            agent: None,
            role: None,
            kind: ActorKind::Person,
            definite: false,
            plural: false,
            deferred_base: None,
            appos_of: None,
            description: String::new(),
        };

        // Pronouns.
        if doc.tokens[head].upos == Some(Upos::Pron) || np.tokens.len() == 1 {
            let kind = if words.pronoun_person.contains(&head_form) {
                Some(Pron::Person)
            } else if words.pronoun_plural.contains(&head_form) {
                Some(Pron::Plural)
            } else if words.pronoun_thing.contains(&head_form) {
                Some(Pron::Thing)
            } else {
                None
            };
            if let Some(k) = kind {
                return vec![Ref {
                    form: Form::Pronoun(k),
                    plural: k == Pron::Plural,
                    tokens: head..head + 1,
                    ..blank
                }];
            }
            if doc.tokens[head].upos == Some(Upos::Pron) {
                return Vec::new();
            }
        }

        let children = self.children(head, &sentence);
        let poss = children.iter().find(|&&c| deprel(doc, c) == "nmod:poss").and_then(|&c| self.np_of_token[c]);
        // "The armed forces of Armenia", "soldiers from Gondor": the country comes after.
        let of_np = children
            .iter()
            .find(|&&c| {
                deprel(doc, c).starts_with("nmod")
                    && matches!(self.case_of(c, &sentence).as_deref(), Some("of" | "from"))
            })
            .and_then(|&c| self.np_of_token[c]);
        // Without a parse: "X of Y" and "their X" by adjacency.
        let parsed = sentence.clone().any(|t| doc.tokens[t].head.is_some());
        let (poss, of_np) = if parsed {
            (poss, of_np)
        } else {
            let range = np.range();
            let of_np = (range.end + 1 < sentence.end && lower(self.form(range.end)) == "of")
                .then(|| self.np_of_token[range.end + 1])
                .flatten()
                .filter(|&o| self.nps[o].tokens[0] == range.end + 1);
            let poss = range.start.checked_sub(1).filter(|&p| p >= sentence.start).and_then(|p| {
                let f = lower(self.form(p));
                if matches!(f.as_str(), "'s" | "’s") {
                    p.checked_sub(1).and_then(|q| self.np_of_token[q])
                } else if matches!(f.as_str(), "their" | "its" | "his" | "her") {
                    self.np_of_token[p]
                } else {
                    None
                }
            });
            (poss, of_np)
        };
        let appos_children: Vec<usize> =
            children.iter().filter(|&&c| deprel(doc, c) == "appos").filter_map(|&c| self.np_of_token[c]).collect();
        let appos_of = (deprel(doc, head) == "appos")
            .then(|| head_of(doc, head, &sentence))
            .flatten()
            .and_then(|g| self.np_of_token[g]);
        let before_head =
            |set: &HashSet<String>| np.tokens.iter().any(|&t| t < head && set.contains(&lower(self.form(t))));
        let definite = before_head(&words.definite) || poss.is_some();
        let former = np.tokens.iter().any(|&t| {
            let f = lower(self.form(t));
            words.former.contains(&f) || f.starts_with("ex-")
        });
        let numeral_two = np.tokens.iter().any(|&t| t < head && matches!(lower(self.form(t)).as_str(), "two" | "both"));

        // Classify the hits.
        let entity = entity_at(doc, head).or_else(|| np.tokens.iter().find_map(|&t| entity_at(doc, t)));
        let per_entity = entity.clone().filter(|(l, _)| *l == EntityLabel::Per).map(|(_, r)| r);
        // A lone proper noun the recogniser missed that is the surname of a person named earlier
        // ("Mammadyarov further added…" after "Elmar Mammadyarov") is read as that name.
        let per_entity = per_entity.or_else(|| {
            let lone_name = entity.is_none()
                && np.hits.is_empty()
                && np.tokens.len() == 1
                && doc.tokens[head].upos == Some(Upos::Propn);
            (lone_name && self.surname_named_earlier(head)).then(|| head..head + 1)
        });
        let mut persons: Vec<(EntryId, Range<usize>)> = Vec::new();
        let mut bases: Vec<(EntryId, Target, Range<usize>)> = Vec::new();
        let mut agents: Vec<(AgentId, bool, Range<usize>)> = Vec::new();
        let has_adjective_base =
            np.hits.iter().any(|&h| self.hits[h].targets.iter().any(|t| matches!(t, Target::Adjective(_))));
        // Where the first title inside a person entity starts: a country named before it is the
        // title's, not part of the name ("Bree Prime Minister Romendacil" as one entity).
        let first_title_in_entity = per_entity.as_ref().and_then(|p| {
            np.hits
                .iter()
                .map(|&h| &self.hits[h])
                .filter(|hit| p.start <= hit.tokens.start && hit.tokens.end <= p.end)
                .filter(|hit| hit.targets.iter().any(|t| matches!(t, Target::Agent(_) | Target::AgentPlural(_))))
                .map(|hit| hit.tokens.start)
                .min()
        });
        for &h in &np.hits {
            let hit = &self.hits[h];
            let toks = hit.tokens.clone();
            // A place or organisation name inside a longer person name is part of the name, unless
            // a title follows it.
            let before_title = first_title_in_entity.is_some_and(|t| toks.end <= t);
            let inside_person = !before_title
                && per_entity.as_ref().is_some_and(|p| p.start <= toks.start && toks.end <= p.end && *p != toks);
            let person: Vec<EntryId> = hit
                .targets
                .iter()
                .filter_map(|t| match t {
                    Target::Name(id) if self.lex.entry(*id).kind == EntryKind::Person => Some(*id),
                    _ => None,
                })
                .collect();
            if !person.is_empty() {
                persons.push((self.pick_person(&person), toks));
                continue;
            }
            let agent = hit.targets.iter().find_map(|t| match t {
                Target::Agent(a) => Some((*a, false)),
                Target::AgentPlural(a) => Some((*a, true)),
                _ => None,
            });
            if inside_person {
                // A title the tagger put inside the name ("President Putin") is still a title.
                if let Some((a, plural)) = agent {
                    agents.push((a, plural, toks));
                }
                continue;
            }
            let entry = hit.targets.iter().find(|t| !matches!(t, Target::Agent(_) | Target::AgentPlural(_))).copied();
            // "Security Council" is the UN's unless a country claims it ("Russia's Security Council").
            let prefer_agent = agent.is_some() && (has_adjective_base || poss.is_some());
            match (entry, agent) {
                (Some(e), Some(a)) if !prefer_agent && !matches!(e, Target::Adjective(_)) => {
                    let _ = a;
                    bases.push((target_entry(e), e, toks));
                }
                (_, Some((a, plural))) if entry.is_none() || prefer_agent => agents.push((a, plural, toks)),
                (Some(e), _) => bases.push((target_entry(e), e, toks)),
                (None, None) => {}
                (None, Some((a, plural))) => agents.push((a, plural, toks)),
            }
        }
        let plural = self.plural_token(head)
            || agents.iter().any(|(_, p, t)| *p && t.contains(&head))
            || bases.iter().any(|(_, t, r)| matches!(t, Target::People(_)) && r.contains(&head));

        // "The sides", "both parties".
        if words.sides.contains(&head_form) && persons.is_empty() && bases.is_empty() && (definite || numeral_two) {
            return vec![Ref { form: Form::Sides, plural: true, definite: true, ..blank }];
        }

        let head_agent = self.head_agent(&agents, head);
        let appos_agent = appos_children.iter().find_map(|&a| {
            let anp = &self.nps[a];
            anp.hits.iter().find_map(|&h| {
                self.hits[h].targets.iter().find_map(|t| match t {
                    Target::Agent(x) if self.lex.agent(*x).office => Some(*x),
                    _ => None,
                })
            })
        });
        let title_agent = head_agent.as_ref().map(|(a, _, _)| *a).filter(|a| self.lex.agent(*a).office).or(appos_agent);
        let appos_role = appos_children.iter().find_map(|&a| self.np_title(a));

        // A named person in the lexicon.
        // A person named by surname ("Lavrov", "President Putin"): a PER entity whose last word
        // is the surname of one lexicon person in office on the date. Without an entity layer, a
        // lone proper noun is tried the same way.
        let name_span = per_entity.clone().or_else(|| {
            (!doc.layers.contains(annals_doc::Layers::ENTITIES)
                && doc.tokens[head].upos == Some(Upos::Propn)
                && np.hits.is_empty())
            .then(|| head..head + 1)
        });
        let surname_person = match name_span.clone() {
            Some(r) if persons.is_empty() && !r.is_empty() => {
                let title = head_agent.as_ref().map(|a| a.0).filter(|a| self.lex.agent(*a).office).or(appos_agent);
                let last = r.end - 1;
                self.person_by_surname(self.form(last), title).filter(|&p| {
                    // Every other word of the entity is a title or part of the person's name.
                    let names: Vec<String> = self.lex.entry(p).names.iter().map(|n| fold(n)).collect();
                    (r.start..last).all(|t| {
                        agents.iter().any(|(_, _, a)| a.contains(&t))
                            || names.iter().any(|n| n.split_whitespace().any(|w| w == fold(self.form(t))))
                    })
                })
            }
            _ => None,
        };
        if let Some((person, toks)) = persons
            .first()
            .cloned()
            .or_else(|| surname_person.map(|p| (p, name_span.clone().unwrap_or(head..head + 1))))
        {
            let mut coding = self.lex.coding(person, self.date, title_agent);
            if former && let Some(c) = coding.as_mut() {
                make_former(c);
            }
            let text_role = self.title_text(i, &agents, Some(&toks)).or(appos_role.clone());
            let text_role = text_role
                .map(|r| if former && !r.to_lowercase().starts_with("former") { format!("former {r}") } else { r });
            let role = text_role.or_else(|| coding.as_ref().and_then(|c| c.role.as_deref().map(str::to_string)));
            let entry = self.lex.entry(person);
            return vec![Ref {
                form: Form::Named,
                person: Some(person),
                by_surname: persons.is_empty(),
                name: Some(entry.name.to_string()),
                base: coding.as_ref().and_then(|c| c.of),
                kind: ActorKind::Person,
                agent: title_agent,
                role,
                coding,
                definite: true,
                appos_of,
                ..blank
            }];
        }

        // A title before a name the lexicon has no person for, without an entity layer to say
        // it is a person: "Bree Prime Minister Romendacil", "Dagolath's Deputy Prime Minister
        // Telemar", "MSF Arnor".
        if persons.is_empty()
            && per_entity.is_none()
            && let Some(r) = self.titled_name(i, &bases, &agents, poss, former, appos_of)
        {
            return vec![r];
        }

        // A person the lexicon does not know.
        if let Some(range) = per_entity.clone().filter(|r| r.contains(&head) || np.tokens.contains(&r.start)) {
            let name = self.text(range.clone());
            // The possessor's country comes first: "Armenia's Defence Minister Suren Papikyan".
            let base = poss
                .and_then(|p| self.np_base(p))
                .or_else(|| bases.first().map(|b| b.0))
                .or_else(|| appos_children.iter().find_map(|&a| self.np_base(a)));
            let mut coding = match base {
                Some(b) => self.lex.coding(b, self.date, None),
                None => Some(Coding {
                    code: ActorCode::unknown(&[]),
                    country: None,
                    of: None,
                    sectors: Vec::new(),
                    kind: ActorKind::Person,
                    role: None,
                    role_agent: None,
                }),
            };
            let agent = title_agent.or(head_agent.as_ref().map(|a| a.0));
            if let (Some(c), Some(a)) = (coding.as_mut(), agent) {
                *c = if self.lex.agent(a).imported {
                    self.apply_agents(c, &agents, a)
                } else {
                    c.with_agent(self.lex.agent(a))
                };
            }
            if let Some(c) = coding.as_mut() {
                c.kind = ActorKind::Person;
                if former {
                    make_former(c);
                }
            }
            let role = self.title_text(i, &agents, Some(&range)).or(appos_role);
            return vec![Ref {
                form: Form::Named,
                name: Some(name),
                base,
                coding,
                agent,
                role,
                kind: ActorKind::Person,
                definite: true,
                appos_of,
                ..blank
            }];
        }

        let head_base = bases.iter().position(|(_, _, r)| r.contains(&head));
        // "The Kuwait government" parsed with the name as the head: an agent that ends the phrase
        // after the name is the real head.
        let trailing_agent = head_base.and_then(|b| {
            let after = bases[b].2.end;
            agents.iter().rev().find(|(_, _, r)| r.start >= after && r.end == np.range().end).cloned()
        });
        let head_in_agent = trailing_agent.is_some() || head_agent.as_ref().is_some_and(|(_, _, r)| r.contains(&head));
        let (head_agent, head_base) = match trailing_agent {
            Some(a) => (Some(a), None),
            None => (head_agent, head_base),
        };

        // A country or organisation with an agent: "the Armenian armed forces".
        if head_in_agent && !bases.is_empty() {
            let (agent, agent_plural, _) = head_agent.clone().expect("checked");
            let coordinated = bases.iter().filter(|(_, t, _)| matches!(t, Target::Adjective(_))).count() > 1
                && np
                    .range()
                    .any(|t| deprel(doc, t) == "cc" || matches!(lower(self.form(t)).as_str(), "and" | "or" | "&"));
            let chosen: Vec<(EntryId, Target, Range<usize>)> = if coordinated {
                bases.iter().filter(|(_, t, _)| matches!(t, Target::Adjective(_))).cloned().collect()
            } else {
                // The most specific base: an organisation over a country ("US State Department
                // spokesman").
                let org = bases
                    .iter()
                    .find(|(id, t, _)| matches!(t, Target::Name(_)) && self.lex.entry(*id).kind != EntryKind::Country);
                vec![org.unwrap_or(&bases[0]).clone()]
            };
            let mut out = Vec::new();
            for (base, target, _) in chosen {
                let Some(mut coding) = self.base_coding(base, target) else { continue };
                coding = self.apply_agents(&coding, &agents, agent);
                if former {
                    make_former(&mut coding);
                }
                // "The Azerbaijani and Armenian foreign ministers": one minister per country.
                let one_each = coordinated && self.lex.agent(agent).kind == ActorKind::Person;
                let kind = agent_kind(self.lex, agent, (plural || agent_plural) && !one_each);
                coding.kind = kind;
                let office = self.lex.agent(agent).office && kind == ActorKind::Person;
                let role = if office && !coordinated { self.title_text(i, &agents, None) } else { None };
                let description = if coordinated {
                    format!("{} {}", self.base_word(base, target), self.lex.agent(agent).key)
                } else {
                    self.description(np)
                };
                out.push(Ref {
                    form: if office { Form::Title } else { Form::Described },
                    base: Some(base),
                    coding: Some(coding),
                    agent: Some(agent),
                    role,
                    kind,
                    definite: definite || coordinated,
                    plural: (plural || agent_plural) && !one_each,
                    appos_of,
                    description,
                    ..blank.clone()
                });
            }
            return out;
        }

        // A name as the head: "Armenia", "the European Union", "Moscow said", "Azerbaijanis".
        if let Some(b) = head_base {
            let (base, target, toks) = bases[b].clone();
            let entry = self.lex.entry(base);
            let argument = self.argument_position(head, &sentence);
            let mut out = Vec::new();
            match target {
                Target::Name(_) if entry.kind == EntryKind::Region && !argument => {}
                Target::Name(_) => {
                    if let Some(coding) = self.lex.coding(base, self.date, None) {
                        out.push(Ref {
                            form: Form::Entity,
                            base: Some(base),
                            kind: coding.kind,
                            coding: Some(coding),
                            definite: true,
                            name: Some(entry.name.to_string()),
                            appos_of,
                            ..blank.clone()
                        });
                    }
                }
                Target::Capital(_) if argument => {
                    if let Some(mut coding) = self.lex.coding(base, self.date, None) {
                        coding.code.push_sector("GOV");
                        coding.sectors.push("GOV".into());
                        coding.kind = ActorKind::State;
                        out.push(Ref {
                            form: Form::Entity,
                            base: Some(base),
                            kind: ActorKind::State,
                            coding: Some(coding),
                            definite: true,
                            name: Some(format!("{} government", entry.name)),
                            ..blank.clone()
                        });
                    }
                }
                Target::People(_) => {
                    if let Some(mut coding) = self.lex.coding(base, self.date, None) {
                        coding.kind = ActorKind::Group;
                        out.push(Ref {
                            form: Form::Described,
                            base: Some(base),
                            kind: ActorKind::Group,
                            coding: Some(coding),
                            plural: true,
                            description: self.text(toks),
                            ..blank.clone()
                        });
                    }
                }
                _ => {}
            }
            // Other names in the phrase still refer ("the Armenia-Azerbaijan border").
            out.extend(self.modifier_refs(i, &bases, Some(b)));
            return out;
        }

        // PETRARCH codes a phrase by every actor and agent in it, whatever its head: with its
        // dictionaries, "West German world government activists" is `GMWGOVWGO`.
        let imported_agents: Vec<AgentHit> =
            agents.iter().filter(|(a, _, _)| self.lex.agent(*a).imported).cloned().collect();
        if bases.len() == 1
            && !head_in_agent
            && let Some((last, last_plural, _)) = imported_agents.last().cloned()
            && let Some(c) = self.base_coding(bases[0].0, bases[0].1)
        {
            let kind = agent_kind(self.lex, last, plural || last_plural);
            let coding = Coding { kind, ..self.apply_agents(&c, &imported_agents, last) };
            return vec![Ref {
                base: Some(bases[0].0),
                coding: Some(coding),
                agent: Some(last),
                kind,
                definite,
                plural: plural || last_plural,
                appos_of,
                description: self.description(np),
                ..blank
            }];
        }

        // Names that only modify another noun: "the Armenia-Azerbaijan conflict".
        if !bases.is_empty() && !head_in_agent {
            return self.modifier_refs(i, &bases, None);
        }

        // An agent alone: "the minister", "a sniper", "their troops", "the armed forces of Armenia".
        if head_in_agent {
            let (agent, agent_plural, _) = head_agent.clone().expect("checked");
            let deferred = poss.or(of_np.filter(|&o| self.np_is_actor_like(o)));
            let a = self.lex.agent(agent);
            // A generic word on its own ("the populations", "the side") names nobody.
            if a.weak && !a.office && deferred.is_none() {
                return Vec::new();
            }
            let kind = agent_kind(self.lex, agent, plural || agent_plural);
            let unknown = Coding {
                code: ActorCode::unknown(&[]),
                country: None,
                of: None,
                sectors: Vec::new(),
                kind,
                role: None,
                role_agent: None,
            };
            // "The Danish Islamist media and government", "lawmakers and officials in Arnor and
            // Gondor": a bare second conjunct shares the countries and modifiers of the first.
            let determined = np.tokens.iter().any(|&t| t < head && words.is_determiner(&lower(self.form(t))));
            let shared =
                if deferred.is_none() && !determined { self.first_conjunct_bases(head, &sentence) } else { None };
            let mut codings: Vec<(Option<EntryId>, Coding)> = Vec::new();
            if let Some((shared_bases, mut modifiers)) = shared {
                modifiers.extend(agents.iter().cloned());
                for b in shared_bases {
                    if let Some(c) = self.lex.coding(b, self.date, None) {
                        codings.push((Some(b), Coding { kind, ..self.apply_agents(&c, &modifiers, agent) }));
                    }
                }
            }
            if codings.is_empty() {
                codings.push((None, self.apply_agents(&unknown, &agents, agent)));
            }
            let office = self.lex.agent(agent).office && kind == ActorKind::Person;
            let role = if office { self.title_text(i, &agents, None) } else { None };
            // The mention covers the phrase that supplies the country: "the armed forces of
            // Armenia", "their troops".
            let mut tokens = np.range();
            if let Some(d) = deferred {
                let r = self.nps[d].range();
                tokens = tokens.start.min(r.start)..tokens.end.max(r.end);
            }
            return codings
                .into_iter()
                .map(|(base, mut coding)| {
                    if former {
                        make_former(&mut coding);
                    }
                    Ref {
                        form: if office { Form::Title } else { Form::Described },
                        tokens: tokens.clone(),
                        base,
                        coding: Some(coding),
                        agent: Some(agent),
                        role: role.clone(),
                        kind,
                        definite,
                        plural: plural || agent_plural,
                        deferred_base: deferred,
                        appos_of,
                        description: self.description(np),
                        ..blank.clone()
                    }
                })
                .collect();
        }

        // An organisation the lexicon does not know.
        if let Some((EntityLabel::Org, range)) = entity.clone()
            && range.contains(&head)
        {
            let base = bases.first().map(|b| b.0);
            let mut coding = match base {
                Some(b) => {
                    self.lex.coding(b, self.date, None).unwrap_or_else(|| unknown_coding(ActorKind::Organization))
                }
                None => unknown_coding(ActorKind::Organization),
            };
            coding.kind = ActorKind::Organization;
            return vec![Ref {
                form: Form::Named,
                name: Some(self.text(range)),
                base,
                coding: Some(coding),
                kind: ActorKind::Organization,
                definite: true,
                appos_of,
                ..blank
            }];
        }
        Vec::new()
    }

    /// Refs for names that modify a phrase's head (countries and organisations only).
    fn modifier_refs(&self, np: usize, bases: &[(EntryId, Target, Range<usize>)], skip: Option<usize>) -> Vec<Ref> {
        let mut out = Vec::new();
        for (k, (base, target, toks)) in bases.iter().enumerate() {
            if Some(k) == skip || !matches!(target, Target::Name(_) | Target::Adjective(_)) {
                continue;
            }
            let entry = self.lex.entry(*base);
            if !matches!(
                entry.kind,
                EntryKind::Country
                    | EntryKind::Igo
                    | EntryKind::Ngo
                    | EntryKind::Org
                    | EntryKind::Group
                    | EntryKind::Imported
            ) {
                continue;
            }
            let Some(coding) = self.lex.coding(*base, self.date, None) else { continue };
            out.push(Ref {
                np,
                group: np,
                tokens: toks.clone(),
                head: toks.end - 1,
                form: Form::Modifier,
                person: None,
                by_surname: false,
                name: Some(entry.name.to_string()),
                base: Some(*base),
                kind: coding.kind,
                coding: Some(coding),
                agent: None,
                role: None,
                definite: true,
                plural: false,
                deferred_base: None,
                appos_of: None,
                description: String::new(),
            });
        }
        out
    }

    /// The person among same-named entries who holds a role on the date (else the first).
    fn pick_person(&self, candidates: &[EntryId]) -> EntryId {
        if let Some(d) = self.date
            && let Some(&p) = candidates.iter().find(|&&p| self.lex.entry(p).roles_on(d).next().is_some())
        {
            return p;
        }
        candidates[0]
    }

    /// A lexicon person by surname alone, when the date (or uniqueness) decides who it is; a
    /// title written with the name breaks ties ("President Sargsyan" in 2012 is Serzh, not the
    /// prime minister Tigran).
    fn person_by_surname(&self, surname: &str, title: Option<AgentId>) -> Option<EntryId> {
        let candidates = self.lex.people_with_surname(surname);
        let mut pool: Vec<EntryId> = match self.date {
            Some(d) => candidates.iter().copied().filter(|&p| self.lex.entry(p).roles_on(d).next().is_some()).collect(),
            None => candidates.to_vec(),
        };
        if pool.len() > 1
            && let Some(t) = title
        {
            pool.retain(|&p| {
                let e = self.lex.entry(p);
                match self.date {
                    Some(d) => e.roles_on(d).any(|r| r.agent == Some(t)),
                    None => e.roles.iter().any(|r| r.agent == Some(t)),
                }
            });
        }
        let person = (pool.len() == 1).then(|| pool[0])?;
        // A bare surname ("Mr Howard") is a lexicon person only when the document names that
        // person's country or organisation somewhere: a British article's Mr Howard is not
        // Australia's prime minister. A title that fits the person ("President Putin") is
        // evidence enough on its own.
        if title.is_none() {
            let base = self.lex.coding(person, self.date, None).and_then(|c| c.of)?;
            let named = |t: &Target| match t {
                Target::Name(id) | Target::Adjective(id) | Target::People(id) | Target::Capital(id) => {
                    *id != person
                        && (*id == base || self.lex.coding(*id, self.date, None).and_then(|c| c.of) == Some(base))
                }
                _ => false,
            };
            if !self.hits.iter().any(|h| h.targets.iter().any(named)) {
                return None;
            }
        }
        Some(person)
    }

    /// True when token `t` is the last word of a person's name of two or more words found
    /// before it in the document.
    fn surname_named_earlier(&self, t: usize) -> bool {
        let word = lower(self.form(t));
        self.doc.entities.iter().any(|e| {
            let (start, end) = (e.tokens.start as usize, e.tokens.end as usize);
            e.label == EntityLabel::Per && end <= t && end - start >= 2 && lower(self.form(end - 1)) == word
        })
    }

    /// The agent whose hit contains the head, else the last agent.
    fn head_agent(
        &self,
        agents: &[(AgentId, bool, Range<usize>)],
        head: usize,
    ) -> Option<(AgentId, bool, Range<usize>)> {
        agents.iter().find(|(_, _, r)| r.contains(&head)).or(agents.last()).cloned()
    }

    /// Apply the sector rules: the head agent's sectors, unless it is a generic title
    /// ("leader", "spokesman") and a more specific agent precedes it ("rebel leader") or the
    /// actor already has a sector of its own ("Hamas fighters").
    ///
    /// Agents imported from PETRARCH dictionaries follow PETRARCH instead: every agent of the
    /// phrase adds its code, in text order ("Danish Islamist media" → `DNKMUSMED`, "An MSF Arnor
    /// diplomat" → `NGOARNGOV`).
    fn apply_agents(&self, coding: &Coding, agents: &[(AgentId, bool, Range<usize>)], head: AgentId) -> Coding {
        let head_agent = self.lex.agent(head);
        if head_agent.imported {
            let mut seen: Vec<AgentId> = Vec::new();
            let mut out = coding.clone();
            let imported = agents.iter().map(|(a, _, _)| *a).filter(|&a| self.lex.agent(a).imported);
            for a in imported.chain(std::iter::once(head)) {
                if !seen.contains(&a) {
                    seen.push(a);
                    out = out.with_agent(self.lex.agent(a));
                }
            }
            return out;
        }
        if !head_agent.weak {
            return coding.with_agent(head_agent);
        }
        let strong = agents.iter().map(|(a, _, _)| *a).find(|&a| a != head && !self.lex.agent(a).weak);
        match strong {
            Some(s) => coding.with_agent(self.lex.agent(s)),
            None if !coding.sectors.is_empty() => coding.clone(),
            None => coding.with_agent(head_agent),
        }
    }

    /// How to code a base named by `target`.
    fn base_coding(&self, base: EntryId, target: Target) -> Option<Coding> {
        let _ = target;
        self.lex.coding(base, self.date, None)
    }

    /// The word for a base as written in a description ("Armenian").
    fn base_word(&self, base: EntryId, target: Target) -> String {
        let e = self.lex.entry(base);
        match target {
            Target::Adjective(_) => e.adjectives.first().map(|a| a.to_string()).unwrap_or_else(|| e.name.to_string()),
            _ => e.name.to_string(),
        }
    }

    /// The phrase's text without leading determiners, as a description.
    fn description(&self, np: &Np) -> String {
        let words = &self.r.words;
        let skip = np
            .tokens
            .iter()
            .take_while(|&&t| {
                let f = lower(self.form(t));
                words.definite.contains(&f) || words.indefinite.contains(&f)
            })
            .count();
        match np.tokens.get(skip) {
            Some(&first) => self.text(first..np.tokens[np.tokens.len() - 1] + 1),
            None => self.text(np.range()),
        }
    }

    /// The title written in phrase `np`: from the first agent or organisation word to the end of
    /// the head agent, plus its `for`/`of`/`to`/`on` complements ("EU Special Representative for
    /// the South Caucasus"); country adjectives, determiners and the person's name are left out.
    fn title_text(
        &self,
        np: usize,
        agents: &[(AgentId, bool, Range<usize>)],
        name: Option<&Range<usize>>,
    ) -> Option<String> {
        let p = &self.nps[np];
        let office: Vec<&(AgentId, bool, Range<usize>)> = agents
            .iter()
            .filter(|(a, plural, r)| {
                self.lex.agent(*a).office && !plural && name.is_none_or(|n| r.end <= n.start || r.start >= n.end)
            })
            .collect();
        let last = office.iter().max_by_key(|(_, _, r)| r.end)?;
        let end = last.2.end;
        let org_start = p.hits.iter().map(|&h| &self.hits[h]).find(|h| {
            h.tokens.end <= last.2.start
                && h.targets.iter().any(|t| match t {
                    Target::Name(id) => !matches!(self.lex.entry(*id).kind, EntryKind::Country | EntryKind::Person),
                    _ => false,
                })
        });
        let start = org_start.map(|h| h.tokens.start).unwrap_or(office[0].2.start).min(last.2.start);
        let mut end = end;
        // Complements of the title's head word.
        let sentence = self.sentence_range(np);
        let agent_head = (last.2.clone())
            .find(|&t| head_of(self.doc, t, &sentence).is_none_or(|h| !last.2.contains(&h)))
            .unwrap_or(last.2.end - 1);
        for c in self.children(agent_head, &sentence) {
            if c >= end && deprel(self.doc, c).starts_with("nmod") {
                let case = self.case_of(c, &sentence);
                if matches!(case.as_deref(), Some("for" | "of" | "to" | "on")) {
                    let sub = self.subtree_end(c, &sentence);
                    end = end.max(sub);
                }
            }
        }
        Some(self.text(start..end))
    }

    /// One past the last token of `t`'s subtree.
    fn subtree_end(&self, t: usize, sentence: &Range<usize>) -> usize {
        let mut end = t + 1;
        for c in self.children(t, sentence) {
            if self.doc.tokens[c].upos == Some(Upos::Punct) && c > t {
                continue;
            }
            end = end.max(self.subtree_end(c, sentence));
        }
        end
    }

    /// The title of an appositive phrase ("EU Special Representative for the South Caucasus").
    fn np_title(&self, np: usize) -> Option<String> {
        self.title_text(np, &self.np_agents(np), None)
    }

    /// A name at the head of a phrase with agents before it and no person entry: "Bree Prime
    /// Minister Romendacil", "Gondor's Prime Minister Falastur", "Arnor President Umbardacil",
    /// "MSF Arnor". The head is a name from an imported (PETRARCH) dictionary or a proper noun no
    /// dictionary knows. The country is the possessor's, else the first name written before the
    /// head name, else the head name's own (as PETRARCH codes "Ithilen's minister Calimehtar"
    /// for Ithilen although its dictionary lists "Calimehtar" under Calenardhon); the agents add
    /// their sectors. A title makes the phrase a person; agents written before the code
    /// (`NGO~`: "MSF Arnor") make it an organisation.
    #[allow(clippy::too_many_arguments)]
    fn titled_name(
        &self,
        i: usize,
        bases: &[(EntryId, Target, Range<usize>)],
        agents: &[(AgentId, bool, Range<usize>)],
        poss: Option<usize>,
        former: bool,
        appos_of: Option<usize>,
    ) -> Option<Ref> {
        let np = &self.nps[i];
        let head = np.head;
        if agents.iter().any(|(_, _, r)| r.contains(&head)) {
            return None;
        }
        let own = bases.iter().find(|(_, _, r)| r.contains(&head));
        let name_start = match own {
            Some((id, Target::Name(_), r)) if self.lex.entry(*id).kind == EntryKind::Imported => r.start,
            Some(_) => return None,
            None => {
                if self.doc.tokens[head].upos != Some(Upos::Propn) {
                    return None;
                }
                // The run of proper nouns that ends at the head and that no dictionary phrase covers.
                let mut start = head;
                while start > np.tokens[0]
                    && np.tokens.contains(&(start - 1))
                    && self.doc.tokens[start - 1].upos == Some(Upos::Propn)
                    && !np.hits.iter().any(|&h| self.hits[h].tokens.contains(&(start - 1)))
                {
                    start -= 1;
                }
                start
            }
        };
        let before: Vec<AgentHit> = agents.iter().filter(|(_, _, r)| r.end <= name_start).cloned().collect();
        let title = before.last()?.0;
        // The possessor may hang on the title rather than the name ("Ithilen's minister Calimehtar").
        let sentence = self.sentence_range(i);
        let poss = poss.or_else(|| {
            np.tokens.iter().find_map(|&t| {
                self.children(t, &sentence)
                    .into_iter()
                    .find(|&c| deprel(self.doc, c) == "nmod:poss" && !np.tokens.contains(&c))
                    .and_then(|c| self.np_of_token[c])
            })
        });
        let base = poss
            .and_then(|p| self.np_base(p))
            .or_else(|| bases.iter().find(|(_, _, r)| r.end <= name_start).map(|b| b.0))
            .or(own.map(|b| b.0))?;
        let mut coding = self.lex.coding(base, self.date, None)?;
        coding = self.apply_agents(&coding, &before, title);
        let person = own.is_none_or(|o| o.0 != base) || before.iter().any(|(a, _, _)| !self.lex.agent(*a).before);
        let kind = if person { ActorKind::Person } else { ActorKind::Organization };
        coding.kind = kind;
        if former {
            make_former(&mut coding);
        }
        let role = person.then(|| self.text(before[0].2.start..before[before.len() - 1].2.end));
        Some(Ref {
            np: i,
            group: i,
            tokens: np.range(),
            head,
            form: if person { Form::Named } else { Form::Described },
            person: None,
            by_surname: false,
            name: person.then(|| self.text(name_start..head + 1)),
            base: Some(base),
            coding: Some(coding),
            agent: Some(title),
            role,
            kind,
            definite: true,
            plural: false,
            deferred_base: None,
            appos_of,
            description: self.description(np),
        })
    }

    /// The agents named in a phrase, in text order.
    fn np_agents(&self, np: usize) -> Vec<AgentHit> {
        self.nps[np]
            .hits
            .iter()
            .filter_map(|&h| {
                let hit = &self.hits[h];
                hit.targets.iter().find_map(|t| match t {
                    Target::Agent(a) => Some((*a, false, hit.tokens.clone())),
                    Target::AgentPlural(a) => Some((*a, true, hit.tokens.clone())),
                    _ => None,
                })
            })
            .collect()
    }

    /// For the head of a second conjunct ("government" in "the Danish Islamist media and
    /// government"): the countries of the first conjunct and the agents that modify it
    /// ("Islamist"), when the first conjunct is an agent. Its countries are its own modifier, or
    /// those of its of/from/in/at phrase ("lawmakers and officials in Arnor and Gondor").
    fn first_conjunct_bases(&self, head: usize, sentence: &Range<usize>) -> Option<(Vec<EntryId>, Vec<AgentHit>)> {
        if deprel(self.doc, head) != "conj" {
            return None;
        }
        let first = head_of(self.doc, head, sentence)?;
        let np = self.np_of_token[first]?;
        if self.nps[np].head != first || self.np_of_token[head] == Some(np) {
            return None;
        }
        let agents = self.np_agents(np);
        let head_agent = agents.iter().position(|(_, _, r)| r.contains(&first))?;
        if let Some(base) = self.np_base(np) {
            return Some((vec![base], agents[..head_agent].to_vec()));
        }
        let mut bases = Vec::new();
        for c in self.children(first, sentence) {
            let case = self.case_of(c, sentence);
            if !deprel(self.doc, c).starts_with("nmod") || !matches!(case.as_deref(), Some("of" | "from" | "in" | "at"))
            {
                continue;
            }
            let conjuncts = std::iter::once(c)
                .chain(self.children(c, sentence).into_iter().filter(|&x| deprel(self.doc, x) == "conj"));
            for x in conjuncts {
                if let Some(b) = self.np_of_token[x].and_then(|n| self.np_base(n))
                    && !bases.contains(&b)
                {
                    bases.push(b);
                }
            }
            if !bases.is_empty() {
                break;
            }
        }
        (!bases.is_empty()).then(|| (bases, agents[..head_agent].to_vec()))
    }

    /// The country or organisation a phrase names (for appositions).
    fn np_base(&self, np: usize) -> Option<EntryId> {
        self.nps[np].hits.iter().find_map(|&h| {
            self.hits[h].targets.iter().find_map(|t| match t {
                Target::Name(id) | Target::Adjective(id) if self.lex.entry(*id).kind != EntryKind::Person => Some(*id),
                _ => None,
            })
        })
    }

    /// True when a phrase names a country, organisation, group or person (or is a pronoun):
    /// such an `of` phrase supplies the country of "the armed forces of Armenia", while "the
    /// troops of the region" does not.
    fn np_is_actor_like(&self, np: usize) -> bool {
        let p = &self.nps[np];
        self.np_base(np).is_some()
            || p.hits.iter().any(|&h| self.hits[h].targets.iter().any(|t| matches!(t, Target::Name(_))))
            || self.doc.tokens[p.head].upos == Some(Upos::Pron)
    }

    /// True when the phrase is a subject or object (not a location): "Moscow said".
    fn argument_position(&self, head: usize, sentence: &Range<usize>) -> bool {
        let rel = deprel(self.doc, head);
        if !self.r.words.argument_relations.contains(rel) {
            return false;
        }
        !self.case_of(head, sentence).is_some_and(|c| self.r.words.locative.contains(&c))
    }

    // ---------------- coreference ----------------

    fn corefer(&self, refs: Vec<Ref>) -> Resolution {
        let mut order: Vec<usize> = (0..refs.len()).collect();
        order.sort_by_key(|&i| (refs[i].tokens.start, refs[i].head));
        let mut clusters: Vec<Cluster> = Vec::new();
        let mut assigned: Vec<Vec<usize>> = vec![Vec::new(); refs.len()];
        // Refs of each phrase, for pronouns and deferred bases.
        let mut refs_of_np: Vec<Vec<usize>> = vec![Vec::new(); self.nps.len()];
        for (i, r) in refs.iter().enumerate() {
            refs_of_np[r.np].push(i);
        }
        let facts = NpFacts::new(self, &refs);
        let mut refs = refs;
        for &i in &order {
            // A country from a possessor or `of` phrase.
            if let Some(d) = refs[i].deferred_base {
                let from_ref = refs_of_np[d].iter().copied().find(|&j| j != i);
                let base = from_ref.and_then(|j| {
                    refs[j].base.or_else(|| assigned[j].first().and_then(|&c| cluster_base(&clusters[c])))
                });
                if let Some(base) = base
                    && let Some(mut coding) = self.lex.coding(base, self.date, None)
                {
                    let agent = refs[i].agent.expect("deferred refs have an agent");
                    coding = coding.with_agent(self.lex.agent(agent));
                    coding.kind = refs[i].kind;
                    refs[i].base = Some(base);
                    refs[i].coding = Some(coding);
                }
            }
            let r = &refs[i];
            let target: Vec<usize> = match r.form {
                Form::Pronoun(kind) => self
                    .antecedent(i, kind, &refs, &facts)
                    .map(|np| refs_of_np[np].iter().filter_map(|&j| assigned[j].first().copied()).take(1).collect())
                    .unwrap_or_default(),
                Form::Sides => self.meeting_parties(r, &refs_of_np, &assigned),
                _ => match r.appos_of.and_then(|a| refs_of_np[a].iter().find_map(|&j| assigned[j].first().copied())) {
                    // A name in apposition is an actor of its own: "Mordor, the Shire, Arnor".
                    Some(c) if !matches!(r.form, Form::Modifier | Form::Entity) => vec![c],
                    _ => vec![self.find_or_create(r, &mut clusters)],
                },
            };
            for &c in &target {
                absorb(&mut clusters[c], i, r);
            }
            assigned[i] = target;
        }
        self.output(&refs, &clusters, &assigned)
    }

    /// The cluster a non-pronoun reference belongs to, creating one when needed.
    fn find_or_create(&self, r: &Ref, clusters: &mut Vec<Cluster>) -> usize {
        let by_recency = |clusters: &[Cluster]| {
            let mut idx: Vec<usize> = (0..clusters.len()).collect();
            idx.sort_by_key(|&c| std::cmp::Reverse(clusters[c].last));
            idx
        };
        match r.form {
            Form::Named if r.kind == ActorKind::Person => {
                if let Some(p) = r.person {
                    // An earlier full name wins over a surname-only guess.
                    if r.by_surname
                        && let Some(name) = &r.name
                    {
                        let surname = last_word(name);
                        if let Some(c) = clusters.iter().position(|c| c.surname.as_deref() == Some(surname.as_str())) {
                            return c;
                        }
                    }
                    if let Some(c) = clusters.iter().position(|c| c.person == Some(p)) {
                        return c;
                    }
                } else if let Some(name) = &r.name {
                    let folded = fold(name);
                    let surname = last_word(name);
                    let single = pieces(name).len() == 1;
                    if let Some(c) = clusters.iter().position(|c| {
                        c.name.as_deref().is_some_and(|n| fold(n) == folded)
                            || (c.surname.as_deref() == Some(surname.as_str())
                                && (single || c.name.as_deref().is_some_and(|n| pieces(n).len() == 1)))
                    }) {
                        return c;
                    }
                }
                new_cluster(clusters)
            }
            Form::Named => {
                // A lone word that is the surname of a person already in the text is that person,
                // whatever label the entity recogniser guessed ("Mammadyarov further added…"
                // tagged as an organisation).
                if r.base.is_none()
                    && let Some(name) = r.name.as_deref()
                    && pieces(name).len() == 1
                {
                    let surname = last_word(name);
                    if let Some(c) = by_recency(clusters).into_iter().find(|&c| {
                        let person = clusters[c].person.is_some()
                            || clusters[c].coding.as_ref().is_some_and(|k| k.kind == ActorKind::Person);
                        person && clusters[c].surname.as_deref() == Some(surname.as_str())
                    }) {
                        return c;
                    }
                }
                let folded = r.name.as_deref().map(fold);
                clusters
                    .iter()
                    .position(|c| c.name.as_deref().map(fold) == folded && c.person.is_none())
                    .unwrap_or_else(|| new_cluster(clusters))
            }
            Form::Title if r.definite || r.base.is_some() => {
                let agent = r.agent.expect("titles have an agent");
                for c in by_recency(clusters) {
                    if self.title_compatible(r, agent, &clusters[c]) {
                        return c;
                    }
                }
                // Nobody in the text: the office holder on the date.
                if let (Some(base), Some(date)) = (r.base, self.date) {
                    let of = self.lex.coding(base, self.date, None).and_then(|c| c.of).unwrap_or(base);
                    if let Some(&p) = self.lex.holders(of, agent, date).first() {
                        if let Some(c) = clusters.iter().position(|c| c.person == Some(p)) {
                            return c;
                        }
                        let c = new_cluster(clusters);
                        let entry = self.lex.entry(p);
                        clusters[c].person = Some(p);
                        clusters[c].name = Some(entry.name.to_string());
                        clusters[c].surname = Some(last_word(&entry.name));
                        clusters[c].coding = self.lex.coding(p, self.date, Some(agent));
                        clusters[c].named = true;
                        return c;
                    }
                }
                new_cluster(clusters)
            }
            Form::Title => new_cluster(clusters),
            Form::Described if r.kind == ActorKind::Person && !r.plural => {
                if r.definite
                    && let Some(key) = ref_key(r)
                    && let Some(c) = by_recency(clusters).into_iter().find(|&c| clusters[c].key.as_ref() == Some(&key))
                {
                    return c;
                }
                new_cluster(clusters)
            }
            Form::Described if r.kind == ActorKind::Group && r.agent.is_none() => new_cluster(clusters),
            Form::Described | Form::Entity | Form::Modifier => {
                let Some(key) = ref_key(r) else { return new_cluster(clusters) };
                if let Some(c) = clusters.iter().position(|c| c.key.as_ref() == Some(&key)) {
                    return c;
                }
                // "The troops" with no country: the last collective with the same sectors.
                if r.base.is_none()
                    && r.definite
                    && let Some(code) = &r.coding
                {
                    let sectors: Vec<&str> = code.code.sectors().collect();
                    if let Some(c) = by_recency(clusters).into_iter().find(|&c| {
                        clusters[c].person.is_none()
                            && clusters[c].coding.as_ref().is_some_and(|cc| {
                                cc.kind != ActorKind::Person && sectors.iter().all(|s| cc.code.has_sector(s))
                            })
                    }) {
                        return c;
                    }
                }
                new_cluster(clusters)
            }
            Form::Pronoun(_) | Form::Sides => new_cluster(clusters),
        }
    }

    /// Can title reference `r` ("the minister") refer to `cluster`?
    fn title_compatible(&self, r: &Ref, agent: AgentId, c: &Cluster) -> bool {
        let Some(coding) = &c.coding else { return false };
        if coding.kind != ActorKind::Person {
            return false;
        }
        if let (Some(rb), Some(cb)) = (r.base, cluster_base(c))
            && rb != cb
            && self.lex.coding(rb, None, None).map(|x| x.of) != self.lex.coding(cb, None, None).map(|x| x.of)
        {
            return false;
        }
        let mut agents: Vec<AgentId> = c.agents.iter().copied().collect();
        agents.extend(coding.role_agent);
        if let Some(p) = c.person
            && let Some(d) = self.date
        {
            agents.extend(self.lex.entry(p).roles_on(d).filter_map(|role| role.agent));
        } else if let Some(p) = c.person {
            agents.extend(self.lex.entry(p).roles.iter().filter_map(|role| role.agent));
        }
        let words =
            |a: AgentId| -> Vec<String> { self.lex.agent(a).key.split_whitespace().map(str::to_string).collect() };
        let mine = words(agent);
        agents.iter().any(|&a| a == agent || mine.iter().all(|w| words(a).contains(w)) || self.lex.agent(agent).weak)
    }

    /// The phrase a pronoun refers to: in its own sentence the subject of its clause first, then
    /// the nearest agreeing phrase before it; then the subjects and other phrases of the two
    /// previous sentences. The antecedent may be a phrase with no actor.
    fn antecedent(&self, i: usize, kind: Pron, refs: &[Ref], facts: &NpFacts) -> Option<usize> {
        let r = &refs[i];
        let sentence = self.nps[r.np].sentence;
        let agrees = |np: usize, strict: bool| -> bool {
            if np == r.np || self.nps[np].head >= r.head && self.nps[np].sentence == sentence {
                return false;
            }
            if self.doc.tokens[self.nps[np].head].upos == Some(Upos::Pron) {
                return false;
            }
            let plural = facts.plural[np];
            let actor_kind = facts.kind[np];
            match kind {
                Pron::Person => !plural && actor_kind == Some(ActorKind::Person),
                Pron::Plural if strict => plural,
                Pron::Plural => {
                    matches!(
                        actor_kind,
                        Some(ActorKind::State | ActorKind::Organization | ActorKind::Igo | ActorKind::Group)
                    )
                }
                Pron::Thing => !plural && actor_kind.is_none_or(|k| k != ActorKind::Person),
            }
        };
        let subject_of_clause = self.clause_subject(r.head);
        // Without tags, plural phrases cannot be told apart, so "they" is not given a singular
        // collective antecedent.
        let tagged = self.sentences[sentence].clone().any(|t| self.doc.tokens[t].upos.is_some());
        let passes: &[bool] = if tagged { &[true, false] } else { &[true] };
        for &strict in passes {
            if let Some(s) = subject_of_clause.and_then(|t| self.np_of_token[t])
                && agrees(s, strict)
            {
                return Some(s);
            }
            let same: Vec<usize> = (0..self.nps.len())
                .filter(|&n| self.nps[n].sentence == sentence && self.nps[n].head < r.head)
                .collect();
            if let Some(&n) = same.iter().rev().find(|&&n| agrees(n, strict)) {
                return Some(n);
            }
            for back in 1..=2 {
                let Some(s) = sentence.checked_sub(back) else { break };
                let in_sentence = &facts.by_sentence[s];
                let subjects =
                    in_sentence.iter().copied().filter(|&n| deprel(self.doc, self.nps[n].head).starts_with("nsubj"));
                if let Some(n) = subjects.clone().find(|&n| agrees(n, strict)) {
                    return Some(n);
                }
                if let Some(&n) = in_sentence.iter().rev().find(|&&n| agrees(n, strict)) {
                    return Some(n);
                }
            }
        }
        None
    }

    /// The subject of the clause a token belongs to.
    fn clause_subject(&self, t: usize) -> Option<usize> {
        let s = self.doc.sentence_of(t).map(|s| self.sentences[s].clone())?;
        let mut cur = t;
        for _ in 0..16 {
            let h = head_of(self.doc, cur, &s)?;
            if matches!(self.doc.tokens[h].upos, Some(Upos::Verb | Upos::Aux | Upos::Adj)) {
                return self.children(h, &s).into_iter().find(|&c| deprel(self.doc, c).starts_with("nsubj"));
            }
            cur = h;
        }
        None
    }

    /// The parties of the most recent meeting before "the sides": the subject of a meeting verb
    /// and its `with` partner (and their coordinated phrases).
    fn meeting_parties(&self, r: &Ref, refs_of_np: &[Vec<usize>], assigned: &[Vec<usize>]) -> Vec<usize> {
        let sentence = self.nps[r.np].sentence;
        for s in (0..=sentence).rev() {
            let range = self.sentences[s].clone();
            for v in range.clone().rev() {
                if v >= r.head && s == sentence {
                    continue;
                }
                if self.doc.tokens[v].upos.is_some_and(|u| u != Upos::Verb) {
                    continue;
                }
                let lemma = self.lemma(v);
                if !self.r.words.meeting_verbs.contains(&lemma) {
                    continue;
                }
                let mut parties = Vec::new();
                for c in self.children(v, &range) {
                    let rel = deprel(self.doc, c);
                    let with = self.case_of(c, &range).as_deref() == Some("with");
                    if rel.starts_with("nsubj") || (rel.starts_with("obl") && with) || rel == "obj" {
                        parties.push(c);
                        parties.extend(self.children(c, &range).into_iter().filter(|&x| deprel(self.doc, x) == "conj"));
                    }
                }
                let mut clusters: Vec<usize> = Vec::new();
                for p in parties {
                    if let Some(np) = self.np_of_token[p] {
                        for &j in &refs_of_np[np] {
                            for &c in &assigned[j] {
                                if !clusters.contains(&c) {
                                    clusters.push(c);
                                }
                            }
                        }
                    }
                }
                if clusters.len() >= 2 {
                    return clusters;
                }
            }
        }
        Vec::new()
    }

    fn output(&self, refs: &[Ref], clusters: &[Cluster], assigned: &[Vec<usize>]) -> Resolution {
        // Clusters that are actors, numbered by first mention.
        let mut first: Vec<(usize, usize)> = Vec::new();
        for (c, cluster) in clusters.iter().enumerate() {
            if cluster.coding.is_none() && cluster.person.is_none() {
                continue;
            }
            let start = cluster.refs.iter().map(|&i| refs[i].tokens.start).min().unwrap_or(usize::MAX);
            first.push((start, c));
        }
        first.sort();
        let mut actor_of = vec![None; clusters.len()];
        let mut actors = Vec::new();
        for (n, &(_, c)) in first.iter().enumerate() {
            actor_of[c] = Some(n);
            actors.push(self.actor(n, &clusters[c]));
        }
        // Mentions: one per phrase group (coordinated refs share one), in text order.
        let mut mentions: Vec<Mention> = Vec::new();
        let mut by_group: std::collections::HashMap<(usize, usize, usize), usize> = std::collections::HashMap::new();
        let mut order: Vec<usize> = (0..refs.len()).collect();
        order.sort_by_key(|&i| (refs[i].tokens.start, refs[i].tokens.end));
        for i in order {
            let r = &refs[i];
            let ids: Vec<usize> = assigned[i].iter().filter_map(|&c| actor_of[c]).collect();
            if ids.is_empty() {
                continue;
            }
            let key = (r.group, r.tokens.start, r.tokens.end);
            if let Some(&m) = by_group.get(&key) {
                for a in ids {
                    if !mentions[m].actors.contains(&a) {
                        mentions[m].actors.push(a);
                    }
                }
                continue;
            }
            let span = self.doc.tokens[r.tokens.start].span.cover(self.doc.tokens[r.tokens.end - 1].span);
            let kind = match r.form {
                Form::Named | Form::Entity | Form::Modifier => MentionKind::Name,
                Form::Title | Form::Described => MentionKind::Nominal,
                Form::Pronoun(_) => MentionKind::Pronoun,
                Form::Sides => MentionKind::Sides,
            };
            by_group.insert(key, mentions.len());
            mentions.push(Mention {
                span: Span { start: span.start, end: span.end },
                tokens: r.tokens.start as u32..r.tokens.end as u32,
                head: r.head as u32,
                sentence: self.nps[r.np].sentence as u32,
                actors: ids,
                kind,
            });
        }
        for (m, mention) in mentions.iter().enumerate() {
            for &a in &mention.actors {
                actors[a].mentions.push(m);
            }
        }
        Resolution { mentions, actors }
    }

    fn actor(&self, n: usize, c: &Cluster) -> Actor {
        let coding = c.coding.clone().or_else(|| c.person.and_then(|p| self.lex.coding(p, self.date, None)));
        let (code, country, sectors, kind, organization) = match &coding {
            Some(cd) => {
                let organization = cd
                    .of
                    .map(|o| self.lex.entry(o))
                    .filter(|e| !matches!(e.kind, EntryKind::Country | EntryKind::Region))
                    .map(|e| e.key.to_string());
                (
                    cd.code.to_string(),
                    cd.country.as_deref().map(str::to_string),
                    cd.sectors.iter().map(|s| s.to_string()).collect(),
                    cd.kind,
                    organization,
                )
            }
            None => (ActorCode::unknown(&[]).to_string(), None, Vec::new(), ActorKind::Person, None),
        };
        let kind = if c.person.is_some() { ActorKind::Person } else { kind };
        let name = c
            .name
            .clone()
            .or_else(|| c.entity.map(|e| self.lex.entry(e).name.to_string()))
            .unwrap_or_else(|| c.description.clone());
        let role = c.role.clone().or_else(|| coding.as_ref().and_then(|cd| cd.role.as_deref().map(str::to_string)));
        Actor {
            id: format!("a{}", n + 1),
            name,
            code,
            country,
            organization,
            sectors,
            kind,
            role,
            entry: c.person.or(c.entity),
            mentions: Vec::new(),
        }
    }
}

/// Per-phrase facts pronoun resolution asks about, computed once per document.
struct NpFacts {
    plural: Vec<bool>,
    kind: Vec<Option<ActorKind>>,
    by_sentence: Vec<Vec<usize>>,
}

impl NpFacts {
    fn new(ctx: &Ctx<'_, '_>, refs: &[Ref]) -> NpFacts {
        let n = ctx.nps.len();
        let mut plural: Vec<bool> = ctx.nps.iter().map(|np| ctx.plural_token(np.head)).collect();
        let mut kind = vec![None; n];
        for r in refs {
            if matches!(r.form, Form::Modifier | Form::Pronoun(_)) {
                continue;
            }
            plural[r.np] |= r.plural;
            if kind[r.np].is_none() {
                kind[r.np] = Some(r.coding.as_ref().map(|c| c.kind).unwrap_or(r.kind));
            }
        }
        let mut by_sentence = vec![Vec::new(); ctx.sentences.len()];
        for (i, np) in ctx.nps.iter().enumerate() {
            by_sentence[np.sentence].push(i);
        }
        NpFacts { plural, kind, by_sentence }
    }
}

fn new_cluster(clusters: &mut Vec<Cluster>) -> usize {
    clusters.push(Cluster::default());
    clusters.len() - 1
}

/// Merge what a reference says into its cluster: a name beats a description, a known country
/// beats an unknown one, the first role written in the text is kept.
fn absorb(c: &mut Cluster, i: usize, r: &Ref) {
    c.refs.push(i);
    c.last = c.last.max(r.tokens.end);
    if let Some(a) = r.agent {
        c.agents.insert(a);
    }
    if matches!(r.form, Form::Pronoun(_) | Form::Sides) {
        return;
    }
    if c.person.is_none()
        && let Some(p) = r.person
    {
        c.person = Some(p);
        c.coding = r.coding.clone();
        c.name = r.name.clone();
        c.named = true;
    }
    if c.name.is_none() && r.form == Form::Named {
        c.name = r.name.clone();
        c.named = true;
    }
    if let Some(name) = &c.name
        && c.surname.is_none()
    {
        c.surname = Some(last_word(name));
    }
    if matches!(r.form, Form::Entity | Form::Modifier) && c.entity.is_none() {
        c.entity = r.base;
        if c.name.is_none() {
            c.name = r.name.clone();
        }
    }
    let better = match (&c.coding, &r.coding) {
        (None, Some(_)) => true,
        (Some(old), Some(new)) => old.code.is_unknown() && !new.code.is_unknown() && c.person.is_none(),
        _ => false,
    };
    if better {
        c.coding = r.coding.clone();
    }
    if c.role.is_none() {
        c.role = r.role.clone();
    }
    if c.key.is_none() && r.form != Form::Named {
        c.key = ref_key(r);
    }
    if c.description.is_empty() {
        c.description = r.description.clone();
    }
}

fn cluster_base(c: &Cluster) -> Option<EntryId> {
    c.coding.as_ref().and_then(|cd| cd.of).or(c.entity)
}

/// The identity of an actor described without a name: its base entry, code, and whether it is
/// one person (so "the EU" never merges with "the EU Special Representative").
fn ref_key(r: &Ref) -> Option<(Option<EntryId>, String, bool)> {
    let coding = r.coding.as_ref()?;
    Some((r.base, coding.code.to_string(), r.kind == ActorKind::Person))
}

fn last_word(name: &str) -> String {
    pieces(name).last().map(|p| fold(p)).unwrap_or_default()
}

fn target_entry(t: Target) -> EntryId {
    match t {
        Target::Name(id) | Target::Adjective(id) | Target::People(id) | Target::Capital(id) => id,
        Target::Agent(_) | Target::AgentPlural(_) => unreachable!("agents are not entries"),
    }
}

fn agent_kind(lex: &Lexicon, agent: AgentId, plural: bool) -> ActorKind {
    match lex.agent(agent).kind {
        ActorKind::Person if plural => ActorKind::Group,
        k => k,
    }
}

fn unknown_coding(kind: ActorKind) -> Coding {
    Coding {
        code: ActorCode::unknown(&[]),
        country: None,
        of: None,
        sectors: Vec::new(),
        kind,
        role: None,
        role_agent: None,
    }
}

/// A former office holder: the base with ELI instead of the office's sectors.
fn make_former(c: &mut Coding) {
    if c.sectors.iter().any(|s| &**s == "ELI") {
        return;
    }
    c.code = ActorCode::new(c.code.base(), &["ELI"]);
    c.sectors.retain(|s| matches!(&**s, "IGO" | "NGO" | "PRE"));
    c.sectors.push("ELI".into());
    if let Some(role) = &c.role {
        c.role = Some(format!("former {role}").into());
    }
}
