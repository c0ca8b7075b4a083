//! Fuzzing the progress loader: any bytes give diagnostics, never a panic, a hang or
//! unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tongbao::content::{load_text, FileKind};

fn month() -> tongbao::model::Month {
    tongbao::model::Month::parse("2021-09").expect("a valid month")
}

fuzz_target!(|data: &[u8]| {
    for d in load_text(FileKind::Progress(month()), data) {
        let _ = d.to_string();
    }
});
