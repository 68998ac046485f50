//! Read-only views of a parsed sentence: children, relations, case markers, coordination and
//! phrase spans over UD v2 dependency trees.
//!
//! Everything the coder asks of syntax goes through [`Tree`], so the rules elsewhere read like
//! grammar ("the `obl` child whose case marker is *with*") rather than index arithmetic. The view
//! is built once per sentence and never changes the [`Doc`].

use annals_doc::{Doc, Head, Span, Upos};
use std::ops::Range;

/// A parsed sentence with child lists.
pub struct Tree<'d> {
    doc: &'d Doc,
    range: Range<usize>,
    /// Children of each token (indexed by `token - range.start`), in text order.
    children: Vec<Vec<usize>>,
    root: Option<usize>,
}

impl<'d> Tree<'d> {
    /// The tree of sentence `s` of `doc`. Tokens without a head (unparsed) are treated as roots'
    /// dependents so the view is always usable.
    pub fn new(doc: &'d Doc, s: usize) -> Tree<'d> {
        let r = &doc.sentences[s].tokens;
        let range = r.start as usize..r.end as usize;
        let mut children = vec![Vec::new(); range.len()];
        let mut root = None;
        for i in range.clone() {
            match doc.tokens[i].head {
                Some(Head::Token(h)) if range.contains(&(h as usize)) && h as usize != i => {
                    children[h as usize - range.start].push(i);
                }
                _ => {
                    if root.is_none() {
                        root = Some(i);
                    }
                }
            }
        }
        Tree { doc, range, children, root }
    }

    /// The document.
    pub fn doc(&self) -> &'d Doc {
        self.doc
    }

    /// Token indices of the sentence.
    pub fn tokens(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The root token.
    pub fn root(&self) -> Option<usize> {
        self.root
    }

    /// Children of `i` in text order.
    pub fn children(&self, i: usize) -> &[usize] {
        self.children.get(i.wrapping_sub(self.range.start)).map_or(&[], |c| c.as_slice())
    }

    /// Head of `i` inside the sentence, `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        match self.doc.tokens[i].head {
            Some(Head::Token(h)) if self.range.contains(&(h as usize)) && h as usize != i => Some(h as usize),
            _ => None,
        }
    }

    /// Full relation, e.g. `obl:agent`.
    pub fn deprel(&self, i: usize) -> &'d str {
        self.doc.tokens[i].deprel.as_deref().unwrap_or("dep")
    }

    /// Relation without subtype, e.g. `obl`.
    pub fn rel(&self, i: usize) -> &'d str {
        let d = self.deprel(i);
        d.split(':').next().unwrap_or(d)
    }

    /// Lower-cased lemma (falls back to the lower-cased form).
    pub fn lemma(&self, i: usize) -> String {
        match &self.doc.tokens[i].lemma {
            Some(l) => l.to_lowercase(),
            None => self.doc.form(i).to_lowercase(),
        }
    }

    /// The form as written.
    pub fn form(&self, i: usize) -> &'d str {
        self.doc.form(i)
    }

    /// Universal POS tag (`X` when untagged).
    pub fn upos(&self, i: usize) -> Upos {
        self.doc.tokens[i].upos.unwrap_or(Upos::X)
    }

    /// Penn tag, or `""`.
    pub fn xpos(&self, i: usize) -> &'d str {
        self.doc.tokens[i].xpos.as_deref().unwrap_or("")
    }

    /// Children of `i` whose relation (full, or base when `rel` has no subtype) is `rel`.
    pub fn children_with(&self, i: usize, rel: &str) -> impl Iterator<Item = usize> + '_ {
        let want_full = rel.contains(':');
        let rel = rel.to_string();
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| if want_full { self.deprel(c) == rel } else { self.rel(c) == rel })
    }

    /// First child of `i` with relation `rel` (see [`Tree::children_with`]).
    pub fn child(&self, i: usize, rel: &str) -> Option<usize> {
        self.children_with(i, rel).next()
    }

    /// Lower-cased lemma of the case marker (`case` child, joined for multiword markers such as
    /// "on behalf of") of a nominal, if any.
    pub fn case_marker(&self, i: usize) -> Option<String> {
        let marks: Vec<String> = self
            .children(i)
            .iter()
            .copied()
            .filter(|&c| self.rel(c) == "case" && c < i)
            .flat_map(|c| std::iter::once(c).chain(self.children_with(c, "fixed")))
            .map(|c| self.lemma(c))
            .collect();
        (!marks.is_empty()).then(|| marks.join(" "))
    }

    /// `i` and every token coordinated with it (`conj` chains), in text order.
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let t = out[k];
            for c in self.children_with(t, "conj") {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out.sort_unstable();
        out
    }

    /// The first conjunct of the coordination `i` belongs to (itself when not a `conj`).
    pub fn first_conjunct(&self, i: usize) -> usize {
        let mut t = i;
        while self.rel(t) == "conj" {
            match self.head(t) {
                Some(h) => t = h,
                None => break,
            }
        }
        t
    }

    /// True when `ancestor` dominates `i` (or is `i`).
    pub fn dominates(&self, ancestor: usize, i: usize) -> bool {
        let mut t = Some(i);
        let mut steps = 0;
        while let Some(x) = t {
            if x == ancestor {
                return true;
            }
            steps += 1;
            if steps > self.range.len() {
                return false;
            }
            t = self.head(x);
        }
        false
    }

    /// All tokens of the subtree of `i`, in text order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let t = out[k];
            out.extend_from_slice(self.children(t));
            k += 1;
            if out.len() > self.range.len() {
                break;
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Byte span of the subtree of `i`.
    pub fn subtree_span(&self, i: usize) -> Span {
        self.span_of(&self.subtree(i))
    }

    /// The noun phrase headed by `i`: its subtree without clauses, coordinated phrases,
    /// appositions, and leading/trailing punctuation. This is the text an actor is read from.
    pub fn phrase(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(t) = stack.pop() {
            for &c in self.children(t) {
                let clausal = matches!(
                    self.rel(c),
                    "acl"
                        | "advcl"
                        | "ccomp"
                        | "xcomp"
                        | "parataxis"
                        | "conj"
                        | "cc"
                        | "appos"
                        | "punct"
                        | "dep"
                        | "list"
                );
                // Prepositional modifiers other than "of" attach places and times, not names:
                // "Soldiers [from Gondor]" is kept by `full_phrase`, not here.
                let other_pp = t == i && self.rel(c) == "nmod" && self.case_marker(c).is_some_and(|m| m != "of");
                let keep = !clausal && !other_pp;
                if keep {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The noun phrase headed by `i` including its `nmod` dependents of every kind (for
    /// "the leaders of Gondor" or "soldiers from Gondor").
    pub fn full_phrase(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(t) = stack.pop() {
            for &c in self.children(t) {
                if !matches!(
                    self.rel(c),
                    "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis" | "conj" | "cc" | "punct" | "dep"
                ) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Byte span covering `tokens` (which must be non-empty and in order).
    pub fn span_of(&self, tokens: &[usize]) -> Span {
        match (tokens.first(), tokens.last()) {
            (Some(&a), Some(&b)) => self.doc.tokens[a].span.cover(self.doc.tokens[b].span),
            _ => Span::default(),
        }
    }

    /// The text of `tokens` joined as in the source.
    pub fn text_of(&self, tokens: &[usize]) -> &'d str {
        self.doc.slice(self.span_of(tokens))
    }

    /// True when `i` is a passive predicate (has `nsubj:pass`, `aux:pass`, or is a past
    /// participle modifying a noun).
    pub fn is_passive(&self, i: usize) -> bool {
        self.children(i).iter().any(|&c| matches!(self.deprel(c), "nsubj:pass" | "aux:pass" | "csubj:pass"))
            || (self.rel(i) == "acl" && self.xpos(i) == "VBN")
    }

    /// The grammatical subject of predicate `i`: its own `nsubj`, else inherited through `xcomp`
    /// control, coordination, relative clauses and participial modifiers.
    pub fn subject(&self, i: usize) -> Option<usize> {
        self.subject_inner(i, 0)
    }

    fn subject_inner(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 8 {
            return None;
        }
        // Expletive "it" ("It has been noted that …") is `expl` in UD v2, so it never matches.
        if let Some(s) = self.children(i).iter().copied().find(|&c| matches!(self.deprel(c), "nsubj" | "nsubj:pass")) {
            return Some(s);
        }
        let head = self.head(i)?;
        match self.rel(i) {
            // "X refused to comply": the controller is the head's object if it has one
            // ("urged Y to respond"), else its subject.
            "xcomp" => self.child(head, "obj").or_else(|| self.subject_inner(head, depth + 1)),
            // "condemned … and promised aid": shared subject.
            "conj" if matches!(self.upos(head), Upos::Verb | Upos::Aux | Upos::Adj) => {
                self.subject_inner(head, depth + 1)
            }
            // "the man who attacked" is analysed with the relative pronoun as nsubj; when the
            // pronoun is missing ("forces opened fire" reduced), the modified noun is the subject.
            "acl" => (!self.is_passive(i)).then_some(head),
            "advcl" => self.subject_inner(head, depth + 1),
            _ => None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use annals_doc::parse_conllu;

    /// Build a parsed document from compact rows `form lemma UPOS head deprel` (1-based heads).
    pub(crate) fn doc(rows: &[&str]) -> Doc {
        let mut conllu = String::new();
        for (k, row) in rows.iter().enumerate() {
            let f: Vec<&str> = row.split_whitespace().collect();
            conllu.push_str(&format!("{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t_\n", k + 1, f[0], f[1], f[2], f[3], f[4]));
        }
        conllu.push('\n');
        let parsed = parse_conllu(&conllu, "t");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        parsed.docs.into_iter().next().expect("one doc")
    }

    #[test]
    fn subjects_are_inherited_through_control_and_coordination() {
        // Armenia refuses to comply and rejects the resolutions .
        let d = doc(&[
            "Armenia Armenia PROPN 2 nsubj",
            "refuses refuse VERB 0 root",
            "to to PART 4 mark",
            "comply comply VERB 2 xcomp",
            "and and CCONJ 6 cc",
            "rejects reject VERB 2 conj",
            "the the DET 8 det",
            "resolutions resolution NOUN 6 obj",
            ". . PUNCT 2 punct",
        ]);
        let t = Tree::new(&d, 0);
        assert_eq!(t.subject(3), Some(0), "xcomp inherits the controller");
        assert_eq!(t.subject(5), Some(0), "conjoined verbs share the subject");
        assert_eq!(t.root(), Some(1));
        assert_eq!(t.text_of(&t.phrase(7)), "the resolutions");
    }

    #[test]
    fn case_markers_and_conjuncts() {
        // met with Klaar and Mammadyarov
        let d = doc(&[
            "met meet VERB 0 root",
            "with with ADP 3 case",
            "Klaar Klaar PROPN 1 obl",
            "and and CCONJ 5 cc",
            "Mammadyarov Mammadyarov PROPN 3 conj",
        ]);
        let t = Tree::new(&d, 0);
        assert_eq!(t.case_marker(2).as_deref(), Some("with"));
        assert_eq!(t.conjuncts(2), vec![2, 4]);
        assert_eq!(t.first_conjunct(4), 2);
        assert!(t.dominates(0, 4));
        assert!(!t.dominates(4, 0));
    }
}
