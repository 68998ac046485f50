//! Resolution with imported PETRARCH dictionaries follows PETRARCH's coding conventions: a
//! title's country comes from the phrase ("Ruritania Prime Minister Rudolf" → `RURGOV`), every
//! agent of a phrase adds its code in text order (`BORMUSMED`), `CODE~` agents go before the
//! country (`NGOBOR`), and names that only modify a noun still name an actor.
//!
//! The dictionaries are small invented ones written for this test (PETRARCH format), so the test
//! needs nothing outside the repository; the validation suite itself is scored by `annals eval
//! events`.

use annals_actors::{Resolution, Resolver};
use annals_doc::{Doc, parse_conllu};
use annals_lexicon::petrarch::FileKind;
use annals_lexicon::{Lexicon, LexiconBuilder, NaiveDate};

const ACTORS: &str = "\
RURITANIA_  [RUR]
+RURITANIAN_
RUDOLF_  [RUR]
BORDURIA_  [BOR]
+BORDURIAN_
SYLDAVIA_  [SYL]
KLOW_ARMY_
\t[BORMIL <20000101]
\t[BORREB >20000102]
";

const AGENTS: &str = "\
PRIME_MINISTER [~GOV]
PRESIDENT [~GOV]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
ISLAMIST [~MUS]
MEDICS {} [NGO~]
DIPLOMAT [~GOV]
SOLDIER [~MIL]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
WORLD_GOVERNMENT {} [~WGO]
";

fn lexicon() -> Lexicon {
    let mut builder = LexiconBuilder::new();
    builder.add_petrarch(FileKind::Actors, ACTORS, "test.actors.txt");
    builder.add_petrarch(FileKind::Agents, AGENTS, "test.agents.txt");
    let (lexicon, problems) = builder.build();
    assert!(problems.is_empty(), "{problems:?}");
    lexicon
}

/// Build a document from compact rows: `form UPOS head deprel` (no entity layer, as in the
/// validation records' own parses).
fn doc(rows: &str) -> Doc {
    let mut conllu = String::new();
    for (n, line) in rows.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let xpos = if f[1] == "NOUN" && f[0].ends_with('s') { "NNS" } else { "_" };
        // An optional fifth column is the entity tag (`B-PER`…), written as `NER=` in MISC.
        let misc = f.get(4).map_or("_".to_string(), |t| format!("NER={t}"));
        conllu.push_str(&format!("{}\t{}\t_\t{}\t{xpos}\t_\t{}\t{}\t_\t{misc}\n", n + 1, f[0], f[1], f[2], f[3]));
    }
    conllu.push('\n');
    let parsed = parse_conllu(&conllu, "t");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    parsed.docs.into_iter().next().unwrap()
}

fn render(doc: &Doc, res: &Resolution) -> Vec<String> {
    res.mentions
        .iter()
        .map(|m| {
            let codes: Vec<String> = m.actors.iter().map(|&a| res.actors[a].code.clone()).collect();
            format!("{} -> {}", doc.slice(m.span), codes.join(" + "))
        })
        .collect()
}

fn check(rows: &str, expected: &[&str]) -> Resolution {
    check_on(rows, None, expected)
}

fn check_on(rows: &str, date: Option<&str>, expected: &[&str]) -> Resolution {
    let lexicon = lexicon();
    let d = doc(rows);
    let date = date.map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    let res = Resolver::new(&lexicon).resolve_on(&d, date);
    assert_eq!(render(&d, &res), expected);
    res
}

#[test]
fn a_title_takes_its_country_from_the_phrase() {
    let res = check(
        "Ruritania PROPN 4 compound
         Prime PROPN 3 compound
         Minister PROPN 4 compound
         Rudolf PROPN 5 nsubj
         met VERB 0 root
         Borduria PROPN 5 obj",
        &["Ruritania Prime Minister Rudolf -> RURGOV", "Borduria -> BOR"],
    );
    let rudolf = &res.actors[0];
    assert_eq!((rudolf.name.as_str(), rudolf.kind.as_str()), ("Rudolf", "person"));
    assert_eq!(rudolf.role.as_deref(), Some("Prime Minister"));
}

#[test]
fn the_possessor_is_the_country_of_the_title() {
    // The dictionary lists Rudolf under Ruritania; the possessor says whose minister he is here.
    check(
        "Borduria PROPN 5 nmod:poss
         's PART 1 case
         Prime PROPN 4 compound
         Minister PROPN 5 compound
         Rudolf PROPN 6 nsubj
         left VERB 0 root",
        &["Borduria -> BOR", "Prime Minister Rudolf -> BORGOV"],
    );
    // The parser may hang the possessor on the title.
    check(
        "Borduria PROPN 5 nmod:poss
         's PART 1 case
         awful ADJ 5 amod
         Prime PROPN 5 compound
         Minister PROPN 6 compound
         Rudolf PROPN 7 nsubj
         left VERB 0 root",
        &["Borduria -> BOR", "awful Prime Minister Rudolf -> BORGOV"],
    );
}

#[test]
fn an_unknown_name_after_a_title_is_a_person_of_that_country() {
    check(
        "Syldavia PROPN 3 compound
         President PROPN 3 compound
         Plekszy PROPN 4 nsubj
         appealed VERB 0 root",
        &["Syldavia President Plekszy -> SYLGOV"],
    );
}

#[test]
fn an_agent_after_the_name_heads_the_phrase() {
    // The parser made "government" a flat part of the name.
    check(
        "The DET 2 det
         Ruritania PROPN 4 nsubj
         government NOUN 2 flat
         restored VERB 0 root",
        &["The Ruritania government -> RURGOV"],
    );
}

#[test]
fn agents_written_before_the_code_go_before_it() {
    check(
        "Medics PROPN 2 flat
         Borduria PROPN 3 nsubj
         restored VERB 0 root",
        &["Medics Borduria -> NGOBOR"],
    );
    check(
        "A DET 4 det
         Medics PROPN 3 compound
         Borduria PROPN 4 compound
         diplomat NOUN 5 nsubj
         restored VERB 0 root",
        &["A Medics Borduria diplomat -> NGOBORGOV"],
    );
}

#[test]
fn every_agent_of_a_phrase_adds_its_code_and_conjuncts_share_them() {
    check(
        "The DET 4 det
         Bordurian PROPN 3 compound
         Islamist PROPN 4 compound
         media NOUN 7 nsubj
         and CCONJ 6 cc
         government NOUN 4 conj
         warned VERB 0 root
         Syldavia PROPN 7 obj",
        &["The Bordurian Islamist media -> BORMUSMED", "government -> BORMUSGOV", "Syldavia -> SYL"],
    );
    check(
        "Bordurian ADJ 3 amod
         world NOUN 3 compound
         government NOUN 4 compound
         activists NOUN 5 nsubj
         met VERB 0 root",
        &["Bordurian world government activists -> BORWGO"],
    );
}

#[test]
fn names_that_modify_a_noun_still_name_an_actor() {
    check(
        "Rudolf PROPN 2 nsubj
         joined VERB 0 root
         an DET 6 det
         anti- SYM 6 punct
         Syldavia NOUN 6 compound
         parade NOUN 2 obj",
        &["Rudolf -> RUR", "Syldavia -> SYL"],
    );
}

#[test]
fn countries_from_a_prepositional_phrase() {
    check(
        "Soldiers NOUN 4 nsubj
         from ADP 3 case
         Borduria PROPN 1 nmod
         crossed VERB 0 root",
        &["Soldiers from Borduria -> BORMIL", "Borduria -> BOR"],
    );
    // The second conjunct shares the first one's countries: one mention, two actors.
    check(
        "Lawmakers NOUN 8 nsubj
         and CCONJ 3 cc
         officials NOUN 1 conj
         in ADP 5 case
         Ruritania PROPN 1 nmod
         and CCONJ 7 cc
         Borduria PROPN 5 conj
         welcomed VERB 0 root",
        &["Lawmakers -> ---LEG", "officials -> RURGOV + BORGOV", "Ruritania -> RUR", "Borduria -> BOR"],
    );
}

#[test]
fn names_in_apposition_are_actors_of_their_own() {
    check(
        "Ruritania PROPN 7 nsubj
         , PUNCT 1 punct
         the DET 4 det
         Borduria PROPN 1 appos
         and CCONJ 6 cc
         Syldavia PROPN 4 conj
         welcomed VERB 0 root",
        &["Ruritania -> RUR", "the Borduria -> BOR", "Syldavia -> SYL"],
    );
}

#[test]
fn dated_codes_follow_the_date() {
    let rows = "The DET 3 det\n Klow PROPN 3 compound\n Army PROPN 4 nsubj\n attacked VERB 0 root";
    check_on(rows, Some("1999-06-01"), &["The Klow Army -> BORMIL"]);
    check_on(rows, Some("2001-06-01"), &["The Klow Army -> BORREB"]);
}

#[test]
fn a_name_the_parser_left_before_a_title_joins_it() {
    // Parsed as two subjects, with the title as `nmod:desc` of the name (UD English 2.14+).
    check(
        "Ruritania PROPN 5 nsubj
         Prime ADJ 3 amod
         Minister PROPN 4 nmod:desc
         Rudolf PROPN 5 nsubj
         clashed VERB 0 root",
        &["Ruritania Prime Minister Rudolf -> RURGOV"],
    );
    // The same when the entity recogniser takes the whole phrase for one person's name.
    check(
        "Ruritania PROPN 5 nsubj B-PER
         Prime ADJ 3 amod I-PER
         Minister PROPN 4 nmod:desc I-PER
         Rudolf PROPN 5 nsubj I-PER
         clashed VERB 0 root O",
        &["Ruritania Prime Minister Rudolf -> RURGOV"],
    );
    // A name in a prepositional phrase is not the title's.
    check(
        "in ADP 2 case
         Ruritania PROPN 6 obl
         President PROPN 4 nmod:desc
         Plekszy PROPN 6 nsubj
         , PUNCT 6 punct
         spoke VERB 0 root",
        &["Ruritania -> RUR"],
    );
}
