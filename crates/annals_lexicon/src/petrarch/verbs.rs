//! PETRARCH verb dictionaries (`CAMEO.2.0.txt`, `*verbs*.txt`): synonym sets, verb blocks with
//! their verbs and patterns, and transformations.
//!
//! This is the data structure the event coder reads CAMEO verb patterns from:
//!
//! - A [`Synset`] (`&CURRENCY` followed by `+DOLLAR`, `+EURO`…) is a named list of words or
//!   phrases usable anywhere a word is. A name or member ending in `_` takes no plural.
//! - A [`VerbBlock`] begins with `--- DESCRIPTION [CODE] ---`. Its [`Verb`]s are synonyms with
//!   respect to the block's patterns; each verb may carry irregular forms in `{…}` and its own
//!   code in `[…]`. In a multi-word verb (`+CORDON_OFF`, `WIRE_+TAP`) the `+` marks the word that
//!   inflects ([`VerbForm::head`]).
//! - A [`Pattern`] (`- * (FOR {FINANCIAL AID}) [0231]`) is a sequence of [`PatternToken`]s with
//!   exactly one verb position `*`: words before it are in the subject's phrase, words after it
//!   in the object's. Elements are plain words, `&SYNSET`s, `{…}` noun phrases whose last word is
//!   the head, `(PREP …)` prepositional phrases, and the markers `$` (source), `+` (target),
//!   `%` (compound actor) and `^` (skip to the end of the noun phrase). Words joined by `_` must
//!   be adjacent ([`PatternToken::joined`]).
//! - An [`EventCode`] is `[042]`, `[042:043]` (a second event from target to source, as in
//!   "visit" → host a visit), `[:173]` (only the reverse event) or `[---]` (no event).
//! - A [`Transformation`] (`~ a (a b ATTACK) SAY = a b 015`) rewrites a verb acting on an
//!   already-coded verb.

use super::{HtmlComments, cut_comment};
use crate::Problem;
use std::collections::HashSet;
use std::fmt;

/// An event code with its optional reverse event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct EventCode {
    /// Code of the event from source to target; `None` for `---`.
    pub forward: Option<String>,
    /// Code of the event from target back to source (`[042:043]`), if any.
    pub reverse: Option<String>,
}

impl EventCode {
    /// Parse the inside of `[…]`.
    pub fn parse(inner: &str) -> Result<EventCode, String> {
        let inner = inner.trim();
        let (a, b) = match inner.split_once(':') {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (inner, None),
        };
        let one = |s: &str| -> Result<Option<String>, String> {
            if s.is_empty() || s == "---" {
                return Ok(None);
            }
            let special = matches!(s, "+++" | "###");
            if special || (s.len() <= 6 && s.chars().all(|c| c.is_ascii_alphanumeric())) {
                Ok(Some(s.to_string()))
            } else {
                Err(format!("`{s}` is not an event code (digits such as `042`, or `---` for none)"))
            }
        };
        Ok(EventCode {
            forward: one(a)?,
            reverse: match b {
                Some(b) => one(b)?,
                None => None,
            },
        })
    }

    /// True for `[---]`: the pattern or verb generates no event.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.forward.as_deref().unwrap_or("---"))?;
        if let Some(r) = &self.reverse {
            write!(f, ":{r}")?;
        }
        Ok(())
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A literal word, upper case.
    Word(String),
    /// A synonym set, by name without the `&`.
    Synset(String),
    /// `{…}`: a noun phrase; its last element is the head.
    Phrase(Vec<PatternToken>),
    /// `(PREP …)`: a prepositional phrase and its object (possibly empty).
    Prep {
        /// The preposition, upper case.
        prep: String,
        /// The object's elements.
        object: Vec<PatternToken>,
    },
    /// `*`: the verb.
    Verb,
    /// `$`: the source actor goes here.
    Source,
    /// `+`: the target actor goes here.
    Target,
    /// `%`: a compound actor (both source and target).
    Compound,
    /// `^`: skip to the end of the noun phrase.
    Skip,
}

/// An element and whether it was joined to the previous one by `_` (must be adjacent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternToken {
    /// The element.
    pub element: Element,
    /// True when written `PREV_THIS`.
    pub joined: bool,
}

/// A verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The elements in order, with exactly one [`Element::Verb`].
    pub tokens: Vec<PatternToken>,
    /// The code it assigns.
    pub code: EventCode,
    /// The comment after `#` (PETRARCH writes the verb the pattern came from there).
    pub comment: Option<String>,
    /// 1-based line number.
    pub line: usize,
}

impl Pattern {
    fn verb_at(&self) -> usize {
        self.tokens.iter().position(|t| t.element == Element::Verb).unwrap_or(self.tokens.len())
    }

    /// Elements before the verb (in the subject's phrase).
    pub fn before(&self) -> &[PatternToken] {
        &self.tokens[..self.verb_at()]
    }

    /// Elements after the verb (in the object's phrase).
    pub fn after(&self) -> &[PatternToken] {
        let at = self.verb_at();
        &self.tokens[(at + 1).min(self.tokens.len())..]
    }
}

/// An inflected form of a verb: its words and which one is the verb proper.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VerbForm {
    /// Upper-case words (`CORDONED`, `OFF`).
    pub words: Vec<String>,
    /// Index of the inflected word in `words`.
    pub head: usize,
}

/// A verb of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The base form.
    pub base: VerbForm,
    /// Forms given in `{…}`: `None` when the verb is regular (forms are generated), `Some(vec![])`
    /// for `{}` (no other forms).
    pub irregular: Option<Vec<VerbForm>>,
    /// The verb's own code, overriding the block's.
    pub code: Option<EventCode>,
    /// 1-based line number.
    pub line: usize,
}

impl Verb {
    /// The base form and every inflected form: the given ones, or regular `-S`, `-ED`, `-ING`.
    pub fn forms(&self) -> Vec<VerbForm> {
        let mut out = vec![self.base.clone()];
        match &self.irregular {
            Some(forms) => out.extend(forms.iter().cloned()),
            None => {
                for inflected in regular_forms(&self.base.words[self.base.head]) {
                    let mut words = self.base.words.clone();
                    words[self.base.head] = inflected;
                    out.push(VerbForm { words, head: self.base.head });
                }
            }
        }
        out
    }
}

/// Regular inflections of an upper-case English verb: third person, past, gerund.
pub fn regular_forms(verb: &str) -> Vec<String> {
    let v = verb.to_uppercase();
    let consonant_y = v.ends_with('Y') && !v.ends_with("AY") && !v.ends_with("EY") && !v.ends_with("OY");
    let third = if ["S", "SH", "CH", "X", "Z"].iter().any(|e| v.ends_with(e)) {
        format!("{v}ES")
    } else if consonant_y {
        format!("{}IES", &v[..v.len() - 1])
    } else {
        format!("{v}S")
    };
    let past = if v.ends_with('E') {
        format!("{v}D")
    } else if consonant_y {
        format!("{}IED", &v[..v.len() - 1])
    } else {
        format!("{v}ED")
    };
    let gerund = if v.ends_with('E') && !v.ends_with("EE") && v.len() > 2 {
        format!("{}ING", &v[..v.len() - 1])
    } else {
        format!("{v}ING")
    };
    vec![third, past, gerund]
}

/// A `--- DESCRIPTION [CODE] ---` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The description between the dashes (`ACCELERATE`).
    pub description: String,
    /// The block's code for verbs without their own (often `[---]`: no event alone).
    pub code: EventCode,
    /// The synonymous verbs.
    pub verbs: Vec<Verb>,
    /// The patterns.
    pub patterns: Vec<Pattern>,
    /// 1-based line number of the header.
    pub line: usize,
}

/// One member of a synset: words (a word starting with `&` refers to another synset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynsetMember {
    /// Upper-case words in order.
    pub words: Vec<String>,
    /// False when the member (or its set) ends in `_`: no plural is formed.
    pub plural: bool,
    /// 1-based line number.
    pub line: usize,
}

/// A named synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// The name without `&` or a trailing `_` (`CURRENCY`).
    pub name: String,
    /// False when the name ended in `_`: no member takes a plural.
    pub plural: bool,
    /// The members.
    pub members: Vec<SynsetMember>,
    /// 1-based line number of the header.
    pub line: usize,
}

/// `~ a (b c VERB) VERB = x y CODE`: when a verb acts on an already-coded verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// Source variable of the upper verb (`a`; `.` unspecified, `_` absent).
    pub source: String,
    /// Source, target and verb of the lower, already-coded event (`Q` is any verb).
    pub inner: [String; 3],
    /// The upper verb.
    pub verb: String,
    /// Source, target and code of the result (`Q` keeps the lower code).
    pub result: [String; 3],
    /// 1-based line number.
    pub line: usize,
}

/// A parsed verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    /// Synonym sets in file order.
    pub synsets: Vec<Synset>,
    /// Verb blocks in file order.
    pub blocks: Vec<VerbBlock>,
    /// Transformations in file order.
    pub transformations: Vec<Transformation>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

impl VerbDictionary {
    /// Number of verbs over all blocks.
    pub fn verb_count(&self) -> usize {
        self.blocks.iter().map(|b| b.verbs.len()).sum()
    }

    /// Number of patterns over all blocks.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// The synset with the given name (without `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        self.synsets.iter().find(|s| s.name == name)
    }
}

enum Mode {
    Start,
    Synset,
    Block,
}

/// Read a verb dictionary.
pub fn read(text: &str, file: &str) -> VerbDictionary {
    let mut dict = VerbDictionary::default();
    let mut mode = Mode::Start;
    let mut defined: HashSet<String> = HashSet::new();
    let mut html = HtmlComments::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let visible = html.strip(raw.strip_suffix('\r').unwrap_or(raw));
        let (content, comment) = cut_comment(&visible, &['#', ';']);
        let line = content.trim();
        if line.is_empty() {
            continue;
        }
        let problem = |message: String| Problem::new(file, line_no, message);
        if line.starts_with("---") {
            let (description, code) = match parse_block_header(line) {
                Ok(parsed) => parsed,
                Err(m) => {
                    // Keep the block (without a code) so its verbs do not join the previous one.
                    dict.problems.push(problem(format!("{m}; the block's verbs are kept without a code")));
                    let name = line.trim_matches('-').split('[').next().unwrap_or("").trim().to_string();
                    (name, EventCode::default())
                }
            };
            dict.blocks.push(VerbBlock { description, code, verbs: Vec::new(), patterns: Vec::new(), line: line_no });
            mode = Mode::Block;
            continue;
        }
        if let Some(name) = line.strip_prefix('&') {
            let name = name.trim();
            if name.is_empty() || name.contains(char::is_whitespace) {
                dict.problems.push(problem(format!("bad synset name `&{name}`")));
                continue;
            }
            let (name, plural) = match name.strip_suffix('_') {
                Some(n) => (n, false),
                None => (name, true),
            };
            defined.insert(name.to_string());
            dict.synsets.push(Synset { name: name.to_string(), plural, members: Vec::new(), line: line_no });
            mode = Mode::Synset;
            continue;
        }
        if let Some(t) = line.strip_prefix('~') {
            match parse_transformation(t, line_no) {
                Ok(t) => dict.transformations.push(t),
                Err(m) => dict.problems.push(problem(m)),
            }
            continue;
        }
        match mode {
            Mode::Synset if line.starts_with('+') => {
                let member = line[1..].trim();
                let plural = !member.ends_with('_') && dict.synsets.last().is_none_or(|s| s.plural);
                let words: Vec<String> = member
                    .split(|c: char| c == '_' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .map(str::to_uppercase)
                    .collect();
                if words.is_empty() {
                    dict.problems.push(problem("synset member `+` without words".into()));
                    continue;
                }
                if let Some(missing) = words.iter().filter_map(|w| w.strip_prefix('&')).find(|s| !defined.contains(*s))
                {
                    dict.problems.push(problem(format!("synset `&{missing}` is used before it is defined")));
                    continue;
                }
                if let Some(s) = dict.synsets.last_mut() {
                    s.members.push(SynsetMember { words, plural, line: line_no });
                }
            }
            Mode::Block if line.starts_with('-') => {
                let block = dict.blocks.last_mut().expect("block mode has a block");
                match parse_pattern(&line[1..], comment, line_no, &defined) {
                    Ok(p) => block.patterns.push(p),
                    Err(m) => dict.problems.push(problem(m)),
                }
            }
            Mode::Block => {
                let block = dict.blocks.last_mut().expect("block mode has a block");
                match parse_verb(line, line_no) {
                    Ok(v) => block.verbs.push(v),
                    Err(m) => dict.problems.push(problem(m)),
                }
            }
            Mode::Start | Mode::Synset => {
                let what = if line.starts_with('-') { "pattern" } else { "verb" };
                dict.problems.push(problem(format!(
                    "{what} `{line}` is outside a verb block: blocks start with `--- NAME [CODE] ---`"
                )));
            }
        }
    }
    dict
}

fn parse_block_header(line: &str) -> Result<(String, EventCode), String> {
    let inner = line.trim_start_matches('-').trim_end_matches('-').trim();
    let (description, code) = match inner.find('[') {
        Some(open) => {
            let close =
                inner[open..].find(']').map(|i| open + i).ok_or_else(|| format!("`{line}`: `[` without `]`"))?;
            (inner[..open].trim(), EventCode::parse(&inner[open + 1..close])?)
        }
        None => (inner, EventCode::default()),
    };
    if description.is_empty() {
        return Err(format!("block header `{line}` has no name: write `--- NAME [CODE] ---`"));
    }
    Ok((description.to_string(), code))
}

/// Parse `+CORDON_OFF`, `WIRE_+TAP` or `HURRY` into a form.
fn parse_form(text: &str) -> Result<VerbForm, String> {
    let parts: Vec<&str> = text.split('_').filter(|w| !w.is_empty()).collect();
    if parts.is_empty() {
        return Err(format!("empty verb `{text}`"));
    }
    let marked: Vec<usize> = parts.iter().enumerate().filter(|(_, w)| w.starts_with('+')).map(|(i, _)| i).collect();
    if marked.len() > 1 {
        return Err(format!("verb `{text}` marks more than one word with `+`"));
    }
    let words: Vec<String> = parts.iter().map(|w| w.trim_start_matches('+').to_uppercase()).collect();
    if words.iter().any(|w| w.is_empty() || w.contains(|c: char| "[]{}()$%^*&".contains(c))) {
        return Err(format!("cannot read the verb `{text}`"));
    }
    Ok(VerbForm { words, head: marked.first().copied().unwrap_or(0) })
}

fn parse_verb(line: &str, line_no: usize) -> Result<Verb, String> {
    if line.contains('*') {
        return Err(format!("`{line}` looks like a pattern without its leading `-`: write `- {line}`"));
    }
    let (head, code) = match line.find('[') {
        Some(open) => {
            let close = line[open..].find(']').map(|i| open + i).ok_or_else(|| format!("`{line}`: `[` without `]`"))?;
            if !line[close + 1..].trim().is_empty() {
                return Err(format!("unexpected text after the code in `{line}`"));
            }
            (&line[..open], Some(EventCode::parse(&line[open + 1..close])?))
        }
        None => (line, None),
    };
    let (base_text, irregular) = match head.find('{') {
        Some(open) => {
            let close =
                head[open..].find('}').map(|i| open + i).ok_or_else(|| format!("`{line}`: `{{` without `}}`"))?;
            let forms = head[open + 1..close].split_whitespace().map(parse_form).collect::<Result<Vec<_>, _>>()?;
            (head[..open].trim(), Some(forms))
        }
        None => (head.trim(), None),
    };
    // Some files write a phrasal verb with a space (`LASH OUT`); read it as `+LASH_OUT`.
    let joined = base_text.split_whitespace().collect::<Vec<_>>().join("_");
    Ok(Verb { base: parse_form(&joined)?, irregular, code, line: line_no })
}

/// Lexer tokens of a pattern.
#[derive(Debug, Clone, PartialEq)]
enum Lex<'a> {
    Open(char),
    Close(char),
    Atom(&'a str),
}

fn lex<'a>(text: &'a str) -> Vec<Lex<'a>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let flush = |start: &mut Option<usize>, end: usize, out: &mut Vec<Lex<'a>>| {
        if let Some(s) = start.take() {
            out.push(Lex::Atom(&text[s..end]));
        }
    };
    for (i, c) in text.char_indices() {
        match c {
            '(' | '{' | ')' | '}' => {
                flush(&mut start, i, &mut out);
                out.push(if c == '(' || c == '{' { Lex::Open(c) } else { Lex::Close(c) });
            }
            c if c.is_whitespace() => flush(&mut start, i, &mut out),
            '*' => {
                // A `*` joined by `_` stays in its atom (`IN_*`); one written against a word
                // (`*SCEPTICAL`) is still the verb position on its own.
                let joined = start.is_some_and(|s| text[s..i].ends_with('_')) || text[i + 1..].starts_with('_');
                if joined {
                    start.get_or_insert(i);
                } else {
                    flush(&mut start, i, &mut out);
                    out.push(Lex::Atom(&text[i..i + 1]));
                }
            }
            _ => {
                start.get_or_insert(i);
            }
        }
    }
    flush(&mut start, text.len(), &mut out);
    out
}

/// Turn one atom (possibly `A_B_*`) into tokens.
fn atom_tokens(atom: &str, defined: &HashSet<String>, out: &mut Vec<PatternToken>) -> Result<(), String> {
    let parts: Vec<&str> = atom.split('_').filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        let element = match *part {
            "*" => Element::Verb,
            "$" => Element::Source,
            "+" => Element::Target,
            "%" => Element::Compound,
            "^" => Element::Skip,
            p if p.starts_with('&') => {
                let name = &p[1..];
                if !defined.contains(name) {
                    return Err(format!(
                        "synset `&{name}` is not defined (define synsets before the patterns that use them)"
                    ));
                }
                Element::Synset(name.to_string())
            }
            p if p.contains(|c: char| "$%^*&[]".contains(c)) => {
                return Err(format!("cannot read `{p}` in a pattern"));
            }
            p => Element::Word(p.to_uppercase()),
        };
        out.push(PatternToken { element, joined: i > 0 });
    }
    Ok(())
}

fn parse_group<'a>(
    lexed: &[Lex<'a>],
    pos: &mut usize,
    close: Option<char>,
    defined: &HashSet<String>,
) -> Result<Vec<PatternToken>, String> {
    let mut out = Vec::new();
    while *pos < lexed.len() {
        match &lexed[*pos] {
            Lex::Atom(a) => {
                *pos += 1;
                atom_tokens(a, defined, &mut out)?;
            }
            Lex::Open(c) => {
                *pos += 1;
                let want = if *c == '(' { ')' } else { '}' };
                let inner = parse_group(lexed, pos, Some(want), defined)?;
                let element = if *c == '{' {
                    Element::Phrase(inner)
                } else {
                    let mut it = inner.into_iter();
                    let prep = match it.next() {
                        Some(PatternToken { element: Element::Word(w), .. }) => w,
                        _ => return Err("a `(…)` phrase must start with a preposition".into()),
                    };
                    Element::Prep { prep, object: it.collect() }
                };
                out.push(PatternToken { element, joined: false });
            }
            Lex::Close(c) => {
                *pos += 1;
                return if Some(*c) == close { Ok(out) } else { Err(format!("unbalanced `{c}`")) };
            }
        }
    }
    match close {
        Some(c) => Err(format!("missing `{c}`")),
        None => Ok(out),
    }
}

fn parse_pattern(
    text: &str,
    comment: Option<&str>,
    line_no: usize,
    defined: &HashSet<String>,
) -> Result<Pattern, String> {
    let open = text.rfind('[').ok_or_else(|| format!("pattern `-{text}` has no `[CODE]`"))?;
    let close =
        text[open..].find(']').map(|i| open + i).ok_or_else(|| format!("pattern `-{text}`: `[` without `]`"))?;
    if !text[close + 1..].trim().is_empty() {
        return Err(format!("unexpected text `{}` after the code", text[close + 1..].trim()));
    }
    let code = EventCode::parse(&text[open + 1..close])?;
    let lexed = lex(&text[..open]);
    let mut pos = 0;
    let tokens = parse_group(&lexed, &mut pos, None, defined)
        .map_err(|m| format!("pattern `- {}`: {m}", text[..open].trim()))?;
    let verbs = count_verbs(&tokens);
    if verbs != 1 {
        return Err(format!(
            "pattern `-{}` needs exactly one `*` for the verb, found {verbs}",
            text[..open].trim_end()
        ));
    }
    if tokens.iter().all(|t| t.element == Element::Verb) && code.is_null() {
        return Err("pattern `- *` with no code does nothing".into());
    }
    Ok(Pattern { tokens, code, comment: comment.filter(|c| !c.is_empty()).map(str::to_string), line: line_no })
}

fn count_verbs(tokens: &[PatternToken]) -> usize {
    tokens
        .iter()
        .map(|t| match &t.element {
            Element::Verb => 1,
            Element::Phrase(inner) => count_verbs(inner),
            Element::Prep { object, .. } => count_verbs(object),
            _ => 0,
        })
        .sum()
}

fn parse_transformation(text: &str, line_no: usize) -> Result<Transformation, String> {
    let shape = "write `~ a (a b VERB) VERB = a b CODE`";
    let (lhs, rhs) = text.split_once('=').ok_or_else(|| format!("transformation without `=`: {shape}"))?;
    let open = lhs.find('(').ok_or_else(|| format!("transformation without `(…)`: {shape}"))?;
    let close = lhs.find(')').filter(|&c| c > open).ok_or_else(|| format!("transformation without `)`: {shape}"))?;
    let source: Vec<&str> = lhs[..open].split_whitespace().collect();
    let inner: Vec<&str> = lhs[open + 1..close].split_whitespace().collect();
    let verb: Vec<&str> = lhs[close + 1..].split_whitespace().collect();
    let result: Vec<&str> = rhs.split_whitespace().collect();
    if source.len() != 1 || inner.len() != 3 || verb.len() != 1 || result.len() != 3 {
        return Err(format!("cannot read the transformation `~{text}`: {shape}"));
    }
    let s = |v: &str| v.to_string();
    Ok(Transformation {
        source: s(source[0]),
        inner: [s(inner[0]), s(inner[1]), s(inner[2])],
        verb: s(verb[0]),
        result: [s(result[0]), s(result[1]), s(result[2])],
        line: line_no,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
&CURRENCY
+DOLLAR
+CASH_

&TIETYPES_
+MILITARY

--- ASK   [020]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
ASK     [020]
HURRY {HURRIES HURRYING HURRIED }
WIRE_+TAP
- * (FOR {FINANCIAL AID})                          [0231]        # ASK
- * &CURRENCY                                      [0231]        # REQUEST
- $ * (AS NEGOTIATOR) (WITH +)                     [045]
- * (TO)                                           [042:043]     # RUSH
- SUGGESTED_+ * DEMAND_&TIETYPES_CONVENTIONS        [111]
- * (BEFORE COURT)                                 [:173]
* (TO QUESTION) [110]
- * DOWN (FROM)                                    [080!]
- *SCEPTICAL                                       [012]
- * &UNDEFINED                                     [020]
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn reads_synsets_blocks_verbs_patterns_and_transformations() {
        let dict = read(SAMPLE, "v.txt");
        assert_eq!(dict.synsets.len(), 2);
        assert_eq!(dict.synsets[0].members[1].words, ["CASH"]);
        assert!(!dict.synsets[0].members[1].plural);
        assert!(!dict.synsets[1].members[0].plural, "a set named with `_` forms no plurals");
        let block = &dict.blocks[0];
        assert_eq!(block.description, "ASK");
        assert_eq!(block.code.forward.as_deref(), Some("020"));
        assert_eq!(block.verbs.len(), 4);
        assert_eq!(block.verbs[0].base.words, ["ASK", "FOR"]);
        assert_eq!(block.verbs[0].forms().len(), 4);
        assert_eq!(block.verbs[3].base.head, 1);
        assert_eq!(block.verbs[3].forms()[2].words, ["WIRE", "TAPED"]);
        assert_eq!(block.patterns.len(), 7);
        assert_eq!(block.patterns[6].after()[0].element, Element::Word("SCEPTICAL".into()));
        let p = &block.patterns[0];
        assert!(p.before().is_empty());
        assert!(
            matches!(&p.after()[0].element, Element::Prep { prep, object } if prep == "FOR" && matches!(&object[0].element, Element::Phrase(words) if words.len() == 2))
        );
        assert_eq!(block.patterns[3].code.to_string(), "042:043");
        let joined = &block.patterns[4];
        assert_eq!(joined.before().len(), 2);
        assert!(joined.before()[1].joined);
        assert_eq!(joined.after().len(), 3);
        assert_eq!(block.patterns[5].code.forward, None);
        assert_eq!(block.patterns[5].code.reverse.as_deref(), Some("173"));
        assert_eq!(dict.transformations[0].result, ["a", "b", "015"].map(String::from));
        let lines: Vec<usize> = dict.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [19, 20, 22], "{:?}", dict.problems);
    }
}
