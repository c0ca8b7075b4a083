//! The allocator's settings for a long-running preview.
//!
//! The `tongbao` binary allocates with mimalloc (src/main.rs). By default it
//! hands memory unused for a second back to the system; `serve`, where an
//! office edits a figure every few seconds or minutes, then faults the
//! same hundreds of megabytes in again (zeroed by the kernel) at every
//! rebuild. A preview that rebuilds all day keeps them instead.

/// mimalloc's `mi_option_purge_delay`: the 16th of `mi_option_e` in the
/// bundled mimalloc.h (v3), which libmimalloc-sys names no constant for.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps memory a build frees for the next build (no purging back to the
/// system). Without effect where mimalloc is not the allocator (the tests).
pub fn keep_freed_memory() {
    // SAFETY: sets one of mimalloc's integer options; any value is valid, and
    // mimalloc reads its options atomically.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    use super::PURGE_DELAY;

    /// The option is the purge delay: its default in the bundled options.c,
    /// 1000 (ms), unless
    /// the environment sets it.
    #[test]
    fn the_option_is_the_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: reads an option.
            assert_eq!(unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }, 1000);
        }
    }
}
