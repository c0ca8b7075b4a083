//! A fast hash for the maps of one load (project ids, keys of a large
//! mapping) and for telling whether a file's bytes changed.
//!
//! The standard hasher (SipHash) resists keys chosen to collide, which costs
//! several times more per key; the keys here come from the site's own files,
//! where a flood of collisions would only make a load slower, never wrong.
//! Nothing that is printed depends on the order of these maps.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of FxHash (rustc's hasher): odd, with well-spread bits.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// A word-at-a-time multiplicative hasher (FxHash).
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            self.add(u64::from_le_bytes(a));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hash set with [`FxHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

/// A 64-bit digest of `bytes`, to tell a changed file from an unchanged one
/// of the same length and time (not a cryptographic hash: an edit that keeps
/// length, time and digest would have to be made on purpose).
pub fn digest(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    // Spread the last word's bits over the whole digest.
    let x = h.finish();
    (x ^ (x >> 29)).wrapping_mul(K) ^ (x >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_tell_small_changes_apart() {
        let a = "period: 2026-01\nprojects:\n  A: {stage: 在建}\n".as_bytes();
        let mut seen = FastSet::default();
        assert!(seen.insert(digest(a)));
        for i in 0..a.len() {
            let mut b = a.to_vec();
            b[i] ^= 1;
            assert!(seen.insert(digest(&b)), "byte {i}");
        }
        assert!(seen.insert(digest(&a[..a.len() - 1])));
        assert!(seen.insert(digest(&[0; 9])));
        assert!(seen.insert(digest(&[0; 10])));
        assert_eq!(digest(a), digest(a));
    }
}
