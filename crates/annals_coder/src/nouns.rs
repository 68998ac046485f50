//! Nominal events: nouns that name an event ("the *meeting* of the foreign ministers", "an
//! *attack* by soldiers", "the 1994 *ceasefire agreement*"), read from `data/nouns.txt`.
//!
//! PETRARCH codes verbs only, so these are used in Annals' own records and not in
//! PETRARCH-compatible mode. A noun's arguments come from its modifiers: possessives, *by*
//! phrases and actor adjectives are the source; *on/against/with/to* phrases the target;
//! *between X and Y* the participants of a reciprocal event; and an *of* phrase whatever the
//! noun's entry says.

use crate::syntax::Tree;
use std::collections::HashMap;

const TABLE: &str = include_str!("../data/nouns.txt");

/// What an *of* phrase of the noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfRole {
    /// "the meeting of X and Y": the participants (a reciprocal event).
    Participants,
    /// "the withdrawal of troops": who acts.
    Source,
    /// "the killing of civilians": who is acted upon.
    Target,
}

/// One line of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct NounEntry {
    /// Modifier word the line requires ("ceasefire" for "ceasefire agreement").
    pub modifier: Option<String>,
    /// CAMEO code.
    pub code: String,
    /// Role of an *of* phrase.
    pub of: OfRole,
    /// The noun names an event even without actors, when a date is attached.
    pub dated: bool,
}

/// The nominal-event table, by head lemma.
#[derive(Debug, Clone, Default)]
pub struct NounIndex {
    by_head: HashMap<String, Vec<NounEntry>>,
}

impl NounIndex {
    /// The built-in table.
    pub fn builtin() -> NounIndex {
        NounIndex::parse(TABLE).expect("the embedded noun table is valid")
    }

    /// Read a table (see `data/nouns.txt` for the format).
    pub fn parse(text: &str) -> Result<NounIndex, String> {
        let mut index = NounIndex::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |m: &str| format!("nouns.txt:{}: {m}", n + 1);
            let mut parts = line.split_whitespace();
            let head = parts.next().ok_or_else(|| err("missing noun"))?;
            let code = parts.next().ok_or_else(|| err("missing CAMEO code"))?;
            if !code.chars().all(|c| c.is_ascii_digit()) {
                return Err(err(&format!("`{code}` is not a CAMEO code")));
            }
            let mut of = OfRole::Target;
            let mut dated = false;
            for p in parts {
                match p {
                    "of=participants" => of = OfRole::Participants,
                    "of=source" => of = OfRole::Source,
                    "of=target" => of = OfRole::Target,
                    "dated" => dated = true,
                    other => return Err(err(&format!("unknown option `{other}`"))),
                }
            }
            let (head, modifier) = match head.split_once('+') {
                Some((h, m)) => (h, Some(m.to_lowercase())),
                None => (head, None),
            };
            index.by_head.entry(head.to_lowercase()).or_default().push(NounEntry {
                modifier,
                code: code.into(),
                of,
                dated,
            });
        }
        Ok(index)
    }

    /// The entry for noun token `n`: the line whose modifier is among its modifiers, else the
    /// plain line.
    pub fn lookup(&self, tree: &Tree<'_>, n: usize) -> Option<&NounEntry> {
        let entries = self.by_head.get(&tree.lemma(n))?;
        let modifiers: Vec<String> = tree
            .children(n)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.rel(c), "compound" | "amod"))
            .map(|c| tree.lemma(c))
            .collect();
        entries
            .iter()
            .find(|e| e.modifier.as_ref().is_some_and(|m| modifiers.contains(m)))
            .or_else(|| entries.iter().find(|e| e.modifier.is_none()))
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.by_head.is_empty()
    }
}

/// True when a year ("1994") or a month name is attached to noun `n` (in its phrase), so that a
/// `dated` noun event has a time of its own.
pub fn has_date(tree: &Tree<'_>, n: usize) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    tree.full_phrase(n).into_iter().any(|t| {
        let f = tree.form(t);
        (f.len() == 4
            && f.chars().all(|c| c.is_ascii_digit())
            && (1800..=2100).contains(&f.parse::<u32>().unwrap_or(0)))
            || MONTHS.contains(&f.to_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tests::doc;

    #[test]
    fn modifier_lines_win_over_plain_ones() {
        let index = NounIndex::builtin();
        let d = doc(&[
            "The the DET 4 det",
            "1994 1994 NUM 4 nummod",
            "ceasefire ceasefire NOUN 4 compound",
            "agreement agreement NOUN 0 root",
        ]);
        let t = Tree::new(&d, 0);
        let e = index.lookup(&t, 3).expect("agreement is an event noun");
        assert_eq!(e.code, "0356");
        assert!(e.dated);
        assert!(has_date(&t, 3));
        let d = doc(&["the the DET 2 det", "agreement agreement NOUN 0 root"]);
        let t = Tree::new(&d, 0);
        assert_eq!(index.lookup(&t, 1).map(|e| e.code.as_str()), Some("057"));
        assert!(!has_date(&t, 1));
    }
}
