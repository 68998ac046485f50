//! The loaded [`Gazetteer`]: GeoNames tables plus the curated files layered over them.
//!
//! The compact file built from GeoNames is embedded in the binary and decoded once; the curated
//! files are parsed at load time (they are small), so editing them needs no rebuild, and a user's
//! own files can be layered on top with [`Gazetteer::add_regions`] and
//! [`Gazetteer::add_aliases`]. Curated names are kept in a small hash map beside the sorted
//! GeoNames index; a lookup consults both.

use crate::GazetteerError;
use crate::curated::{AliasTarget, Status, parse_aliases, parse_regions};
use crate::data::{
    COORD_SCALE, Country, Entry, FLAG_CAPITAL, NO_COORD, NO_COUNTRY, NO_ENTRY, POSTING_MAIN, Precision, Tables,
};
use crate::fold::fold;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

/// The compact GeoNames gazetteer built by `annals gazetteer build` (see `data/README.md`).
static EMBEDDED: &[u8] = include_bytes!("../data/gazetteer.bin");
/// Disputed territories, historical states and multi-country regions.
static REGIONS: &str = include_str!("../data/regions.txt");
/// Short forms and other names GeoNames lacks.
static ALIASES: &str = include_str!("../data/aliases.txt");

/// A place's number within one loaded [`Gazetteer`]. Stable for a given data file and overlay
/// order, so use it to tell places apart within a run, not as a permanent identifier (that is
/// what [`Place::geonameid`] is for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(pub u32);

/// A place, as returned by lookups. The first fields map one to one onto `places[]` in the JSON
/// record (`name, country, lat, lon, geonameid, precision`); the rest explain the choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Number within this gazetteer.
    pub id: PlaceId,
    /// Display name (GeoNames' name, or the curated name).
    pub name: String,
    /// ISO 3166 alpha-3 code of the country it belongs to, by the conventions of
    /// `data/regions.txt` for disputed places; `None` for regions spanning several countries.
    pub country: Option<String>,
    /// Latitude in degrees (WGS84).
    pub lat: Option<f64>,
    /// Longitude in degrees (WGS84).
    pub lon: Option<f64>,
    /// GeoNames id, when the place has one.
    pub geonameid: Option<u32>,
    /// Kind of place, i.e. how precisely it locates something.
    pub precision: Precision,
    /// Inhabitants (for first-level regions a lower bound: the sum of their towns).
    pub population: u64,
    /// Name of the first-level region a city lies in.
    pub admin1: Option<String>,
    /// True for a national capital.
    pub capital: bool,
    /// Sovereignty status of a curated place.
    pub status: Option<Status>,
    /// Who controls a curated place in practice (`self` for a de facto authority).
    pub administered_by: Vec<String>,
    /// Curated explanation of the conventions used for this place.
    pub note: Option<String>,
}

/// Curated facts attached to an entry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Curated {
    pub status: Option<Status>,
    pub administered_by: Vec<String>,
    /// Countries that make up, claim or control the place (context matching).
    pub involves: Vec<u16>,
    pub note: Option<String>,
}

/// Counts describing a loaded gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Where the GeoNames part came from.
    pub source: String,
    /// Countries (including historical codes from curated data).
    pub countries: usize,
    /// Places of each precision: country, admin1, city, region.
    pub places: [usize; 4],
    /// Distinct folded names in the GeoNames index.
    pub keys: usize,
    /// Places added by curated files.
    pub curated: usize,
    /// Distinct folded names added by curated files.
    pub curated_keys: usize,
}

/// Countries, first-level regions, cities and curated regions, with a name index.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub(crate) t: Tables,
    pub(crate) by_iso3: HashMap<String, u16>,
    by_geonameid: HashMap<u32, u32>,
    pub(crate) curated: Vec<Curated>,
    pub(crate) extra_keys: HashMap<String, Vec<u32>>,
}

impl Gazetteer {
    /// The built-in gazetteer: the embedded GeoNames data plus the built-in curated files.
    pub fn embedded() -> Result<Gazetteer, GazetteerError> {
        if EMBEDDED.is_empty() {
            return Err(GazetteerError::NotBuilt);
        }
        let mut g = Gazetteer::from_bytes(EMBEDDED)?;
        g.add_regions(REGIONS, "annals_gazetteer/data/regions.txt")?;
        g.add_aliases(ALIASES, "annals_gazetteer/data/aliases.txt")?;
        Ok(g)
    }

    /// The built-in gazetteer, loaded once per process and shared.
    pub fn shared() -> Result<&'static Gazetteer, GazetteerError> {
        static SHARED: OnceLock<Result<Gazetteer, String>> = OnceLock::new();
        SHARED
            .get_or_init(|| Gazetteer::embedded().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| GazetteerError::Shared(e.clone()))
    }

    /// A gazetteer from a file written by `annals gazetteer build`, without any curated data.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, GazetteerError> {
        let t = Tables::decode(bytes)?;
        let by_iso3 = t.countries.iter().enumerate().map(|(i, c)| (c.iso3.clone(), i as u16)).collect();
        let by_geonameid = t
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.geonameid != 0)
            .map(|(i, e)| (e.geonameid, i as u32))
            .collect();
        Ok(Gazetteer { t, by_iso3, by_geonameid, curated: Vec::new(), extra_keys: HashMap::new() })
    }

    /// [`Gazetteer::from_bytes`] on a file, plus the built-in curated files.
    pub fn from_file(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let bytes = std::fs::read(path).map_err(|source| GazetteerError::Io { path: path.to_owned(), source })?;
        let mut g = Gazetteer::from_bytes(&bytes)?;
        g.add_regions(REGIONS, "annals_gazetteer/data/regions.txt")?;
        g.add_aliases(ALIASES, "annals_gazetteer/data/aliases.txt")?;
        Ok(g)
    }

    /// Layer a regions file (the format of `data/regions.txt`) over the gazetteer. Returns the
    /// number of places added. A curated place hides GeoNames places of the same name in the same
    /// country, so a user file can correct any resolution.
    pub fn add_regions(&mut self, text: &str, file: &str) -> Result<usize, GazetteerError> {
        let rows = parse_regions(text, file)?;
        for row in &rows {
            let country = row.country.as_ref().map(|code| self.country_index_or_add(code));
            let involves = row.involves.iter().map(|c| self.country_index_or_add(c)).collect();
            let entry = self.t.entries.len() as u32;
            let name = self.t.push_name(&row.name);
            let fixed = |v: Option<f64>| v.map(|d| (d * COORD_SCALE).round() as i32).unwrap_or(NO_COORD);
            self.curated.push(Curated {
                status: row.status,
                administered_by: row.administered_by.clone(),
                involves,
                note: row.note.clone(),
            });
            // A curated country (Kosovo, Western Sahara) keeps the GeoNames id of the country it
            // annotates.
            let geonameid = match country {
                Some(c) if row.precision == Precision::Country => {
                    let e = self.t.countries[c as usize].entry;
                    self.t.entries.get(e as usize).map_or(0, |e| e.geonameid)
                }
                _ => 0,
            };
            self.t.entries.push(Entry {
                geonameid,
                lat: fixed(row.lat),
                lon: fixed(row.lon),
                population: row.population,
                name,
                country: country.unwrap_or(NO_COUNTRY),
                kind: row.precision,
                flags: 0,
                admin1: NO_ENTRY,
                curated: self.curated.len() as u32 - 1,
            });
            // A historical state with a retired code is that code's country entry.
            if let Some(c) = country {
                let c = &mut self.t.countries[c as usize];
                if c.entry == NO_ENTRY && row.precision == Precision::Country {
                    c.entry = entry;
                }
            }
            for alias in std::iter::once(&row.name).chain(&row.aliases) {
                self.add_key(alias, entry);
            }
        }
        Ok(rows.len())
    }

    /// Layer an aliases file (the format of `data/aliases.txt`) over the gazetteer. Returns the
    /// number of names added. Curated aliases count as a place's own name when ranking.
    pub fn add_aliases(&mut self, text: &str, file: &str) -> Result<usize, GazetteerError> {
        let rows = parse_aliases(text, file)?;
        let mut added = 0;
        for row in &rows {
            let entry = match &row.target {
                AliasTarget::Country(code) => {
                    self.by_iso3.get(code).map(|&c| self.t.countries[c as usize].entry).filter(|&e| e != NO_ENTRY)
                }
                AliasTarget::GeonameId(id) => self.by_geonameid.get(id).copied(),
            };
            let Some(entry) = entry else {
                return Err(GazetteerError::Data {
                    file: file.to_owned(),
                    line: row.line,
                    message: format!("{:?} is not in the gazetteer; check the code or id", row.target),
                });
            };
            for alias in &row.aliases {
                self.add_key(alias, entry);
                added += 1;
            }
        }
        Ok(added)
    }

    fn add_key(&mut self, name: &str, entry: u32) {
        let key = fold(name);
        if key.is_empty() {
            return;
        }
        let list = self.extra_keys.entry(key).or_default();
        if !list.contains(&(entry | POSTING_MAIN)) {
            list.push(entry | POSTING_MAIN);
        }
    }

    fn country_index_or_add(&mut self, iso3: &str) -> u16 {
        if let Some(&c) = self.by_iso3.get(iso3) {
            return c;
        }
        let c = self.t.countries.len() as u16;
        self.t.countries.push(Country {
            iso2: String::new(),
            iso3: iso3.to_owned(),
            continent: String::new(),
            entry: NO_ENTRY,
            capital: NO_ENTRY,
            capital_name: String::new(),
            neighbours: Vec::new(),
        });
        self.by_iso3.insert(iso3.to_owned(), c);
        c
    }

    /// The postings (entry | flags) of a folded key, from the GeoNames index and curated files.
    pub(crate) fn postings(&self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let extra = self.extra_keys.get(key).map(Vec::as_slice).unwrap_or(&[]);
        self.t.postings_of(key).iter().chain(extra).copied()
    }

    pub(crate) fn entry(&self, e: u32) -> &Entry {
        &self.t.entries[e as usize]
    }

    pub(crate) fn curated_of(&self, e: &Entry) -> Option<&Curated> {
        self.curated.get(e.curated as usize)
    }

    /// ISO3 code of country index `c`.
    pub(crate) fn iso3(&self, c: u16) -> Option<&str> {
        self.t.countries.get(c as usize).map(|c| c.iso3.as_str())
    }

    /// The place with number `id`, or `None` when this gazetteer has no such place.
    pub fn place(&self, id: PlaceId) -> Option<Place> {
        let e = self.t.entries.get(id.0 as usize)?;
        let curated = self.curated_of(e);
        let coord = |v: i32| (v != NO_COORD).then(|| v as f64 / COORD_SCALE);
        Some(Place {
            id,
            name: self.t.name(e).to_owned(),
            country: self.iso3(e.country).map(str::to_owned),
            lat: coord(e.lat),
            lon: coord(e.lon),
            geonameid: (e.geonameid != 0).then_some(e.geonameid),
            precision: e.kind,
            population: e.population,
            admin1: (e.admin1 != NO_ENTRY).then(|| self.t.name(self.entry(e.admin1)).to_owned()),
            capital: e.flags & FLAG_CAPITAL != 0,
            status: curated.and_then(|c| c.status),
            administered_by: curated.map(|c| c.administered_by.clone()).unwrap_or_default(),
            note: curated.and_then(|c| c.note.clone()),
        })
    }

    /// The country with ISO3 code `iso3`, as a place.
    pub fn country(&self, iso3: &str) -> Option<Place> {
        let c = &self.t.countries[*self.by_iso3.get(iso3)? as usize];
        (c.entry != NO_ENTRY).then(|| self.place(PlaceId(c.entry))).flatten()
    }

    /// Every country of the GeoNames data as `(ISO3, capital name)`, the capital's name as
    /// GeoNames gives it (empty for uninhabited territories).
    pub fn capitals(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.t.countries.iter().filter(|c| !c.iso2.is_empty()).map(|c| (c.iso3.as_str(), c.capital_name.as_str()))
    }

    /// GeoNames id of the capital of `iso3`, when the build found it.
    pub(crate) fn capital_geonameid(&self, iso3: &str) -> Option<u32> {
        let c = &self.t.countries[*self.by_iso3.get(iso3)? as usize];
        self.t.entries.get(c.capital as usize).map(|e| e.geonameid).filter(|&id| id != 0)
    }

    /// Every place, in number order.
    pub fn places(&self) -> impl Iterator<Item = Place> + '_ {
        (0..self.t.entries.len() as u32).filter_map(|i| self.place(PlaceId(i)))
    }

    /// Counts for `annals gazetteer stats`.
    pub fn stats(&self) -> Stats {
        let mut places = [0; 4];
        for e in &self.t.entries {
            places[e.kind as usize] += 1;
        }
        Stats {
            source: self.t.source.clone(),
            countries: self.t.countries.len(),
            places,
            keys: self.t.key_count(),
            curated: self.curated.len(),
            curated_keys: self.extra_keys.len(),
        }
    }
}
