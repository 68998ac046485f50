//! The BILOU tag scheme: how entity spans become one tag per token and back.
//!
//! Every entity type `T` gets four tags — `B-T` (begin), `I-T` (inside), `L-T` (last) and `U-T`
//! (unit, a one-token entity) — plus the shared `O`. BILOU rather than BIO because the model then
//! learns what ends an entity as well as what starts one, which helps most on the single-token
//! names that dominate web text. Tag ids: `O` is 0, then `B,I,L,U` of the first type, and so on.

use annals_doc::EntityLabel;
use std::ops::Range;

/// The position of a token inside an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Begin = 0,
    Inside = 1,
    Last = 2,
    Unit = 3,
}

/// The tag inventory of one model: `O` plus BILOU tags for each entity type it predicts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TagSet {
    labels: Vec<EntityLabel>,
}

impl TagSet {
    pub(crate) fn new(labels: Vec<EntityLabel>) -> TagSet {
        TagSet { labels }
    }

    /// Number of tags, `O` included.
    pub(crate) fn len(&self) -> usize {
        1 + 4 * self.labels.len()
    }

    /// The id of the tag at `pos` for entity type number `t`.
    pub(crate) fn tag(&self, pos: Pos, t: usize) -> usize {
        1 + 4 * t + pos as usize
    }

    /// Entity type number and position of a tag, `None` for `O`.
    pub(crate) fn split(&self, tag: usize) -> Option<(usize, Pos)> {
        if tag == 0 || tag >= self.len() {
            return None;
        }
        let pos = match (tag - 1) % 4 {
            0 => Pos::Begin,
            1 => Pos::Inside,
            2 => Pos::Last,
            _ => Pos::Unit,
        };
        Some(((tag - 1) / 4, pos))
    }

    /// Human-readable tag name, e.g. `B-PER`.
    pub(crate) fn name(&self, tag: usize) -> String {
        match self.split(tag) {
            None => "O".into(),
            Some((t, pos)) => {
                let p = ["B", "I", "L", "U"][pos as usize];
                format!("{p}-{}", self.labels[t])
            }
        }
    }

    /// True when `cur` may follow `prev` (`None` = sentence start) in a well-formed sequence.
    pub(crate) fn allowed(&self, prev: Option<usize>, cur: usize) -> bool {
        let open = prev.and_then(|p| self.split(p)).filter(|(_, pos)| matches!(pos, Pos::Begin | Pos::Inside));
        match (open, self.split(cur)) {
            // Inside an entity only its own I or L may come next.
            (Some((t, _)), Some((u, Pos::Inside | Pos::Last))) => t == u,
            (Some(_), _) => false,
            (None, Some((_, Pos::Inside | Pos::Last))) => false,
            (None, _) => true,
        }
    }

    /// True when a sentence may end on `tag`.
    pub(crate) fn can_end(&self, tag: usize) -> bool {
        !matches!(self.split(tag), Some((_, Pos::Begin | Pos::Inside)))
    }

    /// Tags for `n` tokens from entity spans (token ranges relative to the sentence). Entities of
    /// types this set does not know are left as `O`.
    pub(crate) fn encode(&self, n: usize, entities: &[(Range<usize>, EntityLabel)]) -> Vec<u16> {
        let mut tags = vec![0u16; n];
        for (range, label) in entities {
            let Some(t) = self.labels.iter().position(|l| l == label) else { continue };
            if range.is_empty() || range.end > n {
                continue;
            }
            if range.len() == 1 {
                tags[range.start] = self.tag(Pos::Unit, t) as u16;
                continue;
            }
            for i in range.clone() {
                let pos = if i == range.start {
                    Pos::Begin
                } else if i + 1 == range.end {
                    Pos::Last
                } else {
                    Pos::Inside
                };
                tags[i] = self.tag(pos, t) as u16;
            }
        }
        tags
    }

    /// Entity spans from a tag sequence. Ill-formed runs (which Viterbi never produces, but a
    /// greedy caller might) are repaired leniently: a stray `I`/`L` starts an entity, and an entity
    /// left open closes where its type stops.
    pub(crate) fn decode(&self, tags: &[u16]) -> Vec<(Range<usize>, EntityLabel)> {
        let mut out = Vec::new();
        let mut open: Option<(usize, usize)> = None; // (start, type)
        for (i, &tag) in tags.iter().enumerate() {
            let split = self.split(tag as usize);
            if let Some((start, t)) = open {
                match split {
                    Some((u, Pos::Inside)) if u == t => continue,
                    Some((u, Pos::Last)) if u == t => {
                        out.push((start..i + 1, self.labels[t]));
                        open = None;
                        continue;
                    }
                    _ => {
                        out.push((start..i, self.labels[t]));
                        open = None;
                    }
                }
            }
            match split {
                None => {}
                Some((t, Pos::Unit)) => out.push((i..i + 1, self.labels[t])),
                Some((t, Pos::Last)) => out.push((i..i + 1, self.labels[t])),
                Some((t, Pos::Begin | Pos::Inside)) => open = Some((i, t)),
            }
        }
        if let Some((start, t)) = open {
            out.push((start..tags.len(), self.labels[t]));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> TagSet {
        TagSet::new(vec![EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc])
    }

    #[test]
    fn encode_decode_round_trip() {
        let s = set();
        let ents = vec![(0..1, EntityLabel::Loc), (2..5, EntityLabel::Per), (5..7, EntityLabel::Org)];
        let tags = s.encode(8, &ents);
        let names: Vec<String> = tags.iter().map(|&t| s.name(t as usize)).collect();
        assert_eq!(names, ["U-LOC", "O", "B-PER", "I-PER", "L-PER", "B-ORG", "L-ORG", "O"]);
        assert_eq!(s.decode(&tags), ents);
    }

    #[test]
    fn transitions_enforce_well_formed_entities() {
        let s = set();
        let b_per = s.tag(Pos::Begin, 0);
        let l_per = s.tag(Pos::Last, 0);
        let l_org = s.tag(Pos::Last, 1);
        assert!(s.allowed(None, b_per));
        assert!(!s.allowed(None, l_per));
        assert!(s.allowed(Some(b_per), l_per));
        assert!(!s.allowed(Some(b_per), l_org));
        assert!(!s.allowed(Some(b_per), 0));
        assert!(!s.can_end(b_per));
        assert!(s.can_end(l_per));
    }

    #[test]
    fn decode_repairs_ill_formed_runs() {
        let s = set();
        let i_org = s.tag(Pos::Inside, 1) as u16;
        let b_per = s.tag(Pos::Begin, 0) as u16;
        assert_eq!(s.decode(&[i_org, i_org, 0, b_per]), vec![(0..2, EntityLabel::Org), (3..4, EntityLabel::Per)]);
    }
}
