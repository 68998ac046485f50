//! The gazetteer's self-check: do capitals and big cities resolve to the right country?
//!
//! Derived from the gazetteer itself, so it runs anywhere (CI has no corpora): every country's
//! capital, by the name GeoNames gives it, and every city of 1,000,000+ inhabitants, by its own
//! name, is resolved once with its country as context and once without. With context every one
//! must land in the right country (the acceptance test asserts it); without context a name may
//! lose to a bigger namesake elsewhere, and the tally says how often.

use crate::data::Precision;
use crate::gazetteer::Gazetteer;
use crate::resolve::Context;

/// Cities at least this big are checked.
pub const MILLION: u64 = 1_000_000;

/// Results for one group of names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Names checked.
    pub total: usize,
    /// Resolved to the right country with the country as context.
    pub right_with_context: usize,
    /// Resolved to the right country with no context.
    pub right_without_context: usize,
    /// Resolved to the very place checked (same GeoNames id), without context.
    pub exact_without_context: usize,
    /// `ISO3 name → what it resolved to`, for names wrong with context.
    pub wrong_with_context: Vec<String>,
    /// The same, without context.
    pub wrong_without_context: Vec<String>,
}

/// Results of [`Gazetteer::self_check`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SelfCheck {
    /// Every country's capital.
    pub capitals: Tally,
    /// Every city of [`MILLION`] or more inhabitants.
    pub big_cities: Tally,
}

impl Gazetteer {
    /// Resolve every capital and every city of a million or more (see the module docs).
    pub fn self_check(&self) -> SelfCheck {
        let mut out = SelfCheck::default();
        let capitals: Vec<(String, String, Option<u32>)> = self
            .capitals()
            .filter(|(_, name)| !name.is_empty())
            .map(|(iso3, name)| (iso3.to_owned(), name.to_owned(), self.capital_geonameid(iso3)))
            .collect();
        for (iso3, name, id) in capitals {
            self.tally(&mut out.capitals, &iso3, &name, id);
        }
        let cities: Vec<(String, String, Option<u32>)> = self
            .places()
            .filter(|p| p.precision == Precision::City && p.population >= MILLION)
            .filter_map(|p| Some((p.country?, p.name, p.geonameid)))
            .collect();
        for (iso3, name, id) in cities {
            self.tally(&mut out.big_cities, &iso3, &name, id);
        }
        out
    }

    fn tally(&self, t: &mut Tally, iso3: &str, name: &str, geonameid: Option<u32>) {
        t.total += 1;
        let show = |r: Option<crate::Resolution>| match r {
            Some(r) => {
                format!("{} ({}, {})", r.place.name, r.place.precision, r.place.country.as_deref().unwrap_or("-"))
            }
            None => "nothing".to_owned(),
        };
        let with = self.resolve(name, &Context::from_countries([iso3]));
        if with.as_ref().and_then(|r| r.place.country.as_deref()) == Some(iso3) {
            t.right_with_context += 1;
        } else {
            t.wrong_with_context.push(format!("{iso3} {name} → {}", show(with)));
        }
        let without = self.resolve(name, &Context::new());
        if without.as_ref().and_then(|r| r.place.country.as_deref()) == Some(iso3) {
            t.right_without_context += 1;
            if geonameid.is_some() && without.as_ref().and_then(|r| r.place.geonameid) == geonameid {
                t.exact_without_context += 1;
            }
        } else {
            t.wrong_without_context.push(format!("{iso3} {name} → {}", show(without)));
        }
    }
}
