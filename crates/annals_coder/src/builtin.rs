//! The built-in verb dictionary: CAMEO verb patterns for real news.
//!
//! Two files under `data/verbs/`, in the CAMEO/PETRARCH verb-dictionary format (read by
//! [`annals_lexicon::petrarch::verbs`]):
//! - `cameo.verbs` is derived from PETRARCH-2's `CAMEO.2.0.txt` (MIT, Open Event Data Alliance):
//!   the same synonym sets, verb blocks and patterns, re-written by [`write_dictionary`] without
//!   comments and without the handful of lines the importer cannot use. `UPDATE_EXPECT=1 cargo
//!   test -p annals_coder builtin` regenerates it from `../shared/data`.
//! - `annals.verbs` is ours: verbs and patterns the CAMEO dictionary lacks or codes differently,
//!   read after it so that its blocks can add to or override CAMEO's.
//!
//! Both are embedded in the binary; user dictionaries (`--lexicon DIR`) are merged after them.

use annals_lexicon::petrarch::verbs::{Element, PatternToken, VerbDictionary, VerbForm, read};
use std::fmt::Write as _;
use std::sync::OnceLock;

const CAMEO: &str = include_str!("../data/verbs/cameo.verbs");
const ANNALS: &str = include_str!("../data/verbs/annals.verbs");

/// The built-in verb dictionary as one merged dictionary (parsed once).
pub fn builtin_verbs() -> &'static VerbDictionary {
    static VERBS: OnceLock<VerbDictionary> = OnceLock::new();
    VERBS.get_or_init(|| {
        let [cameo, ours] = builtin_layers();
        let mut dict = cameo.clone();
        merge(&mut dict, ours.clone());
        dict
    })
}

/// The built-in dictionaries as layers for [`crate::verbs::VerbIndex::layered`]: CAMEO's, then
/// Annals' additions (which override CAMEO's default codes).
pub fn builtin_layers() -> [&'static VerbDictionary; 2] {
    static CAMEO_DICT: OnceLock<VerbDictionary> = OnceLock::new();
    static ANNALS_DICT: OnceLock<VerbDictionary> = OnceLock::new();
    [CAMEO_DICT.get_or_init(|| read(CAMEO, "cameo.verbs")), ANNALS_DICT.get_or_init(|| read(ANNALS, "annals.verbs"))]
}

/// Append `more`'s synonym sets, blocks and transformations to `dict`.
pub fn merge(dict: &mut VerbDictionary, more: VerbDictionary) {
    dict.synsets.extend(more.synsets);
    dict.blocks.extend(more.blocks);
    dict.transformations.extend(more.transformations);
    dict.problems.extend(more.problems);
}

/// Write a dictionary back in the verb-file format (the inverse of
/// [`annals_lexicon::petrarch::verbs::read`], without comments).
pub fn write_dictionary(dict: &VerbDictionary, header: &str) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    out.push('\n');
    for s in &dict.synsets {
        let _ = writeln!(out, "&{}{}", s.name, if s.plural { "" } else { "_" });
        for m in &s.members {
            let _ = writeln!(out, "+{}{}", m.words.join("_"), if m.plural || !s.plural { "" } else { "_" });
        }
        out.push('\n');
    }
    for b in &dict.blocks {
        let _ = writeln!(out, "--- {} [{}] ---", b.description, b.code);
        for v in &b.verbs {
            out.push_str(&form(&v.base));
            if let Some(forms) = &v.irregular {
                let forms: Vec<String> = forms.iter().map(form).collect();
                let _ = write!(out, " {{{}}}", forms.join(" "));
            }
            if let Some(code) = &v.code {
                let _ = write!(out, " [{code}]");
            }
            out.push('\n');
        }
        for p in &b.patterns {
            let _ = writeln!(out, "- {} [{}]", tokens(&p.tokens), p.code);
        }
        out.push('\n');
    }
    for t in &dict.transformations {
        let _ = writeln!(
            out,
            "~ {} ({} {} {}) {} = {} {} {}",
            t.source, t.inner[0], t.inner[1], t.inner[2], t.verb, t.result[0], t.result[1], t.result[2]
        );
    }
    out
}

/// `CORDON_+OFF`-style spelling of a verb form (`+` marks the inflecting word when there are
/// several).
fn form(f: &VerbForm) -> String {
    if f.words.len() == 1 {
        return f.words[0].clone();
    }
    f.words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == f.head { format!("+{w}") } else { w.clone() })
        .collect::<Vec<_>>()
        .join("_")
}

fn tokens(ts: &[PatternToken]) -> String {
    let mut out = String::new();
    for (i, t) in ts.iter().enumerate() {
        if i > 0 {
            out.push(if t.joined { '_' } else { ' ' });
        }
        out.push_str(&element(&t.element));
    }
    out
}

fn element(e: &Element) -> String {
    match e {
        Element::Word(w) => w.clone(),
        Element::Synset(s) => format!("&{s}"),
        Element::Phrase(parts) => format!("{{{}}}", tokens(parts)),
        Element::Prep { prep, object } => {
            if object.is_empty() {
                format!("({prep})")
            } else {
                format!("({prep} {})", tokens(object))
            }
        }
        Element::Verb => "*".into(),
        Element::Source => "$".into(),
        Element::Target => "+".into(),
        Element::Compound => "%".into(),
        Element::Skip => "^".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_dictionary_reads_cleanly() {
        let d = builtin_verbs();
        assert!(d.problems.is_empty(), "{:?}", &d.problems[..d.problems.len().min(5)]);
        assert!(d.pattern_count() > 4000, "{}", d.pattern_count());
        assert!(d.blocks.iter().any(|b| b.verbs.iter().any(|v| v.base.words == ["MEET"])));
    }

    #[test]
    fn writing_and_reading_back_gives_the_same_dictionary() {
        let d = read(ANNALS, "annals.verbs");
        let again = read(&write_dictionary(&d, "test"), "again");
        assert_eq!(again.blocks.len(), d.blocks.len());
        for (a, b) in again.blocks.iter().zip(&d.blocks) {
            assert_eq!(a.description, b.description);
            assert_eq!(a.code, b.code);
            assert_eq!(a.verbs.len(), b.verbs.len());
            let pa: Vec<_> = a.patterns.iter().map(|p| (&p.tokens, &p.code)).collect();
            let pb: Vec<_> = b.patterns.iter().map(|p| (&p.tokens, &p.code)).collect();
            assert_eq!(pa, pb);
        }
    }

    /// `cameo.verbs` is what [`write_dictionary`] makes of PETRARCH's `CAMEO.2.0.txt` (when the
    /// shared data is present); `UPDATE_EXPECT=1` rewrites it.
    #[test]
    fn cameo_verbs_are_up_to_date_with_the_shared_data() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/cameo/petrarch2/CAMEO.2.0.txt");
        let Ok(bytes) = std::fs::read(path) else { return };
        let text = String::from_utf8_lossy(&bytes);
        let dict = read(&text, "CAMEO.2.0.txt");
        let written = write_dictionary(
            &dict,
            "CAMEO verb patterns, derived from PETRARCH-2's CAMEO.2.0.txt (MIT licence, Open Event Data\n\
             Alliance) by annals_coder::builtin::write_dictionary: comments and unusable lines removed.\n\
             Regenerate with `UPDATE_EXPECT=1 cargo test -p annals_coder builtin`. Do not edit by hand:\n\
             put additions and overrides in annals.verbs.",
        );
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/data/verbs/cameo.verbs"), &written).expect("writes");
        } else {
            assert_eq!(written, CAMEO, "run with UPDATE_EXPECT=1 to regenerate data/verbs/cameo.verbs");
        }
    }
}
