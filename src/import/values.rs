//! Reading the values of a ledger's cells: amounts in 万元 or 亿元, dates and
//! months, stages, 新建/续建, lists of leaders, and the report month of a title.
//!
//! Each reader returns `Err(expected)`, a phrase saying what the cell should
//! hold, which the caller turns into a bad-cell report.

use super::grid::{number_text, Value};
use crate::diagnostics::ImportMessage;
use crate::model::{Date, Kind, Money, MoneyError, Month, Stage};

/// The unit of the amounts of a column, from its header (`总投资（亿元）`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 万元, the default.
    Wan,
    /// 亿元: ×10,000.
    Yi,
    /// 元: ÷10,000.
    Yuan,
}

impl Scale {
    /// The unit named in a header or title, if any.
    pub fn of(text: &str) -> Option<Scale> {
        if text.contains("亿元") {
            Some(Scale::Yi)
        } else if text.contains("万元") {
            Some(Scale::Wan)
        } else if text.contains("（元）") || text.contains("(元)") || text.contains("单位：元")
        {
            Some(Scale::Yuan)
        } else {
            None
        }
    }

    /// The unit's name.
    pub fn name(self) -> &'static str {
        match self {
            Scale::Wan => "万元",
            Scale::Yi => "亿元",
            Scale::Yuan => "元",
        }
    }

    fn shift(self) -> i32 {
        match self {
            Scale::Wan => 0,
            Scale::Yi => 4,
            Scale::Yuan => -4,
        }
    }
}

/// Whether a cell means "nothing here": empty, `-`, `—`, `/`, `无`.
pub fn is_blank(v: &Value) -> bool {
    v.is_empty() || matches!(v.text().as_str(), "-" | "—" | "——" | "/" | "无" | "／")
}

/// Full-width digits and punctuation as ASCII (`１２，０００．５` → `12,000.5`).
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '，' => ',',
            '－' => '-',
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// An amount in 万元: a number in the column's unit, or text such as `3,580.5`,
/// `1.2亿元`, `3580万元`. Blank cells give `None`.
pub fn amount(v: &Value, scale: Scale) -> Result<Option<Money>, ImportMessage> {
    if is_blank(v) {
        return Ok(None);
    }
    let expected = || match scale {
        Scale::Wan => ImportMessage::AmountInWan,
        s => ImportMessage::AmountIn {
            unit: s.name().into(),
        },
    };
    let (text, mut unit) = match v {
        Value::Number(f) => (number_text(*f), scale),
        Value::Text(t) => (ascii_digits(t), scale),
        _ => return Err(expected()),
    };
    let mut t = text.as_str();
    for (suffix, s) in [
        ("亿元", Scale::Yi),
        ("亿", Scale::Yi),
        ("万元", Scale::Wan),
        ("万", Scale::Wan),
        ("元", Scale::Yuan),
    ] {
        if let Some(rest) = t.strip_suffix(suffix) {
            t = rest;
            unit = s;
            break;
        }
    }
    let plain = strip_thousands(t).ok_or_else(expected)?;
    match scaled(&plain, unit.shift()) {
        Ok(m) => Ok(Some(m)),
        Err(MoneyError::Negative) => Err(ImportMessage::AmountNotNegative),
        Err(MoneyError::TooManyDecimals) => Err(ImportMessage::AmountTooPrecise {
            read: plain,
            unit: unit.name().into(),
        }),
        Err(MoneyError::TooLarge) => Err(ImportMessage::PlausibleSize {
            amount: Box::new(expected()),
        }),
        Err(MoneyError::NotANumber) => Err(expected()),
    }
}

/// `12,345.6` → `12345.6`; `None` when commas are not thousands separators.
fn strip_thousands(t: &str) -> Option<String> {
    if !t.contains(',') {
        return Some(t.to_string());
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let int = int.strip_prefix('-').unwrap_or(int);
    let groups: Vec<&str> = int.split(',').collect();
    let ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups[1..].iter().all(|g| g.len() == 3)
        && !frac.contains(',');
    ok.then(|| t.replace(',', ""))
}

/// A plain decimal times 10^shift, as exact money.
fn scaled(plain: &str, shift: i32) -> Result<Money, MoneyError> {
    if shift == 0 {
        return Money::parse(plain);
    }
    let neg = plain.starts_with('-');
    let body = plain.trim_start_matches(['-', '+']);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    let digits = format!("{int}{frac}");
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MoneyError::NotANumber);
    }
    // The point moves `shift` places to the right.
    let point = int.len() as i32 + shift;
    let moved = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    let sign = if neg { "-" } else { "" };
    Money::parse(&format!("{sign}{moved}"))
}

/// A date or month: an Excel date, a serial number, or text such as `2021-03-15`,
/// `2021/3/15`, `2021.3`, `2021年3月15日`, `2021年3月`. The day is `None` when
/// only a month is written.
pub fn date_parts(v: &Value) -> Result<Option<(i32, u8, Option<u8>)>, ImportMessage> {
    let expected = || ImportMessage::DateExpected;
    if is_blank(v) {
        return Ok(None);
    }
    match v {
        Value::Date(y, m, d) => Ok(Some((*y, *m, Some(*d)))),
        Value::Number(f) if (20_000.0..80_000.0).contains(f) => {
            let d = excel_serial_date(f.floor() as i64).ok_or_else(expected)?;
            Ok(Some((d.year, d.month, Some(d.day))))
        }
        Value::Number(_) => Err(expected()),
        other => {
            let t = ascii_digits(&other.text());
            let nums: Vec<&str> = t
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .collect();
            let ok = t
                .chars()
                .all(|c| c.is_ascii_digit() || "-/.年月日号".contains(c));
            let parse = |s: &str| s.parse::<u32>().ok();
            let (y, m, d) = match nums.as_slice() {
                [y, m] if ok && y.len() == 4 => (parse(y), parse(m), None),
                [y, m, d] if ok && y.len() == 4 => (parse(y), parse(m), parse(d).map(Some)),
                [ym] if ok && ym.len() == 6 => (parse(&ym[..4]), parse(&ym[4..]), None),
                _ => return Err(expected()),
            };
            let (Some(y), Some(m)) = (y, m) else {
                return Err(expected());
            };
            let month = Month::new(y as i32, m as u8).ok_or_else(expected)?;
            match d {
                None => Ok(Some((month.year, month.month, None))),
                Some(d) => {
                    let d = d.and_then(|d| u8::try_from(d).ok());
                    let date = d
                        .and_then(|d| Date::new(month.year, month.month, d))
                        .ok_or_else(expected)?;
                    Ok(Some((date.year, date.month, Some(date.day))))
                }
            }
        }
    }
}

/// The date of an Excel serial day number (1900 system; 25569 is 1970-01-01).
fn excel_serial_date(serial: i64) -> Option<Date> {
    // Howard Hinnant's civil_from_days.
    let z = serial - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// A stage from the words ledgers use: 已开工 / 在建 / 施工 → 在建, 完工 → 竣工,
/// 运营 → 投产, 未开工 → 前期, 停建 / 缓建 → 停工, and the stage names themselves.
pub fn stage(text: &str) -> Option<Stage> {
    let t: String = text.split_whitespace().collect();
    if let Some(s) = Stage::parse(&t) {
        return Some(s);
    }
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    Some(if has(&["停工", "停建", "缓建", "暂停", "停滞"]) {
        Stage::Suspended
    } else if has(&["未开工", "拟开工", "待开工", "尚未开工", "未动工"]) {
        Stage::Preliminary
    } else if has(&["竣工", "完工", "建成"]) {
        Stage::Completed
    } else if has(&["投产", "运营", "投入使用", "达产", "试生产", "营业"]) {
        Stage::Operating
    } else if has(&["在建", "开工", "施工", "建设中", "复工", "续建", "主体"]) {
        Stage::Construction
    } else if has(&["前期", "手续", "审批", "立项", "征地", "设计"]) {
        Stage::Preliminary
    } else if has(&["签约"]) {
        Stage::Signed
    } else if has(&["储备"]) {
        Stage::Reserve
    } else if has(&["谋划"]) {
        Stage::Idea
    } else {
        return None;
    })
}

/// 新建 / 续建 (also 新开工 → 新建, 复工 / 续建项目 → 续建).
pub fn kind(text: &str) -> Option<Kind> {
    let t = text.trim();
    Kind::parse(t).or_else(|| {
        if t.contains("续建") || t.contains("复工") {
            Some(Kind::Continuing)
        } else if t.contains("新建") || t.contains("新开工") {
            Some(Kind::New)
        } else {
            None
        }
    })
}

/// Leaders written in one cell: split on 、 , ， ; ； / and spaces.
pub fn leaders(text: &str) -> Vec<String> {
    text.split(|c: char| "、,，;；/／".contains(c) || c.is_whitespace())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The report month named in a title, sheet name or file name: `2021年9月`,
/// `2021年1-9月` (the last month), `2021年9月份`, `2021-09`, `2021.9`. A full date
/// (`2021年10月8日`, a filling-in date) is not a report month.
pub fn period_in(text: &str) -> Option<Month> {
    let t = ascii_digits(text);
    let c: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i + 4 <= c.len() {
        let four = c[i..i + 4].iter().all(char::is_ascii_digit);
        let before_ok = i == 0 || !c[i - 1].is_ascii_digit();
        if !(four && before_ok) {
            i += 1;
            continue;
        }
        let year: i32 = c[i..i + 4].iter().collect::<String>().parse().unwrap_or(0);
        let mut j = i + 4;
        let sep = c.get(j).copied();
        if matches!(sep, Some('年' | '-' | '.' | '/' | '_')) {
            j += 1;
            // 1-9月 / 1至9月: skip the first month of a range.
            let (m1, after) = digits_at(&c, j);
            if sep == Some('年')
                && m1.is_some()
                && matches!(c.get(after), Some('-' | '~' | '至' | '到' | '—' | '–'))
            {
                j = after + 1;
            }
            let (month, after) = digits_at(&c, j);
            if let Some(m) = month {
                let end = c.get(after).copied();
                let is_date = match (sep, end) {
                    (Some('年'), Some('月')) => digits_at(&c, after + 1).0.is_some(),
                    (Some('年'), _) => true,
                    (_, Some('-' | '.' | '/')) => digits_at(&c, after + 1).0.is_some(),
                    _ => false,
                };
                if !is_date {
                    if let Some(p) = u8::try_from(m).ok().and_then(|m| Month::new(year, m)) {
                        return Some(p);
                    }
                }
            }
        }
        i += 4;
    }
    None
}

/// A year named in a text (`2021年`), for a plan year when no month is named.
pub fn year_in(text: &str) -> Option<i32> {
    let t = ascii_digits(text);
    let c: Vec<char> = t.chars().collect();
    (0..c.len().saturating_sub(4)).find_map(|i| {
        let four = c[i..i + 4].iter().all(char::is_ascii_digit);
        let fenced = (i == 0 || !c[i - 1].is_ascii_digit()) && c.get(i + 4) == Some(&'年');
        (four && fenced)
            .then(|| c[i..i + 4].iter().collect::<String>().parse().ok())
            .flatten()
            .filter(|y| (1900..=2999).contains(y))
    })
}

/// One or two digits at `j`: (their value, the index after them).
fn digits_at(c: &[char], j: usize) -> (Option<u32>, usize) {
    let mut k = j;
    while k < c.len() && k < j + 2 && c[k].is_ascii_digit() {
        k += 1;
    }
    if k == j || c.get(k).is_some_and(char::is_ascii_digit) {
        return (None, j);
    }
    (c[j..k].iter().collect::<String>().parse().ok(), k)
}
