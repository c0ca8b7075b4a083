//! Figures of any set of projects: a set's history agrees with the figures
//! the bulletin prints for the whole plan set and for each department.

use super::build::*;
use crate::metrics::history::{self, SetFigures};
use crate::metrics::{compute_all, ProjectRow};
use crate::model::{Money, Stage::*};

fn two_departments() -> crate::model::Ledger {
    let mut l = ledger(vec![
        P::new("A1")
            .unit("gxj")
            .rec("2021-03", Construction, "20")
            .rec("2021-06", Construction, "30")
            .plan(2021, "100"),
        P::new("A2")
            .unit("gxj")
            .rec("2021-06", Preliminary, "0")
            .plan(2021, "60"),
        P::new("B1")
            .unit("fgj")
            .rec("2021-03", Construction, "10")
            .rec("2021-06", Construction, "90")
            .plan(2021, "100"),
    ]);
    l.units = units(&[("gxj", "区工信局"), ("fgj", "区发改委")]);
    l.problems = vec![
        problem("P1", "A1", "2021-02-01", Some("2021-05-01")),
        problem("P2", "A2", "2021-04-01", None),
    ];
    l
}

/// Each project's row in each month of `all`.
fn rows_of<'a>(
    all: &'a [crate::metrics::MonthMetrics<'a>],
    id: &str,
) -> Vec<Option<&'a ProjectRow<'a>>> {
    all.iter()
        .map(|m| m.projects.iter().find(|r| r.id == id))
        .collect()
}

#[test]
fn the_whole_plan_set_as_a_set_gives_the_bulletins_totals() {
    let l = two_departments();
    let all = compute_all(&l);
    for m in &all {
        let s = SetFigures::of(m.projects.iter());
        assert_eq!(s.projects, m.totals.projects, "{}", m.period);
        assert_eq!(s.started, m.totals.started);
        assert_eq!(s.start_rate, m.totals.start_rate);
        assert_eq!(s.completed, m.totals.completed);
        assert_eq!(s.completion_rate, m.totals.completion_rate);
        assert_eq!(s.red, m.totals.flags.red);
    }
}

#[test]
fn a_departments_history_gives_its_ranking_score_every_month() {
    let l = two_departments();
    let all = compute_all(&l);
    assert!(all.len() >= 2, "two report months");
    for (unit, ids) in [("gxj", vec!["A1", "A2"]), ("fgj", vec!["B1"])] {
        let rows: Vec<Vec<_>> = ids.iter().map(|id| rows_of(&all, id)).collect();
        let slices: Vec<&[Option<&ProjectRow>]> = rows.iter().map(Vec::as_slice).collect();
        let problems: Vec<_> = l
            .problems
            .iter()
            .filter(|p| ids.contains(&p.project.as_str()))
            .collect();
        let h = history::history(&all, &slices, &problems, &l.site.score_weights);
        assert_eq!(h.len(), all.len(), "{unit}: a row every month");
        for month in &h {
            let m = &all[month.index];
            let row = m
                .by_unit
                .iter()
                .find(|u| u.id.as_deref() == Some(unit))
                .unwrap();
            assert_eq!(month.score, row.score, "{unit} {}", m.period);
            assert_eq!(month.figures.start_rate, row.totals.start_rate);
            assert_eq!(month.figures.completion_rate, row.totals.completion_rate);
            assert_eq!(month.resolution_rate, row.problems.resolution_rate);
        }
    }
}

#[test]
fn a_projects_year_runs_its_total() {
    let l = two_departments();
    let a1 = l.projects.iter().find(|p| p.id == "A1").unwrap();
    let year = history::project_year(a1, 2021, 6);
    assert_eq!(year.len(), 6);
    assert_eq!(year[2].invested, Money::from_wan(20));
    assert_eq!(year[4].cumulative, Money::from_wan(20));
    assert_eq!(year[5].cumulative, Money::from_wan(50));
}
