//! Tests of commentary figures: names, filters, positions, figures without data.

use super::super::markdown;
use super::*;
use crate::model::Language;
use serde_json::json;

/// Expanded Markdown without the backslashes that keep figures text.
fn plain(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(n) if c == '\\' && n.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    out
}

fn ctx() -> Value {
    json!({
        "period": "2021-09",
        "totals": {"projects": 181, "started": 111, "start_rate": 0.613259668508, "completed": 357000, "completion_rate": null},
        "by_category": [{"name": "工业", "started": 36, "completed": 77000}, {"name": "农业", "started": 5}],
        "last_year": null,
        "vs_schedule": -0.4,
        "growth": {"completed": {"yoy": 0.41934, "mom": -0.05}, "started": {"yoy": null, "mom": 0.0001}},
    })
}

const F: Fmt = Fmt {
    lang: Language::ZhCn,
    pct_decimals: 1,
};

#[test]
fn expands_figures() {
    let s = expand("全区{{ totals.projects }}个项目，开复工率{{totals.start_rate|pct}}，完成投资{{ totals.completed | money }}；工业{{ by_category.工业.started }}个，{{ by_category[1].name }}。", &ctx(), &F, "b.md", 5).unwrap();
    assert!(s.warnings.is_empty());
    assert_eq!(
        s.text,
        "全区181个项目，开复工率61\\.3\\%，完成投资35\\.7亿元；工业36个，农业。"
    );
    assert_eq!(
        markdown::to_html(&s.text),
        "<p>全区181个项目，开复工率61.3%，完成投资35.7亿元；工业36个，农业。</p>\n"
    );
    let e = expand("{{ totals.completion_rate | pct }}", &ctx(), &F, "b.md", 1).unwrap();
    assert_eq!(e.text, "—");
    assert_eq!(e.warnings.len(), 1);
}

#[test]
fn abs_and_signed() {
    let x = |s: &str| plain(&expand(s, &ctx(), &F, "b.md", 1).unwrap().text);
    assert_eq!(
        x("落后序时进度{{ vs_schedule | abs | points }}个百分点"),
        "落后序时进度40.0个百分点"
    );
    assert_eq!(x("{{ vs_schedule | points }}"), "-40.0");
    assert_eq!(
        x("同比{{ growth.completed.yoy | signed | pct }}"),
        "同比+41.9%"
    );
    assert_eq!(
        x("环比{{ growth.completed.mom | signed | pct }}"),
        "环比-5.0%"
    );
    assert_eq!(
        x("{{ growth.completed.mom | abs | signed | pct }}"),
        "+5.0%"
    );
    assert_eq!(x("{{ growth.started.mom | signed | pct }}"), "0.0%");
    assert_eq!(x("{{ totals.started | signed }}"), "+111");
    let err = |s: &str| {
        expand(s, &ctx(), &F, "b.md", 1).unwrap_err()[0]
            .message
            .to_string()
    };
    assert!(err("{{ vs_schedule | pct | abs }}").contains("after `pct`"));
    assert!(err("{{ period | abs }}").contains("needs a number"));
    assert!(err("{{ vs_schedule | sign | pct }}").contains("unknown filter `sign`"));
}

#[test]
fn figures_without_data_print_a_dash_and_warn_at_their_place() {
    let e = expand(
        "去年同期{{ last_year.completed | money }}，\n同比{{ growth.started.yoy | signed | pct }}",
        &ctx(),
        &F,
        "content/bulletins/2021-09.md",
        4,
    )
    .unwrap();
    assert_eq!(e.text, "去年同期—，\n同比—");
    let at: Vec<_> = e
        .warnings
        .iter()
        .map(|d| (d.line, d.column, d.is_error(), d.message.to_string()))
        .collect();
    assert_eq!(
        at,
        [
            (
                Some(4),
                Some(5),
                false,
                "`last_year.completed` has no data this month and prints as —".to_string()
            ),
            (
                Some(5),
                Some(3),
                false,
                "`growth.started.yoy` has no data this month and prints as —".to_string()
            ),
        ]
    );
    // A name that does not exist is still an error, data or not.
    let errs = expand("{{ last_year.complted }}", &ctx(), &F, "b.md", 1).unwrap_err();
    assert!(errs[0].is_error());
    assert!(errs[0]
        .hint
        .as_ref()
        .unwrap()
        .to_string()
        .contains("did you mean `completed`?"));
    assert!(expand("{{ last_year }}", &ctx(), &F, "b.md", 1).is_ok());
}

#[test]
fn unknown_names_are_errors_with_position() {
    let errs = expand(
        "第一行\n开复工{{ totals.strated }}个，{{ totals.start_rate | pcts }}",
        &ctx(),
        &F,
        "content/bulletins/2021-09.md",
        5,
    )
    .unwrap_err();
    assert_eq!(errs.len(), 2);
    assert_eq!(
        errs[0].to_string().lines().next().unwrap(),
        "content/bulletins/2021-09.md:6:4: error: unknown name `totals.strated` in a figure"
    );
    assert!(errs[0]
        .hint
        .as_ref()
        .unwrap()
        .to_string()
        .contains("did you mean `started`?"));
    assert!(errs[1]
        .message
        .to_string()
        .contains("unknown filter `pcts`"));
    assert!(expand("{{ totals }}", &ctx(), &F, "b", 1).is_err());
    assert!(expand("{{ totals.projects", &ctx(), &F, "b", 1).is_err());
    assert!(expand("{{ }}", &ctx(), &F, "b", 1).is_err());
    assert!(expand("{{ by_category.商业.started }}", &ctx(), &F, "b", 1).is_err());
    assert!(expand("{{ period | money }}", &ctx(), &F, "b", 1).is_err());
    assert!(expand("{{ by_unit[0 }}", &ctx(), &F, "b", 1).is_err());
}

#[test]
fn every_error_has_its_own_position() {
    let errs = expand(
        "{{ a }}甲{{ b }}\n\n乙乙{{ c }}\r\n{{ d }}{{ e",
        &ctx(),
        &F,
        "b.md",
        3,
    )
    .unwrap_err();
    let at: Vec<_> = errs.iter().map(|d| (d.line, d.column)).collect();
    assert_eq!(
        at,
        [
            (Some(3), Some(1)),
            (Some(3), Some(9)),
            (Some(5), Some(3)),
            (Some(6), Some(1)),
            (Some(6), Some(8)),
        ]
    );
}

#[test]
fn errors_stop_after_a_hundred() {
    let errs = expand(&"{{ x }}".repeat(100_000), &ctx(), &F, "b.md", 1).unwrap_err();
    assert_eq!(errs.len(), MAX_ERRORS + 1);
    assert!(errs[MAX_ERRORS]
        .message
        .to_string()
        .contains("more than 100"));
}

#[test]
fn names_in_figures_are_text_not_markdown() {
    let name = "![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\b &amp; <i>\n# 标题\u{2028}*x*";
    let ctx = json!({"by_unit": [{"name": name}]});
    let md = expand("单位：{{ by_unit[0].name }}。", &ctx, &F, "b.md", 1)
        .unwrap()
        .text;
    let html = markdown::to_html(&md);
    assert!(
        !html.contains("<img") && !html.contains("<a ") && !html.contains("<h1"),
        "{html}"
    );
    assert!(!html.contains("<em>") && !html.contains("<i>"), "{html}");
    assert_eq!(
        html,
        "<p>单位：![](https://evil.example/p.png)[点此下载](https://evil.example/x) a\\b &amp;amp; &lt;i&gt; # 标题 *x*。</p>\n"
    );
}

#[test]
fn which_top_level_key_a_figure_reads() {
    assert!(names_key("共{{ projects[0].name }}", "projects"));
    assert!(names_key("{{projects.X-1.completed | money}}", "projects"));
    assert!(names_key("{{ projects | pct }}", "projects"));
    assert!(!names_key(
        "{{ totals.projects }}个项目，projects",
        "projects"
    ));
    assert!(!names_key("{{ by_unit[0].projects }}", "projects"));
    // An unclosed figure still counts.
    assert!(names_key("{{ projects.0.name", "projects"));
}
