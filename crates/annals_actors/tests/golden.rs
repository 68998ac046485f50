//! Golden test on the worked example (`examples/mfa-klaar-meeting.txt`), read from a
//! hand-annotated CoNLL-U file (tokens, POS, lemmas, dependency heads and NER tags written by
//! hand) until the real pipeline exists. The expected output is a readable listing beside the
//! input; regenerate it with `UPDATE_EXPECT=1 cargo test -p annals_actors` and review the diff.

use annals_actors::{Resolution, Resolver};
use annals_doc::{Doc, parse_conllu};
use annals_lexicon::{Lexicon, NaiveDate};
use std::fmt::Write as _;
use std::path::PathBuf;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn example() -> Doc {
    let text = std::fs::read_to_string(data("mfa-klaar-meeting.conllu")).unwrap();
    let parsed = parse_conllu(&text, "mfa-klaar-meeting");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    parsed.docs.into_iter().next().unwrap()
}

/// A readable listing: actors, then every mention with the actors it refers to.
fn render(doc: &Doc, res: &Resolution) -> String {
    let mut out = String::new();
    writeln!(out, "# actors").unwrap();
    for a in &res.actors {
        writeln!(
            out,
            "{} {:<28} code={:<10} country={:<4} org={:<7} sectors={:<8} kind={:<12} role={}",
            a.id,
            a.name,
            a.code,
            a.country.as_deref().unwrap_or("-"),
            a.organization.as_deref().unwrap_or("-"),
            if a.sectors.is_empty() { "-".to_string() } else { a.sectors.join(",") },
            a.kind.as_str(),
            a.role.as_deref().unwrap_or("-"),
        )
        .unwrap();
    }
    writeln!(out, "\n# mentions").unwrap();
    for m in &res.mentions {
        let ids: Vec<&str> = m.actors.iter().map(|&a| res.actors[a].id.as_str()).collect();
        writeln!(
            out,
            "s{:<2} {:<10} {:<62} -> {}",
            m.sentence + 1,
            format!("{:?}", m.kind),
            format!("\"{}\"", doc.slice(m.span)),
            ids.join(" ")
        )
        .unwrap();
    }
    out
}

fn check(name: &str, date: Option<NaiveDate>) -> Resolution {
    let doc = example();
    let resolution = Resolver::new(Lexicon::shared_builtin()).resolve_on(&doc, date);
    let got = render(&doc, &resolution);
    let path = data(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(got, want, "golden file {} differs; rerun with UPDATE_EXPECT=1 and review the diff", path.display());
    resolution
}

fn actor_of<'r>(doc: &Doc, res: &'r Resolution, text: &str, nth: usize) -> &'r annals_actors::Actor {
    let m = res
        .mentions
        .iter()
        .filter(|m| doc.slice(m.span) == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no mention {text:?} #{nth}"));
    &res.actors[m.actors[0]]
}

#[test]
fn worked_example_with_publication_date() {
    let date = NaiveDate::from_ymd_opt(2019, 6, 3);
    let res = check("mfa-klaar-meeting.dated.expected", date);
    let doc = example();
    // The design brief's expectations, spelled out.
    let elmar = actor_of(&doc, &res, "Azerbaijani Minister of Foreign Affairs Elmar Mammadyarov", 0);
    assert_eq!((elmar.code.as_str(), elmar.country.as_deref(), elmar.kind.as_str()), ("AZEGOV", Some("AZE"), "person"));
    assert_eq!(elmar.role.as_deref(), Some("Minister of Foreign Affairs"));
    let klaar = actor_of(&doc, &res, "Toivo Klaar", 0);
    assert_eq!(
        (klaar.code.as_str(), klaar.organization.as_deref(), klaar.sectors.as_slice()),
        ("IGOEU", Some("EU"), &["IGO".to_string()][..])
    );
    assert_eq!(klaar.role.as_deref(), Some("EU Special Representative for the South Caucasus"));
    let serviceman = actor_of(&doc, &res, "an Azerbaijani serviceman", 0);
    assert_eq!((serviceman.code.as_str(), serviceman.kind.as_str()), ("AZEMIL", "person"));
    assert_eq!(actor_of(&doc, &res, "the Armenian armed forces", 0).code, "ARMMIL");
    let forces = actor_of(&doc, &res, "the armed forces of Armenia", 0);
    assert_eq!(forces.code, "ARMMIL");
    assert_eq!(actor_of(&doc, &res, "Armenian armed forces", 0).id, forces.id);
    assert_eq!(actor_of(&doc, &res, "their", 0).id, forces.id, "their troops: the armed forces' troops");
    // Coreference.
    for (text, nth) in [("Mammadyarov", 0), ("Mammadyarov", 1), ("The minister", 0), ("The Azerbaijani FM", 0)] {
        assert_eq!(actor_of(&doc, &res, text, nth).id, elmar.id, "{text}");
    }
    assert_eq!(actor_of(&doc, &res, "the EU Special Representative", 0).id, klaar.id);
    let sides = res.mentions.iter().find(|m| doc.slice(m.span) == "The sides").expect("the sides");
    let mut parties: Vec<&str> = sides.actors.iter().map(|&a| res.actors[a].id.as_str()).collect();
    parties.sort();
    let mut want = vec![elmar.id.as_str(), klaar.id.as_str()];
    want.sort();
    assert_eq!(parties, want);
    // The Armenian foreign minister of June 2019, looked up by date.
    let ministers =
        res.mentions.iter().find(|m| doc.slice(m.span) == "the Azerbaijani and Armenian foreign ministers").unwrap();
    let names: Vec<&str> = ministers.actors.iter().map(|&a| res.actors[a].name.as_str()).collect();
    assert_eq!(names, ["Elmar Mammadyarov", "Zohrab Mnatsakanyan"]);
    // "All of them" refers to the resolutions, which are not actors.
    assert!(res.mentions.iter().all(|m| doc.slice(m.span) != "them"));
    let unsc = actor_of(&doc, &res, "the UN Security Council", 0);
    assert_eq!((unsc.code.as_str(), unsc.kind.as_str()), ("IGOUNSC", "igo"));
    assert_eq!(actor_of(&doc, &res, "the European Union", 0).code, "IGOEU");
    assert_eq!(actor_of(&doc, &res, "Armenia", 2).code, "ARM");
}

#[test]
fn worked_example_without_a_date() {
    let res = check("mfa-klaar-meeting.undated.expected", None);
    let doc = example();
    let elmar = actor_of(&doc, &res, "Azerbaijani Minister of Foreign Affairs Elmar Mammadyarov", 0);
    assert_eq!(elmar.code, "AZEGOV");
    // Without a date nobody is guessed to hold the Armenian office.
    let ministers =
        res.mentions.iter().find(|m| doc.slice(m.span) == "the Azerbaijani and Armenian foreign ministers").unwrap();
    let armenian = &res.actors[ministers.actors[1]];
    assert_eq!((armenian.code.as_str(), armenian.name.as_str()), ("ARMGOV", "Armenian foreign minister"));
}

/// The same example with tokens only (no tags, parse or entities), as the pipeline delivers it
/// before the tagger, parser and NER models exist: the fallback phrase rules still find the
/// worked example's actors.
#[test]
fn worked_example_from_tokens_only() {
    let mut doc = example();
    for t in &mut doc.tokens {
        t.upos = None;
        t.xpos = None;
        t.lemma = None;
        t.feats = None;
        t.head = None;
        t.deprel = None;
    }
    doc.entities.clear();
    doc.layers = annals_doc::Layers::TOKENS | annals_doc::Layers::SENTENCES;
    let date = NaiveDate::from_ymd_opt(2019, 6, 3);
    let res = Resolver::new(Lexicon::shared_builtin()).resolve_on(&doc, date);
    let got = render(&doc, &res);
    let path = data("mfa-klaar-meeting.tokens-only.expected");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    assert_eq!(got, std::fs::read_to_string(&path).unwrap_or_default(), "rerun with UPDATE_EXPECT=1 and review");
    let elmar = actor_of(&doc, &res, "Azerbaijani Minister of Foreign Affairs Elmar Mammadyarov", 0);
    assert_eq!(elmar.code, "AZEGOV");
    assert_eq!(actor_of(&doc, &res, "an Azerbaijani serviceman", 0).code, "AZEMIL");
    assert_eq!(actor_of(&doc, &res, "the armed forces of Armenia", 0).code, "ARMMIL");
    assert_eq!(actor_of(&doc, &res, "The Azerbaijani FM", 0).id, elmar.id);
}
