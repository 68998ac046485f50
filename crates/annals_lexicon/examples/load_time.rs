//! Measure how long the built-in lexicon takes to load (`annals lexicon check --repeat N` does
//! the same through the CLI). Run in release mode:
//! `cargo run --release -p annals_lexicon --example load_time -- 20`.

use annals_lexicon::LexiconBuilder;
use std::time::Instant;

fn main() {
    let repeat: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10).max(1);
    let mut times = Vec::with_capacity(repeat);
    let mut phrases = 0;
    for _ in 0..repeat {
        let start = Instant::now();
        let (lexicon, problems) = LexiconBuilder::with_builtin().build();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(problems.is_empty(), "{problems:?}");
        phrases = lexicon.index().len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "built-in lexicon ({phrases} phrases): fastest {:.1} ms, median {:.1} ms, slowest {:.1} ms over {repeat} loads",
        times[0],
        times[repeat / 2],
        times[repeat - 1]
    );
}
