//! `tongbao collect`: the month's fill-in workbooks, one per department, run as a
//! user runs it on a real site; then a workbook filled in as a department fills
//! it (its cells written into the sheet's XML, protection and all) and read back
//! with `tongbao import`.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::{edit, site_copy, soffice, stderr, tongbao};

fn s(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs tongbao without `--lang`: messages in the site's language.
fn tongbao_native(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tongbao"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// The small fixture with T-004 finished (竣工 in 2025-02) and T-003 without a
/// department.
fn edited_site() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = site_copy("small");
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "T-004: {stage: 在建, invested: 400}",
        "T-004: {stage: 竣工, invested: 400}",
    );
    edit(
        &site,
        "content/projects/a.yaml",
        "  plans:\n    2025: 9000\n  unit: gxj\n",
        "  plans:\n    2025: 9000\n",
    );
    (tmp, site)
}

/// The first sheet's cells, as calamine reads them.
fn cells(path: &Path) -> Vec<Vec<Data>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range.rows().map(<[Data]>::to_vec).collect()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("expected text, found {other:?}"),
    }
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("expected a number, found {other:?}"),
    }
}

/// An entry of the workbook's zip, as text.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut out = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// A copy of the small fixture after `tongbao collect 2025-03`.
fn collected() -> (tempfile::TempDir, PathBuf) {
    let (tmp, site) = site_copy("small");
    let o = tongbao(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    (tmp, site)
}

/// The site's progress record of project `id` in `month`, as the site loads.
fn record(site: &Path, month: &str, id: &str) -> tongbao::model::Record {
    let ledger = tongbao::load(site).ledger.expect("the site loads");
    let month = tongbao::model::Month::parse(month).unwrap();
    ledger
        .projects
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| p.records.get(&month))
        .cloned()
        .unwrap_or_else(|| panic!("{id} has no {month} record"))
}

const HEADER: [&str; 10] = [
    "项目编号",
    "项目名称",
    "年度计划投资",
    "上月累计完成投资",
    "上月阶段",
    "本月完成投资",
    "项目阶段",
    "到位资金",
    "形象进度",
    "存在问题",
];

#[test]
fn one_workbook_per_department_with_its_projects_and_last_months_cumulative() {
    let (_tmp, site) = edited_site();
    let o = tongbao(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dir = site.join("collect/2025-03");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "区住建局.xlsx",
            "区农业农村局.xlsx",
            "区工信局.xlsx",
            "未指定责任单位.xlsx"
        ]
    );
    let out = stdout(&o);
    assert!(out.contains("区工信局.xlsx (1 project(s))"), "{out}");
    assert!(
        out.contains("1 project(s) have no 责任单位 and are in 未指定责任单位.xlsx"),
        "{out}"
    );

    let gxj = cells(&dir.join("区工信局.xlsx"));
    assert_eq!(text(&gxj[0][0]), "2025年3月重点项目进度填报表（区工信局）");
    let note = text(&gxj[1][0]);
    for words in [
        "万元",
        "3月当月数",
        "1至2月",
        "2025年4月5日前报送",
        "请勿增删行列",
    ] {
        assert!(note.contains(words), "{words}: {note}");
    }
    let header: Vec<String> = gxj[2].iter().map(text).collect();
    assert_eq!(header, HEADER);
    // T-001 only: T-003 lost its unit. Its cumulative: 2500 + 1500.25 (2025),
    // not December 2024's 2000.
    assert_eq!(gxj.len(), 4);
    assert_eq!(text(&gxj[3][0]), "T-001");
    assert_eq!(text(&gxj[3][1]), "年产5万吨新材料生产线项目");
    assert_eq!(number(&gxj[3][2]), 24000.0);
    assert_eq!(number(&gxj[3][3]), 4000.25);
    assert_eq!(text(&gxj[3][4]), "在建");
    assert!(gxj[3][5..].iter().all(|c| *c == Data::Empty));

    // T-004 is 竣工: only T-005, which has no progress yet this year.
    let zjj = cells(&dir.join("区住建局.xlsx"));
    assert_eq!(zjj.len(), 4);
    assert_eq!(text(&zjj[3][0]), "T-005");
    assert_eq!(number(&zjj[3][2]), 5000.0);
    assert_eq!(number(&zjj[3][3]), 0.0);
    assert_eq!(text(&zjj[3][4]), "前期");

    let nyj = cells(&dir.join("区农业农村局.xlsx"));
    assert_eq!(text(&nyj[3][0]), "T-002");
    assert_eq!(number(&nyj[3][3]), 100.0);

    let none = cells(&dir.join("未指定责任单位.xlsx"));
    assert_eq!(
        text(&none[0][0]),
        "2025年3月重点项目进度填报表（未指定责任单位）"
    );
    assert_eq!(text(&none[3][0]), "T-003");
    assert_eq!(number(&none[3][2]), 9000.0);
}

#[test]
fn the_sheet_is_protected_but_its_input_cells_with_a_stage_drop_down() {
    let (_tmp, site) = collected();
    let book = site.join("collect/2025-03/区工信局.xlsx");
    let xml = part(&book, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<sheetProtection sheet=\"1\""), "{xml}");
    // The eight stages as a drop-down over the stage column's project rows
    // (rows 4-5: T-001, T-003).
    assert!(
        xml.contains("type=\"list\"")
            && xml.contains(
                "sqref=\"G4:G5\"><formula1>\"谋划,储备,签约,前期,在建,停工,竣工,投产\"</formula1>"
            ),
        "{xml}"
    );
    // Amounts: numbers of at least 0.
    assert!(xml.contains("type=\"decimal\" operator=\"greaterThanOrEqual\""));
    assert!(xml.contains("sqref=\"F4:F5\"") && xml.contains("sqref=\"H4:H5\""));
    // The header and the first columns stay in view.
    assert!(xml.contains("xSplit=\"2\" ySplit=\"3\"") && xml.contains("state=\"frozen\""));
    // Exactly the input cells (F..J of the project rows) have an unlocked style.
    let styles = part(&book, "xl/styles.xml");
    let xfs = styles
        .split("<cellXfs")
        .nth(1)
        .and_then(|x| x.split("</cellXfs>").next())
        .unwrap();
    let unlocked: Vec<usize> = xfs
        .split("<xf ")
        .skip(1)
        .enumerate()
        .filter(|(_, xf)| xf.contains("locked=\"0\""))
        .map(|(i, _)| i)
        .collect();
    assert!(!unlocked.is_empty(), "{styles}");
    for row in 1..=5 {
        for col in 'A'..='J' {
            let r = format!("<c r=\"{col}{row}\" s=\"");
            let Some(at) = xml.find(&r) else {
                panic!("no cell {col}{row}: {xml}")
            };
            let style: usize = xml[at + r.len()..]
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let input = row >= 4 && col >= 'F';
            assert_eq!(unlocked.contains(&style), input, "{col}{row}");
        }
    }
}

#[test]
fn existing_workbooks_need_force_and_the_same_site_gives_the_same_bytes() {
    let (tmp, site) = site_copy("small");
    let out = tmp.path().join("10月填报表");
    let args = ["collect", "2025-03", s(&site), "--out", s(&out)];
    let o = tongbao(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = common::snapshot(&out);
    assert_eq!(first.len(), 3);
    assert!(!site.join("collect").exists());
    // A department's filled copy must not be lost.
    fs::write(out.join("区工信局.xlsx"), b"filled").unwrap();
    let o = tongbao(&args);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("区工信局.xlsx") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(fs::read(out.join("区工信局.xlsx")).unwrap(), b"filled");
    let o = tongbao(&[&args[..], &["--force"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(common::snapshot(&out), first);
    // No temporary file is left behind.
    assert!(fs::read_dir(&out).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with('.')));
    // The deadline is the user's when given.
    let o = tongbao(&[&args[..], &["--force", "--deadline", "2025-04-08"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let note = text(&cells(&out.join("区住建局.xlsx"))[1][0]);
    assert!(note.contains("2025年4月8日前报送"), "{note}");
}

#[test]
fn a_department_with_nothing_to_report_gets_no_workbook_and_is_named() {
    let (_tmp, site) = site_copy("small");
    edit(
        &site,
        "content/progress/2025-02.yaml",
        "T-002: {stage: 在建, invested: 100}",
        "T-002: {stage: 投产, invested: 100}",
    );
    let o = tongbao(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o)
            .contains("no workbook for 区农业农村局: none of their projects is due for 2025-03"),
        "{}",
        stdout(&o)
    );
    assert!(!site.join("collect/2025-03/区农业农村局.xlsx").exists());
    assert!(site.join("collect/2025-03/区住建局.xlsx").exists());
}

#[test]
fn a_month_without_a_plan_and_a_broken_site_are_errors_that_write_nothing() {
    let (_tmp, site) = site_copy("small");
    let o = tongbao(&["collect", "2026-01", s(&site)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("nothing to collect for 2026-01: no project has a plan for 2026"),
        "{}",
        stderr(&o)
    );
    let o = tongbao(&["collect", "2025-13", s(&site)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = tongbao(&["collect", "2025-03", s(&site), "--deadline", "4月5日"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    edit(
        &site,
        "content/projects/a.yaml",
        "category: 工业",
        "category: 矿业",
    );
    let o = tongbao(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("矿业"), "{}", stderr(&o));
    assert!(!site.join("collect").exists());
}

#[test]
fn messages_are_in_the_sites_language() {
    let (_tmp, site) = site_copy("small");
    let o = tongbao_native(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("已写入") && out.contains("（2个项目）"),
        "{out}"
    );
    assert!(out.contains("下一步"), "{out}");
    let o = tongbao_native(&["collect", "2025-03", s(&site)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("错误："), "{}", stderr(&o));
    assert!(stderr(&o).contains("已经存在"), "{}", stderr(&o));
    edit(
        &site,
        "content/site.yaml",
        "language: zh-CN",
        "language: zh-TW",
    );
    let o = tongbao_native(&["collect", "2026-01", s(&site)]);
    assert!(stderr(&o).contains("沒有需要填報的項目"), "{}", stderr(&o));
    let o = tongbao_native(&["--lang", "en", "collect", "2026-01", s(&site)]);
    assert!(
        stderr(&o).starts_with("error: nothing to collect"),
        "{}",
        stderr(&o)
    );
}

/// What a department writes into a cell.
enum Fill<'a> {
    Number(&'a str),
    Text(&'a str),
}

/// A copy of `from` with `fills` written into their (empty, styled) cells, as
/// Excel saves a filled-in sheet: the rest of the workbook is left as it is.
fn fill(from: &Path, to: &Path, fills: &[(&str, Fill)]) {
    let mut zip = zip::ZipArchive::new(fs::File::open(from).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(fs::File::create(to).unwrap());
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().to_string();
        if name != "xl/worksheets/sheet1.xml" {
            out.raw_copy_file(entry).unwrap();
            continue;
        }
        let mut xml = String::new();
        entry.read_to_string(&mut xml).unwrap();
        for (cell, value) in fills {
            let open = format!("<c r=\"{cell}\" ");
            let at = xml.find(&open).unwrap_or_else(|| panic!("no cell {cell}"));
            let end = at + xml[at..].find("/>").unwrap();
            let attrs = &xml[at + 3..end];
            let new = match value {
                Fill::Number(v) => format!("<c {attrs}><v>{v}</v></c>"),
                Fill::Text(t) => format!("<c {attrs} t=\"inlineStr\"><is><t>{t}</t></is></c>"),
            };
            xml.replace_range(at..end + 2, &new);
        }
        let opts = zip::write::SimpleFileOptions::default();
        out.start_file(name, opts).unwrap();
        out.write_all(xml.as_bytes()).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn a_filled_workbook_imports_back_and_next_month_carries_its_figures() {
    let (tmp, site) = collected();
    let blank = site.join("collect/2025-03/区工信局.xlsx");
    let filled = tmp.path().join("区工信局（已填）.xlsx");
    // T-001 (row 4): stage left blank (unchanged); T-003 (row 5) starts work.
    fill(
        &blank,
        &filled,
        &[
            ("F4", Fill::Number("350.5")),
            ("I4", Fill::Text("设备调试")),
            ("J4", Fill::Text("施工用电容量不足")),
            ("F5", Fill::Number("120")),
            ("G5", Fill::Text("在建")),
            ("H5", Fill::Number("200")),
            ("I5", Fill::Text("场地平整")),
        ],
    );
    let o = tongbao(&["import", s(&filled), "--into", s(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("header in row 3"), "{err}");
    assert!(
        err.contains("report month 2025-03, from the title in row 1"),
        "{err}"
    );
    assert!(
        err.contains("column D (上月累计完成投资) left out: last month's figure"),
        "{err}"
    );
    assert!(
        err.contains("column J (存在问题) left out: problems are not imported"),
        "{err}"
    );
    let progress = fs::read_to_string(site.join("content/progress/2025-03.yaml")).unwrap();
    let record = |id: &str| record(&site, "2025-03", id);
    let t1 = record("T-001");
    assert_eq!(t1.stage.zh(), "在建");
    assert_eq!(t1.invested.plain(), "350.5");
    assert_eq!(t1.funds.plain(), "0");
    assert_eq!(t1.note.as_deref(), Some("设备调试"));
    let t3 = record("T-003");
    assert_eq!(t3.stage.zh(), "在建");
    assert_eq!(t3.invested.plain(), "120");
    assert_eq!(t3.funds.plain(), "200");
    assert_eq!(t3.note.as_deref(), Some("场地平整"));
    // Only this department's projects.
    assert!(!progress.contains("T-002") && !progress.contains("T-004"));

    // Collecting March again warns that its progress file now exists.
    let o = tongbao(&["collect", "2025-03", s(&site), "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("content/progress/2025-03.yaml already exists"),
        "{}",
        stdout(&o)
    );
    // April's workbook carries March: 2500 + 1500.25 + 350.5.
    let o = tongbao(&["collect", "2025-04", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout(&o).contains("already exists"), "{}", stdout(&o));
    let april = cells(&site.join("collect/2025-04/区工信局.xlsx"));
    assert_eq!(text(&april[3][0]), "T-001");
    assert_eq!(number(&april[3][3]), 4350.75);
    assert_eq!(text(&april[4][0]), "T-003");
    assert_eq!(number(&april[4][3]), 120.0);
    assert_eq!(text(&april[4][4]), "在建");
}

#[test]
fn a_bad_cell_in_a_returned_workbook_is_named_and_nothing_is_written() {
    let (tmp, site) = collected();
    let filled = tmp.path().join("区住建局.xlsx");
    // Written past the validation, as another program might.
    fill(
        &site.join("collect/2025-03/区住建局.xlsx"),
        &filled,
        &[("F4", Fill::Text("约三百")), ("G5", Fill::Text("待定"))],
    );
    let o = tongbao(&["import", s(&filled), "--into", s(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("区住建局.xlsx [区住建局] row 4, column F (本月完成投资)"),
        "{err}"
    );
    assert!(
        err.contains("区住建局.xlsx [区住建局] row 5, column G (项目阶段)"),
        "{err}"
    );
    assert!(!site.join("content/progress/2025-03.yaml").exists());
}

/// LibreOffice (Debian's libreoffice-calc-nogui) opens a workbook and converts
/// it to CSV without complaint; skipped where `soffice` is not installed.
#[test]
fn libreoffice_opens_a_workbook() {
    let (tmp, site) = collected();
    let book = site.join("collect/2025-03/区工信局.xlsx");
    let csv_dir = tmp.path().join("csv");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76";
    let Some(o) = soffice(tmp.path(), &book, filter, &csv_dir) else {
        return;
    };
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = fs::read_to_string(csv_dir.join("区工信局.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("2025年3月重点项目进度填报表（区工信局）"),
        "{csv}"
    );
    assert_eq!(lines[2], HEADER.join(","), "{csv}");
    assert!(
        lines[3].starts_with("T-001,年产5万吨新材料生产线项目,24000,4000.25,在建"),
        "{csv}"
    );
}

/// A department that fills the workbook and saves it with LibreOffice: the
/// protection and the drop-down survive, and import reads LibreOffice's file.
#[test]
fn a_workbook_saved_again_by_libreoffice_imports_back() {
    let (tmp, site) = collected();
    let filled = tmp.path().join("filled");
    fs::create_dir_all(&filled).unwrap();
    let book = filled.join("区住建局.xlsx");
    fill(
        &site.join("collect/2025-03/区住建局.xlsx"),
        &book,
        &[
            ("F4", Fill::Number("260")),
            ("I4", Fill::Text("路面摊铺")),
            ("F5", Fill::Number("75.5")),
            ("G5", Fill::Text("在建")),
        ],
    );
    let resaved = tmp.path().join("resaved");
    let filter = "xlsx:Calc MS Excel 2007 XML";
    let Some(o) = soffice(tmp.path(), &book, filter, &resaved) else {
        return;
    };
    assert!(o.status.success(), "{}", stderr(&o));
    let again = resaved.join("区住建局.xlsx");
    let xml = part(&again, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<sheetProtection sheet=\"true\""), "{xml}");
    assert!(xml.contains("type=\"list\""), "{xml}");
    let o = tongbao(&["import", s(&again), "--into", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let record = |id: &str| record(&site, "2025-03", id);
    let t4 = record("T-004");
    assert_eq!((t4.stage.zh(), t4.invested.plain()), ("在建", "260".into()));
    assert_eq!(t4.note.as_deref(), Some("路面摊铺"));
    let t5 = record("T-005");
    assert_eq!(
        (t5.stage.zh(), t5.invested.plain()),
        ("在建", "75.5".into())
    );
}

/// The round trip of a month with three departments: one returns its workbook
/// twice, one never does. A figure is never doubled, nothing is written while
/// anything is wrong, and the department that sent nothing is named.
#[test]
fn three_departments_one_twice_one_never() {
    let (tmp, site) = collected();
    let back = tmp.path().join("收回");
    fs::create_dir_all(&back).unwrap();
    let sent = |dept: &str, name: &str, fills: &[(&str, Fill)]| {
        fill(
            &site.join(format!("collect/2025-03/{dept}.xlsx")),
            &back.join(name),
            fills,
        )
    };
    sent(
        "区工信局",
        "区工信局.xlsx",
        &[("F4", Fill::Number("350.5")), ("F5", Fill::Number("120"))],
    );
    // The same department again, as a chat app saves a second download.
    sent(
        "区工信局",
        "区工信局(1).xlsx",
        &[("F4", Fill::Number("350.5")), ("F5", Fill::Number("120"))],
    );
    // 区住建局 fills one of its two rows.
    sent("区住建局", "区住建局.xlsx", &[("F4", Fill::Number("800"))]);
    // 区农业农村局 sends nothing.
    let o = tongbao(&["import", s(&back), "--into", s(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("区工信局(1).xlsx") && err.contains("区工信局.xlsx"),
        "{err}"
    );
    assert!(!site.join("content/progress/2025-03.yaml").exists());

    fs::remove_file(back.join("区工信局(1).xlsx")).unwrap();
    let o = tongbao(&["import", s(&back), "--into", s(&site)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("区农业农村局"),
        "未报送 names the department: {err}"
    );
    // The row left empty is read as 0, and named.
    assert_eq!(
        err.matches("has no investment this month").count(),
        1,
        "{err}"
    );
    assert!(err.contains("区住建局.xlsx"), "{err}");
    let gxj = cells(&site.join("collect/2025-03/区工信局.xlsx"));
    let zjj = cells(&site.join("collect/2025-03/区住建局.xlsx"));
    for (rows, figures) in [(&gxj, ["350.5", "120"]), (&zjj, ["800", "0"])] {
        for (row, figure) in rows[3..5].iter().zip(figures) {
            let id = text(&row[0]);
            assert_eq!(
                record(&site, "2025-03", &id).invested.plain(),
                figure,
                "{id}"
            );
        }
    }
    // The month's total is the sum of the two workbooks, each counted once.
    let o = tongbao(&["build", s(&site)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json = fs::read_to_string(site.join("output/bulletins/2025-03/metrics.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["totals"]["invested_month"].to_string(),
        "1270.5",
        "{json}"
    );
}
