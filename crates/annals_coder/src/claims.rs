//! Claims: reported speech, with a speaker, a cue and a content span.
//!
//! A claim is found from syntax around a reporting cue (`data/claims.txt`):
//! - a cue verb with a clausal complement: "Mammadyarov **stressed** that [the realities on the
//!   ground are still unchanged]";
//! - a cue verb attached as a parenthetical: "[Arnor signed a protocol], officials **said**";
//! - a cue verb with a noun complement carrying the clause: "**pointed out** the fact that […]";
//! - a communication verb with an *about* phrase: "**informed** X about [the state of the talks]";
//! - a verb whose plain object is the content: "**reaffirmed** [the importance of negotiations]";
//! - *according to*: "[Y happened], **according to** X".
//!
//! A clause the parser hangs off the cue as parataxis after the content is content too. A
//! participial cue ("…, **noting** that […]") inherits its speaker from the main clause, past any
//! passive clause in between. Events
//! whose trigger lies inside a claim's content belong to the innermost such claim; all others are
//! asserted by the narrator. This module finds the frames; the coder resolves the speaker to an
//! actor.

use crate::syntax::Tree;
use annals_doc::Span;
use std::collections::HashSet;

const CUES: &str = include_str!("../data/claims.txt");

/// A reported-speech frame in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFrame {
    /// The cue's head token (the reporting verb, or `according` of "according to").
    pub cue: usize,
    /// Bytes of the cue ("pointed out", "according to", "said").
    pub cue_span: Span,
    /// Head token of the speaker phrase, when there is one.
    pub speaker: Option<usize>,
    /// Bytes of the reported content.
    pub content: Span,
    /// Tokens of the content, in order.
    pub content_tokens: Vec<usize>,
}

/// The reporting cues, read from `data/claims.txt`.
#[derive(Debug, Clone)]
pub struct ClaimCues {
    /// Verb lemmas, optionally with a required particle (`point out`).
    verbs: HashSet<(String, Option<String>)>,
    /// Verbs whose *about* phrase is reported content ("informed X about Y").
    about_verbs: HashSet<String>,
    /// Nouns that carry a clause as content ("the fact that …").
    content_nouns: HashSet<String>,
    /// Verbs whose plain object is reported content ("reaffirmed the importance of talks").
    object_verbs: HashSet<String>,
}

impl Default for ClaimCues {
    fn default() -> ClaimCues {
        ClaimCues::parse(CUES).expect("the embedded claim cue table is valid")
    }
}

impl ClaimCues {
    /// Read a cue table: lines `verb LEMMA[_PARTICLE]…`, `about LEMMA…`, `noun LEMMA…`.
    pub fn parse(text: &str) -> Result<ClaimCues, String> {
        let mut cues = ClaimCues {
            verbs: HashSet::new(),
            about_verbs: HashSet::new(),
            content_nouns: HashSet::new(),
            object_verbs: HashSet::new(),
        };
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let kind = parts.next().unwrap_or_default();
            for word in parts {
                let word = word.to_lowercase();
                match kind {
                    "verb" => {
                        let (lemma, particle) = match word.split_once('_') {
                            Some((l, p)) => (l.to_string(), Some(p.to_string())),
                            None => (word, None),
                        };
                        cues.verbs.insert((lemma, particle));
                    }
                    "about" => {
                        cues.about_verbs.insert(word);
                    }
                    "noun" => {
                        cues.content_nouns.insert(word);
                    }
                    "object" => {
                        cues.verbs.insert((word.clone(), None));
                        cues.object_verbs.insert(word);
                    }
                    other => return Err(format!("claims.txt:{}: unknown kind `{other}`", n + 1)),
                }
            }
        }
        Ok(cues)
    }

    /// True when token `v` is a reporting verb (with its particle, if the entry needs one).
    pub fn is_cue_verb(&self, tree: &Tree<'_>, v: usize) -> bool {
        let lemma = tree.lemma(v);
        if self.verbs.contains(&(lemma.clone(), None)) {
            return true;
        }
        tree.children_with(v, "compound:prt").any(|p| self.verbs.contains(&(lemma.clone(), Some(tree.lemma(p)))))
    }

    /// All claim frames in the sentence.
    pub fn find(&self, tree: &Tree<'_>) -> Vec<ClaimFrame> {
        let mut frames = Vec::new();
        for v in tree.tokens() {
            if self.is_cue_verb(tree, v) {
                if let Some(frame) = self.verb_frame(tree, v) {
                    frames.push(frame);
                }
            } else if tree.lemma(v) == "accord"
                && tree.rel(v) == "case"
                && let Some(x) = tree.head(v)
                && let Some(pred) = tree.head(x)
            {
                // "according to X": `according` is the case marker of X, with `to` as fixed.
                let excluded: HashSet<usize> = tree.subtree(x).into_iter().collect();
                let content = content_without(tree, pred, &excluded);
                if !content.is_empty() {
                    let cue_tokens: Vec<usize> =
                        std::iter::once(v).chain(tree.children_with(v, "fixed")).collect::<Vec<_>>();
                    frames.push(ClaimFrame {
                        cue: v,
                        cue_span: tree.span_of(&sorted(cue_tokens)),
                        speaker: Some(x),
                        content: tree.span_of(&content),
                        content_tokens: content,
                    });
                }
            }
        }
        frames
    }

    fn verb_frame(&self, tree: &Tree<'_>, v: usize) -> Option<ClaimFrame> {
        let mut cue_tokens = vec![v];
        cue_tokens.extend(tree.children_with(v, "compound:prt"));
        let cue_span = tree.span_of(&sorted(cue_tokens));
        let speaker = speaker_of(tree, v);
        let frame = |content: Vec<usize>| {
            let content = with_parataxis(tree, v, content);
            (!content.is_empty()).then(|| ClaimFrame {
                cue: v,
                cue_span,
                speaker,
                content: tree.span_of(&content),
                content_tokens: content,
            })
        };
        // "stressed that …"
        if let Some(c) = tree.child(v, "ccomp") {
            return frame(trim_punct(tree, tree.subtree(c)));
        }
        // "pointed out the fact that …"
        if let Some(o) = tree.child(v, "obj")
            && self.content_nouns.contains(&tree.lemma(o))
            && let Some(c) = tree.children(o).iter().copied().find(|&c| matches!(tree.rel(c), "acl" | "ccomp"))
        {
            return frame(trim_punct(tree, tree.subtree(c)));
        }
        // "informed X about …"
        if self.about_verbs.contains(&tree.lemma(v))
            && let Some(about) = tree.children_with(v, "obl").find(|&o| tree.case_marker(o).as_deref() == Some("about"))
        {
            return frame(trim_punct(tree, tree.subtree(about)));
        }
        // "reaffirmed the importance of substantial negotiations"
        if self.object_verbs.contains(&tree.lemma(v))
            && let Some(o) = tree.child(v, "obj")
        {
            return frame(trim_punct(tree, tree.subtree(o)));
        }
        // "…, officials said" / "…, he said": the cue hangs off the main predicate.
        if matches!(tree.rel(v), "parataxis" | "ccomp")
            && tree.subject(v).is_some()
            && let Some(pred) = tree.head(v)
            && pred < v
        {
            let excluded: HashSet<usize> = tree.subtree(v).into_iter().collect();
            return frame(content_without(tree, pred, &excluded));
        }
        None
    }
}

/// The speaker of cue verb `v`: its own subject; for a participle with none ("…, noting that")
/// the active subject of the clause it hangs from, climbing past passive clauses ("a serviceman
/// was killed …, noting that" is noted by the minister of the main clause, not the serviceman);
/// else an agent phrase ("was stressed by X").
fn speaker_of(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let own = |t: usize| tree.children(t).iter().copied().find(|&c| tree.deprel(c) == "nsubj");
    if let Some(s) = own(v) {
        return Some(s);
    }
    if tree.rel(v) == "advcl" {
        let mut h = tree.head(v);
        for _ in 0..8 {
            let Some(x) = h else { break };
            if let Some(s) = own(x) {
                return Some(s);
            }
            if !matches!(tree.rel(x), "parataxis" | "advcl" | "conj" | "ccomp") {
                break;
            }
            h = tree.head(x);
        }
    }
    tree.subject(v).or_else(|| tree.child(v, "obl:agent"))
}

/// `content` plus every clause hanging from cue `v` as parataxis after it: "pointed out the fact
/// that [during the visit …], [a serviceman was killed …]" — the parser often attaches the
/// second half of a long reported clause to the cue rather than inside the first.
fn with_parataxis(tree: &Tree<'_>, v: usize, content: Vec<usize>) -> Vec<usize> {
    let Some(&last) = content.last() else { return content };
    let mut out = content;
    for p in tree.children_with(v, "parataxis").filter(|&p| p > last) {
        out.extend(tree.subtree(p));
    }
    out.sort_unstable();
    out.dedup();
    trim_punct(tree, out)
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v
}

/// The subtree of `pred` minus `excluded`, trimmed of punctuation at both ends.
fn content_without(tree: &Tree<'_>, pred: usize, excluded: &HashSet<usize>) -> Vec<usize> {
    let kept: Vec<usize> = tree.subtree(pred).into_iter().filter(|t| !excluded.contains(t)).collect();
    trim_punct(tree, kept)
}

fn trim_punct(tree: &Tree<'_>, mut tokens: Vec<usize>) -> Vec<usize> {
    while tokens.last().is_some_and(|&t| tree.rel(t) == "punct") {
        tokens.pop();
    }
    while tokens.first().is_some_and(|&t| tree.rel(t) == "punct" || tree.rel(t) == "mark") {
        tokens.remove(0);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tests::doc;

    fn frames(rows: &[&str]) -> (annals_doc::Doc, Vec<ClaimFrame>) {
        let d = doc(rows);
        let f = ClaimCues::default().find(&Tree::new(&d, 0));
        (d, f)
    }

    #[test]
    fn that_clause_after_a_reporting_verb() {
        let (d, f) = frames(&[
            "The the DET 3 det",
            "Azerbaijani Azerbaijani ADJ 3 amod",
            "FM FM PROPN 4 nsubj",
            "stressed stress VERB 0 root",
            "that that SCONJ 7 mark",
            "realities reality NOUN 7 nsubj",
            "unchanged unchanged ADJ 4 ccomp",
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].speaker, Some(2));
        assert_eq!(d.slice(f[0].content), "realities unchanged");
        assert_eq!(d.slice(f[0].cue_span), "stressed");
    }

    #[test]
    fn parenthetical_said_takes_the_main_clause() {
        let (d, f) = frames(&[
            "Arnor Arnor PROPN 2 nsubj",
            "signed sign VERB 0 root",
            "a a DET 4 det",
            "protocol protocol NOUN 2 obj",
            ", , PUNCT 7 punct",
            "officials official NOUN 7 nsubj",
            "said say VERB 2 parataxis",
            ". . PUNCT 2 punct",
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(d.slice(f[0].content), "Arnor signed a protocol");
        assert_eq!(f[0].speaker, Some(5));
    }

    #[test]
    fn pointed_out_the_fact_that_and_according_to() {
        let (d, f) = frames(&[
            "minister minister NOUN 2 nsubj",
            "pointed point VERB 0 root",
            "out out ADP 2 compound:prt",
            "the the DET 5 det",
            "fact fact NOUN 2 obj",
            "that that SCONJ 8 mark",
            "serviceman serviceman NOUN 8 nsubj:pass",
            "killed kill VERB 5 acl",
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(d.slice(f[0].cue_span), "pointed out");
        assert_eq!(d.slice(f[0].content), "serviceman killed");

        let (d, f) = frames(&[
            "Troops troop NOUN 2 nsubj",
            "withdrew withdraw VERB 0 root",
            ", , PUNCT 6 punct",
            "according accord VERB 6 case",
            "to to ADP 4 fixed",
            "Moscow Moscow PROPN 2 obl",
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].speaker, Some(5));
        assert_eq!(d.slice(f[0].content), "Troops withdrew");
        assert_eq!(d.slice(f[0].cue_span), "according to");
    }

    #[test]
    fn an_object_verb_reports_its_object() {
        let (d, f) = frames(&[
            "Klaar Klaar PROPN 2 nsubj",
            "reaffirmed reaffirm VERB 0 root",
            "the the DET 4 det",
            "importance importance NOUN 2 obj",
            "of of ADP 6 case",
            "negotiations negotiation NOUN 4 nmod",
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(d.slice(f[0].content), "the importance of negotiations");
        assert_eq!(f[0].speaker, Some(0));
        // "said" is no object verb: "said a prayer" reports nothing.
        let (_, f) = frames(&["He He PRON 2 nsubj", "said say VERB 0 root", "prayer prayer NOUN 2 obj"]);
        assert!(f.is_empty());
    }

    /// The worked example's third sentence as the parser reads it: the killing hangs off the
    /// cue as parataxis, and "noting" off the killing.
    #[test]
    fn parataxis_after_the_content_and_a_participle_under_a_passive() {
        let (d, f) = frames(&[
            "minister minister NOUN 2 nsubj",
            "pointed point VERB 0 root",
            "out out ADP 2 compound:prt",
            "fact fact NOUN 2 obj",
            "that that SCONJ 7 mark",
            "visit visit NOUN 7 nsubj",
            "co-chairs co-chair VERB 4 acl",
            ", , PUNCT 7 punct",
            "serviceman serviceman NOUN 11 nsubj:pass",
            "was be AUX 11 aux:pass",
            "killed kill VERB 2 parataxis",
            "by by ADP 13 case",
            "forces force NOUN 11 obl:agent",
            ", , PUNCT 15 punct",
            "noting note VERB 11 advcl",
            "that that SCONJ 18 mark",
            "acts act NOUN 18 nsubj",
            "undermine undermine VERB 15 ccomp",
            "process process NOUN 18 obj",
            ". . PUNCT 2 punct",
        ]);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(d.slice(f[0].cue_span), "pointed out");
        assert_eq!(
            d.slice(f[0].content),
            "visit co-chairs , serviceman was killed by forces , noting that acts undermine process"
        );
        assert_eq!(f[0].speaker, Some(0));
        assert_eq!(d.slice(f[1].cue_span), "noting");
        assert_eq!(d.slice(f[1].content), "acts undermine process");
        assert_eq!(f[1].speaker, Some(0), "the speaker of the main clause, not the passive subject");
    }
}
