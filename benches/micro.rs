//! Micro-benchmarks of the hot parts: loading YAML (all of it, and again after
//! one file changed), the metrics of a month, one chart, one project page.
//! `cargo bench --bench micro`; the scale benchmark of whole builds is
//! `bash bench/run.sh` (see BENCHMARKS.md).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

/// A generated site of `projects` × `months` in a temporary folder.
fn site(projects: usize, months: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let opts = tongbao::demo::DemoOptions {
        projects,
        months,
        ..Default::default()
    };
    tongbao::demo::write_site(dir.path(), &opts).expect("write demo");
    dir
}

fn load_and_metrics(c: &mut Criterion) {
    let dir = site(2000, 24);
    c.bench_function("load 2000x24", |b| {
        b.iter(|| black_box(tongbao::content::load(dir.path())))
    });
    // `tongbao serve` after an edit: one progress file changed, the rest cached.
    let mut cache = tongbao::content::Cache::new();
    let month = dir.path().join("content/progress/2026-12.yaml");
    let text = std::fs::read_to_string(&month).expect("progress file");
    let mut edited = false;
    c.bench_function("load_cached 2000x24, one file changed", |b| {
        b.iter(|| {
            edited = !edited;
            let now = if edited {
                format!("{text}# edited\n")
            } else {
                text.clone()
            };
            std::fs::write(&month, now).expect("write progress file");
            black_box(tongbao::content::load_cached(dir.path(), &mut cache))
        })
    });
    let ledger = tongbao::content::load(dir.path())
        .ledger
        .expect("demo loads");
    c.bench_function("metrics all months 2000x24", |b| {
        b.iter(|| black_box(tongbao::metrics::compute_all(&ledger)))
    });
    let last = *ledger.months.last().expect("months");
    c.bench_function("metrics one month 2000", |b| {
        b.iter(|| black_box(tongbao::metrics::compute(&ledger, last)))
    });
    let m = tongbao::metrics::compute(&ledger, last);
    c.bench_function("metrics.json 2000", |b| {
        b.iter(|| black_box(tongbao::metrics::to_json(&m)))
    });
}

fn chart(c: &mut Criterion) {
    let labels: Vec<String> = (1..=12).map(|m| format!("{m}月")).collect();
    let bars = tongbao::charts::Series {
        name: "本月完成投资".into(),
        values: (1..=12).map(|m| f64::from(m) * 123.4).collect(),
        labels: (1..=12)
            .map(|m| format!("{:.1}", f64::from(m) * 123.4))
            .collect(),
    };
    let line = tongbao::charts::LineSeries {
        name: "累计".into(),
        values: (1..=12)
            .map(|m| Some(f64::from(m * (m + 1) / 2) * 123.4))
            .collect(),
        dashed: false,
    };
    c.bench_function("project chart", |b| {
        b.iter(|| {
            black_box(tongbao::charts::bars_with_line(
                "2026 逐月完成投资",
                &labels,
                &bars,
                &line,
                "万元",
            ))
        })
    });
    // A bulletin's cumulative investment against the schedule and last year
    // over 24 months (the dashed schedule line goes on where the others end).
    let months: Vec<String> = (0..24).map(|m| format!("{}月", m % 12 + 1)).collect();
    let lines: Vec<tongbao::charts::LineSeries> = ["累计完成投资", "序时进度", "去年同期"]
        .iter()
        .enumerate()
        .map(|(i, name)| tongbao::charts::LineSeries {
            name: (*name).into(),
            values: (0..24)
                .map(|m| (m < 20 || i == 1).then(|| f64::from(m * (i as i32 + 2)) * 1.7))
                .collect(),
            dashed: i == 1,
        })
        .collect();
    c.bench_function("line chart", |b| {
        b.iter(|| {
            black_box(tongbao::charts::line_chart(
                "累计完成投资与序时进度",
                &months,
                &lines,
                "亿元",
            ))
        })
    });
    // Twenty departments' scores.
    let depts: Vec<String> = (0..20).map(|i| format!("区第{i}责任单位局")).collect();
    let scores: Vec<f64> = (0..20).map(|i| 100.0 - f64::from(i) * 1.7).collect();
    let score_labels: Vec<String> = scores.iter().map(|s| format!("{s:.1}分")).collect();
    c.bench_function("horizontal bars", |b| {
        b.iter(|| {
            black_box(tongbao::charts::horizontal_bars(
                "责任单位考核评分",
                &depts,
                &scores,
                &score_labels,
                Some(100.0),
            ))
        })
    });
}

fn pages(c: &mut Criterion) {
    let dir = site(300, 24);
    let ledger = tongbao::content::load(dir.path())
        .ledger
        .expect("demo loads");
    let metrics = tongbao::metrics::compute_all(&ledger);
    c.bench_function("render whole site 300x24 in memory", |b| {
        b.iter(|| {
            black_box(
                tongbao::build::render_to_memory(dir.path(), &ledger, &metrics).expect("renders"),
            )
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = load_and_metrics, chart, pages
}
criterion_main!(benches);
