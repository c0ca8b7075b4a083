//! The ways a real 台账 used to reach the bulletin with a wrong figure and no
//! word (issue 12), each run as a user would: `tongbao init --empty`, real .xlsx
//! files made here with rust_xlsxwriter, `tongbao import`, `tongbao check`.

mod common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};

/// Writes a one-sheet workbook: a title row, then `rows`; a cell that reads as
/// a number is written as a number, as Excel users type them.
fn xlsx(path: &Path, title: &str, rows: &[&[&str]]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, title).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match v.parse::<f64>() {
                Ok(n) => ws.write_number(r, c, n).unwrap(),
                Err(_) if v.is_empty() => continue,
                Err(_) => ws.write_string(r, c, *v).unwrap(),
            };
        }
    }
    wb.save(path).unwrap();
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Runs `tongbao import ARGS --into SITE`, checks its exit status and returns
/// what it printed.
fn import(args: &[&str], site: &Path, code: i32) -> String {
    let mut all = vec!["import"];
    all.extend(args);
    all.extend(["--into", p(site)]);
    let o = tongbao(&all);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(code), "{err}");
    err
}

const UNITS: &str = "- id: gxj\n  name: 区工业和信息化局\n  aliases: [区工信局, 工信局]\n- id: zjj\n  name: 区住房和城乡建设局\n  aliases: [区住建局]\n- id: swj\n  name: 区商务局\n";

/// A site made by `tongbao init --empty`, with three departments.
fn new_site(tmp: &Path) -> PathBuf {
    let site = tmp.join("site");
    let o = tongbao(&["init", "--empty", p(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    fs::write(site.join("content/units.yaml"), UNITS).unwrap();
    site
}

const HEAD: &[&str] = &[
    "项目编号",
    "项目名称",
    "产业类别",
    "总投资",
    "2026年计划投资",
    "自开工累计完成投资",
    "2026年1-10月完成投资",
    "项目阶段",
    "责任单位",
];

/// October's ledger: both cumulative columns; 区工信局 and 区住建局 by short names.
fn october(dir: &Path) -> PathBuf {
    let f = dir.join("2026年10月台账.xlsx");
    xlsx(
        &f,
        "2026年1-10月重点项目进展",
        &[
            HEAD,
            &[
                "",
                "新材料产业园项目",
                "工业",
                "20000",
                "6000",
                "14300",
                "5200",
                "在建",
                "工信局",
            ],
            &[
                "",
                "滨江路改造工程",
                "基础设施",
                "9000",
                "3000",
                "3500",
                "3500",
                "在建",
                "区住建局",
            ],
            &[
                "",
                "城北商贸中心项目",
                "商贸流通",
                "8000",
                "2000",
                "2500",
                "2500",
                "在建",
                "区商务局",
            ],
        ],
    );
    f
}

/// A new site into which October's ledger was imported.
fn with_october(tmp: &Path) -> PathBuf {
    let site = new_site(tmp);
    import(&[p(&october(tmp))], &site, 0);
    site
}

#[test]
fn this_years_column_is_taken_and_an_ambiguous_pair_stops_the_import() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    let err = import(&[p(&october(tmp.path()))], &site, 0);
    let oct = fs::read_to_string(site.join("content/progress/2026-10.yaml")).unwrap();
    assert!(oct.contains("invested: 5200"), "{oct}");
    assert!(!oct.contains("14300"), "{oct}");
    assert!(err.contains("自开工累计完成投资 → since_start"), "{err}");
    // Readable ids: the year and a sequence.
    let ledger = fs::read_to_string(site.join("content/projects/2026年10月台账.yaml")).unwrap();
    assert!(
        ledger.contains("- id: \"XM-2026-001\"") && ledger.contains("- id: \"XM-2026-003\""),
        "{ledger}"
    );
    // 2500 of 2000 planned: warned at import and by check.
    assert!(err.contains("more than its annual plan 2000"), "{err}");
    let o = tongbao_at("check", &site, &[]);
    assert!(
        stderr(&o).contains("more than 120% of its 2026 plan 2000"),
        "{}",
        stderr(&o)
    );

    // Two columns that could both be this year's: stop, name both, say how.
    let f = tmp.path().join("2026年11月.xlsx");
    xlsx(
        &f,
        "2026年11月",
        &[
            &["项目名称", "累计完成投资", "累计完成额", "项目阶段"],
            &["新材料产业园项目", "6000", "15100", "在建"],
        ],
    );
    let err = import(&[p(&f)], &site, 1);
    assert!(
        err.contains("columns B (累计完成投资) and C (累计完成额) could each be this year's"),
        "{err}"
    );
    assert!(err.contains("--map"), "{err}");
    assert!(!site.join("content/progress/2026-11.yaml").exists());
    let map = tmp.path().join("map.yaml");
    fs::write(&map, "累计完成投资: cumulative\n累计完成额: since_start\n").unwrap();
    import(&[p(&f), "--map", p(&map)], &site, 0);
    let nov = fs::read_to_string(site.join("content/progress/2026-11.yaml")).unwrap();
    assert!(nov.contains("invested: 800"), "{nov}");
}

#[test]
fn a_renamed_project_is_an_error_until_confirmed_and_stages_are_inferred() {
    let tmp = tempfile::tempdir().unwrap();
    let site = with_october(tmp.path());
    // November: 项目 lost from a name, no 项目阶段 column.
    let f = tmp.path().join("2026年11月.xlsx");
    xlsx(
        &f,
        "2026年1-11月",
        &[
            &["项目名称", "1-11月累计完成投资", "形象进度", "责任单位"],
            &["新材料产业园", "5900", "主体完工，正在安装设备", "区工信局"],
            &["滨江路改造工程", "3500", "已竣工验收", "区住建局"],
            &["城北商贸中心项目", "2900", "", "区商务局"],
        ],
    );
    let err = import(&[p(&f)], &site, 1);
    assert!(
        err.contains("the name \"新材料产业园\" is not a project of the site, but is close to XM-2026-001 \"新材料产业园项目\" (content/projects/2026年10月台账.yaml)"),
        "{err}"
    );
    assert!(
        err.contains("--match \"新材料产业园=XM-2026-001\""),
        "{err}"
    );
    assert!(!site.join("content/progress/2026-11.yaml").exists());
    let o = tongbao(&[
        "import",
        p(&f),
        "--into",
        p(&site),
        "--match",
        "新材料产业园=XM-2026-001",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        !site.join("content/projects/2026年11月.yaml").exists(),
        "no new project"
    );
    let nov = fs::read_to_string(site.join("content/progress/2026-11.yaml")).unwrap();
    assert!(
        nov.contains("\"XM-2026-001\": {stage: 在建, invested: 700"),
        "{nov}"
    );
    assert!(nov.contains("\"XM-2026-002\": {stage: 竣工"), "{nov}");
    assert!(
        err.contains("stages inferred (the sheet has no 项目阶段 column):"),
        "{err}"
    );
    assert!(
        err.contains("新材料产业园: 在建 (形象进度 says \"主体\")"),
        "{err}"
    );
    assert!(
        err.contains("城北商贸中心项目: 在建 (2900 invested this year)"),
        "{err}"
    );
    // The renamed name is reported as a difference, the site left as it is.
    assert!(
        err.contains("name \"新材料产业园项目\" → \"新材料产业园\""),
        "{err}"
    );
}

#[test]
fn aliases_name_departments_everywhere_and_may_not_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    fs::write(
        site.join("content/projects/a.yaml"),
        "- id: A-1\n  name: 甲\n  category: 工业\n  total_investment: 100\n  unit: 工信局\n",
    )
    .unwrap();
    fs::write(
        site.join("content/problems.yaml"),
        "- id: P-1\n  project: A-1\n  text: 用地\n  owner: 区住建局\n  raised: 2026-09-01\n",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    fs::write(
        site.join("content/projects/a.yaml"),
        "- id: A-1\n  name: 甲\n  category: 工业\n  total_investment: 100\n  unit: 区工信\n",
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    assert!(
        stderr(&o).contains("did you mean `区工信局`?"),
        "{}",
        stderr(&o)
    );
    fs::write(
        site.join("content/units.yaml"),
        format!("{UNITS}- id: gxw\n  name: 区工信委\n  aliases: [工信局]\n"),
    )
    .unwrap();
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "the alias `工信局` of `区工信委` also names the department `区工业和信息化局` (gxj)"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn reimporting_a_month_shows_the_changes_and_needs_force() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    let f = october(tmp.path());
    import(&[p(&f)], &site, 0);
    let path = site.join("content/progress/2026-10.yaml");
    let before = fs::read_to_string(&path).unwrap();
    xlsx(
        &f,
        "2026年1-10月重点项目进展",
        &[
            HEAD,
            &[
                "",
                "新材料产业园项目",
                "工业",
                "20000",
                "6000",
                "14300",
                "5600",
                "在建",
                "工信局",
            ],
        ],
    );
    let err = import(&[p(&f)], &site, 2);
    assert!(
        err.contains("record XM-2026-001 (新材料产业园项目): invested 5200 → 5600"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    import(&[p(&f), "--force"], &site, 0);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("invested: 5600"), "{after}");
    // The projects not in the sheet keep their records.
    assert!(after.contains("\"XM-2026-003\""), "{after}");
}

#[test]
fn many_workbooks_merge_a_project_twice_is_an_error_and_silent_departments_are_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let site = with_october(tmp.path());
    let back = tmp.path().join("returned");
    fs::create_dir_all(&back).unwrap();
    let head: &[&str] = &["项目编号", "项目名称", "本月完成投资", "项目阶段"];
    xlsx(
        &back.join("区工业和信息化局.xlsx"),
        "2026年11月",
        &[head, &["XM-2026-001", "新材料产业园项目", "300", "在建"]],
    );
    xlsx(
        &back.join("区住房和城乡建设局.xlsx"),
        "2026年11月",
        &[head, &["XM-2026-002", "滨江路改造工程", "200", "在建"]],
    );
    // The same department's workbook a second time, renamed.
    xlsx(
        &back.join("区工业和信息化局(1).xlsx"),
        "2026年11月",
        &[head, &["XM-2026-001", "新材料产业园项目", "300", "在建"]],
    );
    // And a bad cell in another workbook: every file's problems are listed.
    xlsx(
        &back.join("区商务局.xlsx"),
        "2026年11月",
        &[head, &["XM-2026-003", "城北商贸中心项目", "待定", "在建"]],
    );
    let err = import(&[p(&back)], &site, 1);
    assert!(
        err.contains("project XM-2026-001 (新材料产业园项目) is also in 区工业和信息化局(1).xlsx [Sheet1] row 3"),
        "{err}"
    );
    assert!(
        err.contains(
            "区商务局.xlsx [Sheet1] row 3, column C (本月完成投资): expected an amount in 万元"
        ),
        "{err}"
    );
    assert!(err.contains("2 bad cell(s); nothing was written"), "{err}");
    fs::remove_file(back.join("区商务局.xlsx")).unwrap();
    assert!(!site.join("content/progress/2026-11.yaml").exists());
    fs::remove_file(back.join("区工业和信息化局(1).xlsx")).unwrap();
    let err = import(&[p(&back)], &site, 0);
    let nov = fs::read_to_string(site.join("content/progress/2026-11.yaml")).unwrap();
    assert!(
        nov.contains("invested: 300") && nov.contains("invested: 200"),
        "{nov}"
    );
    assert!(err.contains("未报送"), "{err}");
    assert!(
        err.contains("  区商务局 (1 project(s) in the plan)"),
        "{err}"
    );
}

#[test]
fn the_example_projects_of_init_stop_an_import() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("example");
    assert_eq!(tongbao(&["init", p(&site)]).status.code(), Some(0));
    let err = import(&[p(&october(tmp.path()))], &site, 1);
    assert!(
        err.contains("example project(s) of `tongbao init` (YX-2026-001 "),
        "{err}"
    );
    assert!(err.contains("content/projects/chanye.yaml"), "{err}");
    assert!(err.contains("tongbao init --empty"), "{err}");
    assert!(!site.join("content/progress/2026-10.yaml").exists());
}

#[test]
fn a_file_name_with_line_breaks_stays_in_its_comment() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    let name = "a\n- id: EVIL\u{2028}x\u{85}y\r.csv";
    let f = tmp.path().join(name);
    fs::write(
        &f,
        "项目名称,产业类别,总投资,本月完成投资,项目阶段\n甲项目,工业,100,5,在建\n",
    )
    .unwrap();
    import(&[p(&f), "--period", "2026-10"], &site, 0);
    for dir in ["content/projects", "content/progress"] {
        for e in fs::read_dir(site.join(dir)).unwrap() {
            let text = fs::read_to_string(e.unwrap().path()).unwrap();
            let first = text.lines().next().unwrap();
            assert!(
                first.starts_with("# Imported") && first.contains("\\u{2028}"),
                "{text}"
            );
            assert!(
                !text.contains("EVIL\n") && !text.contains('\u{2028}'),
                "{text}"
            );
        }
    }
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_new_code_for_a_known_name_and_a_changed_department_are_not_taken_silently() {
    let tmp = tempfile::tempdir().unwrap();
    let site = with_october(tmp.path());
    let f = tmp.path().join("2026年11月.xlsx");
    let head: &[&str] = &[
        "项目编号",
        "项目名称",
        "本月完成投资",
        "项目阶段",
        "责任单位",
    ];
    xlsx(
        &f,
        "2026年11月",
        &[
            head,
            &["GX-01", "新材料产业园项目", "300", "在建", "区工信局"],
        ],
    );
    let err = import(&[p(&f)], &site, 1);
    assert!(
        err.contains("column A (项目编号): 项目编号 GX-01 is not a project of the site, but the name \"新材料产业园项目\" is that of XM-2026-001"),
        "{err}"
    );
    // The site's id, but another department: said, and the site left as it is.
    xlsx(
        &f,
        "2026年11月",
        &[
            head,
            &["XM-2026-001", "新材料产业园项目", "300", "在建", "区商务局"],
        ],
    );
    let err = import(&[p(&f)], &site, 0);
    assert!(
        err.contains("unit \"区工业和信息化局\" → \"区商务局\""),
        "{err}"
    );
    // In Chinese by default.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .args(["import", p(&f), "--into", p(&site)])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert!(
        err.contains("责任单位 \"区工业和信息化局\" → \"区商务局\""),
        "{err}"
    );
    assert!(err.contains("与网站数据不同"), "{err}");
}

#[test]
fn the_ids_made_are_shown_on_the_project_page_and_in_the_list() {
    let tmp = tempfile::tempdir().unwrap();
    let site = with_october(tmp.path());
    let out = tmp.path().join("out");
    let o = tongbao(&["build", p(&site), "--output", p(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list = fs::read_to_string(out.join("projects/index.html")).unwrap();
    assert!(list.contains(">XM-2026-002<"), "{list}");
    let page = fs::read_to_string(out.join("projects/XM-2026-002/index.html")).unwrap();
    assert!(page.contains("XM-2026-002"), "{page}");
}

#[test]
fn one_new_project_in_two_workbooks_under_near_names_is_not_counted_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    let head: &[&str] = &[
        "项目名称",
        "产业类别",
        "总投资",
        "本月完成投资",
        "项目阶段",
        "责任单位",
    ];
    let a = tmp.path().join("工信局.xlsx");
    let b = tmp.path().join("商务局.xlsx");
    xlsx(
        &a,
        "2026年10月",
        &[
            head,
            &[
                "城南污水处理厂一期工程",
                "基础设施",
                "5000",
                "100",
                "在建",
                "工信局",
            ],
            &[
                "城南污水处理厂二期工程",
                "基础设施",
                "6000",
                "0",
                "前期",
                "工信局",
            ],
        ],
    );
    xlsx(
        &b,
        "2026年10月",
        &[
            head,
            &[
                "城南污水处理厂一期",
                "基础设施",
                "5000",
                "100",
                "在建",
                "区商务局",
            ],
        ],
    );
    let err = import(&[p(&a), p(&b)], &site, 1);
    assert!(
        err.contains("商务局.xlsx [Sheet1] row 3, column A (项目名称): the name \"城南污水处理厂一期\" is close to \"城南污水处理厂一期工程\", a new project of 工信局.xlsx [Sheet1] row 3 (XM-2026-001)"),
        "{err}"
    );
    // 一期 and 二期 in one ledger are two projects.
    import(&[p(&a)], &site, 0);
}

#[test]
fn a_match_or_new_that_names_no_row_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let site = new_site(tmp.path());
    let err = import(
        &[
            p(&october(tmp.path())),
            "--match",
            "新材料产业园区=XM-2026-001",
            "--new",
            "没有这个项目",
        ],
        &site,
        0,
    );
    assert!(
        err.contains("--match \"新材料产业园区=XM-2026-001\" was not used"),
        "{err}"
    );
    assert!(err.contains("--new \"没有这个项目\" was not used"), "{err}");
}
