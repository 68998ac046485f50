//! The compiled verb dictionary: which verb a token is, and which of its patterns match.
//!
//! Verb dictionaries come in the CAMEO/PETRARCH format, read by
//! [`annals_lexicon::petrarch::verbs`]. Here they are compiled for lookup: every form of every
//! verb (base, irregular and regular inflections, multiword verbs such as *cordon off* or
//! *wire tap*) is indexed by the word that inflects, and every pattern becomes a list of
//! matchers with synonym sets expanded (with plurals where the set allows them).
//!
//! Matching is over two **zones** of the dependency tree around the verb: the tokens before the
//! verb in its clause together with its subject's phrase (the pattern part before `*`), and the
//! verb's dependents after it (the part after `*`). Elements match in order with gaps allowed,
//! except where `_` joins them; inside a `{…}` phrase the last modifier must stand right before the
//! head noun ("new global **economic relations**", not "economic trade relations"). Among matching
//! patterns the most specific (most words matched) wins, earlier lines breaking ties; with no
//! match the verb's own code applies, else its block's.

use crate::syntax::Tree;
use annals_lexicon::petrarch::{Element, EventCode, PatternToken, VerbDictionary};
use std::collections::HashMap;

/// A verb of the dictionary as found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbMatch {
    /// The code: the best pattern's, else the verb's, else the block's.
    pub code: EventCode,
    /// Block description (e.g. `RESTORE`), for explanations.
    pub block: String,
    /// Dictionary line of the pattern that matched, if one did.
    pub pattern_line: Option<usize>,
    /// Tokens of a multiword verb besides the trigger ("off" of "cordon off").
    pub extra_tokens: Vec<usize>,
    /// Token the pattern marked as the source (`$`), if any.
    pub source: Option<usize>,
    /// Token the pattern marked as the target (`+`), if any.
    pub target: Option<usize>,
}

/// One way a pattern element can be spelled: a run of lower-case words.
type Words = Vec<String>;

#[derive(Debug, Clone)]
enum Elem {
    /// A word or synset: any of the alternatives.
    Words {
        alternatives: Vec<Words>,
        joined: bool,
    },
    /// `{…}`: modifiers then the head.
    Phrase {
        parts: Vec<Elem>,
        joined: bool,
    },
    /// `(PREP …)`.
    Prep {
        preps: Vec<Words>,
        object: Vec<Elem>,
        joined: bool,
    },
    /// `$`, `+`, `%`: the next matched word's token is the source/target.
    Source,
    Target,
    Compound,
    /// `^`: nothing to match.
    Skip,
}

impl Elem {
    fn joined(&self) -> bool {
        match self {
            Elem::Words { joined, .. } | Elem::Phrase { joined, .. } | Elem::Prep { joined, .. } => *joined,
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
struct CompiledPattern {
    before: Vec<Elem>,
    after: Vec<Elem>,
    code: EventCode,
    line: usize,
}

#[derive(Debug, Clone)]
struct Block {
    description: String,
    code: EventCode,
    patterns: Vec<CompiledPattern>,
}

/// One form of one verb, indexed by its inflecting word.
#[derive(Debug, Clone)]
struct Entry {
    /// Which dictionary it came from (later layers override earlier ones).
    layer: usize,
    block: usize,
    words: Words,
    head: usize,
    code: Option<EventCode>,
}

/// A verb dictionary compiled for lookup and matching.
#[derive(Debug, Clone, Default)]
pub struct VerbIndex {
    by_word: HashMap<String, Vec<Entry>>,
    blocks: Vec<Block>,
}

impl VerbIndex {
    /// Compile a dictionary.
    pub fn new(dict: &VerbDictionary) -> VerbIndex {
        VerbIndex::layered(&[dict])
    }

    /// Compile several dictionaries as layers: all their patterns compete, and when no pattern
    /// matches, a verb's code comes from the last layer that defines it (within one layer, from
    /// its first definition, as PETRARCH does). Synonym sets are shared across layers.
    pub fn layered(dicts: &[&VerbDictionary]) -> VerbIndex {
        let mut all = VerbDictionary::default();
        for d in dicts {
            all.synsets.extend(d.synsets.iter().cloned());
        }
        let synsets = expand_synsets(&all);
        let mut index = VerbIndex::default();
        for (layer, dict) in dicts.iter().enumerate() {
            index.add_layer(layer, dict, &synsets);
        }
        index
    }

    fn add_layer(&mut self, layer: usize, dict: &VerbDictionary, synsets: &HashMap<String, Vec<Words>>) {
        let index = self;
        for block in &dict.blocks {
            let b = index.blocks.len();
            let patterns = block
                .patterns
                .iter()
                .map(|p| CompiledPattern {
                    before: compile(p.before(), synsets),
                    after: compile(p.after(), synsets),
                    code: p.code.clone(),
                    line: p.line,
                })
                .collect();
            index.blocks.push(Block { description: block.description.clone(), code: block.code.clone(), patterns });
            for verb in &block.verbs {
                for form in verb.forms() {
                    let words: Words = form.words.iter().map(|w| w.to_lowercase()).collect();
                    let key = words[form.head].clone();
                    let entry = Entry { layer, block: b, words, head: form.head, code: verb.code.clone() };
                    let list = index.by_word.entry(key).or_default();
                    if !list.iter().any(|e| e.block == entry.block && e.words == entry.words) {
                        list.push(entry);
                    }
                }
            }
        }
    }

    /// Number of indexed verb forms.
    pub fn len(&self) -> usize {
        self.by_word.values().map(Vec::len).sum()
    }

    /// True when no verb is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }

    /// The dictionary verb that token `v` is, with its best pattern, if any.
    pub fn lookup(&self, tree: &Tree<'_>, v: usize, zones: &Zones) -> Option<VerbMatch> {
        let form = tree.form(v).to_lowercase();
        let lemma = tree.lemma(v);
        let mut candidates: Vec<(&Entry, Vec<usize>)> = Vec::new();
        for key in [&form, &lemma] {
            for e in self.by_word.get(key.as_str()).into_iter().flatten() {
                if let Some(extra) = multiword_tokens(tree, v, e)
                    && !candidates.iter().any(|(c, _)| std::ptr::eq(*c, e))
                {
                    candidates.push((e, extra));
                }
            }
            if form == lemma {
                break;
            }
        }
        // Longer (multiword) verbs are more specific than their single-word heads.
        let longest = candidates.iter().map(|(e, _)| e.words.len()).max()?;
        candidates.retain(|(e, _)| e.words.len() == longest);

        /// The best match so far: score, line, pattern, verb entry, multiword tokens, bindings.
        type Best<'a> = (Score, usize, &'a CompiledPattern, &'a Entry, Vec<usize>, Binding);
        let mut best: Option<Best<'_>> = None;
        for (entry, extra) in &candidates {
            for p in &self.blocks[entry.block].patterns {
                let Some((score, binding)) = match_pattern(tree, p, zones) else { continue };
                let better = match &best {
                    None => true,
                    Some((s, line, ..)) => score > *s || (score == *s && p.line < *line),
                };
                if better {
                    best = Some((score, p.line, p, entry, extra.clone(), binding));
                }
            }
        }
        if let Some((_, _, p, entry, extra, binding)) = best {
            return Some(VerbMatch {
                code: p.code.clone(),
                block: self.blocks[entry.block].description.clone(),
                pattern_line: Some(p.line),
                extra_tokens: extra,
                source: binding.source,
                target: binding.target,
            });
        }
        // Without a pattern, the verb's code comes from the last layer that defines it (Annals'
        // additions over CAMEO, the user's over both), and within a layer from the first block.
        let top = candidates.iter().map(|(e, _)| e.layer).max().unwrap_or(0);
        let (entry, extra) = candidates.iter().find(|(e, _)| e.layer == top).expect("a candidate has the top layer");
        let block = &self.blocks[entry.block];
        Some(VerbMatch {
            code: entry.code.clone().unwrap_or_else(|| block.code.clone()),
            block: block.description.clone(),
            pattern_line: None,
            extra_tokens: extra.clone(),
            source: None,
            target: None,
        })
    }
}

/// The two token zones a pattern is matched against.
#[derive(Debug, Clone, Default)]
pub struct Zones {
    /// Tokens before the verb: the subject's phrase and the clause's pre-verbal words.
    pub before: Vec<usize>,
    /// The verb's dependents after it.
    pub after: Vec<usize>,
}

impl Zones {
    /// The zones of verb `v` (with `subject`, if known). The part before the verb is the
    /// subject's phrase; the part after it is the verb's dependents that follow it, without
    /// parentheticals ("…, officials said") and reported clauses ("allowed *that Mordor isn't
    /// a pleasant place*"), which are other verbs' business.
    pub fn of(tree: &Tree<'_>, v: usize, subject: Option<usize>) -> Zones {
        // In a passive the logical subject is the by-agent and the logical object the passive
        // subject: "resolutions were adopted by the Council" matches `- * RESOLUTION`.
        let passive = tree.is_passive(v);
        let agent = if passive {
            tree.children(v).iter().copied().find(|&c| {
                tree.deprel(c) == "obl:agent" || (tree.rel(c) == "obl" && tree.case_marker(c).as_deref() == Some("by"))
            })
        } else {
            None
        };
        let before: Vec<usize> = match (passive, agent, subject) {
            (true, Some(a), _) => tree.full_phrase(a),
            (true, None, _) => Vec::new(),
            (false, _, Some(s)) => tree.full_phrase(s),
            (false, _, None) => Vec::new(),
        };
        let mut after = Vec::new();
        if passive && let Some(s) = subject {
            after.extend(tree.full_phrase(s));
        }
        let mut stack: Vec<usize> = tree.children(v).iter().copied().filter(|&c| c > v && Some(c) != agent).collect();
        while let Some(t) = stack.pop() {
            if tree.head(t) == Some(v) && matches!(tree.rel(t), "parataxis" | "punct" | "ccomp" | "csubj") {
                continue;
            }
            after.push(t);
            stack.extend_from_slice(tree.children(t));
        }
        after.sort_unstable();
        after.dedup();
        Zones { before, after }
    }
}

/// Where `$`/`+` markers bound, during one match, and where the match began.
#[derive(Debug, Clone, Copy, Default)]
struct Binding {
    source: Option<usize>,
    target: Option<usize>,
    /// Zone position of the first element matched after the verb.
    first_after: Option<usize>,
}

/// How good a match is: patterns whose post-verb part starts earlier win (the first phrase
/// after the verb is what the verb is about: "signed *an accord* … to supply"), then patterns
/// that match more words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    earliness: std::cmp::Reverse<usize>,
    words: usize,
}

/// Match both parts of a pattern; returns its score and bindings.
fn match_pattern(tree: &Tree<'_>, p: &CompiledPattern, zones: &Zones) -> Option<(Score, Binding)> {
    let mut binding = Binding::default();
    let before = match_seq(tree, &p.before, &zones.before, 0, None, &mut binding)?;
    binding.first_after = None;
    let mut probe = binding;
    let after = match_seq(tree, &p.after, &zones.after, 0, None, &mut probe)?;
    binding = probe;
    let first = binding.first_after.unwrap_or(usize::MAX);
    Some((Score { earliness: std::cmp::Reverse(first), words: before + after }, binding))
}

/// Match `elems` in order against `zone[from..]`; `prev` is the zone position of the previous
/// match (for `_`-joined elements). Returns the number of words matched.
fn match_seq(
    tree: &Tree<'_>,
    elems: &[Elem],
    zone: &[usize],
    from: usize,
    prev: Option<usize>,
    binding: &mut Binding,
) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else { return Some(0) };
    match first {
        // `^`: skip the rest of the noun phrase that starts here.
        Elem::Skip => match_seq(tree, rest, zone, skip_phrase(tree, zone, from), prev, binding),
        // `%` marks a compound actor; the coder pairs coordinated actors by itself.
        Elem::Compound => match_seq(tree, rest, zone, from, prev, binding),
        Elem::Source | Elem::Target => {
            // The marked actor is the first noun at this point of the zone.
            let at = zone[from.min(zone.len())..].iter().copied().find(|&t| is_nominal(tree, t));
            let mut b = *binding;
            if matches!(first, Elem::Source) {
                b.source = at.or(b.source);
            } else {
                b.target = at.or(b.target);
            }
            let n = match_seq(tree, rest, zone, from, prev, &mut b)?;
            *binding = b;
            Some(n)
        }
        _ => {
            let starts: Vec<usize> = if first.joined() {
                prev.map(|p| p + 1).filter(|&p| p < zone.len() && adjacent(zone, p)).into_iter().collect()
            } else {
                (from..zone.len()).collect()
            };
            for start in starts {
                let mut b = *binding;
                if let Some((end, words)) = match_elem(tree, first, zone, start, &mut b) {
                    if b.first_after.is_none() {
                        b.first_after = Some(start);
                    }
                    if let Some(more) = match_seq(tree, rest, zone, end, Some(end - 1), &mut b) {
                        *binding = b;
                        return Some(words + more);
                    }
                }
            }
            None
        }
    }
}

/// The zone position after the noun phrase starting at `from` (for `^`).
fn skip_phrase(tree: &Tree<'_>, zone: &[usize], from: usize) -> usize {
    use annals_doc::Upos;
    let mut p = from;
    while p < zone.len()
        && !matches!(tree.upos(zone[p]), Upos::Adp | Upos::Punct | Upos::Verb | Upos::Sconj | Upos::Cconj | Upos::Aux)
    {
        p += 1;
    }
    p
}

/// True when zone position `p` is the token right after position `p - 1` in the sentence.
fn adjacent(zone: &[usize], p: usize) -> bool {
    p > 0 && zone[p] == zone[p - 1] + 1
}

fn is_nominal(tree: &Tree<'_>, t: usize) -> bool {
    use annals_doc::Upos;
    matches!(tree.upos(t), Upos::Noun | Upos::Propn | Upos::Pron)
}

/// Match one element starting exactly at zone position `at`: returns the position after it and
/// the number of words it matched. Markers inside the element bind into `binding`.
fn match_elem(tree: &Tree<'_>, e: &Elem, zone: &[usize], at: usize, binding: &mut Binding) -> Option<(usize, usize)> {
    match e {
        Elem::Words { alternatives, .. } => alternatives
            .iter()
            .filter_map(|w| match_words(tree, w, zone, at).map(|end| (end, w.len())))
            .max_by_key(|m| m.1),
        Elem::Phrase { parts, .. } => {
            // Modifiers in order with gaps, the last modifier right before the head (or separated
            // from it only by its own conjuncts: "death *and injury* toll").
            let (head, mods) = parts.split_last()?;
            let mut pos = at;
            let mut words = 0;
            let mut last: Option<usize> = None;
            for (k, m) in mods.iter().enumerate() {
                let (e, w) = if k == 0 {
                    match_elem(tree, m, zone, pos, binding)?
                } else {
                    (pos..zone.len()).find_map(|s| match_elem(tree, m, zone, s, binding))?
                };
                pos = e;
                words += w;
                last = Some(e);
            }
            let head_at = match last {
                None => at,
                Some(e) => {
                    // Skip the last modifier's own conjuncts.
                    let owner = zone[e - 1];
                    let mut h = e;
                    while h < zone.len() && tree.dominates(owner, zone[h]) {
                        h += 1;
                    }
                    if h < zone.len() && zone[h] != zone[h - 1] + 1 {
                        return None;
                    }
                    h
                }
            };
            let (end, w) = match_elem(tree, head, zone, head_at, binding)?;
            Some((end, words + w))
        }
        Elem::Prep { preps, object, .. } => {
            let (end, pw) = preps
                .iter()
                .filter_map(|w| match_words(tree, w, zone, at).map(|end| (end, w.len())))
                .max_by_key(|m| m.1)?;
            let mut b = *binding;
            let ow = match_seq(tree, object, zone, end, Some(end - 1), &mut b)?;
            binding.source = b.source;
            binding.target = b.target;
            // The object must end inside the preposition's phrase: accept the first match.
            let consumed = if object.is_empty() { end } else { consumed_end(tree, object, zone, end).unwrap_or(end) };
            Some((consumed, pw + ow))
        }
        Elem::Source | Elem::Target | Elem::Compound | Elem::Skip => Some((at, 0)),
    }
}

/// Where the greedy first match of `object` starting at `from` ends.
fn consumed_end(tree: &Tree<'_>, object: &[Elem], zone: &[usize], from: usize) -> Option<usize> {
    let mut pos = from;
    let mut scratch = Binding::default();
    for e in object {
        pos = match e {
            Elem::Skip => skip_phrase(tree, zone, pos),
            Elem::Source | Elem::Target | Elem::Compound => pos,
            _ => (pos..zone.len()).find_map(|s| match_elem(tree, e, zone, s, &mut scratch).map(|(end, _)| end))?,
        };
    }
    Some(pos)
}

/// Match consecutive words at zone position `at`; returns the position after them.
fn match_words(tree: &Tree<'_>, words: &Words, zone: &[usize], at: usize) -> Option<usize> {
    let mut p = at;
    for (k, w) in words.iter().enumerate() {
        let &t = zone.get(p)?;
        if k > 0 && !adjacent(zone, p) {
            return None;
        }
        if !word_matches(tree, t, w) {
            return None;
        }
        p += 1;
    }
    Some(p)
}

fn word_matches(tree: &Tree<'_>, t: usize, w: &str) -> bool {
    let form = tree.form(t);
    form.eq_ignore_ascii_case(w) || tree.lemma(t) == w
}

/// Tokens that complete multiword verb `e` around trigger `v`, or `None` when they are absent.
fn multiword_tokens(tree: &Tree<'_>, v: usize, e: &Entry) -> Option<Vec<usize>> {
    let mut extra = Vec::new();
    let range = tree.tokens();
    for (k, w) in e.words.iter().enumerate() {
        if k == e.head {
            continue;
        }
        let offset = k as isize - e.head as isize;
        let at = v as isize + offset;
        let in_place = at >= range.start as isize && (at as usize) < range.end && word_matches(tree, at as usize, w);
        if in_place {
            extra.push(at as usize);
            continue;
        }
        // Particles may be separated from their verb: "cordoned the roads off".
        let particle =
            tree.children(v).iter().copied().find(|&c| tree.rel(c) == "compound" && word_matches(tree, c, w));
        extra.push(particle?);
    }
    Some(extra)
}

/// Every synset as lists of alternatives (lower case), with plurals where allowed and nested
/// synsets expanded.
fn expand_synsets(dict: &VerbDictionary) -> HashMap<String, Vec<Words>> {
    let mut out: HashMap<String, Vec<Words>> = HashMap::new();
    for s in &dict.synsets {
        let mut alts: Vec<Words> = Vec::new();
        for m in &s.members {
            let mut expanded: Vec<Words> = vec![Vec::new()];
            for w in &m.words {
                let options: Vec<Words> = match w.strip_prefix('&') {
                    Some(name) => out.get(name).cloned().unwrap_or_default(),
                    None => vec![vec![w.to_lowercase()]],
                };
                expanded = expanded
                    .iter()
                    .flat_map(|pre| options.iter().map(move |o| pre.iter().chain(o).cloned().collect::<Words>()))
                    .collect();
            }
            for words in expanded {
                if m.plural
                    && let Some(last) = words.last()
                {
                    let mut plural = words.clone();
                    *plural.last_mut().expect("non-empty") = pluralise(last);
                    alts.push(plural);
                }
                alts.push(words);
            }
        }
        out.insert(s.name.clone(), alts);
    }
    out
}

/// PETRARCH's regular plural: `-ies` after a consonant `y`, `-es` after `ss`, else `-s`.
fn pluralise(w: &str) -> String {
    if let Some(stem) = w.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        format!("{stem}ies")
    } else if w.ends_with("ss") {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

fn compile(tokens: &[PatternToken], synsets: &HashMap<String, Vec<Words>>) -> Vec<Elem> {
    tokens.iter().map(|t| compile_one(&t.element, t.joined, synsets)).collect()
}

fn compile_one(e: &Element, joined: bool, synsets: &HashMap<String, Vec<Words>>) -> Elem {
    match e {
        Element::Word(w) => Elem::Words { alternatives: vec![vec![w.to_lowercase()]], joined },
        Element::Synset(name) => Elem::Words { alternatives: synsets.get(name).cloned().unwrap_or_default(), joined },
        Element::Phrase(parts) => Elem::Phrase { parts: compile(parts, synsets), joined },
        Element::Prep { prep, object } => {
            let preps = match prep.strip_prefix('&') {
                Some(name) => synsets.get(name).cloned().unwrap_or_default(),
                None => vec![vec![prep.to_lowercase()]],
            };
            Elem::Prep { preps, object: compile(object, synsets), joined }
        }
        Element::Verb => Elem::Skip,
        Element::Source => Elem::Source,
        Element::Target => Elem::Target,
        Element::Compound => Elem::Compound,
        Element::Skip => Elem::Skip,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tests::doc;

    const DICT: &str = "\
&TIETYPES_
+ECONOMIC
+MILITARY

--- ABANDON [1121] ---
ABANDON
- * {NEW &TIETYPES RELATIONS} [1951]
- * {DIPLOMATIC TIES} [080]
- * EFFORT [080]

--- CORDON [---] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF} [144]

--- RISEN [---] ---
RISEN
- {DEATH TOLL} * [190]

--- BARGAIN [031] ---
BARGAIN
- * (FOR ASYLUM) [1032]
- * (FOR FOREIGN ASYLUM) [1033]
";

    fn code_of(rows: &[&str], v: usize) -> Option<String> {
        let dict = annals_lexicon::petrarch::verbs::read(DICT, "test.verbs");
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        let index = VerbIndex::new(&dict);
        let d = doc(rows);
        let t = Tree::new(&d, 0);
        let zones = Zones::of(&t, v, t.subject(v));
        index.lookup(&t, v, &zones).map(|m| m.code.to_string())
    }

    #[test]
    fn phrase_patterns_need_the_modifier_next_to_the_head() {
        let adjacent = [
            "Arnor Arnor PROPN 2 nsubj",
            "abandoned abandon VERB 0 root",
            "new new ADJ 6 amod",
            "global global ADJ 6 amod",
            "economic economic ADJ 6 amod",
            "relations relation NOUN 2 obj",
        ];
        assert_eq!(code_of(&adjacent, 1).as_deref(), Some("1951"));
        // "new global economic trade relations": economic is not next to the head.
        let gap = [
            "Arnor Arnor PROPN 2 nsubj",
            "abandoned abandon VERB 0 root",
            "new new ADJ 7 amod",
            "global global ADJ 7 amod",
            "economic economic ADJ 7 amod",
            "trade trade NOUN 7 compound",
            "relations relation NOUN 2 obj",
        ];
        assert_eq!(code_of(&gap, 1).as_deref(), Some("1121"), "no pattern: the block's code");
    }

    #[test]
    fn prepositional_and_pre_verb_patterns() {
        let bargain = |obj: &[&'static str]| {
            let mut r = vec![
                "Gollum Gollum PROPN 3 nsubj",
                "will will AUX 3 aux",
                "bargain bargain VERB 0 root",
                "for for ADP 5 case",
            ];
            r.extend_from_slice(obj);
            r
        };
        assert_eq!(code_of(&bargain(&["asylum asylum NOUN 3 obl"]), 2).as_deref(), Some("1032"));
        let foreign = bargain(&["foreign foreign ADJ 6 amod", "asylum asylum NOUN 3 obl"]);
        assert_eq!(code_of(&foreign, 2).as_deref(), Some("1033"), "the more specific pattern wins");
        let toll = [
            "Eriador Eriador PROPN 4 nmod:poss",
            "'s 's PART 1 case",
            "death death NOUN 4 compound",
            "toll toll NOUN 6 nsubj",
            "has have AUX 6 aux",
            "risen rise VERB 0 root",
        ];
        assert_eq!(code_of(&toll, 5).as_deref(), Some("190"));
    }

    #[test]
    fn multiword_verbs_need_their_particle() {
        let with = [
            "Soldiers soldier NOUN 3 nsubj",
            "have have AUX 3 aux",
            "cordoned cordon VERB 0 root",
            "off off ADP 3 compound:prt",
        ];
        assert_eq!(code_of(&with, 2).as_deref(), Some("144"));
        let without = ["Soldiers soldier NOUN 3 nsubj", "have have AUX 3 aux", "cordoned cordon VERB 0 root"];
        assert_eq!(code_of(&without, 2), None);
    }
}
