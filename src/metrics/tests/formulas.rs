//! One test per formula of DOMAIN.md for a project: kind, started, stages,
//! investment, flags.

use super::build::*;
use crate::metrics::{compute, flag_for, kind_in, schedule};
use crate::model::{Flag, Kind, Money, Plan, Stage::*};

#[test]
fn kind_from_explicit_plan_started_or_first_active_month() {
    let l = ledger(vec![
        // Explicit kinds win over the start month.
        P::new("EXP-NEW")
            .started("2019-01")
            .plan_full(2021, "100", Some(Kind::New), None),
        P::new("EXP-CONT").plan_full(2021, "100", Some(Kind::Continuing), None),
        // `started` before / in the plan year.
        P::new("ST-2020").started("2020-05").plan(2021, "100"),
        P::new("ST-2021").started("2021-01").plan(2021, "100"),
        // First active record before / in / after the report month.
        P::new("ACT-2020")
            .rec("2020-12", Construction, "0")
            .plan(2021, "100"),
        P::new("ACT-2021")
            .rec("2021-02", Construction, "0")
            .plan(2021, "100"),
        P::new("ACT-LATE")
            .rec("2021-02", Preliminary, "0")
            .rec("2021-06", Construction, "0")
            .plan(2021, "100"),
        // Records, none active: never started.
        P::new("NEVER")
            .rec("2020-12", Signed, "0")
            .plan(2021, "100"),
        // `started` wins over the records.
        P::new("ST-OVER")
            .started("2021-04")
            .rec("2020-12", Construction, "0")
            .plan(2021, "100"),
    ]);
    let x = compute(&l, m("2021-03"));
    let kind = |id| row(&x, id).kind;
    assert_eq!(kind("EXP-NEW"), Kind::New);
    assert_eq!(kind("EXP-CONT"), Kind::Continuing);
    assert_eq!(kind("ST-2020"), Kind::Continuing);
    assert_eq!(kind("ST-2021"), Kind::New);
    assert_eq!(kind("ACT-2020"), Kind::Continuing);
    assert_eq!(kind("ACT-2021"), Kind::New);
    assert_eq!(kind("ACT-LATE"), Kind::New);
    assert_eq!(kind("NEVER"), Kind::New);
    assert_eq!(kind("ST-OVER"), Kind::New);
    assert_eq!((x.totals.new, x.totals.continuing), (6, 3));
    // The same project is 新建 in its first year and 续建 the next.
    let plan = Plan {
        invest: w("1"),
        kind: None,
        start: None,
    };
    assert_eq!(kind_in(&plan, Some(m("2021-06")), 2021), Kind::New);
    assert_eq!(kind_in(&plan, Some(m("2021-06")), 2022), Kind::Continuing);
    assert_eq!(kind_in(&plan, Some(m("2020-12")), 2021), Kind::Continuing);
    assert_eq!(kind_in(&plan, None, 2021), Kind::New);
}

#[test]
fn started_and_resumed_with_stages_carried_forward() {
    let l = ledger(vec![
        // Suspended in December, resumes in March: 复工 from March on.
        P::new("RESUME")
            .started("2019-03")
            .rec("2020-12", Suspended, "0")
            .rec("2021-03", Construction, "5")
            .plan(2021, "100"),
        // Active in December, no record in 2021 before March: active in January.
        P::new("CARRY")
            .rec("2020-12", Construction, "9")
            .rec("2021-03", Construction, "1")
            .plan(2021, "100"),
        // Active in December, no January record, suspended in February: January was
        // active, so it resumed this year.
        P::new("CARRY-STOP")
            .rec("2020-12", Construction, "0")
            .rec("2021-02", Suspended, "0")
            .plan(2021, "100"),
        // Active in December but suspended in January: not started in January.
        P::new("STOPPED")
            .rec("2020-12", Construction, "0")
            .rec("2021-01", Suspended, "0")
            .plan(2021, "100"),
        // New, breaks ground in February, then suspends: still started this year.
        P::new("NEW")
            .rec("2021-01", Preliminary, "0")
            .rec("2021-02", Construction, "3")
            .rec("2021-03", Suspended, "0")
            .plan(2021, "100"),
        // New, declared start month in the year with no active record.
        P::new("DECLARED")
            .started("2021-02")
            .rec("2021-01", Preliminary, "0")
            .plan(2021, "100"),
    ]);
    let at = |p| compute(&l, m(p));
    let jan = at("2021-01");
    assert!(row(&jan, "CARRY").started && row(&jan, "CARRY-STOP").started);
    assert!(!row(&jan, "STOPPED").started);
    assert!(!row(&jan, "RESUME").started);
    assert!(!row(&jan, "NEW").started);
    assert!(!row(&jan, "DECLARED").started);
    assert_eq!(
        (
            jan.totals.started,
            jan.totals.resumed,
            jan.totals.new_started
        ),
        (2, 2, 0)
    );
    let feb = at("2021-02");
    assert!(row(&feb, "NEW").started && row(&feb, "DECLARED").started);
    assert!(row(&feb, "CARRY-STOP").started);
    assert_eq!(row(&feb, "CARRY-STOP").stage, Some(Suspended));
    assert_eq!(
        (
            feb.totals.started,
            feb.totals.resumed,
            feb.totals.new_started
        ),
        (4, 2, 2)
    );
    let mar = at("2021-03");
    assert!(row(&mar, "RESUME").started && row(&mar, "NEW").started);
    assert_eq!(row(&mar, "NEW").stage, Some(Suspended));
    assert_eq!(
        (
            mar.totals.started,
            mar.totals.resumed,
            mar.totals.new_started
        ),
        (5, 3, 2)
    );
    assert_eq!(mar.totals.not_started, 1);
    assert_eq!(mar.totals.start_rate, Some(r(5, 6)));
    assert_eq!(mar.totals.resume_rate, Some(r(3, 4)));
    assert_eq!(mar.totals.new_start_rate, Some(r(2, 2)));
}

#[test]
fn stage_carries_forward_but_investment_does_not() {
    let l = ledger(vec![
        P::new("A")
            .rec("2020-11", Construction, "50")
            .rec("2021-02", Construction, "100.5")
            .plan(2021, "1000"),
        P::new("B")
            .rec("2021-04", Preliminary, "0")
            .plan(2021, "10"),
    ]);
    let mar = compute(&l, m("2021-03"));
    let a = row(&mar, "A");
    assert_eq!(a.stage, Some(Construction));
    assert_eq!(a.invested_month, Money::ZERO);
    assert_eq!(
        a.completed,
        w("100.5"),
        "2020's investment is not in 2021's YTD"
    );
    assert_eq!(
        row(&mar, "B").stage,
        None,
        "no stage before the first record"
    );
    let feb = compute(&l, m("2021-02"));
    assert_eq!(feb.totals.invested_month, w("100.5"));
    let jan = compute(&l, m("2021-01"));
    assert_eq!(
        (jan.totals.completed, jan.totals.invested_month),
        (Money::ZERO, Money::ZERO)
    );
}

#[test]
fn flags_at_their_boundaries() {
    // June: schedule 0.5, red line 0.4 with the default red_below.
    let l = ledger(vec![
        P::new("EXACT")
            .rec("2021-06", Construction, "50")
            .plan(2021, "100"),
        P::new("AHEAD")
            .rec("2021-06", Construction, "80")
            .plan(2021, "100"),
        P::new("JUSTBEHIND")
            .rec("2021-06", Construction, "49.9999")
            .plan(2021, "100"),
        P::new("REDLINE")
            .rec("2021-06", Construction, "40")
            .plan(2021, "100"),
        P::new("BELOW")
            .rec("2021-06", Construction, "39.9999")
            .plan(2021, "100"),
        P::new("OVERDUE")
            .rec("2021-06", Preliminary, "100")
            .plan_full(2021, "100", None, Some("2021-06")),
        P::new("NOTYET")
            .rec("2021-06", Preliminary, "100")
            .plan_full(2021, "100", None, Some("2021-07")),
        P::new("ZERO")
            .rec("2021-06", Construction, "5")
            .plan(2021, "0"),
        P::new("NOPLAN")
            .rec("2021-06", Construction, "5")
            .plan(2020, "5"),
    ]);
    let x = compute(&l, m("2021-06"));
    let flag = |id| row(&x, id).flag;
    assert_eq!(flag("EXACT"), Some(Flag::Green));
    assert_eq!(flag("AHEAD"), Some(Flag::Green));
    assert_eq!(flag("JUSTBEHIND"), Some(Flag::Yellow));
    assert_eq!(flag("REDLINE"), Some(Flag::Yellow));
    assert_eq!(flag("BELOW"), Some(Flag::Red));
    assert_eq!(flag("OVERDUE"), Some(Flag::Red));
    assert!(row(&x, "OVERDUE").overdue);
    assert_eq!(flag("NOTYET"), Some(Flag::Green));
    assert_eq!(flag("ZERO"), None);
    assert_eq!(row(&x, "ZERO").completion_rate, None);
    assert!(x.projects.iter().all(|p| p.id != "NOPLAN"));
    assert_eq!(
        (
            x.totals.flags.red,
            x.totals.flags.yellow,
            x.totals.flags.green
        ),
        (2, 2, 3)
    );
    assert_eq!(row(&x, "REDLINE").behind, Some(r(1, 10)));
    assert_eq!(row(&x, "AHEAD").behind, Some(r(-3, 10)));

    // A custom red line: red_below 0.2 makes 0.3 yellow and just below it red.
    let mut l = ledger(vec![
        P::new("AT")
            .rec("2021-06", Construction, "30")
            .plan(2021, "100"),
        P::new("UNDER")
            .rec("2021-06", Construction, "29.9999")
            .plan(2021, "100"),
        P::new("OLD")
            .rec("2021-06", Construction, "39.9999")
            .plan(2021, "100"),
    ]);
    l.site.red_below = r(1, 5);
    let x = compute(&l, m("2021-06"));
    assert_eq!(row(&x, "AT").flag, Some(Flag::Yellow));
    assert_eq!(row(&x, "UNDER").flag, Some(Flag::Red));
    assert_eq!(row(&x, "OLD").flag, Some(Flag::Yellow));

    let s = schedule(m("2021-06"));
    assert_eq!(flag_for(None, true, s, r(2, 5)), None);
    assert_eq!(flag_for(Some(r(1, 1)), true, s, r(2, 5)), Some(Flag::Red));
    assert_eq!(
        flag_for(Some(r(1, 2)), false, s, r(2, 5)),
        Some(Flag::Green)
    );
}

#[test]
fn a_continuing_project_overdue_to_resume_is_red() {
    let l = ledger(vec![P::new("C")
        .started("2019-01")
        .rec("2020-12", Suspended, "0")
        .plan_full(2021, "100", None, Some("2021-03"))
        .rec("2021-03", Suspended, "90")]);
    assert_eq!(row(&compute(&l, m("2021-03")), "C").flag, Some(Flag::Red));
    // January: rate 0 is above the red line (1/12 − 0.1 < 0) but below schedule.
    assert_eq!(
        row(&compute(&l, m("2021-01")), "C").flag,
        Some(Flag::Yellow)
    );
}
