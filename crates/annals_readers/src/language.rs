//! Is this document English? A cautious answer from the script, a function-word count and
//! whatlang.
//!
//! The key decision is asymmetry: wrongly skipping an English article loses data silently in a
//! batch, while wrongly keeping a foreign one only produces a few bad events. So a text is
//! rejected only on strong evidence: a non-Latin script, or a reliable whatlang verdict on a text
//! long enough to judge that also has few English function words. Short Latin-script texts
//! (headlines, single sentences) are always kept.

use std::collections::HashSet;
use std::sync::OnceLock;
use whatlang::{Lang, Script};

/// The outcome of the language check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Verdict {
    /// English, or too short or too mixed to tell (kept).
    Keep,
    /// Clearly another language.
    Reject {
        /// The language's English name.
        name: &'static str,
        /// ISO 639-3 code.
        code: &'static str,
    },
}

/// How much text is looked at: articles are homogeneous, and whatlang's cost grows with length.
const SAMPLE_BYTES: usize = 16 * 1024;
/// Fewer words than this in a Latin script are never rejected: whatlang is confidently wrong on
/// single English sentences full of names ("Guerrillas near Hawijah launched an attack…" is
/// "Swedish, confidence 0.99").
const MIN_WORDS_TO_JUDGE: usize = 20;
/// A text in which at least this share of words are English function words is English.
const ENGLISH_FUNCTION_SHARE: f64 = 0.12;
/// Letters needed before a non-Latin script is trusted as the document's language.
const MIN_LETTERS_OTHER_SCRIPT: usize = 10;

fn function_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/english-function-words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Decide whether `text` should be analysed as English.
pub(crate) fn verdict(text: &str) -> Verdict {
    let sample = prefix(text, SAMPLE_BYTES);
    let mut words = 0usize;
    let mut english = 0usize;
    let mut word = String::new();
    for token in sample.split(|c: char| !c.is_alphabetic() && c != '\'') {
        let token = token.trim_matches('\'');
        if token.is_empty() {
            continue;
        }
        words += 1;
        word.clear();
        word.extend(token.chars().flat_map(char::to_lowercase));
        if function_words().contains(word.as_str()) {
            english += 1;
        }
    }
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Verdict::Keep;
    }
    let script = whatlang::detect_script(sample);
    if let Some(script) = script
        && script != Script::Latin
        && letters >= MIN_LETTERS_OTHER_SCRIPT
    {
        let info = whatlang::detect(sample);
        return match info.map(|i| i.lang()) {
            Some(lang) if lang != Lang::Eng => Verdict::Reject { name: lang.eng_name(), code: lang.code() },
            _ => Verdict::Reject { name: script_name(script), code: "und" },
        };
    }
    if words < MIN_WORDS_TO_JUDGE || english as f64 / words as f64 >= ENGLISH_FUNCTION_SHARE {
        return Verdict::Keep;
    }
    match whatlang::detect(sample) {
        Some(info) if info.lang() != Lang::Eng && info.is_reliable() => {
            Verdict::Reject { name: info.lang().eng_name(), code: info.lang().code() }
        }
        _ => Verdict::Keep,
    }
}

fn script_name(script: Script) -> &'static str {
    // Used only when whatlang names the script but not a language.
    match script {
        Script::Cyrillic => "Cyrillic-script",
        Script::Arabic => "Arabic-script",
        Script::Hebrew => "Hebrew-script",
        Script::Greek => "Greek-script",
        Script::Mandarin | Script::Hiragana | Script::Katakana | Script::Hangul => "CJK-script",
        _ => "non-Latin-script",
    }
}

/// The first `max` bytes of `text`, cut on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, keep: bool) {
        let v = verdict(text);
        assert_eq!(v == Verdict::Keep, keep, "{v:?} for {text:?}");
    }

    #[test]
    fn english_is_kept_even_when_short() {
        check("Azerbaijan FM meets EU envoy", true);
        check("Mammadyarov, Klaar discuss Karabakh settlement in Baku", true);
        check(
            "Elmar Mammadyarov received Toivo Klaar, the EU Special Representative for the South Caucasus, \
             on June 3 and discussed the settlement of the conflict.",
            true,
        );
        check("", true);
        check("1234 5678", true);
        check("Guerrillas near Hawijah launched an attack that left 6 dead, including 4 Iraqi soldiers.", true);
        check(
            "Good day,I'm a foreigner living in malaysia, german citizen,21 years of age, I was wondering if air \
             asia recruits foreigners?",
            true,
        );
    }

    #[test]
    fn other_languages_are_rejected() {
        check(
            "Der Außenminister traf sich am Montag in Berlin mit seinem Amtskollegen, um über die \
             Lage in der Region zu sprechen. Beide Seiten betonten die Bedeutung weiterer Gespräche \
             und vereinbarten ein neues Treffen im Herbst.",
            false,
        );
        check(
            "El ministro de Asuntos Exteriores se reunió el lunes en Madrid con su homólogo para \
             hablar de la situación en la región. Ambas partes subrayaron la importancia de nuevas \
             conversaciones y acordaron una nueva reunión en otoño.",
            false,
        );
        check("Министр иностранных дел встретился с представителем Евросоюза в Баку.", false);
    }
}
