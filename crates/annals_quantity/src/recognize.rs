//! The quantity grammar: bound? unit? (number | range | vague amount) unit? and the counted noun.
//!
//! Matching runs left to right over the atoms of each sentence, taking at each position the
//! first quantity that starts there; rejected numbers (years, identifiers, ordinals…) are
//! skipped one atom at a time, so the words after them are still looked at.

use crate::atoms::{AtomKind, Atoms};
use crate::lexfile::LexFile;
use crate::numbers::{Number, NumberForm, NumberWords};
use crate::phrases::PhraseTable;
use crate::{Bound, Error, Quantity};
use annals_doc::{Doc, Span, Upos};
use std::collections::HashSet;

const BUILTIN: &str = include_str!("../data/quantities.txt");
const BUILTIN_NAME: &str = "crates/annals_quantity/data/quantities.txt";
const SECTIONS: [&str; 9] = [
    "bounds",
    "vague",
    "vague_multipliers",
    "units_after",
    "units_before",
    "count_nouns",
    "stop",
    "labels",
    "pronoun_one",
];

/// Finds quantities in documents. Build once ([`QuantityRecognizer::builtin`]), share freely.
#[derive(Debug, Clone)]
pub struct QuantityRecognizer {
    numbers: NumberWords,
    bounds: PhraseTable<Bound>,
    vague: PhraseTable<(f64, f64)>,
    multipliers: PhraseTable<(f64, f64)>,
    units_after: PhraseTable<String>,
    units_before: PhraseTable<String>,
    count_nouns: HashSet<String>,
    stop: HashSet<String>,
    labels: HashSet<String>,
    pronoun_one: HashSet<String>,
    /// Words that can begin a quantity besides numbers and number words (bounds, vague
    /// amounts, "between"): a quick filter before the grammar is tried.
    starts: HashSet<String>,
}

impl QuantityRecognizer {
    /// The recogniser with the built-in English word lists.
    pub fn builtin() -> QuantityRecognizer {
        let mut q = QuantityRecognizer {
            numbers: NumberWords::builtin().clone(),
            bounds: PhraseTable::new(),
            vague: PhraseTable::new(),
            multipliers: PhraseTable::new(),
            units_after: PhraseTable::new(),
            units_before: PhraseTable::new(),
            count_nouns: HashSet::new(),
            stop: HashSet::new(),
            labels: HashSet::new(),
            pronoun_one: HashSet::new(),
            starts: HashSet::new(),
        };
        // The built-in file is checked by a unit test, so this cannot fail at run time.
        q.extend(BUILTIN_NAME, BUILTIN).expect("built-in quantities.txt is valid");
        q
    }

    /// The number words this recogniser uses.
    pub fn numbers(&self) -> &NumberWords {
        &self.numbers
    }

    /// Add words from a user file in the format of `data/quantities.txt` or `data/numbers.txt`
    /// (sections of both may be mixed in one file).
    ///
    /// # Errors
    /// Syntax errors, unknown sections and bad keys, each with `file:line`.
    pub fn extend(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let file = LexFile::parse(name, text)?;
        // Number-word sections may be mixed into the same user file; they go to the number words.
        let known: Vec<&str> = SECTIONS.iter().chain(crate::numbers::SECTIONS.iter()).copied().collect();
        file.check_sections(&known)?;
        self.numbers.extend_from(&file)?;
        for section in &file.sections {
            for e in &section.entries {
                match section.name.as_str() {
                    "bounds" => {
                        let bound = match e.key.as_deref() {
                            Some("more_than") => Bound::MoreThan,
                            Some("at_least") => Bound::AtLeast,
                            Some("less_than") => Bound::LessThan,
                            Some("at_most") => Bound::AtMost,
                            Some("nearly") => Bound::Nearly,
                            Some("approximately") => Bound::Approximately,
                            _ => {
                                return Err(file
                                    .error(
                                        e.line,
                                        "[bounds] keys are more_than, at_least, less_than, at_most, nearly, approximately",
                                    )
                                    .into());
                            }
                        };
                        for f in &e.forms {
                            self.bounds.insert(f, bound);
                        }
                    }
                    "vague" | "vague_multipliers" => {
                        let range = parse_range(e.key.as_deref()).ok_or_else(|| {
                            file.error(e.line, format!("[{}] keys are `min max`, e.g. `24 99 = dozens`", section.name))
                        })?;
                        let table = if section.name == "vague" { &mut self.vague } else { &mut self.multipliers };
                        for f in &e.forms {
                            table.insert(f, range);
                        }
                    }
                    "units_after" | "units_before" => {
                        let Some(key) = e.key.clone() else {
                            return Err(file
                                .error(e.line, "units need a key naming the unit: `percent = percent | %`")
                                .into());
                        };
                        let table =
                            if section.name == "units_after" { &mut self.units_after } else { &mut self.units_before };
                        for f in &e.forms {
                            table.insert(f, key.clone());
                        }
                    }
                    "count_nouns" | "stop" | "labels" | "pronoun_one" => {
                        let set = match section.name.as_str() {
                            "count_nouns" => &mut self.count_nouns,
                            "stop" => &mut self.stop,
                            "labels" => &mut self.labels,
                            _ => &mut self.pronoun_one,
                        };
                        set.extend(e.forms.iter().cloned());
                    }
                    _ => {}
                }
            }
        }
        self.starts = ["between", "a", "an"].iter().map(|s| s.to_string()).collect();
        for t in [
            &self.bounds.first_atoms().collect::<Vec<_>>(),
            &self.vague.first_atoms().collect(),
            &self.multipliers.first_atoms().collect(),
        ] {
            self.starts.extend(t.iter().map(|s| s.to_string()));
        }
        Ok(())
    }

    /// Every quantity in `doc`, in text order, skipping numbers that overlap an `exclude` span
    /// (pass the time expressions found in the document).
    pub fn recognize(&self, doc: &Doc, exclude: &[Span]) -> Vec<Quantity> {
        let atoms = Atoms::new(doc);
        self.recognize_atoms(doc, &atoms, exclude)
    }

    /// [`QuantityRecognizer::recognize`] on atoms already cut from `doc`.
    pub fn recognize_atoms(&self, doc: &Doc, a: &Atoms<'_>, exclude: &[Span]) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut excl: Vec<Span> = exclude.to_vec();
        excl.sort();
        for s in &a.sentences {
            let mut i = s.start;
            while i < s.end {
                match self.match_at(doc, a, i, s.start, s.end, &excl) {
                    Some((q, end)) => {
                        out.push(q);
                        i = end.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        out
    }

    /// The quantity starting at atom `i` and the atom after its last one (noun excluded).
    fn match_at(
        &self,
        doc: &Doc,
        a: &Atoms<'_>,
        i: usize,
        first: usize,
        e: usize,
        excl: &[Span],
    ) -> Option<(Quantity, usize)> {
        // Cheap filter: a quantity starts with a number, a number word, a bound, a unit symbol
        // or a vague word.
        let w = a.lower(i);
        if a.atoms[i].kind == AtomKind::Punct && self.units_before.longest(a, i, e).is_none() {
            return None;
        }
        if a.atoms[i].kind == AtomKind::Word && !self.starts.contains(w) && !self.numbers.is_number_word(w) {
            return None;
        }

        let mut j = i;
        let mut bound = Bound::Exact;
        if let Some((&b, k)) = self.bounds.longest(a, i, e) {
            bound = b;
            j = k;
        }
        let mut unit = None;
        if let Some((u, k)) = self.units_before.longest(a, j, e) {
            unit = Some(u.clone());
            j = k;
        }

        // "between 10 and 20"
        if bound == Bound::Exact && unit.is_none() && a.lower(j) == "between" {
            let lo = self.number(a, j + 1, first, e, excl, false)?;
            if lo.end < e && a.lower(lo.end) == "and" {
                let hi = self.number(a, lo.end + 1, first, e, excl, true)?;
                let lo_v = scaled_low(&lo, &hi);
                if hi.value > lo_v {
                    return Some(self.finish(doc, a, i, hi.end, e, Some(lo_v), Some(hi.value), Bound::Range, unit));
                }
            }
            return None;
        }

        // Vague amounts: "several hundred", "dozens", "tens of thousands".
        if let Some((&(lo, hi), k)) = self.multipliers.longest(a, j, e)
            && k < e
            && let Some(s) = self.numbers.scale_value(a.lower(k))
        {
            let mut end = k + 1;
            let mut s = s;
            if let Some(s2) = (end < e).then(|| self.numbers.scale_value(a.lower(end))).flatten()
                && s2 > s
            {
                s *= s2;
                end += 1;
            }
            let (min, max) = bounded(bound, lo * s, hi * s);
            return Some(self.finish(doc, a, i, end, e, min, max, vague_bound(bound), unit));
        }
        if let Some((&(lo, hi), k)) = self.vague.longest(a, j, e) {
            let (min, max) = bounded(bound, lo, hi);
            return Some(self.finish(doc, a, i, k, e, min, max, vague_bound(bound), unit));
        }

        let n = self.number(a, j, first, e, excl, false)?;
        // Ranges: "10-20", "10 to 20", "two or three", "2 to 3 million".
        if bound == Bound::Exact && n.end + 1 < e {
            let sep = a.lower(n.end);
            let dash = matches!(sep, "-" | "–" | "—") && a.atoms[n.end].glued && a.atoms[n.end + 1].glued;
            let word = matches!(sep, "to" | "or") && (i == 0 || a.lower(i - 1) != "from");
            if (dash && matches!(n.form, NumberForm::Digits { .. })) || word {
                if let Some(hi) = self.number(a, n.end + 1, first, e, excl, true) {
                    let lo_v = scaled_low(&n, &hi);
                    let same_form = matches!(
                        (n.form, hi.form),
                        (NumberForm::Digits { .. }, NumberForm::Digits { .. }) | (NumberForm::Words, NumberForm::Words)
                    );
                    if hi.value > lo_v && same_form {
                        return Some(self.finish(doc, a, i, hi.end, e, Some(lo_v), Some(hi.value), Bound::Range, unit));
                    }
                }
                if dash {
                    // "3-0", "1-800-…": a score or an identifier, not an amount.
                    return None;
                }
            }
        }
        let (min, max) = bounded(bound, n.value, n.value);
        let end = n.end;
        if unit.is_none() && bound == Bound::Exact && self.year_like(a, &n, e) {
            return None;
        }
        Some(self.finish(doc, a, i, end, e, min, max, bound, unit))
    }

    /// Add units written after the number, find the counted noun and build the quantity.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        doc: &Doc,
        a: &Atoms<'_>,
        start: usize,
        mut end: usize,
        e: usize,
        min: Option<f64>,
        max: Option<f64>,
        bound: Bound,
        mut unit: Option<String>,
    ) -> (Quantity, usize) {
        let mut noun = None;
        if unit.is_none()
            && let Some((u, k)) = self.units_after.longest(a, end, e)
        {
            unit = Some(u.clone());
            noun = Some(a.span(end, k));
            end = k;
        }
        if noun.is_none() && unit.is_none() {
            noun = self.counted_noun(doc, a, end, e);
        }
        let approximate = matches!(bound, Bound::Nearly | Bound::Approximately | Bound::Vague);
        (Quantity { span: a.span(start, end), min, max, bound, approximate, unit, noun }, end)
    }

    /// A number at atom `j` that may stand as an amount, or `None` when it is an identifier,
    /// ordinal, clock time, label or excluded span.
    ///
    /// `second` is true for the second number of a range, which may follow a glued hyphen.
    fn number(&self, a: &Atoms<'_>, j: usize, first: usize, e: usize, excl: &[Span], second: bool) -> Option<Number> {
        let n = self.numbers.cardinal(a, j, e)?;
        let span = a.span(n.start, n.end);
        if excl.iter().any(|x| x.overlaps(span)) {
            return None;
        }
        let prev = (j > first).then(|| j - 1);
        let next = (n.end < e).then_some(n.end);
        let glued_next = next.filter(|&k| a.atoms[k].glued);
        match n.form {
            NumberForm::Digits { int_digits, grouped, .. } => {
                if let Some(p) = prev.filter(|_| a.atoms[j].glued && !second) {
                    // "G7", "MH-17", "#3", "+1 555": part of a name or code.
                    let pw = a.lower(p);
                    let word_before = a.atoms[p].kind == AtomKind::Word;
                    // A hyphen glued to a word or number before it: "MH-17", the "0" of "3-0",
                    // the "123" of "555-123-4567".
                    let hyphen_code =
                        pw == "-" && p > first && a.atoms[p].glued && a.atoms[p - 1].kind != AtomKind::Punct;
                    if word_before || hyphen_code || matches!(pw, "#" | "+" | "/" | "." | ",") {
                        return None;
                    }
                }
                if let Some(k) = glued_next {
                    let nw = a.lower(k);
                    let kind = a.atoms[k].kind;
                    if kind == AtomKind::Word && self.numbers.scale_value(nw).is_none() {
                        // "3rd", "1990s", "10km", "9am".
                        return None;
                    }
                    if matches!(nw, "/" | ":") {
                        return None;
                    }
                    if nw == "-"
                        && k + 1 < e
                        && a.atoms[k + 1].glued
                        && a.atoms[k + 1].kind == AtomKind::Word
                        && !self.numbers.is_number_word(a.lower(k + 1))
                    {
                        // "25-year-old", "two-day": a compound modifier.
                        return None;
                    }
                }
                // Long digit strings are identifiers; a leading zero ("007", "01") marks a code.
                let text = a.text_of(j);
                let leading_zero = text.len() > 1 && text.starts_with('0') && !text.starts_with("0.");
                if !grouped && int_digits >= 7 || leading_zero || self.phone_like(a, j, e) {
                    return None;
                }
            }
            NumberForm::Words => {
                let w = a.lower(j);
                if w == "one" {
                    let after_det = prev.is_some_and(|p| self.pronoun_one.contains(a.lower(p)));
                    let another = next.is_some_and(|k| matches!(a.lower(k), "another" | "'s"));
                    if after_det || another {
                        return None;
                    }
                }
                if let Some(k) = glued_next
                    && a.lower(k) == "-"
                    && k + 1 < e
                    && a.atoms[k + 1].kind == AtomKind::Word
                    && !self.numbers.is_number_word(a.lower(k + 1))
                {
                    return None;
                }
            }
        }
        if let Some(p) = prev {
            let mut p = p;
            if a.lower(p) == "." && p > first {
                p -= 1;
            }
            if self.labels.contains(a.lower(p)) {
                return None;
            }
        }
        if let Some(k) = next
            && matches!(
                a.lower(k),
                "a.m." | "p.m." | "am" | "pm" | "o'clock" | "gmt" | "utc" | "hrs" | "st" | "nd" | "rd" | "th"
            )
        {
            return None;
        }
        Some(n)
    }

    /// True when the digits at `j` continue as `ddd-ddd-dddd` groups, like a phone number.
    fn phone_like(&self, a: &Atoms<'_>, j: usize, e: usize) -> bool {
        let mut groups = 1;
        let mut k = j;
        while k + 2 < e
            && matches!(a.lower(k + 1), "-" | ".")
            && a.atoms[k + 1].glued
            && a.atoms[k + 2].glued
            && a.atoms[k + 2].kind == AtomKind::Number
        {
            groups += 1;
            k += 2;
        }
        groups >= 3
    }

    /// A four-digit number that reads as a year: 1000–2100, no separators, no scale word, and
    /// not followed by a known counted noun ("1500 people" is an amount).
    fn year_like(&self, a: &Atoms<'_>, n: &Number, e: usize) -> bool {
        let NumberForm::Digits { int_digits: 4, grouped: false, decimal: false, scaled: false } = n.form else {
            return false;
        };
        if !(1000.0..=2100.0).contains(&n.value) {
            return false;
        }
        let counted = (n.end < e) && self.count_nouns.contains(a.lower(n.end)) && a.lower(n.end) != "percent";
        let unit_after = self.units_after.longest(a, n.end, e).is_some();
        !(counted || unit_after)
    }

    /// The head of the noun phrase after atom `from`: "20,000 Azerbaijanis", "seven surrounding
    /// regions", "dozens of people".
    fn counted_noun(&self, doc: &Doc, a: &Atoms<'_>, from: usize, e: usize) -> Option<Span> {
        let mut j = from;
        if j < e && a.lower(j) == "of" {
            j += 1;
            if j < e && matches!(a.lower(j), "the" | "those" | "these" | "their" | "its" | "our" | "his" | "her") {
                j += 1;
            }
        }
        let upos = |k: usize| a.atoms[k].token.and_then(|t| doc.tokens.get(t as usize)).and_then(|t| t.upos);
        let mut head = None;
        let mut words = 0;
        while j < e && words < 4 {
            let at = a.atoms[j];
            let w = a.lower(j);
            if at.kind != AtomKind::Word {
                // "Azerbaijani-held": the hyphenated word goes on.
                if w == "-" && at.glued && j + 1 < e && a.atoms[j + 1].glued && a.atoms[j + 1].kind == AtomKind::Word {
                    j += 1;
                    continue;
                }
                break;
            }
            if w == "'s" {
                j += 1;
                continue;
            }
            if self.stop.contains(w) || self.numbers.is_number_word(w) {
                break;
            }
            match upos(j) {
                Some(Upos::Noun | Upos::Propn) => head = Some(j),
                Some(Upos::Adj | Upos::Verb | Upos::Num) => {}
                Some(_) => break,
                None => {
                    // "7 Henman beat …": a name followed by a lowercase word starts a clause.
                    if let Some(h) = head
                        && a.is_capitalized(h)
                        && !a.lower(h).ends_with('s')
                        && !a.is_capitalized(j)
                    {
                        return None;
                    }
                    head = Some(j);
                    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !a.is_capitalized(j);
                    if self.count_nouns.contains(w) || plural {
                        break;
                    }
                }
            }
            words += 1;
            j += 1;
        }
        // Without tags, a lone name ("7 Henman") or participle ("one equipped") is not what
        // the number counts; a capitalised plural ("20,000 Azerbaijanis") is.
        let h = head?;
        if upos(h).is_none() {
            let w = a.lower(h);
            let lone_name = a.is_capitalized(h) && !w.ends_with('s') && (h == from || !a.is_capitalized(h - 1));
            if lone_name || w.ends_with("ed") {
                return None;
            }
        }
        Some(a.atoms[h].span)
    }
}

/// `lo` of a range, scaled like `hi` when only `hi` carries the scale word ("2 to 3 million").
fn scaled_low(lo: &Number, hi: &Number) -> f64 {
    if lo.scale == 1.0 && hi.scale > 1.0 && lo.value * hi.scale <= hi.value { lo.value * hi.scale } else { lo.value }
}

/// The interval a bound gives a number (or a vague interval).
fn bounded(bound: Bound, lo: f64, hi: f64) -> (Option<f64>, Option<f64>) {
    match bound {
        Bound::MoreThan | Bound::AtLeast => (Some(lo), None),
        Bound::LessThan | Bound::AtMost | Bound::Nearly => (None, Some(hi)),
        _ => (Some(lo), Some(hi)),
    }
}

/// A bound word before a vague amount keeps its meaning ("more than a dozen" is still a lower
/// bound); otherwise the amount is vague.
fn vague_bound(bound: Bound) -> Bound {
    if bound == Bound::Exact || bound == Bound::Approximately { Bound::Vague } else { bound }
}

fn parse_range(key: Option<&str>) -> Option<(f64, f64)> {
    let mut it = key?.split_whitespace().map(|v| v.parse::<f64>().ok());
    let (lo, hi) = (it.next()??, it.next()??);
    (it.next().is_none() && lo <= hi).then_some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_is_valid() {
        let _ = QuantityRecognizer::builtin();
    }

    #[test]
    fn user_file_errors_point_at_the_line() {
        let mut q = QuantityRecognizer::builtin();
        let e = q.extend("user.txt", "[vague]\n99 24 = odd\n").unwrap_err();
        assert_eq!(e.to_string(), "user.txt:2: [vague] keys are `min max`, e.g. `24 99 = dozens`");
        let e = q.extend("user.txt", "[stop]\nx\n[nope]\n").unwrap_err();
        assert!(e.to_string().starts_with("user.txt:3: unknown section `[nope]`"));
        q.extend("user.txt", "[tens]\n20 = score\n[count_nouns]\ncamels\n").unwrap();
    }
}
