//! Small value types and the text forms the generator writes: months, dates,
//! money in 0.0001 万元 units, and YAML scalars quoted only when needed.

use std::fmt;

/// Money in 0.0001 万元 units (so 1 万元 is `10_000`): exact, never a float.
pub type Money = i64;

/// Number of [`Money`] units in one 万元.
pub const WAN: Money = 10_000;

/// A calendar month, counted as `year * 12 + (month - 1)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    /// The month `month` (1–12) of `year`.
    pub fn new(year: i32, month: u32) -> Self {
        Month(year * 12 + month as i32 - 1)
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// The month of the year, 1–12.
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    /// The month `n` months later (earlier when negative).
    pub fn plus(self, n: i32) -> Self {
        Month(self.0 + n)
    }

    /// Number of days in this month.
    pub fn days(self) -> u32 {
        match self.month() {
            2 if is_leap(self.year()) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Day `day` of this month.
    pub fn day(self, day: u32) -> Date {
        Date {
            month: self,
            day: day.clamp(1, self.days()),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The month of the day.
    pub month: Month,
    /// The day of the month, from 1.
    pub day: u32,
}

impl Date {
    /// The day `n` days later.
    pub fn plus_days(self, n: u32) -> Date {
        let mut d = self;
        let mut left = n;
        while left > 0 {
            let room = d.month.days() - d.day;
            if left <= room {
                d.day += left;
                left = 0;
            } else {
                left -= room + 1;
                d = Date {
                    month: d.month.plus(1),
                    day: 1,
                };
            }
        }
        d
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.month, self.day)
    }
}

/// A money amount as a YAML number in 万元: `30000`, `3580.5`, `1234.5678`.
pub fn money(v: Money) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    let (whole, frac) = (a / WAN as u64, a % WAN as u64);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:04}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// Rounds a positive amount to a multiple of `step` (half up), never below `step`.
pub fn round_to(v: Money, step: Money) -> Money {
    (((v + step / 2) / step) * step).max(step)
}

/// Money from a float number of 万元, rounded to `step` (a generator helper).
pub fn wan_f(x: f64, step: Money) -> Money {
    let units = (x * WAN as f64).round() as Money;
    round_to(units.max(1), step)
}

/// A short decimal of a ratio in tenths, e.g. `tenths(12)` → `"1.2"`.
pub fn tenths(t: i64) -> String {
    if t % 10 == 0 {
        format!("{}", t / 10)
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}

/// A YAML scalar for a string: plain when that is safe (in block and in
/// flow context), double-quoted otherwise.
pub fn scalar(s: &str) -> String {
    if needs_quotes(s) {
        quoted(s)
    } else {
        s.to_string()
    }
}

fn needs_quotes(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return true;
    };
    if s.trim() != s || "-?".contains(first) {
        return true;
    }
    if s.chars()
        .any(|c| ":#,[]{}&*!|>'\"%@`\\".contains(c) || c.is_control())
    {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    let keyword = matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    );
    let numeric = s
        .chars()
        .all(|c| c.is_ascii_digit() || "+-._eE".contains(c));
    keyword || numeric
}

fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A YAML flow sequence of strings: `[王建国, 李明]`.
pub fn flow_list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| scalar(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_text() {
        assert_eq!(money(30000 * WAN), "30000");
        assert_eq!(money(35_805_000), "3580.5");
        assert_eq!(money(12_345_678), "1234.5678");
        assert_eq!(money(1), "0.0001");
    }

    #[test]
    fn months_and_dates() {
        let m = Month::new(2025, 12);
        assert_eq!(m.plus(1).to_string(), "2026-01");
        assert_eq!(m.plus(-12).to_string(), "2024-12");
        assert_eq!(
            Month::new(2024, 2).day(28).plus_days(1).to_string(),
            "2024-02-29"
        );
        assert_eq!(m.day(20).plus_days(15).to_string(), "2026-01-04");
    }

    #[test]
    fn quoting() {
        assert_eq!(scalar("青山高新区"), "青山高新区");
        assert_eq!(scalar("QS-2025-001"), "QS-2025-001");
        assert_eq!(scalar("2025"), "\"2025\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("**加粗**"), "\"**加粗**\"");
        assert_eq!(scalar("- x"), "\"- x\"");
        assert_eq!(flow_list(&["王建国", "李明"]), "[王建国, 李明]");
    }
}
