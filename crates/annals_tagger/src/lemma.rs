//! Lemmatisation: hand-written rules plus an exception table learned from a treebank.
//!
//! The rules (suffix rewrites per Penn tag and a list of irregular forms) are language knowledge,
//! so they live in the data file `data/lemma-rules.txt`, not in code. Training adds what the rules
//! cannot know: every training word whose rule lemma disagrees with its treebank lemma becomes an
//! exception, and every treebank lemma is counted, so that when several rules match an unseen
//! word ("hoped" → "hop" or "hope") the candidate the treebank knows best wins. The irregular
//! forms of the data file overrule the treebank, so a user can correct a lemma without
//! retraining.

use crate::TaggerError;
use std::collections::HashMap;

/// The built-in rule file.
pub(crate) const BUILTIN_RULES: &str = include_str!("../data/lemma-rules.txt");

/// One suffix rewrite.
#[derive(Debug, Clone)]
struct SuffixRule {
    suffix: String,
    replacement: String,
}

/// Parsed rule file.
#[derive(Debug, Clone, Default)]
pub(crate) struct LemmaRules {
    keep_case: Vec<String>,
    rules: HashMap<String, Vec<SuffixRule>>,
    /// Tag → word → lemma.
    irregular: HashMap<String, HashMap<String, String>>,
}

impl LemmaRules {
    /// Parse a rule file. `name` is used in error messages (`name:line`).
    pub(crate) fn parse(text: &str, name: &str) -> Result<LemmaRules, TaggerError> {
        let mut out = LemmaRules::default();
        let err = |line: usize, message: String| TaggerError::Rules { file: name.to_string(), line, message };
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            let field = |s: &str| if s == "-" { String::new() } else { s.to_string() };
            match fields[0] {
                "keep-case" => out.keep_case.extend(fields[1..].iter().map(|s| s.to_string())),
                "rule" => {
                    let [_, tags, suffix, replacement] = fields[..] else {
                        return Err(err(line_no, "a rule line is `rule TAG[,TAG...] SUFFIX REPLACEMENT`".into()));
                    };
                    if suffix == "-" {
                        return Err(err(line_no, "a rule needs a non-empty suffix".into()));
                    }
                    for tag in tags.split(',') {
                        out.rules
                            .entry(tag.to_string())
                            .or_default()
                            .push(SuffixRule { suffix: field(suffix), replacement: field(replacement) });
                    }
                }
                "form" => {
                    let [_, word, tags, lemma] = fields[..] else {
                        return Err(err(line_no, "a form line is `form WORD TAG[,TAG...] LEMMA`".into()));
                    };
                    if word.chars().any(char::is_uppercase) {
                        return Err(err(line_no, format!("write the irregular form `{word}` in lower case")));
                    }
                    for tag in tags.split(',') {
                        out.irregular.entry(tag.to_string()).or_default().insert(word.to_string(), lemma.to_string());
                    }
                }
                other => {
                    return Err(err(
                        line_no,
                        format!("unknown line kind `{other}` (expected `keep-case`, `rule` or `form`)"),
                    ));
                }
            }
        }
        Ok(out)
    }

    fn keeps_case(&self, tag: &str) -> bool {
        self.keep_case.iter().any(|t| t == tag)
    }
}

/// The lemmatiser: rules plus learned exceptions and lemma counts.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lemmatizer {
    rules: LemmaRules,
    /// Tag → word → lemma, where the rules get the treebank lemma wrong. The word is stored
    /// exactly as seen; lookups try the exact word, then its lower-case form. Keyed by tag first
    /// so a lookup borrows the word instead of allocating a key.
    exceptions: HashMap<String, HashMap<String, String>>,
    /// How often each lemma occurs in the training data.
    known: HashMap<String, u32>,
}

/// What the lemmatiser needs to know about a word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LemmaInput<'a> {
    pub form: &'a str,
    /// The Penn tag, or the UPOS name when the model has no XPOS.
    pub tag: &'a str,
    /// True for proper nouns and capitalised adjectives: their lemma keeps the capital
    /// ("Armenian", not "armenian").
    pub proper: bool,
    /// True for the first word of a sentence, whose capital may only be the sentence's: there a
    /// capitalised adjective keeps its capital only when the lower-case word is not a known lemma
    /// ("Armenian forces" → "Armenian", "Great work" → "great").
    pub initial: bool,
}

impl Lemmatizer {
    /// A lemmatiser with the given rules and nothing learned yet.
    pub(crate) fn new(rules: LemmaRules) -> Lemmatizer {
        Lemmatizer { rules, exceptions: HashMap::new(), known: HashMap::new() }
    }

    /// Learn exceptions and lemma counts from `(word, gold lemma)` examples. Words whose lemma
    /// the rule file states are not learned: the rule file is the user's to correct the treebank.
    pub(crate) fn learn<'a>(&mut self, examples: impl IntoIterator<Item = (LemmaInput<'a>, &'a str)>) {
        let mut votes: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        let mut inputs: HashMap<(String, String), (bool, bool)> = HashMap::new();
        self.exceptions.clear();
        self.known.clear();
        for (input, lemma) in examples {
            if lemma.is_empty() || lemma == "_" {
                continue;
            }
            *self.known.entry(lemma.to_string()).or_default() += 1;
            let key = (input.form.to_string(), input.tag.to_string());
            inputs.entry(key.clone()).or_insert((input.proper, input.initial));
            *votes.entry(key).or_default().entry(lemma.to_string()).or_default() += 1;
        }
        // Sorted so the learned table never depends on hash-map order.
        let mut keys: Vec<_> = votes.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, lemmas) in keys {
            let mut lemmas: Vec<(String, u32)> = lemmas.into_iter().collect();
            lemmas.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let best = lemmas.swap_remove(0).0;
            let (proper, initial) = inputs.get(&key).copied().unwrap_or((false, false));
            if self.irregular(&key.0.to_lowercase(), &key.1).is_some() {
                continue;
            }
            let predicted = self.by_rules(LemmaInput { form: &key.0, tag: &key.1, proper, initial });
            if predicted != best {
                self.exceptions.entry(key.1).or_default().insert(key.0, best);
            }
        }
    }

    /// The lemma of one word.
    pub(crate) fn lemma(&self, input: LemmaInput<'_>) -> String {
        if let Some(l) = self.irregular(&input.form.to_lowercase(), input.tag) {
            return l.to_string();
        }
        if let Some(table) = self.exceptions.get(input.tag) {
            if let Some(l) = table.get(input.form) {
                return l.clone();
            }
            if input.form.chars().any(char::is_uppercase)
                && let Some(l) = table.get(&input.form.to_lowercase())
            {
                return l.clone();
            }
        }
        self.by_rules(input)
    }

    fn irregular(&self, lower: &str, tag: &str) -> Option<&str> {
        self.rules.irregular.get(tag).and_then(|t| t.get(lower)).map(String::as_str)
    }

    /// The lemma from the irregular forms and suffix rules alone.
    fn by_rules(&self, input: LemmaInput<'_>) -> String {
        let lower = input.form.to_lowercase();
        if let Some(l) = self.rules.irregular.get(input.tag).and_then(|t| t.get(&lower)) {
            return l.clone();
        }
        // Proper nouns keep their case; so do proper adjectives, unless written in capitals
        // ("GREAT" is shouting, not a name).
        let keep_case = self.rules.keeps_case(input.tag)
            || (input.proper && !is_all_caps(input.form) && (!input.initial || !self.known.contains_key(&lower)));
        let base = if keep_case { input.form.to_string() } else { lower };
        let Some(rules) = self.rules.rules.get(input.tag) else {
            return base;
        };
        let mut first: Option<String> = None;
        let mut best: Option<(u32, String)> = None;
        for rule in rules {
            let Some(stem) = strip_suffix_ci(&base, &rule.suffix) else { continue };
            if stem.chars().count() < 2 {
                continue;
            }
            let candidate = format!("{stem}{}", rule.replacement);
            let count = self.known.get(&candidate).copied().unwrap_or(0);
            if count > 0 && best.as_ref().is_none_or(|(c, _)| count > *c) {
                best = Some((count, candidate.clone()));
            }
            first.get_or_insert(candidate);
        }
        best.map(|(_, l)| l).or(first).unwrap_or(base)
    }

    /// Number of learned exceptions.
    pub(crate) fn n_exceptions(&self) -> usize {
        self.exceptions.values().map(HashMap::len).sum()
    }

    pub(crate) fn write(&self, w: &mut annals_perceptron::codec::ByteWriter) {
        let mut exc: Vec<(&String, &String, &String)> =
            self.exceptions.iter().flat_map(|(tag, t)| t.iter().map(move |(form, l)| (form, tag, l))).collect();
        exc.sort();
        w.u32(exc.len() as u32);
        for (form, tag, lemma) in exc {
            w.str(form);
            w.str(tag);
            w.str(lemma);
        }
        let mut known: Vec<_> = self.known.iter().collect();
        known.sort();
        w.u32(known.len() as u32);
        for (lemma, count) in known {
            w.str(lemma);
            w.u32(*count);
        }
    }

    pub(crate) fn read(
        rules: LemmaRules,
        r: &mut annals_perceptron::codec::ByteReader<'_>,
    ) -> Result<Lemmatizer, TaggerError> {
        let mut out = Lemmatizer::new(rules);
        let n = r.u32()? as usize;
        for _ in 0..n {
            let form = r.str()?.to_string();
            let tag = r.str()?.to_string();
            let lemma = r.str()?.to_string();
            out.exceptions.entry(tag).or_default().insert(form, lemma);
        }
        let n = r.u32()? as usize;
        out.known.reserve(n.min(1 << 20));
        for _ in 0..n {
            let lemma = r.str()?.to_string();
            let count = r.u32()?;
            out.known.insert(lemma, count);
        }
        Ok(out)
    }
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase) && s.chars().count() > 1
}

/// `s` without `suffix`, comparing ASCII letters without regard to case (so "Americans" loses
/// its "s" like "americans" does).
fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let (stem, tail) = (s.get(..cut)?, s.get(cut..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> LemmaRules {
        LemmaRules::parse(BUILTIN_RULES, "lemma-rules.txt").expect("built-in rules parse")
    }

    fn check(lem: &Lemmatizer, form: &str, tag: &str, expected: &str) {
        assert_eq!(lem.lemma(LemmaInput { form, tag, proper: false, initial: false }), expected, "{form}/{tag}");
    }

    #[test]
    fn rules_alone_handle_news_words() {
        let lem = Lemmatizer::new(rules());
        check(&lem, "met", "VBD", "meet");
        check(&lem, "troops", "NNS", "troop");
        check(&lem, "occupied", "VBN", "occupy");
        check(&lem, "ministers", "NNS", "minister");
        check(&lem, "said", "VBD", "say");
        check(&lem, "Said", "VBD", "say");
        check(&lem, "countries", "NNS", "country");
        check(&lem, "talks", "NNS", "talk");
        check(&lem, "withdraws", "VBZ", "withdraw");
        check(&lem, "killed", "VBN", "kill");
        check(&lem, "stopped", "VBD", "stop");
        check(&lem, "negotiating", "VBG", "negotiate");
        check(&lem, "running", "VBG", "run");
        check(&lem, "Americans", "NNPS", "American");
        check(&lem, "Moscow", "NNP", "Moscow");
        check(&lem, "The", "DT", "the");
        check(&lem, "me", "PRP", "I");
        check(&lem, "n't", "RB", "not");
    }

    #[test]
    fn known_lemmas_choose_between_rules() {
        let mut lem = Lemmatizer::new(rules());
        let inp = |form| LemmaInput { form, tag: "VB", proper: false, initial: false };
        lem.learn([(inp("hope"), "hope"), (inp("large"), "large"), (inp("create"), "create")]);
        check(&lem, "hoped", "VBD", "hope");
        check(&lem, "larger", "JJR", "large");
        check(&lem, "created", "VBN", "create");
    }

    #[test]
    fn exceptions_override_rules_and_survive_a_round_trip() {
        let mut lem = Lemmatizer::new(rules());
        let inp = |form, tag| LemmaInput { form, tag, proper: false, initial: false };
        lem.learn([(inp("people", "NNS"), "person"), (inp("data", "NNS"), "data"), (inp("data", "NNS"), "data")]);
        check(&lem, "people", "NNS", "person");
        check(&lem, "People", "NNS", "person");
        let mut w = annals_perceptron::codec::ByteWriter::new();
        lem.write(&mut w);
        let back = Lemmatizer::read(rules(), &mut annals_perceptron::codec::ByteReader::new(&w.buf)).expect("reads");
        check(&back, "people", "NNS", "person");
        assert_eq!(back.n_exceptions(), lem.n_exceptions());
    }

    #[test]
    fn proper_adjectives_keep_their_capital() {
        let mut lem = Lemmatizer::new(rules());
        let adj = |form, initial| LemmaInput { form, tag: "JJ", proper: true, initial };
        lem.learn([(adj("great", false), "great")]);
        assert_eq!(lem.lemma(adj("Armenian", false)), "Armenian");
        assert_eq!(lem.lemma(adj("Armenian", true)), "Armenian");
        assert_eq!(lem.lemma(adj("Great", true)), "great");
        assert_eq!(lem.lemma(adj("GREAT", false)), "great");
    }

    #[test]
    fn bad_rule_lines_name_file_and_line() {
        let e = LemmaRules::parse("# ok\nrule NNS s\n", "my-rules.txt").unwrap_err();
        assert_eq!(e.to_string(), "my-rules.txt:2: a rule line is `rule TAG[,TAG...] SUFFIX REPLACEMENT`");
        let e = LemmaRules::parse("form Met VBD meet\n", "r.txt").unwrap_err();
        assert!(e.to_string().starts_with("r.txt:1: write the irregular form"));
    }
}
