//! The Excel workbook beside each bulletin of the demo site: linked from the
//! page, a sheet per table with Chinese headers, money as numbers equal to
//! metrics.json, and the same bytes from two builds.

mod common;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::*;
use std::fs;
use std::path::Path;

/// The latest bulletin's month folder name.
fn latest(out: &Path) -> String {
    let mut months: Vec<String> = fs::read_dir(out.join("bulletins"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    months.sort();
    months.pop().unwrap()
}

#[test]
fn each_bulletin_has_a_linked_workbook_whose_figures_equal_metrics_json() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build_demo(&a);
    build_demo(&b);
    let m = latest(&a);
    let dir = a.join("bulletins").join(&m);
    let name = format!("{m}-tables.xlsx");
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(
        html.contains(&format!("<a href=\"{name}\" download>下载Excel</a>")),
        "no Excel link in the bulletin page"
    );

    // Every bulletin's workbook is byte-identical between two builds.
    for e in fs::read_dir(a.join("bulletins"))
        .unwrap()
        .filter_map(Result::ok)
    {
        let month = e.file_name().to_string_lossy().into_owned();
        let f = format!("bulletins/{month}/{month}-tables.xlsx");
        if e.file_type().unwrap().is_dir() {
            assert_eq!(
                fs::read(a.join(&f)).unwrap(),
                fs::read(b.join(&f)).unwrap(),
                "{f} differs between builds"
            );
        }
    }

    let metrics: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("metrics.json")).unwrap()).unwrap();
    let mut wb: Xlsx<_> = open_workbook(dir.join(&name)).unwrap();
    let sheets = wb.sheet_names();
    assert!(sheets.len() >= 14, "{sheets:?}");
    assert!(sheets
        .iter()
        .all(|s| s.chars().count() <= 31 && !s.contains(['[', ']', ':', '*', '?', '/', '\\'])));
    let range = wb.worksheet_range("分产业类别完成情况").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        [
            "产业类别",
            "项目数",
            "开复工",
            "开复工率",
            "年度计划投资（万元）",
            "累计完成投资（万元）",
            "完成率",
            "红旗",
            "黄旗",
            "绿旗"
        ]
    );
    let rows: Vec<&[Data]> = range.rows().skip(1).collect();
    let cats = metrics["by_category"].as_array().unwrap();
    for cat in cats {
        let name = cat["name"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|r| r[0] == Data::String(name.into()))
            .unwrap_or_else(|| panic!("no row for {name}"));
        let num = |i: usize| match &row[i] {
            Data::Float(f) => *f,
            Data::Int(n) => *n as f64,
            other => panic!("{name} column {i} is not a number: {other:?}"),
        };
        assert_eq!(num(1), cat["projects"].as_f64().unwrap());
        assert_eq!(num(4), cat["annual_plan"].as_f64().unwrap(), "{name} plan");
        assert_eq!(
            num(5),
            cat["completed"].as_f64().unwrap(),
            "{name} completed"
        );
        if let Some(r) = cat["start_rate"].as_f64() {
            assert_eq!(num(3), r, "{name} start rate");
        }
    }
    // The total row equals the totals.
    let total = rows
        .iter()
        .find(|r| r[0] == Data::String("合计".into()))
        .unwrap();
    assert_eq!(
        total[5],
        Data::Float(metrics["totals"]["completed"].as_f64().unwrap())
    );
}
