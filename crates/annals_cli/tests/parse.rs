//! `annals parse` on good and bad input, run as a user runs it: the built binary, real files.
//!
//! Every bad-input case checks the three promises of the readers: a clear message on stderr that
//! names the document, the rest of the batch still processed (in input order), and a non-zero
//! exit status only when nothing at all could be read.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scratch directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("annals-parse-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The result of one run.
struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn annals(args: &[&str], files: &[&Path]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_annals"))
        .arg("parse")
        .args(args)
        .args(files)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8(out.stdout).expect("output is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Ids of the documents in CoNLL-U output, in order.
fn conllu_ids(stdout: &str) -> Vec<&str> {
    stdout.lines().filter_map(|l| l.strip_prefix("# newdoc id = ")).collect()
}

/// Ids of the documents in JSON output, in order.
fn json_ids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_owned())
        .collect()
}

const GOOD: &str = "The foreign minister met the EU envoy in Baku on Monday. They discussed the peace talks.";

/// The same check for every file that must be rejected: alone it fails the run with a message
/// naming the file; next to a good file the run succeeds and the good file is still written.
fn rejected_but_batch_goes_on(s: &Scratch, bad: &Path, expected_message: &str) {
    let alone = annals(&[], &[bad]);
    assert!(!alone.ok, "nothing readable must fail the run");
    assert!(alone.stdout.is_empty(), "{}", alone.stdout);
    let name = bad.display().to_string();
    assert!(alone.stderr.contains(&name), "stderr must name {name}: {}", alone.stderr);
    assert!(alone.stderr.contains(expected_message), "expected {expected_message:?} in {}", alone.stderr);

    let good = s.file("good.txt", GOOD);
    let batch = annals(&[], &[&good, bad, &good]);
    assert!(batch.ok, "{}", batch.stderr);
    assert_eq!(conllu_ids(&batch.stdout), [good.display().to_string(), good.display().to_string()]);
    assert!(batch.stderr.contains(&name), "{}", batch.stderr);
}

#[test]
fn plain_text_is_tokenized_into_conllu() {
    let s = Scratch::new("plain");
    let f = s.file("a.txt", GOOD);
    let run = annals(&["--date", "2019-06-03"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(run.stdout.matches("# text = ").count(), 2, "{}", run.stdout);
    assert!(run.stdout.contains("1\tThe\tthe\tDET\tDT\t"), "{}", run.stdout);
    // Every column is filled: lemma, tags, head and relation, and the entity tag in MISC.
    for line in run.stdout.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        for (i, name) in [(2, "lemma"), (3, "UPOS"), (4, "XPOS"), (6, "HEAD"), (7, "DEPREL")] {
            assert_ne!(cols[i], "_", "{name} missing in {line}");
        }
        assert!(cols[9].contains("NER="), "{line}");
    }
    assert!(run.stdout.contains("\tNER=B-LOC"), "Baku is a place: {}", run.stdout);
}

#[test]
fn json_output_is_one_record_per_document_in_input_order() {
    let s = Scratch::new("json");
    let batch = s.file(
        "b.jsonl",
        format!(
            "{}\n{}\n\n{}\n",
            serde_json::json!({"id": "first", "text": GOOD, "date": "2019-06-03T10:00:00+04:00", "source": "MFA"}),
            serde_json::json!({"id": "second", "text": "Troops withdrew."}),
            serde_json::json!({"id": "third", "text": "Talks resumed in Vienna.", "url": "https://n.example/3"}),
        ),
    );
    let run = annals(&["--format", "json"], &[&batch]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["first", "second", "third"]);
    let first: serde_json::Value = serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["schema"], "annals.parse/1");
    assert_eq!(first["date"], "2019-06-03");
    assert_eq!(first["source"], "MFA");
    assert_eq!(first["sentences"].as_array().unwrap().len(), 2);
    let text = first["text"].as_str().unwrap();
    for t in first["tokens"].as_array().unwrap() {
        let (a, b) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], t["form"].as_str().unwrap(), "token offsets point into the text");
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
        .args(["parse", "-", "--input", "text"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(GOOD.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("# newdoc id = stdin\n"));
}

#[test]
fn conllu_input_keeps_the_given_tokens_and_sentences() {
    let s = Scratch::new("conllu");
    // Tokenization our tokenizer would never produce ("New York-based" as one token, one
    // sentence spanning two), to prove it is kept rather than redone.
    let given = "# newdoc id = g1\n# sent_id = g1-1\n# text = New York-based envoys met. Then left\n\
1\tNew York-based\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tenvoys\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tmet.\t_\t_\t_\t_\t_\t_\t_\t_\n\
4\tThen\t_\t_\t_\t_\t_\t_\t_\t_\n\
5\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let f = s.file("g.conllu", given);
    let run = annals(&["--input", "conllu"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    // The same sentences and tokens come back, now tagged and parsed.
    let shape = |out: &str| -> Vec<Vec<String>> {
        out.split("\n\n")
            .filter(|b| !b.trim().is_empty())
            .map(|b| {
                b.lines()
                    .filter(|l| !l.starts_with('#'))
                    .map(|l| l.split('\t').nth(1).unwrap_or("").to_string())
                    .collect()
            })
            .collect()
    };
    assert_eq!(shape(&run.stdout), shape(given));
    assert!(run.stdout.contains("# text = New York-based envoys met. Then left\n"), "{}", run.stdout);
    assert!(
        run.stdout
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            .all(|l| l.split('\t').nth(3) != Some("_")),
        "{}",
        run.stdout
    );
    // Detected from the extension too.
    assert_eq!(annals(&[], &[&f]).stdout, run.stdout);
}

#[test]
fn an_empty_file_is_named_and_skipped() {
    let s = Scratch::new("empty");
    let empty = s.file("empty.txt", "");
    rejected_but_batch_goes_on(&s, &empty, "empty document");
    let blank = s.file("blank.txt", " \n\t\n");
    rejected_but_batch_goes_on(&s, &blank, "empty document");
}

#[test]
fn binary_junk_is_named_and_skipped() {
    let s = Scratch::new("binary");
    // Deterministic pseudo-random bytes, as in a misplaced image or archive.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let junk: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let bad = s.file("junk.txt", &junk);
    rejected_but_batch_goes_on(&s, &bad, "binary data");
    let controls = s.file("controls.txt", [b'a', 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17].repeat(50));
    rejected_but_batch_goes_on(&s, &controls, "binary data");
}

#[test]
fn invalid_utf8_is_repaired_with_a_warning_naming_the_document() {
    let s = Scratch::new("utf8");
    let mut bytes = b"The minister visited Bak\xfc and Gen\xe8ve on Monday.".to_vec();
    bytes.extend_from_slice(b" He met the envoy.");
    let f = s.file("latin1.txt", &bytes);
    let run = annals(&[], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert!(run.stdout.contains("Bak\u{FFFD}"), "{}", run.stdout);
    assert!(run.stderr.contains("latin1.txt") && run.stderr.contains("2 invalid UTF-8"), "{}", run.stderr);
    // Inside a JSON Lines batch the line is repaired too, and the others are untouched.
    let mut batch = format!("{}\n", serde_json::json!({"id": "ok", "text": GOOD})).into_bytes();
    batch.extend_from_slice(b"{\"id\": \"bad-bytes\", \"text\": \"Caf\xe9 owners protested in Paris on Sunday.\"}\n");
    let f = s.file("b.jsonl", &batch);
    let run = annals(&["--format", "json"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["ok", "bad-bytes"]);
    assert!(run.stderr.contains("bad-bytes") && run.stderr.contains("invalid UTF-8"), "{}", run.stderr);
}

#[test]
fn a_50_mb_single_line_is_read_and_the_batch_goes_on() {
    let s = Scratch::new("huge");
    // One JSON line of 50 MB between two ordinary documents. Its text is a few words around a
    // long unbroken run (a pasted data blob), so the test measures the readers rather than the
    // tokenizer's speed in a debug build.
    let blob = "x".repeat(50 << 20);
    let huge = serde_json::json!({"id": "huge", "text": format!("A blob follows. {blob} End of blob.")}).to_string();
    assert!(huge.len() > 50 << 20);
    let batch = format!(
        "{}\n{huge}\n{}\n",
        serde_json::json!({"id": "before", "text": GOOD}),
        serde_json::json!({"id": "after", "text": GOOD})
    );
    let f = s.file("huge.jsonl", batch);
    let run = annals(&["--format", "json"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["before", "huge", "after"]);
    // The same line as a plain text file.
    let t = s.file("huge.txt", format!("A blob follows. {blob} End of blob."));
    let run = annals(&[], &[&t]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(conllu_ids(&run.stdout), [t.display().to_string()]);
}

#[test]
fn html_without_text_is_named_and_skipped() {
    let s = Scratch::new("html");
    let bad = s.file(
        "empty.html",
        "<!DOCTYPE html><html><head><title>Home</title><script>track()</script></head>\
         <body><nav><a href='/'>Home</a></nav><div class='cookie-banner'>We use cookies.</div></body></html>",
    );
    rejected_but_batch_goes_on(&s, &bad, "no main text");
    let good = s.file(
        "article.html",
        "<html><head><meta property='article:published_time' content='2019-06-03'></head><body>\
         <article><p>The foreign minister met the EU envoy in Baku.</p><p>They discussed the talks.</p></article>\
         <footer>© 2024 Example</footer></body></html>",
    );
    let run = annals(&["--format", "json"], &[&good]);
    assert!(run.ok, "{}", run.stderr);
    let rec: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(rec["text"], "The foreign minister met the EU envoy in Baku.\n\nThey discussed the talks.");
    assert_eq!(rec["date"], "2019-06-03");
}

#[test]
fn a_malformed_json_line_is_named_and_the_batch_goes_on() {
    let s = Scratch::new("malformed");
    let batch = format!(
        "{}\n{}\n{{\"id\": \"broken-7\", \"text\": \"unterminated\n{}\n",
        serde_json::json!({"id": "a", "text": GOOD}),
        serde_json::json!({"id": "b", "text": GOOD}),
        serde_json::json!({"id": "c", "text": GOOD}),
    );
    let f = s.file("batch.jsonl", batch);
    let run = annals(&["--format", "json"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["a", "b", "c"]);
    let expected = format!("{}:3 (id \"broken-7\"): malformed JSON", f.display());
    assert!(run.stderr.contains(&expected), "expected {expected:?} in {}", run.stderr);
    // A line without text is named the same way.
    let f = s.file("notext.jsonl", "{\"id\": \"t1\", \"title\": \"x\"}\n");
    let run = annals(&[], &[&f]);
    assert!(!run.ok);
    assert!(run.stderr.contains("notext.jsonl:1 (id \"t1\"): no \"text\" field"), "{}", run.stderr);
}

#[test]
fn a_non_english_document_is_named_and_skipped() {
    let s = Scratch::new("language");
    let german = "Der Außenminister traf sich am Montag in Berlin mit seinem Amtskollegen, um über die \
                  Lage in der Region zu sprechen. Beide Seiten betonten die Bedeutung weiterer Gespräche.";
    let batch = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "en-1", "text": GOOD}),
        serde_json::json!({"id": "de-1", "text": german}),
        serde_json::json!({"id": "en-2", "text": "Azerbaijan FM meets EU envoy"}),
    );
    let f = s.file("mixed.jsonl", batch);
    let run = annals(&["--format", "json"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["en-1", "en-2"], "a short English headline must be kept");
    assert!(
        run.stderr.contains("mixed.jsonl:2 (id \"de-1\"): the text looks German (deu), not English"),
        "{}",
        run.stderr
    );
    let de = s.file("de.txt", german);
    rejected_but_batch_goes_on(&s, &de, "not English");
}

#[test]
fn feeds_give_one_document_per_item() {
    let s = Scratch::new("feed");
    let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World</title>\
<item><title>Ministers meet</title><guid>i1</guid><pubDate>Mon, 03 Jun 2019 10:00:00 +0400</pubDate>\
<description>&lt;p&gt;The ministers met in Baku.&lt;/p&gt;</description></item>\
<item><title>Talks resume</title><guid>i2</guid><description>Talks resumed in Vienna.</description></item>\
</channel></rss>";
    let f = s.file("world.xml", rss);
    let run = annals(&["--format", "json"], &[&f]);
    assert!(run.ok, "{}", run.stderr);
    assert_eq!(json_ids(&run.stdout), ["i1", "i2"]);
    let first: serde_json::Value = serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["source"], "World");
    assert_eq!(first["date"], "2019-06-03");
}

#[test]
fn a_closed_output_pipe_is_success() {
    let s = Scratch::new("pipe");
    let lines: String =
        (0..2000).map(|i| format!("{}\n", serde_json::json!({"id": format!("d{i}"), "text": GOOD}))).collect();
    let f = s.file("many.jsonl", lines);
    let mut child = Command::new(env!("CARGO_BIN_EXE_annals"))
        .arg("parse")
        .arg(&f)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?} {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn a_missing_file_is_named_and_the_others_are_read() {
    let s = Scratch::new("missing");
    let good = s.file("good.txt", GOOD);
    let missing = s.0.join("nope.txt");
    let run = annals(&[], &[&missing, &good]);
    assert!(run.ok);
    assert!(run.stderr.contains("nope.txt: cannot read"), "{}", run.stderr);
    assert_eq!(conllu_ids(&run.stdout).len(), 1);
}
