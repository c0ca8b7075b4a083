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

/// Figures the page prints as text with a unit (16.7%, 25.0个百分点) are
/// numbers in the workbook and exact in CSV: 序时进度 is its four-decimal
/// fraction (1/6 is 0.1667, never 0.16666666666666666), the red list's gap is
/// a number of percentage points, 招商引资's rates are fractions.
#[test]
fn schedules_gaps_and_rates_are_numbers_not_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build_demo(&out);
    let m = latest(&out);
    let dir = out.join("bulletins").join(&m);
    let mut wb: Xlsx<_> = open_workbook(dir.join(format!("{m}-tables.xlsx"))).unwrap();
    let sheets = wb.sheet_names();
    let sheet = |wb: &mut Xlsx<_>, want: &str| {
        let name = sheets
            .iter()
            .find(|s| s.contains(want))
            .unwrap_or_else(|| panic!("no sheet like {want} in {sheets:?}"))
            .clone();
        wb.worksheet_range(&name).unwrap()
    };
    let cumulative = sheet(&mut wb, "累计");
    let mut months = 0;
    for (i, row) in cumulative.rows().skip(1).enumerate() {
        let month = (i + 1) as f64;
        let want: f64 = format!("{:.4}", month / 12.0).parse().unwrap();
        assert_eq!(
            row[3],
            Data::Float(want),
            "序时进度 of month {month}: {row:?}"
        );
        months += 1;
    }
    assert!(months >= 2, "the cumulative sheet has the year's months");
    let csv = fs::read_to_string(dir.join("cumulative.csv")).unwrap();
    assert!(csv.contains(",0.1667\r\n"), "{csv}");
    assert!(!csv.contains('%'), "CSV rates are fractions: {csv}");

    let red = sheet(&mut wb, "红旗");
    let header: Vec<String> = red
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let gap = header.iter().position(|h| h.contains("落后")).unwrap();
    let gaps: Vec<&Data> = red.rows().skip(1).map(|r| &r[gap]).collect();
    assert!(!gaps.is_empty(), "the demo has red flags");
    for g in gaps {
        assert!(
            matches!(g, Data::Float(_) | Data::Int(_) | Data::Empty),
            "a gap is a number: {g:?}"
        );
    }
    let red_csv = fs::read_to_string(dir.join("red-list.csv")).unwrap();
    assert!(!red_csv.contains("百分点"), "{red_csv}");

    let promotion = sheet(&mut wb, "招商");
    let rates: Vec<&[Data]> = promotion
        .rows()
        .filter(|r| r[0].to_string().ends_with('率'))
        .collect();
    assert_eq!(rates.len(), 2, "履约率 and 开工率");
    for r in rates {
        assert!(matches!(r[1], Data::Float(_) | Data::Int(_)), "{r:?}");
    }
}

/// A build keeps a bulletin's workbook when its tables are the same (the
/// bytes the previous build wrote, here marked by trailing bytes), and makes
/// it again, exactly as a build from nothing makes it, when a figure in it
/// changed: a workbook is never stale.
#[test]
fn a_build_reuses_unchanged_workbooks_and_never_a_stale_one() {
    let (_tmp, site) = site_copy("small");
    let yaml = site.join("content/site.yaml");
    let mut text = fs::read_to_string(&yaml).unwrap();
    text.push_str("paper: false\n");
    fs::write(&yaml, text).unwrap();
    let build = |site: &Path| {
        let o = tongbao_at("build", site, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    };
    build(&site);
    let out = site.join("output");
    let jan = "bulletins/2025-01/2025-01-tables.xlsx";
    let feb = "bulletins/2025-02/2025-02-tables.xlsx";
    let read = |rel: &str| fs::read(out.join(rel)).unwrap();
    let fresh_feb = read(feb);
    let mark = |b: &mut Vec<u8>| b.extend_from_slice(b"reused");
    let marked = |rel: &str| read(rel).ends_with(b"reused");
    for rel in [jan, feb] {
        vouched_change(&out, rel, mark);
    }
    build(&site);
    assert!(marked(jan) && marked(feb), "a workbook was made again");

    // A figure of February changes: its workbook is made again; January's
    // is kept.
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "invested: 1500.25",
        "invested: 1500.75",
    );
    build(&site);
    assert!(marked(jan), "January's workbook was made again");
    assert!(
        !marked(feb),
        "February's workbook was kept although a figure changed"
    );
    assert_ne!(read(feb), fresh_feb);
    // What a build with nothing to reuse makes of the same content.
    let tmp = tempfile::tempdir().unwrap();
    let again = tmp.path().join("site");
    copy_tree(&site.join("content"), &again.join("content"));
    build(&again);
    assert_eq!(read(feb), fs::read(again.join("output").join(feb)).unwrap());
}

/// LibreOffice (Debian's libreoffice-calc-nogui) opens a bulletin's workbook:
/// every sheet converts to CSV, and the figures show with their formats
/// (money with two decimals, rates as percentages) and equal metrics.json.
/// Skipped where `soffice` is not installed.
#[test]
fn libreoffice_opens_a_bulletin_workbook_with_its_formats() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    build_demo(&out);
    let m = latest(&out);
    let book = out.join(format!("bulletins/{m}/{m}-tables.xlsx"));
    let csv_dir = tmp.path().join("csv");
    // Every sheet (-1), each cell as shown (the 9th token).
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
    let Some(o) = soffice(tmp.path(), &book, filter, &csv_dir) else {
        return;
    };
    assert!(o.status.success(), "{}", stderr(&o));
    let wb: Xlsx<_> = open_workbook(&book).unwrap();
    for sheet in wb.sheet_names() {
        let csv = csv_dir.join(format!("{m}-tables-{sheet}.csv"));
        assert!(csv.exists(), "LibreOffice wrote no {}", csv.display());
    }
    let csv =
        fs::read_to_string(csv_dir.join(format!("{m}-tables-分产业类别完成情况.csv"))).unwrap();
    let metrics: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(out.join(format!("bulletins/{m}/metrics.json"))).unwrap(),
    )
    .unwrap();
    let total = csv
        .lines()
        .find(|l| l.starts_with("合计,"))
        .unwrap_or_else(|| panic!("no total row in {csv}"));
    let cells: Vec<&str> = total.split(',').collect();
    let completed = &metrics["totals"]["completed"];
    assert_eq!(
        cells[5],
        format!("{:.2}", completed.as_f64().unwrap()),
        "{total}"
    );
    let rate = metrics["totals"]["start_rate"].as_f64().unwrap();
    assert_eq!(cells[3], format!("{:.1}%", rate * 100.0), "{total}");
}
