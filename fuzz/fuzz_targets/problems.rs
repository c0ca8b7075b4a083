//! Fuzzing the problems loader: any bytes give diagnostics, never a panic, a hang or
//! unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tongbao::content::{load_text, FileKind};

fuzz_target!(|data: &[u8]| {
    for d in load_text(FileKind::Problems, data) {
        let _ = d.to_string();
    }
});
