//! The hash maps of one load (project ids, keys of a large mapping), with
//! rustc's FxHash from the `rustc-hash` crate.
//!
//! The standard hasher (SipHash) resists keys chosen to collide, which costs
//! several times more per key; the keys here come from the site's own files,
//! where a flood of collisions would only make a load slower, never wrong.
//! Nothing that is printed depends on the order of these maps.

/// A hash map with FxHash.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A hash set with FxHash.
pub type FastSet<T> = rustc_hash::FxHashSet<T>;
