//! The event ontology: CAMEO codes with Goldstein scores and quad classes, mapped to PLOVER.
//!
//! The table is a compact TSV (`data/cameo_plover.tsv`) embedded in the binary. It is derived by
//! [`build_table`] from two public files in `../shared/data`: the CAMEO code list with Goldstein
//! scores (`cameo/cameo-codes.tsv`) and the PLOVER crosswalk (`plover/CAMEO2PLOVER-2021.txt`);
//! `annals ontology build` regenerates it.
//!
//! Two decisions are ours, because PLOVER drops CAMEO's first two root categories:
//! - **CAMEO 02 (APPEAL)** becomes PLOVER `REQUEST` with mode `appeal`, with the context of the
//!   parallel CAMEO 10 (DEMAND) code (021x mirrors 101x, and so on): an appeal is a polite request.
//! - **CAMEO 01 (MAKE PUBLIC STATEMENT)** has no PLOVER type. Such codings are kept for CAMEO
//!   compatibility (e.g. the PETRARCH validation suite) but the coded record represents a
//!   statement as a *claim*, not an event.
//!
//! Quad classes follow the GDELT convention: 1 verbal cooperation (01–05), 2 material cooperation
//! (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

/// The embedded table, produced by [`build_table`].
const TABLE: &str = include_str!("../data/cameo_plover.tsv");

/// Errors from building or reading the ontology table.
#[derive(Debug, thiserror::Error)]
pub enum OntologyError {
    /// A line of an input or table file could not be used.
    #[error("{file}:{line}: {message}")]
    Line {
        /// Which file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// PLOVER event types (PLOVER manual, 2021 draft).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum PloverType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl PloverType {
    /// All types in manual order.
    pub const ALL: [PloverType; 16] = [
        PloverType::Agree,
        PloverType::Consult,
        PloverType::Support,
        PloverType::Concede,
        PloverType::Cooperate,
        PloverType::Aid,
        PloverType::Retreat,
        PloverType::Request,
        PloverType::Accuse,
        PloverType::Reject,
        PloverType::Threaten,
        PloverType::Protest,
        PloverType::Sanction,
        PloverType::Mobilize,
        PloverType::Coerce,
        PloverType::Assault,
    ];

    /// Upper-case PLOVER name, e.g. `"CONSULT"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PloverType::Agree => "AGREE",
            PloverType::Consult => "CONSULT",
            PloverType::Support => "SUPPORT",
            PloverType::Concede => "CONCEDE",
            PloverType::Cooperate => "COOPERATE",
            PloverType::Aid => "AID",
            PloverType::Retreat => "RETREAT",
            PloverType::Request => "REQUEST",
            PloverType::Accuse => "ACCUSE",
            PloverType::Reject => "REJECT",
            PloverType::Threaten => "THREATEN",
            PloverType::Protest => "PROTEST",
            PloverType::Sanction => "SANCTION",
            PloverType::Mobilize => "MOBILIZE",
            PloverType::Coerce => "COERCE",
            PloverType::Assault => "ASSAULT",
        }
    }
}

impl FromStr for PloverType {
    type Err = String;
    fn from_str(s: &str) -> Result<PloverType, String> {
        PloverType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown PLOVER type `{s}`"))
    }
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One CAMEO code with everything the record reports about it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code, e.g. `"0871"`.
    pub code: String,
    /// CAMEO's name, e.g. `"Declare truce, ceasefire"`.
    pub name: String,
    /// Goldstein conflict–cooperation score, −10 … +10.
    pub goldstein: f32,
    /// Quad class 1–4 (see the module docs).
    pub quad_class: u8,
    /// PLOVER type, `None` for CAMEO 01 statements.
    pub plover: Option<PloverType>,
    /// PLOVER mode, e.g. `"ceasefire"`.
    pub mode: Option<String>,
    /// PLOVER contexts, e.g. `["military"]`.
    pub contexts: Vec<String>,
}

/// The CAMEO code table, indexed by code.
#[derive(Debug, Clone)]
pub struct Ontology {
    codes: HashMap<String, CameoCode>,
}

impl Ontology {
    /// The embedded table.
    pub fn embedded() -> &'static Ontology {
        static ONTOLOGY: std::sync::OnceLock<Ontology> = std::sync::OnceLock::new();
        ONTOLOGY
            .get_or_init(|| Ontology::parse(TABLE, "cameo_plover.tsv").expect("the embedded ontology table is valid"))
    }

    /// Read a table written by [`build_table`].
    pub fn parse(table: &str, file: &str) -> Result<Ontology, OntologyError> {
        let mut codes = HashMap::new();
        for (n, line) in table.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("code\t") || line.trim().is_empty() {
                continue;
            }
            let err = |message: String| OntologyError::Line { file: file.to_string(), line: n + 1, message };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 7 {
                return Err(err(format!("expected 7 tab-separated columns, found {}", cols.len())));
            }
            let goldstein: f32 = cols[2].parse().map_err(|_| err(format!("bad Goldstein score `{}`", cols[2])))?;
            let quad_class: u8 = cols[3].parse().map_err(|_| err(format!("bad quad class `{}`", cols[3])))?;
            let plover = match cols[4] {
                "" => None,
                t => Some(t.parse::<PloverType>().map_err(err)?),
            };
            let code = CameoCode {
                code: cols[0].to_string(),
                name: cols[1].to_string(),
                goldstein,
                quad_class,
                plover,
                mode: (!cols[5].is_empty()).then(|| cols[5].to_string()),
                contexts: cols[6].split(';').filter(|c| !c.is_empty()).map(str::to_string).collect(),
            };
            codes.insert(code.code.clone(), code);
        }
        Ok(Ontology { codes })
    }

    /// The entry for `code`, falling back to its closest listed ancestor (`"0356"` → `"035"` →
    /// `"03"`) so that dictionary codes more specific than the table still get scores.
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        let mut c = code;
        while c.len() >= 2 {
            if let Some(entry) = self.codes.get(c) {
                return Some(entry);
            }
            c = &c[..c.len() - 1];
        }
        None
    }

    /// Number of codes in the table.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// Quad class of a CAMEO code from its two-digit root.
pub fn quad_class(code: &str) -> Option<u8> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// One crosswalk line: PLOVER type, mode and contexts of a CAMEO code.
#[derive(Debug, Clone, Default)]
struct Crosswalk {
    plover: Option<PloverType>,
    mode: String,
    contexts: Vec<String>,
}

/// Build the ontology table from the CAMEO code list (`cameo-codes.tsv`: code, name, goldstein,
/// root_code, description, usage_notes) and the PLOVER crosswalk (`CAMEO2PLOVER-2021.txt`:
/// `code: TYPE, mode, context[; context] # comment`).
pub fn build_table(cameo_tsv: &str, crosswalk: &str) -> Result<String, OntologyError> {
    let mut walk: HashMap<String, Crosswalk> = HashMap::new();
    for (n, line) in crosswalk.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('~') {
            continue;
        }
        let Some((code, rest)) = line.split_once(':') else { continue };
        let code = code.trim();
        if !code.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let parts: Vec<&str> = rest.split(',').map(str::trim).collect();
        let plover = parts[0].parse::<PloverType>().map_err(|message| OntologyError::Line {
            file: "CAMEO2PLOVER".into(),
            line: n + 1,
            message,
        })?;
        let mode = parts.get(1).copied().unwrap_or("").replace(' ', "");
        let contexts: Vec<String> = parts
            .get(2)
            .map(|c| c.split(';').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect())
            .unwrap_or_default();
        // Root lines ("03: AGREE") only name the type; detailed lines win over them.
        walk.entry(code.to_string())
            .and_modify(|w| {
                if code.len() > 2 {
                    *w = Crosswalk { plover: Some(plover), mode: mode.clone(), contexts: contexts.clone() };
                }
            })
            .or_insert(Crosswalk { plover: Some(plover), mode, contexts });
    }
    let mut out = String::from(
        "# Derived by `annals ontology build` from cameo-codes.tsv (CAMEO, MIT) and CAMEO2PLOVER-2021.txt\n\
         # (PLOVER, CC BY-SA 4.0). Do not edit by hand.\n\
         code\tname\tgoldstein\tquad_class\tplover\tmode\tcontexts\n",
    );
    for (n, line) in cameo_tsv.lines().enumerate().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 || cols[0].is_empty() {
            continue;
        }
        let err = |message: String| OntologyError::Line { file: "cameo-codes.tsv".into(), line: n + 1, message };
        let code = cols[0].trim();
        let goldstein: f32 = cols[2].trim().parse().map_err(|_| err(format!("bad Goldstein score `{}`", cols[2])))?;
        let quad = quad_class(code).ok_or_else(|| err(format!("code `{code}` has no CAMEO root")))?;
        let entry = crosswalk_for(code, &walk);
        let contexts = entry.contexts.join(";");
        let plover = entry.plover.map_or("", PloverType::as_str);
        out.push_str(&format!(
            "{code}\t{}\t{goldstein}\t{quad}\t{plover}\t{}\t{contexts}\n",
            cols[1].trim(),
            entry.mode
        ));
    }
    Ok(out)
}

/// The crosswalk entry for a code: its own line, else its parent's; CAMEO 02 borrows from the
/// parallel CAMEO 10 code (see the module docs).
fn crosswalk_for(code: &str, walk: &HashMap<String, Crosswalk>) -> Crosswalk {
    let lookup = |c: &str| -> Option<Crosswalk> {
        let mut c = c;
        while c.len() >= 2 {
            if let Some(w) = walk.get(c) {
                return Some(w.clone());
            }
            c = &c[..c.len() - 1];
        }
        None
    };
    if let Some(rest) = code.strip_prefix("02") {
        let parallel = format!("10{rest}");
        let mut w = lookup(&parallel).unwrap_or_default();
        w.plover = Some(PloverType::Request);
        w.mode = "appeal".into();
        return w;
    }
    if code.starts_with("01") {
        return Crosswalk::default();
    }
    lookup(code).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_maps_the_worked_example_codes() {
        let o = Ontology::embedded();
        assert!(o.len() > 300, "{}", o.len());
        let consult = o.get("040").expect("040");
        assert_eq!(consult.plover, Some(PloverType::Consult));
        assert_eq!(consult.quad_class, 1);
        let ceasefire = o.get("0871").expect("0871");
        assert_eq!(ceasefire.plover, Some(PloverType::Retreat));
        assert_eq!(ceasefire.mode.as_deref(), Some("ceasefire"));
        let fight = o.get("193").expect("193");
        assert_eq!(fight.plover, Some(PloverType::Assault));
        assert_eq!(fight.quad_class, 4);
        assert!(fight.goldstein < -5.0);
        assert_eq!(o.get("010").expect("010").plover, None, "statements have no PLOVER type");
        assert_eq!(o.get("020").expect("020").plover, Some(PloverType::Request));
    }

    #[test]
    fn unknown_specific_codes_fall_back_to_their_parent() {
        let o = Ontology::embedded();
        assert_eq!(o.get("0579").map(|c| c.code.as_str()), Some("057"));
        assert!(o.get("99").is_none());
    }

    /// The committed table is what `build_table` makes of the shared data (when it is present).
    /// `UPDATE_EXPECT=1` rewrites it.
    #[test]
    fn embedded_table_is_up_to_date_with_the_shared_data() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
        let (Ok(cameo), Ok(plover)) = (
            std::fs::read_to_string(format!("{root}/cameo/cameo-codes.tsv")),
            std::fs::read_to_string(format!("{root}/plover/CAMEO2PLOVER-2021.txt")),
        ) else {
            // Without the corpora (CI), the embedded table is checked by the other tests.
            return;
        };
        let built = build_table(&cameo, &plover).expect("builds");
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/data/cameo_plover.tsv"), &built).expect("writes");
        } else {
            assert_eq!(built, TABLE, "run with UPDATE_EXPECT=1 to regenerate data/cameo_plover.tsv");
        }
    }

    #[test]
    fn quad_classes_follow_cameo_roots() {
        assert_eq!(quad_class("057"), Some(1));
        assert_eq!(quad_class("073"), Some(2));
        assert_eq!(quad_class("112"), Some(3));
        assert_eq!(quad_class("190"), Some(4));
    }
}
