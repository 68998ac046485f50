//! The PETRARCH importer on a committed sample of every dictionary kind, and on the published
//! PETRARCH2 and validation-suite dictionaries when `../shared/data` is present. The sample runs
//! everywhere (CI has no corpora), so the test never passes vacuously.

use annals_lexicon::petrarch::{self, FileKind};
use annals_lexicon::{Lexicon, LexiconBuilder, NaiveDate, Piece, Target};
use std::path::{Path, PathBuf};

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/petrarch").join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn sample_actors() {
    let dict = petrarch::actors::read(&read(&sample("Sample.actors.txt")), "Sample.actors.txt");
    assert_eq!(dict.actors.len(), 7);
    assert_eq!(dict.phrase_count(), 10);
    assert_eq!(dict.problems.len(), 1);
    assert_eq!(dict.problems[0].line, 22);
    assert!(dict.problems[0].message.contains("starts with a date"), "{}", dict.problems[0]);
}

#[test]
fn sample_agents_discards_issues() {
    let agents = petrarch::agents::read(&read(&sample("Sample.agents.txt")), "a");
    assert_eq!(agents.agents.len(), 4);
    assert_eq!(agents.phrase_count(), 7);
    assert_eq!(agents.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [7]);
    let discards = petrarch::discards::read(&read(&sample("Sample.discards.txt")), "d");
    assert_eq!(discards.discards.len(), 2);
    assert!(discards.discards[0].story && discards.discards[1].whole_word);
    let issues = petrarch::issues::read(&read(&sample("Sample.IssueCoding.txt")), "i");
    assert_eq!(issues.entry_count(), 2);
    assert_eq!(issues.categories[0].entries[0].forms, ["peace talk", "peace talks"]);
}

#[test]
fn sample_verbs() {
    let dict = petrarch::verbs::read(&read(&sample("Sample.verbs.txt")), "v");
    assert_eq!(dict.synsets.len(), 1);
    assert_eq!(dict.blocks.len(), 2);
    assert_eq!(dict.verb_count(), 3);
    assert_eq!(dict.pattern_count(), 4);
    assert_eq!(dict.transformations.len(), 1);
    assert_eq!(dict.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [16]);
    let meet = &dict.blocks[0].verbs[0];
    let forms: Vec<String> = meet.forms().iter().map(|f| f.words.join(" ")).collect();
    assert_eq!(forms, ["MEET", "MEETS", "MET", "MEETING"]);
    assert_eq!(dict.blocks[0].patterns[1].code.to_string(), "042:043");
}

#[test]
fn imported_actors_and_agents_code_mentions() {
    let mut builder = LexiconBuilder::new();
    builder.add_path(&sample("Sample.actors.txt")).unwrap();
    builder.add_path(&sample("Sample.agents.txt")).unwrap();
    let (lexicon, problems) = builder.build();
    assert_eq!(problems.len(), 2, "{problems:?}");
    let person = |text: &str| {
        let pieces = Piece::split(text);
        match lexicon.index().find_at(&pieces, 0).first().map(|m| m.target) {
            Some(Target::Name(id)) => id,
            other => panic!("{text}: {other:?}"),
        }
    };
    let elmar = person("Elmar Mammadyarov");
    let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(lexicon.coding(elmar, on(2019, 6, 3), None).unwrap().code.to_string(), "AZEGOV");
    assert_eq!(lexicon.coding(elmar, on(2021, 6, 3), None).unwrap().code.to_string(), "AZEELI");
    assert_eq!(lexicon.coding(person("Toivo Klaar"), on(2030, 1, 1), None).unwrap().code.to_string(), "ELI");
    assert!(lexicon.coding(person("OSCE observer"), None, None).is_none());
    // Phrases without a trailing `_` are stems only when asked for (TABARI behaviour).
    assert!(lexicon.index().find_at(&Piece::split("Argentine"), 0).is_empty());
    let mut stems = LexiconBuilder::new();
    stems.petrarch_stems = true;
    stems.add_path(&sample("Sample.actors.txt")).unwrap();
    let (stemmed, _) = stems.build();
    assert!(!stemmed.index().find_at(&Piece::split("Argentine"), 0).is_empty());
    let servicemen = lexicon.index().find_at(&Piece::split("servicemen"), 0);
    assert!(matches!(servicemen[0].target, Target::Agent(_)), "{servicemen:?}");
}

/// Every dictionary in the published PETRARCH2 and validation-suite directories imports; the
/// lines that cannot be used are exactly the known malformed ones.
#[test]
fn published_dictionaries_import_when_present() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/cameo");
    let dirs = [root.join("petrarch2"), root.join("validate-2.02")];
    if !dirs.iter().all(|d| d.is_dir()) {
        eprintln!("../shared/data/cameo not present: only the committed samples were checked");
        return;
    }
    let mut files = 0;
    let mut problems = 0;
    for dir in &dirs {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Some(kind) = FileKind::detect(&name) else { continue };
            files += 1;
            let text = read(&path);
            problems += match kind {
                FileKind::Actors => {
                    let d = petrarch::actors::read(&text, &name);
                    assert!(d.actors.len() > 100, "{name}");
                    d.problems.len()
                }
                FileKind::Agents => petrarch::agents::read(&text, &name).problems.len(),
                FileKind::Discards => petrarch::discards::read(&text, &name).problems.len(),
                FileKind::Verbs => {
                    let d = petrarch::verbs::read(&text, &name);
                    assert!(d.pattern_count() > 300, "{name}");
                    d.problems.len()
                }
                FileKind::Issues => petrarch::issues::read(&text, &name).problems.len(),
                FileKind::Ontology => petrarch::ontology::read(&text, &name).problems.len(),
            };
        }
    }
    assert_eq!(files, 16);
    // Malformed lines in the published files (bad dates, a pattern without `-`, undefined
    // synsets…), each listed by `annals lexicon import-petrarch`.
    assert_eq!(problems, 30);
    // The whole published set loads as a lexicon layered over the built-in one.
    let mut builder = LexiconBuilder::with_builtin();
    builder.add_path(&dirs[0]).unwrap();
    let (lexicon, _) = builder.build();
    assert!(lexicon.entries().len() > 25_000);
    assert!(!Lexicon::builtin().entries().is_empty());
}
