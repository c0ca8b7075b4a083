//! One department's fill-in workbook (填报表) as .xlsx bytes.
//!
//! Row 1 is the title, which names the month so that `tongbao import` finds it
//! (`2026年10月重点项目进度填报表（区工信局）`); row 2 says how to fill the
//! sheet; row 3 is the header, one row, whose words are those import knows
//! (src/import/header.rs): 项目编号, 项目名称, 年度计划投资 and the input columns
//! 本月完成投资, 项目阶段, 到位资金, 形象进度; the context columns 上月累计完成投资
//! and 上月阶段 and the column 存在问题 are ones import leaves out on purpose.
//! Then one row per project.
//!
//! The sheet is protected without a password: only the input cells of the
//! project rows are unlocked (and shaded), the stage is a drop-down of the eight
//! stages, and the amounts must be numbers of at least zero. Money is written as
//! Excel numbers made from the exact decimal ([`Money::plain`]): no arithmetic is
//! done on them in floating point. The bytes are a pure function of the sheet
//! and [`Info`]: the document's date is given, and rust_xlsxwriter writes fixed
//! zip timestamps.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatAlign,
    FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::Sheet;
use crate::model::{Date, Money, Month, Stage};

/// What a workbook says besides its rows.
#[derive(Clone, Debug)]
pub struct Info {
    /// The month to report.
    pub month: Month,
    /// The day by which the workbook is due back (报送截止日期).
    pub deadline: Date,
    /// The office that sends it (the site's publisher), the document's author.
    pub publisher: String,
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Read-only text.
    Text,
    /// Read-only amount in 万元.
    Money,
    /// Input: an amount in 万元.
    InMoney,
    /// Input: one of the eight stages.
    InStage,
    /// Input: free text.
    InText,
}

impl Kind {
    fn is_input(self) -> bool {
        matches!(self, Kind::InMoney | Kind::InStage | Kind::InText)
    }
}

/// The columns: header word, width in Excel's character units, kind.
const COLUMNS: [(&str, f64, Kind); 10] = [
    ("项目编号", 14.0, Kind::Text),
    ("项目名称", 34.0, Kind::Text),
    ("年度计划投资", 13.0, Kind::Money),
    ("上月累计完成投资", 17.0, Kind::Money),
    ("上月阶段", 10.0, Kind::Text),
    ("本月完成投资", 13.0, Kind::InMoney),
    ("项目阶段", 10.0, Kind::InStage),
    ("到位资金", 11.0, Kind::InMoney),
    ("形象进度", 36.0, Kind::InText),
    ("存在问题", 30.0, Kind::InText),
];

/// The header words, in column order.
pub fn headers() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.0).collect()
}

/// 0-based row of the header.
pub const HEADER_ROW: u32 = 2;

/// The title: `2026年10月重点项目进度填报表（区工信局）`.
pub fn title(month: Month, department: &str) -> String {
    format!(
        "{}年{}月重点项目进度填报表（{department}）",
        month.year, month.month
    )
}

/// The note row: units, what each input means, the deadline, what not to change.
pub fn note(month: Month, deadline: Date) -> String {
    let m = month.month;
    let before = if m == 1 {
        "1月没有上月累计，为0".to_string()
    } else if m == 2 {
        "上月累计完成投资为本年1月的完成投资".to_string()
    } else {
        format!("上月累计完成投资为本年1至{}月的累计", m - 1)
    };
    format!(
        "填报说明：金额单位为万元，只填数字。本月完成投资、到位资金填{m}月当月数，不是累计数；\
         项目阶段从下拉列表选择，与上月相同可不填，上月阶段为空的必须选择；\
         形象进度、存在问题用文字简述。{before}，供参考。\
         只填浅黄色单元格，请勿增删行列、修改表头和项目编号。\
         请于{}年{}月{}日前报送。",
        deadline.year, deadline.month, deadline.day
    )
}

/// The cell formats of a sheet.
struct Formats {
    title: Format,
    note: Format,
    head: Format,
    head_input: Format,
    text: Format,
    money: Format,
    input: Format,
    input_text: Format,
}

/// Light yellow: the cells to fill in.
const INPUT_FILL: u32 = 0xFFF2CC;
/// Light grey: the read-only headers.
const HEAD_FILL: u32 = 0xE7E6E6;

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let head = cell
            .clone()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_background_color(Color::RGB(HEAD_FILL));
        let input = cell
            .clone()
            .set_unlocked()
            .set_background_color(Color::RGB(INPUT_FILL));
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            note: Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            head_input: head.clone().set_background_color(Color::RGB(INPUT_FILL)),
            head,
            text: cell.clone().set_text_wrap(),
            money: cell,
            input_text: input.clone().set_text_wrap(),
            input,
        }
    }
}

/// The department's workbook as .xlsx bytes, or rust_xlsxwriter's error as text.
pub fn to_xlsx(sheet: &Sheet<'_>, info: &Info) -> Result<Vec<u8>, String> {
    build(sheet, info).map_err(|e| e.to_string())
}

fn build(sheet: &Sheet<'_>, info: &Info) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let title = title(info.month, &sheet.name);
    let created = ExcelDateTime::from_ymd(
        u16::try_from(info.month.year).unwrap_or(2000),
        info.month.month,
        1,
    )?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&info.publisher)
            .set_creation_datetime(&created),
    );
    let ws = wb.add_worksheet();
    ws.set_name(crate::render::xlsx::sheet_name(&sheet.name, &[]))?;
    let f = Formats::new();
    let last_col = col(COLUMNS.len() - 1);
    ws.merge_range(0, 0, 0, last_col, &title, &f.title)?;
    ws.set_row_height(0, 30)?;
    ws.merge_range(1, 0, 1, last_col, &note(info.month, info.deadline), &f.note)?;
    ws.set_row_height(1, 66)?;
    for (j, (head, width, kind)) in COLUMNS.iter().enumerate() {
        let format = if kind.is_input() {
            &f.head_input
        } else {
            &f.head
        };
        ws.write_string_with_format(HEADER_ROW, col(j), *head, format)?;
        ws.set_column_width(col(j), *width)?;
    }
    ws.set_row_height(HEADER_ROW, 30)?;
    let first = HEADER_ROW + 1;
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = first + u32::try_from(i).unwrap_or(u32::MAX - first);
        let p = row.project;
        ws.write_string_with_format(r, 0, &p.id, &f.text)?;
        ws.write_string_with_format(r, 1, &p.name, &f.text)?;
        ws.write_number_with_format(r, 2, number(row.plan), &f.money)?;
        ws.write_number_with_format(r, 3, number(row.completed_before), &f.money)?;
        match row.stage {
            Some(s) => ws.write_string_with_format(r, 4, s.zh(), &f.text)?,
            None => ws.write_blank(r, 4, &f.text)?,
        };
        for (j, (_, _, kind)) in COLUMNS.iter().enumerate().skip(5) {
            let format = if *kind == Kind::InText {
                &f.input_text
            } else {
                &f.input
            };
            ws.write_blank(r, col(j), format)?;
        }
    }
    if !sheet.rows.is_empty() {
        validate(ws, first, first + row_count(sheet) - 1)?;
    }
    ws.set_freeze_panes(first, 2)?;
    ws.protect_with_options(&ProtectionOptions {
        select_locked_cells: true,
        select_unlocked_cells: true,
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    ws.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    wb.save_to_buffer()
}

/// Data validation of the input columns in rows `first..=last`.
fn validate(ws: &mut Worksheet, first: u32, last: u32) -> Result<(), XlsxError> {
    let stages: Vec<&str> = Stage::ALL.iter().map(|s| s.zh()).collect();
    let stage = DataValidation::new()
        .allow_list_strings(&stages)?
        .set_error_title("项目阶段")?
        .set_error_message(format!("请从下拉列表中选择：{}", stages.join("、")))?;
    let amount = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_title("金额")?
        .set_error_message("请填写数字（万元），不小于0，不带单位和文字；本月没有的填0或不填。")?;
    for (j, (_, _, kind)) in COLUMNS.iter().enumerate() {
        match kind {
            Kind::InStage => ws.add_data_validation(first, col(j), last, col(j), &stage)?,
            Kind::InMoney => ws.add_data_validation(first, col(j), last, col(j), &amount)?,
            _ => continue,
        };
    }
    Ok(())
}

/// The amount as an Excel number: the exact decimal, parsed once (every amount
/// with at most 4 decimals below 10^11 万元 is the nearest double to it).
fn number(m: Money) -> f64 {
    m.plain().parse().unwrap_or(0.0)
}

fn row_count(sheet: &Sheet<'_>) -> u32 {
    u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX / 2)
}

fn col(j: usize) -> u16 {
    u16::try_from(j).unwrap_or(u16::MAX)
}
