//! The built-in dictionaries, embedded in the binary.
//!
//! Files are layered in this order, so a later file can extend or correct an earlier one:
//! sectors, countries, regions, organisations, groups, agents, office holders derived from
//! CountryInfo (historical, to 2011–2012), then the hand-maintained office holders (to 2026).
//! `data/README.md` documents the format, sources and coverage of each file.

/// `(file name, contents)` in load order.
pub const FILES: &[(&str, &str)] = &[
    ("sectors.lex", include_str!("../data/sectors.lex")),
    ("countries.lex", include_str!("../data/countries.lex")),
    ("regions.lex", include_str!("../data/regions.lex")),
    ("organizations.lex", include_str!("../data/organizations.lex")),
    ("groups.lex", include_str!("../data/groups.lex")),
    ("agents.lex", include_str!("../data/agents.lex")),
    ("leaders-countryinfo.lex", include_str!("../data/leaders-countryinfo.lex")),
    ("leaders.lex", include_str!("../data/leaders.lex")),
];
