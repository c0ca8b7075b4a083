//! An import into a month the site already has: the month's records merged
//! (projects not in the sheets keep theirs), and every change a re-import would
//! make, shown before anything is overwritten (`--force`).

use crate::diagnostics::ImportMessage;
use crate::model::{Ledger, Money, Month, Record};

/// The month's records after the import: the site's records for `period` with
/// the imported ones replacing or added, and the changes to records the site
/// already had (`YX-2026-001 (name): invested 1500 → 1800`).
pub fn merge(
    ledger: &Ledger,
    period: Month,
    imported: Vec<(String, Record)>,
) -> (Vec<(String, Record)>, Vec<ImportMessage>) {
    let mut out: Vec<(String, Record)> = ledger
        .projects
        .iter()
        .filter_map(|p| p.records.get(&period).map(|r| (p.id.clone(), r.clone())))
        .collect();
    let mut changes = Vec::new();
    for (id, new) in imported {
        match out.iter_mut().find(|(i, _)| *i == id) {
            Some((_, old)) => {
                let name = ledger
                    .projects
                    .binary_search_by(|p| p.id.as_str().cmp(&id))
                    .map_or("", |i| ledger.projects[i].name.as_str());
                for field in differences(old, &new) {
                    changes.push(ImportMessage::RecordChange {
                        id: id.clone(),
                        name: name.to_string(),
                        change: Box::new(field),
                    });
                }
                *old = new;
            }
            None => out.push((id, new)),
        }
    }
    (out, changes)
}

fn money(m: Money) -> String {
    m.plain()
}

fn note(n: &Option<String>) -> String {
    n.as_ref()
        .map_or_else(|| "(none)".to_string(), |n| format!("{n:?}"))
}

/// The months after `period` in its year that the site has: their investment
/// was derived from this month's 累计, so replacing this month calls for
/// re-importing them.
pub fn later_months(ledger: &Ledger, period: Month) -> Vec<String> {
    ledger
        .months
        .iter()
        .filter(|m| **m > period && m.year == period.year)
        .map(Month::to_string)
        .collect()
}

/// `field old → new` for each field that changes.
fn differences(old: &Record, new: &Record) -> Vec<ImportMessage> {
    let mut out = Vec::new();
    if old.stage != new.stage {
        out.push(ImportMessage::StageChange {
            from: old.stage.zh().into(),
            to: new.stage.zh().into(),
        });
    }
    if old.invested != new.invested {
        out.push(ImportMessage::InvestedChange {
            from: money(old.invested),
            to: money(new.invested),
        });
    }
    if old.funds != new.funds {
        out.push(ImportMessage::FundsChange {
            from: money(old.funds),
            to: money(new.funds),
        });
    }
    if old.note != new.note {
        out.push(ImportMessage::NoteChange {
            from: note(&old.note),
            to: note(&new.note),
        });
    }
    out
}
