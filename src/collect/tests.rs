use super::workbook::{headers, note, title, to_xlsx, Info};
use super::*;
use crate::import::header::{self, Field, HeaderMap};
use crate::model::{Date, Record};

fn small() -> Ledger {
    let site = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small");
    crate::content::load(&site).ledger.unwrap()
}

fn month(s: &str) -> Month {
    Month::parse(s).unwrap()
}

fn ids(sheet: &Sheet<'_>) -> Vec<String> {
    sheet.rows.iter().map(|r| r.project.id.clone()).collect()
}

#[test]
fn one_sheet_per_department_in_units_order_with_last_months_cumulative() {
    let ledger = small();
    let sheets = plan(&ledger, month("2025-03"));
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["区工信局", "区住建局", "区农业农村局"]);
    assert_eq!(ids(&sheets[0]), ["T-001", "T-003"]);
    assert_eq!(ids(&sheets[1]), ["T-004", "T-005"]);
    let t1 = &sheets[0].rows[0];
    assert_eq!(t1.plan, Money::from_wan(24000));
    // 2025-01 2500 + 2025-02 1500.25; December 2024's 2000 is last year's.
    assert_eq!(t1.completed_before.plain(), "4000.25");
    assert_eq!(t1.stage, Some(Stage::Construction));
    let t5 = &sheets[1].rows[1];
    assert_eq!(t5.completed_before, Money::ZERO);
    assert_eq!(t5.stage, Some(Stage::Preliminary));
    // January: nothing before it this year, whatever December had.
    let jan = plan(&ledger, month("2025-01"));
    assert!(jan
        .iter()
        .flat_map(|s| &s.rows)
        .all(|r| r.completed_before.is_zero()));
    // No plan for 2027: no workbooks.
    assert!(plan(&ledger, month("2027-03")).is_empty());
}

#[test]
fn finished_projects_are_left_out_and_unassigned_ones_get_their_own_sheet() {
    let mut ledger = small();
    let t4 = ledger
        .projects
        .iter_mut()
        .find(|p| p.id == "T-004")
        .unwrap();
    t4.records.insert(
        month("2025-02"),
        Record {
            stage: Stage::Completed,
            invested: Money::ZERO,
            funds: Money::ZERO,
            note: None,
            photos: Vec::new(),
        },
    );
    let t3 = ledger
        .projects
        .iter_mut()
        .find(|p| p.id == "T-003")
        .unwrap();
    t3.unit = None;
    let sheets = plan(&ledger, month("2025-03"));
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["区工信局", "区住建局", "区农业农村局", UNASSIGNED]);
    assert_eq!(ids(&sheets[1]), ["T-005"]);
    assert_eq!(ids(&sheets[3]), ["T-003"]);
    assert_eq!(sheets[3].unit, None);
    // A 竣工 in March still reports March: the stage that counts is February's.
    assert!(is_collected(
        ledger.projects.iter().find(|p| p.id == "T-001").unwrap(),
        month("2025-03")
    ));
}

#[test]
fn file_names_are_safe_on_windows_and_distinct() {
    assert_eq!(safe_stem("区工信局"), "区工信局");
    assert_eq!(safe_stem("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
    assert_eq!(safe_stem(" .区局. "), "区局");
    assert_eq!(safe_stem("con"), "con_");
    assert_eq!(safe_stem("LPT1.局"), "LPT1.局_");
    assert_eq!(safe_stem("..."), "_");
    assert_eq!(safe_stem("局\n办"), "局_办");
    assert_eq!(safe_stem(&"很".repeat(100)).chars().count(), 60);
    let ledger = small();
    let p = &ledger.projects[0];
    let sheet = |unit: &'static str, name: &str| Sheet {
        unit: Some(unit),
        name: name.to_string(),
        rows: vec![Row {
            project: p,
            plan: Money::ZERO,
            completed_before: Money::ZERO,
            stage: None,
        }],
    };
    let sheets = [sheet("a", "A/局"), sheet("b", "a:局"), sheet("c", "区局")];
    assert_eq!(
        file_names(&sheets),
        ["A_局（a）.xlsx", "a_局（b）.xlsx", "区局.xlsx"]
    );
}

#[test]
fn the_header_is_what_import_reads_and_the_context_columns_are_left_out() {
    let cells: Vec<crate::import::grid::Value> = headers()
        .iter()
        .map(|h| crate::import::grid::Value::Text((*h).to_string()))
        .collect();
    let grid = crate::import::grid::Grid {
        sheet: Some("区工信局".into()),
        rows: vec![
            vec![crate::import::grid::Value::Text(title(
                month("2026-10"),
                "区工信局",
            ))],
            vec![crate::import::grid::Value::Text(note(
                month("2026-10"),
                Date::new(2026, 11, 5).unwrap(),
            ))],
            cells,
        ],
    };
    let h = header::find(&grid, &HeaderMap::new(), crate::import::values::Scale::Wan).unwrap();
    assert_eq!((h.first, h.last), (2, 2));
    let fields: Vec<Field> = h.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            Field::Id,
            Field::Name,
            Field::Plan,
            Field::Invested,
            Field::Stage,
            Field::Funds,
            Field::Note
        ]
    );
    let left_out: Vec<&str> = h.ignored.iter().map(|(_, l, _)| l.as_str()).collect();
    assert_eq!(left_out, ["上月累计完成投资", "上月阶段", "存在问题"]);
    assert_eq!(
        crate::import::values::period_in(&title(month("2026-10"), "区工信局")),
        Some(month("2026-10"))
    );
}

#[test]
fn the_same_sheet_gives_the_same_bytes() {
    let ledger = small();
    let sheets = plan(&ledger, month("2025-03"));
    let info = Info {
        month: month("2025-03"),
        deadline: Date::new(2025, 4, 5).unwrap(),
        publisher: ledger.site.publisher.clone(),
    };
    let a = to_xlsx(&sheets[0], &info).unwrap();
    let b = to_xlsx(&sheets[0], &info).unwrap();
    assert!(a.starts_with(b"PK"));
    assert_eq!(a, b);
}
