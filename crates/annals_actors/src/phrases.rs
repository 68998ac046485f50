//! Lexicon hits and noun phrases.
//!
//! Two layers are combined. Lexicon *hits* are found on the token sequence (longest match,
//! token-aligned), so a multi-word name or title is recognised whatever the parser did with it.
//! Noun phrases come from the dependency tree: a token belongs to the phrase of the word it
//! modifies through determiner, adjective, compound, flat-name, number or fixed relations, and
//! phrases that share a hit are merged ("Minister" + "of Foreign Affairs" + "Elmar Mammadyarov").
//! Without a parse (no heads), phrases fall back to runs of determiners, adjectives, nouns and
//! numbers. Both paths produce the same [`Np`] records, so resolution never depends on which one
//! ran.

use crate::words::Words;
use annals_doc::{Doc, EntityLabel, Head, Upos};
use annals_lexicon::text::pieces;
use annals_lexicon::{Lexicon, Piece, Target};
use std::ops::Range;

/// A lexicon phrase found in the text.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    /// Token indices (document-wide).
    pub tokens: Range<usize>,
    /// Everything the phrase names, most specific first.
    pub targets: Vec<Target>,
}

/// Find lexicon hits in the tokens of one sentence: at each token, the longest phrase that ends
/// at a token boundary.
pub(crate) fn find_hits(lexicon: &Lexicon, doc: &Doc, sentence: Range<usize>) -> Vec<Hit> {
    let mut text: Vec<Piece<'_>> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    let mut first_piece = Vec::with_capacity(sentence.len());
    for t in sentence.clone() {
        first_piece.push(text.len());
        for p in pieces(doc.form(t)) {
            text.push(Piece::new(p));
            owner.push(t);
        }
    }
    let mut hits = Vec::new();
    let mut t = sentence.start;
    let mut found = Vec::new();
    while t < sentence.end {
        let at = first_piece[t - sentence.start];
        if at >= text.len() || owner[at] != t {
            t += 1;
            continue;
        }
        found.clear();
        lexicon.index().matches_at(&text, at, &mut found);
        // Longest match that ends where a token ends.
        let aligned = found.iter().find(|m| {
            let end = at + m.len;
            end == text.len() || owner[end] != owner[end - 1]
        });
        match aligned {
            Some(best) => {
                let len = best.len;
                let last = owner[at + len - 1];
                let targets = found.iter().filter(|m| m.len == len).map(|m| m.target).collect();
                hits.push(Hit { tokens: t..last + 1, targets });
                t = last + 1;
            }
            None => t += 1,
        }
    }
    hits
}

/// A noun phrase.
#[derive(Debug, Clone)]
pub(crate) struct Np {
    /// Sentence index.
    pub sentence: usize,
    /// The head token.
    pub head: usize,
    /// Member tokens, in order.
    pub tokens: Vec<usize>,
    /// Indices into the hit list of hits inside the phrase.
    pub hits: Vec<usize>,
}

impl Np {
    /// First to last token.
    pub fn range(&self) -> Range<usize> {
        self.tokens[0]..self.tokens[self.tokens.len() - 1] + 1
    }
}

/// Dependency relations that keep a word inside the phrase of its head.
fn internal(deprel: &str) -> bool {
    matches!(
        deprel,
        "det"
            | "det:predet"
            | "amod"
            | "compound"
            | "flat"
            | "flat:name"
            | "flat:foreign"
            | "fixed"
            | "nummod"
            | "goeswith"
            | "nmod:npmod"
            // UD English 2.14 and later: titles before names ("President Obama") and the former
            // `nmod:npmod`.
            | "nmod:desc"
            | "nmod:unmarked"
    )
}

fn nominal(upos: Option<Upos>) -> bool {
    matches!(upos, Some(Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::X) | None)
}

/// The head of token `t` inside its sentence, if the parse gives one.
pub(crate) fn head_of(doc: &Doc, t: usize, sentence: &Range<usize>) -> Option<usize> {
    match doc.tokens[t].head {
        Some(Head::Token(h)) if sentence.contains(&(h as usize)) && h as usize != t => Some(h as usize),
        _ => None,
    }
}

/// The relation of token `t` to its head.
pub(crate) fn deprel(doc: &Doc, t: usize) -> &str {
    doc.tokens[t].deprel.as_deref().unwrap_or("")
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[rb] = ra;
        }
    }
}

/// Build the noun phrases of one sentence. `hits` are the sentence's hits; indices stored in
/// each phrase are offset by `hit_base`.
pub(crate) fn build_nps(
    doc: &Doc,
    sentence_index: usize,
    sentence: Range<usize>,
    hits: &[Hit],
    hit_base: usize,
    words: &Words,
) -> Vec<Np> {
    let n = sentence.len();
    if n == 0 {
        return Vec::new();
    }
    let local = |t: usize| t - sentence.start;
    let parsed = sentence.clone().any(|t| doc.tokens[t].head.is_some());
    let mut uf = UnionFind((0..n).collect());
    let mut candidate = vec![false; n];
    if parsed {
        for t in sentence.clone() {
            let rel = deprel(doc, t);
            let Some(h) = head_of(doc, t, &sentence) else { continue };
            let hyphen = doc.tokens[t].upos == Some(Upos::Punct) && matches!(doc.form(t), "-" | "–");
            // Coordinated modifiers ("the Azerbaijani and Armenian foreign ministers") stay in
            // the phrase of the noun they modify.
            let modifier = |x: usize| matches!(deprel(doc, x), "amod" | "compound" | "nummod");
            let coordinated_modifier = match rel {
                "conj" => modifier(h),
                "cc" => modifier(h) || (deprel(doc, h) == "conj" && head_of(doc, h, &sentence).is_some_and(modifier)),
                _ => false,
            };
            if internal(rel) || hyphen || coordinated_modifier {
                uf.union(local(h), local(t));
            }
        }
        for t in sentence.clone() {
            if nominal(doc.tokens[t].upos) && doc.tokens[t].upos.is_some() {
                candidate[local(t)] = true;
            }
        }
    } else {
        // No parse: runs of determiners, adjectives, nouns and numbers; a possessive ends a run.
        // Without tags either, a run is determiners, capitalised words and dictionary phrases,
        // and a pronoun stands alone.
        let mut prev: Option<usize> = None;
        for t in sentence.clone() {
            let upos = doc.tokens[t].upos;
            let form = doc.form(t);
            let lower = form.to_lowercase();
            let pronoun = words.is_pronoun(&lower);
            // "the Azerbaijani and Armenian foreign ministers": a conjunction between two
            // nationality adjectives continues the phrase.
            let adjective_at = |x: usize| {
                hits.iter()
                    .any(|h| h.tokens.contains(&x) && h.targets.iter().any(|t| matches!(t, Target::Adjective(_))))
            };
            let joins_adjectives = matches!(lower.as_str(), "and" | "or" | "&")
                && t > sentence.start
                && t + 1 < sentence.end
                && adjective_at(t - 1)
                && adjective_at(t + 1);
            let chunkable = match upos {
                _ if joins_adjectives => true,
                Some(Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num) => true,
                None if pronoun => false,
                None => {
                    // "that the armed forces": of two determiners in a row, the first is a
                    // conjunction or pronoun, not part of the phrase.
                    let next_is_determiner =
                        t + 1 < sentence.end && words.is_determiner(&doc.form(t + 1).to_lowercase());
                    form.chars().next().is_some_and(|c| c.is_uppercase())
                        || (words.is_determiner(&lower) && !next_is_determiner)
                        || in_hit(hits, t)
                }
                _ => false,
            };
            if chunkable && !matches!(form, "'s" | "’s") {
                if let Some(p) = prev {
                    uf.union(local(p), local(t));
                }
                prev = Some(t);
                if matches!(upos, Some(Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron) | None)
                    && !words.is_determiner(&lower)
                    && !joins_adjectives
                {
                    candidate[local(t)] = true;
                }
            } else {
                prev = None;
                if upos == Some(Upos::Pron) || (upos.is_none() && pronoun) {
                    candidate[local(t)] = true;
                }
            }
        }
    }
    // A hit is one phrase whatever the tree says.
    for hit in hits {
        let first = hit.tokens.start;
        for t in hit.tokens.clone() {
            uf.union(local(first), local(t));
            candidate[local(t)] = true;
        }
    }
    // Group tokens by root.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for t in sentence.clone() {
        let r = uf.find(local(t));
        groups[r].push(t);
    }
    let mut nps = Vec::new();
    for members in groups.into_iter().filter(|g| !g.is_empty()) {
        if !members.iter().any(|&t| candidate[local(t)]) {
            continue;
        }
        // Drop leading and trailing punctuation and case markers pulled in by the tree.
        let mut tokens: Vec<usize> = members;
        tokens.sort_unstable();
        while tokens.len() > 1
            && is_edge_filler(doc, tokens[tokens.len() - 1])
            && !in_hit(hits, tokens[tokens.len() - 1])
        {
            tokens.pop();
        }
        while tokens.len() > 1 && is_edge_filler(doc, tokens[0]) && !in_hit(hits, tokens[0]) {
            tokens.remove(0);
        }
        let head = pick_head(doc, &tokens, &sentence, parsed);
        if !nominal(doc.tokens[head].upos) && !in_hit(hits, head) {
            continue;
        }
        let hit_ids = hits
            .iter()
            .enumerate()
            .filter(|(_, h)| tokens.contains(&h.tokens.start))
            .map(|(i, _)| i + hit_base)
            .collect();
        nps.push(Np { sentence: sentence_index, head, tokens, hits: hit_ids });
    }
    nps.sort_by_key(|np| np.tokens[0]);
    if parsed {
        join_name_before_title(doc, &mut nps, hits, hit_base, &sentence);
    }
    nps
}

/// A country name the parser left outside the title phrase right after it ("Bree Prime Minister
/// Romendacil" parsed as two subjects, "Bree" and "Prime Minister Romendacil") joins that
/// phrase: a name directly followed by a title names whose title it is. A name inside a
/// prepositional phrase ("in Arnor President Umbardacil…") stays apart.
fn join_name_before_title(doc: &Doc, nps: &mut Vec<Np>, hits: &[Hit], hit_base: usize, sentence: &Range<usize>) {
    let mut k = 0;
    while k + 1 < nps.len() {
        let (a, b) = (&nps[k], &nps[k + 1]);
        let a_is_name = a.hits.len() == 1 && {
            let hit = &hits[a.hits[0] - hit_base];
            hit.tokens == a.range()
                && hit.targets.iter().any(|t| matches!(t, Target::Name(_) | Target::Adjective(_)))
                && !hit.targets.iter().any(|t| matches!(t, Target::Agent(_) | Target::AgentPlural(_)))
        };
        let b_starts_with_title = b.hits.first().is_some_and(|&h| {
            let hit = &hits[h - hit_base];
            hit.tokens.start == b.tokens[0] && hit.targets.iter().any(|t| matches!(t, Target::Agent(_)))
        });
        let adjacent = a.range().end == b.tokens[0];
        let in_phrase = sentence.clone().any(|c| head_of(doc, c, sentence) == Some(a.head) && deprel(doc, c) == "case");
        let b_has_name = doc.tokens[b.head].upos == Some(Upos::Propn);
        if a_is_name && b_starts_with_title && adjacent && !in_phrase && b_has_name {
            let a = nps.remove(k);
            let b = &mut nps[k];
            let mut tokens = a.tokens;
            tokens.extend(b.tokens.iter().copied());
            b.tokens = tokens;
            let mut hit_ids = a.hits;
            hit_ids.extend(b.hits.iter().copied());
            b.hits = hit_ids;
        } else {
            k += 1;
        }
    }
}

fn in_hit(hits: &[Hit], t: usize) -> bool {
    hits.iter().any(|h| h.tokens.contains(&t))
}

fn is_edge_filler(doc: &Doc, t: usize) -> bool {
    matches!(doc.tokens[t].upos, Some(Upos::Punct | Upos::Adp | Upos::Cconj | Upos::Part))
}

/// The phrase head: the member whose own head lies outside the phrase (the rightmost such
/// nominal if several), or the last nominal without a parse.
fn pick_head(doc: &Doc, tokens: &[usize], sentence: &Range<usize>, parsed: bool) -> usize {
    if parsed {
        let outside: Vec<usize> = tokens
            .iter()
            .copied()
            .filter(|&t| head_of(doc, t, sentence).is_none_or(|h| !tokens.contains(&h)))
            .collect();
        if let Some(&t) = outside.iter().rev().find(|&&t| nominal(doc.tokens[t].upos)) {
            return t;
        }
        if let Some(&t) = outside.last() {
            return t;
        }
    }
    tokens
        .iter()
        .rev()
        .copied()
        .find(|&t| matches!(doc.tokens[t].upos, Some(Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num) | None))
        .unwrap_or(tokens[tokens.len() - 1])
}

/// The entity label covering token `t`, with the entity's token range.
pub(crate) fn entity_at(doc: &Doc, t: usize) -> Option<(EntityLabel, Range<usize>)> {
    let t32 = t as u32;
    let i = doc.entities.partition_point(|e| e.tokens.end <= t32);
    doc.entities
        .get(i)
        .filter(|e| e.tokens.contains(&t32))
        .map(|e| (e.label, e.tokens.start as usize..e.tokens.end as usize))
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::parse_conllu;

    fn doc(conllu: &str) -> Doc {
        parse_conllu(conllu, "t").docs.remove(0)
    }

    #[test]
    fn hits_take_the_longest_token_aligned_phrase() {
        let lexicon = Lexicon::builtin();
        let d = doc(
            "1\tthe\t_\tDET\t_\t_\t4\tdet\t_\t_\n2\tUN\t_\tPROPN\t_\t_\t4\tcompound\t_\t_\n3\tSecurity\t_\tPROPN\t_\t_\t4\tcompound\t_\t_\n4\tCouncil\t_\tPROPN\t_\t_\t0\troot\t_\t_\n\n",
        );
        let hits = find_hits(&lexicon, &d, 0..4);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].tokens, 1..4);
    }

    #[test]
    fn phrases_from_the_tree_merge_across_a_title() {
        let lexicon = Lexicon::builtin();
        let d = doc("\
1\tAzerbaijani\t_\tADJ\tJJ\t_\t2\tamod\t_\t_
2\tMinister\t_\tPROPN\tNNP\t_\t6\tcompound\t_\t_
3\tof\t_\tADP\tIN\t_\t5\tcase\t_\t_
4\tForeign\t_\tPROPN\tNNP\t_\t5\tcompound\t_\t_
5\tAffairs\t_\tPROPN\tNNPS\t_\t2\tnmod\t_\t_
6\tElmar\t_\tPROPN\tNNP\t_\t8\tnsubj\t_\t_
7\tMammadyarov\t_\tPROPN\tNNP\t_\t6\tflat\t_\t_
8\tmet\t_\tVERB\tVBD\t_\t0\troot\t_\t_

");
        let hits = find_hits(&lexicon, &d, 0..8);
        let nps = build_nps(&d, 0, 0..8, &hits, 0, &Words::load(&lexicon));
        assert_eq!(nps.len(), 1, "{nps:?}");
        assert_eq!(nps[0].tokens, [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(nps[0].head, 5);
    }

    #[test]
    fn phrases_without_a_parse_are_runs() {
        let lexicon = Lexicon::builtin();
        let d = doc(
            "1\tthe\t_\tDET\t_\t_\t_\t_\t_\t_\n2\tArmenian\t_\tADJ\t_\t_\t_\t_\t_\t_\n3\tarmed\t_\tADJ\t_\t_\t_\t_\t_\t_\n4\tforces\t_\tNOUN\t_\t_\t_\t_\t_\t_\n5\tfired\t_\tVERB\t_\t_\t_\t_\t_\t_\n\n",
        );
        let hits = find_hits(&lexicon, &d, 0..5);
        let nps = build_nps(&d, 0, 0..5, &hits, 0, &Words::load(&lexicon));
        assert_eq!(nps.len(), 1);
        assert_eq!(nps[0].tokens, [0, 1, 2, 3]);
        assert_eq!(nps[0].head, 3);
    }
}
