//! The coded record from hand-analysed documents (CoNLL-U written by hand, so no model is
//! needed): field names of the contract, JSON round trip, ids and references, and the facts an
//! analyst reads from one event — who, whom, when, where, how many, and who says so.

use annals_engine::{Engine, EngineOptions};
use annals_record::DocRecord;
use std::collections::HashSet;
use std::sync::OnceLock;

/// One engine for every test: it takes documents that arrive tokenized, tagged and parsed.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(&EngineOptions { preanalysed: true, ..EngineOptions::default() }).expect("engine loads")
    })
}

/// Code a document given as CoNLL-U with the given publication date.
fn code(conllu: &str, date: Option<&str>) -> DocRecord {
    let parsed = annals_doc::parse_conllu(conllu, "test");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let mut doc = parsed.docs.into_iter().next().expect("one document");
    doc.meta.date = date.map(|d| d.parse().expect("a date"));
    engine().code(doc)
}

/// "Armenian soldiers killed two Azerbaijani servicemen near Baku on June 3, officials said."
const KILLING: &str = "\
# newdoc id = killing
# newpar
# text = Armenian soldiers killed two Azerbaijani servicemen near Baku on June 3, officials said.
1\tArmenian\tArmenian\tADJ\tJJ\t_\t2\tamod\t_\tNER=B-NORP
2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\tNER=O
3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\tNER=O
4\ttwo\ttwo\tNUM\tCD\t_\t6\tnummod\t_\tNER=O
5\tAzerbaijani\tAzerbaijani\tADJ\tJJ\t_\t6\tamod\t_\tNER=B-NORP
6\tservicemen\tserviceman\tNOUN\tNNS\t_\t3\tobj\t_\tNER=O
7\tnear\tnear\tADP\tIN\t_\t8\tcase\t_\tNER=O
8\tBaku\tBaku\tPROPN\tNNP\t_\t3\tobl\t_\tNER=B-LOC
9\ton\ton\tADP\tIN\t_\t10\tcase\t_\tNER=O
10\tJune\tJune\tPROPN\tNNP\t_\t3\tobl\t_\tNER=O
11\t3\t3\tNUM\tCD\t_\t10\tnummod\t_\tSpaceAfter=No|NER=O
12\t,\t,\tPUNCT\t,\t_\t14\tpunct\t_\tNER=O
13\tofficials\tofficial\tNOUN\tNNS\t_\t14\tnsubj\t_\tNER=O
14\tsaid\tsay\tVERB\tVBD\t_\t3\tparataxis\t_\tSpaceAfter=No|NER=O
15\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tNER=O

";

#[test]
fn field_names_follow_the_contract() {
    let record = code(KILLING, Some("2019-06-04"));
    let json = serde_json::to_value(&record).expect("serialises");
    let keys = |v: &serde_json::Value| -> HashSet<String> {
        v.as_object().expect("an object").keys().cloned().collect::<HashSet<_>>()
    };
    let has = |v: &serde_json::Value, want: &[&str]| {
        let k = keys(v);
        for w in want {
            assert!(k.contains(*w), "missing `{w}` in {v}");
        }
    };
    has(
        &json,
        &[
            "schema",
            "id",
            "date",
            "source",
            "url",
            "text",
            "sentences",
            "entities",
            "actors",
            "places",
            "times",
            "claims",
            "events",
        ],
    );
    assert_eq!(json["schema"], "annals.doc/1");
    has(&json["sentences"][0], &["start", "end"]);
    has(&json["entities"][0], &["id", "start", "end", "text", "label", "actor"]);
    has(&json["actors"][0], &["id", "name", "code", "country", "sectors", "kind", "role"]);
    has(&json["places"][0], &["id", "name", "country", "lat", "lon", "geonameid", "precision"]);
    has(&json["times"][0], &["id", "start", "end", "text", "value", "granularity"]);
    has(&json["claims"][0], &["id", "speaker", "cue", "content"]);
    has(&json["claims"][0]["cue"], &["start", "end", "text"]);
    let event = &json["events"][0];
    has(
        event,
        &[
            "id",
            "sentence",
            "trigger",
            "type",
            "mode",
            "contexts",
            "cameo",
            "quad_class",
            "goldstein",
            "source",
            "target",
            "date",
            "place",
            "magnitude",
            "modality",
            "claim",
            "confidence",
        ],
    );
    has(&event["date"], &["value", "granularity", "basis", "time"]);
    has(&event["magnitude"], &["killed", "injured", "displaced", "arrested", "size"]);
    has(&event["magnitude"]["killed"], &["min", "max", "text"]);
    has(&event["source"][0], &["actor", "start", "end", "text"]);
}

#[test]
fn the_record_reads_back_unchanged() {
    for date in [Some("2019-06-04"), None] {
        let record = code(KILLING, date);
        let line = serde_json::to_string(&record).expect("serialises");
        assert!(!line.contains('\n'), "one record is one line of JSON Lines");
        let back: DocRecord = serde_json::from_str(&line).expect("reads back");
        assert_eq!(back, record);
    }
}

#[test]
fn one_event_with_who_whom_when_where_how_many_and_who_says_so() {
    let r = code(KILLING, Some("2019-06-04"));
    let actor = |id: &str| r.actors.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no actor {id}"));
    let killing = r.events.iter().find(|e| e.trigger.text == "killed").expect("the killing is coded");
    assert_eq!(killing.event_type, "ASSAULT");
    assert_eq!(killing.quad_class, 4);
    assert!(killing.goldstein < 0.0);
    assert_eq!(actor(&killing.source[0].actor).code, "ARMMIL");
    assert_eq!(killing.source[0].text, "Armenian soldiers");
    assert_eq!(actor(&killing.target[0].actor).code, "AZEMIL");
    let killed = killing.magnitude.killed.as_ref().expect("a casualty figure");
    assert_eq!((killed.min, killed.max, killed.text.as_str()), (Some(2.0), Some(2.0), "two"));
    assert_eq!((killing.date.value.as_str(), killing.date.basis.as_str()), ("2019-06-03", "text"));
    let time = r.times.iter().find(|t| Some(&t.id) == killing.date.time.as_ref()).expect("the date's time");
    assert_eq!(time.text, "June 3");
    let place = r.places.iter().find(|p| Some(&p.id) == killing.place.as_ref()).expect("a place");
    assert_eq!((place.name.as_str(), place.country.as_deref()), ("Baku", Some("AZE")));
    assert_eq!(killing.modality, "asserted");
    // Attributed to the officials, who are an actor of their own, not to the narrator.
    let claim = r.claims.iter().find(|c| Some(&c.id) == killing.claim.as_ref()).expect("a claim");
    assert_eq!(claim.cue.text, "said");
    let speaker = actor(&claim.speaker);
    assert!(speaker.code.ends_with("GOV"), "{speaker:?}");
    assert!((0.0..=1.0).contains(&killing.confidence));
    // "said" itself is a statement: a claim, not an event.
    assert!(r.events.iter().all(|e| !e.cameo.starts_with("01")), "{:?}", r.events);
}

#[test]
fn without_a_publication_date_june_3_is_a_partial_date() {
    let r = code(KILLING, None);
    let killing = r.events.iter().find(|e| e.trigger.text == "killed").expect("coded");
    assert_eq!((killing.date.value.as_str(), killing.date.basis.as_str()), ("XXXX-06-03", "text"));
    assert_eq!(r.date, None);
}

#[test]
fn ids_are_in_text_order_and_every_reference_resolves() {
    let r = code(KILLING, Some("2019-06-04"));
    let numbered = |prefix: &str, ids: Vec<&str>| {
        for (k, id) in ids.iter().enumerate() {
            assert_eq!(*id, format!("{prefix}{}", k + 1));
        }
    };
    numbered("e", r.entities.iter().map(|x| x.id.as_str()).collect());
    numbered("a", r.actors.iter().map(|x| x.id.as_str()).collect());
    numbered("p", r.places.iter().map(|x| x.id.as_str()).collect());
    numbered("t", r.times.iter().map(|x| x.id.as_str()).collect());
    numbered("c", r.claims.iter().map(|x| x.id.as_str()).collect());
    numbered("v", r.events.iter().map(|x| x.id.as_str()).collect());
    assert!(r.entities.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(r.times.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(r.events.windows(2).all(|w| (w[0].sentence, w[0].trigger.start) <= (w[1].sentence, w[1].trigger.start)));

    let actors: HashSet<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    let places: HashSet<&str> = r.places.iter().map(|p| p.id.as_str()).collect();
    let times: HashSet<&str> = r.times.iter().map(|t| t.id.as_str()).collect();
    let claims: HashSet<&str> = r.claims.iter().map(|c| c.id.as_str()).collect();
    for e in &r.entities {
        assert!(e.actor.as_deref().is_none_or(|a| actors.contains(a)), "{e:?}");
        assert_eq!(&r.text[e.start as usize..e.end as usize], e.text);
    }
    for c in &r.claims {
        assert!(c.speaker == "narrator" || actors.contains(c.speaker.as_str()), "{c:?}");
        assert_eq!(&r.text[c.cue.start as usize..c.cue.end as usize], c.cue.text);
        assert!(c.content.start <= c.content.end && c.content.end as usize <= r.text.len());
    }
    for e in &r.events {
        for arg in e.source.iter().chain(&e.target) {
            assert!(actors.contains(arg.actor.as_str()), "{arg:?}");
            assert_eq!(&r.text[arg.start as usize..arg.end as usize], arg.text);
        }
        assert!(e.place.as_deref().is_none_or(|p| places.contains(p)));
        assert!(e.date.time.as_deref().is_none_or(|t| times.contains(t)));
        assert!(e.claim.as_deref().is_none_or(|c| claims.contains(c)));
        assert!(e.sentence < r.sentences.len());
        assert_eq!(&r.text[e.trigger.start as usize..e.trigger.end as usize], e.trigger.text);
    }
    // The same input always gives the same record.
    assert_eq!(code(KILLING, Some("2019-06-04")), r);
}

/// "Gondor" is nobody the lexicon knows; the speaker phrase still becomes an actor.
#[test]
fn an_unknown_speaker_phrase_is_an_actor() {
    let conllu = "\
# newdoc id = speakers
# text = The report said that Armenia attacked Azerbaijan.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tNER=O
2\treport\treport\tNOUN\tNN\t_\t3\tnsubj\t_\tNER=O
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tNER=O
4\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\tNER=O
5\tArmenia\tArmenia\tPROPN\tNNP\t_\t6\tnsubj\t_\tNER=B-LOC
6\tattacked\tattack\tVERB\tVBD\t_\t3\tccomp\t_\tNER=O
7\tAzerbaijan\tAzerbaijan\tPROPN\tNNP\t_\t6\tobj\t_\tSpaceAfter=No|NER=B-LOC
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tNER=O

";
    let r = code(conllu, None);
    assert_eq!(r.claims.len(), 1, "{:?}", r.claims);
    let speaker = r.actors.iter().find(|a| a.id == r.claims[0].speaker).expect("the speaker is an actor");
    assert_eq!((speaker.name.as_str(), speaker.code.as_str()), ("report", "---"));
    let attack = r.events.iter().find(|e| e.trigger.text == "attacked").expect("coded");
    assert_eq!(attack.claim.as_deref(), Some(r.claims[0].id.as_str()));
    assert_eq!(attack.date.basis, "unknown");
    assert_eq!(attack.date.value, "XXXX-XX-XX");
}
