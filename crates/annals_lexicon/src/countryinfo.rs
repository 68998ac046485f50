//! Derive historical office holders from CountryInfo.txt (`annals lexicon build-countryinfo`).
//!
//! CountryInfo (Schrodt et al., CC BY-SA 3.0; in `../shared/data/countries/`) lists, per
//! country, heads of state and government from about 1960 (`<Leaders>`, from rulers.org) and
//! cabinet members from January 2003 to February 2011 (`<Government>`, from the CIA's World
//! Leaders). This module turns the leaders, and the foreign ministers among the cabinet members,
//! into `@person` records with dated roles, written to `data/leaders-countryinfo.lex`.
//!
//! Decisions:
//! - A term still running when the source was compiled (`[>date]`) ends at the source's horizon
//!   with a `?` (January 2012 for leaders, February 2011 for cabinets): after it the person's
//!   status is unknown, so they are coded with their country only, never as a "former" official
//!   they may not be. The hand-maintained `leaders.lex` carries terms on to the present.
//! - A cabinet member listed as in office in January 2003 (`[<date]`) is given 2003-01-01 as the
//!   start, since the source does not say when the term began.
//! - People already in `leaders.lex` (matched by any of their names) are left out, so one person
//!   does not appear twice under two spellings.
//! - Countries are matched by ISO3 code; the file's composite codes (`USAASM`, `[YUGBIH BIH`)
//!   use their last three letters. Entries for codes the lexicon does not know are reported.

use crate::builder::LexiconBuilder;
use crate::petrarch::parse_date;
use crate::text::{fold, title_case};
use crate::{EntryKind, Lexicon, Problem};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The derived file's name among the built-in files.
pub const FILE_NAME: &str = "leaders-countryinfo.lex";

/// The derived file and what went into it.
#[derive(Debug, Default)]
pub struct Built {
    /// The `.lex` text.
    pub text: String,
    /// People written.
    pub people: usize,
    /// Roles written.
    pub roles: usize,
    /// People skipped because `leaders.lex` already has them.
    pub skipped: usize,
    /// Lines of CountryInfo that could not be used.
    pub problems: Vec<Problem>,
}

/// One role for the output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct OutRole {
    from: Option<NaiveDate>,
    country: String,
    sectors: String,
    title: String,
    to: Option<NaiveDate>,
    open_end: bool,
}

/// The lexicon of every built-in file except the derived one: the reference for country codes
/// and for people the hand-maintained file already has.
pub fn reference_lexicon() -> Lexicon {
    let mut b = LexiconBuilder::new();
    for (name, text) in crate::builtin::FILES {
        if *name != FILE_NAME {
            b.add_lex(text, &format!("builtin:{name}"));
        }
    }
    b.build().0
}

/// Singular, capitalised title from a CountryInfo sub-tag ("Prime ministers" → "Prime Minister").
fn title_from_tag(tag: &str) -> String {
    let tag = tag.trim();
    let (head, tail) = match tag.find(" of ") {
        Some(i) => (&tag[..i], &tag[i..]),
        None => (tag, ""),
    };
    let mut words: Vec<String> = head.split(' ').map(str::to_string).collect();
    if let Some(last) = words.last_mut() {
        let lower = last.to_lowercase();
        let single = if let Some(stem) = lower.strip_suffix("men") {
            format!("{stem}man")
        } else if lower.ends_with("ies") {
            format!("{}y", &lower[..lower.len() - 3])
        } else if let Some((first, rest)) =
            lower.split_once('-').filter(|(f, _)| f.ends_with('s') && !f.ends_with("ss"))
        {
            // "Governors-general", "Captains-regent": the first part takes the plural.
            format!("{}-{rest}", &first[..first.len() - 1])
        } else if lower.ends_with("ss") || !lower.ends_with('s') {
            lower.clone()
        } else {
            lower[..lower.len() - 1].to_string()
        };
        *last = single;
    }
    let head = words.join(" ");
    let phrase = format!("{head}{tail}");
    phrase
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            let w = w.to_lowercase();
            if i > 0 && matches!(w.as_str(), "of" | "the" | "and" | "for") {
                w
            } else {
                w.split('-')
                    .map(|part| {
                        let mut cs = part.chars();
                        cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for a title of a (full) foreign minister.
fn foreign_minister(title: &str) -> bool {
    let t = title.to_lowercase();
    let foreign = t.contains("foreign affairs")
        || t.contains("foreign minister")
        || t.contains("external affairs")
        || t.contains("foreign relations")
        || t.contains("minister of foreign")
        || t.contains("minister for foreign");
    let trade_only = t.contains("foreign trade") && !t.contains("foreign affairs");
    foreign
        && !trade_only
        && !t.contains("deputy")
        && !t.contains("vice")
        && !t.contains("state for")
        && !t.contains("assistant")
}

/// Names in `{A}{B}` or plain form.
fn names(field: &str) -> Vec<String> {
    let field = field.trim();
    if field.contains('{') {
        field
            .split(['{', '}'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(title_case)
            .filter(|n| !n.is_empty())
            .collect()
    } else {
        let n = title_case(field);
        if n.is_empty() { Vec::new() } else { vec![n] }
    }
}

/// The bracketed groups of a line.
fn brackets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else { break };
        out.push(rest[open + 1..open + close].trim());
        rest = &rest[open + close + 1..];
    }
    out
}

/// Parse a period: `d - d`, `>d`, `<d`. `horizon` ends a `>d` term; `start` begins a `<d` one.
fn period(
    spec: &str,
    horizon: NaiveDate,
    start: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, Option<NaiveDate>, bool)> {
    let spec: String = spec.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(d) = spec.strip_prefix('>') {
        let from = parse_date(d)?;
        (from <= horizon).then_some((Some(from), Some(horizon), true))
    } else if let Some(d) = spec.strip_prefix('<') {
        let to = parse_date(d)?;
        Some((start.filter(|s| *s <= to), Some(to), false))
    } else {
        let (a, b) = spec.split_once('-')?;
        let (from, to) = (parse_date(a)?, parse_date(b)?);
        (from <= to).then_some((Some(from), Some(to), false))
    }
}

fn fmt_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Build the derived file from the text of CountryInfo.txt. `reference` is the lexicon of the
/// other built-in files ([`reference_lexicon`]).
pub fn build(text: &str, file: &str, reference: &Lexicon) -> Built {
    let leaders_horizon = NaiveDate::from_ymd_opt(2012, 1, 16).expect("valid date");
    let cabinet_horizon = NaiveDate::from_ymd_opt(2011, 2, 28).expect("valid date");
    let cabinet_start = NaiveDate::from_ymd_opt(2003, 1, 1);
    let mut built = Built::default();
    // name → (other names, roles)
    let mut people: BTreeMap<String, (Vec<String>, Vec<OutRole>)> = BTreeMap::new();
    let mut country: Option<String> = None;
    let mut in_country = false;
    let mut section = "";
    let mut subtag: Option<String> = None;
    let mut in_comment = false;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.starts_with("<!--") || line.starts_with("<Comment>") {
            in_comment = !(line.contains("-->") || line.contains("</Comment>"));
            continue;
        }
        if in_comment {
            if line.contains("-->") || line.contains("</Comment>") {
                in_comment = false;
            }
            continue;
        }
        if line == "<Country>" {
            in_country = true;
            country = None;
            section = "";
            continue;
        }
        if line == "</Country>" {
            in_country = false;
            continue;
        }
        if !in_country {
            continue;
        }
        if let Some(rest) = line.strip_prefix("<CountryCode>") {
            let code: String =
                rest.split('<').next().unwrap_or("").chars().filter(|c| c.is_ascii_uppercase()).collect();
            let mut iso = code.get(code.len().saturating_sub(3)..).unwrap_or("").to_string();
            // Codes the source uses that ISO has since replaced.
            iso = match iso.as_str() {
                "IMY" => "IMN".to_string(),
                "TMP" => "TLS".to_string(),
                _ => iso,
            };
            if reference.by_key(&iso).is_some_and(|id| reference.entry(id).kind == EntryKind::Country) {
                country = Some(iso);
            } else {
                built.problems.push(Problem::new(
                    file,
                    line_no,
                    format!("country code `{code}` is not a known ISO3 key; its leaders are skipped"),
                ));
                country = None;
            }
            continue;
        }
        match line {
            "<Leaders>" => {
                section = "leaders";
                continue;
            }
            "<Government>" => {
                section = "government";
                continue;
            }
            "</Leaders>" | "</Government>" => {
                section = "";
                subtag = None;
                continue;
            }
            _ => {}
        }
        let Some(iso) = country.clone() else { continue };
        if section == "leaders" {
            if let Some(tag) = line.strip_prefix("</") {
                let _ = tag;
                subtag = None;
                continue;
            }
            if let Some(tag) = line.strip_prefix('<') {
                subtag = Some(title_from_tag(tag.trim_end_matches('>')));
                continue;
            }
            let Some(title) = subtag.clone() else { continue };
            let body = line.split('#').next().unwrap_or("");
            let Some(open) = body.find('[') else { continue };
            let who = names(&body[..open]);
            if who.is_empty() {
                continue;
            }
            for spec in brackets(&body[open..]) {
                if spec.starts_with("B:") || spec.starts_with("D:") {
                    continue;
                }
                match period(spec, leaders_horizon, None) {
                    Some((from, to, open_end)) => {
                        let entry = people.entry(who[0].clone()).or_default();
                        entry.0.extend(who[1..].iter().cloned());
                        entry.1.push(OutRole {
                            from,
                            country: iso.clone(),
                            sectors: "GOV".into(),
                            title: title.clone(),
                            to,
                            open_end,
                        });
                    }
                    None => {
                        built.problems.push(Problem::new(file, line_no, format!("cannot read the period `[{spec}]`")))
                    }
                }
            }
        } else if section == "government" {
            let (body, comment) = match line.split_once('#') {
                Some((b, c)) => (b, c.trim()),
                None => (line, ""),
            };
            let Some(open) = body.find('[') else { continue };
            let titles: Vec<&str> = comment.split('&').map(str::trim).collect();
            let groups = brackets(&body[open..]);
            let who = names(&body[..open]);
            if who.is_empty() {
                continue;
            }
            for (k, group) in groups.iter().enumerate() {
                let title = if titles.len() == groups.len() {
                    titles[k]
                } else if titles.len() == 1 {
                    titles[0]
                } else {
                    ""
                };
                if !foreign_minister(title) {
                    continue;
                }
                let (code, spec) = match group.split_once(char::is_whitespace) {
                    Some((c, s)) => (c, s),
                    None => (*group, ""),
                };
                // A foreign minister is government, whatever other portfolio the code adds.
                let _ = code;
                let sectors = "GOV".to_string();
                match period(spec, cabinet_horizon, cabinet_start) {
                    Some((from, to, open_end)) => {
                        let entry = people.entry(who[0].clone()).or_default();
                        entry.0.extend(who[1..].iter().cloned());
                        entry.1.push(OutRole {
                            from,
                            country: iso.clone(),
                            sectors,
                            title: title.to_string(),
                            to,
                            open_end,
                        });
                    }
                    None => {
                        built.problems.push(Problem::new(file, line_no, format!("cannot read the period `[{group}]`")))
                    }
                }
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "# DERIVED FILE: do not edit by hand. Regenerate with");
    let _ = writeln!(
        out,
        "#   annals lexicon build-countryinfo --countryinfo ../shared/data/countries/CountryInfo.120116.txt"
    );
    let _ = writeln!(out, "#");
    let _ = writeln!(
        out,
        "# Heads of state and government (about 1960 to January 2012) and foreign ministers (January 2003"
    );
    let _ = writeln!(
        out,
        "# to February 2011) from CountryInfo.120116.txt by Philip A. Schrodt and contributors (rulers.org,"
    );
    let _ = writeln!(
        out,
        "# CIA World Leaders), CC BY-SA 3.0. A period ending in `?` is where the source stops, not the end"
    );
    let _ = writeln!(out, "# of the term. People in leaders.lex are left out; see src/countryinfo.rs for the rules.");
    for (name, (also, roles)) in &mut people {
        let mut all = vec![name.clone()];
        all.extend(also.iter().cloned());
        if all.iter().any(|n| !reference.people_named(n).is_empty()) {
            built.skipped += 1;
            continue;
        }
        // Leading titles written into names ("FOREIGN_MINISTER_ABDULLAH_") are not names.
        if fold(name).starts_with("foreign minister ") {
            continue;
        }
        roles.sort();
        roles.dedup();
        let _ = writeln!(out, "\n@person {name}");
        let mut also: Vec<&String> = also.iter().filter(|a| *a != name).collect();
        also.sort();
        also.dedup();
        if !also.is_empty() {
            let _ = writeln!(out, "also: {}", also.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" | "));
        }
        for r in roles.iter() {
            let _ = writeln!(
                out,
                "role: {} {} | {} | {}..{}{}",
                r.country,
                r.sectors,
                r.title,
                fmt_date(r.from),
                fmt_date(r.to),
                if r.open_end { "?" } else { "" }
            );
            built.roles += 1;
        }
        built.people += 1;
    }
    built.text = out;
    built
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
<!-- header with <Leaders> in prose -->
<Country>
<CountryCode>AZE</CountryCode>
<Leaders>
\t<Presidents>
\t\tAYAZ_MUTALIBOV_\t\t[19900518 - 19920306]  [B:19380101]
\t\tNEW_LEADER_\t\t[>20031031]  [B:19600101]
\t</Presidents>
\t<Prime ministers>
\t\tHASAN_HASANOV_\t[19900125 - 19920407]
\t</Prime ministers>
</Leaders>
<Government>
\t{ELMAR_MAMMEDYAROV_}{ELMAR_MAMMADYAROV_} [AZEGOV >20040501]\t# Minister of Foreign Affairs
\tSOMEONE_ELSE_\t[AZEGOV <20030931][AZEGOV 20031101 - 20040431]\t# Minister of Foreign Affairs
\tDEPUTY_PERSON_\t[AZEGOV >20040501]\t# Deputy Minister of Foreign Affairs
\tFINANCE_PERSON_\t[AZEGOV >20040501]\t# Minister of Finance
</Government>
</Country>
";

    #[test]
    fn titles_from_tags() {
        assert_eq!(title_from_tag("Prime ministers"), "Prime Minister");
        assert_eq!(
            title_from_tag("Chairmen of the presidency of the republic"),
            "Chairman of the Presidency of the Republic"
        );
        assert_eq!(title_from_tag("Governors-GENERAL"), "Governor-General");
        assert_eq!(title_from_tag("Kings"), "King");
        assert_eq!(title_from_tag("Captains-REGENT"), "Captain-Regent");
        assert_eq!(title_from_tag("Emperor"), "Emperor");
    }

    #[test]
    fn leaders_and_foreign_ministers_become_dated_roles() {
        let reference = reference_lexicon();
        let built = build(SAMPLE, "CountryInfo.txt", &reference);
        assert!(built.problems.is_empty(), "{:?}", built.problems);
        let t = &built.text;
        assert!(t.contains("@person Ayaz Mutalibov\nrole: AZE GOV | President | 1990-05-18..1992-03-06\n"), "{t}");
        assert!(t.contains("@person New Leader\nrole: AZE GOV | President | 2003-10-31..2012-01-16?\n"), "{t}");
        assert!(t.contains("@person Hasan Hasanov\nrole: AZE GOV | Prime Minister | 1990-01-25..1992-04-07\n"), "{t}");
        assert!(t.contains("role: AZE GOV | Minister of Foreign Affairs | 2003-01-01..2003-09-30\n"), "{t}");
        assert!(!t.contains("Deputy Person") && !t.contains("Finance Person"), "{t}");
        // Elmar Mammadyarov is in leaders.lex already.
        assert!(!t.contains("Mammedyarov"), "{t}");
        assert_eq!(built.skipped, 1);
        // The output loads without problems.
        let mut b = LexiconBuilder::new();
        b.add_lex(crate::builtin::FILES[0].1, "sectors.lex");
        b.add_lex(crate::builtin::FILES[1].1, "countries.lex");
        b.add_lex(t, FILE_NAME);
        assert!(b.build().1.is_empty());
    }
}
