//! metrics.json carries every key CONTENT.md lists, rates as fractions, money in 万元.

use serde_json::Value;

use super::build::*;
use crate::metrics::{compute, to_json};
use crate::model::{Kind, Stage::*};

/// The keys of `totals` (and of every grouping row) as CONTENT.md lists them.
const TOTALS: [&str; 15] = [
    "projects",
    "new",
    "continuing",
    "total_investment",
    "annual_plan",
    "started",
    "new_started",
    "resumed",
    "start_rate",
    "new_start_rate",
    "resume_rate",
    "invested_month",
    "completed",
    "completion_rate",
    "flags",
];
const FLAGS: [&str; 3] = ["red", "yellow", "green"];
const TOP: [&str; 15] = [
    "period",
    "year",
    "month",
    "schedule",
    "totals",
    "by_category",
    "by_kind",
    "by_unit",
    "by_location",
    "by_level",
    "by_size",
    "last_year",
    "promotion",
    "problems",
    "projects",
];
const PROMOTION: [&str; 8] = [
    "signed",
    "signed_investment",
    "funds",
    "fulfilled",
    "fulfil_rate",
    "started",
    "start_rate",
    "operating",
];
const PROBLEMS: [&str; 4] = ["raised", "resolved", "open", "resolution_rate"];
const PROJECT: [&str; 8] = [
    "id",
    "name",
    "stage",
    "kind",
    "plan",
    "completed",
    "completion_rate",
    "flag",
];

fn has_keys(v: &Value, keys: &[&str], at: &str) {
    let object = v
        .as_object()
        .unwrap_or_else(|| panic!("{at} is not an object: {v}"));
    for key in keys {
        assert!(object.contains_key(*key), "{at} has no key {key:?}");
    }
}

fn has_totals(v: &Value, at: &str) {
    has_keys(v, &TOTALS, at);
    has_keys(&v["flags"], &FLAGS, &format!("{at}.flags"));
    for rate in [
        "start_rate",
        "new_start_rate",
        "resume_rate",
        "completion_rate",
    ] {
        let r = &v[rate];
        assert!(
            r.is_null()
                || r.as_f64()
                    .is_some_and(|f| (0.0..=1.0).contains(&f) || rate == "completion_rate"),
            "{at}.{rate} = {r}"
        );
    }
}

fn sample() -> crate::model::Ledger {
    let mut l = ledger(vec![
        P::new("A")
            .unit("gxj")
            .location("城关镇")
            .level("市重点")
            .signed("2021-02-01")
            .started("2020-05")
            .rec("2020-09", Construction, "10")
            .plan(2020, "100")
            .rec_funds("2021-09", Construction, "1234.5678", "50")
            .plan(2021, "3000"),
        P::new("B")
            .cat("农业")
            .total("120000")
            .rec("2021-08", Preliminary, "0")
            .plan_full(2021, "500", Some(Kind::New), Some("2021-06")),
    ]);
    l.units = units(&[("gxj", "区工信局")]);
    l.problems = vec![
        problem("Q1", "A", "2021-03-01", Some("2021-04-01")),
        problem("Q2", "B", "2021-05-01", None),
    ];
    l
}

#[test]
fn every_listed_key_is_present() {
    let json = to_json(&compute(&sample(), m("2021-09")));
    assert!(json.ends_with("}\n"));
    let v: Value = serde_json::from_str(&json).unwrap();
    has_keys(&v, &TOP, "metrics");
    assert_eq!(v["period"], "2021-09");
    assert_eq!(
        (v["year"].as_i64(), v["month"].as_i64()),
        (Some(2021), Some(9))
    );
    assert_eq!(v["schedule"].as_f64(), Some(0.75));
    has_totals(&v["totals"], "totals");
    for grouping in [
        "by_category",
        "by_kind",
        "by_unit",
        "by_location",
        "by_level",
        "by_size",
        "size_thresholds",
    ] {
        let rows = v[grouping]
            .as_array()
            .unwrap_or_else(|| panic!("{grouping} is not a list"));
        assert!(!rows.is_empty(), "{grouping} is empty");
        for (i, row) in rows.iter().enumerate() {
            has_keys(row, &["name"], grouping);
            has_totals(row, &format!("{grouping}[{i}]"));
        }
    }
    for row in v["by_unit"].as_array().unwrap() {
        has_keys(row, &["score", "rank"], "by_unit");
    }
    has_totals(&v["last_year"], "last_year");
    has_keys(&v["promotion"], &PROMOTION, "promotion");
    has_keys(&v["problems"], &PROBLEMS, "problems");
    for p in v["projects"].as_array().unwrap() {
        has_keys(p, &PROJECT, "projects[]");
    }
}

#[test]
fn values_are_fractions_money_and_counts() {
    let l = sample();
    let x = compute(&l, m("2021-09"));
    let v: Value = serde_json::from_str(&to_json(&x)).unwrap();
    let t = &v["totals"];
    assert_eq!(t["projects"].as_u64(), Some(2));
    assert_eq!(t["started"].as_u64(), Some(1));
    assert_eq!(t["start_rate"].as_f64(), Some(0.5));
    assert_eq!(t["completed"].to_string(), "1234.5678");
    assert_eq!(t["annual_plan"].to_string(), "3500");
    // 1234.5678 ÷ 3500 = 0.352733… → 0.3527
    assert_eq!(t["completion_rate"].to_string(), "0.3527");
    assert_eq!(t["new_start_rate"].to_string(), "0");
    assert_eq!(t["resume_rate"].to_string(), "1");
    assert_eq!(t["flags"]["red"].as_u64(), Some(2));
    let a = &v["projects"][0];
    assert_eq!(
        (a["id"].as_str(), a["stage"].as_str(), a["kind"].as_str()),
        (Some("A"), Some("在建"), Some("续建"))
    );
    assert_eq!(
        (a["flag"].as_str(), a["unit_name"].as_str()),
        (Some("red"), Some("区工信局"))
    );
    let b = &v["projects"][1];
    assert_eq!(
        (
            b["stage"].as_str(),
            b["flag"].as_str(),
            b["overdue"].as_bool()
        ),
        (Some("前期"), Some("red"), Some(true))
    );
    assert_eq!(v["promotion"]["funds"].to_string(), "50");
    assert_eq!(v["promotion"]["fulfil_rate"].to_string(), "1");
    assert_eq!(v["problems"]["resolution_rate"].to_string(), "0.5");
    assert_eq!(v["last_year"]["completed"].to_string(), "10");
    assert_eq!(v["by_size"][3]["key"], "ge50");
    assert_eq!(v["by_size"][2]["projects"].as_u64(), Some(1));
    // A rate over nothing is null.
    let empty = compute(&l, m("2019-03"));
    let v: Value = serde_json::from_str(&to_json(&empty)).unwrap();
    assert!(v["totals"]["start_rate"].is_null() && v["last_year"].is_null());
    assert!(v["problems"]["resolution_rate"].is_null());
}

#[test]
fn the_same_ledger_gives_the_same_bytes() {
    let l = sample();
    let a: Vec<String> = crate::metrics::compute_all(&l)
        .iter()
        .map(to_json)
        .collect();
    let b: Vec<String> = crate::metrics::compute_all(&l)
        .iter()
        .map(to_json)
        .collect();
    assert_eq!(a, b);
}

#[test]
fn rates_to_more_decimals_on_request() {
    let l = sample();
    let x = compute(&l, m("2021-09"));
    let fine = crate::metrics::with_rate_decimals(12, || serde_json::to_value(&x).unwrap());
    // 1234.5678 ÷ 3500 = 0.352733657142857…
    assert_eq!(
        fine["totals"]["completion_rate"].to_string(),
        "0.352733657143"
    );
    assert_eq!(fine["schedule"].to_string(), "0.75");
    // The default is back afterwards, also for metrics.json.
    let v: Value = serde_json::from_str(&to_json(&x)).unwrap();
    assert_eq!(v["totals"]["completion_rate"].to_string(), "0.3527");
    let caught =
        std::panic::catch_unwind(|| crate::metrics::with_rate_decimals(8, || panic!("inside")));
    assert!(caught.is_err());
    assert_eq!(
        serde_json::to_value(&x).unwrap()["totals"]["completion_rate"].to_string(),
        "0.3527"
    );
}

#[test]
fn project_rows_left_out_on_request_only() {
    let l = sample();
    let x = compute(&l, m("2021-09"));
    assert!(!x.projects.is_empty());
    let slim = crate::metrics::without_project_rows(|| serde_json::to_value(&x).unwrap());
    assert!(slim.get("projects").is_none(), "{slim}");
    assert_eq!(slim["totals"], serde_json::to_value(&x).unwrap()["totals"]);
    // Back afterwards: metrics.json keeps every row.
    let v: Value = serde_json::from_str(&to_json(&x)).unwrap();
    assert_eq!(v["projects"].as_array().unwrap().len(), x.projects.len());
}

#[test]
fn one_key_per_line_and_one_row_per_line() {
    let l = sample();
    let m = crate::metrics::compute_all(&l).pop().unwrap();
    let text = to_json(&m);
    // The layout is the pretty printer's at the top, compact below it.
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value, serde_json::to_value(&m).unwrap());
    assert!(
        text.starts_with("{\n  \"period\": \"") && text.ends_with("\n}\n"),
        "{text}"
    );
    let projects = &value["projects"];
    let lines: Vec<&str> = text.lines().collect();
    let open = lines
        .iter()
        .position(|l| *l == "  \"projects\": [")
        .unwrap();
    for (i, row) in projects.as_array().unwrap().iter().enumerate() {
        let line = lines[open + 1 + i].strip_prefix("    ").unwrap();
        let line = line.strip_suffix(',').unwrap_or(line);
        assert_eq!(line, serde_json::to_string(row).unwrap());
    }
}

#[test]
fn layout_is_not_fooled_by_strings() {
    let compact = r#"{"a":"x,y:[z]{\"q\\","b":[{"n":"],{"},[1,2]],"c":[],"d":{"e":[1,2]}}"#;
    let value: Value = serde_json::from_str(compact).unwrap();
    let text = String::from_utf8(super::super::layout::rows_per_line(&value, 0).unwrap()).unwrap();
    assert_eq!(
        text,
        "{\n  \"a\": \"x,y:[z]{\\\"q\\\\\",\n  \"b\": [\n    {\"n\":\"],{\"},\n    [1,2]\n  ],\n  \"c\": [],\n  \"d\": {\"e\":[1,2]}\n}\n"
    );
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back, serde_json::from_str::<Value>(compact).unwrap());
}
