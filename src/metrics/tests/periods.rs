//! The figures of a month beyond the plan set: promotion, problems, last year, the
//! monthly series.

use super::build::*;
use crate::metrics::{compute, compute_all};
use crate::model::Stage::*;

#[test]
fn promotion_funnel_by_signing_date() {
    let l = ledger(vec![
        P::new("OLD")
            .signed("2020-12-31")
            .rec("2021-01", Construction, "0"),
        P::new("FIRST")
            .signed("2021-01-01")
            .total("5000")
            .rec_funds("2020-12", Signed, "0", "10")
            .rec_funds("2021-03", Preliminary, "0", "20.5"),
        P::new("LAST")
            .signed("2021-09-30")
            .total("20000")
            .rec_funds("2021-09", Operating, "0", "100")
            .rec_funds("2021-10", Operating, "0", "7"),
        P::new("LATE")
            .signed("2021-10-01")
            .rec("2021-09", Construction, "0"),
        P::new("STOP")
            .signed("2021-05-05")
            .started("2021-06")
            .rec("2021-09", Suspended, "0"),
        P::new("SIGNED")
            .signed("2021-02-02")
            .rec("2021-02", Signed, "0"),
    ]);
    let x = compute(&l, m("2021-09"));
    let p = &x.promotion;
    assert_eq!(p.signed, 4);
    assert_eq!(p.signed_investment, w("27000"));
    assert_eq!(
        p.funds,
        w("130.5"),
        "funds of every month up to P, 2020 included"
    );
    assert_eq!(p.fulfilled, 3, "前期, 投产, 停工");
    assert_eq!(p.started, 2, "LAST (投产) and STOP (declared start)");
    assert_eq!(p.operating, 1);
    assert_eq!(p.fulfil_rate, Some(r(3, 4)));
    assert_eq!(p.start_rate, Some(r(1, 2)));
    let aug = compute(&l, m("2021-08"));
    assert_eq!(aug.promotion.signed, 3);
    assert_eq!(aug.promotion.operating, 0);
    let empty = compute(&l, m("2020-12"));
    assert_eq!(
        (empty.promotion.signed, empty.promotion.fulfil_rate),
        (1, Some(r(0, 1)))
    );
}

#[test]
fn problems_across_years_and_the_last_day() {
    let mut l = ledger(vec![P::new("A").rec("2021-09", Construction, "0")]);
    l.problems = vec![
        problem("OLD-OPEN", "A", "2020-11-01", None),
        problem("OLD-LATE", "A", "2020-11-01", Some("2021-02-01")),
        problem("OLD-DONE", "A", "2020-11-01", Some("2020-12-01")),
        problem("ON-LAST-DAY", "A", "2021-09-30", Some("2021-09-30")),
        problem("NEXT-DAY", "A", "2021-03-01", Some("2021-10-01")),
        problem("OPEN", "A", "2021-01-01", None),
        problem("FUTURE", "A", "2021-10-01", None),
    ];
    let x = compute(&l, m("2021-09"));
    assert_eq!(x.problems.raised, 3);
    assert_eq!(x.problems.resolved, 1);
    assert_eq!(x.problems.open, 3, "OLD-OPEN, NEXT-DAY, OPEN");
    assert_eq!(x.problems.resolution_rate, Some(r(1, 3)));
    let oct = compute(&l, m("2021-10"));
    assert_eq!(
        (
            oct.problems.raised,
            oct.problems.resolved,
            oct.problems.open
        ),
        (4, 2, 3)
    );
    let jan = compute(&l, m("2021-01"));
    assert_eq!((jan.problems.raised, jan.problems.open), (1, 3));
    let none = compute(&l, m("2020-10"));
    assert_eq!(none.problems.resolution_rate, None);
}

#[test]
fn last_year_where_data_exists() {
    let base = || {
        vec![P::new("A")
            .rec("2020-03", Construction, "30")
            .rec("2020-10", Construction, "70")
            .plan(2020, "100")
            .rec("2021-03", Construction, "10")
            .plan(2021, "100")]
    };
    let l = ledger(base());
    let x = compute(&l, m("2021-03"));
    let ly = x.last_year.as_ref().unwrap();
    assert_eq!((ly.projects, ly.completed, ly.started), (1, w("30"), 1));
    assert_eq!(ly.completion_rate, Some(r(3, 10)));
    // A file of Y−1 only after month m: no data.
    assert!(compute(&ledger(base()), m("2021-02")).last_year.is_none());
    // No plan for Y−1: no data.
    let l = ledger(vec![P::new("A")
        .rec("2020-01", Construction, "1")
        .rec("2021-03", Construction, "1")
        .plan(2021, "5")]);
    assert!(compute(&l, m("2021-03")).last_year.is_none());
    // No file in Y−1 at all.
    let l = ledger(vec![P::new("A")
        .plan(2020, "1")
        .rec("2021-03", Construction, "1")
        .plan(2021, "5")]);
    assert!(compute(&l, m("2021-03")).last_year.is_none());
}

#[test]
fn monthly_series_matches_each_months_totals() {
    let l = ledger(vec![
        P::new("A")
            .rec("2020-06", Construction, "3")
            .rec("2020-11", Construction, "4")
            .plan(2020, "10")
            .rec("2021-01", Construction, "1.5")
            .rec("2021-03", Construction, "2")
            .plan(2021, "10"),
        P::new("B")
            .rec("2021-02", Construction, "7")
            .rec("2021-03", Construction, "0.25"),
    ]);
    let all = compute_all(&l);
    assert_eq!(all.iter().map(|x| x.period).collect::<Vec<_>>(), l.months);
    let mar = &all[4];
    assert_eq!(mar.period, m("2021-03"));
    let points: Vec<_> = mar
        .cumulative_by_month
        .iter()
        .map(|p| (p.month, p.completed))
        .collect();
    assert_eq!(points, vec![(1, w("1.5")), (2, w("1.5")), (3, w("3.5"))]);
    for x in &all {
        if x.year == 2021 {
            assert_eq!(
                x.cumulative_by_month.last().unwrap().completed,
                x.totals.completed
            );
        }
        assert_eq!(*x, compute(&l, x.period));
    }
    let ly: Vec<_> = mar
        .last_year_by_month
        .iter()
        .map(|p| (p.month, p.completed))
        .collect();
    assert_eq!(ly, vec![(6, w("3")), (11, w("7"))]);
    assert_eq!(mar.last_year_by_month[1].completion_rate, Some(r(7, 10)));
    assert!(all[0].last_year_by_month.is_empty());
}
