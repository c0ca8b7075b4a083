//! Diagnostics as they are printed: grouped by file with a count at the end, in
//! the user's language, or as one JSON document for editors and scripts.
//!
//! ```text
//! content/projects/a.yaml（2个错误）
//! content/projects/a.yaml:4:3: 错误：项目中有未知字段`catgory`
//!   = 提示：是否应为`category`？项目的字段有：id, name, …
//! …
//!
//! 共3个错误、1个警告，涉及2个文件
//! ```
//!
//! Each line keeps `file:line:col` first, as compilers print it, so that
//! editors and terminals can jump to it; the file heading above a group only
//! helps the eye.

use std::collections::HashMap;

use serde::Serialize;

use super::{terminal_safe, Diagnostic, Message, Severity};
use crate::model::Language;

/// The label before a message: `error`, `warning` (or `错误`, `警告`, `錯誤`).
pub fn label(severity: Severity, lang: Language) -> String {
    label_message(severity).text(lang)
}

fn label_message(severity: Severity) -> Message {
    match severity {
        Severity::Error => Message::ErrorLabel,
        Severity::Warning => Message::WarningLabel,
    }
}

/// `label: text` in English, `label：text` in Chinese.
pub fn labelled(label: Message, text: &str, lang: Language) -> String {
    Message::Labelled {
        label: Box::new(label),
        text: text.to_string(),
    }
    .text(lang)
}

/// A diagnostic with its message and hint in one language (as printed and
/// written by `check --format json`).
#[derive(Serialize, PartialEq, Eq)]
pub struct Localized {
    severity: Severity,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
}

/// `d` with its message and hint in `lang`.
pub fn localized(d: &Diagnostic, lang: Language) -> Localized {
    Localized {
        severity: d.severity,
        file: d.file.clone(),
        line: d.line,
        column: d.column,
        message: d.message.text(lang),
        hint: d.hint.as_ref().map(|h| h.text(lang)),
    }
}

/// One diagnostic as printed: `file:line:col: error: message`, then
/// `  = help: hint` (`错误：…` and `  = 提示：…` in Chinese).
pub fn format_one(d: &Diagnostic, lang: Language) -> String {
    let message = d.message.text(lang);
    let head = labelled(label_message(d.severity), &terminal_safe(&message), lang);
    let loc = terminal_safe(&d.location()).into_owned();
    let mut out = if loc.is_empty() {
        head
    } else {
        format!("{loc}: {head}")
    };
    if let Some(h) = &d.hint {
        out.push_str("\n  = ");
        out.push_str(&labelled(
            Message::HelpLabel,
            &terminal_safe(&h.text(lang)),
            lang,
        ));
    }
    out
}

/// "2 errors, 1 warning" (`2个错误、1个警告`): the parts that are not zero.
pub fn counts(errors: usize, warnings: usize, lang: Language) -> String {
    counts_message(errors, warnings).map_or_else(String::new, |m| m.text(lang))
}

/// The message of [`counts`]; `None` when both are zero.
fn counts_message(errors: usize, warnings: usize) -> Option<Message> {
    let e = match errors {
        0 => None,
        1 => Some(Message::OneError),
        n => Some(Message::Errors { n }),
    };
    let w = match warnings {
        0 => None,
        1 => Some(Message::OneWarning),
        n => Some(Message::Warnings { n }),
    };
    match (e, w) {
        (Some(e), Some(w)) => Some(Message::ErrorsAndWarnings {
            errors: Box::new(e),
            warnings: Box::new(w),
        }),
        (e, w) => e.or(w),
    }
}

/// The line after all diagnostics: "3 errors, 2 warnings in 2 files"
/// (`共3个错误、2个警告，涉及2个文件`); files only when some diagnostic has one.
pub fn count_line(errors: usize, warnings: usize, files: usize, lang: Language) -> String {
    let Some(what) = counts_message(errors, warnings).map(Box::new) else {
        return String::new();
    };
    match files {
        0 => Message::CountLine { what },
        1 => Message::CountLineOneFile { what },
        files => Message::CountLineFiles { what, files },
    }
    .text(lang)
}

/// Groups of diagnostics by file, in printing order; diagnostics without a file
/// come first, under `None`.
pub fn groups(diags: &[Diagnostic]) -> Vec<(Option<&str>, Vec<&Diagnostic>)> {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by(|a, b| a.order(b));
    sorted.dedup();
    let mut out: Vec<(Option<&str>, Vec<&Diagnostic>)> = Vec::new();
    for d in sorted {
        let file = d.file.as_deref();
        match out.last_mut() {
            Some((f, items)) if *f == file => items.push(d),
            _ => out.push((file, vec![d])),
        }
    }
    out
}

/// Every diagnostic, grouped by file (a heading line per file, then its
/// diagnostics in line order, groups apart by a blank line), then the count
/// line. Empty when there are none.
pub fn format_all(diags: &[Diagnostic], lang: Language) -> String {
    if diags.is_empty() {
        return String::new();
    }
    let groups = groups(diags);
    // Warnings of one kind past the first [`MAX_ALIKE`] are counted, not
    // printed: 20,000 alike warnings would bury everything else.
    let mut alike: HashMap<String, (usize, usize)> = HashMap::new();
    for (_, items) in &groups {
        for d in items.iter().filter(|d| !d.is_error()) {
            alike.entry(kind(&d.message.to_string())).or_default().0 += 1;
        }
    }
    let mut out = String::new();
    let mut files = 0;
    for (file, items) in &groups {
        let mut body = String::new();
        for d in items {
            if !d.is_error() {
                let (total, shown) = alike.entry(kind(&d.message.to_string())).or_default();
                *shown += 1;
                if *shown > MAX_ALIKE {
                    continue;
                }
                body.push_str(&format_one(d, lang));
                body.push('\n');
                if *shown == MAX_ALIKE && *total > MAX_ALIKE {
                    body.push_str(&more_alike(*total - MAX_ALIKE, lang));
                    body.push('\n');
                }
                continue;
            }
            body.push_str(&format_one(d, lang));
            body.push('\n');
        }
        if let Some(f) = file {
            files += 1;
            if body.is_empty() {
                continue;
            }
            let e = items.iter().filter(|d| d.is_error()).count();
            if !out.is_empty() {
                out.push('\n');
            }
            if let Some(what) = counts_message(e, items.len() - e) {
                let heading = Message::FileHeading {
                    file: terminal_safe(f).into_owned(),
                    what: Box::new(what),
                };
                out.push_str(&heading.text(lang));
                out.push('\n');
            }
        } else if !out.is_empty() && !body.is_empty() {
            out.push('\n');
        }
        out.push_str(&body);
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    out.push('\n');
    out.push_str(&count_line(errors, diags.len() - errors, files, lang));
    out.push('\n');
    out
}

/// How many warnings of one kind are printed before the rest are counted.
pub const MAX_ALIKE: usize = 20;

/// The kind of a message: its text with what is quoted (`…`) and every
/// number left out, so that "project `A` invested 5 before 在建" and the
/// same of project `B` are alike. A number is its digits with the sign
/// before them and the point or group separators between them, so that
/// 1734, -2.5 and 936.95 leave the same text behind.
fn kind(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quoted = false;
    let mut chars = message.chars().peekable();
    let mut in_number = false;
    while let Some(c) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|n| n.is_ascii_digit());
        if c == '`' {
            quoted = !quoted;
            in_number = false;
            out.push(c);
        } else if quoted {
            // What is quoted (a project's id, a field) is left out.
        } else if c.is_ascii_digit() {
            in_number = true;
        } else if (in_number && matches!(c, '.' | ',') || c == '-') && next_is_digit {
            // The point of 936.95, the comma of 1,734, the sign of -2.5.
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

/// "… and 19980 more like this (`check --format json` lists all)".
fn more_alike(n: usize, lang: Language) -> String {
    Message::MoreAlike { n }.text(lang)
}

/// The JSON document of `tongbao check --format json`.
#[derive(Serialize)]
struct JsonReport {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Localized>,
}

/// `{"errors": N, "warnings": N, "diagnostics": [{"severity", "file", "line",
/// "column", "message", "hint"}]}` on one line, keys in this order, diagnostics
/// in printing order with messages in `lang`.
pub fn json(diags: &[Diagnostic], lang: Language) -> String {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by(|a, b| a.order(b));
    sorted.dedup();
    let sorted: Vec<Localized> = sorted.into_iter().map(|d| localized(d, lang)).collect();
    let errors = sorted
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let report = JsonReport {
        errors,
        warnings: sorted.len() - errors,
        diagnostics: sorted,
    };
    // Plain strings and numbers always serialize.
    serde_json::to_string(&report).unwrap_or_else(|_| {
        format!(
            "{{\"errors\":{},\"warnings\":{},\"diagnostics\":[]}}",
            report.errors, report.warnings
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::LoadMessage;

    fn sample() -> Vec<Diagnostic> {
        vec![
            Diagnostic::error(
                Some("content/projects/b.yaml".to_string()),
                Message::UnknownStage {
                    stage: "施工".into(),
                },
            )
            .at(3, 5),
            Diagnostic::error(
                Some("content/projects/a.yaml".to_string()),
                Message::UnknownField {
                    field: "catgory".into(),
                    what: LoadMessage::AProject.into(),
                },
            )
            .at(4, 3)
            .hint(Message::FieldsAreNear {
                near: "category".into(),
                what: LoadMessage::AProject.into(),
                fields: "id, category".into(),
            }),
            Diagnostic::warning(
                Some("content/projects/a.yaml".to_string()),
                LoadMessage::PlanAboveTotal {
                    year: "2025".into(),
                    plan: "9000".into(),
                    total: "8000".into(),
                },
            )
            .at(2, 1),
        ]
    }

    #[test]
    fn grouped_by_file_in_line_order_with_counts() {
        let text = format_all(&sample(), Language::En);
        assert_eq!(
            text,
            "content/projects/a.yaml (1 error, 1 warning)\n\
             content/projects/a.yaml:2:1: warning: the 2025 plan (9000) is above the total investment (8000)\n\
             content/projects/a.yaml:4:3: error: unknown field `catgory` in a project\n  \
             = help: did you mean `category`? The fields of a project are: id, category\n\
             \n\
             content/projects/b.yaml (1 error)\n\
             content/projects/b.yaml:3:5: error: unknown stage `施工`\n\
             \n\
             2 errors, 1 warning in 2 files\n"
        );
    }

    #[test]
    fn warnings_of_one_kind_past_twenty_are_counted_not_printed() {
        let mut diags: Vec<Diagnostic> = (0..25)
            .map(|i| {
                Diagnostic::warning(
                    format!("content/projects/{}.yaml", i / 10),
                    format!("project `P-{i}` invested {i} before 在建"),
                )
                .at(i + 1, 3)
            })
            .collect();
        diags.push(Diagnostic::error("content/projects/2.yaml".to_string(), "bad").at(1, 1));
        diags.push(Diagnostic::warning("content/site.yaml".to_string(), "other").at(1, 1));
        let text = format_all(&diags, Language::En);
        assert_eq!(text.matches("before 在建").count(), 20, "{text}");
        assert_eq!(text.matches("… and 5 more like this").count(), 1, "{text}");
        assert!(
            text.contains("error: bad") && text.contains("warning: other"),
            "{text}"
        );
        assert!(
            text.ends_with("1 error, 26 warnings in 4 files\n"),
            "{text}"
        );
        let zh = format_all(&diags, Language::ZhCn);
        assert!(zh.contains("……另有5条同类警告"), "{zh}");
    }

    #[test]
    fn numbers_with_points_signs_and_separators_are_of_one_kind() {
        let of = |n: &str| kind(&format!("项目 QS-2025-089：已报投资 {n}，超过其总投资 365"));
        for n in ["1734", "936.95", "-2.5", "1,734.5", "0"] {
            assert_eq!(of(n), of("1"), "{n}");
        }
        assert_eq!(kind("plan 5."), kind("plan 12."));
        assert_eq!(kind("a `x.1`"), kind("a `y`"));
        assert_ne!(kind("a - b"), kind("a b"));
    }

    #[test]
    fn chinese_labels_and_counts() {
        let text = format_all(&sample(), Language::ZhCn);
        assert!(text.starts_with("content/projects/a.yaml（1个错误、1个警告）\n"));
        assert!(text.contains("content/projects/a.yaml:4:3: 错误：项目中有未知字段`catgory`\n  = 提示：是否应为`category`？"));
        assert!(text.contains(
            "content/projects/a.yaml:2:1: 警告：2025年计划投资（9000）超过了总投资（8000）"
        ));
        assert!(
            text.ends_with("\n共2个错误、1个警告，涉及2个文件\n"),
            "{text}"
        );
        let tw = format_all(&sample(), Language::ZhTw);
        assert!(
            tw.contains("錯誤：") && tw.ends_with("共2個錯誤、1個警告，涉及2個檔案\n"),
            "{tw}"
        );
    }

    #[test]
    fn counts_leave_out_zeros_and_files_when_there_are_none() {
        assert_eq!(count_line(1, 0, 1, Language::En), "1 error in 1 file");
        assert_eq!(count_line(0, 3, 2, Language::En), "3 warnings in 2 files");
        assert_eq!(count_line(2, 0, 0, Language::En), "2 errors");
        assert_eq!(count_line(0, 1, 0, Language::ZhCn), "共1个警告");
        assert_eq!(format_all(&[], Language::En), "");
    }

    #[test]
    fn diagnostics_without_a_file_come_first_without_a_heading() {
        let mut d = sample();
        d.push(Diagnostic::error(None, "site has no content/ folder"));
        let text = format_all(&d, Language::En);
        assert!(text.starts_with("error: site has no content/ folder\n\ncontent/projects/a.yaml ("));
        assert!(text.ends_with("3 errors, 1 warning in 2 files\n"));
    }

    #[test]
    fn json_has_counts_and_every_field_in_order() {
        let j = json(&sample(), Language::En);
        assert!(j.starts_with("{\"errors\":2,\"warnings\":1,\"diagnostics\":[{\"severity\":\"warning\",\"file\":\"content/projects/a.yaml\",\"line\":2,\"column\":1,\"message\":"), "{j}");
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        assert_eq!(v["diagnostics"].as_array().unwrap().len(), 3);
        assert_eq!(v["diagnostics"][2]["hint"], serde_json::Value::Null);
        let zh = json(&sample(), Language::ZhCn);
        assert!(zh.contains("未知阶段`施工`") && zh.contains("\"severity\":\"error\""));
    }
}
