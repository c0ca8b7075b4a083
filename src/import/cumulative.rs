//! The month's investment from a ledger's cumulative figures: 累计完成投资 minus
//! what the site's progress files already hold for January to the month before.

use super::assemble::{Assembled, Input};
use super::header::Field;
use super::rows::Row;
use crate::diagnostics::ImportMessage;
use crate::model::{Ledger, Money, Month};

/// The month's amount: this year's cumulative minus what the site already has for
/// January to the month before (so that the year's total equals the ledger's
/// 累计), else the amount written for the month.
#[allow(clippy::too_many_arguments)]
pub fn month_amount(
    inp: &Input,
    row: usize,
    month: Option<Money>,
    cumulative: Option<Money>,
    prior: Money,
    cum_field: Field,
    complete: bool,
    out: &mut Assembled,
) -> Money {
    match (month, cumulative) {
        (m, Some(c)) if c >= prior => {
            let derived = c - prior;
            if let Some(m) = m.filter(|m| complete && *m != derived) {
                out.notes.push(ImportMessage::MonthDiffers {
                    row,
                    month: m.plain(),
                    cumulative: c.plain(),
                    reported: prior.plain(),
                    written: derived.plain(),
                });
            }
            derived
        }
        (_, Some(c)) => {
            out.bad.push(inp.bad(
                Some(row),
                Some(cum_field),
                ImportMessage::BelowReported {
                    reported: prior.plain(),
                    found: format!("{:?}", c.plain()),
                },
            ));
            Money::ZERO
        }
        (Some(m), None) => m,
        (None, None) => Money::ZERO,
    }
}

/// The months of the year before `p` that have no progress file.
pub fn missing_months(ledger: &Ledger, p: Month) -> Vec<String> {
    let mut missing = Vec::new();
    let mut m = p.january();
    while m < p {
        if ledger.months.binary_search(&m).is_err() {
            missing.push(m.to_string());
        }
        m = m.next();
    }
    missing
}

/// Whether the site has progress for every month of the year before `p`.
pub fn history_complete(ledger: &Ledger, p: Month) -> bool {
    missing_months(ledger, p).is_empty()
}

/// How the month's investment was found, said once.
pub fn cumulative_notes(inp: &Input, p: Month, rows: &[Row], notes: &mut Vec<ImportMessage>) {
    if !rows
        .iter()
        .any(|r| r.cumulative.is_some() || r.funds_cumulative.is_some())
    {
        return;
    }
    // The months right before `p` with no progress file: their investment lands in `p`.
    let present = inp
        .ledger
        .months
        .iter()
        .filter(|m| **m >= p.january() && **m < p)
        .max();
    let from = present.map_or(p.january(), |m| m.next());
    let missing: Vec<String> = missing_months(inp.ledger, p)
        .into_iter()
        .filter(|m| Month::parse(m).is_some_and(|m| m >= from))
        .collect();
    if p.month == 1 {
        notes.push(ImportMessage::JanuaryIsCumulative);
        return;
    }
    notes.push(ImportMessage::MonthFromCumulative {
        year: p.year,
        until: p.prev(),
    });
    if let (Some(first), Some(last)) = (missing.first(), missing.last()) {
        let months = if first == last {
            ImportMessage::AsWritten {
                text: first.clone(),
            }
        } else {
            ImportMessage::MonthsBetween {
                n: missing.len(),
                first: first.clone(),
                last: last.clone(),
            }
        };
        notes.push(ImportMessage::MonthsMissing {
            months: Box::new(months),
            month: p,
        });
    }
}
