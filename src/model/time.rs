//! Calendar months (`2021-09`) and dates (`2021-09-03`).

use std::fmt;

/// A calendar month, the unit of reporting (report month P, 报告期).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Calendar year, e.g. 2021.
    pub year: i32,
    /// Month of the year, 1..=12.
    pub month: u8,
}

/// A calendar date, for signing dates and problems raised / resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Calendar year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31 (checked against the month's length).
    pub day: u8,
}

impl Month {
    /// The month `year-month`, if `month` is 1..=12 and the year is plausible (1900..=2999).
    pub fn new(year: i32, month: u8) -> Option<Month> {
        ((1..=12).contains(&month) && (1900..=2999).contains(&year))
            .then_some(Month { year, month })
    }

    /// Parses `YYYY-MM` (also `YYYY-M`).
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.trim().split_once('-')?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return None;
        }
        if !y.bytes().all(|b| b.is_ascii_digit()) || !m.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Month::new(y.parse().ok()?, m.parse().ok()?)
    }

    /// The month after this one.
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before this one.
    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// January of this month's year.
    pub fn january(self) -> Month {
        Month {
            year: self.year,
            month: 1,
        }
    }

    /// The same month one year earlier (for 同比).
    pub fn year_before(self) -> Month {
        Month {
            year: self.year - 1,
            month: self.month,
        }
    }

    /// The last day of this month.
    pub fn last_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: days_in_month(self.year, self.month),
        }
    }

    /// Months since year 0, for distances between months.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

impl fmt::Display for Month {
    /// `2021-09`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Number of days in `month` of `year` (Gregorian).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

impl Date {
    /// The date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let m = Month::new(year, month)?;
        (day >= 1 && day <= days_in_month(m.year, m.month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return None;
        }
        if ![y, m, d]
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before), for spans such as days a problem is open.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The month this date falls in.
    pub fn month_of(self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }
}

impl fmt::Display for Date {
    /// `2021-09-03`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_and_step() {
        let m = Month::parse("2021-09").unwrap();
        assert_eq!(m.to_string(), "2021-09");
        assert_eq!(m.next().to_string(), "2021-10");
        assert_eq!(
            Month::parse("2021-12").unwrap().next().to_string(),
            "2022-01"
        );
        assert_eq!(
            Month::parse("2021-01").unwrap().prev().to_string(),
            "2020-12"
        );
        assert_eq!(Month::parse("2021-9").unwrap(), m);
        assert!(Month::parse("2021-13").is_none());
        assert!(Month::parse("2021-00").is_none());
        assert!(Month::parse("21-09").is_none());
        assert!(Month::parse("2021/09").is_none());
        assert_eq!(m.last_day().to_string(), "2021-09-30");
        assert_eq!(Month::parse("2024-02").unwrap().last_day().day, 29);
        assert_eq!(Month::parse("1900-02").unwrap().last_day().day, 28);
        assert_eq!(Month::parse("2000-02").unwrap().last_day().day, 29);
    }

    #[test]
    fn dates_parse() {
        assert_eq!(Date::parse("2021-09-03").unwrap().to_string(), "2021-09-03");
        assert!(Date::parse("2021-02-30").is_none());
        assert!(Date::parse("2021-09").is_none());
        assert!(Date::parse("2021-09-3x").is_none());
        assert!(Date::parse("2021-09-03") < Date::parse("2021-09-04"));
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(
            Date::parse("2021-03-01").unwrap().days() - Date::parse("2021-02-28").unwrap().days(),
            1
        );
        assert_eq!(
            Date::parse("2024-03-01").unwrap().days() - Date::parse("2024-02-28").unwrap().days(),
            2
        );
        assert_eq!(Date::parse("2000-01-01").unwrap().days(), 10957);
    }
}
