//! The PETRARCH internal coding ontology (PICO, `*Ontology*.txt`): each CAMEO event code with
//! the 16-bit hexadecimal code PETRARCH2 uses to combine verbs ("will" + "help" → 033).
//!
//! ```text
//! 010:0x1000#Make Public Statement
//! 011:0x1000-0xFFFF          an expression: a sum of signed hexadecimal terms
//! 121:-0xFFFF+0x0070         (PETRARCH marks "reject"-type codes with -0xFFFF)
//! ---:0                      the null code
//! ```

use crate::Problem;

/// One line of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OntologyEntry {
    /// The CAMEO code (`0211`).
    pub cameo: String,
    /// The internal code: the value of the expression as PETRARCH evaluates it
    /// (`0x1000-0xFFFF`, `-0xFFFF+0x2040+0x300`).
    pub pico: i64,
    /// The expression as written.
    pub expression: String,
    /// The name after `#`, when given.
    pub name: Option<String>,
    /// 1-based line number.
    pub line: usize,
}

/// A parsed ontology table.
#[derive(Debug, Clone, Default)]
pub struct PicoOntology {
    /// Entries in file order.
    pub entries: Vec<OntologyEntry>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

impl PicoOntology {
    /// The internal code of a CAMEO code.
    pub fn pico(&self, cameo: &str) -> Option<i64> {
        self.entries.iter().find(|e| e.cameo == cameo).map(|e| e.pico)
    }
}

/// Evaluate a sum of signed hexadecimal (or decimal) terms.
fn evaluate(expression: &str) -> Option<i64> {
    let e: String = expression.chars().filter(|c| !c.is_whitespace()).collect();
    if e.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut rest = e.as_str();
    while !rest.is_empty() {
        let (sign, body) = match rest.as_bytes()[0] {
            b'-' => (-1, &rest[1..]),
            b'+' => (1, &rest[1..]),
            _ => (1, rest),
        };
        let end = body.find(['+', '-']).unwrap_or(body.len());
        let term = &body[..end];
        let value = match term.strip_prefix("0x").or_else(|| term.strip_prefix("0X")) {
            Some(hex) => i64::from_str_radix(hex, 16).ok()?,
            None => term.parse::<i64>().ok()?,
        };
        total += sign * value;
        rest = &body[end..];
    }
    Some(total)
}

/// Read an ontology table.
pub fn read(text: &str, file: &str) -> PicoOntology {
    let mut table = PicoOntology::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (body, name) = match line.split_once('#') {
            Some((b, c)) => (b.trim(), Some(c.trim().to_string()).filter(|c| !c.is_empty())),
            None => (line, None),
        };
        let Some((cameo, value)) = body.split_once(':') else {
            table.problems.push(Problem::new(file, line_no, format!("`{line}`: expected `CAMEO:0xHEX`")));
            continue;
        };
        let cameo = cameo.trim();
        if cameo != "---" && (cameo.is_empty() || !cameo.chars().all(|c| c.is_ascii_digit())) {
            table.problems.push(Problem::new(file, line_no, format!("`{cameo}` is not a CAMEO code")));
            continue;
        }
        match evaluate(value) {
            Some(pico) => table.entries.push(OntologyEntry {
                cameo: cameo.to_string(),
                pico,
                expression: value.trim().to_string(),
                name,
                line: line_no,
            }),
            None => table.problems.push(Problem::new(
                file,
                line_no,
                format!("`{}` is not a sum of 0x… hexadecimal codes", value.trim()),
            )),
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_masks_and_names() {
        let t = read(
            "# header\n010:0x1000#Make Public Statement\n011:0x1000-0xFFFF\n121:-0xFFFF+0x0070\n---:0\n012:zz\n",
            "o.txt",
        );
        assert_eq!(t.entries.len(), 4);
        assert_eq!(t.entries[0].name.as_deref(), Some("Make Public Statement"));
        assert_eq!(t.pico("010"), Some(0x1000));
        assert_eq!(t.pico("011"), Some(0x1000 - 0xFFFF));
        assert_eq!(t.pico("121"), Some(-0xFFFF + 0x70));
        assert_eq!(t.pico("---"), Some(0));
        assert_eq!(t.problems.len(), 1);
    }
}
