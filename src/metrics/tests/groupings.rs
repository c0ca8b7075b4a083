//! Groupings (categories, units, locations, levels, size bands), department scores and
//! their ranking.

use super::build::*;
use crate::metrics::{competition_ranks, compute, department_score, to_json, UnitRow};
use crate::model::{Ratio, ScoreWeights, Stage::*};

fn scored_ledger() -> crate::model::Ledger {
    let mut l = ledger(vec![
        P::new("G1")
            .unit("gxj")
            .rec("2021-06", Construction, "50")
            .plan(2021, "100"),
        P::new("G2")
            .unit("gxj")
            .rec("2021-06", Preliminary, "0")
            .plan(2021, "100"),
        P::new("F1")
            .unit("fgj")
            .rec("2021-06", Construction, "100")
            .plan(2021, "100"),
        P::new("Z1")
            .unit("zjj")
            .rec("2021-06", Construction, "30")
            .plan(2021, "100"),
        P::new("J1")
            .unit("jyj")
            .rec("2021-06", Construction, "30")
            .plan(2020, "100"),
        P::new("N1")
            .rec("2021-06", Construction, "1")
            .plan(2021, "10"),
    ]);
    l.units = units(&[
        ("gxj", "区工信局"),
        ("fgj", "区发改委"),
        ("zjj", "区住建局"),
        ("jyj", "区教育局"),
    ]);
    l.problems = vec![
        problem("P1", "G1", "2021-02-01", Some("2021-03-01")),
        problem("P2", "Z1", "2021-02-01", Some("2021-06-30")),
        problem("P3", "Z1", "2021-05-01", None),
        problem("P4", "Z1", "2020-05-01", None),
        problem("P5", "J1", "2021-05-01", None),
        problem("P6", "N1", "2021-05-01", None),
    ];
    l
}

fn unit<'a>(rows: &'a [UnitRow], name: &str) -> &'a UnitRow {
    rows.iter().find(|u| u.name == name).unwrap()
}

#[test]
fn department_scores_ranks_and_the_unassigned_row() {
    let l = scored_ledger();
    let x = compute(&l, m("2021-06"));
    let names: Vec<&str> = x.by_unit.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["区工信局", "区发改委", "区住建局", "区教育局", "未指定"]
    );
    let g = unit(&x.by_unit, "区工信局");
    assert_eq!(g.id.as_deref(), Some("gxj"));
    // 100 × (0.4 × 1/2 + 0.4 × min(1/4 ÷ 1/2, 1) + 0.2 × 1/1)
    assert_eq!(g.score, Some(Ratio::int(60)));
    // Ahead of schedule is capped at 1; no problems earns the full 0.2.
    assert_eq!(unit(&x.by_unit, "区发改委").score, Some(Ratio::int(100)));
    // 100 × (0.4 + 0.4 × 0.6 + 0.2 × 1/2); the 2020 problem is not this year's.
    let z = unit(&x.by_unit, "区住建局");
    assert_eq!(z.score, Some(Ratio::int(74)));
    assert_eq!(
        (z.problems.raised, z.problems.resolved, z.problems.open),
        (2, 1, 2)
    );
    // No plan-set project: listed, with its problems, but no score and no rank.
    let j = unit(&x.by_unit, "区教育局");
    assert_eq!(
        (j.totals.projects, j.score, j.rank, j.problems.raised),
        (0, None, None, 1)
    );
    let n = unit(&x.by_unit, "未指定");
    assert_eq!(
        (
            n.id.as_ref(),
            n.score,
            n.rank,
            n.totals.projects,
            n.problems.raised
        ),
        (None, None, None, 1, 1)
    );
    let ranks: Vec<Option<usize>> = x.by_unit.iter().map(|u| u.rank).collect();
    assert_eq!(ranks, [Some(3), Some(1), Some(2), None, None]);
    let ranking: Vec<(usize, &str)> = x.ranking.iter().map(|r| (r.rank, r.id.as_str())).collect();
    assert_eq!(ranking, [(1, "fgj"), (2, "zjj"), (3, "gxj")]);
    let json: serde_json::Value = serde_json::from_str(&to_json(&x)).unwrap();
    let scores: Vec<String> = json["by_unit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["score"].to_string())
        .collect();
    assert!(scores.contains(&"74".to_string()), "{scores:?}");
}

#[test]
fn custom_score_weights() {
    let mut l = scored_ledger();
    l.site.score_weights = ScoreWeights {
        start: r(1, 2),
        completion: r(1, 2),
        problems: Ratio::int(0),
    };
    let x = compute(&l, m("2021-06"));
    assert_eq!(unit(&x.by_unit, "区工信局").score, Some(Ratio::int(50)));
    assert_eq!(unit(&x.by_unit, "区住建局").score, Some(Ratio::int(80)));
}

#[test]
fn equal_scores_share_a_rank_in_units_order() {
    let mut l = ledger(vec![
        P::new("A")
            .unit("a")
            .rec("2021-06", Construction, "10")
            .plan(2021, "100"),
        P::new("B")
            .unit("b")
            .rec("2021-06", Construction, "50")
            .plan(2021, "100"),
        P::new("C")
            .unit("c")
            .rec("2021-06", Construction, "10")
            .plan(2021, "100"),
        P::new("D")
            .unit("d")
            .rec("2021-06", Construction, "5")
            .plan(2021, "100"),
    ]);
    l.units = units(&[("a", "甲"), ("b", "乙"), ("c", "丙"), ("d", "丁")]);
    let x = compute(&l, m("2021-06"));
    let ranks: Vec<Option<usize>> = x.by_unit.iter().map(|u| u.rank).collect();
    assert_eq!(ranks, [Some(2), Some(1), Some(2), Some(4)]);
    let order: Vec<&str> = x.ranking.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["b", "a", "c", "d"]);

    let s = |n| Some(Ratio::int(n));
    assert_eq!(
        competition_ranks(&[s(80), s(90), s(80), None, s(70)]),
        [Some(2), Some(1), Some(2), None, Some(4)]
    );
    assert_eq!(competition_ranks(&[]), Vec::<Option<usize>>::new());
}

#[test]
fn score_formula_edges() {
    let w = ScoreWeights::default();
    let half = r(1, 2);
    assert_eq!(department_score(None, Some(half), None, half, &w), None);
    // A zero plan earns the completion part in full, as no problems earn theirs.
    assert_eq!(
        department_score(Some(half), None, None, half, &w),
        Some(Ratio::int(80))
    );
    assert_eq!(
        department_score(
            Some(Ratio::int(0)),
            Some(Ratio::int(0)),
            Some(Ratio::int(0)),
            half,
            &w
        ),
        Some(Ratio::int(0))
    );
    let s = department_score(Some(r(2, 3)), Some(r(1, 3)), Some(r(1, 3)), r(3, 4), &w).unwrap();
    // 100 × (0.4 × 2/3 + 0.4 × 4/9 + 0.2 × 1/3) = 51.11…
    assert_eq!(s, r(4600, 90));
    assert_eq!(s.fraction(2), "51.11");
}

#[test]
fn size_bands_at_their_exact_thresholds() {
    let totals = [
        "9999.9999",
        "10000",
        "99999.9999",
        "100000",
        "499999.9999",
        "500000",
    ];
    let projects = totals
        .iter()
        .enumerate()
        .map(|(i, t)| {
            P::new(&format!("S{i}"))
                .total(t)
                .plan(2021, "1")
                .rec("2021-01", Construction, "0")
        })
        .collect();
    let l = ledger(projects);
    let x = compute(&l, m("2021-01"));
    let bands: Vec<(&str, usize)> = x
        .by_size
        .iter()
        .map(|g| (g.key.as_deref().unwrap(), g.totals.projects))
        .collect();
    assert_eq!(
        bands,
        [("lt1", 1), ("1to10", 2), ("10to50", 2), ("ge50", 1)]
    );
    let names: Vec<&str> = x.by_size.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["不足1亿元", "1亿至10亿元", "10亿至50亿元", "50亿元及以上"]
    );
    let cumulative: Vec<(&str, usize)> = x
        .size_thresholds
        .iter()
        .map(|g| (g.name.as_str(), g.totals.projects))
        .collect();
    assert_eq!(
        cumulative,
        [("亿元以上", 5), ("10亿元以上", 3), ("50亿元以上", 1)]
    );
    assert_eq!(
        x.size_thresholds[0].totals.total_investment,
        w("1209999.9998")
    );
}

#[test]
fn categories_levels_and_locations_rows() {
    let mut l = ledger(vec![
        P::new("A")
            .cat("工业")
            .level("市重点")
            .location("城关镇")
            .plan(2021, "1"),
        P::new("B")
            .cat("其他")
            .level("县重点")
            .location("高新区")
            .plan(2021, "1"),
        P::new("C").cat("农业").plan(2021, "1"),
        P::new("D").cat("农业").location("老城区").plan(2020, "1"),
    ]);
    l.site.levels = vec!["省重点".into(), "市重点".into()];
    let x = compute(&l, m("2021-01"));
    let names = |rows: &[crate::metrics::GroupRow]| {
        rows.iter()
            .map(|g| (g.name.clone(), g.totals.projects))
            .collect::<Vec<_>>()
    };
    let cat = names(&x.by_category);
    let expect: Vec<(String, usize)> = [
        ("农业", 1),
        ("工业", 1),
        ("商贸流通", 0),
        ("基础设施", 0),
        ("社会事业", 0),
        ("其他", 1),
    ]
    .iter()
    .map(|(n, c)| (n.to_string(), *c))
    .collect();
    assert_eq!(cat, expect);
    let lev = names(&x.by_level);
    assert_eq!(
        lev,
        [
            ("省重点".to_string(), 0),
            ("市重点".into(), 1),
            ("县重点".into(), 1),
            ("未指定".into(), 1)
        ]
    );
    let loc = names(&x.by_location);
    assert_eq!(
        loc,
        [
            ("城关镇".to_string(), 1),
            ("高新区".into(), 1),
            ("未指定".into(), 1)
        ]
    );
    let kinds: Vec<(&str, &str)> = x
        .by_kind
        .iter()
        .map(|g| (g.name.as_str(), g.key.as_deref().unwrap()))
        .collect();
    assert_eq!(kinds, [("续建", "continuing"), ("新建", "new")]);
    // Without declared levels, levels are sorted by name.
    l.site.levels.clear();
    let x = compute(&l, m("2021-01"));
    let lev: Vec<String> = x.by_level.iter().map(|g| g.name.clone()).collect();
    let mut sorted = vec!["县重点".to_string(), "市重点".to_string()];
    sorted.sort();
    sorted.push("未指定".into());
    assert_eq!(lev, sorted);
}
