//! Development experiment: train a tagger with settings from the command line and report its
//! development-set accuracy (never the test set). Not part of the shipped tools; `annals train
//! tagger` is the real command.
//!
//! Usage: `tagexp TRAIN.conllu DEV.conllu [key=value ...] [out=model.apm]`

use annals_doc::{Doc, parse_conllu};
use annals_tagger::{Tagger, TrainConfig};

fn read(path: &str) -> Vec<Doc> {
    let text = std::fs::read_to_string(path).expect("readable treebank");
    parse_conllu(&text, path).docs
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let train = read(&args[1]);
    let dev = read(&args[2]);
    let mut cfg = TrainConfig::default();
    let mut out = None;
    for kv in &args[3..] {
        let (k, v) = kv.split_once('=').expect("key=value");
        match k {
            "epochs" => cfg.epochs = v.parse().expect("number"),
            "beam" => cfg.beam = v.parse().expect("number"),
            "passes" => cfg.passes = v.parse().expect("number"),
            "seed" => cfg.seed = v.parse().expect("number"),
            "out" => out = Some(v.to_string()),
            "lexicon" => {
                cfg.names.add_lexicon(&std::fs::read_to_string(v).expect("lexicon"));
            }
            "cities" => {
                cfg.names.add_geonames_cities(&std::fs::read_to_string(v).expect("cities"), 15_000).expect("json");
            }
            "regions" => {
                cfg.names.add_regions_json(&std::fs::read_to_string(v).expect("regions")).expect("json");
            }
            _ => panic!("unknown setting {k}"),
        }
    }
    let t = std::time::Instant::now();
    let tagger = Tagger::train_with_progress(&cfg, &train, Some(&dev), &mut |p| {
        eprintln!(
            "{} epoch {}/{} train {:.2} dev UPOS {:.2} label {:.2} ({:.0} s)",
            p.stage,
            p.epoch,
            p.epochs,
            p.train_accuracy,
            p.dev_upos.unwrap_or(0.0),
            p.dev_label.unwrap_or(0.0),
            t.elapsed().as_secs_f64()
        );
    })
    .expect("trains");
    eprintln!("{}", tagger.summary());
    if let Some(o) = out {
        std::fs::write(o, tagger.to_bytes()).expect("writable");
    }
}
