//! Modality: is an event asserted as having happened, or negated, refused, demanded, intended,
//! hypothetical, or historical background?
//!
//! Decided from the syntax around the trigger: negation and modal auxiliaries on the trigger, the
//! verb or adjective that embeds it ("refuses to *comply*", "is ready to *contribute*", "must
//! *withdraw*", "urged X to *respond*"), and conditional clauses. Historical background depends
//! on dates, so the coder sets it from the event's time (see `coder`); this module handles the
//! grammatical cases. The cue words are data: `data/modality.txt`.
//!
//! When several apply, the strongest wins, in this order: negated, refused, demanded,
//! hypothetical, intended, historical, asserted — "will not attack" is negated, not intended.

use crate::syntax::Tree;
use annals_doc::Upos;
use std::collections::HashMap;
use std::fmt;

const CUES: &str = include_str!("../data/modality.txt");

/// How an event is asserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Modality {
    /// Reported as having happened (or happening).
    Asserted,
    /// Background: happened well before the article's time ("since the war in the early 1990s").
    Historical,
    /// Announced, planned, promised or offered ("will meet", "is ready to contribute").
    Intended,
    /// Possible, conditional or speculative ("may attack", "if talks fail").
    Hypothetical,
    /// Required or called for by someone ("must withdraw", "urged X to respond").
    Demanded,
    /// Refused by its own actor ("refuses to comply").
    Refused,
    /// Explicitly did not or will not happen ("did not attack").
    Negated,
}

impl Modality {
    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Historical => "historical",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
            Modality::Demanded => "demanded",
            Modality::Refused => "refused",
            Modality::Negated => "negated",
        }
    }

    fn parse(s: &str) -> Option<Modality> {
        Some(match s {
            "asserted" => Modality::Asserted,
            "historical" => Modality::Historical,
            "intended" => Modality::Intended,
            "hypothetical" => Modality::Hypothetical,
            "demanded" => Modality::Demanded,
            "refused" => Modality::Refused,
            "negated" => Modality::Negated,
            _ => return None,
        })
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a cue word sits relative to the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum CueSlot {
    /// An auxiliary of the trigger (`aux` child): will, must, may.
    Aux,
    /// An adverb or determiner on the trigger: not, never, no.
    Negator,
    /// The predicate the trigger is embedded under (`xcomp`/`ccomp` head, or the noun/adjective
    /// it complements): refuse, ready, urge, plan.
    Embedding,
    /// A subordinator of the trigger's clause: if, unless.
    Mark,
    /// The verb an event noun is the object of: "*postponed* their meeting", "*proposed* talks".
    Object,
}

/// The cue table, read from `data/modality.txt`.
#[derive(Debug, Clone)]
pub struct ModalityCues {
    cues: HashMap<(CueSlot, String), Modality>,
}

impl Default for ModalityCues {
    fn default() -> ModalityCues {
        ModalityCues::parse(CUES).expect("the embedded modality cue table is valid")
    }
}

impl ModalityCues {
    /// Read a cue table: lines `slot modality word…` (`#` comments).
    pub fn parse(text: &str) -> Result<ModalityCues, String> {
        let mut cues = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(slot), Some(modality)) = (parts.next(), parts.next()) else {
                return Err(format!("modality.txt:{}: want `slot modality word…`", n + 1));
            };
            let slot = match slot {
                "aux" => CueSlot::Aux,
                "negator" => CueSlot::Negator,
                "embedding" => CueSlot::Embedding,
                "mark" => CueSlot::Mark,
                "object" => CueSlot::Object,
                other => return Err(format!("modality.txt:{}: unknown slot `{other}`", n + 1)),
            };
            let modality = Modality::parse(modality)
                .ok_or_else(|| format!("modality.txt:{}: unknown modality `{modality}`", n + 1))?;
            for word in parts {
                cues.insert((slot, word.to_lowercase()), modality);
            }
        }
        Ok(ModalityCues { cues })
    }

    fn get(&self, slot: CueSlot, word: &str) -> Option<Modality> {
        self.cues.get(&(slot, word.to_string())).copied()
    }

    /// The predicate that embeds the event at `t` and gives it a modality ("*refuses* to
    /// comply", "is *ready* to contribute"), with that modality; `None` when the event is not
    /// embedded under a cue word.
    pub fn embedding(&self, tree: &Tree<'_>, t: usize) -> Option<(Modality, usize)> {
        let mut t_up = tree.first_conjunct(t);
        for _ in 0..3 {
            let h = tree.head(t_up)?;
            let rel = tree.rel(t_up);
            let embedded = matches!(rel, "xcomp" | "ccomp" | "csubj")
                || (rel == "acl" && matches!(tree.upos(h), Upos::Noun | Upos::Adj))
                || (matches!(rel, "obl" | "nmod") && tree.case_marker(t_up).is_some_and(|m| m == "for" || m == "to"));
            if !embedded {
                return None;
            }
            if let Some(m) = self.get(CueSlot::Embedding, &tree.lemma(h)) {
                return Some((m, h));
            }
            t_up = h;
        }
        None
    }

    /// The grammatical modality of the event triggered by token `t`.
    pub fn of(&self, tree: &Tree<'_>, t: usize) -> Modality {
        let mut found = Modality::Asserted;
        let mut note = |m: Modality| {
            if m > found {
                found = m;
            }
        };
        // The trigger's own auxiliaries, negators and subordinators. Coordinated predicates
        // share the auxiliaries of the first ("will meet and sign").
        let first = tree.first_conjunct(t);
        let owners = [t, first];
        let owners = if first == t { &owners[..1] } else { &owners[..] };
        for &owner in owners {
            for &c in tree.children(owner) {
                let lemma = tree.lemma(c);
                match tree.rel(c) {
                    "aux" => {
                        if let Some(m) = self.get(CueSlot::Aux, &lemma) {
                            note(m);
                        }
                    }
                    "advmod" | "det" | "cc" => {
                        if let Some(m) = self.get(CueSlot::Negator, &lemma) {
                            note(m);
                        }
                    }
                    "mark" => {
                        if let Some(m) = self.get(CueSlot::Mark, &lemma) {
                            note(m);
                        }
                    }
                    _ => {}
                }
            }
        }
        // An event noun as the object of a cue verb: "postponed their meeting".
        if matches!(tree.deprel(first), "obj" | "nsubj:pass")
            && tree.upos(first) == Upos::Noun
            && let Some(h) = tree.head(first)
            && let Some(m) = self.get(CueSlot::Object, &tree.lemma(h))
        {
            note(m);
        }
        // "have to withdraw", "need to", "be going to": the trigger is an xcomp of the cue.
        // "refuses to comply", "is ready to contribute", "urged X to respond", "refusal to talk".
        let mut t_up = first;
        for _ in 0..3 {
            let Some(h) = tree.head(t_up) else { break };
            let rel = tree.rel(t_up);
            let embedded = matches!(rel, "xcomp" | "ccomp" | "csubj")
                || (rel == "acl" && matches!(tree.upos(h), Upos::Noun | Upos::Adj))
                || (matches!(rel, "obl" | "nmod") && tree.case_marker(t_up).is_some_and(|m| m == "for" || m == "to"));
            if !embedded {
                break;
            }
            if let Some(m) = self.get(CueSlot::Embedding, &tree.lemma(h)) {
                note(m);
                break;
            }
            // "is about to restore": `about` is an ADJ head with the event as xcomp.
            if rel == "xcomp" && tree.upos(h) == Upos::Adj && tree.lemma(h) == "about" {
                note(Modality::Intended);
                break;
            }
            // Negation on the embedding verb carries down: "did not agree to withdraw".
            if tree.children(h).iter().any(|&c| self.get(CueSlot::Negator, &tree.lemma(c)) == Some(Modality::Negated)) {
                note(Modality::Negated);
            }
            t_up = h;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tests::doc;

    fn modality_of(rows: &[&str], trigger: usize) -> Modality {
        let d = doc(rows);
        ModalityCues::default().of(&Tree::new(&d, 0), trigger)
    }

    #[test]
    fn negation_and_auxiliaries() {
        let did_not =
            ["Arnor Arnor PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod", "attack attack VERB 0 root"];
        assert_eq!(modality_of(&did_not, 3), Modality::Negated);
        let will = ["Bree Bree PROPN 3 nsubj", "will will AUX 3 aux", "meet meet VERB 0 root"];
        assert_eq!(modality_of(&will, 2), Modality::Intended);
        let must = ["Armenia Armenia PROPN 3 nsubj", "must must AUX 3 aux", "withdraw withdraw VERB 0 root"];
        assert_eq!(modality_of(&must, 2), Modality::Demanded);
        let wont = ["Bree Bree PROPN 4 nsubj", "wo will AUX 4 aux", "n't not PART 4 advmod", "clash clash VERB 0 root"];
        assert_eq!(modality_of(&wont, 3), Modality::Negated, "negation beats futurity");
    }

    #[test]
    fn embedding_predicates() {
        let refuses = [
            "Armenia Armenia PROPN 2 nsubj",
            "refuses refuse VERB 0 root",
            "to to PART 4 mark",
            "comply comply VERB 2 xcomp",
        ];
        assert_eq!(modality_of(&refuses, 3), Modality::Refused);
        let ready = [
            "EU EU PROPN 3 nsubj",
            "is be AUX 3 cop",
            "ready ready ADJ 0 root",
            "to to PART 5 mark",
            "contribute contribute VERB 3 xcomp",
        ];
        assert_eq!(modality_of(&ready, 4), Modality::Intended);
        let urged = [
            "Calenardhon Calenardhon PROPN 2 nsubj",
            "urged urge VERB 0 root",
            "Bree Bree PROPN 2 obj",
            "to to PART 5 mark",
            "help help VERB 2 xcomp",
        ];
        assert_eq!(modality_of(&urged, 4), Modality::Demanded);
        assert_eq!(modality_of(&urged, 1), Modality::Asserted, "the urging itself happened");
    }

    #[test]
    fn conditionals() {
        let iff = [
            "if if SCONJ 3 mark",
            "talks talk NOUN 3 nsubj",
            "fail fail VERB 6 advcl",
            "Arnor Arnor PROPN 6 nsubj",
            "will will AUX 6 aux",
            "attack attack VERB 0 root",
        ];
        assert_eq!(modality_of(&iff, 2), Modality::Hypothetical);
    }
}
