//! Property: any tokenized, annotated document survives CoNLL-U write → read unchanged.

use annals_doc::{
    Doc, Entity, EntityLabel, Head, Layers, MultiwordToken, Span, Token, Upos, parse_conllu, write_conllu,
};
use proptest::prelude::*;

/// A piece of generated text: a word (optionally split into two syntactic words) and the
/// whitespace after it.
#[derive(Debug, Clone)]
struct Piece {
    word: String,
    split: Option<usize>,
    space: String,
}

fn piece() -> impl Strategy<Value = Piece> {
    (
        "[A-Za-zÀ-ÿ0-9.,'\\-|\\\\=_]{1,8}",
        any::<Option<prop::sample::Index>>(),
        prop::sample::select(vec!["", " ", "  ", "\t", "\n", "\n\n", "\u{a0}", " \r\n"]),
    )
        .prop_map(|(word, split, space)| {
            let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
            let split = split.and_then(|ix| (!bounds.is_empty()).then(|| bounds[ix.index(bounds.len())]));
            Piece { word, split, space: space.to_string() }
        })
}

fn build(lead: &str, pieces: &[Piece], breaks: &[bool], tags: &[u8]) -> Doc {
    let mut doc = Doc::new("prop", lead.to_string());
    let mut starts = vec![0u32];
    let mut newpar = vec![true];
    for (k, p) in pieces.iter().enumerate() {
        let start = doc.text.len();
        doc.text.push_str(&p.word);
        let end = doc.text.len();
        let first = doc.tokens.len() as u32;
        match p.split {
            Some(at) => {
                doc.tokens.push(Token { span: Span::new(start, start + at), ..Token::default() });
                doc.tokens.push(Token { span: Span::new(start + at, end), ..Token::default() });
                doc.multiword.push(MultiwordToken { words: first..first + 2, span: Span::new(start, end), misc: None });
            }
            None => doc.tokens.push(Token { span: Span::new(start, end), ..Token::default() }),
        }
        doc.text.push_str(&p.space);
        if k + 1 < pieces.len() && breaks[k % breaks.len()] && !p.space.is_empty() {
            starts.push(doc.tokens.len() as u32);
            newpar.push(p.space.contains("\n\n"));
        }
    }
    doc.layers |= Layers::TOKENS;
    doc.set_sentences(&starts, &newpar);
    // Annotate: every token gets a tag, a lemma and a head inside its sentence.
    for s in doc.sentences.clone() {
        for i in s.tokens.clone() {
            let t = &mut doc.tokens[i as usize];
            let tag = tags[i as usize % tags.len()];
            t.upos = Some(Upos::ALL[tag as usize % Upos::ALL.len()]);
            t.lemma = Some(format!("l{tag}").into());
            t.head = Some(if i == s.tokens.start { Head::Root } else { Head::Token(s.tokens.start) });
            t.deprel = Some(if i == s.tokens.start { "root" } else { "dep" }.into());
        }
        // One entity at the start of every sentence.
        let label = EntityLabel::ALL[s.tokens.start as usize % EntityLabel::ALL.len()];
        let e = s.tokens.start..s.tokens.start + 1;
        doc.entities.push(Entity { span: doc.tokens[e.start as usize].span, tokens: e, label });
    }
    doc.layers |= Layers::UPOS | Layers::LEMMA | Layers::DEPS | Layers::ENTITIES;
    doc
}

proptest! {
    #[test]
    fn conllu_write_read_round_trips(
        lead in prop::sample::select(vec!["", " ", "\n"]),
        pieces in prop::collection::vec(piece(), 1..30),
        breaks in prop::collection::vec(any::<bool>(), 1..5),
        tags in prop::collection::vec(any::<u8>(), 1..7),
    ) {
        let doc = build(lead, &pieces, &breaks, &tags);
        let written = write_conllu(std::iter::once(&doc));
        let parsed = parse_conllu(&written, "prop");
        prop_assert!(parsed.errors.is_empty(), "{:?}\n{}", parsed.errors, written);
        prop_assert_eq!(parsed.docs.len(), 1);
        let back = &parsed.docs[0];
        prop_assert_eq!(&back.text, &doc.text, "{}", written);
        prop_assert_eq!(&back.tokens, &doc.tokens);
        prop_assert_eq!(&back.multiword, &doc.multiword);
        prop_assert_eq!(&back.entities, &doc.entities);
        prop_assert_eq!(back.sentences.len(), doc.sentences.len());
        for (a, b) in back.sentences.iter().zip(&doc.sentences) {
            prop_assert_eq!(&a.tokens, &b.tokens);
            prop_assert_eq!(a.span, b.span);
            prop_assert_eq!(a.newpar, b.newpar);
        }
    }
}
