//! The time lexicon: the word lists of `data/*.txt`, loaded into phrase tables.
//!
//! Each section of the data files has one table here; keys are checked when a file is loaded
//! and mistakes are reported as `file:line: what to fix`. The grammar only reads these tables,
//! so adding a holiday, a month abbreviation or a tense cue never needs a code change.

use crate::calendar::Holiday;
use crate::value::{Pod, RefKind, Season, Unit};
use crate::{Error, Mod, SignalKind};
use annals_quantity::PhraseTable;
use annals_quantity::lexfile::LexFile;
use std::collections::HashSet;

const BUILTIN: [(&str, &str); 3] = [
    ("crates/annals_time/data/calendar.txt", include_str!("../data/calendar.txt")),
    ("crates/annals_time/data/relative.txt", include_str!("../data/relative.txt")),
    ("crates/annals_time/data/tense.txt", include_str!("../data/tense.txt")),
];

const SECTIONS: &[&str] = &[
    "months",
    "ambiguous_months",
    "month_cues",
    "not_years_after",
    "weekdays",
    "weekday_abbreviations",
    "seasons",
    "parts_of_day",
    "units",
    "decade_words",
    "holidays",
    "time_zones",
    "day_offsets",
    "relative",
    "offset_words",
    "references",
    "modifiers",
    "relative_modifiers",
    "amount_modifiers",
    "vague_amounts",
    "frequency_words",
    "function_words",
    "sets",
    "signals",
    "fiscal",
    "future",
    "future_before_to",
    "past",
    "not_past",
];

/// Direction words before a unit or a name ("last", "this", "the following").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Last,
    This,
    Next,
    Prior,
    Following,
}

/// Words after "N units" ("ago", "later").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OffsetWord {
    Ago,
    FromNow,
    Earlier,
    Later,
}

/// The word lists the grammar matches against.
#[derive(Debug, Clone, Default)]
pub(crate) struct TimeLexicon {
    pub(crate) months: PhraseTable<u8>,
    pub(crate) ambiguous_months: HashSet<String>,
    pub(crate) month_cues: HashSet<String>,
    pub(crate) not_years_after: HashSet<String>,
    pub(crate) time_zones: HashSet<String>,
    pub(crate) frequency_words: HashSet<String>,
    pub(crate) function_words: HashSet<String>,
    pub(crate) weekdays: PhraseTable<u8>,
    pub(crate) weekday_abbreviations: PhraseTable<u8>,
    pub(crate) seasons: PhraseTable<Season>,
    pub(crate) parts_of_day: PhraseTable<Pod>,
    /// Unit and whether the form is plural.
    pub(crate) units: PhraseTable<(Unit, bool)>,
    pub(crate) decade_words: PhraseTable<u8>,
    pub(crate) holidays: PhraseTable<Holiday>,
    pub(crate) day_offsets: PhraseTable<(i32, Option<Pod>)>,
    pub(crate) relative: PhraseTable<Rel>,
    pub(crate) offset_words: PhraseTable<OffsetWord>,
    pub(crate) references: PhraseTable<RefKind>,
    pub(crate) modifiers: PhraseTable<Mod>,
    pub(crate) relative_modifiers: PhraseTable<Mod>,
    pub(crate) amount_modifiers: PhraseTable<Mod>,
    pub(crate) vague_amounts: PhraseTable<()>,
    pub(crate) sets: PhraseTable<String>,
    pub(crate) signals: PhraseTable<SignalKind>,
    pub(crate) fiscal: PhraseTable<()>,
    pub(crate) future: HashSet<String>,
    pub(crate) future_before_to: HashSet<String>,
    pub(crate) past: HashSet<String>,
    pub(crate) not_past: HashSet<String>,
    /// Every word that can begin an expression (besides numbers and number words): a quick
    /// filter so the grammar tries its rules only where one could match.
    pub(crate) starts: HashSet<String>,
}

impl TimeLexicon {
    /// The built-in English lexicon.
    pub(crate) fn builtin() -> TimeLexicon {
        let mut lex = TimeLexicon::default();
        for (name, text) in BUILTIN {
            // The built-in files are checked by a unit test, so this cannot fail at run time.
            lex.extend(name, text).expect("built-in time data files are valid");
        }
        lex
    }

    /// Add the entries of a file in the format of `data/*.txt`.
    ///
    /// # Errors
    /// Syntax errors, unknown sections and keys that do not fit their section, with `file:line`.
    pub(crate) fn extend(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let file = LexFile::parse(name, text)?;
        file.check_sections(SECTIONS)?;
        for section in &file.sections {
            let sec = section.name.as_str();
            for e in &section.entries {
                let key = e.key.as_deref().unwrap_or("");
                let bad = |what: &str| -> Error { file.error(e.line, format!("[{sec}] {what}")).into() };
                let num = |lo: i64, hi: i64| -> Result<i64, Error> {
                    key.parse::<i64>()
                        .ok()
                        .filter(|v| (lo..=hi).contains(v))
                        .ok_or_else(|| bad(&format!("needs a number key from {lo} to {hi}, not `{key}`")))
                };
                match sec {
                    "months" => insert_all(&mut self.months, &e.forms, num(1, 12)? as u8),
                    "weekdays" => insert_all(&mut self.weekdays, &e.forms, num(1, 7)? as u8),
                    "weekday_abbreviations" => insert_all(&mut self.weekday_abbreviations, &e.forms, num(1, 7)? as u8),
                    "decade_words" => insert_all(&mut self.decade_words, &e.forms, num(0, 9)? as u8),
                    "seasons" => {
                        let s = Season::parse(key).ok_or_else(|| bad("keys are SP, SU, FA, WI"))?;
                        insert_all(&mut self.seasons, &e.forms, s);
                    }
                    "parts_of_day" => {
                        let p = Pod::parse(key).ok_or_else(|| bad("keys are MO, MI, AF, EV, NI, DT"))?;
                        insert_all(&mut self.parts_of_day, &e.forms, p);
                    }
                    "units" => {
                        let u = Unit::parse(key).ok_or_else(|| {
                            bad("keys are second, minute, hour, day, week, weekend, fortnight, month, quarter, half, year, decade, century")
                        })?;
                        for f in &e.forms {
                            self.units.insert(f, (u, f.ends_with('s')));
                        }
                    }
                    "holidays" => {
                        let h = Holiday::parse(key)
                            .ok_or_else(|| bad("keys are MM-DD, MM/N/D, MM/N/D+K, easter, easter+K or easter-K"))?;
                        insert_all(&mut self.holidays, &e.forms, h);
                    }
                    "day_offsets" => {
                        let mut it = key.split_whitespace();
                        let off = it.next().and_then(|v| v.parse::<i32>().ok());
                        let pod = it.next().map(Pod::parse);
                        match (off, pod) {
                            (Some(off), None) => insert_all(&mut self.day_offsets, &e.forms, (off, None)),
                            (Some(off), Some(Some(p))) => insert_all(&mut self.day_offsets, &e.forms, (off, Some(p))),
                            _ => return Err(bad("keys are a number of days, optionally with a part of day: `-1 NI`")),
                        }
                    }
                    "relative" => {
                        let r = match key {
                            "last" => Rel::Last,
                            "this" => Rel::This,
                            "next" => Rel::Next,
                            "prior" => Rel::Prior,
                            "following" => Rel::Following,
                            _ => return Err(bad("keys are last, this, next, prior, following")),
                        };
                        insert_all(&mut self.relative, &e.forms, r);
                    }
                    "offset_words" => {
                        let o = match key {
                            "ago" => OffsetWord::Ago,
                            "from_now" => OffsetWord::FromNow,
                            "earlier" => OffsetWord::Earlier,
                            "later" => OffsetWord::Later,
                            _ => return Err(bad("keys are ago, from_now, earlier, later")),
                        };
                        insert_all(&mut self.offset_words, &e.forms, o);
                    }
                    "references" => {
                        let r = RefKind::parse(key).ok_or_else(|| bad("keys are PRESENT_REF, PAST_REF, FUTURE_REF"))?;
                        insert_all(&mut self.references, &e.forms, r);
                    }
                    "modifiers" | "relative_modifiers" => {
                        let m = Mod::parse(key)
                            .filter(|m| matches!(m, Mod::Start | Mod::Mid | Mod::End))
                            .ok_or_else(|| bad("keys are START, MID, END"))?;
                        let table = if sec == "modifiers" { &mut self.modifiers } else { &mut self.relative_modifiers };
                        insert_all(table, &e.forms, m);
                    }
                    "amount_modifiers" => {
                        let m = Mod::parse(key)
                            .ok_or_else(|| bad("keys are TIMEX3 modifiers such as MORE_THAN or APPROX"))?;
                        insert_all(&mut self.amount_modifiers, &e.forms, m);
                    }
                    "sets" => {
                        if !key.starts_with('P') {
                            return Err(bad("keys are ISO 8601 durations such as P1D"));
                        }
                        insert_all(&mut self.sets, &e.forms, key.to_string());
                    }
                    "signals" => {
                        let k = SignalKind::parse(key).ok_or_else(|| {
                            bad("keys are in, on, at, since, from, until, to, by, before, after, during, within, for, as_of, between, around")
                        })?;
                        insert_all(&mut self.signals, &e.forms, k);
                    }
                    "vague_amounts" => insert_all(&mut self.vague_amounts, &e.forms, ()),
                    "fiscal" => insert_all(&mut self.fiscal, &e.forms, ()),
                    "ambiguous_months" | "month_cues" | "not_years_after" | "time_zones" | "frequency_words"
                    | "function_words" | "future" | "future_before_to" | "past" | "not_past" => {
                        let set = match sec {
                            "ambiguous_months" => &mut self.ambiguous_months,
                            "month_cues" => &mut self.month_cues,
                            "not_years_after" => &mut self.not_years_after,
                            "time_zones" => &mut self.time_zones,
                            "frequency_words" => &mut self.frequency_words,
                            "function_words" => &mut self.function_words,
                            "future" => &mut self.future,
                            "future_before_to" => &mut self.future_before_to,
                            "past" => &mut self.past,
                            _ => &mut self.not_past,
                        };
                        set.extend(e.forms.iter().cloned());
                    }
                    _ => {}
                }
            }
        }
        self.starts = self.start_words();
        Ok(())
    }

    fn start_words(&self) -> HashSet<String> {
        let mut out: HashSet<String> = [
            "the", "its", "their", "that", "a", "an", "per", "every", "each", "year", "noon", "midday", "midnight",
            "q", "h", "final", "last",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut add = |it: &mut dyn Iterator<Item = &str>| out.extend(it.map(str::to_string));
        add(&mut self.months.first_atoms());
        add(&mut self.weekdays.first_atoms());
        add(&mut self.weekday_abbreviations.first_atoms());
        add(&mut self.seasons.first_atoms());
        add(&mut self.holidays.first_atoms());
        add(&mut self.modifiers.first_atoms());
        add(&mut self.relative_modifiers.first_atoms());
        add(&mut self.day_offsets.first_atoms());
        add(&mut self.relative.first_atoms());
        add(&mut self.references.first_atoms());
        add(&mut self.amount_modifiers.first_atoms());
        add(&mut self.vague_amounts.first_atoms());
        add(&mut self.sets.first_atoms());
        add(&mut self.fiscal.first_atoms());
        add(&mut self.units.first_atoms());
        out
    }
}

fn insert_all<T: Clone>(table: &mut PhraseTable<T>, forms: &[String], value: T) {
    for f in forms {
        table.insert(f, value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_are_valid() {
        let mut lex = TimeLexicon::default();
        for (name, text) in BUILTIN {
            lex.extend(name, text).unwrap();
        }
        assert!(lex.months.has_word("sept"));
        // Every word-set section reaches its table.
        let sets = [
            (&lex.ambiguous_months, "may"),
            (&lex.month_cues, "in"),
            (&lex.not_years_after, "about"),
            (&lex.time_zones, "gmt"),
            (&lex.frequency_words, "twice"),
            (&lex.function_words, "of"),
            (&lex.future, "will"),
            (&lex.future_before_to, "set"),
            (&lex.past, "was"),
            (&lex.not_past, "need"),
        ];
        for (set, word) in sets {
            assert!(set.contains(word), "{word}");
        }
    }

    #[test]
    fn user_errors_name_file_and_line() {
        let mut lex = TimeLexicon::builtin();
        let e = lex.extend("mine.txt", "[months]\n13 = smarch\n").unwrap_err();
        assert_eq!(e.to_string(), "mine.txt:2: [months] needs a number key from 1 to 12, not `13`");
        let e = lex.extend("mine.txt", "[holidays]\n\n02-30 = nonsense day\n").unwrap_err();
        assert!(e.to_string().starts_with("mine.txt:3: [holidays] keys are"));
        lex.extend("mine.txt", "[holidays]\n11-07 = revolution day\n").unwrap();
        assert!(lex.holidays.has_word("revolution") || !lex.holidays.is_empty());
    }
}
