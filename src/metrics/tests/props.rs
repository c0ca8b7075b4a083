//! Property tests on random ledgers: every grouping adds up to the totals, the counts
//! are consistent, and the fast module agrees with the plain reference.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::build::{ledger, units, P};
use super::reference;
use crate::metrics::{compute, compute_all, GroupRow, MonthMetrics, Totals};
use crate::model::{
    days_in_month, Date, Kind, Ledger, Money, Month, Plan, Problem, Ratio, Record, ScoreWeights,
    Stage,
};

fn month() -> impl Strategy<Value = Month> {
    (2020..=2022i32, 1..=12u8).prop_map(|(year, month)| Month { year, month })
}

fn date() -> impl Strategy<Value = Date> {
    (2019..=2022i32, 1..=12u8, 1..=31u8).prop_map(|(year, month, day)| Date {
        year,
        month,
        day: day.min(days_in_month(year, month)),
    })
}

fn money(max_wan: i64) -> impl Strategy<Value = Money> {
    prop_oneof![
        Just(Money::ZERO),
        (0..=max_wan).prop_map(Money::from_wan),
        (0..=max_wan * 10_000).prop_map(Money::from_units),
    ]
}

fn total_investment() -> impl Strategy<Value = Money> {
    prop_oneof![
        prop::sample::select(vec![
            0i64,
            99_999_999,
            100_000_000,
            999_999_999,
            1_000_000_000,
            4_999_999_999,
            5_000_000_000
        ])
        .prop_map(Money::from_units),
        money(1_000_000),
    ]
}

fn stage() -> impl Strategy<Value = Stage> {
    prop::sample::select(Stage::ALL.to_vec())
}

fn plan() -> impl Strategy<Value = Plan> {
    let kind = prop::option::of(prop::sample::select(vec![Kind::New, Kind::Continuing]));
    (money(20_000), kind, prop::option::of(1..=12u8)).prop_map(|(invest, kind, start)| Plan {
        invest,
        kind,
        start: start.map(|month| Month { year: 0, month }),
    })
}

fn record() -> impl Strategy<Value = Record> {
    (stage(), money(3_000), money(500)).prop_map(|(stage, invested, funds)| Record {
        stage,
        invested,
        funds,
        note: None,
        photos: Vec::new(),
    })
}

fn pick(options: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::sample::select(options).prop_map(String::from))
}

prop_compose! {
    fn project(i: usize)(
        category in prop::sample::select(vec!["甲", "乙", "丙", "甲", "乙", "丁"]),
        unit in pick(&["u1", "u2", "u3", "u1", "zz"]),
        location in pick(&["东", "西", "南"]),
        level in pick(&["省", "市", "区"]),
        total in total_investment(),
        plans in prop::collection::btree_map(2020..=2022i32, plan(), 0..=3),
        started in prop::option::of(prop_oneof![month(), (2018..=2019i32, 1..=12u8).prop_map(|(year, month)| Month { year, month })]),
        signed in prop::option::of(date()),
        records in prop::collection::btree_map(month(), record(), 0..=14),
    ) -> P {
        let mut p = P::new(&format!("P{i:03}")).cat(category).total(&total.plain());
        p.0.unit = unit;
        p.0.location = location;
        p.0.level = level;
        p.0.started = started;
        p.0.signed = signed;
        p.0.records = records;
        p.0.plans = plans
            .into_iter()
            .map(|(year, mut plan)| {
                plan.start = plan.start.map(|s| Month { year, month: s.month });
                (year, plan)
            })
            .collect::<BTreeMap<_, _>>();
        p
    }
}

fn random_ledger() -> impl Strategy<Value = Ledger> {
    let projects = (0..=24usize).prop_flat_map(|n| (0..n).map(project).collect::<Vec<_>>());
    let problems = prop::collection::vec((0..30usize, date(), prop::option::of(0..400i64)), 0..12);
    let red_below = prop::sample::select(vec![0i64, 1000, 2000, 5000]);
    let weights = prop::sample::select(vec![
        (4000i64, 4000i64, 2000i64),
        (5000, 3000, 2000),
        (3333, 3333, 3334),
    ]);
    let levels = prop::bool::ANY;
    let extra_months = prop::collection::vec(month(), 0..4);
    (projects, problems, red_below, weights, levels, extra_months).prop_map(
        |(projects, problems, red_below, (ws, wc, wp), levels, extra)| {
            let mut l = ledger(projects);
            l.site.categories = vec!["甲".into(), "乙".into(), "丙".into()];
            l.site.red_below = Ratio::from_ten_thousandths(red_below);
            l.site.score_weights = ScoreWeights {
                start: Ratio::from_ten_thousandths(ws),
                completion: Ratio::from_ten_thousandths(wc),
                problems: Ratio::from_ten_thousandths(wp),
            };
            if levels {
                l.site.levels = vec!["省".into(), "市".into()];
            }
            l.units = units(&[("u1", "一局"), ("u2", "二局"), ("u3", "三局")]);
            l.months.extend(extra);
            l.months.sort();
            l.months.dedup();
            let n = l.projects.len();
            l.problems = problems
                .into_iter()
                .enumerate()
                .filter(|_| n > 0)
                .map(|(i, (project, raised, days))| Problem {
                    id: format!("Q{i}"),
                    project: l.projects[project % n].id.clone(),
                    text: String::new(),
                    owner: None,
                    owner_unit: None,
                    raised,
                    resolved: days.map(|d| add_days(raised, d)),
                })
                .collect();
            l
        },
    )
}

/// `date` plus `days` (days ≥ 0).
fn add_days(mut date: Date, mut days: i64) -> Date {
    while days > 0 {
        days -= 1;
        if date.day < days_in_month(date.year, date.month) {
            date.day += 1;
        } else {
            let next = date.month_of().next();
            date = Date {
                year: next.year,
                month: next.month,
                day: 1,
            };
        }
    }
    date
}

/// The additive fields of a totals row, as one comparable tuple.
type Sums = [i64; 14];

fn sums(t: &Totals) -> Sums {
    [
        t.projects as i64,
        t.new as i64,
        t.continuing as i64,
        t.started as i64,
        t.new_started as i64,
        t.resumed as i64,
        t.not_started as i64,
        t.total_investment.units(),
        t.annual_plan.units(),
        t.invested_month.units(),
        t.completed.units(),
        t.flags.red as i64,
        t.flags.yellow as i64,
        t.flags.green as i64,
    ]
}

fn add_up<'a>(rows: impl Iterator<Item = &'a Totals>) -> Sums {
    rows.fold([0; 14], |mut acc, t| {
        for (a, b) in acc.iter_mut().zip(sums(t)) {
            *a += b;
        }
        acc
    })
}

fn totals_of(rows: &[GroupRow]) -> Sums {
    add_up(rows.iter().map(|g| &g.totals))
}

fn check_month(l: &Ledger, x: &MonthMetrics) -> Result<(), TestCaseError> {
    let t = &x.totals;
    let expected = sums(t);
    prop_assert_eq!(totals_of(&x.by_category), expected, "by_category");
    prop_assert_eq!(totals_of(&x.by_kind), expected, "by_kind");
    prop_assert_eq!(
        add_up(x.by_unit.iter().map(|u| &u.totals)),
        expected,
        "by_unit"
    );
    prop_assert_eq!(totals_of(&x.by_location), expected, "by_location");
    prop_assert_eq!(totals_of(&x.by_level), expected, "by_level");
    prop_assert_eq!(totals_of(&x.by_size), expected, "by_size");
    prop_assert_eq!(
        totals_of(&x.size_thresholds[2..]),
        totals_of(&x.by_size[3..]),
        "ge50"
    );
    prop_assert_eq!(
        totals_of(&x.size_thresholds[1..2]),
        totals_of(&x.by_size[2..]),
        "ge10"
    );
    prop_assert_eq!(
        totals_of(&x.size_thresholds[..1]),
        totals_of(&x.by_size[1..]),
        "ge1"
    );
    prop_assert_eq!(x.by_category.len() >= 3, true);
    prop_assert_eq!(x.by_kind[0].totals.continuing, t.continuing);
    prop_assert_eq!(x.by_kind[1].totals.new, t.new);
    for row in x
        .by_category
        .iter()
        .chain(&x.by_kind)
        .chain(&x.by_size)
        .map(|g| &g.totals)
        .chain(Some(t))
    {
        prop_assert!(
            row.started <= row.projects
                && row.resumed <= row.continuing
                && row.new_started <= row.new
        );
        prop_assert!(row.flags.red + row.flags.yellow + row.flags.green <= row.projects);
        prop_assert_eq!(row.new + row.continuing, row.projects);
    }
    // Problems of the unit rows add up to the totals (every problem names a project).
    let p = &x.problems;
    let unit_problems = x.by_unit.iter().fold((0, 0, 0), |a, u| {
        (
            a.0 + u.problems.raised,
            a.1 + u.problems.resolved,
            a.2 + u.problems.open,
        )
    });
    prop_assert_eq!(unit_problems, (p.raised, p.resolved, p.open));
    // Scores and ranks: a score exactly when a named unit has plan-set projects.
    for u in &x.by_unit {
        prop_assert_eq!(u.score.is_some(), u.id.is_some() && u.totals.projects > 0);
        prop_assert_eq!(u.rank.is_some(), u.score.is_some());
        if let Some(s) = u.score {
            prop_assert!(s >= Ratio::int(0) && s <= Ratio::int(100));
            let better = x
                .by_unit
                .iter()
                .filter(|v| v.score.is_some_and(|b| b > s))
                .count();
            prop_assert_eq!(u.rank, Some(better + 1));
        }
    }
    // The fast module agrees with the plain reading of DOMAIN.md.
    let r = reference::totals(l, x.period);
    let fast = (
        t.projects,
        t.new,
        t.continuing,
        t.started,
        t.new_started,
        t.resumed,
    );
    prop_assert_eq!(
        fast,
        (
            r.projects,
            r.new,
            r.continuing,
            r.started,
            r.new_started,
            r.resumed
        )
    );
    prop_assert_eq!(
        (
            t.total_investment,
            t.annual_plan,
            t.invested_month,
            t.completed
        ),
        (
            r.total_investment,
            r.annual_plan,
            r.invested_month,
            r.completed
        )
    );
    prop_assert_eq!(t.flags, r.flags);
    let rows: Vec<_> = x
        .projects
        .iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.kind,
                p.started,
                p.stage,
                p.invested_month,
                p.completed,
                p.flag,
            )
        })
        .collect();
    let mut want: Vec<_> = reference::projects(l, x.period)
        .into_iter()
        .map(|p| {
            (
                p.id,
                p.kind,
                p.started,
                p.stage,
                p.invested_month,
                p.completed,
                p.flag,
            )
        })
        .collect();
    want.sort_by(|a, b| a.0.cmp(&b.0));
    prop_assert_eq!(rows, want);
    prop_assert_eq!(&x.promotion, &reference::promotion(l, x.period));
    prop_assert_eq!(&x.problems, &reference::problems(l, x.period));
    if let Some(ly) = &x.last_year {
        let r = reference::totals(l, x.period.year_before());
        prop_assert_eq!(
            (ly.projects, ly.started, ly.completed, ly.flags),
            (r.projects, r.started, r.completed, r.flags)
        );
    }
    if let Some(point) = x
        .cumulative_by_month
        .last()
        .filter(|p| p.period == x.period)
    {
        prop_assert_eq!(point.completed, t.completed);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn groupings_add_up_and_agree_with_the_reference(l in random_ledger(), extra in month()) {
        let all = compute_all(&l);
        prop_assert_eq!(all.len(), l.months.len());
        for x in &all {
            check_month(&l, x)?;
        }
        check_month(&l, &compute(&l, extra))?;
    }
}
