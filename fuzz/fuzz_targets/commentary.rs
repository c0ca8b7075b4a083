//! Fuzzing commentary: front matter, `{{ … }}` figures (`render::expr::expand`)
//! and Markdown (`render::markdown::to_html`). Besides never panicking, the HTML
//! must never hold anything that runs as script, whatever the author pasted.
#![no_main]

#[path = "../../tests/common/audit.rs"]
mod audit;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tongbao::content::{load_text, split_front_matter, FileKind};
use tongbao::model::Month;
use tongbao::render::expr::expand;
use tongbao::render::format::Fmt;
use tongbao::render::markdown::to_html;

/// The metrics of the worked example's last month, as commentary sees them.
fn context() -> &'static (serde_json::Value, Fmt) {
    static CTX: OnceLock<(serde_json::Value, Fmt)> = OnceLock::new();
    CTX.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tongbao-fuzz-{}", std::process::id()));
        for (rel, text) in tongbao::demo::worked_example() {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("temp dir");
            std::fs::write(&path, text).expect("temp file");
        }
        let ledger = tongbao::content::load(&dir)
            .ledger
            .expect("the worked example loads");
        let _ = std::fs::remove_dir_all(&dir);
        let metrics = tongbao::metrics::compute_all(&ledger);
        let last = metrics.last().expect("months");
        let ctx = tongbao::render::commentary::expr_context(last);
        let fmt = Fmt {
            lang: ledger.site.language,
            pct_decimals: ledger.site.percent_decimals,
        };
        (ctx, fmt)
    })
}

fuzz_target!(|data: &[u8]| {
    let month = Month::parse("2021-09").expect("a valid month");
    for d in load_text(FileKind::Commentary(month), data) {
        let _ = d.to_string();
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (ctx, fmt) = context();
    let (_, body, line) = split_front_matter(text);
    let md = match expand(body, ctx, fmt, "content/bulletins/2021-09.md", line) {
        Ok(md) => md.text,
        Err(errors) => {
            for d in errors {
                let _ = d.to_string();
            }
            body.to_string()
        }
    };
    let html = to_html(&md);
    let bad = audit::audit(&html);
    assert!(bad.is_empty(), "{bad:?}\n--- markdown:\n{md}\n--- html:\n{html}");
});
