//! Places of a whole document, from hand-built Docs whose LOC entities stand in for the
//! recogniser's output.

use annals_doc::{Doc, Entity, EntityLabel, Span};
use annals_gazetteer::{Context, DocPlaces, Gazetteer};

/// A Doc over `text` with an entity for each `(surface, label)`, found left to right.
fn doc(text: &str, entities: &[(&str, EntityLabel)]) -> Doc {
    let mut d = Doc::new("test", text);
    let mut from = 0;
    for &(surface, label) in entities {
        let start = from + text[from..].find(surface).unwrap_or_else(|| panic!("{surface:?} not in text"));
        let span = Span::new(start, start + surface.len());
        d.entities.push(Entity { tokens: 0..0, span, label });
        from = start + surface.len();
    }
    d
}

/// Each mention as `text → name|precision|country`.
fn check(text: &str, locs: &[&str], expected: &[&str]) -> DocPlaces {
    let entities: Vec<(&str, EntityLabel)> = locs.iter().map(|l| (*l, EntityLabel::Loc)).collect();
    let d = doc(text, &entities);
    let places = Gazetteer::shared().unwrap().resolve_doc(&d, &Context::new());
    let got: Vec<String> = places
        .mentions
        .iter()
        .map(|m| {
            let p = &places.places[m.place];
            format!("{} → {}|{}|{}", d.slice(m.span), p.name, p.precision, p.country.as_deref().unwrap_or("-"))
        })
        .collect();
    assert_eq!(got, expected);
    places
}

#[test]
fn worked_example() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/mfa-klaar-meeting.txt"))
        .expect("test data");
    let places = check(
        &text,
        &[
            "South Caucasus",
            "Armenia-Azerbaijan",
            "Nagorno-Karabakh",
            "Moscow",
            "Armenia",
            "Azerbaijan",
            "Nagorno-Karabakh",
        ],
        &[
            "South Caucasus → South Caucasus|region|-",
            "Armenia → Armenia|country|ARM",
            "Azerbaijan → Azerbaijan|country|AZE",
            "Nagorno-Karabakh → Nagorno-Karabakh|region|AZE",
            "Moscow → Moscow|city|RUS",
            "Armenia → Armenia|country|ARM",
            "Azerbaijan → Azerbaijan|country|AZE",
            "Nagorno-Karabakh → Nagorno-Karabakh|region|AZE",
        ],
    );
    // Repeated mentions share one place: South Caucasus, Armenia, Azerbaijan, Nagorno-Karabakh, Moscow.
    assert_eq!(places.places.len(), 5);
    assert_eq!(places.places.iter().find(|p| p.name == "Moscow").unwrap().geonameid, Some(524901));
    assert!(places.unresolved.is_empty());
}

#[test]
fn other_places_in_the_document_are_context() {
    check(
        "Storms hit Georgia and Atlanta.",
        &["Georgia", "Atlanta"],
        &["Georgia → Georgia|admin1|USA", "Atlanta → Atlanta|city|USA"],
    );
    check(
        "Protests in Georgia spread from Tbilisi.",
        &["Georgia", "Tbilisi"],
        &["Georgia → Georgia|country|GEO", "Tbilisi → Tbilisi|city|GEO"],
    );
    check(
        "Officials in Pakistan said Hyderabad was flooded.",
        &["Pakistan", "Hyderabad"],
        &["Pakistan → Pakistan|country|PAK", "Hyderabad → Hyderabad|city|PAK"],
    );
}

#[test]
fn possessives_and_surrounding_punctuation_are_trimmed() {
    let places = check(
        "Azerbaijan's territory (\"Moscow\")",
        &["Azerbaijan's", "\"Moscow\""],
        &["Azerbaijan → Azerbaijan|country|AZE", "Moscow → Moscow|city|RUS"],
    );
    assert_eq!(places.mentions[0].span, Span::new(0, 10));
    // A name that itself ends in 's keeps it.
    check("Flights to St. John's resumed.", &["St. John's"], &["St. John's → Saint John’s|city|ATG"]);
}

#[test]
fn compounds_split_only_when_every_part_is_a_place() {
    check(
        "the Armenia-Azerbaijan Nagorno-Karabakh conflict",
        &["Armenia-Azerbaijan Nagorno-Karabakh"],
        &[
            "Armenia → Armenia|country|ARM",
            "Azerbaijan → Azerbaijan|country|AZE",
            "Nagorno-Karabakh → Nagorno-Karabakh|region|AZE",
        ],
    );
    check("in the Moscow region", &["Moscow region"], &["Moscow → Moscow|city|RUS"]);
    check("shelling in Eastern Ukraine", &["Eastern Ukraine"], &["Ukraine → Ukraine|country|UKR"]);
    check("a road in East Jerusalem", &["East Jerusalem"], &["East Jerusalem → East Jerusalem|city|PSE"]);
    check("talks in Baku and Yerevan", &["Baku and Yerevan"], &["Baku → Baku|city|AZE", "Yerevan → Yerevan|city|ARM"]);
    check(
        "the Armenia/Azerbaijan border",
        &["Armenia/Azerbaijan"],
        &["Armenia → Armenia|country|ARM", "Azerbaijan → Azerbaijan|country|AZE"],
    );
    let places = check("the Armenia-Narnia border", &["Armenia-Narnia"], &[]);
    assert_eq!(places.unresolved, [Span::new(4, 18)]);
}

#[test]
fn only_loc_entities_are_resolved_and_bad_spans_do_not_panic() {
    let d = doc("Paris Hilton visited Paris.", &[("Paris Hilton", EntityLabel::Per), ("Paris", EntityLabel::Loc)]);
    let g = Gazetteer::shared().unwrap();
    let places = g.resolve_doc(&d, &Context::new());
    assert_eq!(places.mentions.len(), 1);
    assert_eq!(places.mentions[0].span, Span::new(21, 26));
    assert_eq!(places.mentions[0].entity, Some(1));
    assert_eq!(places.place_at(Span::new(18, 27)).map(|p| p.name.as_str()), Some("Paris"));

    let text = "Łódź";
    let bad = [(Span::new(1, 3), None), (Span::new(2, 99), None), (Span::new(0, 0), None)];
    let places = g.resolve_spans(text, &bad, &Context::new());
    assert!(places.mentions.is_empty());
    assert_eq!(places.unresolved.len(), 3);
}

#[test]
fn an_empty_document_has_no_places() {
    let places = Gazetteer::shared().unwrap().resolve_doc(&Doc::new("empty", ""), &Context::new());
    assert_eq!(places, DocPlaces::default());
}
