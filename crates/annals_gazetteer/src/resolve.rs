//! Toponym resolution: from a name and a context to a ranked list of places.
//!
//! Every place whose folded name (or alternate name, or curated alias) equals the folded query is
//! a candidate. Candidates are ranked by one additive score, in orders of magnitude of
//! population, so that each rule reads as "worth so many times more inhabitants":
//!
//! | term | value | why |
//! |---|---|---|
//! | population | `log10(max(population, 1))`; capitals at least 1,000 | bigger places are mentioned more |
//! | country | +2 | "Armenia" is the country, not the Colombian city |
//! | curated region | +1 | hand-made entries are there because news uses them |
//! | first-level region | +0.5 | a state outranks a town of its size |
//! | national capital, called by its own name | +1.5 | news names capitals for their governments |
//! | matched an alternate name only | −3 | GeoNames' alternates include stray names ("Ariel" for Jerusalem) |
//! | in a context country | +3 | the document is about that country |
//! | in a neighbour of a context country | +1 | weaker evidence of the same kind |
//!
//! Two rules then override the sum. A curated place hides GeoNames places of the same name in
//! the countries it belongs to or involves (the curated "Crimea" carries the dispute note; the
//! GeoNames first-level region of that name does not). And a city outranks a first-level region
//! of the same name in the same country when it is called by its own name, is the capital, or
//! holds a quarter or more of that region's people (the region then drops below it): "Moscow",
//! "Buenos Aires" and "Kiev" are cities in the news, not the regions around them (but "Bihar" is
//! the state, not the town of Bihar Sharif).
//!
//! Consequences, documented because tests rely on them: without context a capital that shares
//! its name with a bigger place elsewhere can lose to it ("Kingston" → Jamaica rather than
//! Norfolk Island); with the capital's country in the context it always wins, because +3 exceeds
//! any population gap a capital's +1.5 leaves open in the data (checked for every capital and
//! every city of a million or more by `tests/acceptance.rs`).

use crate::data::{NO_COUNTRY, POSTING_MAIN, Precision};
use crate::fold::fold;
use crate::gazetteer::{Gazetteer, Place, PlaceId};

const COUNTRY_BONUS: f64 = 2.0;
const CURATED_BONUS: f64 = 1.0;
const ADMIN1_BONUS: f64 = 0.5;
const CAPITAL_BONUS: f64 = 1.5;
const CAPITAL_MIN_POPULATION: u64 = 1_000;
const ALTERNATE_PENALTY: f64 = 3.0;
/// How far below a same-named city of its country a first-level region is put.
const CITY_OVER_REGION_MARGIN: f64 = 0.5;
const CONTEXT_BONUS: f64 = 3.0;
const NEIGHBOUR_BONUS: f64 = 1.0;

/// Countries the text is about, which tilt ambiguous names towards them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    countries: Vec<String>,
}

impl Context {
    /// No context: rank by the names and places alone.
    pub fn new() -> Context {
        Context::default()
    }

    /// A context of ISO3 country codes.
    pub fn from_countries<I, S>(codes: I) -> Context
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut ctx = Context::new();
        for c in codes {
            ctx.add(c);
        }
        ctx
    }

    /// Add an ISO3 country code (upper-cased; duplicates are ignored).
    pub fn add(&mut self, iso3: impl Into<String>) {
        let code = iso3.into().to_ascii_uppercase();
        if !self.countries.contains(&code) {
            self.countries.push(code);
        }
    }

    /// The countries, in the order they were added.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// True when no country is given.
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty()
    }
}

/// One possible reading of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The place.
    pub place: Place,
    /// Ranking score (see the module docs); higher is better.
    pub score: f64,
    /// True when the name matched only one of GeoNames' alternate names.
    pub alternate: bool,
}

/// The chosen reading of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// The place chosen.
    pub place: Place,
    /// How clearly it beat the best rival reading: 1 when it had none, 0.5 for a tie. The
    /// first-level region a city lies in is not a rival of the city.
    pub confidence: f64,
    /// How many places carry the name.
    pub candidates: usize,
}

/// A candidate before it becomes a [`Candidate`].
#[derive(Debug, Clone, Copy)]
struct Scored {
    entry: u32,
    main: bool,
    score: f64,
}

impl Gazetteer {
    /// Every place called `name`, best first.
    pub fn candidates(&self, name: &str, ctx: &Context) -> Vec<Candidate> {
        self.ranked(&fold(name), ctx)
            .into_iter()
            .filter_map(|s| {
                Some(Candidate { place: self.place(PlaceId(s.entry))?, score: s.score, alternate: !s.main })
            })
            .collect()
    }

    /// The most likely place called `name`, or `None` when no place has that name.
    pub fn resolve(&self, name: &str, ctx: &Context) -> Option<Resolution> {
        self.resolve_key(&fold(name), ctx)
    }

    pub(crate) fn resolve_key(&self, key: &str, ctx: &Context) -> Option<Resolution> {
        let ranked = self.ranked(key, ctx);
        let best = ranked.first()?;
        // The region around a city (or the city in a region) is not a rival reading: "Moscow" is
        // right either way, so confidence is measured against the best candidate elsewhere.
        let own = |a: u32, b: u32| self.entry(a).admin1 == b || self.entry(b).admin1 == a;
        let confidence = match ranked.iter().skip(1).find(|s| !own(best.entry, s.entry)) {
            Some(second) => 1.0 - 0.5 * (-(best.score - second.score)).exp(),
            None => 1.0,
        };
        Some(Resolution { place: self.place(PlaceId(best.entry))?, confidence, candidates: ranked.len() })
    }

    /// Score and order the candidates of a folded key.
    fn ranked(&self, key: &str, ctx: &Context) -> Vec<Scored> {
        if key.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<Scored> = Vec::new();
        for p in self.postings(key) {
            let (entry, main) = (p & !POSTING_MAIN, p & POSTING_MAIN != 0);
            match found.iter_mut().find(|s| s.entry == entry) {
                Some(s) => s.main |= main,
                None => found.push(Scored { entry, main, score: 0.0 }),
            }
        }
        let ctx_countries: Vec<u16> = ctx.countries().iter().filter_map(|c| self.by_iso3.get(c).copied()).collect();

        // Curated places hide GeoNames places of the same name in their countries.
        let mut hidden: Vec<u16> = Vec::new();
        for s in &found {
            let e = self.entry(s.entry);
            if let Some(c) = self.curated_of(e) {
                hidden.extend(c.involves.iter().copied());
                if e.country != NO_COUNTRY {
                    hidden.push(e.country);
                }
            }
        }
        found.retain(|s| {
            let e = self.entry(s.entry);
            e.curated != crate::data::NO_ENTRY || !hidden.contains(&e.country)
        });

        for s in &mut found {
            s.score = self.score(s.entry, s.main, &ctx_countries);
        }
        // A city beats a same-named region of its country when it is called by its own name, is
        // the capital, is the bulk of that very region ("Odessa": the city holds much of the
        // oblast's people), or the region only matched by a shortened name ("Basra" for "Basra
        // Governorate"). A small town merely nicknamed after its region ("Bihar") does not.
        let mut caps: Vec<(usize, f64)> = Vec::new();
        for (ri, r) in found.iter().enumerate() {
            let region = self.entry(r.entry);
            if region.kind != Precision::Admin1 {
                continue;
            }
            for c in &found {
                let city = self.entry(c.entry);
                let strong = c.main || city.flags & crate::data::FLAG_CAPITAL != 0;
                let bulk = city.admin1 == r.entry && city.population.saturating_mul(4) >= region.population;
                if city.kind == Precision::City && city.country == region.country && (strong || bulk || !r.main) {
                    caps.push((ri, c.score - CITY_OVER_REGION_MARGIN));
                }
            }
        }
        for (ri, cap) in caps {
            found[ri].score = found[ri].score.min(cap);
        }
        // Ties go to the lower entry number: countries, then regions, then cities by GeoNames id.
        found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        found
    }

    fn score(&self, entry: u32, main: bool, ctx: &[u16]) -> f64 {
        let e = self.entry(entry);
        let curated = self.curated_of(e);
        let capital = e.flags & crate::data::FLAG_CAPITAL != 0;
        let population = if capital { e.population.max(CAPITAL_MIN_POPULATION) } else { e.population.max(1) };
        let mut score = (population as f64).log10();
        score += match (e.kind, curated.is_some()) {
            (Precision::Country, _) => COUNTRY_BONUS,
            (_, true) => CURATED_BONUS,
            (Precision::Admin1, false) => ADMIN1_BONUS,
            _ => 0.0,
        };
        // Only under its own name: a stray alternate name of a capital must not inherit its weight.
        if capital && main {
            score += CAPITAL_BONUS;
        }
        if !main {
            score -= ALTERNATE_PENALTY;
        }
        if !ctx.is_empty() {
            let mut own: Vec<u16> = curated.map(|c| c.involves.clone()).unwrap_or_default();
            if e.country != NO_COUNTRY {
                own.push(e.country);
            }
            if own.iter().any(|c| ctx.contains(c)) {
                score += CONTEXT_BONUS;
            } else if own.iter().any(|&c| self.neighbours(c).iter().any(|n| ctx.contains(n))) {
                score += NEIGHBOUR_BONUS;
            }
        }
        score
    }

    fn neighbours(&self, c: u16) -> &[u16] {
        self.t.countries.get(c as usize).map(|c| c.neighbours.as_slice()).unwrap_or(&[])
    }
}
