//! CoNLL-U reading and writing.
//!
//! The reader rebuilds each document's text from the word forms and the spacing recorded in MISC
//! (`SpaceAfter=No`, `SpacesAfter=…`, `SpacesBefore=…` on the first token), with a paragraph
//! break (`\n\n`) before a `# newpar` sentence whose predecessor states no spacing. The writer
//! records whatever differs from those defaults, so `write → read` gives back the same text,
//! tokens, sentences, multiword tokens, annotations and entities.
//!
//! Documents are separated by `# newdoc`. A malformed sentence is skipped and reported with its
//! line number; the rest of the file is still read.
//!
//! Entity tags live in MISC as `NER=B-PER` (BIO; `L-`, `E-`, `U-`, `S-` are read too).

use crate::{Doc, Entity, EntityLabel, Head, Layers, MultiwordToken, Sentence, Span, Token, Upos};
use std::fmt::Write as _;

/// A problem with one part of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    /// 1-based line number where the problem was found.
    pub line: usize,
    /// What is wrong and, where possible, what to fix.
    pub message: String,
}

/// The result of reading a CoNLL-U file: the documents that could be read and the sentences that
/// could not.
#[derive(Debug, Default)]
pub struct ConlluParse {
    /// Documents in file order.
    pub docs: Vec<Doc>,
    /// Malformed sentences that were skipped.
    pub errors: Vec<ConlluError>,
}

/// One word line, before the text is assembled.
struct WordLine<'a> {
    form: &'a str,
    lemma: Option<Box<str>>,
    upos: Option<Upos>,
    xpos: Option<Box<str>>,
    feats: Option<Box<str>>,
    head: Option<u32>,
    deprel: Option<Box<str>>,
    deps: Option<Box<str>>,
    misc: Misc<'a>,
}

/// One multiword-token line.
struct RangeLine<'a> {
    first: u32,
    last: u32,
    form: &'a str,
    misc: Misc<'a>,
}

/// MISC split into the items the model owns and the rest.
#[derive(Default)]
struct Misc<'a> {
    space_after: Option<String>,
    spaces_before: Option<String>,
    ner: Option<&'a str>,
    rest: Vec<&'a str>,
}

impl<'a> Misc<'a> {
    fn parse(field: &'a str) -> Misc<'a> {
        let mut misc = Misc::default();
        if field == "_" {
            return misc;
        }
        for item in field.split('|') {
            match item.split_once('=') {
                Some(("SpaceAfter", "No")) => misc.space_after = Some(String::new()),
                Some(("SpacesAfter", v)) => misc.space_after = Some(unescape_spaces(v)),
                Some(("SpacesBefore", v)) => misc.spaces_before = Some(unescape_spaces(v)),
                Some(("NER", v)) => misc.ner = Some(v),
                _ if item.is_empty() => {}
                _ => misc.rest.push(item),
            }
        }
        misc
    }

    fn rest(&self) -> Option<Box<str>> {
        (!self.rest.is_empty()).then(|| self.rest.join("|").into_boxed_str())
    }
}

/// A sentence block being collected.
#[derive(Default)]
struct Block<'a> {
    first_line: usize,
    id: Option<Box<str>>,
    newpar: bool,
    comments: Vec<Box<str>>,
    words: Vec<WordLine<'a>>,
    ranges: Vec<RangeLine<'a>>,
}

/// Read every document in `input`. Documents without a `# newdoc id` are named
/// `{default_id}` (the first) or `{default_id}#{n}`.
pub fn parse_conllu(input: &str, default_id: &str) -> ConlluParse {
    let mut out = ConlluParse::default();
    let mut builder = DocBuilder::new(default_id.to_string());
    let mut block = Block::default();
    let mut block_error: Option<ConlluError> = None;
    let mut unnamed = 0usize;

    for (n, raw) in input.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            finish_block(&mut builder, &mut block, &mut block_error, &mut out.errors);
            continue;
        }
        if block.first_line == 0 {
            block.first_line = line_no;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if let Some(rest) = comment.strip_prefix("newdoc") {
                // A new document starts here: flush what came before.
                finish_block(&mut builder, &mut block, &mut block_error, &mut out.errors);
                block.first_line = line_no;
                let id = rest.trim_start().strip_prefix("id").map(|r| r.trim_start().trim_start_matches('=').trim());
                let id = match id {
                    Some(id) if !id.is_empty() => id.to_string(),
                    _ => {
                        unnamed += 1;
                        if unnamed == 1 && builder.is_empty() && out.docs.is_empty() {
                            default_id.to_string()
                        } else {
                            format!("{default_id}#{unnamed}")
                        }
                    }
                };
                if let Some(doc) = builder.start_doc(id) {
                    out.docs.push(doc);
                }
            } else if comment.starts_with("newpar") {
                block.newpar = true;
            } else if let Some(rest) = comment.strip_prefix("sent_id") {
                block.id = Some(rest.trim_start().trim_start_matches('=').trim().into());
            } else if comment.starts_with("text") && comment[4..].trim_start().starts_with('=') {
                // Regenerated from the forms on output.
            } else {
                block.comments.push(comment.into());
            }
            continue;
        }
        if block_error.is_some() {
            continue;
        }
        if let Err(message) = parse_token_line(line, &mut block) {
            block_error = Some(ConlluError { line: line_no, message });
        }
    }
    finish_block(&mut builder, &mut block, &mut block_error, &mut out.errors);
    if let Some(doc) = builder.finish() {
        out.docs.push(doc);
    }
    out
}

fn finish_block<'a>(
    builder: &mut DocBuilder,
    block: &mut Block<'a>,
    error: &mut Option<ConlluError>,
    errors: &mut Vec<ConlluError>,
) {
    let taken = std::mem::take(block);
    if let Some(e) = error.take() {
        errors.push(e);
        return;
    }
    if taken.words.is_empty() {
        // Comments without tokens (e.g. a lone `# newdoc`) carry nothing to keep.
        if !taken.ranges.is_empty() {
            errors.push(ConlluError {
                line: taken.first_line,
                message: "sentence has multiword lines but no words".into(),
            });
        }
        return;
    }
    if let Err(message) = validate_block(&taken) {
        errors.push(ConlluError { line: taken.first_line, message });
        return;
    }
    builder.push_sentence(taken);
}

fn opt(field: &str) -> Option<Box<str>> {
    (field != "_").then(|| field.into())
}

fn parse_token_line<'a>(line: &'a str, block: &mut Block<'a>) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!("expected 10 tab-separated columns, found {}", cols.len()));
    }
    let id = cols[0];
    if id.contains('.') {
        // Empty nodes belong to enhanced dependencies only; they have no surface.
        return Ok(());
    }
    let form = cols[1];
    if form.is_empty() {
        return Err("empty FORM column".into());
    }
    if let Some((a, b)) = id.split_once('-') {
        let first: u32 = a.parse().map_err(|_| format!("bad multiword id `{id}`"))?;
        let last: u32 = b.parse().map_err(|_| format!("bad multiword id `{id}`"))?;
        if first == 0 || last < first || first as usize != block.words.len() + 1 {
            return Err(format!("multiword id `{id}` does not start at the next word"));
        }
        block.ranges.push(RangeLine { first, last, form, misc: Misc::parse(cols[9]) });
        return Ok(());
    }
    let n: usize = id.parse().map_err(|_| format!("bad word id `{id}`"))?;
    if n != block.words.len() + 1 {
        return Err(format!("word id {n} out of sequence (expected {})", block.words.len() + 1));
    }
    let upos = match cols[3] {
        "_" => None,
        t => Some(t.parse::<Upos>()?),
    };
    let head = match cols[6] {
        "_" => None,
        h => Some(h.parse::<u32>().map_err(|_| format!("bad HEAD `{h}`"))?),
    };
    block.words.push(WordLine {
        form,
        lemma: opt(cols[2]),
        upos,
        xpos: opt(cols[4]),
        feats: opt(cols[5]),
        head,
        deprel: opt(cols[7]),
        deps: opt(cols[8]),
        misc: Misc::parse(cols[9]),
    });
    Ok(())
}

fn validate_block(block: &Block<'_>) -> Result<(), String> {
    let n = block.words.len() as u32;
    for (i, w) in block.words.iter().enumerate() {
        if let Some(h) = w.head {
            if h > n {
                return Err(format!("word {} has HEAD {h} beyond the sentence's {n} words", i + 1));
            }
            if h as usize == i + 1 {
                return Err(format!("word {} is its own head", i + 1));
            }
        }
        if let Some(tag) = w.misc.ner {
            parse_ner_tag(tag).map_err(|e| format!("word {}: {e}", i + 1))?;
        }
    }
    let mut next = 1;
    for r in &block.ranges {
        if r.first < next || r.last > n {
            return Err(format!("multiword range {}-{} overlaps another or runs past the sentence", r.first, r.last));
        }
        next = r.last + 1;
    }
    Ok(())
}

/// A parsed `NER=` value: `None` for `O`, else whether it begins an entity, and its label.
fn parse_ner_tag(tag: &str) -> Result<Option<(bool, EntityLabel)>, String> {
    if tag == "O" || tag == "_" {
        return Ok(None);
    }
    let (prefix, label) =
        tag.split_once('-').ok_or_else(|| format!("bad NER tag `{tag}` (want B-PER, I-ORG, O, …)"))?;
    let label: EntityLabel = label.parse()?;
    match prefix {
        "B" | "U" | "S" => Ok(Some((true, label))),
        "I" | "L" | "E" => Ok(Some((false, label))),
        _ => Err(format!("bad NER tag prefix in `{tag}`")),
    }
}

/// Assembles documents sentence by sentence.
struct DocBuilder {
    doc: Doc,
    /// Whitespace owed after the last surface token, when stated explicitly.
    pending_space: Option<String>,
    has_any: bool,
    /// Entity under construction: (first token, label).
    open_entity: Option<(u32, EntityLabel)>,
    saw_ner: bool,
}

impl DocBuilder {
    fn new(id: String) -> DocBuilder {
        DocBuilder {
            doc: Doc::new(id, String::new()),
            pending_space: None,
            has_any: false,
            open_entity: None,
            saw_ner: false,
        }
    }

    fn is_empty(&self) -> bool {
        !self.has_any
    }

    /// Start a new document; returns the finished previous one if it held anything.
    fn start_doc(&mut self, id: String) -> Option<Doc> {
        let prev = std::mem::replace(self, DocBuilder::new(id));
        prev.finish()
    }

    fn finish(mut self) -> Option<Doc> {
        if !self.has_any {
            return None;
        }
        let end = self.doc.tokens.len() as u32;
        self.close_entity_at(end);
        if let Some(space) = self.pending_space.take() {
            self.doc.text.push_str(&space);
        }
        if self.saw_ner {
            self.doc.layers |= Layers::ENTITIES;
        }
        Some(self.doc)
    }

    fn push_sentence(&mut self, block: Block<'_>) {
        let doc = &mut self.doc;
        // Whitespace between the previous sentence and this one.
        if self.has_any {
            let sep =
                self.pending_space.take().unwrap_or_else(|| if block.newpar { "\n\n".into() } else { " ".into() });
            doc.text.push_str(&sep);
        }
        self.pending_space = None;
        let base = doc.tokens.len() as u32;
        let n_words = block.words.len();
        let mut ranges = block.ranges.iter().peekable();
        let mut i = 0usize;
        // First pass: text and spans, surface unit by surface unit.
        let mut unit_index = 0usize;
        while i < n_words {
            let (first, last, surface, misc) = match ranges.peek() {
                Some(r) if r.first as usize == i + 1 => {
                    let r = ranges.next().expect("peeked");
                    (i, r.last as usize - 1, r.form, &r.misc)
                }
                _ => (i, i, block.words[i].form, &block.words[i].misc),
            };
            if unit_index == 0
                && !self.has_any
                && let Some(before) = &misc.spaces_before
            {
                doc.text.push_str(before);
            }
            if let Some(space) = self.pending_space.take() {
                doc.text.push_str(&space);
            }
            let start = doc.text.len();
            doc.text.push_str(surface);
            let end = doc.text.len();
            if first == last {
                doc.tokens.push(Token { span: Span::new(start, end), ..Token::default() });
            } else {
                let words = &block.words[first..=last];
                let concatenates = words.iter().map(|w| w.form.len()).sum::<usize>() == surface.len()
                    && words.iter().map(|w| w.form).collect::<String>() == surface;
                let mut offset = start;
                for w in words {
                    let (span, form) = if concatenates {
                        let s = Span::new(offset, offset + w.form.len());
                        offset += w.form.len();
                        (s, None)
                    } else {
                        (Span::new(start, end), Some(w.form.into()))
                    };
                    doc.tokens.push(Token { span, form, ..Token::default() });
                }
                doc.multiword.push(MultiwordToken {
                    words: base + first as u32..base + last as u32 + 1,
                    span: Span::new(start, end),
                    misc: misc.rest(),
                });
            }
            // Whitespace after this unit: explicit, or the default for its position (decided when
            // the next unit or sentence is known).
            let is_last = last + 1 == n_words;
            self.pending_space = match (&misc.space_after, is_last) {
                (Some(s), _) => Some(s.clone()),
                (None, false) => Some(" ".into()),
                (None, true) => None,
            };
            i = last + 1;
            unit_index += 1;
        }
        // Second pass: annotation columns.
        let mut layers = Layers::NONE;
        for (k, w) in block.words.into_iter().enumerate() {
            let t = &mut self.doc.tokens[base as usize + k];
            t.lemma = w.lemma;
            t.upos = w.upos;
            t.xpos = w.xpos;
            t.feats = w.feats;
            t.head = w.head.map(|h| if h == 0 { Head::Root } else { Head::Token(base + h - 1) });
            t.deprel = w.deprel;
            t.deps = w.deps;
            t.misc = w.misc.rest();
            for (has, layer) in [
                (t.lemma.is_some(), Layers::LEMMA),
                (t.upos.is_some(), Layers::UPOS),
                (t.xpos.is_some(), Layers::XPOS),
                (t.feats.is_some(), Layers::FEATS),
                (t.head.is_some(), Layers::DEPS),
            ] {
                if has {
                    layers |= layer;
                }
            }
            // Entities: validated in `validate_block`, so the tag parses.
            let tag = w.misc.ner.and_then(|t| parse_ner_tag(t).ok().flatten());
            if w.misc.ner.is_some() {
                self.saw_ner = true;
            }
            let idx = base + k as u32;
            match tag {
                None => self.close_entity_at(idx),
                Some((begins, label)) => {
                    let continues = matches!(self.open_entity, Some((_, l)) if l == label) && !begins;
                    if !continues {
                        self.close_entity_at(idx);
                        self.open_entity = Some((idx, label));
                    }
                }
            }
        }
        // Entities do not cross sentences.
        let end = self.doc.tokens.len() as u32;
        self.close_entity_at(end);
        let doc = &mut self.doc;
        let span = doc.tokens[base as usize].span.cover(doc.tokens[end as usize - 1].span);
        doc.sentences.push(Sentence {
            tokens: base..end,
            span,
            newpar: block.newpar,
            id: block.id,
            comments: block.comments,
        });
        doc.layers |= layers | Layers::TOKENS | Layers::SENTENCES;
        self.has_any = true;
    }

    /// Close the open entity so that it ends just before token `idx`.
    fn close_entity_at(&mut self, idx: u32) {
        if let Some((start, label)) = self.open_entity.take() {
            let span = self.doc.tokens[start as usize].span.cover(self.doc.tokens[idx as usize - 1].span);
            self.doc.entities.push(Entity { tokens: start..idx, span, label });
        }
    }
}

fn unescape_spaces(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.push(' '),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('p') => out.push('|'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                // `\u00A0`: UD's spelling of other whitespace characters.
                let hex: String = chars.clone().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).filter(|_| hex.len() == 4) {
                    Some(c) => {
                        out.push(c);
                        for _ in 0..4 {
                            chars.next();
                        }
                    }
                    None => out.push_str("\\u"),
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn escape_spaces(v: &str, out: &mut String) {
    for c in v.chars() {
        match c {
            ' ' => out.push_str("\\s"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '|' => out.push_str("\\p"),
            '\\' => out.push_str("\\\\"),
            c if c.is_whitespace() && (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// Write every document in `docs` as CoNLL-U.
pub fn write_conllu<'a>(docs: impl IntoIterator<Item = &'a Doc>) -> String {
    let mut out = String::new();
    for doc in docs {
        write_conllu_doc(doc, &mut out);
    }
    out
}

/// Append one document as CoNLL-U to `out`. Columns a stage has not filled are written as `_`;
/// entity tags are written as `NER=…` in MISC when the document carries the entity layer.
pub fn write_conllu_doc(doc: &Doc, out: &mut String) {
    let _ = writeln!(out, "# newdoc id = {}", one_line(&doc.meta.id));
    let ner = doc.layers.contains(Layers::ENTITIES).then(|| bio_tags(doc));
    let mut mwt = doc.multiword.iter().peekable();
    for (s_idx, sent) in doc.sentences.iter().enumerate() {
        if sent.newpar {
            out.push_str("# newpar\n");
        }
        match &sent.id {
            Some(id) => {
                let _ = writeln!(out, "# sent_id = {}", one_line(id));
            }
            None => {
                let _ = writeln!(out, "# sent_id = {}-{}", one_line(&doc.meta.id), s_idx + 1);
            }
        }
        for c in &sent.comments {
            let _ = writeln!(out, "# {}", one_line(c));
        }
        let _ = writeln!(out, "# text = {}", one_line(doc.slice(sent.span)));
        let base = sent.tokens.start;
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            // Skip multiword tokens that began in an earlier sentence (malformed docs).
            while mwt.peek().is_some_and(|m| m.words.start < i) {
                mwt.next();
            }
            let unit = match mwt.peek() {
                Some(m) if m.words.start == i && m.words.end <= sent.tokens.end => {
                    let m = mwt.next().expect("peeked");
                    let spacing = spacing_misc(doc, s_idx, m.span, m.words.end);
                    let _ = writeln!(
                        out,
                        "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                        m.words.start - base + 1,
                        m.words.end - base,
                        clean_form(doc.slice(m.span)),
                        join_misc(m.misc.as_deref(), &spacing, None)
                    );
                    Some(m.words.clone())
                }
                _ => None,
            };
            let words = unit.clone().unwrap_or(i..i + 1);
            for w in words.clone() {
                let t = &doc.tokens[w as usize];
                let head = match t.head {
                    None => "_".to_string(),
                    Some(Head::Root) => "0".to_string(),
                    Some(Head::Token(h)) if sent.tokens.contains(&h) => (h - base + 1).to_string(),
                    Some(Head::Token(_)) => "_".to_string(),
                };
                let spacing = if unit.is_some() { String::new() } else { spacing_misc(doc, s_idx, t.span, w + 1) };
                let ner_tag = ner.as_ref().map(|tags| tags[w as usize].as_str());
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    w - base + 1,
                    clean_form(doc.form(w as usize)),
                    field(t.lemma.as_deref()),
                    t.upos.map_or("_", Upos::as_str),
                    field(t.xpos.as_deref()),
                    field(t.feats.as_deref()),
                    head,
                    field(t.deprel.as_deref()),
                    field(t.deps.as_deref()),
                    join_misc(t.misc.as_deref(), &spacing, ner_tag),
                );
            }
            i = words.end;
        }
        out.push('\n');
    }
}

fn field(v: Option<&str>) -> &str {
    match v {
        Some(s) if !s.is_empty() => s,
        _ => "_",
    }
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

fn clean_form(s: &str) -> String {
    if s.is_empty() { "_".into() } else { s.replace(['\n', '\r', '\t'], " ") }
}

/// MISC spacing items for a surface unit covering `span` whose next word is `next_word`.
fn spacing_misc(doc: &Doc, s_idx: usize, span: Span, next_word: u32) -> String {
    let mut items = String::new();
    let first_of_doc = s_idx == 0 && doc.tokens.first().is_some_and(|t| t.span.start == span.start);
    if first_of_doc && span.start > 0 {
        items.push_str("SpacesBefore=");
        escape_spaces(&doc.text[..span.start as usize], &mut items);
    }
    let next_start = doc.tokens.get(next_word as usize).map_or(doc.text.len(), |t| t.span.start as usize);
    let actual = doc.text.get(span.end as usize..next_start.max(span.end as usize)).unwrap_or("");
    let last_of_sentence = next_word == doc.sentences[s_idx].tokens.end;
    let default = if next_word as usize >= doc.tokens.len() {
        ""
    } else if last_of_sentence && doc.sentences.get(s_idx + 1).is_some_and(|s| s.newpar) {
        "\n\n"
    } else {
        " "
    };
    if actual != default {
        if !items.is_empty() {
            items.push('|');
        }
        if actual.is_empty() {
            items.push_str("SpaceAfter=No");
        } else {
            items.push_str("SpacesAfter=");
            escape_spaces(actual, &mut items);
        }
    }
    items
}

fn join_misc(rest: Option<&str>, spacing: &str, ner: Option<&str>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(r) = rest.filter(|r| !r.is_empty()) {
        parts.push(r);
    }
    if !spacing.is_empty() {
        parts.push(spacing);
    }
    let ner_item;
    if let Some(tag) = ner {
        ner_item = format!("NER={tag}");
        parts.push(&ner_item);
    }
    if parts.is_empty() { "_".into() } else { parts.join("|") }
}

/// BIO tags for every token of `doc`, from its entity spans.
fn bio_tags(doc: &Doc) -> Vec<String> {
    let mut tags = vec!["O".to_string(); doc.tokens.len()];
    for e in &doc.entities {
        for i in e.tokens.clone() {
            if let Some(tag) = tags.get_mut(i as usize) {
                let prefix = if i == e.tokens.start { "B" } else { "I" };
                *tag = format!("{prefix}-{}", e.label);
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar\n# sent_id = s1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
# sent_id = s2\n# text = Toivo Klaar met Mammadyarov.\n\
1\tToivo\tToivo\tPROPN\tNNP\t_\t3\tnsubj\t_\tNER=B-PER\n\
2\tKlaar\tKlaar\tPROPN\tNNP\t_\t1\tflat\t_\tNER=I-PER\n\
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tNER=O\n\
4\tMammadyarov\tMammadyarov\tPROPN\tNNP\t_\t3\tobj\t_\tNER=B-PER|SpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tNER=O\n\n\
# newdoc id = d2\n# newpar\n# sent_id = s3\n# text = Hi\n\
1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";

    #[test]
    fn reads_text_multiword_tokens_heads_and_entities() {
        let parsed = parse_conllu(SAMPLE, "x");
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.docs.len(), 2);
        let d = &parsed.docs[0];
        assert_eq!(d.meta.id, "d1");
        assert_eq!(d.text, "I don't know. Toivo Klaar met Mammadyarov.");
        assert_eq!(d.form(1), "do");
        assert_eq!(d.slice(d.tokens[2].span), "n't");
        assert_eq!(d.multiword.len(), 1);
        assert_eq!(d.slice(d.multiword[0].span), "don't");
        assert_eq!(d.tokens[0].head, Some(Head::Token(3)));
        assert_eq!(d.tokens[3].head, Some(Head::Root));
        assert_eq!(d.tokens[6].head, Some(Head::Token(5)), "heads are document-wide indices");
        assert_eq!(d.entities.len(), 2);
        assert_eq!(d.slice(d.entities[0].span), "Toivo Klaar");
        assert_eq!(d.entities[1].label, EntityLabel::Per);
        assert!(d.layers.contains(Layers::UPOS | Layers::DEPS | Layers::ENTITIES));
        assert_eq!(parsed.docs[1].text, "Hi");
    }

    #[test]
    fn write_then_read_gives_the_same_document() {
        let parsed = parse_conllu(SAMPLE, "x");
        let written = write_conllu(&parsed.docs);
        let again = parse_conllu(&written, "x");
        assert!(again.errors.is_empty(), "{:?}\n{written}", again.errors);
        assert_eq!(again.docs, parsed.docs, "{written}");
    }

    #[test]
    fn malformed_sentence_is_skipped_and_reported_with_its_line() {
        let bad = "# text = a b\n1\ta\n\n# text = c\n1\tc\tc\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        let parsed = parse_conllu(bad, "doc");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 2);
        assert_eq!(parsed.docs.len(), 1);
        assert_eq!(parsed.docs[0].text, "c");
    }

    #[test]
    fn unusual_spacing_round_trips() {
        let mut doc = Doc::new("sp", "  Hello,\tworld |x\n\nNew par.\n");
        let spans = [(2, 7), (7, 8), (9, 14), (15, 16), (16, 17), (19, 22), (23, 26), (26, 27)];
        doc.tokens = spans.iter().map(|&(s, e)| Token { span: Span::new(s, e), ..Token::default() }).collect();
        doc.layers |= Layers::TOKENS;
        doc.set_sentences(&[0, 5], &[true, true]);
        let written = write_conllu(std::iter::once(&doc));
        let again = parse_conllu(&written, "sp");
        assert_eq!(again.docs[0].text, doc.text, "{written}");
        assert_eq!(again.docs[0].tokens, doc.tokens);
    }
}
