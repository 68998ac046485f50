//! Token, word and sentence boundary scores, matching by character span.
//!
//! The gold side comes from a CoNLL-U treebank read with [`read_gold`]: each document's raw text
//! is rebuilt from its `# text` lines the way a reader of the original would see it (sentences of
//! a paragraph joined by one space, paragraphs from `# newpar` separated by a blank line,
//! documents from `# newdoc`), and the gold tokens are aligned to that text. The predicted side
//! is whatever a tokenizer made of the same text. Both are [`Doc`]s, so [`score`] simply compares
//! spans:
//!
//! - **tokens**: surface tokens (a multiword token such as `don't` counts once);
//! - **words**: syntactic words (`do`, `n't`), with their form when it is not the text under the
//!   span;
//! - **sentences**: from the first token's start to the last token's end.

use crate::Prf;
use annals_doc::{Doc, Layers, MultiwordToken, Sentence, Span, Token};

/// Gold documents read from a CoNLL-U file.
#[derive(Debug, Default)]
pub struct GoldCorpus {
    /// Documents with rebuilt text, gold tokens, multiword tokens and sentences.
    pub docs: Vec<Doc>,
    /// Surface tokens whose form could not be found in the sentence's `# text` (left out).
    pub unaligned: usize,
    /// Sentences without a `# text` line (left out).
    pub missing_text: usize,
}

/// A sentence block as read from the file.
#[derive(Default)]
struct Block<'a> {
    text: Option<&'a str>,
    newpar: bool,
    /// Surface units: the form and the forms of its words (empty for a plain word).
    units: Vec<(&'a str, Vec<&'a str>)>,
}

/// Read the gold documents of a CoNLL-U file (see the module documentation for how the text is
/// rebuilt). Documents without `# newdoc` are named `{default_id}` and `{default_id}#n`.
pub fn read_gold(input: &str, default_id: &str) -> GoldCorpus {
    let mut corpus = GoldCorpus::default();
    let mut doc: Option<Doc> = None;
    let mut block = Block::default();
    // Words still owed to the multiword token being read: (remaining count).
    let mut pending_words = 0usize;
    let mut unnamed = 0usize;
    let flush = |block: &mut Block<'_>, doc: &mut Option<Doc>, corpus: &mut GoldCorpus| {
        let b = std::mem::take(block);
        if b.units.is_empty() {
            return;
        }
        let Some(text) = b.text else {
            corpus.missing_text += 1;
            return;
        };
        let d = doc.get_or_insert_with(|| Doc::new(default_id, String::new()));
        add_sentence(d, text, b.newpar, &b.units, &mut corpus.unaligned);
    };
    for raw in input.lines() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            flush(&mut block, &mut doc, &mut corpus);
            pending_words = 0;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(rest) = comment.strip_prefix("newdoc") {
                flush(&mut block, &mut doc, &mut corpus);
                if let Some(d) = doc.take() {
                    corpus.docs.push(d);
                }
                let id = rest.trim_start().strip_prefix("id").map(|r| r.trim_start().trim_start_matches('=').trim());
                let id = match id {
                    Some(id) if !id.is_empty() => id.to_string(),
                    _ => {
                        unnamed += 1;
                        format!("{default_id}#{unnamed}")
                    }
                };
                doc = Some(Doc::new(id, String::new()));
            } else if comment.starts_with("newpar") {
                block.newpar = true;
            } else if let Some(t) = comment.strip_prefix("text").and_then(|r| r.trim_start().strip_prefix('=')) {
                block.text = Some(t.strip_prefix(' ').unwrap_or(t));
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form)) = (cols.next(), cols.next()) else { continue };
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else { continue };
            pending_words = (b + 1).saturating_sub(a);
            block.units.push((form, Vec::with_capacity(pending_words)));
        } else if pending_words > 0 {
            pending_words -= 1;
            if let Some(u) = block.units.last_mut() {
                u.1.push(form);
            }
        } else {
            block.units.push((form, Vec::new()));
        }
    }
    flush(&mut block, &mut doc, &mut corpus);
    if let Some(d) = doc.take() {
        corpus.docs.push(d);
    }
    corpus.docs.retain(|d| !d.tokens.is_empty());
    corpus
}

/// Append one sentence to `doc`: its text after the right separator, and its aligned tokens.
fn add_sentence(doc: &mut Doc, text: &str, newpar: bool, units: &[(&str, Vec<&str>)], unaligned: &mut usize) {
    if !doc.text.is_empty() {
        doc.text.push_str(if newpar { "\n\n" } else { " " });
    }
    let base = doc.text.len();
    doc.text.push_str(text);
    let first_token = doc.tokens.len() as u32;
    let mut cursor = base;
    for (form, words) in units {
        let rest = &doc.text[cursor..];
        let skipped = rest.len() - rest.trim_start().len();
        let at = if rest[skipped..].starts_with(form) {
            Some(cursor + skipped)
        } else {
            // Tolerate a token the text spells differently: look further ahead.
            rest.find(form).map(|k| cursor + k)
        };
        let Some(start) = at else {
            *unaligned += 1;
            continue;
        };
        let end = start + form.len();
        cursor = end;
        if words.is_empty() {
            doc.tokens.push(Token { span: Span::new(start, end), ..Token::default() });
            continue;
        }
        let first = doc.tokens.len() as u32;
        let concatenates = words.concat() == *form;
        let mut offset = start;
        for w in words {
            let (span, explicit) = if concatenates {
                let s = Span::new(offset, offset + w.len());
                offset += w.len();
                (s, None)
            } else {
                (Span::new(start, end), Some((*w).into()))
            };
            doc.tokens.push(Token { span, form: explicit, ..Token::default() });
        }
        doc.multiword.push(MultiwordToken {
            words: first..doc.tokens.len() as u32,
            span: Span::new(start, end),
            misc: None,
        });
    }
    let last = doc.tokens.len() as u32;
    if last > first_token {
        let span = doc.tokens[first_token as usize].span.cover(doc.tokens[last as usize - 1].span);
        doc.sentences.push(Sentence {
            tokens: first_token..last,
            span,
            newpar: newpar || doc.sentences.is_empty(),
            ..Sentence::default()
        });
    }
    doc.layers |= Layers::TOKENS | Layers::SENTENCES;
}

/// Token, word and sentence scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenizeScores {
    /// Surface tokens.
    pub tokens: Prf,
    /// Syntactic words.
    pub words: Prf,
    /// Sentences.
    pub sentences: Prf,
}

impl TokenizeScores {
    /// Add another document's counts.
    pub fn add(&mut self, other: TokenizeScores) {
        self.tokens.add(other.tokens);
        self.words.add(other.words);
        self.sentences.add(other.sentences);
    }
}

/// Surface token spans of `doc`, in text order.
pub fn surface_spans(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut mwt = doc.multiword.iter().peekable();
    let mut i = 0u32;
    while (i as usize) < doc.tokens.len() {
        while mwt.peek().is_some_and(|m| m.words.start < i) {
            mwt.next();
        }
        match mwt.peek() {
            Some(m) if m.words.start == i && m.words.end > i => {
                out.push(m.span);
                i = m.words.end;
                mwt.next();
            }
            _ => {
                out.push(doc.tokens[i as usize].span);
                i += 1;
            }
        }
    }
    out
}

/// Count matches between two sorted lists.
fn matches<T: Ord>(gold: &[T], pred: &[T]) -> Prf {
    let (mut i, mut j, mut matched) = (0, 0, 0);
    while i < gold.len() && j < pred.len() {
        match gold[i].cmp(&pred[j]) {
            std::cmp::Ordering::Equal => {
                matched += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    Prf { matched, predicted: pred.len(), gold: gold.len() }
}

fn word_keys(doc: &Doc) -> Vec<(Span, &str)> {
    let mut keys: Vec<(Span, &str)> = doc.tokens.iter().map(|t| (t.span, t.form.as_deref().unwrap_or(""))).collect();
    keys.sort_unstable();
    keys
}

fn sentence_spans(doc: &Doc) -> Vec<Span> {
    let mut spans: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
    spans.sort_unstable();
    spans
}

/// Compare a predicted tokenization of a document with the gold one (same text).
pub fn score(gold: &Doc, predicted: &Doc) -> TokenizeScores {
    let mut g = surface_spans(gold);
    let mut p = surface_spans(predicted);
    g.sort_unstable();
    p.sort_unstable();
    TokenizeScores {
        tokens: matches(&g, &p),
        words: matches(&word_keys(gold), &word_keys(predicted)),
        sentences: matches(&sentence_spans(gold), &sentence_spans(predicted)),
    }
}

/// Surface tokens that differ between gold and prediction, as `(gold tokens, predicted tokens)`
/// over the same stretch of text, for error analysis.
pub fn token_differences(gold: &Doc, predicted: &Doc) -> Vec<(String, String)> {
    let g = surface_spans(gold);
    let p = surface_spans(predicted);
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < g.len() && j < p.len() {
        if g[i] == p[j] {
            i += 1;
            j += 1;
            continue;
        }
        // Grow both sides until they end at the same byte.
        let (si, sj) = (i, j);
        let (mut ge, mut pe) = (g[i].end, p[j].end);
        i += 1;
        j += 1;
        while ge != pe {
            if ge < pe {
                if i >= g.len() {
                    break;
                }
                ge = g[i].end;
                i += 1;
            } else {
                if j >= p.len() {
                    break;
                }
                pe = p[j].end;
                j += 1;
            }
        }
        let show = |spans: &[Span], doc: &Doc| spans.iter().map(|s| doc.slice(*s)).collect::<Vec<_>>().join(" ");
        out.push((show(&g[si..i], gold), show(&p[sj..j], predicted)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = "# newdoc id = a\n# newpar\n# text = I don't know.\n\
1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
# text = Yes.\n1\tYes\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
# newpar\n# text = New one\n1\tNew\t_\t_\t_\t_\t_\t_\t_\t_\n2\tone\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn rebuilds_text_from_text_lines_with_paragraphs() {
        let corpus = read_gold(GOLD, "x");
        assert_eq!(corpus.unaligned, 0);
        assert_eq!(corpus.docs.len(), 1);
        let d = &corpus.docs[0];
        assert_eq!(d.text, "I don't know. Yes.\n\nNew one");
        assert_eq!(surface_spans(d).len(), 8);
        assert_eq!(d.tokens.len(), 9);
        assert_eq!(d.slice(d.tokens[2].span), "n't");
        let sents: Vec<&str> = d.sentences.iter().map(|s| d.slice(s.span)).collect();
        assert_eq!(sents, ["I don't know.", "Yes.", "New one"]);
        assert!(d.sentences[2].newpar);
    }

    #[test]
    fn scores_a_prediction_by_span() {
        let gold = &read_gold(GOLD, "x").docs[0];
        // A prediction that misses the clitic split and merges the first two sentences.
        let mut pred = Doc::new("x", gold.text.clone());
        let spans = [(0, 1), (2, 7), (8, 12), (12, 13), (14, 17), (17, 18), (20, 23), (24, 27)];
        pred.tokens = spans.iter().map(|&(s, e)| Token { span: Span::new(s, e), ..Token::default() }).collect();
        pred.set_sentences(&[0, 6], &[true, true]);
        let s = score(gold, &pred);
        assert_eq!(s.tokens, Prf { matched: 8, predicted: 8, gold: 8 });
        assert_eq!(s.words, Prf { matched: 7, predicted: 8, gold: 9 });
        assert_eq!(s.sentences, Prf { matched: 1, predicted: 2, gold: 3 });
        assert!(token_differences(gold, &pred).is_empty());
    }
}
