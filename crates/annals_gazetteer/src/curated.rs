//! Hand-written gazetteer data: curated regions (`regions.txt`) and extra names (`aliases.txt`).
//!
//! GeoNames knows cities, countries and administrative units, but news also names disputed
//! territories, historical states and regions that span several countries, and uses short forms
//! ("the U.S.", "Britain", "DRC") that GeoNames does not list. These live in two small text files
//! that a user can read, extend and override. Both are `|`-separated, one record per line, with
//! `#` comments; every error names `file:line` and says what to fix.
//!
//! `regions.txt` columns: `name | aliases | precision | status | country | administered by |
//! involves | lat | lon | population | note`. Lists are `;`-separated and `-` means empty.
//! `aliases.txt` columns: `target | aliases`, where the target is an ISO3 country code or
//! `geonameid:N`.

use crate::GazetteerError;
use crate::data::Precision;

/// How a curated place's sovereignty stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Sovereignty or control is contested; see the place's note for the convention used.
    Disputed,
    /// The place no longer exists as a political unit (the Soviet Union, Yugoslavia…).
    Historical,
}

impl Status {
    /// Lower-case name, as written in `regions.txt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Disputed => "disputed",
            Status::Historical => "historical",
        }
    }
}

/// One row of `regions.txt`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RegionRow {
    pub line: usize,
    pub name: String,
    pub aliases: Vec<String>,
    pub precision: Precision,
    pub status: Option<Status>,
    pub country: Option<String>,
    pub administered_by: Vec<String>,
    pub involves: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
    pub note: Option<String>,
}

/// What an alias points at.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AliasTarget {
    /// A country, by ISO3 code.
    Country(String),
    /// A place, by GeoNames id.
    GeonameId(u32),
}

/// One row of `aliases.txt`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AliasRow {
    pub line: usize,
    pub target: AliasTarget,
    pub aliases: Vec<String>,
}

/// The records of a `|`-separated file: (line number, trimmed fields), skipping comments.
fn records<'a>(text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        (!line.is_empty() && !line.starts_with('#')).then(|| (i + 1, line.split('|').map(str::trim).collect()))
    })
}

fn list(field: &str) -> Vec<String> {
    if field == "-" {
        return Vec::new();
    }
    field.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

fn is_iso3(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Parse `regions.txt`.
pub(crate) fn parse_regions(text: &str, file: &str) -> Result<Vec<RegionRow>, GazetteerError> {
    let err = |line: usize, message: String| GazetteerError::Data { file: file.to_owned(), line, message };
    let mut rows = Vec::new();
    for (line, f) in records(text) {
        if f.len() != 11 {
            return Err(err(
                line,
                format!(
                    "expected 11 `|`-separated fields (name | aliases | precision | status | country | administered by | involves | lat | lon | population | note), found {}",
                    f.len()
                ),
            ));
        }
        if f[0].is_empty() || f[0] == "-" {
            return Err(err(line, "the name (first field) is empty".into()));
        }
        let precision = Precision::parse(f[2])
            .ok_or_else(|| err(line, format!("precision `{}` is not one of country, admin1, city, region", f[2])))?;
        let status = match f[3] {
            "-" => None,
            "disputed" => Some(Status::Disputed),
            "historical" => Some(Status::Historical),
            other => return Err(err(line, format!("status `{other}` is not one of disputed, historical, -"))),
        };
        let country = match f[4] {
            "-" => None,
            c if is_iso3(c) => Some(c.to_owned()),
            c => return Err(err(line, format!("country `{c}` is not an upper-case ISO3 code or `-`"))),
        };
        let administered_by = list(f[5]);
        if let Some(bad) = administered_by.iter().find(|c| !is_iso3(c) && c.as_str() != "self") {
            return Err(err(line, format!("administered by: `{bad}` is not an ISO3 code, `self` or `-`")));
        }
        let involves = list(f[6]);
        if let Some(bad) = involves.iter().find(|c| !is_iso3(c)) {
            return Err(err(line, format!("involves: `{bad}` is not an ISO3 code")));
        }
        let coord = |s: &str, what: &str, max: f64| -> Result<Option<f64>, GazetteerError> {
            if s == "-" {
                return Ok(None);
            }
            match s.parse::<f64>() {
                Ok(v) if v.abs() <= max => Ok(Some(v)),
                _ => Err(err(line, format!("{what} `{s}` is not a number of degrees within ±{max}"))),
            }
        };
        let lat = coord(f[7], "latitude", 90.0)?;
        let lon = coord(f[8], "longitude", 180.0)?;
        if lat.is_some() != lon.is_some() {
            return Err(err(line, "give both latitude and longitude, or `-` for both".into()));
        }
        let population = match f[9] {
            "-" => 0,
            p => p
                .replace(['_', ','], "")
                .parse()
                .map_err(|_| err(line, format!("population `{p}` is not a whole number")))?,
        };
        let note = (f[10] != "-" && !f[10].is_empty()).then(|| f[10].to_owned());
        rows.push(RegionRow {
            line,
            name: f[0].to_owned(),
            aliases: list(f[1]),
            precision,
            status,
            country,
            administered_by,
            involves,
            lat,
            lon,
            population,
            note,
        });
    }
    Ok(rows)
}

/// Parse `aliases.txt`.
pub(crate) fn parse_aliases(text: &str, file: &str) -> Result<Vec<AliasRow>, GazetteerError> {
    let err = |line: usize, message: String| GazetteerError::Data { file: file.to_owned(), line, message };
    let mut rows = Vec::new();
    for (line, f) in records(text) {
        if f.len() != 2 {
            return Err(err(line, format!("expected `target | alias; alias…`, found {} fields", f.len())));
        }
        let target = if let Some(id) = f[0].strip_prefix("geonameid:") {
            AliasTarget::GeonameId(
                id.trim().parse().map_err(|_| err(line, format!("`{}` is not a GeoNames id", id.trim())))?,
            )
        } else if is_iso3(f[0]) {
            AliasTarget::Country(f[0].to_owned())
        } else {
            return Err(err(line, format!("target `{}` is neither an ISO3 country code nor `geonameid:N`", f[0])));
        };
        let aliases = list(f[1]);
        if aliases.is_empty() {
            return Err(err(line, "no aliases given".into()));
        }
        rows.push(AliasRow { line, target, aliases });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_row_is_read_field_by_field() {
        let text = "# comment\n\nCrimea | Crimean Peninsula; Krym | admin1 | disputed | UKR | RUS | - | 45.0 | 34.1 | 2,400,000 | Annexed 2014.\n";
        let rows = parse_regions(text, "regions.txt").unwrap();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!((r.line, r.name.as_str(), r.precision), (3, "Crimea", Precision::Admin1));
        assert_eq!(r.aliases, ["Crimean Peninsula", "Krym"]);
        assert_eq!((r.status, r.country.as_deref()), (Some(Status::Disputed), Some("UKR")));
        assert_eq!((r.administered_by.clone(), r.involves.len()), (vec!["RUS".to_owned()], 0));
        assert_eq!((r.lat, r.lon, r.population), (Some(45.0), Some(34.1), 2_400_000));
        assert_eq!(r.note.as_deref(), Some("Annexed 2014."));
    }

    #[test]
    fn errors_name_the_file_line_and_fix() {
        let bad = "X | - | town | - | - | - | - | 1 | 2 | - | -\n";
        let e = parse_regions(bad, "my.txt").unwrap_err().to_string();
        assert!(e.starts_with("my.txt:1: precision `town`"), "{e}");
        let e = parse_regions("X | - | region | - | Azerbaijan | - | - | 1 | 2 | - | -", "r").unwrap_err().to_string();
        assert!(e.contains("ISO3"), "{e}");
        let e = parse_regions("X | - | region | - | - | - | - | 91 | 2 | - | -", "r").unwrap_err().to_string();
        assert!(e.contains("latitude"), "{e}");
        let e = parse_regions("X | a | b", "r").unwrap_err().to_string();
        assert!(e.contains("expected 11"), "{e}");
        let e = parse_aliases("\n\nUS | America", "aliases.txt").unwrap_err().to_string();
        assert!(e.starts_with("aliases.txt:3: target `US`"), "{e}");
    }

    #[test]
    fn alias_targets_are_countries_or_geonameids() {
        let rows = parse_aliases("USA | U.S.; America\ngeonameid:5128581 | New York", "a").unwrap();
        assert_eq!(rows[0].target, AliasTarget::Country("USA".into()));
        assert_eq!(rows[0].aliases, ["U.S.", "America"]);
        assert_eq!(rows[1].target, AliasTarget::GeonameId(5128581));
    }
}
