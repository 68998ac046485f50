//! Feature hashing.
//!
//! A feature is a template id plus one or more values (strings or integers), hashed to a `u64`.
//! The mixing function is fixed here so models are portable across machines and Rust versions.

/// Builds the hash of one feature. Use one template id per feature template, then add its values:
///
/// ```
/// use annals_perceptron::FeatureHasher;
/// let f = FeatureHasher::new(7).str("Klaar").str("NNP").finish();
/// assert_ne!(f, FeatureHasher::new(8).str("Klaar").str("NNP").finish());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct FeatureHasher(u64);

const K: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

impl FeatureHasher {
    /// Start a feature of template `template`.
    #[inline]
    pub fn new(template: u32) -> FeatureHasher {
        FeatureHasher(mix(0x51_7C_C1_B7_27_22_0A_95, template as u64))
    }

    /// Add a string value.
    #[inline]
    pub fn str(self, s: &str) -> FeatureHasher {
        self.bytes(s.as_bytes())
    }

    /// Add a byte-string value. The length is mixed in, so `("ab","c")` and `("a","bc")` differ.
    #[inline]
    pub fn bytes(self, b: &[u8]) -> FeatureHasher {
        let mut h = self.0;
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            h = mix(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            h = mix(h, u64::from_le_bytes(buf));
        }
        FeatureHasher(mix(h, b.len() as u64 | 0xFF00_0000_0000_0000))
    }

    /// Add an integer value (a tag id, a distance, a flag).
    #[inline]
    pub fn int(self, v: u64) -> FeatureHasher {
        FeatureHasher(mix(self.0, v))
    }

    /// The finished feature. Never 0 (0 marks empty slots in [`crate::Model`]).
    #[inline]
    pub fn finish(self) -> u64 {
        // Final avalanche (from SplitMix64) so nearby inputs spread over the table.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        z | 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        // A changed value here means every committed model silently stops working.
        assert_eq!(FeatureHasher::new(1).str("the").finish(), FeatureHasher::new(1).str("the").finish());
        assert_eq!(FeatureHasher::new(3).str("abc").int(5).finish(), 0x1c61_5827_00e5_4a1b_u64);
    }

    #[test]
    fn value_boundaries_matter() {
        let a = FeatureHasher::new(1).str("ab").str("c").finish();
        let b = FeatureHasher::new(1).str("a").str("bc").finish();
        assert_ne!(a, b);
    }
}
