//! Development error analysis: tag a development treebank with a model file and break the UPOS
//! errors down by whether the word was seen in training, with the commonest confusions and some
//! examples in context. Not part of the shipped tools.
//!
//! Usage: `tagerr MODEL.apm TRAIN.conllu DEV.conllu [examples]`

use annals_doc::{Doc, parse_conllu};
use annals_tagger::Tagger;
use std::collections::{HashMap, HashSet};

fn read(path: &str) -> Vec<Doc> {
    let text = std::fs::read_to_string(path).expect("readable treebank");
    parse_conllu(&text, path).docs
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let tagger = Tagger::from_bytes(&std::fs::read(&args[1]).expect("model")).expect("loads");
    let train = read(&args[2]);
    let dev = read(&args[3]);
    let show: usize = args.get(4).map_or(0, |s| s.parse().expect("number"));
    let known: HashSet<String> =
        train.iter().flat_map(|d| (0..d.tokens.len()).map(move |i| d.form(i).to_string())).collect();
    let (mut n, mut right, mut unk, mut unk_right) = (0usize, 0usize, 0usize, 0usize);
    let mut conf: HashMap<(String, String, bool), usize> = HashMap::new();
    let mut shown = 0;
    for g in &dev {
        for s in &g.sentences {
            let (a, b) = (s.tokens.start as usize, s.tokens.end as usize);
            let words: Vec<&str> = (a..b).map(|i| g.form(i)).collect();
            let pred = tagger.tag_words(&words);
            for (k, p) in pred.iter().enumerate() {
                let t = &g.tokens[a + k];
                let is_known = known.contains(words[k]);
                n += 1;
                let ok = t.upos == p.upos;
                right += ok as usize;
                if !is_known {
                    unk += 1;
                    unk_right += ok as usize;
                }
                if !ok {
                    let gu = t.upos.map_or("_", |u| u.as_str()).to_string();
                    let pu = p.upos.map_or("_", |u| u.as_str()).to_string();
                    *conf.entry((gu.clone(), pu.clone(), is_known)).or_default() += 1;
                    if shown < show {
                        shown += 1;
                        let ctx: Vec<String> = words
                            .iter()
                            .enumerate()
                            .skip(k.saturating_sub(4))
                            .take(9)
                            .map(|(j, w)| if j == k { format!("[{w}]") } else { w.to_string() })
                            .collect();
                        println!("{gu:>6} → {pu:<6} {} {}", if is_known { " " } else { "*" }, ctx.join(" "));
                    }
                }
            }
        }
    }
    println!(
        "UPOS {:.2} % of {n}; known {:.2} % of {}; unknown {:.2} % of {unk}",
        100.0 * right as f64 / n as f64,
        100.0 * (right - unk_right) as f64 / (n - unk) as f64,
        n - unk,
        100.0 * unk_right as f64 / unk as f64
    );
    let mut v: Vec<_> = conf.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((g, p, k), c) in v.iter().take(25) {
        println!("{g:>6} → {p:<6} {} {c}", if *k { "known" } else { "UNKNOWN" });
    }
}
