//! Fuzzing the single file's HTML filter (`render::single::Inliner`): any page
//! HTML gives a page, never a panic or a hang, and what it writes loads nothing
//! from another host through the attributes it rewrites.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tongbao::render::single::Inliner;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    let statics = [(
        "style.css".to_string(),
        b"body{background:url(x.png)}".to_vec(),
    )];
    let assets = [("2021-09/a.jpg".to_string(), b"JPG".to_vec())];
    let inliner = Inliner {
        base_url: None,
        statics: &statics,
        assets: &assets,
        photos: true,
    };
    let out = inliner.standalone(html, "bulletins/2021-09/index.html");
    // Nothing that the input did not have is made up: the output is never
    // more than the input plus what inlining adds.
    assert!(out.len() <= html.len() * 4 + 4096, "{} → {}", html.len(), out.len());
});
