//! The worked example, read back and recomputed: it must give DOMAIN.md's
//! printed figures exactly.

use crate::demo::recompute::{self, text, yaml};
use crate::demo::tests::check_parses;
use crate::demo::worked_example;
use std::collections::BTreeSet;

const WAN: i64 = 10_000;

#[test]
fn worked_example_parses_and_is_stable() {
    let files = worked_example();
    check_parses(&files);
    assert_eq!(files, worked_example());
    let months: Vec<&str> = files
        .iter()
        .filter(|f| f.0.starts_with("content/progress/"))
        .map(|f| f.0.as_str())
        .collect();
    assert_eq!(months.len(), 9);
    assert_eq!(months[0], "content/progress/2021-01.yaml");
    assert_eq!(months[8], "content/progress/2021-09.yaml");
}

#[test]
fn worked_example_figures() {
    let site = recompute::read(&worked_example());
    let f = site.figures(2021, 9, 10);
    assert_eq!(f.projects, 181);
    assert_eq!(f.continuing, 74);
    assert_eq!(f.new, 107);
    assert_eq!(f.total_investment, 2_904_000 * WAN);
    assert_eq!(f.resumed, 67);
    assert_eq!(f.new_started, 44);
    assert_eq!(f.resumed + f.new_started, 111);
    // 111 / 181 = 61.3%
    assert_eq!((111 * 1000 * 2 + 181) / (181 * 2), 613);
    assert_eq!(f.completed_continuing, 270_000 * WAN);
    assert_eq!(f.completed_new, 87_000 * WAN);
    let expect = [
        ("农业", 5, 24_000),
        ("工业", 36, 77_000),
        ("商贸流通", 13, 19_000),
        ("基础设施", 42, 202_000),
        ("社会事业", 15, 35_000),
    ];
    for (name, started, wan) in expect {
        assert_eq!(f.by_category[name], (started, wan * WAN), "{name}");
    }
    let (red, yellow, green) = f.flags;
    assert_eq!(red + yellow + green, 181);
    assert!(red > 0 && yellow > 0 && green > 0, "{:?}", f.flags);
    assert!(f.annual_plan > f.completed_new + f.completed_continuing);
}

#[test]
fn worked_example_uses_every_derivation() {
    let files = worked_example();
    let site = recompute::read(&files);
    let jan = "2021-01".to_string();
    let (mut explicit, mut by_started, mut by_progress, mut both) = (0, 0, 0, 0);
    let mut overdue = 0;
    for (id, p) in &site.projects {
        let Some((plan, kind, start)) = p.plans.get(&2021) else {
            continue;
        };
        assert!(*plan <= p.total && p.total >= 100 * WAN);
        match (kind, &p.started) {
            (Some(_), Some(_)) => both += 1,
            (Some(_), None) => explicit += 1,
            (None, Some(s)) if *s < jan => by_started += 1,
            (None, _) => by_progress += usize::from(site.start_month(id).is_some()),
        }
        overdue += usize::from(start.as_ref().is_some_and(|s| s.as_str() <= "2021-09"));
    }
    assert!(explicit >= 10 && both >= 5 && by_started >= 20 && by_progress >= 20);
    assert!(overdue > 0);
    // Decimal pieces that are not whole 万元, and sparse records (carried stages).
    let pieces = site
        .progress
        .values()
        .flat_map(|m| m.values())
        .filter(|r| r.invested % WAN != 0)
        .count();
    assert!(pieces > 100, "{pieces}");
    let sparse = site.progress.values().map(|m| m.len()).min().unwrap();
    assert!(sparse < site.projects.len());
    // Projects outside the plan year are on the ledger but not in the plan.
    assert_eq!(site.projects.len(), 184);
    let signed = site
        .projects
        .values()
        .filter(|p| p.signed.is_some())
        .count();
    assert!(signed >= 5);
    let problems = yaml(
        "p",
        &files
            .iter()
            .find(|f| f.0 == "content/problems.yaml")
            .unwrap()
            .1,
    );
    let ids: BTreeSet<String> = problems
        .as_sequence()
        .unwrap()
        .iter()
        .map(|p| text(&p["id"]))
        .collect();
    assert_eq!(ids.len(), 13);
}
