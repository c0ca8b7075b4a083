//! Money (万元) as exact fixed-point: no binary floating point ever carries money.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of money in 万元 (10,000 yuan), held exactly as an integer count of
/// 0.0001 万元 (one yuan). DOMAIN.md allows at most 4 decimals, so every amount
/// in the data is representable, and sums are exact: 27 + 8.7 is 35.7.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// Ten thousand units of 0.0001 万元: the scale of [`Money`].
pub const MONEY_SCALE: i64 = 10_000;

/// The most digits the whole 万元 of one amount may have: an amount is below
/// 10^10 万元 (100万亿元, more than a country's yearly investment), so that
/// every sum of a site's amounts fits in 64 bits (see [`MAX_SITE_UNITS`]).
pub const MAX_WHOLE_DIGITS: usize = 10;

/// The largest whole number of 万元 one amount may be (10^10 − 1).
pub const MAX_WHOLE_WAN: u64 = 9_999_999_999;

/// The most that all amounts of one site may add up to, in units of
/// 0.0001万元: a quarter of what 64 bits hold, so that every sum, difference
/// and comparison the metrics make of a site's amounts fits. A site over it
/// (92,000 amounts at the largest allowed value) is refused when it is loaded.
pub const MAX_SITE_UNITS: i64 = i64::MAX / 4;

/// Why a piece of text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// Not a decimal number at all.
    NotANumber,
    /// A minus sign: money in the ledger is never negative.
    Negative,
    /// More than four decimals (finer than one yuan).
    TooManyDecimals,
    /// Larger than any real ledger (more than 10^14 万元).
    TooLarge,
}

impl Money {
    /// Zero 万元.
    pub const ZERO: Money = Money(0);

    /// The amount `units` × 0.0001 万元.
    pub const fn from_units(units: i64) -> Money {
        Money(units)
    }

    /// A whole number of 万元.
    pub const fn from_wan(wan: i64) -> Money {
        Money(wan * MONEY_SCALE)
    }

    /// The amount as a count of 0.0001 万元.
    pub const fn units(self) -> i64 {
        self.0
    }

    /// Whether the amount is zero.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses a plain decimal like `3580.5`, `120000` or `0.0001` (at most 4 decimals,
    /// no sign, no exponent, no separators).
    pub fn parse(text: &str) -> Result<Money, MoneyError> {
        let t = text.trim();
        if let Some(rest) = t.strip_prefix('-') {
            return match Money::parse(rest) {
                Ok(m) if m.is_zero() => Ok(Money::ZERO),
                Ok(_) => Err(MoneyError::Negative),
                Err(e) => Err(e),
            };
        }
        let t = t.strip_prefix('+').unwrap_or(t);
        let (int, frac) = match t.split_once('.') {
            Some((i, f)) => (i, f),
            None => (t, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 4 {
            return Err(MoneyError::TooManyDecimals);
        }
        let int = int.trim_start_matches('0');
        if int.len() > MAX_WHOLE_DIGITS {
            return Err(MoneyError::TooLarge);
        }
        let whole: i64 = if int.is_empty() {
            0
        } else {
            int.parse().map_err(|_| MoneyError::TooLarge)?
        };
        let mut f: i64 = 0;
        for (i, b) in frac.bytes().enumerate() {
            f += i64::from(b - b'0') * 10_i64.pow(3 - i as u32);
        }
        Ok(Money(whole * MONEY_SCALE + f))
    }

    /// The amount in 万元 as a plain decimal with trailing zeros dropped: `35.7`, `120000`.
    /// This is the exact value; it is what metrics.json and CSV files carry.
    pub fn plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        let whole = a / MONEY_SCALE as u64;
        let frac = a % MONEY_SCALE as u64;
        if frac == 0 {
            format!("{sign}{whole}")
        } else {
            let f = format!("{frac:04}");
            format!("{sign}{whole}.{}", f.trim_end_matches('0'))
        }
    }

    /// The amount as a JSON number (the exact decimal of [`Money::plain`]; every amount
    /// with at most 4 decimals below 10^11 万元 round-trips through the JSON number).
    pub fn to_json_number(self) -> serde_json::Number {
        if self.0 % MONEY_SCALE == 0 {
            return serde_json::Number::from(self.0 / MONEY_SCALE);
        }
        let v: f64 = self.0 as f64 / MONEY_SCALE as f64;
        serde_json::Number::from_f64(v).unwrap_or_else(|| serde_json::Number::from(0))
    }

    /// The amount as Chinese bulletins print it (DOMAIN.md): at or above 1亿元 in 亿元
    /// with up to 2 decimals (`35.7亿元`), below it in 万元 with up to 2 decimals
    /// (`5550万元`), rounding half away from zero, no thousands separators.
    pub fn display_cn(self) -> String {
        self.display_with("亿元", "万元")
    }

    /// Like [`Money::display_cn`] with other unit words (e.g. for English pages).
    pub fn display_with(self, yi: &str, wan: &str) -> String {
        // 1亿元 = 10000万元 = 10000 * MONEY_SCALE units.
        let yi_units = 10_000 * MONEY_SCALE;
        let (den, word) = if self.0.abs() >= yi_units {
            (yi_units, yi)
        } else {
            (MONEY_SCALE, wan)
        };
        let mut s = String::with_capacity(24 + word.len());
        write_round_decimal(&mut s, i128::from(self.0), i128::from(den), 2);
        s.push_str(word);
        s
    }

    /// The amount in 亿元 rounded to 2 decimals, as a number string without unit.
    pub fn yi_2(self) -> String {
        round_decimal(self.0 as i128, (10_000 * MONEY_SCALE) as i128, 2)
    }

    /// The amount as an `f64` in 万元, for chart geometry only (never for arithmetic).
    pub fn as_f64_wan(self) -> f64 {
        self.0 as f64 / MONEY_SCALE as f64
    }

    /// Whether the amount is below zero.
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }
}

/// `num / den` written with at most `places` decimals, rounding half away from
/// zero, trailing zeros (and a trailing point) dropped. `den` must be positive.
pub fn round_decimal(num: i128, den: i128, places: u32) -> String {
    let mut out = String::with_capacity(24);
    write_round_decimal(&mut out, num, den, places);
    out
}

/// [`round_decimal`] appended to `out`. Amounts of bulletins fit in 64 bits
/// and take the fast path; anything larger is computed in 128 bits.
pub fn write_round_decimal(out: &mut String, num: i128, den: i128, places: u32) {
    use std::fmt::Write;
    let scale = 10_u128.pow(places);
    let n = num.unsigned_abs() * scale;
    let d = den.unsigned_abs().max(1);
    let q = match (u64::try_from(n), u64::try_from(d)) {
        (Ok(n), Ok(d)) => {
            let (q, r) = (n / d, n % d);
            u128::from(q + u64::from(r >= d - r))
        }
        _ => {
            let (q, r) = (n / d, n % d);
            q + u128::from(r >= d - r)
        }
    };
    if num < 0 && q != 0 {
        out.push('-');
    }
    let (whole, mut frac) = (q / scale, q % scale);
    // Writing to a String cannot fail.
    let _ = write!(out, "{whole}");
    if frac != 0 && places > 0 {
        let mut width = places as usize;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        let _ = write!(out, ".{frac:0width$}");
    }
}

impl fmt::Display for Money {
    /// Bulletin style: `35.7亿元`, `5550万元`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_cn())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + *b)
    }
}

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json_number().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    #[test]
    fn sums_are_exact() {
        assert_eq!(m("27") + m("8.7"), m("35.7"));
        assert_eq!((m("0.1") + m("0.2")).plain(), "0.3");
        let parts: Money = ["1234.5678", "0.0001", "8765.4321"]
            .iter()
            .map(|s| m(s))
            .sum();
        assert_eq!(parts.plain(), "10000");
    }

    #[test]
    fn parse_rejects_bad_input() {
        assert_eq!(Money::parse("1.23456"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Money::parse("1.23450"), Ok(Money::from_units(12345)));
        assert_eq!(Money::parse("-5"), Err(MoneyError::Negative));
        assert_eq!(Money::parse("-0"), Ok(Money::ZERO));
        assert_eq!(Money::parse("abc"), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse("1e5"), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse(""), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse("."), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse("1,000"), Err(MoneyError::NotANumber));
        assert_eq!(Money::parse("123456789012345"), Err(MoneyError::TooLarge));
        assert_eq!(m(".5"), Money::from_units(5000));
        assert_eq!(m("3580.5").plain(), "3580.5");
    }

    #[test]
    fn displays_as_bulletins_print() {
        assert_eq!(m("357000").display_cn(), "35.7亿元");
        assert_eq!(m("997200").display_cn(), "99.72亿元");
        assert_eq!(m("2904000").display_cn(), "290.4亿元");
        assert_eq!(m("5550").display_cn(), "5550万元");
        assert_eq!(m("10000").display_cn(), "1亿元");
        assert_eq!(m("9999.995").display_cn(), "10000万元");
        assert_eq!(m("9999.994").display_cn(), "9999.99万元");
        assert_eq!(m("12345.6789").display_cn(), "1.23亿元");
        assert_eq!(m("12350").display_cn(), "1.24亿元");
        assert_eq!(m("0").display_cn(), "0万元");
        assert_eq!(m("0.005").display_cn(), "0.01万元");
        assert_eq!(m("0.0049").display_cn(), "0万元");
    }

    #[test]
    fn round_decimal_half_away_from_zero() {
        assert_eq!(round_decimal(1225, 1000, 2), "1.23");
        assert_eq!(round_decimal(-1225, 1000, 2), "-1.23");
        assert_eq!(round_decimal(1224, 1000, 2), "1.22");
        assert_eq!(round_decimal(-4, 1000, 2), "0");
        assert_eq!(round_decimal(15, 10, 0), "2");
        assert_eq!(round_decimal(1050, 1000, 2), "1.05");
        assert_eq!(round_decimal(1500, 1000, 3), "1.5");
        let big = i128::from(i64::MAX) * 1000 + 5;
        assert_eq!(round_decimal(big, 7, 4), reference(big, 7, 4));
    }

    /// The plain 128-bit arithmetic [`round_decimal`] once was, as a reference.
    fn reference(num: i128, den: i128, places: u32) -> String {
        let scale = 10_i128.pow(places);
        let n = num.abs() * scale;
        let mut q = n / den;
        if (n % den) * 2 >= den {
            q += 1;
        }
        let (whole, frac) = (q / scale, q % scale);
        let sign = if num < 0 && q != 0 { "-" } else { "" };
        if frac == 0 || places == 0 {
            format!("{sign}{whole}")
        } else {
            let f = format!("{frac:0width$}", width = places as usize);
            format!("{sign}{whole}.{}", f.trim_end_matches('0'))
        }
    }

    #[test]
    fn round_decimal_agrees_with_the_reference() {
        // A deterministic spread of amounts, small and large, both signs.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let num = i128::from((x >> (i % 50)) as i64) * if i % 3 == 0 { -1 } else { 1 };
            for (den, places) in [
                (10_000, 2),
                (100_000_000, 2),
                (7, 4),
                (1_000_000, 3),
                (3, 0),
            ] {
                assert_eq!(
                    round_decimal(num, den, places),
                    reference(num, den, places),
                    "{num} / {den} to {places}"
                );
            }
        }
    }

    #[test]
    fn json_number_is_exact_decimal() {
        assert_eq!(serde_json::to_string(&m("35.7")).unwrap(), "35.7");
        assert_eq!(serde_json::to_string(&m("1234.5678")).unwrap(), "1234.5678");
        assert_eq!(
            serde_json::to_string(&m("9999999999.9999")).unwrap(),
            "9999999999.9999"
        );
        assert_eq!(serde_json::to_string(&m("120000")).unwrap(), "120000");
    }
}
