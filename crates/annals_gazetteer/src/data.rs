//! The compact gazetteer file: its in-memory tables and their binary encoding.
//!
//! The file is a flat little-endian encoding of a few tables: a string arena of display names,
//! the countries, one fixed-size record per place, and a sorted index of folded name keys with
//! their postings (place numbers). Decoding copies these tables into vectors in one pass, so
//! loading costs a few milliseconds and lookups are binary searches; nothing is parsed lazily and
//! nothing can panic on a damaged file — every read is bounds-checked and reported as
//! [`GazetteerError::Format`].

use crate::GazetteerError;
use crate::fold::FOLD_VERSION;

/// First bytes of every gazetteer file.
const MAGIC: &[u8; 8] = b"ANNALSGZ";
/// Version of the layout below. Bump it when the layout changes.
const FORMAT_VERSION: u32 = 1;

/// Marks a missing coordinate in [`Entry::lat`] / [`Entry::lon`].
pub(crate) const NO_COORD: i32 = i32::MIN;
/// Marks a place without a country.
pub(crate) const NO_COUNTRY: u16 = u16::MAX;
/// Marks a missing entry reference.
pub(crate) const NO_ENTRY: u32 = u32::MAX;
/// Coordinates are stored as integers in units of 1e-5 degrees (about a metre), which prints
/// back exactly as the five decimals GeoNames gives.
pub(crate) const COORD_SCALE: f64 = 100_000.0;

/// Entry flag: the place is its country's capital.
pub(crate) const FLAG_CAPITAL: u8 = 1;
/// Posting flag: the key is the place's own name (or a curated alias), not one of GeoNames'
/// alternate names.
pub(crate) const POSTING_MAIN: u32 = 1 << 31;

/// The kind of a place, which is also how precisely it locates an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A sovereign state or a territory with its own ISO 3166 code.
    Country,
    /// A first-level administrative region (state, province, oblast…).
    Admin1,
    /// A populated place.
    City,
    /// A region that is not an administrative unit: a disputed territory, a historical state,
    /// or a geographic region spanning several countries ("the South Caucasus").
    Region,
}

impl Precision {
    /// The spelling used in the `places[].precision` field of the JSON record.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Country => "country",
            Precision::Admin1 => "admin1",
            Precision::City => "city",
            Precision::Region => "region",
        }
    }

    pub(crate) fn code(self) -> u8 {
        self as u8
    }

    pub(crate) fn from_code(code: u8) -> Option<Precision> {
        [Precision::Country, Precision::Admin1, Precision::City, Precision::Region].get(code as usize).copied()
    }

    pub(crate) fn parse(s: &str) -> Option<Precision> {
        match s {
            "country" => Some(Precision::Country),
            "admin1" => Some(Precision::Admin1),
            "city" => Some(Precision::City),
            "region" => Some(Precision::Region),
            _ => None,
        }
    }
}

impl std::fmt::Display for Precision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    /// GeoNames id; 0 when the place has none (curated regions, most first-level regions).
    pub geonameid: u32,
    /// Latitude in 1e-5 degrees, or [`NO_COORD`].
    pub lat: i32,
    /// Longitude in 1e-5 degrees, or [`NO_COORD`].
    pub lon: i32,
    /// Inhabitants (for regions: the sum of their cities, a lower bound).
    pub population: u64,
    /// Display name: a byte range into the names arena.
    pub name: (u32, u32),
    /// Index into the country table, or [`NO_COUNTRY`].
    pub country: u16,
    /// What kind of place this is.
    pub kind: Precision,
    /// [`FLAG_CAPITAL`] and friends.
    pub flags: u8,
    /// The first-level region a city lies in (an entry index), or [`NO_ENTRY`].
    pub admin1: u32,
    /// Index into the curated notes, or [`NO_ENTRY`] for places generated from GeoNames.
    pub curated: u32,
}

/// One country.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Country {
    /// ISO 3166 alpha-2 code (empty for retired codes added by curated data).
    pub iso2: String,
    /// ISO 3166 alpha-3 code.
    pub iso3: String,
    /// GeoNames continent code.
    pub continent: String,
    /// The entry describing the country itself, or [`NO_ENTRY`].
    pub entry: u32,
    /// The capital's entry, or [`NO_ENTRY`] when none was found.
    pub capital: u32,
    /// The capital's name as GeoNames gives it (kept even when no entry was found).
    pub capital_name: String,
    /// Neighbouring countries (indices into the country table).
    pub neighbours: Vec<u16>,
}

/// Everything stored in a gazetteer file.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Tables {
    /// Where the data came from, for `annals gazetteer stats` and the attribution.
    pub source: String,
    /// Display names, concatenated.
    pub names: String,
    /// Countries, ordered by ISO alpha-2 code.
    pub countries: Vec<Country>,
    /// Places: countries, then first-level regions, then cities.
    pub entries: Vec<Entry>,
    /// Folded keys, concatenated in sorted order.
    pub keys: Vec<u8>,
    /// `keys[key_offsets[i]..key_offsets[i + 1]]` is key `i`.
    pub key_offsets: Vec<u32>,
    /// `postings[post_offsets[i]..post_offsets[i + 1]]` are the places of key `i`.
    pub post_offsets: Vec<u32>,
    /// Entry indices, with [`POSTING_MAIN`] set when the key is the place's own name.
    pub postings: Vec<u32>,
}

impl Tables {
    /// The display name of entry `e`.
    pub fn name(&self, e: &Entry) -> &str {
        self.names.get(e.name.0 as usize..(e.name.0 + e.name.1) as usize).unwrap_or("")
    }

    /// Append a display name to the arena and return its range.
    pub fn push_name(&mut self, name: &str) -> (u32, u32) {
        let start = self.names.len() as u32;
        self.names.push_str(name);
        (start, name.len() as u32)
    }

    /// Number of keys in the index.
    pub fn key_count(&self) -> usize {
        self.key_offsets.len().saturating_sub(1)
    }

    /// Key `i` of the index.
    pub fn key(&self, i: usize) -> &[u8] {
        let (a, b) = (self.key_offsets[i] as usize, self.key_offsets[i + 1] as usize);
        &self.keys[a..b]
    }

    /// The postings of `key`, empty when the key is not in the index.
    pub fn postings_of(&self, key: &str) -> &[u32] {
        let n = self.key_count();
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let (a, b) = (self.post_offsets[mid] as usize, self.post_offsets[mid + 1] as usize);
                    return &self.postings[a..b];
                }
            }
        }
        &[]
    }

    /// Encode the tables as a gazetteer file.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w.u32(FOLD_VERSION);
        w.str(&self.source);
        w.str(&self.names);
        w.u32(self.countries.len() as u32);
        for c in &self.countries {
            w.str(&c.iso2);
            w.str(&c.iso3);
            w.str(&c.continent);
            w.u32(c.entry);
            w.u32(c.capital);
            w.str(&c.capital_name);
            w.u32(c.neighbours.len() as u32);
            for &n in &c.neighbours {
                w.u16(n);
            }
        }
        w.u32(self.entries.len() as u32);
        for e in &self.entries {
            w.u32(e.geonameid);
            w.u32(e.lat as u32);
            w.u32(e.lon as u32);
            w.u64(e.population);
            w.u32(e.name.0);
            w.u32(e.name.1);
            w.u16(e.country);
            w.u8(e.kind.code());
            w.u8(e.flags);
            w.u32(e.admin1);
        }
        w.bytes(&self.keys);
        w.u32s(&self.key_offsets);
        w.u32s(&self.post_offsets);
        w.u32s(&self.postings);
        w.buf
    }

    /// Decode a gazetteer file, checking every reference so later lookups cannot go out of bounds.
    pub fn decode(bytes: &[u8]) -> Result<Tables, GazetteerError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(format_error("not a gazetteer file (wrong magic bytes)"));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(format_error(format!(
                "file format {version}, this build reads format {FORMAT_VERSION}; rebuild it with `annals gazetteer build`"
            )));
        }
        let fold_version = r.u32()?;
        if fold_version != FOLD_VERSION {
            return Err(format_error(format!(
                "keys folded with rules v{fold_version}, this build folds with v{FOLD_VERSION}; rebuild it with `annals gazetteer build`"
            )));
        }
        let source = r.string()?;
        let names = r.string()?;
        let n_countries = r.u32()? as usize;
        let mut countries = Vec::with_capacity(n_countries.min(1 << 12));
        for _ in 0..n_countries {
            let iso2 = r.string()?;
            let iso3 = r.string()?;
            let continent = r.string()?;
            let entry = r.u32()?;
            let capital = r.u32()?;
            let capital_name = r.string()?;
            let nn = r.u32()? as usize;
            let mut neighbours = Vec::with_capacity(nn.min(64));
            for _ in 0..nn {
                neighbours.push(r.u16()?);
            }
            countries.push(Country { iso2, iso3, continent, entry, capital, capital_name, neighbours });
        }
        let n_entries = r.u32()? as usize;
        let mut entries = Vec::with_capacity(n_entries.min(bytes.len() / 36 + 1));
        for _ in 0..n_entries {
            let geonameid = r.u32()?;
            let lat = r.u32()? as i32;
            let lon = r.u32()? as i32;
            let population = r.u64()?;
            let name = (r.u32()?, r.u32()?);
            let country = r.u16()?;
            let kind = Precision::from_code(r.u8()?).ok_or_else(|| format_error("unknown place kind"))?;
            let flags = r.u8()?;
            let admin1 = r.u32()?;
            entries.push(Entry {
                geonameid,
                lat,
                lon,
                population,
                name,
                country,
                kind,
                flags,
                admin1,
                curated: NO_ENTRY,
            });
        }
        let keys = r.bytes()?.to_vec();
        let key_offsets = r.u32s()?;
        let post_offsets = r.u32s()?;
        let postings = r.u32s()?;
        if r.pos != bytes.len() {
            return Err(format_error("trailing bytes after the index"));
        }
        let tables = Tables { source, names, countries, entries, keys, key_offsets, post_offsets, postings };
        tables.validate()?;
        Ok(tables)
    }

    /// Check that every offset and reference points inside its table.
    fn validate(&self) -> Result<(), GazetteerError> {
        let n_entries = self.entries.len() as u32;
        let n_countries = self.countries.len();
        let entry_ok = |e: u32| e == NO_ENTRY || e < n_entries;
        for c in &self.countries {
            if !entry_ok(c.entry) || !entry_ok(c.capital) || c.neighbours.iter().any(|&n| n as usize >= n_countries) {
                return Err(format_error(format!("country {} refers outside the tables", c.iso3)));
            }
        }
        for e in &self.entries {
            let end = e.name.0 as u64 + e.name.1 as u64;
            if end > self.names.len() as u64
                || !self.names.is_char_boundary(e.name.0 as usize)
                || !self.names.is_char_boundary(end as usize)
            {
                return Err(format_error("a place name lies outside the name table"));
            }
            if (e.country != NO_COUNTRY && e.country as usize >= n_countries) || !entry_ok(e.admin1) {
                return Err(format_error("a place refers outside the tables"));
            }
        }
        let monotonic = |offsets: &[u32], len: usize| {
            offsets.first() == Some(&0)
                && offsets.windows(2).all(|w| w[0] <= w[1])
                && offsets.last().is_some_and(|&l| l as usize == len)
        };
        if self.key_offsets.len() != self.post_offsets.len()
            || !monotonic(&self.key_offsets, self.keys.len())
            || !monotonic(&self.post_offsets, self.postings.len())
        {
            return Err(format_error("the name index is inconsistent"));
        }
        if self.postings.iter().any(|&p| (p & !POSTING_MAIN) >= n_entries) {
            return Err(format_error("the name index refers to a missing place"));
        }
        if (1..self.key_count()).any(|i| self.key(i - 1) >= self.key(i)) {
            return Err(format_error("the name index is not sorted"));
        }
        Ok(())
    }
}

fn format_error(message: impl Into<String>) -> GazetteerError {
    GazetteerError::Format(message.into())
}

/// Appends little-endian values to a buffer.
#[derive(Default)]
struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.buf.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.u32(x);
        }
    }
}

/// Reads what [`Writer`] wrote, reporting truncation instead of panicking.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], GazetteerError> {
        let end =
            self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| format_error("truncated"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], GazetteerError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, GazetteerError> {
        Ok(self.array::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, GazetteerError> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, GazetteerError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64, GazetteerError> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    fn bytes(&mut self) -> Result<&'a [u8], GazetteerError> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn string(&mut self) -> Result<String, GazetteerError> {
        let b = self.bytes()?;
        String::from_utf8(b.to_vec()).map_err(|_| format_error("a string is not UTF-8"))
    }
    fn u32s(&mut self) -> Result<Vec<u32>, GazetteerError> {
        let n = self.u32()? as usize;
        let raw = self.take(n.checked_mul(4).ok_or_else(|| format_error("truncated"))?)?;
        Ok(raw.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Tables {
        let mut t = Tables { source: "test".into(), ..Tables::default() };
        let name = t.push_name("Baku");
        t.countries.push(Country {
            iso2: "AZ".into(),
            iso3: "AZE".into(),
            continent: "AS".into(),
            entry: NO_ENTRY,
            capital: 0,
            capital_name: "Baku".into(),
            neighbours: vec![0],
        });
        t.entries.push(Entry {
            geonameid: 587084,
            lat: 4040926,
            lon: 4986713,
            population: 1_116_513,
            name,
            country: 0,
            kind: Precision::City,
            flags: FLAG_CAPITAL,
            admin1: NO_ENTRY,
            curated: NO_ENTRY,
        });
        t.keys = b"baku".to_vec();
        t.key_offsets = vec![0, 4];
        t.post_offsets = vec![0, 1];
        t.postings = vec![POSTING_MAIN];
        t
    }

    #[test]
    fn encoding_round_trips() {
        let t = sample();
        let back = Tables::decode(&t.encode()).expect("decodes");
        assert_eq!(back, t);
        assert_eq!(back.postings_of("baku"), &[POSTING_MAIN]);
        assert!(back.postings_of("bak").is_empty());
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let bytes = sample().encode();
        for cut in 0..bytes.len() {
            assert!(Tables::decode(&bytes[..cut]).is_err(), "truncated at {cut}");
        }
        let mut bad = bytes.clone();
        let last = bad.len() - 4;
        bad[last..].copy_from_slice(&7u32.to_le_bytes());
        assert!(Tables::decode(&bad).is_err(), "posting to a missing place");
        assert!(matches!(Tables::decode(b"nonsense"), Err(GazetteerError::Format(_))));
    }
}
