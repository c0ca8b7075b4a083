//! Writing imported projects and progress as the site's YAML files, in the
//! format of docs/content.md. Text is always double-quoted (JSON escaping is
//! valid YAML), so no name is ever read back as a number, a date or `null`.

use std::fmt::Write as _;

use crate::model::{Month, Project, Record};

fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Text safe inside a one-line YAML comment: every character YAML or a
/// terminal could take for a line break or a control (CR, LF, NEL, U+2028,
/// U+2029, …) is written as `\u{…}`, so a file name cannot start a line of its own.
pub fn comment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A projects file (a list of projects), with a comment line saying where it came from.
pub fn projects_yaml(source: &str, projects: &[Project]) -> String {
    let mut out = format!(
        "# Imported by `tongbao import` from {}.\n",
        comment_text(source)
    );
    for p in projects {
        let _ = writeln!(out, "- id: {}", q(&p.id));
        let _ = writeln!(out, "  name: {}", q(&p.name));
        let _ = writeln!(out, "  category: {}", q(&p.category));
        let _ = writeln!(out, "  total_investment: {}", p.total_investment.plain());
        if !p.plans.is_empty() {
            out.push_str("  plans:\n");
            for (year, plan) in &p.plans {
                if plan.kind.is_none() && plan.start.is_none() {
                    let _ = writeln!(out, "    {year}: {}", plan.invest.plain());
                } else {
                    let mut parts = vec![format!("invest: {}", plan.invest.plain())];
                    if let Some(k) = plan.kind {
                        parts.push(format!("kind: {}", k.zh()));
                    }
                    if let Some(s) = plan.start {
                        parts.push(format!("start: {}", q(&s.to_string())));
                    }
                    let _ = writeln!(out, "    {year}: {{{}}}", parts.join(", "));
                }
            }
        }
        let optional = [
            ("unit", &p.unit),
            ("location", &p.location),
            ("level", &p.level),
        ];
        for (key, v) in optional {
            if let Some(v) = v {
                let _ = writeln!(out, "  {key}: {}", q(v));
            }
        }
        if !p.leaders.is_empty() {
            let list: Vec<String> = p.leaders.iter().map(|l| q(l)).collect();
            let _ = writeln!(out, "  leaders: [{}]", list.join(", "));
        }
        if let Some(s) = p.started {
            let _ = writeln!(out, "  started: {}", q(&s.to_string()));
        }
        if let Some(d) = p.signed {
            let _ = writeln!(out, "  signed: {}", q(&d.to_string()));
        }
        for (key, v) in [("owner", &p.owner), ("description", &p.description)] {
            if let Some(v) = v {
                let _ = writeln!(out, "  {key}: {}", q(v));
            }
        }
    }
    out
}

/// A progress file for `period`, records in the order given.
pub fn progress_yaml(source: &str, period: Month, records: &[(String, Record)]) -> String {
    let mut out = format!(
        "# Imported by `tongbao import` from {}.\nperiod: {period}\nprojects:\n",
        comment_text(source)
    );
    for (id, r) in records {
        let mut parts = vec![format!("stage: {}", r.stage.zh())];
        if !r.invested.is_zero() {
            parts.push(format!("invested: {}", r.invested.plain()));
        }
        if !r.funds.is_zero() {
            parts.push(format!("funds: {}", r.funds.plain()));
        }
        if let Some(n) = &r.note {
            parts.push(format!("note: {}", q(n)));
        }
        if !r.photos.is_empty() {
            let list: Vec<String> = r
                .photos
                .iter()
                .map(|p| match &p.caption {
                    Some(c) => format!("{{file: {}, caption: {}}}", q(&p.file), q(c)),
                    None => format!("{{file: {}}}", q(&p.file)),
                })
                .collect();
            parts.push(format!("photos: [{}]", list.join(", ")));
        }
        let _ = writeln!(out, "  {}: {{{}}}", q(id), parts.join(", "));
    }
    if records.is_empty() {
        out = out.replace("projects:\n", "projects: {}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Money, Plan, Stage};
    use std::collections::BTreeMap;

    #[test]
    fn text_is_quoted_and_plans_take_the_long_form_when_needed() {
        let mut plans = BTreeMap::new();
        plans.insert(
            2021,
            Plan {
                invest: Money::from_wan(300),
                kind: Some(Kind::New),
                start: Month::parse("2021-04"),
            },
        );
        let p = Project {
            id: "A-1".into(),
            name: "no: \"x\"".into(),
            category: "工业".into(),
            total_investment: Money::from_wan(1200),
            plans,
            unit: None,
            leaders: vec!["王某".into()],
            location: None,
            level: None,
            started: None,
            signed: None,
            owner: None,
            description: None,
            tags: Vec::new(),
            records: BTreeMap::new(),
        };
        let y = projects_yaml("a.xlsx", &[p]);
        assert!(y.contains("  name: \"no: \\\"x\\\"\"\n"), "{y}");
        assert!(
            y.contains("    2021: {invest: 300, kind: 新建, start: \"2021-04\"}\n"),
            "{y}"
        );
        let r = Record {
            stage: Stage::Construction,
            invested: Money::from_wan(5),
            funds: Money::ZERO,
            note: None,
            photos: Vec::new(),
        };
        let m = Month::parse("2021-09").unwrap_or(Month {
            year: 2021,
            month: 9,
        });
        let y = progress_yaml("a.xlsx", m, &[("A-1".into(), r)]);
        assert!(
            y.contains("period: 2021-09\nprojects:\n  \"A-1\": {stage: 在建, invested: 5}\n"),
            "{y}"
        );
        let y = progress_yaml("a\nb\u{2028}c\u{85}d\re.xlsx", m, &[]);
        assert_eq!(y.lines().count(), 3, "{y}");
        assert!(
            y.starts_with(
                "# Imported by `tongbao import` from a\\u{a}b\\u{2028}c\\u{85}d\\u{d}e.xlsx.\n"
            ),
            "{y}"
        );
    }
}
