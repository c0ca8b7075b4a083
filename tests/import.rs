//! `tongbao import` on real workbooks written with rust_xlsxwriter and on CSV
//! files in GBK and UTF-8 with a BOM: Chinese headers under a title row, a merged
//! two-row header, 亿元 and thousands separators as text, every bad cell reported
//! with nothing written, and an import whose build equals hand-written YAML.

mod common;

use common::*;
use rust_xlsxwriter::Workbook;
use std::fs;
use std::path::{Path, PathBuf};

/// A cell of a test sheet.
#[derive(Clone, Copy)]
enum X {
    S(&'static str),
    N(f64),
    E,
}
use X::{E, N, S};

/// A merged range: first row, first column, last row, last column (0-based), text.
type Merge = (u32, u16, u32, u16, &'static str);

/// Writes one sheet: rows from A1, and merged ranges (first row, first col, last row, last col, text).
fn write_xlsx(path: &Path, sheet: &str, rows: &[Vec<X>], merges: &[Merge]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match v {
                S(s) => {
                    ws.write_string(r, c, *s).unwrap();
                }
                N(n) => {
                    ws.write_number(r, c, *n).unwrap();
                }
                E => {}
            }
        }
    }
    let fmt = rust_xlsxwriter::Format::new();
    for (r0, c0, r1, c1, text) in merges {
        ws.merge_range(*r0, *c0, *r1, *c1, text, &fmt).unwrap();
    }
    wb.save(path).unwrap();
}

/// The title row, a merged two-row header (投资情况 over four columns), as the
/// people of a project office lay out a 台账.
fn header_rows() -> (Vec<Vec<X>>, Vec<Merge>) {
    let rows = vec![
        vec![],
        vec![E, E, E, E, E, E, E, E, E, E, E, E, E, S("单位：万元")],
        vec![
            E,
            E,
            E,
            E,
            E,
            E,
            E,
            E,
            S("责任单位"),
            S("包保领导"),
            S("乡镇（园区）"),
            S("项目级别"),
            S("项目阶段"),
            S("形象进度"),
            S("开工时间"),
        ],
        vec![
            E,
            E,
            E,
            E,
            S("总投资"),
            S("年度计划"),
            S("本月完成"),
            S("累计完成"),
        ],
    ];
    let merges = vec![
        (0, 0, 0, 14, "测试区2021年1-9月重点项目建设进度表"),
        (2, 0, 3, 0, "序号"),
        (2, 1, 3, 1, "项目编号"),
        (2, 2, 3, 2, "项目名称"),
        (2, 3, 3, 3, "产业类别"),
        (2, 4, 2, 7, "投资情况"),
    ];
    (rows, merges)
}

/// The September ledger: 5 projects and a total row.
fn good_rows() -> Vec<Vec<X>> {
    vec![
        vec![
            N(1.0),
            S("CS-001"),
            S("新材料产业园"),
            S("工业"),
            S("1.2亿元"),
            S("3,000"),
            N(500.0),
            N(2600.0),
            S("区工信局"),
            S("王某某、李某某"),
            S("高新区"),
            S("市重点"),
            S("已开工"),
            S("主体施工"),
            S("2021-03"),
        ],
        vec![
            N(2.0),
            S("CS-002"),
            S("城区道路改造"),
            S("基础设施"),
            N(5000.0),
            N(2000.0),
            N(100.0),
            N(1200.5),
            S("zjj"),
            S("赵某"),
            S("城关镇"),
            S("区重点"),
            S("在建"),
            E,
            N(44228.0),
        ],
        vec![
            N(3.0),
            S("CS-003"),
            S("设施农业示范园"),
            S("农业"),
            S("8,500万元"),
            N(1500.0),
            E,
            E,
            S("区农业农村局"),
            S("钱某 孙某"),
            S("东乡"),
            S("区重点"),
            S("前期"),
            S("办理用地手续"),
            E,
        ],
        vec![
            N(4.0),
            S("CS-004"),
            S("物流配送中心"),
            S("商贸流通"),
            S("2.5亿"),
            S("6,000"),
            N(800.0),
            S("4,100"),
            S("区工信局"),
            S("王某某"),
            S("高新区"),
            S("省重点"),
            S("施工"),
            S("钢结构吊装"),
            S("2020年11月"),
        ],
        vec![
            N(5.0),
            S("CS-005"),
            S("区医院门诊楼"),
            S("社会事业"),
            N(9800.0),
            N(3000.0),
            E,
            N(900.0),
            S("区住建局"),
            S("赵某"),
            S("城关镇"),
            S("区重点"),
            S("竣工"),
            S("已交付"),
            S("2020-05-10"),
        ],
        vec![
            S("合计"),
            E,
            E,
            E,
            S("50,300"),
            S("15,500"),
            N(1400.0),
            N(8800.5),
        ],
    ]
}

/// The hand-written YAML that the September ledger means.
const GOOD_PROJECTS: &str = r#"
- {id: CS-001, name: 新材料产业园, category: 工业, total_investment: 12000, plans: {2021: 3000}, unit: gxj, leaders: [王某某, 李某某], location: 高新区, level: 市重点, started: 2021-03}
- {id: CS-002, name: 城区道路改造, category: 基础设施, total_investment: 5000, plans: {2021: 2000}, unit: 区住建局, leaders: [赵某], location: 城关镇, level: 区重点, started: 2021-02}
- {id: CS-003, name: 设施农业示范园, category: 农业, total_investment: 8500, plans: {2021: 1500}, unit: nyj, leaders: [钱某, 孙某], location: 东乡, level: 区重点}
- {id: CS-004, name: 物流配送中心, category: 商贸流通, total_investment: 25000, plans: {2021: 6000}, unit: gxj, leaders: [王某某], location: 高新区, level: 省重点, started: 2020-11}
- {id: CS-005, name: 区医院门诊楼, category: 社会事业, total_investment: 9800, plans: {2021: 3000}, unit: zjj, leaders: [赵某], location: 城关镇, level: 区重点, started: 2020-05}
"#;

/// The September progress it means: with no earlier months in the site, the
/// month's investment is the whole 累计.
const GOOD_SEP: &str = "period: 2021-09\nprojects:\n  CS-001: {stage: 在建, invested: 2600, note: 主体施工}\n  CS-002: {stage: 在建, invested: 1200.5}\n  CS-003: {stage: 前期, note: 办理用地手续}\n  CS-004: {stage: 在建, invested: 4100, note: 钢结构吊装}\n  CS-005: {stage: 竣工, invested: 900, note: 已交付}\n";

/// October: 累计 only, so the month is 累计 minus September.
const GOOD_OCT: &str = "period: 2021-10\nprojects:\n  CS-001: {stage: 在建, invested: 700}\n  CS-002: {stage: 在建, invested: 99.5}\n  CS-003: {stage: 在建, invested: 300}\n  CS-004: {stage: 在建, invested: 0}\n  CS-005: {stage: 投产, invested: 100}\n";

fn october_csv() -> String {
    "2021年10月重点项目进度\n项目编号,项目名称,1-10月累计完成投资,项目阶段\nCS-001,新材料产业园,3300,在建\nCS-002,城区道路改造,\"1,300\",在建\nCS-003,设施农业示范园,300,已开工\nCS-004,物流配送中心,4100,\nCS-005,区医院门诊楼,0.1亿元,投产\n".to_string()
}

fn write_good(dir: &Path) -> PathBuf {
    let (mut rows, merges) = header_rows();
    rows.extend(good_rows());
    let path = dir.join("台账.xlsx");
    write_xlsx(&path, "Sheet1", &rows, &merges);
    path
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_good_ledger_imports_checks_and_builds_like_hand_written_yaml() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "imported");
    let xlsx = write_good(tmp.path());
    let o = tongbao(&["import", p(&xlsx), "--into", p(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("two-row header in rows 3–4"), "{err}");
    assert!(
        err.contains("report month 2021-09, from the title in row 1"),
        "{err}"
    );
    assert!(err.contains("row 10 skipped: a total row"), "{err}");
    assert!(
        err.contains("wrote content/projects/台账.yaml (5 new project(s))"),
        "{err}"
    );
    assert!(err.contains("wrote content/progress/2021-09.yaml"), "{err}");
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // October from a CSV with 累计 only: the month is 累计 minus September.
    let csv = tmp.path().join("10月.csv");
    fs::write(&csv, october_csv()).unwrap();
    let o = tongbao(&["import", p(&csv), "--into", p(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("5 project(s) are already in the site"),
        "{}",
        stderr(&o)
    );

    // Importing the same workbook again changes nothing, so needs no --force.
    let before = fs::read_to_string(site.join("content/progress/2021-09.yaml")).unwrap();
    let o = tongbao(&["import", p(&xlsx), "--into", p(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let after = fs::read_to_string(site.join("content/progress/2021-09.yaml")).unwrap();
    assert_eq!(before, after);

    let hand = empty_site(tmp.path(), "hand");
    fs::create_dir_all(hand.join("content/projects")).unwrap();
    fs::create_dir_all(hand.join("content/progress")).unwrap();
    fs::write(hand.join("content/projects/a.yaml"), GOOD_PROJECTS).unwrap();
    fs::write(hand.join("content/progress/2021-09.yaml"), GOOD_SEP).unwrap();
    fs::write(hand.join("content/progress/2021-10.yaml"), GOOD_OCT).unwrap();
    let (a, b) = (tmp.path().join("out-a"), tmp.path().join("out-b"));
    for (s, out) in [(&site, &a), (&hand, &b)] {
        let o = tongbao(&["build", p(s), "--output", p(out)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    for m in ["2021-09", "2021-10"] {
        let f = format!("bulletins/{m}/metrics.json");
        let (ja, jb) = (
            fs::read_to_string(a.join(&f)).unwrap(),
            fs::read_to_string(b.join(&f)).unwrap(),
        );
        assert_eq!(ja, jb, "{m}: imported and hand-written metrics differ");
    }
    let sep: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(a.join("bulletins/2021-09/metrics.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(sep["totals"]["completed"], serde_json::json!(8800.5));
    assert_eq!(sep["totals"]["total_investment"], serde_json::json!(60300));
}

#[test]
fn a_bad_ledger_lists_every_bad_cell_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "site");
    let (mut rows, merges) = header_rows();
    let mut data = good_rows();
    data[0][4] = S("待定"); // row 5, E: text in 总投资
    data[1][3] = S("文旅"); // row 6, D: unknown category
    data[2][1] = S("CS-001"); // row 7, B: duplicate 项目编号
    data[3][2] = E; // row 8, C: empty 项目名称
    rows.extend(data);
    let xlsx = tmp.path().join("台账.xlsx");
    write_xlsx(&xlsx, "Sheet1", &rows, &merges);
    let o = tongbao(&["import", p(&xlsx), "--into", p(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for line in [
        r#"台账.xlsx [Sheet1] row 5, column E (投资情况/总投资): expected an amount in 万元 (e.g. 3580.5 or 1.2亿元), found "待定""#,
        r#"台账.xlsx [Sheet1] row 6, column D (产业类别): expected one of the site's categories (农业, 工业, 商贸流通, 基础设施, 社会事业), found "文旅""#,
        "台账.xlsx [Sheet1] row 7, column B (项目编号): project CS-001 (",
        ") is also in 台账.xlsx [Sheet1] row 5: a project is reported once",
        "台账.xlsx [Sheet1] row 8, column C (项目名称): expected the project's name, found an empty cell",
        "4 bad cell(s); nothing was written",
    ] {
        assert!(err.contains(line), "missing {line:?} in:\n{err}");
    }
    assert!(!site.join("content/projects").exists() && !site.join("content/progress").exists());
}

#[test]
fn csv_in_gbk_and_utf8_with_bom_import_with_derived_ids() {
    let text = "项目名称,产业类别,总投资（亿元）,2021年计划投资,责任单位,包保领导,所在地,项目阶段,1-9月累计完成投资\n\
                智能制造产业园,工业,1.5,\"3,000\",区工信局,王某、李某,高新区,在建,1200\n\
                乡村振兴示范片,农业项目,0.8,800,nyj,,东乡,未开工,\n";
    for (name, bytes) in [
        ("gbk.csv", encoding_rs::GBK.encode(text).0.into_owned()),
        (
            "bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let site = empty_site(tmp.path(), "site");
        let csv = tmp.path().join(name);
        fs::write(&csv, bytes).unwrap();
        let o = tongbao(&["import", p(&csv), "--into", p(&site), "--period", "2021-09"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{name}: {err}");
        assert!(
            err.contains(if name == "gbk.csv" {
                "(GBK)"
            } else {
                "(UTF-8 with BOM)"
            }),
            "{err}"
        );
        assert!(err.contains("new projects and their ids:"), "{err}");
        let stem = name.trim_end_matches(".csv");
        let yaml = fs::read_to_string(site.join(format!("content/projects/{stem}.yaml"))).unwrap();
        assert!(
            yaml.contains("  total_investment: 15000\n") && yaml.contains("  category: \"农业\"\n"),
            "{yaml}"
        );
        assert!(yaml.contains("id: \"XM-2021-001\""), "{yaml}");
        let progress = fs::read_to_string(site.join("content/progress/2021-09.yaml")).unwrap();
        assert!(
            progress.contains("{stage: 在建, invested: 1200}")
                && progress.contains("{stage: 前期}"),
            "{progress}"
        );
        let o = tongbao_at("check", &site, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "site");
    let xlsx = write_good(tmp.path());
    let o = tongbao(&["import", p(&xlsx), "--into", p(&site), "--sheet", "九月"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("its sheets are: [Sheet1]"),
        "{}",
        stderr(&o)
    );
    let map = tmp.path().join("map.yaml");
    fs::write(&map, "备注: notes\n").unwrap();
    let o = tongbao(&["import", p(&xlsx), "--into", p(&site), "--map", p(&map)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `note`"), "{}", stderr(&o));
    let csv = tmp.path().join("进度.csv");
    fs::write(
        &csv,
        "项目名称,产业类别,总投资,本月完成投资\n甲,工业,100,5\n",
    )
    .unwrap();
    let o = tongbao(&["import", p(&csv), "--into", p(&site)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--period"), "{}", stderr(&o));
}

#[test]
fn a_map_names_other_headers() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "site");
    let csv = tmp.path().join("ledger.csv");
    fs::write(
        &csv,
        "工程名称,所属板块,投资额,牵头领导,当前状态,建设性质,年度计划投资,计划开工时间,签约时间\n\
         甲工程,工业,100,王某,前期,新建,50,2021年10月,2021/3/8\n",
    )
    .unwrap();
    let map = tmp.path().join("map.yaml");
    fs::write(&map, "工程名称: name\n所属板块: category\n投资额: total_investment\n牵头领导: leaders\n当前状态: stage\n").unwrap();
    let o = tongbao(&[
        "import",
        p(&csv),
        "--into",
        p(&site),
        "--map",
        p(&map),
        "--period",
        "2021-09",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let yaml = fs::read_to_string(site.join("content/projects/ledger.yaml")).unwrap();
    assert!(
        yaml.contains("    2021: {invest: 50, kind: 新建, start: \"2021-10\"}\n")
            && yaml.contains("  signed: \"2021-03-08\"\n"),
        "{yaml}"
    );
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn section_titles_give_their_category_and_a_sheet_without_ids_is_matched_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let site = empty_site(tmp.path(), "site");
    let csv = tmp.path().join("2021年8月.csv");
    fs::write(&csv, "项目名称,总投资,年度计划投资,项目阶段,累计完成投资\n一、工业项目,,,,\n甲工程,100,60,在建,10\n二、农业项目,,,,\n乙工程,200,80,前期,\n").unwrap();
    let o = tongbao(&["import", p(&csv), "--into", p(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let yaml = fs::read_to_string(site.join("content/projects/2021年8月.yaml")).unwrap();
    assert!(
        yaml.contains("category: \"工业\"") && yaml.contains("category: \"农业\""),
        "{yaml}"
    );
    // September names the same projects: they are found by name, and 累计 20 − 10 = 10;
    // without a 项目阶段 column, investment this year makes 乙工程 在建 (said in the report).
    let csv = tmp.path().join("2021年9月.csv");
    fs::write(&csv, "项目名称,累计完成投资\n甲工程,20\n乙工程,5\n").unwrap();
    let o = tongbao(&["import", p(&csv), "--into", p(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!site.join("content/projects/2021年9月.yaml").exists());
    let sep = fs::read_to_string(site.join("content/progress/2021-09.yaml")).unwrap();
    assert!(
        sep.contains("{stage: 在建, invested: 10}") && sep.contains("{stage: 在建, invested: 5}"),
        "{sep}"
    );
    assert!(
        stderr(&o).contains("乙工程: 在建 (5 invested this year)"),
        "{}",
        stderr(&o)
    );
    let o = tongbao_at("check", &site, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
