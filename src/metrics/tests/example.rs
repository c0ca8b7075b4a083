//! DOMAIN.md's worked example, built as a ledger: the printed figures must come out
//! exactly as the real bulletin printed them.

use super::build::*;
use crate::metrics::{compute, to_json, MonthMetrics};
use crate::model::{Kind, Ledger, Money, Stage::*};

/// One category of the example: projects, started and completed by kind.
struct Cat {
    name: &'static str,
    continuing: usize,
    new: usize,
    resumed: usize,
    new_started: usize,
    /// 万元 completed by the continuing / new projects, January..September.
    completed_continuing: i64,
    completed_new: i64,
}

const CATS: [Cat; 5] = [
    Cat {
        name: "农业",
        continuing: 4,
        new: 6,
        resumed: 3,
        new_started: 2,
        completed_continuing: 16_000,
        completed_new: 8_000,
    },
    Cat {
        name: "工业",
        continuing: 22,
        new: 38,
        resumed: 20,
        new_started: 16,
        completed_continuing: 50_000,
        completed_new: 27_000,
    },
    Cat {
        name: "商贸流通",
        continuing: 10,
        new: 10,
        resumed: 8,
        new_started: 5,
        completed_continuing: 12_000,
        completed_new: 7_000,
    },
    Cat {
        name: "基础设施",
        continuing: 28,
        new: 38,
        resumed: 26,
        new_started: 16,
        completed_continuing: 160_000,
        completed_new: 42_000,
    },
    Cat {
        name: "社会事业",
        continuing: 10,
        new: 15,
        resumed: 10,
        new_started: 5,
        completed_continuing: 32_000,
        completed_new: 3_000,
    },
];

/// `total` split into `n` uneven parts (exact, in 0.0001 万元).
fn split(total: Money, n: usize) -> Vec<Money> {
    let weights: Vec<i64> = (0..n as i64).map(|i| 3 + (i * 7) % 11).collect();
    let sum: i64 = weights.iter().sum();
    let mut parts: Vec<Money> = weights
        .iter()
        .map(|w| Money::from_units(total.units() / sum * w))
        .collect();
    let given: Money = parts.iter().sum();
    if let Some(last) = parts.last_mut() {
        *last += total - given;
    }
    parts
}

/// Records from month `from` (1..=9) through September, active, sharing `amount`
/// over the months `from`, and (when later) 6 and 9; other months have no record.
fn active_from(mut p: P, from: u8, amount: Money) -> P {
    let months: Vec<u8> = [from, 6, 9]
        .into_iter()
        .filter(|x| *x >= from)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for (month, part) in months.iter().zip(split(amount, months.len())) {
        p = p.rec_funds(
            &format!("2021-{month:02}"),
            Construction,
            &part.plain(),
            "0",
        );
    }
    p
}

fn example() -> Ledger {
    let mut projects = Vec::new();
    let mut n = 0;
    let mut next_id = |prefix: &str| {
        n += 1;
        format!("{prefix}-{n:03}")
    };
    for c in &CATS {
        let shares_c = split(Money::from_wan(c.completed_continuing), c.resumed);
        for j in 0..c.continuing {
            let p = P::new(&next_id("C")).cat(c.name).plan(2021, "5000");
            let from = 1 + (j % 9) as u8;
            let p = match (shares_c.get(j).copied(), j % 3) {
                // Resumed: suspended in December, active again from some month.
                (Some(share), 0) => active_from(
                    p.started("2019-06").rec("2020-12", Suspended, "0"),
                    from,
                    share,
                ),
                // Resumed by carrying December's active stage into January.
                (Some(share), 1) => {
                    active_from(p.rec("2020-12", Construction, "123.45"), from.max(2), share)
                }
                // Resumed, 续建 given explicitly.
                (Some(share), _) => active_from(
                    p.plan_full(2021, "8000.5", Some(Kind::Continuing), Some("2021-05")),
                    from,
                    share,
                ),
                // Not resumed: suspended all year, or still in approvals.
                (None, 0) => p
                    .started("2018-03")
                    .rec("2020-12", Suspended, "0")
                    .rec("2021-05", Suspended, "0"),
                (None, _) => p.plan_full(2021, "3000", Some(Kind::Continuing), None).rec(
                    "2021-02",
                    Preliminary,
                    "0",
                ),
            };
            projects.push(p);
        }
        let shares_n = split(Money::from_wan(c.completed_new), c.new_started);
        for j in 0..c.new {
            let p = P::new(&next_id("N")).cat(c.name).plan(2021, "2000");
            let from = 1 + (j % 9) as u8;
            let p = match (shares_n.get(j).copied(), j % 2) {
                (Some(share), 0) => {
                    active_from(p.rec("2021-01", Preliminary, "0"), from.max(2), share)
                }
                (Some(share), _) => active_from(
                    p.plan_full(2021, "1500.25", Some(Kind::New), None),
                    from,
                    share,
                ),
                (None, 0) => p
                    .rec("2021-03", Signed, "0")
                    .rec("2021-08", Preliminary, "0"),
                // Breaks ground only in October: not started by September.
                (None, _) => p.rec("2021-10", Construction, "999"),
            };
            projects.push(p);
        }
    }
    // Total investment: assorted amounts, the last project taking the rest of 290.4亿元.
    let count = projects.len();
    let mut given = Money::ZERO;
    for (i, p) in projects.iter_mut().enumerate() {
        let amount = if i + 1 < count {
            Money::from_units((100 + (i as i64 * 2371) % 25_000) * 10_000 + (i as i64 % 4) * 2_500)
        } else {
            Money::from_wan(2_904_000) - given
        };
        given += amount;
        p.0.total_investment = amount;
    }
    // Projects outside the 2021 plan, which must not count.
    projects.push(
        P::new("X-001")
            .plan(2020, "100")
            .rec("2021-09", Construction, "777"),
    );
    projects.push(
        P::new("X-002")
            .plan(2022, "100")
            .rec("2021-04", Construction, "888"),
    );
    projects.push(P::new("X-003").rec("2021-09", Construction, "999"));
    ledger(projects)
}

fn september(l: &Ledger) -> MonthMetrics<'_> {
    compute(l, m("2021-09"))
}

#[test]
fn plan_set_of_the_worked_example() {
    let l = example();
    let x = september(&l);
    assert_eq!(
        (x.totals.projects, x.totals.continuing, x.totals.new),
        (181, 74, 107)
    );
    assert_eq!(x.totals.total_investment, Money::from_wan(2_904_000));
    assert_eq!(x.totals.total_investment.display_cn(), "290.4亿元");
}

#[test]
fn start_figures_of_the_worked_example() {
    let l = example();
    let x = september(&l);
    assert_eq!(
        (x.totals.started, x.totals.resumed, x.totals.new_started),
        (111, 67, 44)
    );
    assert_eq!(x.totals.start_rate.unwrap().percent(1), "61.3");
    assert_eq!(x.totals.start_rate.unwrap().percent(2), "61.33");
    let json: serde_json::Value = serde_json::from_str(&to_json(&x)).unwrap();
    assert_eq!(json["totals"]["start_rate"].to_string(), "0.6133");
}

#[test]
fn completed_investment_of_the_worked_example() {
    let l = example();
    let x = september(&l);
    assert_eq!(x.totals.completed.display_cn(), "35.7亿元");
    assert_eq!(x.totals.completed, Money::from_wan(357_000));
    let by_kind: Vec<(&str, String)> = x
        .by_kind
        .iter()
        .map(|g| (g.name.as_str(), g.totals.completed.display_cn()))
        .collect();
    assert_eq!(
        by_kind,
        [
            ("续建", "27亿元".to_string()),
            ("新建", "8.7亿元".to_string())
        ]
    );
    assert_eq!(
        (x.by_kind[0].totals.resumed, x.by_kind[1].totals.new_started),
        (67, 44)
    );
}

#[test]
fn categories_of_the_worked_example() {
    let l = example();
    let x = september(&l);
    let printed: Vec<(String, usize, String)> = x
        .by_category
        .iter()
        .map(|g| {
            (
                g.name.clone(),
                g.totals.started,
                g.totals.completed.display_cn(),
            )
        })
        .collect();
    let expected = [
        ("农业", 5, "2.4亿元"),
        ("工业", 36, "7.7亿元"),
        ("商贸流通", 13, "1.9亿元"),
        ("基础设施", 42, "20.2亿元"),
        ("社会事业", 15, "3.5亿元"),
    ]
    .map(|(n, s, c)| (n.to_string(), s, c.to_string()));
    assert_eq!(printed, expected);
}

#[test]
fn the_example_month_by_month() {
    let l = example();
    let all = crate::metrics::compute_all(&l);
    let sep = all.iter().find(|x| x.period == m("2021-09")).unwrap();
    assert_eq!(sep.cumulative_by_month.len(), 9);
    assert_eq!(
        sep.cumulative_by_month[8].completed.display_cn(),
        "35.7亿元"
    );
    // Started counts only grow through the year.
    let started: Vec<usize> = all
        .iter()
        .filter(|x| x.year == 2021)
        .map(|x| x.totals.started)
        .collect();
    assert!(started.windows(2).all(|w| w[0] <= w[1]), "{started:?}");
    assert!(
        sep.last_year.is_none(),
        "X-001 plans 2020, but 2020's only progress file is December"
    );
}
