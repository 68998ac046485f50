//! The coder proper: from a parsed sentence and its actor mentions to coded events and claims.
//!
//! For every verb the dictionary knows ([`VerbIndex`]), the coder reads its code from the best
//! matching pattern and finds its participants in the dependency tree:
//! - **source**: the subject (through control, coordination and relative clauses), or the
//!   *by*-agent of a passive, or the token a pattern marks with `$`;
//! - **target**: the direct object, else the first prepositional object that names an actor
//!   (on the verb, then inside the object phrase: "restore ties *with Gondor*"), else the passive
//!   subject, or what a pattern marks with `+`.
//!
//! Each participant phrase is read for actors: a mention the resolver found, or an agent ("the
//! ambassadors", "soldiers") combined with the country it is *of*/*from*/*in* ("soldiers from
//! Gondor" → `GONMIL`); coordinated phrases give several actors and one event for each pair.
//!
//! A speech-act verb governing another coded verb combines with it through [`Pico`] ("urged X to
//! *help*" → appeal for aid) instead of giving two events; a reporting verb whose complement
//! holds no event codes a statement aimed at the complement's subject. Modality comes from
//! [`ModalityCues`], attribution from [`ClaimCues`].

use crate::claims::{ClaimCues, ClaimFrame};
use crate::modality::{Modality, ModalityCues};
use crate::pico::Pico;
use crate::syntax::Tree;
use crate::verbs::{VerbIndex, VerbMatch, Zones};
use annals_doc::{Doc, Span, Upos};
use std::ops::Range;

/// An actor mention found by actor resolution, as the coder needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// Tokens of the mention (document indices).
    pub tokens: Range<usize>,
    /// Index of the resolved actor in the caller's actor list, if it has one.
    pub actor: Option<usize>,
    /// Country or organisation code (`AZE`, `IGOEU`); `None` for a bare agent ("officials").
    pub base: Option<String>,
    /// Sector codes in order (`GOV`, `MIL`).
    pub sectors: Vec<String>,
}

/// A participant of an event: an actor with the phrase that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// Country or organisation code; `None` when unknown (printed `---`).
    pub base: Option<String>,
    /// Sector codes.
    pub sectors: Vec<String>,
    /// The caller's actor index, when the participant is exactly one resolved mention.
    pub actor: Option<usize>,
    /// Bytes of the phrase.
    pub span: Span,
}

impl Participant {
    /// CAMEO-style code, e.g. `ARMMIL`, `---GOV`.
    pub fn code(&self) -> String {
        let mut s = self.base.clone().unwrap_or_else(|| "---".into());
        for sector in &self.sectors {
            s.push_str(sector);
        }
        s
    }
}

/// A coded event before dates, places and magnitudes are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    /// Sentence index.
    pub sentence: usize,
    /// Trigger token.
    pub trigger: usize,
    /// Bytes of the trigger (with the other words of a multiword verb).
    pub trigger_span: Span,
    /// CAMEO code.
    pub cameo: String,
    /// Who acts.
    pub source: Option<Participant>,
    /// Who is acted upon.
    pub target: Option<Participant>,
    /// How the event is asserted.
    pub modality: Modality,
    /// Index of the claim the event is reported in (in this sentence's claims).
    pub claim: Option<usize>,
    /// Dictionary line of the pattern that set the code, if any.
    pub pattern_line: Option<usize>,
    /// Verb block, for explanations.
    pub block: String,
}

/// A claim: reported speech with its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedClaim {
    /// Sentence index.
    pub sentence: usize,
    /// The frame found in the syntax.
    pub frame: ClaimFrame,
    /// The speaker, when it names an actor.
    pub speaker: Option<Participant>,
}

/// What the coder found in one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceCoding {
    /// Events, in trigger order.
    pub events: Vec<CodedEvent>,
    /// Claims, in cue order.
    pub claims: Vec<CodedClaim>,
}

/// Coder settings.
#[derive(Debug, Clone, Default)]
pub struct CoderOptions {
    /// Emit events only when both source and target are known (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// Follow PETRARCH where it differs from what a reader would say: a passive without a
    /// *by*-agent takes its source from another phrase after the verb ("An Eriadorian was shot
    /// dead *in Osgiliath*" → Osgiliath shot). Used to run the PETRARCH validation suite.
    pub petrarch_compat: bool,
}

/// Word lists for the refinements of [`Coder::refine`] (`data/refine.txt`).
#[derive(Debug, Clone, Default)]
struct RefineLists {
    lists: std::collections::HashMap<String, std::collections::HashSet<String>>,
}

impl RefineLists {
    fn parse(text: &str) -> RefineLists {
        let mut lists: std::collections::HashMap<String, std::collections::HashSet<String>> = Default::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut words = line.split_whitespace();
            if let Some(name) = words.next() {
                lists.entry(name.to_string()).or_default().extend(words.map(str::to_lowercase));
            }
        }
        RefineLists { lists }
    }

    fn has(&self, list: &str, word: &str) -> bool {
        self.lists.get(list).is_some_and(|l| l.contains(word))
    }
}

/// Codes sentences with one verb dictionary.
#[derive(Debug, Clone)]
pub struct Coder {
    refine: RefineLists,
    nouns: crate::nouns::NounIndex,
    verbs: VerbIndex,
    pico: Pico,
    modality: ModalityCues,
    claims: ClaimCues,
    options: CoderOptions,
}

/// A verb of the dictionary found in the sentence, with its subject.
#[derive(Debug, Clone)]
struct Frame {
    verb: usize,
    matched: VerbMatch,
    subject: Option<usize>,
    /// Code after combination with an embedded event (or the matched code).
    code: Option<String>,
    reverse: Option<String>,
    /// Set when another frame absorbed this one (its code went into a combination).
    absorbed: bool,
    /// Frame whose participants this one takes (the governing speech act of a combination).
    source_from: Option<usize>,
    /// Embedded frame whose source this one is aimed at ("noted that *Y* regretted …").
    target_from: Option<usize>,
}

impl Coder {
    /// A coder over `verbs`.
    pub fn new(verbs: VerbIndex, options: CoderOptions) -> Coder {
        Coder {
            refine: RefineLists::parse(include_str!("../data/refine.txt")),
            nouns: crate::nouns::NounIndex::builtin(),
            verbs,
            pico: Pico::default(),
            modality: ModalityCues::default(),
            claims: ClaimCues::default(),
            options,
        }
    }

    /// The modality cue table in use.
    pub fn modality_cues(&self) -> &ModalityCues {
        &self.modality
    }

    /// The PICO table in use.
    pub fn pico(&self) -> &Pico {
        &self.pico
    }

    /// Code sentence `s` of `doc`, given the actor mentions of the whole document (in any order).
    pub fn code_sentence(&self, doc: &Doc, s: usize, mentions: &[ActorMention]) -> SentenceCoding {
        let tree = Tree::new(doc, s);
        // PETRARCH does not resolve pronouns; in compatible mode neither do we.
        let mentions = Mentions::new(doc, s, mentions, self.options.petrarch_compat);
        let mut frames: Vec<Frame> = Vec::new();
        for v in tree.tokens() {
            if !matches!(tree.upos(v), Upos::Verb) {
                continue;
            }
            let subject = resolve_relative(&tree, tree.subject(v));
            let zones = Zones::of(&tree, v, subject);
            if let Some(m) = self.verbs.lookup(&tree, v, &zones) {
                let code = m.code.forward.clone();
                let reverse = m.code.reverse.clone();
                frames.push(Frame {
                    verb: v,
                    matched: m,
                    subject,
                    code,
                    reverse,
                    absorbed: false,
                    source_from: None,
                    target_from: None,
                });
            }
        }
        self.combine(&tree, &mentions, &mut frames);

        let claim_frames = self.claims.find(&tree);
        let mut out = SentenceCoding::default();
        for frame in &claim_frames {
            let speaker = frame.speaker.and_then(|sp| self.participants(&tree, &mentions, sp).into_iter().next());
            out.claims.push(CodedClaim { sentence: s, frame: frame.clone(), speaker });
        }

        for f in &frames {
            if f.absorbed || (f.code.is_none() && f.reverse.is_none()) {
                continue;
            }
            let governing = f.source_from.map(|g| &frames[g]);
            let (sources, mut targets) = self.arguments(&tree, &mentions, f, governing);
            if let Some(low) = f.target_from {
                let embedded = &frames[low];
                let aimed = embedded.subject.map(|t| self.participants(&tree, &mentions, t)).unwrap_or_default();
                if !aimed.is_empty() {
                    targets = aimed;
                }
            }
            let mut trigger_tokens = vec![f.verb];
            trigger_tokens.extend(&f.matched.extra_tokens);
            trigger_tokens.sort_unstable();
            let trigger_span = tree.span_of(&trigger_tokens);
            let modality = self.modality.of(&tree, f.verb);
            let claim = innermost_claim(&claim_frames, f.verb);
            let mut emit = |code: &str, source: Option<Participant>, target: Option<Participant>| {
                if self.options.require_dyad && (source.is_none() || target.is_none()) {
                    return;
                }
                // A dyad needs two coded actors: "---GOV" (an official of no named country) is not one.
                if self.options.require_dyad
                    && (source.as_ref().is_some_and(|p| p.base.is_none())
                        || target.as_ref().is_some_and(|p| p.base.is_none()))
                {
                    return;
                }
                if let (Some(a), Some(b)) = (&source, &target)
                    && a.code() == b.code()
                {
                    return;
                }
                let event = CodedEvent {
                    sentence: s,
                    trigger: f.verb,
                    trigger_span,
                    cameo: code.to_string(),
                    source,
                    target,
                    modality,
                    claim,
                    pattern_line: f.matched.pattern_line,
                    block: f.matched.block.clone(),
                };
                if !out.events.contains(&event) {
                    out.events.push(event);
                }
            };
            let pairs = pairs(&sources, &targets);
            for (src, tgt) in pairs {
                if let Some(code) = &f.code {
                    emit(code, src.clone(), tgt.clone());
                }
                if let Some(rev) = &f.reverse {
                    emit(rev, tgt, src);
                }
            }
        }
        if !self.options.petrarch_compat {
            self.noun_events(&tree, &mentions, s, &claim_frames, &mut out);
            self.refine(&tree, &mentions, s, &mut out);
        }
        out
    }

    /// Refinements of the record that PETRARCH does not make (all but the first are skipped in
    /// PETRARCH-compatible mode):
    /// - an assault whose instrument is named takes the matching CAMEO mode ("killed by a
    ///   *sniper* shot" → 193, small arms);
    /// - an event embedded under an intention ("is *ready* to contribute") is coded as the intent
    ///   (CAMEO 03x, PLOVER AGREE), one embedded under a refusal ("*refuses* to comply") as the
    ///   refusal (CAMEO 12x, REJECT), when PICO has the combined code;
    /// - verb events with no participant at all are dropped;
    /// - a speaker reporting that someone *must* do something demands it of them (CAMEO 10x);
    /// - a speaker reporting that someone's acts *undermine* or *violate* something accuses them
    ///   (CAMEO 111), with "such acts" pointing back to the last event with a source.
    fn refine(&self, tree: &Tree<'_>, mentions: &Mentions, s: usize, out: &mut SentenceCoding) {
        for e in &mut out.events {
            if let Some(code) = self.instrument_code(tree, e) {
                e.cameo = code;
            }
            match self.modality.embedding(tree, e.trigger) {
                Some((Modality::Intended, _)) => {
                    if let Some(c) = self.pico.combine("030", &e.cameo) {
                        e.cameo = c;
                    }
                }
                Some((Modality::Refused, _)) => {
                    let refused = self
                        .pico
                        .value(&e.cameo)
                        .filter(|v| *v > 0 && v & 0xF000 == 0)
                        .and_then(|v| self.pico.cameo(v - 0xFFFF).map(str::to_string));
                    e.cameo = refused.unwrap_or_else(|| "120".into());
                }
                _ => {}
            }
        }
        // What Annals' own records keep:
        // - an event with a participant, or a dated event noun without one ("the 1994 ceasefire
        //   agreement");
        // - only events about someone identifiable: a participant of known country, organisation
        //   or person, not only "---GOV" (a "government" or "he" nobody resolved);
        // - a verb coded only by its dictionary block's default (no pattern matched) needs both a
        //   doer and someone it is done to, as PETRARCH's dyads do, unless it is passive ("was
        //   killed"); a vague verb ("think", "take", "want") needs a pattern. CAMEO's blocks put
        //   "think" and "go" under consult and "expect" under intent, and such matches are mostly
        //   noise. An intention or refusal stands alone ("the EU is ready to contribute", "Armenia
        //   refuses to comply"): the embedding verb is the pattern.
        let identified = |p: &Option<Participant>| p.as_ref().is_some_and(|p| p.base.is_some());
        out.events.retain(|e| {
            let noun = e.block == "NOUN";
            let no_one = e.source.is_none() && e.target.is_none();
            if no_one {
                return noun;
            }
            if !identified(&e.source) && !identified(&e.target) {
                return false;
            }
            if noun
                || matches!(self.modality.embedding(tree, e.trigger), Some((Modality::Intended | Modality::Refused, _)))
            {
                return true;
            }
            let vague = e.pattern_line.is_none() && self.refine.has("vague", &tree.lemma(e.trigger));
            let dyad = e.source.is_some() && e.target.is_some();
            let passive_victim = e.source.is_none() && tree.is_passive(e.trigger);
            !vague && (e.pattern_line.is_some() || dyad || passive_victim)
        });

        let mut added = Vec::new();
        for (ci, claim) in out.claims.iter().enumerate() {
            let Some(speaker) = &claim.speaker else { continue };
            let cue = claim.frame.cue;
            // Demands: "added that the armed forces of Armenia must withdraw".
            for e in out.events.iter().filter(|e| e.claim == Some(ci) && e.modality == Modality::Demanded) {
                let Some(addressee) = &e.source else { continue };
                let code = self.pico.combine("100", &e.cameo).unwrap_or_else(|| "100".into());
                added.push(self.derived_event(
                    s,
                    cue,
                    claim.frame.cue_span,
                    code,
                    speaker,
                    addressee,
                    "DEMAND (reported)",
                ));
            }
            // Accusations: "noting that such bloody acts undermine the negotiation process".
            for &p in &claim.frame.content_tokens {
                if !matches!(tree.upos(p), Upos::Verb) || !self.refine.has("negative", &tree.lemma(p)) {
                    continue;
                }
                let Some(subj) = tree.subject(p) else { continue };
                let mut accused = self.participants(tree, mentions, subj).into_iter().next();
                let anaphoric = tree
                    .children(subj)
                    .iter()
                    .any(|&d| matches!(tree.lemma(d).as_str(), "such" | "these" | "those" | "this" | "that"));
                if accused.is_none() && anaphoric && self.refine.has("acts", &tree.lemma(subj)) {
                    // The nearest earlier event with a source other than the speaker.
                    accused = out
                        .events
                        .iter()
                        .filter(|e| e.trigger < p)
                        .filter(|e| e.source.as_ref().is_some_and(|x| x.code() != speaker.code()))
                        .max_by_key(|e| e.trigger)
                        .and_then(|e| e.source.clone());
                }
                let Some(accused) = accused else { continue };
                added.push(self.derived_event(
                    s,
                    p,
                    tree.span_of(&[p]),
                    "111".into(),
                    speaker,
                    &accused,
                    "ACCUSE (reported)",
                ));
            }
        }
        for e in added {
            if !out.events.iter().any(|x| x.trigger == e.trigger && x.cameo == e.cameo) {
                out.events.push(e);
            }
        }
        // An evaluation turned into an accusation is not also an event of its own.
        let accused_at: Vec<usize> =
            out.events.iter().filter(|e| e.block == "ACCUSE (reported)").map(|e| e.trigger).collect();
        out.events.retain(|e| e.block == "ACCUSE (reported)" || !accused_at.contains(&e.trigger));
        out.events.sort_by_key(|e| e.trigger);
    }

    /// Events named by nouns (see [`crate::nouns`]).
    fn noun_events(
        &self,
        tree: &Tree<'_>,
        mentions: &Mentions,
        s: usize,
        claim_frames: &[ClaimFrame],
        out: &mut SentenceCoding,
    ) {
        for n in tree.tokens() {
            if tree.upos(n) != Upos::Noun {
                continue;
            }
            let Some(entry) = self.nouns.lookup(tree, n) else { continue };
            // "held talks", "condemned the attack": a verb event of the same kind already
            // covers the noun.
            if let Some(h) = tree.head(n)
                && out.events.iter().any(|e| e.trigger == h && e.cameo.get(..2) == entry.code.get(..2))
            {
                continue;
            }
            let (sources, targets) = self.noun_arguments(tree, mentions, n, entry.of);
            if sources.is_empty() && targets.is_empty() && !(entry.dated && crate::nouns::has_date(tree, n)) {
                continue;
            }
            let mut trigger_tokens: Vec<usize> = tree
                .children(n)
                .iter()
                .copied()
                .filter(|&c| {
                    c < n && tree.rel(c) == "compound" && entry.modifier.as_deref() == Some(tree.lemma(c).as_str())
                })
                .collect();
            trigger_tokens.push(n);
            let trigger_span = tree.span_of(&trigger_tokens);
            let modality = self.modality.of(tree, n);
            let claim = innermost_claim(claim_frames, n);
            for (source, target) in pairs(&sources, &targets) {
                if let (Some(a), Some(b)) = (&source, &target)
                    && a.code() == b.code()
                {
                    continue;
                }
                out.events.push(CodedEvent {
                    sentence: s,
                    trigger: n,
                    trigger_span,
                    cameo: entry.code.clone(),
                    source,
                    target,
                    modality,
                    claim,
                    pattern_line: None,
                    block: "NOUN".into(),
                });
            }
        }
    }

    /// Sources and targets of an event noun, read from its modifiers. Participants of a
    /// reciprocal event ("the meeting of X and Y", "talks between X and Y") come back as several
    /// sources and no target.
    fn noun_arguments(
        &self,
        tree: &Tree<'_>,
        mentions: &Mentions,
        n: usize,
        of: crate::nouns::OfRole,
    ) -> (Vec<Participant>, Vec<Participant>) {
        use crate::nouns::OfRole;
        let (mut sources, mut targets, mut parts) = (Vec::new(), Vec::new(), Vec::new());
        for &c in tree.children(n) {
            let found = || self.participants(tree, mentions, c);
            match (tree.rel(c), tree.deprel(c)) {
                (_, "nmod:poss") => sources.extend(found()),
                ("amod" | "compound", _) if !mentions.at(c).is_empty() => sources.extend(found()),
                ("nmod" | "obl", _) => match tree.case_marker(c).as_deref() {
                    Some("by") => sources.extend(found()),
                    Some("of") => match of {
                        OfRole::Participants => parts.extend(found()),
                        OfRole::Source => sources.extend(found()),
                        OfRole::Target => targets.extend(found()),
                    },
                    Some("on" | "against" | "with" | "to" | "toward" | "towards" | "into" | "at") => {
                        targets.extend(found())
                    }
                    Some("between" | "among") => parts.extend(found()),
                    _ => {}
                },
                _ => {}
            }
        }
        if parts.len() > 1 {
            return (parts, Vec::new());
        }
        sources.extend(parts);
        (sources, targets)
    }

    /// An event the coder derives from a claim rather than reads from a verb.
    #[allow(clippy::too_many_arguments)]
    fn derived_event(
        &self,
        sentence: usize,
        trigger: usize,
        trigger_span: Span,
        cameo: String,
        source: &Participant,
        target: &Participant,
        block: &str,
    ) -> CodedEvent {
        CodedEvent {
            sentence,
            trigger,
            trigger_span,
            cameo,
            source: Some(source.clone()),
            target: Some(target.clone()),
            modality: Modality::Asserted,
            claim: None,
            pattern_line: None,
            block: block.to_string(),
        }
    }

    /// The CAMEO assault mode named by an instrument near the trigger, for generic assault codes.
    fn instrument_code(&self, tree: &Tree<'_>, e: &CodedEvent) -> Option<String> {
        if !matches!(e.cameo.as_str(), "18" | "180" | "19" | "190" | "1823") {
            return None;
        }
        for t in tree.subtree(e.trigger) {
            let lemma = tree.lemma(t);
            for (list, code) in [("firearms", "193"), ("heavy", "194"), ("aerial", "195")] {
                if self.refine.has(list, &lemma) {
                    return Some(code.into());
                }
            }
        }
        None
    }

    /// A coded verb embedded under another coded verb ("urged X to *help*", "said that Y
    /// *attacked*", "noted that Y *regretted* …"). With PICO values `U` (upper) and `L` (lower):
    /// - `U` a pure speech act and `L` content: the codes add up when the sum is a code ("urge" +
    ///   "help" = appeal for aid); otherwise the embedded event stands alone, attributed to the
    ///   speaker through the claim ("said that Y attacked Z").
    /// - `U` a pure speech act and `L` a speech act too: the upper event stands, aimed at the
    ///   embedded event's source ("noted that Cirith Ungol regretted …" → a statement about
    ///   Cirith Ungol); the embedded one is not coded.
    /// - `U` with content and `L` a pure speech act: the upper event stands ("urged X to
    ///   respond" is an appeal, not a statement).
    /// - Otherwise both stand.
    fn combine(&self, tree: &Tree<'_>, mentions: &Mentions, frames: &mut [Frame]) {
        for low in 0..frames.len() {
            let v = frames[low].verb;
            let Some(up) = governing_frame(tree, frames, v) else { continue };
            let (Some(upper_code), Some(lower_code)) = (frames[up].code.clone(), frames[low].code.clone()) else {
                continue;
            };
            let (Some(u), Some(l)) = (self.pico.value(&upper_code), self.pico.value(&lower_code)) else { continue };
            // A speech act by no one in particular ("…, a senior official said") governs nothing:
            // the embedded event stands on its own.
            let upper_speaks = frames[up]
                .subject
                .is_some_and(|t| self.participants(tree, mentions, t).iter().any(|p| p.base.is_some()));
            if !upper_speaks {
                continue;
            }
            let pure = |x: i64| x > 0 && x < 0x10000 && x & 0xFFF == 0;
            let speech = |x: i64| x > 0 && x < 0x10000 && x & 0xF000 != 0;
            if pure(u) && !speech(l) {
                let controlled = matches!(tree.rel(v), "xcomp") || is_to_infinitive(tree, v);
                match self.pico.combine(&upper_code, &lower_code) {
                    Some(combined) if controlled => {
                        frames[low].code = Some(combined);
                        frames[low].reverse = None;
                        frames[low].source_from = Some(up);
                        frames[up].absorbed = true;
                    }
                    _ => frames[up].absorbed = true,
                }
            } else if pure(u) && speech(l) {
                frames[low].absorbed = true;
                frames[up].target_from = Some(low);
            } else if pure(l) {
                frames[low].absorbed = true;
            }
        }
    }

    /// Sources and targets of a frame (several when phrases are coordinated).
    fn arguments(
        &self,
        tree: &Tree<'_>,
        mentions: &Mentions,
        f: &Frame,
        governing: Option<&Frame>,
    ) -> (Vec<Participant>, Vec<Participant>) {
        let v = f.verb;
        // The source: a `$` marker, the by-agent of a passive, or the subject (of the governing
        // speech act when the event was combined with one).
        let passive = tree.is_passive(v);
        let source_token = f
            .matched
            .source
            .or_else(|| if passive { agent_of(tree, v) } else { None })
            .or_else(|| if passive { None } else { governing.map_or(f.subject, |g| g.subject) });
        let mut sources = source_token.map(|t| self.participants(tree, mentions, t)).unwrap_or_default();
        // "killed by a sniper shot opened by the Armenian armed forces": the agent is an
        // instrument whose own agent is the actor.
        if sources.is_empty()
            && let Some(t) = source_token
            && let Some(a) = agent_within(tree, mentions, t)
        {
            sources = self.participants(tree, mentions, a);
        }
        if sources.is_empty() && passive && self.options.petrarch_compat {
            let patient = tree.children(v).iter().copied().find(|&c| tree.deprel(c) == "nsubj:pass");
            for cand in zone_nominals(tree, v) {
                if Some(cand) == patient || mentions.at(cand).is_empty() {
                    continue;
                }
                sources = self.participants(tree, mentions, cand);
                if !sources.is_empty() {
                    break;
                }
            }
        }

        // Candidate target heads, most likely first; the first that names an actor other than
        // the source wins ("welcomed *their* resumption of ties with Osgiliath": "their" is the
        // source itself).
        let mut candidates: Vec<usize> = Vec::new();
        candidates.extend(f.matched.target);
        // A combined event is aimed where the governing speech act is: "urged *Bree* to help".
        if let Some(g) = governing {
            candidates
                .extend(target_candidates(tree, g.verb, g.subject).into_iter().filter(|&c| !tree.dominates(v, c)));
        }
        if passive {
            if let Some(t) = tree.children(v).iter().copied().find(|&c| tree.deprel(c) == "nsubj:pass") {
                candidates.push(resolve_relative(tree, Some(t)).unwrap_or(t));
                // "20,000 Azerbaijanis were killed and over 1 million were displaced": a bare
                // number counts the people of the first conjunct.
                if tree.upos(t) == Upos::Num
                    && mentions.at(t).is_empty()
                    && tree.rel(v) == "conj"
                    && let Some(h) = tree.head(v)
                    && let Some(first) =
                        tree.children(h).iter().copied().find(|&c| matches!(tree.deprel(c), "nsubj:pass" | "nsubj"))
                {
                    candidates.push(first);
                }
            }
            if tree.rel(v) == "acl"
                && let Some(h) = tree.head(v)
            {
                candidates.push(h);
            }
        }
        candidates.extend(target_candidates(tree, v, source_token));
        // Attachment errors put actors deeper than they belong ("signed a protocol for 1990 with
        // Dagolath"): the first actor among the verb's dependents after it, outside nested clauses.
        candidates.extend(zone_nominals(tree, v).into_iter().filter(|&c| !mentions.at(c).is_empty()));
        // A reporting verb with nothing else to aim at targets what its complement is about
        // ("said that an arms embargo against Mordor would not work").
        if let Some(c) = tree.child(v, "ccomp") {
            candidates.extend(tree.subject(c));
            candidates.extend(zone_nominals(tree, c).into_iter().filter(|&c| !mentions.at(c).is_empty()));
        }
        let source_codes: Vec<String> = sources.iter().map(Participant::code).collect();
        let mut targets = Vec::new();
        for cand in candidates {
            if Some(cand) == source_token {
                continue;
            }
            targets = self.participants(tree, mentions, cand);
            targets.retain(|p| !source_codes.contains(&p.code()));
            if !targets.is_empty() {
                break;
            }
        }
        (sources, targets)
    }

    /// Actors named by the phrase headed by `t`, one per coordinated conjunct.
    fn participants(&self, tree: &Tree<'_>, mentions: &Mentions, t: usize) -> Vec<Participant> {
        self.participants_depth(tree, mentions, t, 0)
    }

    fn participants_depth(&self, tree: &Tree<'_>, mentions: &Mentions, t: usize, depth: usize) -> Vec<Participant> {
        let mut out = Vec::new();
        let conjuncts = tree.conjuncts(tree.first_conjunct(t));
        // A country modifier of the first conjunct is shared: "the Danish media and government".
        let shared_base = conjuncts.first().and_then(|&c| {
            tree.phrase(c)
                .into_iter()
                .filter(|&x| x != c)
                .find_map(|x| mentions.at(x).iter().find_map(|m| m.base.clone()))
        });
        for c in conjuncts {
            for mut p in self.phrase_participants(tree, mentions, c, depth) {
                if p.base.is_none() {
                    p.base.clone_from(&shared_base);
                }
                if (p.base.is_some() || !p.sectors.is_empty()) && !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// Actors named by the phrase of one conjunct `c`.
    fn phrase_participants(&self, tree: &Tree<'_>, mentions: &Mentions, c: usize, depth: usize) -> Vec<Participant> {
        let phrase = tree.phrase(c);
        let span = tree.span_of(&phrase);
        let at_head = mentions.at(c);
        if at_head.is_empty() {
            // No actor at the head ("a resumption of ties between Gondor and Osgiliath"): the
            // first actor inside the phrase, with its own coordination.
            if depth > 3 {
                return Vec::new();
            }
            return match phrase.iter().copied().find(|&x| x != c && !mentions.at(x).is_empty()) {
                Some(x) => self.participants_depth(tree, mentions, x, depth + 1),
                None => Vec::new(),
            };
        }
        let mut out = Vec::new();
        for head in at_head {
            if let Some(base) = &head.base {
                // "The ambassadors of Arnor, Osgiliath and Gondor" may come as one mention coded
                // for the first country: the other conjuncts get the same sectors.
                let bases = agent_bases(tree, mentions, c);
                if bases.len() > 1 && bases.contains(base) && !head.sectors.is_empty() {
                    for b in bases {
                        out.push(Participant { base: Some(b), sectors: head.sectors.clone(), actor: None, span });
                    }
                } else {
                    out.push(Participant {
                        base: head.base.clone(),
                        sectors: head.sectors.clone(),
                        actor: head.actor,
                        span,
                    });
                }
                continue;
            }
            // A bare agent: the country it belongs to is a modifier ("Gondor's government") or an
            // of/from/in phrase ("the ambassadors of Arnor, Osgiliath and Gondor").
            let bases = agent_bases(tree, mentions, c);
            if bases.is_empty() {
                out.push(Participant { base: None, sectors: head.sectors.clone(), actor: head.actor, span });
            }
            for b in bases {
                out.push(Participant { base: Some(b), sectors: head.sectors.clone(), actor: None, span });
            }
        }
        out
    }
}

/// Countries a bare agent at `c` belongs to: from its modifiers, else from an of/from/in/at
/// phrase (all its conjuncts).
fn agent_bases(tree: &Tree<'_>, mentions: &Mentions, c: usize) -> Vec<String> {
    let modifiers = tree
        .children(c)
        .iter()
        .copied()
        .filter(|&m| matches!(tree.deprel(m), "nmod:poss" | "compound" | "amod" | "flat" | "nmod:npmod"))
        .flat_map(|m| tree.subtree(m));
    let mut bases: Vec<String> = Vec::new();
    for x in modifiers {
        if let Some(b) = mentions.at(x).iter().find_map(|m| m.base.clone()) {
            bases.push(b);
            return bases;
        }
    }
    for n in tree.children(c).iter().copied().filter(|&n| matches!(tree.rel(n), "nmod" | "obl")) {
        let marker = tree.case_marker(n).unwrap_or_default();
        if matches!(marker.as_str(), "of" | "from" | "in" | "at") {
            for cj in tree.conjuncts(n) {
                for m in mentions.at(cj) {
                    if let Some(b) = &m.base
                        && !bases.contains(b)
                    {
                        bases.push(b.clone());
                    }
                }
            }
        }
        if !bases.is_empty() {
            break;
        }
    }
    bases
}

/// Every (source, target) pair; with no target, pairs among coordinated sources (reciprocal:
/// "Gondor and Osgiliath postponed their meeting"), else the sources alone.
fn pairs(sources: &[Participant], targets: &[Participant]) -> Vec<(Option<Participant>, Option<Participant>)> {
    let mut out = Vec::new();
    if targets.is_empty() && sources.len() > 1 {
        for a in sources {
            for b in sources {
                if a != b {
                    out.push((Some(a.clone()), Some(b.clone())));
                }
            }
        }
        return out;
    }
    let sources: Vec<Option<Participant>> =
        if sources.is_empty() { vec![None] } else { sources.iter().cloned().map(Some).collect() };
    let targets: Vec<Option<Participant>> =
        if targets.is_empty() { vec![None] } else { targets.iter().cloned().map(Some).collect() };
    for s in &sources {
        for t in &targets {
            out.push((s.clone(), t.clone()));
        }
    }
    out
}

/// The agent of a passive: `obl:agent`, or an `obl` with *by*.
fn agent_of(tree: &Tree<'_>, v: usize) -> Option<usize> {
    tree.child(v, "obl:agent").or_else(|| {
        tree.children(v).iter().copied().find(|&c| tree.rel(c) == "obl" && tree.case_marker(c).as_deref() == Some("by"))
    })
}

/// Candidate target heads of verb `v`, most likely first.
fn target_candidates(tree: &Tree<'_>, v: usize, source: Option<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let objects: Vec<usize> =
        tree.children(v).iter().copied().filter(|&c| matches!(tree.rel(c), "obj" | "iobj")).collect();
    out.extend(&objects);
    // Locative "in" comes last: "arrived in Gondor" aims at Gondor, but only when nothing else
    // does.
    let good_preps = [
        "with", "against", "to", "toward", "towards", "on", "at", "into", "from", "for", "over", "about", "between",
        "among", "in",
    ];
    let obliques = |h: usize| -> Vec<usize> {
        tree.children(h)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.rel(c), "obl" | "nmod"))
            .filter(|&c| tree.case_marker(c).is_some_and(|m| good_preps.contains(&m.as_str())))
            .collect()
    };
    out.extend(obliques(v));
    for &o in &objects {
        // "condemned an attack *by Osgiliath soldiers*": the object's agent is what the verb
        // is aimed at.
        out.extend(
            tree.children(o)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.rel(c), "nmod" | "obl") && tree.case_marker(c).as_deref() == Some("by")),
        );
        out.extend(obliques(o));
    }
    // "urged Bree to help": the object of an embedded verb.
    for x in tree.children_with(v, "xcomp") {
        out.extend(tree.children(x).iter().copied().filter(|&c| matches!(tree.rel(c), "obj" | "iobj")));
        out.extend(obliques(x));
    }
    out.retain(|&t| Some(t) != source);
    out
}

/// An actor that is the agent of the (non-actor) phrase headed by `t`: a participle's
/// *by*-agent ("a shot *opened by* the armed forces"), a possessor ("*Armenia's* attack"), or a
/// *by*-phrase of the noun ("an attack *by* soldiers").
fn agent_within(tree: &Tree<'_>, mentions: &Mentions, t: usize) -> Option<usize> {
    for &c in tree.children(t) {
        let found = match tree.rel(c) {
            "acl" => tree.children(c).iter().copied().find(|&g| {
                tree.deprel(g) == "obl:agent" || (tree.rel(g) == "obl" && tree.case_marker(g).as_deref() == Some("by"))
            }),
            "nmod" if tree.deprel(c) == "nmod:poss" || tree.case_marker(c).as_deref() == Some("by") => Some(c),
            _ => None,
        };
        if let Some(a) = found
            && (!mentions.at(a).is_empty() || tree.phrase(a).iter().any(|&x| !mentions.at(x).is_empty()))
        {
            return Some(a);
        }
    }
    None
}

/// The coded frame that verb `v` is embedded under, through `xcomp`, `ccomp`, `advcl` or a
/// "to"-infinitive modifying the upper verb's object ("urged Eriador to respond").
fn governing_frame(tree: &Tree<'_>, frames: &[Frame], v: usize) -> Option<usize> {
    let mut t = v;
    for _ in 0..3 {
        let h = tree.head(t)?;
        let embedded = matches!(tree.rel(t), "xcomp" | "ccomp" | "advcl") || is_to_infinitive(tree, t);
        if !embedded {
            return None;
        }
        // Through the object of the upper verb: "urged [Eriador [to respond]]".
        let h = if tree.rel(t) == "acl" && matches!(tree.rel(h), "obj" | "iobj") { tree.head(h)? } else { h };
        if let Some(i) = frames.iter().position(|f| f.verb == h) {
            return Some(i);
        }
        t = h;
    }
    None
}

/// True for a "to"-infinitive clause modifying a noun or verb (`acl`/`advcl` with *to*).
fn is_to_infinitive(tree: &Tree<'_>, t: usize) -> bool {
    matches!(tree.rel(t), "acl" | "advcl") && tree.children_with(t, "mark").any(|m| tree.lemma(m) == "to")
}

/// Nominal heads after verb `v` inside its clause, in text order: the verb's subtree without
/// parentheticals, reported clauses and clauses with subjects of their own.
fn zone_nominals(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = tree.children(v).iter().copied().filter(|&c| c > v).collect();
    while let Some(t) = stack.pop() {
        if matches!(tree.rel(t), "parataxis" | "punct" | "ccomp" | "csubj") {
            continue;
        }
        if matches!(tree.rel(t), "advcl" | "acl") && tree.child(t, "nsubj").is_some() {
            continue;
        }
        if matches!(tree.upos(t), Upos::Propn | Upos::Noun | Upos::Pron) {
            out.push(t);
        }
        stack.extend_from_slice(tree.children(t));
    }
    out.sort_unstable();
    out
}

/// A relative pronoun subject ("who", "which", "that") stands for the noun its clause modifies.
fn resolve_relative(tree: &Tree<'_>, subject: Option<usize>) -> Option<usize> {
    let s = subject?;
    let is_relative = matches!(tree.xpos(s), "WDT" | "WP") || (tree.lemma(s) == "that" && tree.upos(s) == Upos::Pron);
    if is_relative {
        let clause = tree.head(s)?;
        if tree.deprel(clause).starts_with("acl") {
            return tree.head(clause);
        }
    }
    Some(s)
}

/// The claim (index in `frames`) with the smallest content containing `t`.
fn innermost_claim(frames: &[ClaimFrame], t: usize) -> Option<usize> {
    frames
        .iter()
        .enumerate()
        .filter(|(_, f)| f.content_tokens.contains(&t))
        .min_by_key(|(_, f)| f.content_tokens.len())
        .map(|(i, _)| i)
}

/// The mentions of one sentence, indexed by token.
struct Mentions {
    start: usize,
    by_token: Vec<Vec<ActorMention>>,
}

impl Mentions {
    fn new(doc: &Doc, s: usize, all: &[ActorMention], skip_pronouns: bool) -> Mentions {
        let r = &doc.sentences[s].tokens;
        let (start, end) = (r.start as usize, r.end as usize);
        let pronoun_only = |m: &ActorMention| {
            m.tokens.clone().all(|t| doc.tokens.get(t).is_some_and(|tok| tok.upos == Some(annals_doc::Upos::Pron)))
        };
        let mut by_token: Vec<Vec<ActorMention>> = vec![Vec::new(); end - start];
        // The shortest mention covering a token speaks for it; coordinated mentions ("Eriadori
        // and Calenardhon leaders") contribute one entry per actor.
        let mut sorted: Vec<&ActorMention> = all
            .iter()
            .filter(|m| m.tokens.start < end && m.tokens.end > start)
            .filter(|m| !(skip_pronouns && pronoun_only(m)))
            .collect();
        sorted.sort_by_key(|m| m.tokens.len());
        for m in sorted {
            for t in m.tokens.clone() {
                if !(start..end).contains(&t) {
                    continue;
                }
                let slot = &mut by_token[t - start];
                let same_extent = slot.first().is_none_or(|f| f.tokens == m.tokens);
                if same_extent && !slot.contains(m) {
                    slot.push(m.clone());
                }
            }
        }
        Mentions { start, by_token }
    }

    fn at(&self, t: usize) -> &[ActorMention] {
        self.by_token.get(t.wrapping_sub(self.start)).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tests::doc;

    const DICT: &str = "\
--- RESTORE [050] ---
RESTORE
- * TIES [050]

--- URGE [020] ---
URGE

--- HELP [070] ---
HELP

--- MEET [040] ---
MEET

--- POSTPONE [120] ---
POSTPONE

--- ARRIVE [042:043] ---
ARRIVE
";

    fn coder() -> Coder {
        let dict = annals_lexicon::petrarch::verbs::read(DICT, "test.verbs");
        Coder::new(VerbIndex::new(&dict), CoderOptions::default())
    }

    fn mention(t: usize, base: Option<&str>, sectors: &[&str]) -> ActorMention {
        ActorMention {
            tokens: t..t + 1,
            actor: None,
            base: base.map(str::to_string),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn codings(rows: &[&str], mentions: &[ActorMention]) -> Vec<String> {
        let d = doc(rows);
        let out = coder().code_sentence(&d, 0, mentions);
        out.events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {}",
                    e.source.as_ref().map_or("-".into(), Participant::code),
                    e.target.as_ref().map_or("-".into(), Participant::code),
                    e.cameo
                )
            })
            .collect()
    }

    #[test]
    fn subject_and_prepositional_target() {
        let rows = [
            "Arnor Arnor PROPN 3 nsubj",
            "is be AUX 3 cop",
            "about about ADJ 0 root",
            "to to PART 5 mark",
            "restore restore VERB 3 xcomp",
            "diplomatic diplomatic ADJ 7 amod",
            "ties tie NOUN 5 obj",
            "with with ADP 9 case",
            "Gondor Gondor PROPN 5 obl",
        ];
        let m = [mention(0, Some("ARN"), &[]), mention(8, Some("GON"), &[])];
        assert_eq!(codings(&rows, &m), vec!["ARN GON 050"]);
    }

    #[test]
    fn speech_act_combines_with_the_embedded_event() {
        let rows = [
            "Calenardhon Calenardhon PROPN 2 nsubj",
            "urged urge VERB 0 root",
            "Bree Bree PROPN 2 obj",
            "to to PART 5 mark",
            "help help VERB 2 xcomp",
        ];
        let m = [mention(0, Some("CAL"), &[]), mention(2, Some("BRE"), &[])];
        assert_eq!(codings(&rows, &m), vec!["CAL BRE 023"]);
    }

    #[test]
    fn agents_take_the_country_they_are_of() {
        // The ambassadors of Arnor and Gondor met Ithilen
        let rows = [
            "The the DET 2 det",
            "ambassadors ambassador NOUN 7 nsubj",
            "of of ADP 4 case",
            "Arnor Arnor PROPN 2 nmod",
            "and and CCONJ 6 cc",
            "Gondor Gondor PROPN 4 conj",
            "met meet VERB 0 root",
            "Ithilen Ithilen PROPN 7 obj",
        ];
        let m = [
            mention(1, None, &["GOV"]),
            mention(3, Some("ARN"), &[]),
            mention(5, Some("GON"), &[]),
            mention(7, Some("ITH"), &[]),
        ];
        assert_eq!(codings(&rows, &m), vec!["ARNGOV ITH 040", "GONGOV ITH 040"]);
    }

    #[test]
    fn coordinated_subjects_without_target_are_reciprocal_and_paired_codes_reverse() {
        let rows = [
            "Gondor Gondor PROPN 5 nsubj",
            "and and CCONJ 3 cc",
            "Osgiliath Osgiliath PROPN 1 conj",
            "have have AUX 5 aux",
            "postponed postpone VERB 0 root",
            "their their PRON 7 nmod:poss",
            "meeting meeting NOUN 5 obj",
        ];
        let m = [mention(0, Some("GON"), &[]), mention(2, Some("OSG"), &[])];
        assert_eq!(codings(&rows, &m), vec!["GON OSG 120", "OSG GON 120"]);

        let rows = [
            "Romendacil Romendacil PROPN 2 nsubj",
            "arrived arrive VERB 0 root",
            "in in ADP 4 case",
            "Gondor Gondor PROPN 2 obl",
        ];
        let m = [mention(0, Some("BRE"), &["GOV"]), mention(3, Some("GON"), &[])];
        assert_eq!(codings(&rows, &m), vec!["BREGOV GON 042", "GON BREGOV 043"]);
    }

    /// The built-in dictionaries, as `annals code` uses them.
    fn native() -> Coder {
        let index = VerbIndex::layered(&crate::builtin::builtin_layers());
        Coder::new(index, CoderOptions::default())
    }

    #[test]
    fn native_records_keep_only_events_about_someone_identifiable() {
        // "Gondor considered Osgiliath": "consider" sits in CAMEO's consult block, but no pattern
        // matched — too vague to code.
        let rows =
            ["Gondor Gondor PROPN 2 nsubj", "considered consider VERB 0 root", "Osgiliath Osgiliath PROPN 2 obj"];
        let m = [mention(0, Some("GON"), &[]), mention(2, Some("OSG"), &[])];
        assert_eq!(native_codings(&rows, &m), Vec::<String>::new());
        // "The government accused the police": nobody known on either side.
        let rows = [
            "The the DET 2 det",
            "government government NOUN 3 nsubj",
            "accused accuse VERB 0 root",
            "the the DET 5 det",
            "police police NOUN 3 obj",
        ];
        let m = [mention(1, None, &["GOV"]), mention(4, None, &["COP"])];
        assert_eq!(native_codings(&rows, &m), Vec::<String>::new());
        // The same accusation by a known government stands.
        let m = [mention(1, Some("GON"), &["GOV"]), mention(4, None, &["COP"])];
        assert_eq!(native_codings(&rows, &m).len(), 1);
    }

    fn native_codings(rows: &[&str], mentions: &[ActorMention]) -> Vec<String> {
        let d = doc(rows);
        let out = native().code_sentence(&d, 0, mentions);
        out.events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    e.source.as_ref().map_or("-".into(), Participant::code),
                    e.target.as_ref().map_or("-".into(), Participant::code),
                    e.cameo,
                    e.modality
                )
            })
            .collect()
    }

    fn span_mention(tokens: std::ops::Range<usize>, base: &str, sectors: &[&str]) -> ActorMention {
        ActorMention {
            tokens,
            actor: None,
            base: Some(base.into()),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn sniper_killing_is_a_small_arms_assault_by_the_shooters_and_their_acts_are_criticised() {
        // The minister pointed out that an Azerbaijani serviceman was killed by a sniper shot
        // opened by the Armenian armed forces, noting that such acts undermine the process.
        let rows = [
            "The the DET 2 det",
            "minister minister NOUN 3 nsubj",
            "pointed point VERB 0 root",
            "out out ADP 3 compound:prt",
            "that that SCONJ 10 mark",
            "an a DET 8 det",
            "Azerbaijani Azerbaijani ADJ 8 amod",
            "serviceman serviceman NOUN 10 nsubj:pass",
            "was be AUX 10 aux:pass",
            "killed kill VERB 3 ccomp",
            "by by ADP 14 case",
            "a a DET 14 det",
            "sniper sniper NOUN 14 compound",
            "shot shot NOUN 10 obl:agent",
            "opened open VERB 14 acl",
            "by by ADP 19 case",
            "the the DET 19 det",
            "Armenian Armenian ADJ 19 amod",
            "forces force NOUN 15 obl:agent",
            ", , PUNCT 21 punct",
            "noting note VERB 3 advcl",
            "that that SCONJ 25 mark",
            "such such ADJ 24 amod",
            "acts act NOUN 25 nsubj",
            "undermine undermine VERB 21 ccomp",
            "the the DET 27 det",
            "process process NOUN 25 obj",
        ];
        let m = [
            span_mention(0..2, "AZE", &["GOV"]),
            span_mention(5..8, "AZE", &["MIL"]),
            span_mention(16..19, "ARM", &["MIL"]),
        ];
        let got = native_codings(&rows, &m);
        assert!(got.contains(&"ARMMIL AZEMIL 193 asserted".to_string()), "{got:?}");
        assert!(got.contains(&"AZEGOV ARMMIL 111 asserted".to_string()), "{got:?}");
    }

    #[test]
    fn reported_must_is_a_demand_and_ready_to_is_an_intent() {
        // Mammadyarov added that the armed forces of Armenia must withdraw their troops.
        let rows = [
            "Mammadyarov Mammadyarov PROPN 2 nsubj",
            "added add VERB 0 root",
            "that that SCONJ 10 mark",
            "the the DET 6 det",
            "armed armed ADJ 6 amod",
            "forces force NOUN 10 nsubj",
            "of of ADP 8 case",
            "Armenia Armenia PROPN 6 nmod",
            "must must AUX 10 aux",
            "withdraw withdraw VERB 2 ccomp",
            "their their PRON 12 nmod:poss",
            "troops troop NOUN 10 obj",
        ];
        let m = [span_mention(0..1, "AZE", &["GOV"]), span_mention(3..8, "ARM", &["MIL"])];
        let got = native_codings(&rows, &m);
        assert!(got.iter().any(|c| c.starts_with("AZEGOV ARMMIL 10")), "{got:?}");
        assert!(got.iter().any(|c| c.starts_with("ARMMIL") && c.ends_with("demanded")), "{got:?}");

        // The European Union is ready to contribute.
        let rows = [
            "The the DET 3 det",
            "European European PROPN 3 amod",
            "Union Union PROPN 5 nsubj",
            "is be AUX 5 cop",
            "ready ready ADJ 0 root",
            "to to PART 7 mark",
            "contribute contribute VERB 5 xcomp",
        ];
        let m = [span_mention(0..3, "IGOEU", &[])];
        let got = native_codings(&rows, &m);
        assert_eq!(got, vec!["IGOEU - 033 intended"]);
    }
}
