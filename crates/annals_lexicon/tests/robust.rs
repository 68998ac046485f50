//! Dictionary readers never panic, whatever bytes a user's file holds: every line they cannot
//! use becomes a reported problem.

use annals_lexicon::format::parse_records;
use annals_lexicon::petrarch;
use annals_lexicon::{LexiconBuilder, Piece};
use proptest::prelude::*;

/// Lines built from the characters the formats give meaning to, plus arbitrary text.
fn dictionary_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[@+\\-~&!{}\\[\\]()<>#;:|_$%^* \t0-9A-Za-zÀ-ž.=?'\"]{0,40}",
        "@[a-z]{1,8} [A-Z]{0,6}",
        "[a-z\\-]{1,8}: [A-Za-z |0-9.\\-?]{0,30}",
        "[A-Z_]{1,12} ?\\[[A-Z]{0,6} ?[<>]?[0-9]{0,8}-?[0-9]{0,8}\\]",
        "- [A-Z*$+%^&(){} ]{0,20} \\[[0-9:\\-]{0,7}\\]",
        ".{0,30}",
    ];
    proptest::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn readers_never_panic(text in dictionary_text()) {
        let mut problems = Vec::new();
        let _ = parse_records(&text, "fuzz.lex", &mut problems);
        let _ = petrarch::actors::read(&text, "fuzz");
        let _ = petrarch::agents::read(&text, "fuzz");
        let _ = petrarch::discards::read(&text, "fuzz");
        let _ = petrarch::verbs::read(&text, "fuzz");
        let _ = petrarch::issues::read(&text, "fuzz");
        let _ = petrarch::ontology::read(&text, "fuzz");
        let mut builder = LexiconBuilder::new();
        builder.add_lex(&text, "fuzz.lex");
        let (lexicon, _) = builder.build();
        let pieces = Piece::split(&text);
        for at in 0..pieces.len().min(20) {
            let _ = lexicon.index().find_at(&pieces, at);
        }
    }

    #[test]
    fn every_problem_names_a_line_of_the_file(text in dictionary_text()) {
        let lines = text.lines().count();
        let mut builder = LexiconBuilder::new();
        builder.add_lex(&text, "fuzz.lex");
        for p in builder.problems() {
            prop_assert!(p.line >= 1 && p.line <= lines, "{p}");
        }
    }
}
