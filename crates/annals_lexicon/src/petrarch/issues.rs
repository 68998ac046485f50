//! PETRARCH issue dictionaries (`*Issue*.txt`): phrases that tag a sentence with an issue
//! (`NUCLEAR_WEAPONS`, `ID_ATROCITY`), grouped in `<ISSUE CATEGORY="…">` blocks.
//!
//! ```text
//! <ISSUE CATEGORY="ID_ATROCITY" TYPE="ALL">
//! n:genocide [ID_ATROCITY]      n: noun forms (genocide, genocides)
//! ethnic v:purge [ID_ATROCITY]  v: verb forms (purge, purges, purged, purging)
//! pre+k [EARLY_EDUCATION]       +: both "pre k" and "pre-k"
//! ~Saturday Night massacre      ignore phrase: no issue coding in a sentence containing it
//! </ISSUE>
//! ```
//!
//! A phrase without a code takes its category as the code.

use super::{HtmlComments, cut_comment};
use crate::Problem;
use crate::text::pluralise_word;

/// One issue phrase with its expanded surface forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueEntry {
    /// The phrase as written (`ethnic v:purge`).
    pub pattern: String,
    /// Every surface form it stands for, lower case (`ethnic purge`, `ethnic purged`, …).
    pub forms: Vec<String>,
    /// The issue code.
    pub code: String,
    /// 1-based line number.
    pub line: usize,
}

/// One `<ISSUE>` block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IssueCategory {
    /// The `CATEGORY` attribute.
    pub name: String,
    /// Phrases that code an issue.
    pub entries: Vec<IssueEntry>,
    /// Phrases whose presence cancels issue coding (`~…`), expanded like entries.
    pub ignore: Vec<IssueEntry>,
    /// Line of the opening tag.
    pub line: usize,
}

/// A parsed issue dictionary.
#[derive(Debug, Clone, Default)]
pub struct IssueDictionary {
    /// Categories in file order.
    pub categories: Vec<IssueCategory>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

impl IssueDictionary {
    /// Number of coding phrases over all categories.
    pub fn entry_count(&self) -> usize {
        self.categories.iter().map(|c| c.entries.len()).sum()
    }
}

/// Read an issue dictionary.
pub fn read(text: &str, file: &str) -> IssueDictionary {
    let mut dict = IssueDictionary::default();
    let mut open: Option<IssueCategory> = None;
    let mut html = HtmlComments::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = raw.trim();
        if let Some(tag) = trimmed.strip_prefix("<ISSUE") {
            if let Some(prev) = open.take() {
                dict.problems.push(Problem::new(
                    file,
                    line_no,
                    format!("`<ISSUE>` block `{}` was not closed", prev.name),
                ));
                dict.categories.push(prev);
            }
            let name = tag
                .split_once("CATEGORY=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            if name.is_empty() {
                dict.problems.push(Problem::new(file, line_no, "`<ISSUE>` without `CATEGORY=\"…\"`"));
            }
            open = Some(IssueCategory { name, line: line_no, ..IssueCategory::default() });
            continue;
        }
        if trimmed.starts_with("</ISSUE") {
            match open.take() {
                Some(category) => dict.categories.push(category),
                None => dict.problems.push(Problem::new(file, line_no, "`</ISSUE>` without an opening tag")),
            }
            continue;
        }
        let visible = html.strip(raw);
        let (content, _) = cut_comment(&visible, &['#']);
        let line = content.trim();
        if line.is_empty() {
            continue;
        }
        let Some(category) = open.as_mut() else {
            dict.problems.push(Problem::new(file, line_no, format!("`{line}` is outside any `<ISSUE>` block")));
            continue;
        };
        if let Some(ignored) = line.strip_prefix('~') {
            let pattern = ignored.trim_start_matches('~').trim();
            category.ignore.push(IssueEntry {
                pattern: pattern.to_string(),
                forms: expand(pattern),
                code: String::new(),
                line: line_no,
            });
            continue;
        }
        let (pattern, code) = match line.find('[') {
            Some(i) => {
                let Some(close) = line[i..].find(']') else {
                    dict.problems.push(Problem::new(file, line_no, format!("code in `{line}` has no closing `]`")));
                    continue;
                };
                (line[..i].trim(), line[i + 1..i + close].trim().to_string())
            }
            None => (line, category.name.clone()),
        };
        if pattern.is_empty() {
            dict.problems.push(Problem::new(file, line_no, format!("`{line}` has a code but no phrase")));
            continue;
        }
        category.entries.push(IssueEntry { pattern: pattern.to_string(), forms: expand(pattern), code, line: line_no });
    }
    if let Some(category) = open {
        dict.problems.push(Problem::new(
            file,
            category.line,
            format!("`<ISSUE>` block `{}` is never closed", category.name),
        ));
        dict.categories.push(category);
    }
    dict
}

/// Expand `n:`, `v:` and `+` into every surface form, lower case.
pub fn expand(pattern: &str) -> Vec<String> {
    let mut forms = vec![String::new()];
    for word in pattern.split_whitespace() {
        let variants = word_variants(&word.to_lowercase());
        let mut next = Vec::with_capacity(forms.len() * variants.len());
        for prefix in &forms {
            for v in &variants {
                next.push(if prefix.is_empty() { v.clone() } else { format!("{prefix} {v}") });
            }
        }
        forms = next;
    }
    forms.dedup();
    forms
}

fn word_variants(word: &str) -> Vec<String> {
    // `+` joins parts with either a space or a hyphen.
    let mut joined = vec![String::new()];
    for (i, part) in word.split('+').enumerate() {
        let inflected = inflect(part);
        let mut next = Vec::new();
        for prefix in &joined {
            for form in &inflected {
                if i == 0 {
                    next.push(form.clone());
                } else {
                    next.push(format!("{prefix} {form}"));
                    next.push(format!("{prefix}-{form}"));
                }
            }
        }
        joined = next;
    }
    joined
}

fn inflect(part: &str) -> Vec<String> {
    if let Some(noun) = part.strip_prefix("n:") {
        let mut v = vec![noun.to_string()];
        v.extend(pluralise_word(noun));
        v
    } else if let Some(verb) = part.strip_prefix("v:") {
        let stem = verb.strip_suffix('e').unwrap_or(verb);
        let third = if verb.ends_with('s') || verb.ends_with("sh") || verb.ends_with("ch") {
            format!("{verb}es")
        } else {
            format!("{verb}s")
        };
        vec![verb.to_string(), third, format!("{stem}ed"), format!("{stem}ing")]
    } else {
        vec![part.to_string()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_entries_and_expansions() {
        let text = "\
<ISSUE CATEGORY=\"ID_ATROCITY\" TYPE=\"ALL\">
n:genocide [ID_ATROCITY]
ethnic v:purge [ID_ATROCITY]
pre+k [EARLY]
~Saturday Night massacre
~~Armenian genocide  # historical
eurozone
</ISSUE>
";
        let dict = read(text, "i.txt");
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        let c = &dict.categories[0];
        assert_eq!(c.name, "ID_ATROCITY");
        assert_eq!(c.entries[0].forms, ["genocide", "genocides"]);
        assert_eq!(c.entries[1].forms, ["ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"]);
        assert_eq!(c.entries[2].forms, ["pre k", "pre-k"]);
        assert_eq!(c.entries[3].code, "ID_ATROCITY");
        assert_eq!(c.ignore.len(), 2);
        assert_eq!(c.ignore[1].pattern, "Armenian genocide");
    }
}
