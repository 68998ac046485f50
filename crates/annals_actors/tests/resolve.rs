//! Behaviour of actor resolution on small hand-built documents.
//!
//! Each test writes its sentences as compact rows (`form UPOS head deprel NER`, one token per
//! line, a blank line between sentences) that [`doc`] turns into CoNLL-U, so the documents carry
//! the layers the tagger, parser and NER will supply. [`check`] compares every mention with the
//! actor it resolves to.

use annals_actors::{Resolution, Resolver};
use annals_doc::{Doc, parse_conllu};
use annals_lexicon::{Lexicon, LexiconBuilder, NaiveDate};

/// Build a document from compact rows: `form UPOS head deprel [NER]` (`_` for none).
fn doc(rows: &str) -> Doc {
    let mut conllu = String::new();
    let mut n = 0;
    for line in rows.lines().map(str::trim) {
        if line.is_empty() {
            if n > 0 {
                conllu.push('\n');
            }
            n = 0;
            continue;
        }
        n += 1;
        let f: Vec<&str> = line.split_whitespace().collect();
        let (form, upos, head, rel) = (f[0], f[1], f[2], f[3]);
        let ner = f.get(4).copied().unwrap_or("O");
        let xpos = match upos {
            "NOUN" if form.ends_with('s') => "NNS",
            "PROPN" if form.ends_with("ans") || form.ends_with("is") => "NNPS",
            _ => "_",
        };
        conllu.push_str(&format!("{n}\t{form}\t_\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\tNER={ner}\n"));
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
            let who: Vec<String> = m
                .actors
                .iter()
                .map(|&a| {
                    let a = &res.actors[a];
                    match &a.role {
                        Some(role) => format!("{} {} {} ({role})", a.name, a.code, a.kind),
                        None => format!("{} {} {}", a.name, a.code, a.kind),
                    }
                })
                .collect();
            format!("{} -> {}", doc.slice(m.span), who.join(" + "))
        })
        .collect()
}

fn check(rows: &str, date: Option<&str>, expected: &[&str]) {
    let lexicon = Lexicon::shared_builtin();
    check_with(lexicon, rows, date, expected);
}

fn check_with(lexicon: &Lexicon, rows: &str, date: Option<&str>, expected: &[&str]) {
    let d = doc(rows);
    let date = date.map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    let res = Resolver::new(lexicon).resolve_on(&d, date);
    assert_eq!(render(&d, &res), expected);
}

#[test]
fn country_adjective_and_agent() {
    check(
        "Armenian ADJ 2 amod B-NORP\n troops NOUN 3 nsubj\n shelled VERB 0 root\n Azerbaijani ADJ 5 amod B-NORP\n positions NOUN 3 obj\n . PUNCT 3 punct",
        None,
        &["Armenian troops -> Armenian troops ARMMIL group", "Azerbaijani -> Azerbaijan AZE state"],
    );
}

#[test]
fn without_a_parse_runs_of_nouns_are_phrases() {
    check(
        "the DET _ _\n Armenian ADJ _ _\n armed ADJ _ _\n forces NOUN _ _\n fired VERB _ _\n on ADP _ _\n an DET _ _\n Azerbaijani ADJ _ _\n serviceman NOUN _ _",
        None,
        &[
            "the Armenian armed forces -> Armenian armed forces ARMMIL organization",
            "an Azerbaijani serviceman -> Azerbaijani serviceman AZEMIL person",
        ],
    );
}

#[test]
fn capitals_stand_for_governments_only_as_arguments() {
    check(
        "Moscow PROPN 2 nsubj B-LOC\n rejected VERB 0 root\n talks NOUN 2 obj\n in ADP 5 case\n Baku PROPN 3 nmod B-LOC\n . PUNCT 2 punct",
        None,
        &["Moscow -> Russia government RUSGOV state"],
    );
}

#[test]
fn surnames_alone_are_resolved_by_date() {
    // A bare surname is a lexicon person when the document names the person's country ("in
    // Moscow") and the date decides who it is.
    check(
        "Lavrov PROPN 2 nsubj B-PER\n said VERB 0 root\n in ADP 4 case\n Moscow PROPN 2 obl B-LOC\n . PUNCT 2 punct",
        Some("2019-05-01"),
        &["Lavrov -> Sergey Lavrov RUSGOV person (Minister of Foreign Affairs)"],
    );
    // Without any mention of Russia, a Lavrov is just a person of that name: a British
    // article's "Mr Howard" is not Australia's prime minister.
    check("Lavrov PROPN 2 nsubj B-PER\n said VERB 0 root", Some("2019-05-01"), &["Lavrov -> Lavrov --- person"]);
    // Two Aliyevs: the date decides.
    check(
        "Aliyev PROPN 2 nsubj B-PER\n said VERB 0 root\n in ADP 4 case\n Baku PROPN 2 obl B-LOC",
        Some("1998-05-01"),
        &["Aliyev -> Heydar Aliyev AZEGOV person (President)"],
    );
    check(
        "Aliyev PROPN 2 nsubj B-PER\n said VERB 0 root\n in ADP 4 case\n Baku PROPN 2 obl B-LOC",
        Some("2015-05-01"),
        &["Aliyev -> Ilham Aliyev AZEGOV person (President)"],
    );
}

#[test]
fn people_are_coded_for_the_date_not_forever() {
    let rows = "Serzh PROPN 3 nsubj B-PER\n Sargsyan PROPN 1 flat I-PER\n spoke VERB 0 root";
    check(rows, Some("2012-01-01"), &["Serzh Sargsyan -> Serzh Sargsyan ARMGOV person (President)"]);
    check(rows, Some("2020-01-01"), &["Serzh Sargsyan -> Serzh Sargsyan ARMELI person (former Prime Minister)"]);
    check(
        "former ADJ 2 amod\n President PROPN 3 compound\n Sargsyan PROPN 4 nsubj B-PER\n spoke VERB 0 root",
        Some("2012-01-01"),
        &["former President Sargsyan -> Serzh Sargsyan ARMELI person (former President)"],
    );
}

#[test]
fn pronouns_follow_the_subject() {
    check(
        "Lavrov PROPN 2 nsubj B-PER\n met VERB 0 root\n Blinken PROPN 2 obj B-PER\n . PUNCT 2 punct\n\n He PRON 2 nsubj\n said VERB 0 root\n the DET 4 det\n talks NOUN 2 obj\n\n It PRON 2 nsubj\n happened VERB 0 root\n in ADP 4 case\n Moscow PROPN 2 obl B-LOC\n and CCONJ 6 cc\n Washington PROPN 4 conj B-LOC",
        Some("2022-01-21"),
        &[
            "Lavrov -> Sergey Lavrov RUSGOV person (Minister of Foreign Affairs)",
            "Blinken -> Antony Blinken USAGOV person (Secretary of State)",
            "He -> Sergey Lavrov RUSGOV person (Minister of Foreign Affairs)",
        ],
    );
}

#[test]
fn definite_titles_refer_back_and_indefinite_ones_do_not() {
    check(
        "Foreign ADJ 2 amod\n Minister PROPN 3 compound\n Lavrov PROPN 4 nsubj B-PER\n arrived VERB 0 root\n\n The DET 2 det\n minister NOUN 3 nsubj\n said VERB 0 root\n a DET 5 det\n minister NOUN 3 obj",
        Some("2019-05-01"),
        &[
            "Foreign Minister Lavrov -> Sergey Lavrov RUSGOV person (Foreign Minister)",
            "The minister -> Sergey Lavrov RUSGOV person (Foreign Minister)",
            "a minister -> minister ---GOV person (minister)",
        ],
    );
}

#[test]
fn armed_groups_and_their_dated_codes() {
    check(
        "Hamas PROPN 2 compound B-ORG\n fighters NOUN 3 nsubj\n attacked VERB 0 root",
        None,
        &["Hamas fighters -> Hamas fighters PSEREBHMS group"],
    );
    check(
        "the DET 2 det\n Taliban PROPN 3 nsubj B-ORG\n said VERB 0 root",
        Some("2022-03-01"),
        &["the Taliban -> Taliban AFGGOV group (Taliban government)"],
    );
}

#[test]
fn unknown_people_take_country_and_title_from_an_apposition() {
    check(
        "John PROPN 7 nsubj B-PER\n Smith PROPN 1 flat I-PER\n , PUNCT 5 punct\n a DET 5 det\n diplomat NOUN 1 appos\n , PUNCT 5 punct\n spoke VERB 0 root",
        None,
        &["John Smith -> John Smith ---GOV person (diplomat)", "a diplomat -> John Smith ---GOV person (diplomat)"],
    );
    check(
        "John PROPN 8 nsubj B-PER\n Smith PROPN 1 flat I-PER\n , PUNCT 6 punct\n a DET 6 det\n British ADJ 6 amod B-NORP\n diplomat NOUN 1 appos\n , PUNCT 6 punct\n spoke VERB 0 root",
        None,
        &[
            "John Smith -> John Smith GBRGOV person (diplomat)",
            "a British diplomat -> John Smith GBRGOV person (diplomat)",
        ],
    );
}

#[test]
fn the_sides_are_the_parties_of_the_last_meeting() {
    check(
        "Lavrov PROPN 2 nsubj B-PER\n met VERB 0 root\n with ADP 4 case\n Blinken PROPN 2 obl B-PER\n\n The DET 2 det\n sides NOUN 3 nsubj\n agreed VERB 0 root\n\n It PRON 2 nsubj\n happened VERB 0 root\n in ADP 4 case\n Moscow PROPN 2 obl B-LOC\n and CCONJ 6 cc\n Washington PROPN 4 conj B-LOC",
        Some("2022-01-21"),
        &[
            "Lavrov -> Sergey Lavrov RUSGOV person (Minister of Foreign Affairs)",
            "Blinken -> Antony Blinken USAGOV person (Secretary of State)",
            "The sides -> Sergey Lavrov RUSGOV person (Minister of Foreign Affairs) + Antony Blinken USAGOV person (Secretary of State)",
        ],
    );
}

#[test]
fn a_side_and_an_organisation() {
    check(
        "the DET 3 det\n Armenian ADJ 3 amod B-NORP\n side NOUN 4 nsubj\n asked VERB 0 root\n the DET 7 det\n OSCE PROPN 7 compound B-ORG\n mission NOUN 4 obj",
        None,
        &[
            "the Armenian side -> Armenian side ARMGOV organization",
            "the OSCE mission -> OSCE mission IGOOSCE organization",
        ],
    );
}

#[test]
fn user_dictionaries_extend_the_builtin_ones() {
    let dir = std::env::temp_dir().join(format!("annals-actors-user-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("local.lex"),
        "@person Ani Petrosyan\nrole: ARM GOV | Ombudsman | 2020-01-01..\n\n@country ARM\nalso: Hayastan\n",
    )
    .unwrap();
    let mut builder = LexiconBuilder::with_builtin();
    builder.add_path(&dir).unwrap();
    let (lexicon, problems) = builder.build();
    assert!(problems.is_empty(), "{problems:?}");
    check_with(
        &lexicon,
        "Ani PROPN 3 nsubj B-PER\n Petrosyan PROPN 1 flat I-PER\n visited VERB 0 root\n Hayastan PROPN 3 obj B-LOC",
        Some("2021-01-01"),
        &["Ani Petrosyan -> Ani Petrosyan ARMGOV person (Ombudsman)", "Hayastan -> Armenia ARM state"],
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn odd_input_never_panics() {
    let lexicon = Lexicon::shared_builtin();
    let resolver = Resolver::new(lexicon);
    assert!(resolver.resolve(&Doc::new("empty", "")).actors.is_empty());
    // Heads pointing outside their sentence, self-loops and missing tags are tolerated.
    let mut d =
        doc("Armenia PROPN 2 nsubj\n said VERB 0 root\n ! PUNCT 2 punct\n\n it PRON 2 nsubj\n rained VERB 0 root");
    d.tokens[0].head = Some(annals_doc::Head::Token(4));
    d.tokens[1].head = Some(annals_doc::Head::Token(1));
    d.tokens[3].upos = None;
    d.tokens[4].head = Some(annals_doc::Head::Token(99));
    let res = resolver.resolve(&d);
    assert_eq!(res.actors.len(), 1);
    assert_eq!(res.actors[0].code, "ARM");
}

#[test]
fn titles_inside_person_entities_and_text_without_entities() {
    // The NER tagged the title as part of the name.
    check(
        "President PROPN 2 compound B-PER\n Putin PROPN 3 nsubj I-PER\n said VERB 0 root",
        Some("2019-05-01"),
        &["President Putin -> Vladimir Putin RUSGOV person (President)"],
    );
    // A different first name is a different person.
    check(
        "Olga PROPN 2 compound B-PER\n Putin PROPN 3 nsubj I-PER\n said VERB 0 root",
        Some("2019-05-01"),
        &["Olga Putin -> Olga Putin --- person"],
    );
}

#[test]
fn countries_after_the_agent_and_after_the_name() {
    // "from" gives the country like "of" does.
    check(
        "Soldiers NOUN 4 nsubj\n from ADP 3 case\n Armenia PROPN 1 nmod B-LOC\n crossed VERB 0 root",
        None,
        &["Soldiers from Armenia -> Soldiers ARMMIL group", "Armenia -> Armenia ARM state"],
    );
    // An agent that ends the phrase is its head even when the parser hung it on the name.
    check(
        "The DET 2 det\n Kuwaiti ADJ 4 nsubj B-NORP\n government NOUN 2 flat\n said VERB 0 root",
        None,
        &["The Kuwaiti government -> Kuwaiti government KWTGOV organization"],
    );
}

#[test]
fn an_unknown_person_takes_the_possessor_country() {
    check(
        "Armenia PROPN 5 nmod:poss B-LOC\n 's PART 1 case\n Defence PROPN 4 compound\n Minister PROPN 5 compound\n Vardanyan PROPN 6 nsubj B-PER\n spoke VERB 0 root",
        None,
        &["Armenia -> Armenia ARM state", "Defence Minister Vardanyan -> Vardanyan ARMGOV person (Defence Minister)"],
    );
}

#[test]
fn names_in_apposition_to_other_names_are_other_actors() {
    check(
        "Russia PROPN 6 nsubj B-LOC\n , PUNCT 3 punct\n Armenia PROPN 1 appos B-LOC\n and CCONJ 5 cc\n Iran PROPN 3 conj B-LOC\n met VERB 0 root",
        None,
        &["Russia -> Russia RUS state", "Armenia -> Armenia ARM state", "Iran -> Iran IRN state"],
    );
}

#[test]
fn a_surname_mislabelled_by_the_recogniser_is_still_the_person() {
    // The entity recogniser sometimes takes a lone surname for an organisation; an earlier full
    // name in the document decides, for people of the lexicon and others alike.
    check(
        "Toivo PROPN 2 nsubj B-PER\n Klaar PROPN 1 flat I-PER\n arrived VERB 0 root\n\n Klaar PROPN 2 nsubj B-ORG\n added VERB 0 root",
        Some("2019-06-04"),
        &[
            "Toivo Klaar -> Toivo Klaar IGOEU person (EU Special Representative for the South Caucasus and the crisis in Georgia)",
            "Klaar -> Toivo Klaar IGOEU person (EU Special Representative for the South Caucasus and the crisis in Georgia)",
        ],
    );
    check(
        "Anna PROPN 2 nsubj B-PER\n Petrova PROPN 1 flat I-PER\n arrived VERB 0 root\n\n Petrova PROPN 2 nsubj B-ORG\n added VERB 0 root",
        None,
        &["Anna Petrova -> Anna Petrova --- person", "Petrova -> Anna Petrova --- person"],
    );
}

#[test]
fn a_surname_the_recogniser_missed_is_still_the_person() {
    check(
        "Anna PROPN 2 nsubj B-PER\n Petrova PROPN 1 flat I-PER\n arrived VERB 0 root\n\n Petrova PROPN 2 nsubj O\n added VERB 0 root",
        None,
        &["Anna Petrova -> Anna Petrova --- person", "Petrova -> Anna Petrova --- person"],
    );
}
