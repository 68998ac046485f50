//! Text normalisation shared by the dictionaries and the matcher.
//!
//! Dictionary phrases and document tokens are compared as sequences of *pieces*: words split at
//! whitespace, with hyphens, commas, brackets, slashes and quotes as pieces of their own and a
//! final possessive `'s` split off. Splitting both sides the same way makes matching independent
//! of how a tokenizer treats `Nagorno-Karabakh` or `People's`. Pieces are compared *folded*:
//! lower-cased, common Latin diacritics removed, typographic apostrophes straightened, so
//! `Türkiye`, `TURKIYE` and `türkiye` meet.

/// Characters that always form a piece of their own.
fn is_separate(c: char) -> bool {
    matches!(c, '-' | '–' | ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '/' | '!' | '?')
}

/// Split `text` into pieces (see the module documentation). Underscores count as spaces, so
/// PETRARCH phrases (`ELMAR_MAMMADYAROV_`) split like ordinary text.
pub fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == '_') {
        if word.is_empty() {
            continue;
        }
        let mut start = 0;
        for (i, c) in word.char_indices() {
            if is_separate(c) {
                if start < i {
                    push_word(&word[start..i], &mut out);
                }
                out.push(&word[i..i + c.len_utf8()]);
                start = i + c.len_utf8();
            }
        }
        if start < word.len() {
            push_word(&word[start..], &mut out);
        }
    }
    out
}

/// Push a word, splitting off a final possessive `'s` / `’s` / `s'`-less form.
fn push_word<'a>(word: &'a str, out: &mut Vec<&'a str>) {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
        {
            out.push(stem);
            out.push(&word[stem.len()..]);
            return;
        }
    }
    out.push(word);
}

/// Fold a piece for comparison: lower case, no diacritics, straight apostrophes.
pub fn fold(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for c in piece.chars() {
        push_folded(c, true, &mut out);
    }
    out
}

/// Fold diacritics and apostrophes but keep letter case (for case-sensitive acronyms).
pub fn fold_keep_case(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for c in piece.chars() {
        push_folded(c, false, &mut out);
    }
    out
}

fn push_folded(c: char, lower: bool, out: &mut String) {
    let base = strip_diacritic(c);
    match base {
        '’' | '‘' | '`' | '´' => out.push('\''),
        '–' | '—' => out.push('-'),
        '“' | '”' => out.push('"'),
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'Æ' => out.push_str(if lower { "ae" } else { "AE" }),
        'œ' => out.push_str("oe"),
        'Œ' => out.push_str(if lower { "oe" } else { "OE" }),
        _ if lower => out.extend(base.to_lowercase()),
        _ => out.push(base),
    }
}

/// The base letter of a Latin letter with a diacritic; other characters unchanged.
fn strip_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => 'C',
        'ď' | 'đ' => 'd',
        'Ď' | 'Đ' => 'D',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' | 'Ə' => 'E',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'G',
        'ĥ' | 'ħ' => 'h',
        'Ĥ' | 'Ħ' => 'H',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => 'I',
        'ĵ' => 'j',
        'Ĵ' => 'J',
        'ķ' => 'k',
        'Ķ' => 'K',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => 'L',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => 'O',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'Ŕ' | 'Ŗ' | 'Ř' => 'R',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => 'S',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => 'T',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => 'U',
        'ŵ' => 'w',
        'Ŵ' => 'W',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'Ý' | 'Ÿ' | 'Ŷ' => 'Y',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        _ => c,
    }
}

/// True when a dictionary phrase should only match text with the same letter case: a single
/// piece of at most six characters with no lower-case letter, such as `US`, `EU`, `FM`, `OSCE`.
/// Without this, the country `US` would match the pronoun `us`.
pub fn is_acronym(phrase: &str) -> bool {
    let p = pieces(phrase);
    p.len() == 1
        && p[0].chars().count() <= 6
        && p[0].chars().any(|c| c.is_alphabetic())
        && !p[0].chars().any(|c| c.is_lowercase())
}

/// Words after which the head of a noun phrase has ended (`minister of foreign affairs`).
const POST_HEAD: [&str; 8] = ["of", "for", "to", "on", "in", "at", "general", "without"];

/// Regular plural forms of a noun phrase: the head word (the last word, or the word before the
/// first `of`/`for`/…) takes the plural. Returns an empty list when no regular plural applies.
pub fn plural(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let head = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| POST_HEAD.contains(&w.to_lowercase().as_str()))
        .map(|(i, _)| i - 1)
        .unwrap_or(words.len() - 1);
    let plural_head = pluralise_word(words[head])?;
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[head] = plural_head;
    Some(out.join(" "))
}

/// The regular plural of one word, keeping its case style.
pub fn pluralise_word(word: &str) -> Option<String> {
    let upper = word.chars().any(|c| c.is_alphabetic()) && !word.chars().any(|c| c.is_lowercase());
    let lower = word.to_lowercase();
    if !lower.chars().last()?.is_alphabetic() {
        return None;
    }
    let plural = if lower.ends_with("man") && !lower.ends_with("human") && !lower.ends_with("shaman") {
        format!("{}men", &lower[..lower.len() - 3])
    } else if lower.ends_with("ss")
        || lower.ends_with("sh")
        || lower.ends_with("ch")
        || lower.ends_with('x')
        || lower.ends_with('z')
    {
        format!("{lower}es")
    } else if lower.ends_with('s') {
        return None;
    } else if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") && !lower.ends_with("oy") {
        format!("{}ies", &lower[..lower.len() - 1])
    } else {
        format!("{lower}s")
    };
    Some(if upper {
        plural.to_uppercase()
    } else if word.chars().next().is_some_and(|c| c.is_uppercase()) {
        let mut cs = plural.chars();
        cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
    } else {
        plural
    })
}

/// Title-case an upper-case name (`HEYDAR_ALIYEV_` → `Heydar Aliyev`), keeping initials and
/// particles readable. Used for names that PETRARCH and CountryInfo store in capitals.
pub fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut words = Vec::new();
    for word in name.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()) {
        let lower = word.to_lowercase();
        let mut w = String::with_capacity(word.len());
        let mut cap = true;
        for c in lower.chars() {
            if cap && c.is_alphabetic() {
                w.extend(c.to_uppercase());
                cap = false;
            } else {
                w.push(c);
            }
            if c == '-' || c == '.' || c == '\'' {
                cap = true;
            }
        }
        if !words.is_empty() && matches!(lower.as_str(), "of" | "the" | "and" | "de" | "da" | "del" | "van" | "von") {
            w = lower;
        }
        words.push(w);
    }
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_split_hyphens_possessives_and_underscores() {
        assert_eq!(pieces("Nagorno-Karabakh"), ["Nagorno", "-", "Karabakh"]);
        assert_eq!(pieces("People's Republic of China"), ["People", "'s", "Republic", "of", "China"]);
        assert_eq!(pieces("ELMAR_MAMMADYAROV_"), ["ELMAR", "MAMMADYAROV"]);
        assert_eq!(pieces("U.S.  forces"), ["U.S.", "forces"]);
        assert_eq!(pieces("Educational, Scientific"), ["Educational", ",", "Scientific"]);
    }

    #[test]
    fn folding_meets_spelling_variants() {
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("CÔTE"), "cote");
        assert_eq!(fold("d’Ivoire"), "d'ivoire");
        assert_eq!(fold_keep_case("São"), "Sao");
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        assert!(is_acronym("US"));
        assert!(is_acronym("U.S."));
        assert!(is_acronym("OSCE"));
        assert!(!is_acronym("Armenia"));
        assert!(!is_acronym("UNITED STATES"));
    }

    #[test]
    fn regular_plurals_take_the_head_word() {
        assert_eq!(plural("serviceman").as_deref(), Some("servicemen"));
        assert_eq!(plural("minister of foreign affairs").as_deref(), Some("ministers of foreign affairs"));
        assert_eq!(plural("militia").as_deref(), Some("militias"));
        assert_eq!(plural("embassy").as_deref(), Some("embassies"));
        assert_eq!(plural("witness").as_deref(), Some("witnesses"));
        assert_eq!(plural("envoy").as_deref(), Some("envoys"));
        assert_eq!(plural("co-chair").as_deref(), Some("co-chairs"));
        assert_eq!(plural("armed forces"), None);
        assert_eq!(plural("POLICE CHIEF").as_deref(), Some("POLICE CHIEFS"));
    }

    #[test]
    fn title_case_names() {
        assert_eq!(title_case("HEYDAR_ALIYEV_"), "Heydar Aliyev");
        assert_eq!(title_case("LYNDEN_O._PINDLING_"), "Lynden O. Pindling");
        assert_eq!(title_case("BOSNIA_AND_HERZEGOVINA"), "Bosnia and Herzegovina");
        assert_eq!(title_case("FRANCIS_EDWARD_HOVELL-THURLOW"), "Francis Edward Hovell-Thurlow");
    }
}
