//! One bad site per validation rule: the real binary must exit 1, name the file,
//! line and column, say how to fix it, and leave a previous output untouched.

mod common;

use common::*;
use std::fs;

/// Builds the good fixture once, then breaks it with `edit_fn` and builds again:
/// returns stderr of the failed build after checking exit status 1 and that the
/// previous output is byte-identical.
fn broken_build(edit_fn: impl FnOnce(&std::path::Path)) -> String {
    let (_tmp, site) = site_copy("small");
    let ok = tongbao_at("build", &site, &[]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let before = snapshot(&site.join("output"));
    assert!(!before.is_empty());
    edit_fn(&site);
    let bad = tongbao_at("build", &site, &[]);
    let err = stderr(&bad);
    assert_eq!(bad.status.code(), Some(1), "{err}");
    assert_eq!(
        snapshot(&site.join("output")),
        before,
        "a failed build changed the output"
    );
    // check agrees with build.
    let check = tongbao_at("check", &site, &[]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(stderr(&check).lines().next(), err.lines().next());
    err
}

fn assert_has(err: &str, needles: &[&str]) {
    for n in needles {
        assert!(err.contains(n), "expected {n:?} in:\n{err}");
    }
}

#[test]
fn yaml_syntax_error() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  name: 智慧农业示范园项目",
            "  name: [智慧农业示范园项目",
        )
    });
    assert_has(&err, &["content/projects/a.yaml:", "YAML syntax", "help:"]);
}

#[test]
fn unknown_field_suggests_the_nearest() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  category: 工业",
            "  catgory: 工业",
        )
    });
    assert_has(
        &err,
        &[
            "content/projects/a.yaml:4:3: error: unknown field `catgory`",
            "did you mean `category`?",
        ],
    );
}

#[test]
fn missing_required_field() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  name: 城北商贸物流中心\n",
            "",
        )
    });
    assert_has(
        &err,
        &["content/projects/a.yaml:", "project T-003 has no `name`"],
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let err = broken_build(|s| edit(s, "content/projects/more/b.yaml", "id: T-005", "id: T-001"));
    assert_has(
        &err,
        &[
            "content/projects/more/b.yaml:11:7: error: project id `T-001` is used twice",
            "first used at content/projects/a.yaml:2:7",
        ],
    );
}

#[test]
fn non_ascii_id() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/more/b.yaml",
            "id: T-004",
            "id: 滨河-004",
        )
    });
    assert_has(
        &err,
        &[
            "content/projects/more/b.yaml:1:7",
            "ASCII letters, digits, - and _",
        ],
    );
}

#[test]
fn category_not_in_site_lists_allowed() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "category: 商贸流通",
            "category: 商贸",
        )
    });
    assert_has(
        &err,
        &[
            "content/projects/a.yaml:28:13: error: category `商贸`",
            "农业, 工业, 商贸流通, 基础设施, 社会事业",
        ],
    );
}

#[test]
fn level_not_in_site() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "level: 市重点",
            "level: 国家重点",
        )
    });
    assert_has(
        &err,
        &[
            "content/projects/a.yaml:11:10: error: level `国家重点`",
            "省重点, 市重点, 区重点",
        ],
    );
}

#[test]
fn unknown_stage() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/progress/2025-02.yaml",
            "{stage: 在建, invested: 400}",
            "{stage: 施工, invested: 400}",
        )
    });
    assert_has(
        &err,
        &[
            "content/progress/2025-02.yaml:11:18: error: unknown stage `施工`",
            "谋划 储备 签约 前期 在建 停工 竣工 投产",
        ],
    );
}

#[test]
fn unknown_kind() {
    let err = broken_build(|s| edit(s, "content/projects/a.yaml", "kind: 新建", "kind: 改建"));
    assert_has(
        &err,
        &[
            "content/projects/a.yaml:21:32: error: unknown kind `改建`",
            "新建 (new) or 续建 (continuing)",
        ],
    );
}

#[test]
fn negative_money() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/progress/2025-02.yaml",
            "invested: 400}",
            "invested: -400}",
        )
    });
    assert_has(
        &err,
        &["content/progress/2025-02.yaml:11:32: error: `invested` is negative"],
    );
}

/// A whole number beyond 64 bits (an amount in 元 with a stray digit, two
/// cells run together) is named as too large, with what to check, not as a
/// YAML syntax error; nothing is built.
#[test]
fn a_huge_whole_number_is_named() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/progress/2025-02.yaml",
            "invested: 400}",
            "invested: 400000000000000000000000}",
        )
    });
    assert_has(
        &err,
        &[
            "content/progress/2025-02.yaml:11:32: error: the number 400000000000000000000000 is too large to be a figure",
            "amounts are in 万元: check for extra digits",
        ],
    );
    assert!(!err.contains("YAML syntax"), "{err}");
}

#[test]
fn more_than_four_decimals() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "total_investment: 3580.5",
            "total_investment: 3580.12345",
        )
    });
    assert_has(
        &err,
        &[
            "content/projects/a.yaml:19:21: error: `total_investment` has more than 4 decimals",
            "at most 4 decimals",
        ],
    );
}

#[test]
fn period_differs_from_file_name() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/progress/2025-01.yaml",
            "period: 2025-01",
            "period: 2025-11",
        )
    });
    assert_has(
        &err,
        &["content/progress/2025-01.yaml:1:9: error: period `2025-11` differs from the file name"],
    );
}

#[test]
fn progress_names_unknown_project() {
    let err = broken_build(|s| edit(s, "content/progress/2025-02.yaml", "  T-004:", "  T-044:"));
    assert_has(
        &err,
        &[
            "content/progress/2025-02.yaml:11:3: error: unknown project `T-044`",
            "did you mean `T-004`?",
        ],
    );
}

#[test]
fn problem_names_unknown_project() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/problems.yaml",
            "project: T-005",
            "project: T-500",
        )
    });
    assert_has(
        &err,
        &["content/problems.yaml:2:12: error: unknown project `T-500`"],
    );
}

#[test]
fn gbk_file_is_named() {
    let err = broken_build(|s| {
        // "测试" in GBK.
        fs::write(
            s.join("content/units.yaml"),
            b"- id: a\n  name: \xb2\xe2\xca\xd4\n",
        )
        .unwrap();
    });
    assert_has(
        &err,
        &[
            "content/units.yaml:2:9: error: the file is not UTF-8",
            "GBK",
            "re-save it as UTF-8",
        ],
    );
}

#[test]
fn missing_site_yaml() {
    let err = broken_build(|s| fs::remove_file(s.join("content/site.yaml")).unwrap());
    assert_has(
        &err,
        &["content/site.yaml: error: site.yaml is missing", "title"],
    );
}

#[test]
fn all_errors_in_one_run() {
    let err = broken_build(|s| {
        edit(
            s,
            "content/projects/a.yaml",
            "  category: 工业",
            "  catgory: 工业",
        );
        edit(s, "content/projects/more/b.yaml", "id: T-005", "id: T-001");
        edit(
            s,
            "content/progress/2025-02.yaml",
            "{stage: 在建, invested: 400}",
            "{stage: 施工, invested: 400}",
        );
        edit(
            s,
            "content/progress/2025-01.yaml",
            "period: 2025-01",
            "period: 2025-11",
        );
    });
    assert_has(
        &err,
        &[
            "unknown field `catgory`",
            "used twice",
            "unknown stage",
            "differs from the file name",
        ],
    );
    assert!(err.contains("7 errors in 5 files"), "{err}");
}

#[test]
fn warnings_do_not_stop_the_build() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/projects/more/b.yaml",
        "    2025: 6000",
        "    2025: 9000",
    );
    edit(
        &site,
        "content/progress/2025-01.yaml",
        "T-005: {stage: 前期}",
        "T-005: {stage: 前期, invested: 10}",
    );
    fs::rename(
        site.join("content/progress/2024-12.yaml"),
        site.join("content/progress/2024-11.yaml"),
    )
    .unwrap();
    edit(
        &site,
        "content/progress/2024-11.yaml",
        "period: 2024-12",
        "period: 2024-11",
    );
    // T-004's February figure passes its total (placed at its id in the
    // month's file, where the running sum first passes it).
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "T-004: {stage: 在建, invested: 400}",
        "T-004: {stage: 在建, invested: 400000}",
    );
    let o = tongbao_at("build", &site, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_has(&err, &[
        "content/progress/2025-02.yaml:11:3: warning: project T-004: investment reported by 2025-02",
        "content/projects/more/b.yaml:6:11: warning: the 2025 plan (9000) is above the total investment (8000)",
        "content/progress/2025-01.yaml:10:32: warning: T-005 reports investment (10万元) in stage 前期",
        "warning: no progress file for 2024-12",
    ]);
}

#[test]
fn no_content_folder_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tongbao_at("check", tmp.path(), &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("has no content/ folder"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tongbao(&["build", "--nope"]).status.code(), Some(2));
    assert_eq!(tongbao(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(tongbao(&["--version"]).status.code(), Some(0));
}
