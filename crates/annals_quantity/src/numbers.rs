//! Numbers written in digits or words, as cardinals ("20,000", "1.5 million", "twenty-five",
//! "a dozen") or ordinals ("3rd", "twenty-first").
//!
//! The words come from a data file (`data/numbers.txt`); the grammar that combines them is here.
//! Word sequences are combined the way English builds numbers — a unit may follow a tens word,
//! "hundred" multiplies what is below a hundred, scale words multiply everything before them and
//! must come in decreasing order — so "two three" or "nineteen ninety" are *not* read as one
//! number (the time grammar reads the latter as a year).

use crate::atoms::{AtomKind, Atoms};
use crate::lexfile::{LexError, LexFile};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The built-in number words.
const BUILTIN: &str = include_str!("../data/numbers.txt");
const BUILTIN_NAME: &str = "crates/annals_quantity/data/numbers.txt";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    Unit(u32),
    Teen(u32),
    Ten(u32),
    Hundred,
    Scale(f64),
    Dozen(u32),
}

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// In digits. `int_digits` counts the digits before any decimal point; `grouped` is true when
    /// thousands separators were used, `decimal` when there is a fractional part, `scaled` when a
    /// scale word followed ("1.5 million").
    Digits {
        /// Digits before the decimal point.
        int_digits: u8,
        /// Thousands separators present ("20,000").
        grouped: bool,
        /// A decimal part present ("1.5").
        decimal: bool,
        /// A scale word followed ("20 million").
        scaled: bool,
    },
    /// In words ("twenty-five", "a dozen").
    Words,
}

/// A number found in the atoms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// Its value.
    pub value: f64,
    /// First atom.
    pub start: usize,
    /// One past the last atom.
    pub end: usize,
    /// Digits or words.
    pub form: NumberForm,
    /// The largest multiplier word in the number ("million" → 1e6), 1 when there is none. Lets
    /// "2 to 3 million" read its first number as 2 million.
    pub scale: f64,
}

/// The number-word lexicon and the number grammar.
#[derive(Debug, Clone, Default)]
pub struct NumberWords {
    words: HashMap<String, Word>,
    articles: HashSet<String>,
    ordinals: HashMap<String, u32>,
    suffixes: HashSet<String>,
}

/// Section names of `numbers.txt`.
pub const SECTIONS: [&str; 9] =
    ["units", "teens", "tens", "hundred", "scales", "dozen", "articles", "ordinals", "ordinal_suffixes"];

impl NumberWords {
    /// The built-in English number words, parsed once.
    pub fn builtin() -> &'static NumberWords {
        static WORDS: OnceLock<NumberWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut w = NumberWords::default();
            // The built-in file is checked by a unit test, so this cannot fail at run time.
            w.extend(BUILTIN_NAME, BUILTIN).expect("built-in numbers.txt is valid");
            w
        })
    }

    /// Add (or override) words from a file in the `numbers.txt` format.
    ///
    /// # Errors
    /// Syntax errors, unknown sections and keys that are not what their section needs, each with
    /// `file:line`.
    pub fn extend(&mut self, name: &str, text: &str) -> Result<(), LexError> {
        let file = LexFile::parse(name, text)?;
        file.check_sections(&SECTIONS)?;
        self.extend_from(&file)
    }

    /// Add the number-word sections of an already parsed file, ignoring its other sections.
    ///
    /// # Errors
    /// Keys that are not what their section needs, with `file:line`.
    pub fn extend_from(&mut self, file: &LexFile) -> Result<(), LexError> {
        for section in &file.sections {
            for e in &section.entries {
                let key = e.key.as_deref();
                let int = |lo: u64, hi: u64| -> Result<u64, LexError> {
                    key.and_then(|k| k.parse::<u64>().ok()).filter(|v| (lo..=hi).contains(v)).ok_or_else(|| {
                        file.error(e.line, format!("[{}] needs a whole-number key from {lo} to {hi}", section.name))
                    })
                };
                let word = match section.name.as_str() {
                    "units" => Some(Word::Unit(int(0, 9)? as u32)),
                    "teens" => Some(Word::Teen(int(10, 19)? as u32)),
                    "tens" => {
                        let v = int(20, 90)?;
                        if v % 10 != 0 {
                            return Err(file.error(e.line, "[tens] keys are 20, 30, … 90"));
                        }
                        Some(Word::Ten(v as u32))
                    }
                    "hundred" => {
                        int(100, 100)?;
                        Some(Word::Hundred)
                    }
                    "scales" => {
                        let v = int(1000, 1_000_000_000_000_000)?;
                        Some(Word::Scale(v as f64))
                    }
                    "dozen" => Some(Word::Dozen(int(2, 1000)? as u32)),
                    "ordinals" => {
                        let v = int(1, 1000)? as u32;
                        for f in &e.forms {
                            self.ordinals.insert(f.clone(), v);
                        }
                        None
                    }
                    "articles" | "ordinal_suffixes" => {
                        let set = if section.name == "articles" { &mut self.articles } else { &mut self.suffixes };
                        set.extend(e.forms.iter().cloned());
                        None
                    }
                    _ => None,
                };
                if let Some(word) = word {
                    for f in &e.forms {
                        self.words.insert(f.clone(), word);
                    }
                }
            }
        }
        Ok(())
    }

    /// True when `w` (lowercase) is a number word of any kind, cardinal or ordinal.
    pub fn is_number_word(&self, w: &str) -> bool {
        self.words.contains_key(w) || self.ordinals.contains_key(w)
    }

    /// True when `w` (lowercase) is a scale word ("thousand", "million").
    pub fn is_scale(&self, w: &str) -> bool {
        matches!(self.words.get(w), Some(Word::Scale(_) | Word::Hundred))
    }

    /// Value of a multiplier word: a scale word, "hundred" or "dozen".
    pub fn scale_value(&self, w: &str) -> Option<f64> {
        match self.words.get(w) {
            Some(Word::Scale(v)) => Some(*v),
            Some(Word::Hundred) => Some(100.0),
            Some(Word::Dozen(d)) => Some(*d as f64),
            _ => None,
        }
    }

    /// True when `w` is an ordinal suffix written after digits ("st", "th").
    pub fn is_ordinal_suffix(&self, w: &str) -> bool {
        self.suffixes.contains(w)
    }

    /// The cardinal number starting at atom `i`, if any, not reading past atom `limit`.
    pub fn cardinal(&self, a: &Atoms<'_>, i: usize, limit: usize) -> Option<Number> {
        if i >= limit {
            return None;
        }
        match a.atoms[i].kind {
            AtomKind::Number => self.digits(a, i, limit),
            AtomKind::Word => self.words(a, i, limit),
            AtomKind::Punct => None,
        }
    }

    fn digits(&self, a: &Atoms<'_>, i: usize, limit: usize) -> Option<Number> {
        let text = a.text_of(i);
        if text.starts_with(['\'', '\u{2019}']) || text.contains(':') {
            return None;
        }
        let (int_part, frac) = match text.split_once('.') {
            Some((x, f)) if !f.contains(['.', ',']) => (x, Some(f)),
            Some(_) => return None,
            None => (text, None),
        };
        let grouped = int_part.contains(',');
        if grouped {
            // Thousands separators must group by three ("20,000"), otherwise this is a list.
            let mut groups = int_part.split(',');
            let first = groups.next().unwrap_or("");
            if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
                return None;
            }
        }
        let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
        let mut value: f64 = format!("{}.{}", digits, frac.unwrap_or("0")).parse().ok()?;
        let mut end = i + 1;
        let mut scaled = false;
        let mut scale = 1.0;
        if end < limit {
            let factor = match self.words.get(a.lower(end)) {
                Some(Word::Scale(s)) => Some(*s),
                Some(Word::Hundred) => Some(100.0),
                Some(Word::Dozen(d)) => Some(*d as f64),
                _ => None,
            };
            if let Some(f) = factor {
                value *= f;
                end += 1;
                scaled = true;
                scale = f;
            }
        }
        let form =
            NumberForm::Digits { int_digits: digits.len().min(255) as u8, grouped, decimal: frac.is_some(), scaled };
        Some(Number { value, start: i, end, form, scale })
    }

    fn words(&self, a: &Atoms<'_>, i: usize, limit: usize) -> Option<Number> {
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            None,
            Unit,
            Teen,
            Ten,
            Hundred,
            Scale,
            Dozen,
        }
        let mut total = 0.0f64;
        let mut cur = 0u64;
        let mut last = Last::None;
        let mut last_scale = f64::INFINITY;
        let mut max_scale = 1.0f64;
        let mut end = i;
        let mut j = i;
        while j < limit {
            let w = a.lower(j);
            let next_is = |pred: &dyn Fn(Word) -> bool| {
                (j + 1 < limit) && self.words.get(a.lower(j + 1)).is_some_and(|&x| pred(x))
            };
            if last == Last::None && self.articles.contains(w) {
                if next_is(&|x| matches!(x, Word::Hundred | Word::Scale(_) | Word::Dozen(_))) {
                    cur = 1;
                    last = Last::Unit;
                    j += 1;
                    continue;
                }
                break;
            }
            match self.words.get(w).copied() {
                Some(Word::Unit(v)) if matches!(last, Last::None | Last::Ten | Last::Hundred | Last::Scale) => {
                    cur += v as u64;
                    last = Last::Unit;
                }
                Some(Word::Teen(v)) if matches!(last, Last::None | Last::Hundred | Last::Scale) => {
                    cur += v as u64;
                    last = Last::Teen;
                }
                Some(Word::Ten(v)) if matches!(last, Last::None | Last::Hundred | Last::Scale) => {
                    cur += v as u64;
                    last = Last::Ten;
                }
                Some(Word::Hundred) if matches!(last, Last::Unit | Last::Teen | Last::Ten) && cur < 100 => {
                    cur *= 100;
                    max_scale = max_scale.max(100.0);
                    last = Last::Hundred;
                }
                Some(Word::Scale(s)) if last != Last::None && last != Last::Scale && s < last_scale && cur > 0 => {
                    total += cur as f64 * s;
                    cur = 0;
                    max_scale = max_scale.max(s);
                    last_scale = s;
                    last = Last::Scale;
                }
                Some(Word::Dozen(d)) if matches!(last, Last::Unit | Last::Teen | Last::Ten) && cur < 100 => {
                    cur *= d as u64;
                    max_scale = max_scale.max(d as f64);
                    last = Last::Dozen;
                }
                _ => {
                    // Joiners: the hyphen in "twenty-five", "and" in "one hundred and five".
                    let joins_unit = next_is(&|x| matches!(x, Word::Unit(v) if v > 0));
                    let hyphen = w == "-" && a.atoms[j].glued && last == Last::Ten && joins_unit;
                    let and = w == "and"
                        && matches!(last, Last::Hundred | Last::Scale)
                        && next_is(&|x| matches!(x, Word::Unit(_) | Word::Teen(_) | Word::Ten(_)));
                    if hyphen || and {
                        j += 1;
                        continue;
                    }
                    break;
                }
            }
            j += 1;
            end = j;
            if last == Last::Dozen {
                break;
            }
        }
        if end == i {
            return None;
        }
        Some(Number { value: total + cur as f64, start: i, end, form: NumberForm::Words, scale: max_scale })
    }

    /// The ordinal starting at atom `i` ("3rd", "third", "twenty-first"): its value and end atom.
    pub fn ordinal(&self, a: &Atoms<'_>, i: usize, limit: usize) -> Option<(u32, usize)> {
        if i >= limit {
            return None;
        }
        let w = a.lower(i);
        if a.atoms[i].kind == AtomKind::Number {
            if i + 1 < limit && a.atoms[i + 1].glued && self.suffixes.contains(a.lower(i + 1)) && w.len() <= 4 {
                return w.parse().ok().map(|v| (v, i + 2));
            }
            return None;
        }
        if let Some(&v) = self.ordinals.get(w) {
            return Some((v, i + 1));
        }
        // "twenty-first", "twenty first".
        if let Some(Word::Ten(t)) = self.words.get(w).copied() {
            let mut j = i + 1;
            if j < limit && a.lower(j) == "-" && a.atoms[j].glued {
                j += 1;
            }
            if j < limit
                && let Some(&u) = self.ordinals.get(a.lower(j))
                && u < 10
            {
                return Some((t + u, j + 1));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::Doc;

    fn card(text: &str) -> Option<(f64, String)> {
        let doc = Doc::new("t", text);
        let a = Atoms::new(&doc);
        let n = NumberWords::builtin().cardinal(&a, 0, a.len())?;
        Some((n.value, a.text[a.span(n.start, n.end).range()].to_string()))
    }

    #[test]
    fn builtin_file_is_valid() {
        let mut w = NumberWords::default();
        w.extend(BUILTIN_NAME, BUILTIN).unwrap();
    }

    #[test]
    fn digits() {
        assert_eq!(card("20,000 people"), Some((20000.0, "20,000".into())));
        assert_eq!(card("1.5 million were"), Some((1_500_000.0, "1.5 million".into())));
        assert_eq!(card("3 dozen eggs"), Some((36.0, "3 dozen".into())));
        assert_eq!(card("1,23"), None);
        assert_eq!(card("10:30"), None);
    }

    #[test]
    fn words() {
        assert_eq!(card("twenty-five soldiers"), Some((25.0, "twenty-five".into())));
        assert_eq!(card("one hundred and five"), Some((105.0, "one hundred and five".into())));
        assert_eq!(card("a dozen people"), Some((12.0, "a dozen".into())));
        assert_eq!(
            card("two million three hundred thousand"),
            Some((2_300_000.0, "two million three hundred thousand".into()))
        );
        assert_eq!(card("nineteen ninety"), Some((19.0, "nineteen".into())));
        assert_eq!(card("two three"), Some((2.0, "two".into())));
        assert_eq!(card("a man"), None);
    }

    #[test]
    fn ordinals() {
        let w = NumberWords::builtin();
        for (text, v, n) in [("3rd", 3, 2), ("third quarter", 3, 1), ("twenty-first century", 21, 3)] {
            let doc = Doc::new("t", text);
            let a = Atoms::new(&doc);
            assert_eq!(w.ordinal(&a, 0, a.len()), Some((v, n)), "{text}");
        }
    }

    #[test]
    fn user_file_errors_point_at_the_line() {
        let mut w = NumberWords::default();
        let e = w.extend("user.txt", "[tens]\n25 = twentyfive\n").unwrap_err();
        assert_eq!(e.to_string(), "user.txt:2: [tens] keys are 20, 30, … 90");
    }
}
