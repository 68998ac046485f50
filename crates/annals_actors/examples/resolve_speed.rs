//! Throughput of actor resolution on the hand-annotated worked example, repeated to make a long
//! batch (resolution only: the document is already tagged, parsed and NER-tagged). Run in
//! release mode: `cargo run --release -p annals_actors --example resolve_speed -- 300`.

use annals_actors::Resolver;
use annals_doc::parse_conllu;
use annals_lexicon::{Lexicon, NaiveDate};
use std::time::Instant;

fn main() {
    let copies: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(300).max(1);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mfa-klaar-meeting.conllu");
    let text = std::fs::read_to_string(path).expect("the example CoNLL-U");
    let doc = parse_conllu(&text, "example").docs.remove(0);
    let start = Instant::now();
    let lexicon = Lexicon::builtin();
    let load = start.elapsed();
    let resolver = Resolver::new(&lexicon);
    let date = NaiveDate::from_ymd_opt(2019, 6, 3);
    let start = Instant::now();
    let mut actors = 0;
    for _ in 0..copies {
        actors += resolver.resolve_on(&doc, date).actors.len();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let tokens = doc.tokens.len() * copies;
    println!(
        "lexicon load {:.1} ms; resolved {copies} documents ({tokens} tokens, {actors} actors) in {:.3} s: {:.0} tokens/s",
        load.as_secs_f64() * 1000.0,
        elapsed,
        tokens as f64 / elapsed
    );
}
