//! The word lists resolution uses (determiners, pronouns, "sides" nouns, meeting verbs…).
//!
//! They are data (`data/coref.lex`, embedded), read with the lexicon's `.lex` reader, and a user
//! lexicon can extend any list with an `@words NAME` record of the same name.

use annals_lexicon::Lexicon;
use annals_lexicon::format::parse_records;
use std::collections::HashSet;

const BUILTIN: &str = include_str!("../data/coref.lex");

/// Lower-case word sets by purpose.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    pub definite: HashSet<String>,
    pub indefinite: HashSet<String>,
    pub pronoun_person: HashSet<String>,
    pub pronoun_plural: HashSet<String>,
    pub pronoun_thing: HashSet<String>,
    pub sides: HashSet<String>,
    pub meeting_verbs: HashSet<String>,
    pub former: HashSet<String>,
    pub locative: HashSet<String>,
    pub argument_relations: HashSet<String>,
}

impl Words {
    /// True for a personal, plural or thing pronoun from the lists.
    pub(crate) fn is_pronoun(&self, word: &str) -> bool {
        self.pronoun_person.contains(word) || self.pronoun_plural.contains(word) || self.pronoun_thing.contains(word)
    }

    /// True for a determiner that can open a noun phrase (definite ones and `a`/`an`).
    pub(crate) fn is_determiner(&self, word: &str) -> bool {
        self.definite.contains(word) || self.indefinite.contains(word)
    }

    /// The built-in lists plus any `@words` records of the same names in `lexicon`.
    pub(crate) fn load(lexicon: &Lexicon) -> Words {
        // The built-in lists are read once per process; a resolver per document stays cheap.
        static BUILTIN_LISTS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
        let builtin = BUILTIN_LISTS.get_or_init(|| {
            let mut problems = Vec::new();
            let records = parse_records(BUILTIN, "builtin:coref.lex", &mut problems);
            debug_assert!(problems.is_empty(), "{problems:?}");
            records
                .iter()
                .filter(|r| r.kind == "words")
                .flat_map(|r| {
                    r.all("words")
                        .flat_map(|f| f.values())
                        .map(|w| (r.key.to_string(), w.to_lowercase()))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        let list = |name: &str| -> HashSet<String> {
            let mut set: HashSet<String> = builtin.iter().filter(|(k, _)| k == name).map(|(_, w)| w.clone()).collect();
            set.extend(lexicon.words(name).iter().map(|w| w.to_lowercase()));
            set
        };
        Words {
            definite: list("definite"),
            indefinite: list("indefinite"),
            pronoun_person: list("pronoun-person"),
            pronoun_plural: list("pronoun-plural"),
            pronoun_thing: list("pronoun-thing"),
            sides: list("sides"),
            meeting_verbs: list("meeting-verbs"),
            former: list("former"),
            locative: list("locative"),
            argument_relations: list("argument-relations"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load() {
        let w = Words::load(&Lexicon::builtin());
        assert!(w.definite.contains("the"));
        assert!(w.pronoun_plural.contains("their"));
        assert!(w.sides.contains("sides"));
        assert!(w.meeting_verbs.contains("meet"));
        assert!(w.argument_relations.contains("nsubj"));
    }
}
