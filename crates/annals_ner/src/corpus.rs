//! Readers for entity-annotated corpora: UniversalNER `.iob2` and CoNLL-style `token tag` files
//! (wikigold).
//!
//! Both become ordinary [`Doc`]s with tokens, sentences and gold [`Doc::entities`], so training,
//! evaluation and the pipeline share one representation and one scorer. The text of each
//! document is rebuilt from the corpus: from the `# text` comment when the tokens can be found in
//! it in order (so spacing is faithful), otherwise by joining the tokens with single spaces.
//! Sentences are separated by a newline; documents start at `# newdoc` or `-DOCSTART-`.
//!
//! Tag sequences are read leniently, the way both IOB1 and IOB2 files are meant: `B-X` always
//! starts an entity, `I-X` continues an open `X` entity and otherwise starts one (IOB1, as in
//! wikigold), `L-`/`E-` close one and `U-`/`S-` are single-token entities. Tags of any class the
//! document model knows are kept — including `MISC`; callers drop what they do not train on. A
//! malformed line skips its sentence and is reported with its line number.

use annals_doc::{Doc, Entity, EntityLabel, Layers, Span, Upos};
use std::fmt;

/// A problem with one line of a corpus file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Documents read from a corpus file, plus the sentences that had to be skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents in file order, with gold entities.
    pub docs: Vec<Doc>,
    /// Skipped sentences, by line.
    pub errors: Vec<CorpusError>,
}

impl Corpus {
    /// Number of sentences over all documents.
    pub fn n_sentences(&self) -> usize {
        self.docs.iter().map(|d| d.sentences.len()).sum()
    }

    /// Number of tokens over all documents.
    pub fn n_tokens(&self) -> usize {
        self.docs.iter().map(|d| d.tokens.len()).sum()
    }

    /// Number of gold entities over all documents.
    pub fn n_entities(&self) -> usize {
        self.docs.iter().map(|d| d.entities.len()).sum()
    }
}

/// One token line: the form and its parsed tag (`None` for `O`).
struct Line<'a> {
    form: &'a str,
    tag: Option<(Prefix, EntityLabel)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Begin,
    Inside,
    Last,
    Unit,
}

fn parse_tag(tag: &str) -> Result<Option<(Prefix, EntityLabel)>, String> {
    if tag == "O" || tag == "_" {
        return Ok(None);
    }
    let (p, label) = tag.split_once('-').ok_or_else(|| format!("bad entity tag `{tag}` (want B-PER, I-ORG, O, …)"))?;
    let prefix = match p {
        "B" => Prefix::Begin,
        "I" => Prefix::Inside,
        "L" | "E" => Prefix::Last,
        "U" | "S" => Prefix::Unit,
        _ => return Err(format!("bad entity tag prefix in `{tag}`")),
    };
    Ok(Some((prefix, label.parse()?)))
}

/// Collects sentences into documents.
struct Assembler {
    corpus: Corpus,
    doc: Option<Doc>,
    default_id: String,
    n_docs: usize,
}

impl Assembler {
    fn new(default_id: &str) -> Assembler {
        Assembler { corpus: Corpus::default(), doc: None, default_id: default_id.to_string(), n_docs: 0 }
    }

    fn start_doc(&mut self, id: Option<&str>) {
        self.finish_doc();
        let id = match id {
            Some(id) if !id.is_empty() => id.to_string(),
            _ if self.n_docs == 0 => self.default_id.clone(),
            _ => format!("{}#{}", self.default_id, self.n_docs + 1),
        };
        self.n_docs += 1;
        self.doc = Some(Doc::new(id, String::new()));
    }

    fn finish_doc(&mut self) {
        if let Some(mut doc) = self.doc.take()
            && !doc.tokens.is_empty()
        {
            doc.layers |= Layers::TOKENS | Layers::SENTENCES | Layers::ENTITIES;
            self.corpus.docs.push(doc);
        }
    }

    fn push_sentence(&mut self, lines: &[Line<'_>], text: Option<&str>, id: Option<&str>) {
        if lines.is_empty() {
            return;
        }
        if self.doc.is_none() {
            self.start_doc(None);
        }
        let doc = self.doc.as_mut().expect("a document was just started");
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let base = doc.text.len();
        let first_token = doc.tokens.len() as u32;
        match text.and_then(|t| align(t, lines)) {
            Some(offsets) => {
                doc.text.push_str(text.unwrap_or_default());
                for (start, end) in offsets {
                    doc.tokens
                        .push(annals_doc::Token { span: Span::new(base + start, base + end), ..Default::default() });
                }
            }
            None => {
                for (k, line) in lines.iter().enumerate() {
                    if k > 0 {
                        doc.text.push(' ');
                    }
                    let start = doc.text.len();
                    doc.text.push_str(line.form);
                    doc.tokens.push(annals_doc::Token { span: Span::new(start, doc.text.len()), ..Default::default() });
                }
            }
        }
        let last_token = doc.tokens.len() as u32;
        let span = doc.tokens[first_token as usize].span.cover(doc.tokens[last_token as usize - 1].span);
        doc.sentences.push(annals_doc::Sentence {
            tokens: first_token..last_token,
            span,
            id: id.map(Into::into),
            ..Default::default()
        });
        // Entities, read leniently (see the module docs).
        let mut open: Option<(usize, EntityLabel)> = None;
        let mut spans: Vec<(usize, usize, EntityLabel)> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            match line.tag {
                None => {
                    if let Some((s, l)) = open.take() {
                        spans.push((s, i, l));
                    }
                }
                Some((prefix, label)) => {
                    let continues =
                        matches!(prefix, Prefix::Inside | Prefix::Last) && open.is_some_and(|(_, l)| l == label);
                    if !continues {
                        if let Some((s, l)) = open.take() {
                            spans.push((s, i, l));
                        }
                        open = Some((i, label));
                    }
                    if matches!(prefix, Prefix::Last | Prefix::Unit)
                        && let Some((s, l)) = open.take()
                    {
                        spans.push((s, i + 1, l));
                    }
                }
            }
        }
        if let Some((s, l)) = open.take() {
            spans.push((s, lines.len(), l));
        }
        for (s, e, label) in spans {
            let (a, b) = (first_token + s as u32, first_token + e as u32);
            let span = doc.tokens[a as usize].span.cover(doc.tokens[b as usize - 1].span);
            doc.entities.push(Entity { tokens: a..b, span, label });
        }
    }

    fn finish(mut self) -> Corpus {
        self.finish_doc();
        self.corpus
    }
}

/// Byte offsets of each token in `text`, found left to right skipping whitespace; `None` when a
/// token is not where expected (the corpus changed the token, e.g. a split or normalised form).
fn align(text: &str, lines: &[Line<'_>]) -> Option<Vec<(usize, usize)>> {
    let mut pos = 0usize;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let rest = &text[pos..];
        let skipped = rest.len() - rest.trim_start().len();
        pos += skipped;
        if !text[pos..].starts_with(line.form) {
            return None;
        }
        out.push((pos, pos + line.form.len()));
        pos += line.form.len();
    }
    Some(out)
}

/// Read a UniversalNER `.iob2` file: tab-separated `index, token, tag[, -, annotator]` lines,
/// `# sent_id`, `# text` and `# newdoc id` comments, blank lines between sentences.
pub fn read_iob2(input: &str, default_id: &str) -> Corpus {
    let mut asm = Assembler::new(default_id);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut text: Option<&str> = None;
    let mut sent_id: Option<&str> = None;
    let mut bad: Option<CorpusError> = None;
    let flush = |asm: &mut Assembler,
                 lines: &mut Vec<Line<'_>>,
                 text: &mut Option<&str>,
                 sent_id: &mut Option<&str>,
                 bad: &mut Option<CorpusError>| {
        match bad.take() {
            Some(e) => asm.corpus.errors.push(e),
            None => asm.push_sentence(lines, *text, *sent_id),
        }
        lines.clear();
        *text = None;
        *sent_id = None;
    };
    for (n, raw) in input.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            flush(&mut asm, &mut lines, &mut text, &mut sent_id, &mut bad);
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(v) = comment_value(comment, "newdoc id") {
                flush(&mut asm, &mut lines, &mut text, &mut sent_id, &mut bad);
                asm.start_doc(Some(v));
            } else if let Some(v) = comment_value(comment, "sent_id") {
                sent_id = Some(v);
            } else if let Some(v) = comment_value(comment, "text") {
                text = Some(v);
            }
            continue;
        }
        if bad.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let result = if cols.len() < 3 {
            Err(format!("expected at least 3 tab-separated columns (index, token, tag), found {}", cols.len()))
        } else if cols[1].is_empty() {
            Err("empty token column".to_string())
        } else {
            parse_tag(cols[2]).map(|tag| lines.push(Line { form: cols[1], tag }))
        };
        if let Err(message) = result {
            bad = Some(CorpusError { line: n + 1, message });
        }
    }
    flush(&mut asm, &mut lines, &mut text, &mut sent_id, &mut bad);
    asm.finish()
}

fn comment_value<'a>(comment: &'a str, key: &str) -> Option<&'a str> {
    let rest = comment.strip_prefix(key)?.trim_start();
    Some(rest.strip_prefix('=')?.trim())
}

/// Read a CoNLL-style file with one `token tag` pair per line (space or tab separated, the tag in
/// the last column), blank lines between sentences and `-DOCSTART-` lines between documents, as
/// wikigold is distributed.
pub fn read_conll(input: &str, default_id: &str) -> Corpus {
    let mut asm = Assembler::new(default_id);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut bad: Option<CorpusError> = None;
    let flush = |asm: &mut Assembler, lines: &mut Vec<Line<'_>>, bad: &mut Option<CorpusError>| {
        match bad.take() {
            Some(e) => asm.corpus.errors.push(e),
            None => asm.push_sentence(lines, None, None),
        }
        lines.clear();
    };
    for (n, raw) in input.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut asm, &mut lines, &mut bad);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut asm, &mut lines, &mut bad);
            asm.start_doc(None);
            continue;
        }
        if bad.is_some() {
            continue;
        }
        let mut cols = line.split_whitespace();
        let form = cols.next().unwrap_or_default();
        let result = match cols.next_back() {
            None => Err("expected `token tag`, found one column".to_string()),
            Some(tag) => parse_tag(tag).map(|tag| lines.push(Line { form, tag })),
        };
        if let Err(message) = result {
            bad = Some(CorpusError { line: n + 1, message });
        }
    }
    flush(&mut asm, &mut lines, &mut bad);
    asm.finish()
}

/// A copy of `doc` with every token lower-cased (text rebuilt from the lower-cased forms, one
/// space between tokens and a newline between sentences), keeping sentences, entities and tags.
/// Training on such copies teaches the model that names in lower-case web text ("going to
/// baguio") are still names, instead of relying on capital letters alone.
pub fn lowercase_copy(doc: &Doc, id: impl Into<String>) -> Doc {
    let mut out = Doc::new(id, String::new());
    out.layers = doc.layers;
    let mut sent_of = vec![usize::MAX; doc.tokens.len()];
    for (s, sent) in doc.sentences.iter().enumerate() {
        for i in sent.tokens.clone() {
            if let Some(slot) = sent_of.get_mut(i as usize) {
                *slot = s;
            }
        }
    }
    for (i, token) in doc.tokens.iter().enumerate() {
        if i > 0 {
            out.text.push(if sent_of[i] != sent_of[i - 1] { '\n' } else { ' ' });
        }
        let start = out.text.len();
        out.text.push_str(&doc.form(i).to_lowercase());
        out.tokens.push(annals_doc::Token { span: Span::new(start, out.text.len()), form: None, ..token.clone() });
    }
    let cover = |out: &Doc, r: &std::ops::Range<u32>| -> Span {
        out.tokens[r.start as usize].span.cover(out.tokens[r.end as usize - 1].span)
    };
    out.sentences = doc
        .sentences
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .map(|s| annals_doc::Sentence { span: cover(&out, &s.tokens), ..s.clone() })
        .collect();
    out.entities = doc
        .entities
        .iter()
        .filter(|e| !e.tokens.is_empty())
        .map(|e| Entity { span: cover(&out, &e.tokens), ..e.clone() })
        .collect();
    out
}

/// How many sentences [`copy_upos`] could align.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UposCopy {
    /// Sentences whose tags were copied.
    pub aligned: usize,
    /// Sentences with no counterpart (unknown id or different tokens); their tokens keep no UPOS.
    pub unaligned: usize,
}

/// Copy UPOS tags from `source` (e.g. the UD CoNLL-U file the entity corpus was annotated on)
/// into `docs`, matching sentences by `sent_id` and requiring identical word forms. Used to
/// develop and evaluate with gold tags; sentences that do not match keep no tags.
pub fn copy_upos(docs: &mut [Doc], source: &[Doc]) -> UposCopy {
    let mut by_id: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
    for (d, doc) in source.iter().enumerate() {
        for (s, sent) in doc.sentences.iter().enumerate() {
            if let Some(id) = &sent.id {
                by_id.insert(id, (d, s));
            }
        }
    }
    let mut out = UposCopy::default();
    for doc in docs.iter_mut() {
        let mut all = true;
        for s in 0..doc.sentences.len() {
            let found = doc.sentences[s].id.as_deref().and_then(|id| by_id.get(id)).copied();
            let tags: Option<Vec<Option<Upos>>> = found.and_then(|(d, t)| {
                let src = &source[d];
                let range = src.sentences[t].tokens.clone();
                let ours = doc.sentences[s].tokens.clone();
                (range.len() == ours.len()
                    && range.clone().zip(ours).all(|(a, b)| src.form(a as usize) == doc.form(b as usize)))
                .then(|| range.map(|a| src.tokens[a as usize].upos).collect())
            });
            match tags {
                Some(tags) => {
                    out.aligned += 1;
                    let start = doc.sentences[s].tokens.start as usize;
                    for (k, tag) in tags.into_iter().enumerate() {
                        doc.tokens[start + k].upos = tag;
                    }
                }
                None => {
                    out.unaligned += 1;
                    all = false;
                }
            }
        }
        if all && !doc.sentences.is_empty() {
            doc.layers |= Layers::UPOS;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(doc: &Doc) -> Vec<(String, &'static str)> {
        doc.entities.iter().map(|e| (doc.slice(e.span).to_string(), e.label.as_str())).collect()
    }

    #[test]
    fn iob2_uses_the_text_line_and_document_ids() {
        let input = "# newdoc id = d1\n# sent_id = s1\n# text = Al-Zaman: Shaikh Ani.\n\
                     1\tAl\tB-ORG\t-\tx\n2\t-\tI-ORG\n3\tZaman\tI-ORG\n4\t:\tO\n5\tShaikh\tB-PER\n6\tAni\tI-PER\n7\t.\tO\n\n\
                     # newdoc id = d2\n# sent_id = s2\n# text = In Qaim\n1\tIn\tO\n2\tQaim\tB-LOC\n";
        let c = read_iob2(input, "x");
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        assert_eq!(c.docs.len(), 2);
        assert_eq!(c.docs[0].meta.id, "d1");
        assert_eq!(c.docs[0].text, "Al-Zaman: Shaikh Ani.");
        assert_eq!(entities(&c.docs[0]), [("Al-Zaman".into(), "ORG"), ("Shaikh Ani".into(), "PER")]);
        assert_eq!(c.docs[1].sentences[0].id.as_deref(), Some("s2"));
        assert_eq!(entities(&c.docs[1]), [("Qaim".into(), "LOC")]);
    }

    #[test]
    fn iob2_falls_back_to_spaces_when_tokens_differ_from_text() {
        // A token split inside a word still aligns; a changed token does not.
        let c = read_iob2("# text = Inter-Services\n1\tInter-\tB-ORG\n2\tServices\tI-ORG\n", "x");
        assert_eq!(c.docs[0].text, "Inter-Services");
        let c = read_iob2(
            "# text = can't go to Bob's\n1\tca\tO\n2\tnt\tO\n3\tgo\tO\n4\tto\tO\n5\tBob\tB-LOC\n6\ts\tI-LOC\n",
            "x",
        );
        assert_eq!(c.docs[0].text, "ca nt go to Bob s");
        assert_eq!(entities(&c.docs[0]), [("Bob s".into(), "LOC")]);
    }

    #[test]
    fn conll_reads_iob1_and_documents() {
        let input = "010 I-MISC\nis O\nby O\nThe I-ORG\nMad I-ORG\n. O\n\n-DOCSTART- O\n\n\
                     Paris I-LOC\nLondon B-LOC\nand O\nJohn I-PER\n";
        let c = read_conll(input, "wg");
        assert!(c.errors.is_empty());
        assert_eq!(c.docs.len(), 2);
        assert_eq!(entities(&c.docs[0]), [("010".into(), "MISC"), ("The Mad".into(), "ORG")]);
        assert_eq!(entities(&c.docs[1]), [("Paris".into(), "LOC"), ("London".into(), "LOC"), ("John".into(), "PER")]);
        assert_eq!(c.docs[1].meta.id, "wg#2");
    }

    #[test]
    fn malformed_lines_skip_their_sentence_only() {
        let c = read_iob2("1\tA\tX-PER\n\n1\tB\tB-PER\n\n1\tC\n", "x");
        assert_eq!(c.errors.len(), 2);
        assert_eq!(c.errors[0].line, 1);
        assert_eq!(c.n_sentences(), 1);
        assert_eq!(entities(&c.docs[0]), [("B".into(), "PER")]);
    }

    #[test]
    fn upos_is_copied_by_sentence_id() {
        let mut c = read_iob2("# sent_id = a\n1\tHi\tO\n2\tBob\tB-PER\n\n# sent_id = b\n1\tYo\tO\n", "x");
        let ud = annals_doc::parse_conllu(
            "# sent_id = a\n1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n2\tBob\tBob\tPROPN\t_\t_\t1\tvocative\t_\t_\n\n",
            "ud",
        );
        let r = copy_upos(&mut c.docs, &ud.docs);
        assert_eq!(r, UposCopy { aligned: 1, unaligned: 1 });
        assert_eq!(c.docs[0].tokens[1].upos, Some(Upos::Propn));
        assert!(!c.docs[0].layers.contains(Layers::UPOS));
    }
}
