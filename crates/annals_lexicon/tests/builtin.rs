//! The built-in dictionaries load without a single unusable line and answer the questions the
//! worked example asks.

use annals_lexicon::{Lexicon, LexiconBuilder, Piece, Target};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn builtin_files_have_no_problems() {
    let (_, problems) = LexiconBuilder::with_builtin().build();
    let listed: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{}", listed.join("\n"));
}

fn first_target(lexicon: &Lexicon, text: &str) -> Option<Target> {
    let pieces = Piece::split(text);
    lexicon.index().find_at(&pieces, 0).first().filter(|m| m.len == pieces.len()).map(|m| m.target)
}

#[test]
fn every_iso_country_is_there() {
    let lexicon = Lexicon::builtin();
    let countries = lexicon.entries().iter().filter(|e| e.kind == annals_lexicon::EntryKind::Country).count();
    assert!(countries >= 249, "{countries} countries");
    for key in ["AZE", "ARM", "USA", "GBR", "RUS", "PSE", "XKX", "VAT", "SSD"] {
        assert!(lexicon.by_key(key).is_some(), "{key}");
    }
}

#[test]
fn names_adjectives_people_and_capitals() {
    let lexicon = Lexicon::builtin();
    let aze = lexicon.by_key("AZE").unwrap();
    assert_eq!(first_target(&lexicon, "Azerbaijan"), Some(Target::Name(aze)));
    assert_eq!(first_target(&lexicon, "Azerbaijani"), Some(Target::Adjective(aze)));
    assert_eq!(first_target(&lexicon, "Azerbaijanis"), Some(Target::People(aze)));
    assert_eq!(first_target(&lexicon, "Baku"), Some(Target::Capital(aze)));
    let eu = lexicon.by_key("EU").unwrap();
    assert_eq!(first_target(&lexicon, "EU"), Some(Target::Name(eu)));
    assert_eq!(lexicon.coding(eu, None, None).unwrap().code.to_string(), "IGOEU");
    let mg = lexicon.by_key("OSCEMG").unwrap();
    assert_eq!(first_target(&lexicon, "OSCE Minsk Group"), Some(Target::Name(mg)));
    assert_eq!(first_target(&lexicon, "turkey"), None);
}

#[test]
fn agents_carry_sectors() {
    let lexicon = Lexicon::builtin();
    for (phrase, sector) in [
        ("armed forces", "MIL"),
        ("troops", "MIL"),
        ("serviceman", "MIL"),
        ("servicemen", "MIL"),
        ("foreign minister", "GOV"),
        ("Minister of Foreign Affairs", "GOV"),
        ("FM", "GOV"),
        ("ministry", "GOV"),
        ("rebels", "REB"),
        ("police", "COP"),
    ] {
        let target = first_target(&lexicon, phrase).unwrap_or_else(|| panic!("{phrase}"));
        let (Target::Agent(a) | Target::AgentPlural(a)) = target else { panic!("{phrase}: {target:?}") };
        assert!(lexicon.agent(a).sectors.iter().any(|s| &**s == sector), "{phrase}");
    }
    let fm = lexicon.agent_by_key("foreign minister").unwrap();
    assert_eq!(lexicon.title_agent("Minister of Foreign Affairs"), Some(fm));
}

#[test]
fn office_holders_are_coded_for_the_date() {
    let lexicon = Lexicon::builtin();
    let elmar = lexicon.people_named("Elmar Mammadyarov");
    assert_eq!(elmar.len(), 1);
    let coding = lexicon.coding(elmar[0], Some(day("2019-06-03")), None).unwrap();
    assert_eq!(coding.code.to_string(), "AZEGOV");
    assert_eq!(coding.country.as_deref(), Some("AZE"));
    assert_eq!(coding.role.as_deref(), Some("Minister of Foreign Affairs"));
    let later = lexicon.coding(elmar[0], Some(day("2022-01-10")), None).unwrap();
    assert_eq!(later.code.to_string(), "AZEELI");
    assert_eq!(later.role.as_deref(), Some("former Minister of Foreign Affairs"));

    let fm = lexicon.agent_by_key("foreign minister").unwrap();
    let holders = |country: &str, date: &str| -> Vec<String> {
        let of = lexicon.by_key(country).unwrap();
        lexicon.holders(of, fm, day(date)).into_iter().map(|e| lexicon.entry(e).name.to_string()).collect()
    };
    assert_eq!(holders("AZE", "2019-06-03"), ["Elmar Mammadyarov"]);
    assert_eq!(holders("ARM", "2019-06-03"), ["Zohrab Mnatsakanyan"]);
    assert_eq!(holders("AZE", "2021-06-03"), ["Jeyhun Bayramov"]);
    assert_eq!(holders("USA", "2019-06-03"), ["Mike Pompeo"]);

    let klaar = lexicon.people_named("Toivo Klaar")[0];
    let coding = lexicon.coding(klaar, Some(day("2019-06-03")), None).unwrap();
    assert_eq!(coding.code.to_string(), "IGOEU");
    assert_eq!(coding.country, None);
    assert_eq!(coding.sectors.iter().map(|s| &**s).collect::<Vec<_>>(), ["IGO"]);
}

#[test]
fn groups_change_code_when_they_take_power() {
    let lexicon = Lexicon::builtin();
    let taliban = lexicon.by_key("TAL").unwrap();
    assert_eq!(lexicon.coding(taliban, Some(day("2010-01-01")), None).unwrap().code.to_string(), "AFGREBTAL");
    assert_eq!(lexicon.coding(taliban, Some(day("2022-01-01")), None).unwrap().code.to_string(), "AFGGOV");
}
