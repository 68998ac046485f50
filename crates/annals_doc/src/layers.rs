//! Annotation layers and the [`Annotator`] contract between pipeline stages.
//!
//! Each stage states which layers it needs and which it fills. A pipeline checks the chain when it
//! is built, so a missing stage is a construction error rather than silently empty output.

use crate::Doc;
use std::fmt;

/// A set of annotation layers, stored as bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Layers(u32);

impl Layers {
    /// No layers.
    pub const NONE: Layers = Layers(0);
    /// Token spans (`Doc::tokens`, `Doc::multiword`).
    pub const TOKENS: Layers = Layers(1 << 0);
    /// Sentence boundaries (`Doc::sentences`).
    pub const SENTENCES: Layers = Layers(1 << 1);
    /// Universal part-of-speech tags (`Token::upos`).
    pub const UPOS: Layers = Layers(1 << 2);
    /// Language-specific (Penn) tags (`Token::xpos`).
    pub const XPOS: Layers = Layers(1 << 3);
    /// Lemmas (`Token::lemma`).
    pub const LEMMA: Layers = Layers(1 << 4);
    /// Morphological features (`Token::feats`).
    pub const FEATS: Layers = Layers(1 << 5);
    /// Dependency heads and relations (`Token::head`, `Token::deprel`).
    pub const DEPS: Layers = Layers(1 << 6);
    /// Named-entity spans (`Doc::entities`).
    pub const ENTITIES: Layers = Layers(1 << 7);

    const NAMES: [(Layers, &'static str); 8] = [
        (Layers::TOKENS, "tokens"),
        (Layers::SENTENCES, "sentences"),
        (Layers::UPOS, "upos"),
        (Layers::XPOS, "xpos"),
        (Layers::LEMMA, "lemma"),
        (Layers::FEATS, "feats"),
        (Layers::DEPS, "deps"),
        (Layers::ENTITIES, "entities"),
    ];

    /// True when every layer of `other` is in `self`.
    #[inline]
    pub fn contains(self, other: Layers) -> bool {
        self.0 & other.0 == other.0
    }

    /// The layers of `self` that are not in `other`.
    #[inline]
    pub fn difference(self, other: Layers) -> Layers {
        Layers(self.0 & !other.0)
    }

    /// True when the set is empty.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Names of the layers in the set, in pipeline order.
    pub fn names(self) -> Vec<&'static str> {
        Layers::NAMES.iter().filter(|(l, _)| self.contains(*l)).map(|(_, n)| *n).collect()
    }
}

impl std::ops::BitOr for Layers {
    type Output = Layers;
    fn bitor(self, rhs: Layers) -> Layers {
        Layers(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Layers {
    fn bitor_assign(&mut self, rhs: Layers) {
        self.0 |= rhs.0;
    }
}

impl fmt::Debug for Layers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Layers({})", self.names().join("|"))
    }
}

impl fmt::Display for Layers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.names().join(", "))
    }
}

/// One stage of the NLP pipeline: reads some layers of a [`Doc`] and fills others.
///
/// Implementations must never panic on odd text; problems go to [`Doc::diagnostics`].
pub trait Annotator: Send + Sync {
    /// Short name for diagnostics, e.g. `"tagger"`.
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> Layers;
    /// Layers this stage fills.
    fn assigns(&self) -> Layers;
    /// Annotate `doc` in place. Implementations add [`Annotator::assigns`] to the doc's layers.
    fn annotate(&self, doc: &mut Doc);
}
