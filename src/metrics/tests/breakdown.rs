//! 分阶段, the pipeline, 分标签, project sets and growth rates on a ledger small
//! enough to check by hand (the sums are worked out in the comments).

use super::build::*;
use crate::metrics::{compute, compute_all, to_json, Change, GroupRow, ShareRow};
use crate::model::{ProjectSet, Stage::*};

fn tags(p: P, tags: &[&str]) -> P {
    let mut p = p;
    p.0.tags = tags.iter().map(|t| t.to_string()).collect();
    p
}

/// Plan year 2026 reported at 2026-03, with 2025 to compare with.
///
/// | id | category | total | tags | plan 2026 | records |
/// |----|----------|-------|------|-----------|---------|
/// | A | 工业 | 8000 | 技改, 产业 | 1000 (2025: 500) | 2025-03 在建 100; 2026-02 在建 200; 2026-03 在建 300 |
/// | B | 社会事业 | 1500 | 民生 | 600 | 2026-03 前期 |
/// | C | 工业 | 3000 | 技改 | 400 | 2026-02 在建 50; 2026-03 停工 |
/// | D | 基础设施 | 20000 | — | none | 2025-06 储备 |
/// | E | 商贸流通 | 5000 | — | 100 | none |
/// | F | 工业 | 1000 | 技改 | none (2025: 300) | 2025-02 在建 150; 2025-03 在建 50 |
fn example() -> crate::model::Ledger {
    let mut l = ledger(vec![
        tags(
            P::new("A")
                .total("8000")
                .plan(2025, "500")
                .plan(2026, "1000")
                .rec("2025-03", Construction, "100")
                .rec("2026-02", Construction, "200")
                .rec("2026-03", Construction, "300"),
            &["技改", "产业"],
        ),
        tags(
            P::new("B")
                .cat("社会事业")
                .total("1500")
                .plan(2026, "600")
                .rec("2026-03", Preliminary, "0"),
            &["民生"],
        ),
        tags(
            P::new("C")
                .total("3000")
                .plan(2026, "400")
                .rec("2026-02", Construction, "50")
                .rec("2026-03", Suspended, "0"),
            &["技改"],
        ),
        P::new("D")
            .cat("基础设施")
            .total("20000")
            .rec("2025-06", Reserve, "0"),
        P::new("E").cat("商贸流通").total("5000").plan(2026, "100"),
        tags(
            P::new("F")
                .plan(2025, "300")
                .rec("2025-02", Construction, "150")
                .rec("2025-03", Construction, "50"),
            &["技改"],
        ),
    ]);
    l.site.sets = vec![
        ProjectSet {
            name: "5000万元以上项目".into(),
            min_total_investment: w("5000"),
            by_category: vec![("社会事业".into(), w("1000"))],
            tags: Vec::new(),
        },
        ProjectSet {
            name: "技改项目".into(),
            min_total_investment: w("0"),
            by_category: Vec::new(),
            tags: vec!["技改".into()],
        },
        ProjectSet {
            name: "5000万元以上技改项目".into(),
            min_total_investment: w("5000"),
            by_category: Vec::new(),
            tags: vec!["技改".into()],
        },
    ];
    l
}

fn group<'r>(rows: &'r [GroupRow], name: &str) -> &'r GroupRow {
    rows.iter().find(|r| r.name == name).unwrap()
}

fn share<'r>(rows: &'r [ShareRow], name: &str) -> &'r ShareRow {
    rows.iter().find(|r| r.name == name).unwrap()
}

#[test]
fn stages_of_the_plan_set_add_up_to_the_totals() {
    let l = example();
    let x = compute(&l, m("2026-03"));
    // Plan set A, B, C, E: A 在建, B 前期, C 停工, E no record yet.
    assert_eq!(x.totals.projects, 4);
    let names: Vec<(&str, usize)> = x
        .by_stage
        .iter()
        .map(|r| (r.name.as_str(), r.totals.projects))
        .collect();
    assert_eq!(
        names,
        [
            ("谋划", 0),
            ("储备", 0),
            ("签约", 0),
            ("前期", 1),
            ("在建", 1),
            ("停工", 1),
            ("竣工", 0),
            ("投产", 0),
            ("未填报", 1),
        ]
    );
    assert_eq!(group(&x.by_stage, "停工").key.as_deref(), Some("suspended"));
    assert_eq!(group(&x.by_stage, "未填报").key.as_deref(), Some("none"));
    // C stopped in March but started in February: started, completed 50.
    assert_eq!(group(&x.by_stage, "停工").totals.started, 1);
    assert_eq!(group(&x.by_stage, "停工").totals.completed, w("50"));
    let sum: usize = x.by_stage.iter().map(|r| r.totals.projects).sum();
    assert_eq!(sum, x.totals.projects);
    let completed = x.by_stage.iter().map(|r| r.totals.completed).sum();
    assert_eq!(x.totals.completed, completed);
    assert_eq!(x.totals.completed, w("550"));
    // 未填报 is listed every month, with zeros when every project has a record.
    let ly = compute(&l, m("2025-03"));
    assert_eq!(ly.by_stage.len(), 9);
    assert_eq!(group(&ly.by_stage, "未填报").totals.projects, 0);
}

#[test]
fn the_pipeline_counts_every_project_planned_or_not() {
    let l = example();
    let x = compute(&l, m("2026-03"));
    // D (储备, 20000, no plan) and F (在建 carried from 2025-03, 1000, no 2026 plan) too.
    let rows: Vec<(&str, usize, usize, String)> = x
        .pipeline
        .iter()
        .filter(|r| r.projects > 0)
        .map(|r| {
            (
                r.name.as_str(),
                r.projects,
                r.planned,
                r.total_investment.plain(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("储备", 1, 0, "20000".to_string()),
            ("前期", 1, 1, "1500".to_string()),
            ("在建", 2, 1, "9000".to_string()),
            ("停工", 1, 1, "3000".to_string()),
            ("未填报", 1, 1, "5000".to_string()),
        ]
    );
    assert_eq!(x.pipeline.iter().map(|r| r.projects).sum::<usize>(), 6);
    let total = x.pipeline.iter().map(|r| r.total_investment).sum();
    assert_eq!(w("38500"), total);
}

#[test]
fn tags_count_a_project_in_each_of_its_tags() {
    let l = example();
    let x = compute(&l, m("2026-03"));
    let names: Vec<&str> = x.by_tag.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["产业", "技改", "民生"]);
    // 技改: A (500) and C (50); F has no plan for 2026.
    let t = share(&x.by_tag, "技改");
    assert_eq!((t.totals.projects, t.totals.started), (2, 2));
    assert_eq!(t.totals.completed, w("550"));
    assert_eq!(t.completed_share, Some(r(1, 1)));
    // A counts in 产业 too: the rows add up to more than the plan set.
    let c = share(&x.by_tag, "产业");
    assert_eq!(c.totals.projects, 1);
    assert_eq!(c.completed_share, Some(r(10, 11)));
    assert_eq!(share(&x.by_tag, "民生").totals.completed, w("0"));
    // In 2025 the 2026 tags are listed still, with 2025's projects (F, A).
    let ly = compute(&l, m("2025-03"));
    assert_eq!(share(&ly.by_tag, "技改").totals.completed, w("300"));
    assert_eq!(share(&ly.by_tag, "民生").totals.projects, 0);
}

#[test]
fn sets_by_threshold_per_category_and_tags() {
    let l = example();
    let x = compute(&l, m("2026-03"));
    // A 8000 ≥ 5000; B 社会事业 1500 ≥ 1000; E 5000 at the threshold; C 3000 below.
    let s = share(&x.sets, "5000万元以上项目");
    assert_eq!(s.totals.projects, 3);
    assert_eq!(s.totals.total_investment, w("14500"));
    assert_eq!(s.totals.annual_plan, w("1700"));
    assert_eq!(s.totals.completed, w("500"));
    assert_eq!(s.completed_share, Some(r(10, 11)));
    assert_eq!(share(&x.sets, "技改项目").totals.projects, 2);
    assert_eq!(share(&x.sets, "5000万元以上技改项目").totals.projects, 1);
    let names: Vec<&str> = x.sets.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["5000万元以上项目", "技改项目", "5000万元以上技改项目"]
    );
}

#[test]
fn growth_year_on_year_and_month_on_month() {
    let l = example();
    let x = compute(&l, m("2026-03"));
    // 2025-03: completed A 100 + F 200 = 300, in March 150, started 2.
    // 2026-02: completed 250, in February 250, started 2.
    // 2026-03: completed 550, in March 300, started 2.
    let g = &x.growth;
    assert_eq!(
        g.completed,
        Change {
            yoy: Some(r(5, 6)),
            mom: Some(r(6, 5))
        }
    );
    assert_eq!(
        g.invested_month,
        Change {
            yoy: Some(r(1, 1)),
            mom: Some(r(1, 5))
        }
    );
    assert_eq!(
        g.started,
        Change {
            yoy: Some(r(0, 1)),
            mom: Some(r(0, 1))
        }
    );
    let tag = |name: &str| g.by_tag.iter().find(|t| t.name == name).unwrap().completed;
    // 产业: A 100 → 500, 200 → 500. 技改: 300 → 550, 250 → 550. 民生: from zero.
    assert_eq!(
        tag("产业"),
        Change {
            yoy: Some(r(4, 1)),
            mom: Some(r(3, 2))
        }
    );
    assert_eq!(
        tag("技改"),
        Change {
            yoy: Some(r(5, 6)),
            mom: Some(r(6, 5))
        }
    );
    assert_eq!(
        tag("民生"),
        Change {
            yoy: None,
            mom: None
        }
    );
    // February: the previous bulletin (2025-06) is of another year: no 环比.
    let feb = compute(&l, m("2026-02"));
    assert_eq!(feb.growth.completed.mom, None);
    // 2025-02: F's 150 → 2026-02: 250.
    assert_eq!(feb.growth.completed.yoy, Some(r(2, 3)));
    // The first year has no 同比.
    let first = compute(&l, m("2025-03"));
    assert_eq!(first.last_year, None);
    assert_eq!(first.growth.completed.yoy, None);
    assert_eq!(first.growth.completed.mom, Some(r(1, 1)));
    // Every month computed at once gives the same figures.
    for one in compute_all(&l) {
        assert_eq!(one, compute(&l, one.period), "{}", one.period);
    }
}

#[test]
fn the_new_keys_in_metrics_json() {
    let l = example();
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&compute(&l, m("2026-03")))).unwrap();
    assert_eq!(json["by_stage"][4]["name"], "在建");
    assert_eq!(json["by_stage"][4]["key"], "construction");
    assert_eq!(json["by_stage"][4]["completion_rate"], 0.5);
    assert_eq!(json["pipeline"][1]["total_investment"], 20000);
    assert_eq!(json["by_tag"][0]["completed_share"], 0.9091);
    assert_eq!(json["sets"][0]["total_investment"], 14500);
    assert_eq!(json["growth"]["completed"]["yoy"], 0.8333);
    assert_eq!(json["growth"]["completed"]["mom"], 1.2);
    assert_eq!(
        json["growth"]["by_tag"][2]["completed"]["yoy"],
        serde_json::Value::Null
    );
    for key in ["by_stage", "by_tag", "sets"] {
        for row in json[key].as_array().unwrap() {
            for k in [
                "name",
                "projects",
                "total_investment",
                "completed",
                "flags",
                "start_rate",
            ] {
                assert!(row.get(k).is_some(), "{key} row without {k}: {row}");
            }
        }
    }
}
