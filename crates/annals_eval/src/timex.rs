//! Time-expression recall and normalised-value accuracy against TimeML gold data (TimeBank,
//! AQUAINT).
//!
//! [`read_timeml`] turns a `.tml` file into its plain text (tags removed, entities decoded),
//! the creation time (`DCT`) and the gold `TIMEX3` spans in that text. [`TimexScores`] compares
//! predicted expressions with the gold ones, per TIMEX3 type:
//! - **found**: gold expressions overlapped by some prediction (recall by overlap);
//! - **exact span**: gold expressions with a prediction of exactly the same span;
//! - **value correct**: found expressions whose best-overlapping prediction has the gold value.
//!   Value accuracy is reported *on the found expressions*, the figure the project targets.
//!
//! Values are compared after writing both sides in one notation: TimeML writes a decade as
//! `199` and a century as `19`, where Annals writes `199X` and `19XX`; TimeML week numbers may
//! lack a leading zero (`2000-W7`). No other normalisation is done.

use annals_doc::Span;
use std::collections::BTreeMap;
use std::fmt;

/// A gold TIMEX3 in the plain text of a TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Bytes of the expression in [`TimemlDoc::text`].
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The normalised value.
    pub value: String,
    /// The TIMEX3 `mod` attribute, if any.
    pub modifier: Option<String>,
}

/// A TimeML document: its text, creation time and gold expressions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDoc {
    /// `DOCID`, or the name given to the reader.
    pub id: String,
    /// The creation time's date (`YYYY-MM-DD`), when the document has one.
    pub dct: Option<String>,
    /// The text inside `<TEXT>`, without tags.
    pub text: String,
    /// Gold expressions in text order.
    pub timexes: Vec<GoldTimex>,
}

/// Read a TimeML file. `name` is used as the id when the file has no `DOCID`.
///
/// # Errors
/// A file without a `<TEXT>` element, or with unbalanced `TIMEX3` tags.
pub fn read_timeml(name: &str, xml: &str) -> Result<TimemlDoc, String> {
    let id = between(xml, "<DOCID>", "</DOCID>").map_or_else(|| name.to_string(), |s| s.trim().to_string());
    let dct = between(xml, "<DCT>", "</DCT>")
        .and_then(|d| attr(d, "value"))
        .map(|v| v.chars().take(10).collect::<String>())
        .filter(|v| v.len() == 10);
    let body = between(xml, "<TEXT>", "</TEXT>").ok_or_else(|| format!("{name}: no <TEXT> element"))?;
    let mut text = String::with_capacity(body.len());
    let mut open: Vec<(usize, String, String, Option<String>)> = Vec::new();
    let mut timexes = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        match rest.find(['<', '&']) {
            None => {
                text.push_str(rest);
                break;
            }
            Some(k) => {
                text.push_str(&rest[..k]);
                rest = &rest[k..];
            }
        }
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10);
            match end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e))) {
                Some((c, e)) => {
                    text.push(c);
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let end = rest.find('>').ok_or_else(|| format!("{name}: unterminated tag"))?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if tag.starts_with("TIMEX3") && !tag.ends_with('/') {
            let kind = attr(tag, "type").unwrap_or_default();
            let value = attr(tag, "value").unwrap_or_default();
            open.push((text.len(), kind, value, attr(tag, "mod")));
        } else if tag == "/TIMEX3" {
            let (start, kind, value, modifier) =
                open.pop().ok_or_else(|| format!("{name}: </TIMEX3> without an opening tag"))?;
            // Gold spans sometimes include surrounding blanks; the expression is the text.
            let raw = &text[start..];
            let lead = raw.len() - raw.trim_start().len();
            let trail = raw.len() - raw.trim_end().len();
            let span = Span::new(start + lead, (text.len() - trail).max(start + lead));
            timexes.push(GoldTimex { span, kind, value, modifier });
        }
    }
    if !open.is_empty() {
        return Err(format!("{name}: a <TIMEX3> is never closed"));
    }
    timexes.sort_by_key(|t| t.span);
    Ok(TimemlDoc { id, dct, text, timexes })
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = a + s[a..].find(close)?;
    Some(&s[a..b])
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let mut from = 0;
    while let Some(k) = tag[from..].find(&key) {
        let at = from + k;
        // Match whole attribute names only ("value", not "anchorValue").
        if at == 0 || tag.as_bytes()[at - 1].is_ascii_whitespace() {
            let v = &tag[at + key.len()..];
            return v.find('"').map(|e| v[..e].to_string());
        }
        from = at + key.len();
    }
    None
}

fn decode_entity(e: &str) -> Option<char> {
    Some(match e {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let n = e.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

/// A predicted expression, as the scorer needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredictedTimex {
    /// Bytes of the expression in the same text as the gold spans.
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The normalised value.
    pub value: String,
}

/// Counts for one TIMEX3 type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeScore {
    /// Gold expressions of this type.
    pub gold: usize,
    /// Gold expressions overlapped by a prediction.
    pub found: usize,
    /// Gold expressions with a prediction of exactly their span.
    pub exact_span: usize,
    /// Found expressions whose best-overlapping prediction has the gold value.
    pub value_correct: usize,
}

impl TypeScore {
    /// Recall by overlap, in percent.
    pub fn recall(&self) -> f64 {
        pct(self.found, self.gold)
    }

    /// Recall by exact span, in percent.
    pub fn exact_recall(&self) -> f64 {
        pct(self.exact_span, self.gold)
    }

    /// Value accuracy on the found expressions, in percent.
    pub fn value_accuracy(&self) -> f64 {
        pct(self.value_correct, self.found)
    }

    fn add(&mut self, o: &TypeScore) {
        self.gold += o.gold;
        self.found += o.found;
        self.exact_span += o.exact_span;
        self.value_correct += o.value_correct;
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { 100.0 * n as f64 / d as f64 }
}

/// A found gold expression whose value was not matched, for error analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueMismatch {
    /// Document id.
    pub doc: String,
    /// Gold span.
    pub span: Span,
    /// Gold type.
    pub kind: String,
    /// Gold text.
    pub gold_text: String,
    /// Gold value.
    pub gold_value: String,
    /// Text of the best-overlapping prediction.
    pub predicted_text: String,
    /// Its value.
    pub predicted_value: String,
}

/// Scores over a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimexScores {
    /// Counts per gold TIMEX3 type (`DATE`, `TIME`, …).
    pub by_type: BTreeMap<String, TypeScore>,
    /// Predictions made.
    pub predicted: usize,
    /// Predictions that overlap no gold expression.
    pub unmatched: usize,
    /// Those predictions, as `(doc, type, text, value)`.
    pub spurious: Vec<(String, String, String, String)>,
    /// Gold expressions that were missed, as `(doc, type, text, value)`.
    pub missed: Vec<(String, String, String, String)>,
    /// Found expressions with a wrong value.
    pub mismatches: Vec<ValueMismatch>,
}

/// True when a predicted value equals a gold one, up to the notational variants described in
/// the module documentation.
pub fn same_value(gold: &str, predicted: &str) -> bool {
    canonical(gold) == canonical(predicted)
}

fn canonical(v: &str) -> String {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if v.len() == 3 && digits(v) {
        return format!("{v}X");
    }
    if v.len() == 2 && digits(v) {
        return format!("{v}XX");
    }
    // "2000-W7" → "2000-W07"
    if let Some((y, w)) = v.split_once("-W") {
        let (num, rest) = w.split_at(w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len()));
        if num.len() == 1 {
            return format!("{y}-W0{num}{rest}");
        }
    }
    v.to_string()
}

impl TimexScores {
    /// Score one document. `text` is the document text the spans point into.
    pub fn add_doc(&mut self, doc: &str, text: &str, gold: &[GoldTimex], predicted: &[PredictedTimex]) {
        let slice = |s: Span| text.get(s.range()).unwrap_or("").to_string();
        self.predicted += predicted.len();
        for p in predicted.iter().filter(|p| !gold.iter().any(|g| g.span.overlaps(p.span))) {
            self.unmatched += 1;
            self.spurious.push((doc.to_string(), p.kind.clone(), slice(p.span), p.value.clone()));
        }
        for g in gold {
            let score = self.by_type.entry(g.kind.clone()).or_default();
            score.gold += 1;
            let overlap =
                |p: &PredictedTimex| (g.span.end.min(p.span.end) as i64 - g.span.start.max(p.span.start) as i64).max(0);
            let best =
                predicted.iter().filter(|p| p.span.overlaps(g.span)).fold(
                    None::<&PredictedTimex>,
                    |best, p| match best {
                        Some(b) if overlap(b) >= overlap(p) => Some(b),
                        _ => Some(p),
                    },
                );
            let Some(best) = best else {
                self.missed.push((doc.to_string(), g.kind.clone(), slice(g.span), g.value.clone()));
                continue;
            };
            score.found += 1;
            if predicted.iter().any(|p| p.span == g.span) {
                score.exact_span += 1;
            }
            if same_value(&g.value, &best.value) {
                score.value_correct += 1;
            } else {
                self.mismatches.push(ValueMismatch {
                    doc: doc.to_string(),
                    span: g.span,
                    kind: g.kind.clone(),
                    gold_text: slice(g.span),
                    gold_value: g.value.clone(),
                    predicted_text: slice(best.span),
                    predicted_value: best.value.clone(),
                });
            }
        }
    }

    /// Counts over all types.
    pub fn total(&self) -> TypeScore {
        let mut t = TypeScore::default();
        for s in self.by_type.values() {
            t.add(s);
        }
        t
    }
}

impl fmt::Display for TimexScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<9} {:>6} {:>7} {:>9} {:>7} {:>9} {:>7} {:>9}",
            "type", "gold", "found", "recall", "exact", "recall", "value", "accuracy"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &TypeScore| {
            writeln!(
                f,
                "{:<9} {:>6} {:>7} {:>8.2}% {:>7} {:>8.2}% {:>7} {:>8.2}%",
                name,
                s.gold,
                s.found,
                s.recall(),
                s.exact_span,
                s.exact_recall(),
                s.value_correct,
                s.value_accuracy()
            )
        };
        for (k, s) in &self.by_type {
            row(f, k, s)?;
        }
        row(f, "all", &self.total())?;
        write!(f, "predicted {}, of which {} overlap no gold expression", self.predicted, self.unmatched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-18" functionInDocument="CREATION_TIME">19980818</TIMEX3></DCT>
<TEXT>
Stocks fell <TIMEX3 tid="t1" type="DATE" value="1998-08-17">Monday</TIMEX3> &amp; rose <EVENT eid="e1">today</EVENT> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years </TIMEX3>in <TIMEX3 tid="t3" type="DATE" value="199" mod="START">the early 1990s</TIMEX3>.
</TEXT></TimeML>"#;

    #[test]
    fn reads_text_dct_and_spans() {
        let d = read_timeml("x.tml", TML).unwrap();
        assert_eq!((d.id.as_str(), d.dct.as_deref()), ("X1", Some("1998-08-18")));
        let texts: Vec<&str> = d.timexes.iter().map(|t| &d.text[t.span.range()]).collect();
        assert_eq!(texts, ["Monday", "three years", "the early 1990s"]);
        assert!(d.text.contains("Monday & rose today after three years in"));
        assert_eq!(d.timexes[2].modifier.as_deref(), Some("START"));
    }

    #[test]
    fn scores_recall_exact_span_and_values() {
        let d = read_timeml("x.tml", TML).unwrap();
        let p = |s: &str, kind: &str, value: &str| {
            let start = d.text.find(s).unwrap();
            PredictedTimex { span: Span::new(start, start + s.len()), kind: kind.into(), value: value.into() }
        };
        let pred = vec![p("Monday", "DATE", "1998-08-17"), p("early 1990s", "DATE", "199X"), p("rose", "DATE", "x")];
        let mut s = TimexScores::default();
        s.add_doc(&d.id, &d.text, &d.timexes, &pred);
        let date = s.by_type["DATE"];
        assert_eq!((date.gold, date.found, date.exact_span, date.value_correct), (2, 2, 1, 2));
        assert_eq!(s.by_type["DURATION"].found, 0);
        assert_eq!((s.predicted, s.unmatched, s.missed.len()), (3, 1, 1));
    }

    #[test]
    fn notational_variants() {
        assert!(same_value("199", "199X"));
        assert!(same_value("19", "19XX"));
        assert!(same_value("2000-W7", "2000-W07"));
        assert!(!same_value("1968-XX", "1968"));
    }
}
