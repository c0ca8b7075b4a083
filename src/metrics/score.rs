//! Department scores (考核评分) and their ranking (排名).

use crate::model::{Ratio, ScoreWeights};

/// A department's score (考核评分), exact, on 0..=100:
/// 100 × (w.start × start rate + w.completion × min(completion rate ÷ schedule, 1)
/// + w.problems × resolution rate).
///
/// `None` when the department has no plan-set projects (`start_rate` is `None`).
/// A part with nothing to measure earns its full weight: no problems raised
/// (`resolution_rate` `None`), or a zero annual plan (`completion_rate` `None`).
pub fn department_score(
    start_rate: Option<Ratio>,
    completion_rate: Option<Ratio>,
    resolution_rate: Option<Ratio>,
    schedule: Ratio,
    weights: &ScoreWeights,
) -> Option<Ratio> {
    let one = Ratio::int(1);
    let start = start_rate?;
    let completion = completion_rate
        .and_then(|c| c.div(schedule))
        .map_or(one, |c| c.min(one));
    let resolution = resolution_rate.unwrap_or(one);
    // The start and problem parts have small denominators; adding them first keeps
    // the exact sum's denominator small.
    let small = weights
        .start
        .mul(start)
        .add(weights.problems.mul(resolution));
    Some(
        small
            .add(weights.completion.mul(completion))
            .mul(Ratio::int(100)),
    )
}

/// Competition ranks (1 is best; equal scores share a rank, the next rank skips:
/// 1, 2, 2, 4) of the given scores; `None` scores get no rank.
pub fn competition_ranks(scores: &[Option<Ratio>]) -> Vec<Option<usize>> {
    let mut order: Vec<(usize, Ratio)> = scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .collect();
    // Stable: equal scores keep their input (units) order.
    order.sort_by_key(|x| std::cmp::Reverse(x.1));
    let mut ranks = vec![None; scores.len()];
    let mut previous: Option<(Ratio, usize)> = None;
    for (position, (i, score)) in order.into_iter().enumerate() {
        let rank = match previous {
            Some((s, r)) if s == score => r,
            _ => position + 1,
        };
        ranks[i] = Some(rank);
        previous = Some((score, rank));
    }
    ranks
}
