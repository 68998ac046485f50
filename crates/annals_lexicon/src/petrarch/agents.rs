//! PETRARCH agent dictionaries (`*agents*.txt`).
//!
//! ```text
//! !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES     substitution set
//! FOREIGN_MINISTER [~GOVFRM]                               code added after the actor's
//! HUMAN_RIGHTS_BODY  [NGO~]                                code put before the actor's
//! POLICE {} [~COP]                                         no plural
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]              irregular plural
//! !MINIST!_OF_FOREIGN_AFFAIRS [~GOV]                       one entry per set member
//! ```
//!
//! PETRARCH lets a space (rather than `_`) between words allow other words in between; the
//! lexicon matches agent phrases as consecutive words, which the published dictionaries almost
//! always mean.

use super::{HtmlComments, cut_comment};
use crate::Problem;
use std::collections::HashMap;

/// One agent record after substitution sets are expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrAgent {
    /// Singular phrases, words separated by spaces, as written (capitals).
    pub phrases: Vec<String>,
    /// `None`: form regular plurals; `Some(list)`: exactly these (empty for none).
    pub plurals: Option<Vec<String>>,
    /// The code without its `~` (`GOVFRM`).
    pub code: String,
    /// True for `CODE~` (the code goes before the actor's code).
    pub before: bool,
    /// 1-based line number.
    pub line: usize,
}

/// A parsed agent dictionary.
#[derive(Debug, Clone, Default)]
pub struct AgentDictionary {
    /// Agents in file order.
    pub agents: Vec<PetrAgent>,
    /// Substitution sets (`!PERSON!` → members).
    pub substitutions: Vec<(String, Vec<String>)>,
    /// Lines that could not be used.
    pub problems: Vec<Problem>,
}

impl AgentDictionary {
    /// Number of singular phrases after expansion.
    pub fn phrase_count(&self) -> usize {
        self.agents.iter().map(|a| a.phrases.len()).sum()
    }
}

/// Read an agent dictionary.
pub fn read(text: &str, file: &str) -> AgentDictionary {
    let mut dict = AgentDictionary::default();
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut html = HtmlComments::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let visible = html.strip(raw.strip_suffix('\r').unwrap_or(raw));
        let (content, _) = cut_comment(&visible, &['#', ';']);
        let line = content.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('!')
            && let Some((name, members)) = line.split_once('=')
        {
            let name = name.trim();
            if name.len() < 3 || !name.ends_with('!') {
                dict.problems.push(Problem::new(file, line_no, format!("bad substitution set name `{name}`")));
                continue;
            }
            let members: Vec<String> =
                members.split(',').map(|m| m.trim().to_string()).filter(|m| !m.is_empty()).collect();
            sets.insert(name.to_string(), members.clone());
            dict.substitutions.push((name.to_string(), members));
            continue;
        }
        match parse_agent(line, line_no, &sets) {
            Ok(agent) => dict.agents.push(agent),
            Err(message) => dict.problems.push(Problem::new(file, line_no, message)),
        }
    }
    dict
}

fn parse_agent(line: &str, line_no: usize, sets: &HashMap<String, Vec<String>>) -> Result<PetrAgent, String> {
    let code_at = line.find('[').ok_or_else(|| format!("`{line}` has no `[~CODE]`"))?;
    let code_end = line[code_at..]
        .find([']', '}'])
        .map(|i| code_at + i)
        .ok_or_else(|| format!("code in `{line}` has no closing `]`"))?;
    let code_text: String = line[code_at + 1..code_end].chars().filter(|c| !c.is_whitespace()).collect();
    if !line[code_end + 1..].trim().is_empty() {
        return Err(format!("unexpected text `{}` after the code", line[code_end + 1..].trim()));
    }
    let (code, before) = if let Some(c) = code_text.strip_prefix('~') {
        (c.to_string(), false)
    } else if let Some(c) = code_text.strip_suffix('~') {
        (c.to_string(), true)
    } else {
        return Err(format!("agent code `{code_text}` needs a `~` (`~GOV` after the actor, `NGO~` before it)"));
    };
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!("`{code_text}` is not an agent code (letters and digits after or before `~`)"));
    }
    let head = &line[..code_at];
    let (phrase, plurals) = match head.find('{') {
        Some(open) => {
            let close =
                head[open..].find('}').map(|i| open + i).ok_or_else(|| format!("`{{` without `}}` in `{line}`"))?;
            let list: Vec<String> = head[open + 1..close].split_whitespace().map(words).collect();
            (head[..open].trim(), Some(list))
        }
        None => (head.trim(), None),
    };
    if phrase.is_empty() {
        return Err(format!("`{line}` has a code but no phrase"));
    }
    let expanded = expand(phrase, sets)?;
    // Set members are already inflected forms: no plurals are formed for them.
    let plurals = if expanded.len() > 1 || phrase.contains('!') { Some(plurals.unwrap_or_default()) } else { plurals };
    Ok(PetrAgent {
        phrases: expanded.iter().map(|p| words(p)).collect(),
        plurals,
        code: code.to_uppercase(),
        before,
        line: line_no,
    })
}

/// Words of a phrase joined by single spaces.
fn words(phrase: &str) -> String {
    phrase.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Replace `!SET!` markers by each member of the set.
fn expand(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(start) = phrase.find('!') else { return Ok(vec![phrase.to_string()]) };
    let end =
        phrase[start + 1..].find('!').map(|i| start + 1 + i).ok_or_else(|| format!("unclosed `!` in `{phrase}`"))?;
    let marker = &phrase[start..=end];
    let members = sets
        .get(marker)
        .ok_or_else(|| format!("unknown substitution set `{marker}`: define it first as `{marker} = A, B, …`"))?;
    Ok(members.iter().map(|m| phrase.replace(marker, m)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_plurals_and_substitutions() {
        let text = "\
!PERSON! = MAN, MEN, WOMAN
FOREIGN_MINISTER [~GOVFRM] # jap
HUMAN_RIGHTS_BODY  [NGO~]
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
";
        let dict = read(text, "a.txt");
        assert!(dict.problems.is_empty(), "{:?}", dict.problems);
        assert_eq!(dict.agents[0].code, "GOVFRM");
        assert!(!dict.agents[0].before);
        assert!(dict.agents[1].before);
        assert_eq!(dict.agents[2].plurals, Some(vec![]));
        assert_eq!(dict.agents[3].plurals, Some(vec!["ATTORNEYS GENERAL".to_string()]));
        assert_eq!(dict.agents[4].phrases, ["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"]);
        assert_eq!(dict.agents[4].plurals, Some(vec![]));
    }

    #[test]
    fn bad_agents_are_reported() {
        let text = "NO_CODE_HERE\nX [GOV]\n!UNKNOWN!_OF_WAR [~GOV]\nY [~GOV] extra\n";
        let dict = read(text, "a.txt");
        assert_eq!(dict.problems.iter().map(|p| p.line).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert!(dict.agents.is_empty());
    }
}
