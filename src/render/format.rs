//! Numbers as the site prints them (DOMAIN.md): money in 亿元 / 万元, percentages
//! with the site's decimals, differences in percentage points.

use crate::model::{round_decimal, Language, Money, Ratio, MONEY_SCALE};
use crate::render::i18n::word;
use crate::render::view::fill;

/// Prints figures for one site: its language and percentage decimals.
#[derive(Clone, Copy, Debug)]
pub struct Fmt {
    /// Language of unit words.
    pub lang: Language,
    /// Decimals of percentages.
    pub pct_decimals: u32,
}

/// What an absent figure prints as (a rate over nothing).
pub const DASH: &str = "—";

impl Fmt {
    /// Money as bulletins print it: `35.7亿元`, `5550万元` (`億元`/`萬元` in zh-TW;
    /// `3.57 bn yuan`, `55.5 m yuan` in English).
    pub fn money(&self, m: Money) -> String {
        match self.lang {
            Language::ZhCn => m.display_with("亿元", "万元"),
            Language::ZhTw => m.display_with("億元", "萬元"),
            Language::En => {
                let units = i128::from(m.units());
                // 1 万元 = 10,000 yuan = MONEY_SCALE units; 1 million yuan = 100 万元.
                let million = 100 * i128::from(MONEY_SCALE);
                if units.abs() >= 1000 * million {
                    format!("{} bn yuan", round_decimal(units, 1000 * million, 3))
                } else {
                    format!("{} m yuan", round_decimal(units, million, 2))
                }
            }
        }
    }

    /// A rate as a percentage: `61.3%`; `—` when it is a rate over nothing.
    pub fn pct(&self, r: Option<Ratio>) -> String {
        match r {
            Some(r) => format!("{}%", r.percent(self.pct_decimals)),
            None => DASH.to_string(),
        }
    }

    /// A growth rate with its sign, as the cards print 同比: `+41.9%`, `-5.0%`;
    /// no sign when it prints as zero; `—` without a rate.
    pub fn signed_pct(&self, r: Option<Ratio>) -> String {
        let text = self.pct(r);
        match r {
            Some(r) if r > Ratio::int(0) && text.chars().any(|c| matches!(c, '1'..='9')) => {
                format!("+{text}")
            }
            _ => text,
        }
    }

    /// The difference of two rates in percentage points, signed: `+3.2个百分点`.
    pub fn points(&self, now: Option<Ratio>, before: Option<Ratio>) -> String {
        match (now, before) {
            (Some(a), Some(b)) => {
                let d = a.sub(b);
                let s = d.percent(self.pct_decimals);
                let sign = if d > Ratio::int(0) && !s.trim_start_matches(['0', '.']).is_empty() {
                    "+"
                } else {
                    ""
                };
                fill(word(self.lang, "points_value"), format!("{sign}{s}"))
            }
            _ => DASH.to_string(),
        }
    }

    /// A gap in percentage points printed without its sign (`12.5个百分点`),
    /// where a column says which way it goes ("behind by"): what
    /// [`Fmt::points`]`(Some(gap), Some(0))` prints with its `+` taken off.
    pub fn points_unsigned(&self, gap: Ratio) -> String {
        fill(
            word(self.lang, "points_value"),
            gap.percent(self.pct_decimals),
        )
    }

    /// A growth rate (computed by [`crate::metrics`]), signed: `+12.5%`;
    /// `—` without one (growth from zero).
    pub fn growth(&self, r: Option<Ratio>) -> String {
        match r {
            Some(r) => {
                let s = r.percent(self.pct_decimals);
                let sign = if r > Ratio::int(0) { "+" } else { "" };
                format!("{sign}{s}%")
            }
            None => DASH.to_string(),
        }
    }

    /// A change of a count against last month, in words, so that no change
    /// still says what did not change: `环比增加3个`, `环比减少2个`, `环比持平`
    /// (`up 3 on last month`, `down 2 on last month`, `same as last month`).
    pub fn count_change(&self, now: usize, before: usize) -> String {
        let d = now as i64 - before as i64;
        let n = d.unsigned_abs();
        let key = match d.signum() {
            1 => "up_on_last_month",
            -1 => "down_on_last_month",
            _ => "same_as_last_month",
        };
        fill(word(self.lang, key), n)
    }

    /// A signed difference of counts: `+3`, `-2`, `0`.
    pub fn count_delta(&self, now: usize, before: usize) -> String {
        let d = now as i64 - before as i64;
        if d > 0 {
            format!("+{d}")
        } else {
            d.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    #[test]
    fn an_unsigned_gap_is_the_signed_one_without_its_plus() {
        for lang in [Language::ZhCn, Language::ZhTw, Language::En] {
            for pct_decimals in 0..4 {
                let f = Fmt { lang, pct_decimals };
                for (num, den) in [(1, 8), (-3, 7), (0, 1), (1, 100_000), (-1, 100_000), (5, 3)] {
                    let gap = Ratio::new(num, den).unwrap();
                    let signed = f.points(Some(gap), Some(Ratio::int(0)));
                    assert_eq!(
                        f.points_unsigned(gap),
                        signed.trim_start_matches('+'),
                        "{num}/{den} {lang:?} {pct_decimals}"
                    );
                }
            }
        }
    }

    #[test]
    fn money_in_each_language() {
        let cn = Fmt {
            lang: Language::ZhCn,
            pct_decimals: 1,
        };
        let tw = Fmt {
            lang: Language::ZhTw,
            pct_decimals: 1,
        };
        let en = Fmt {
            lang: Language::En,
            pct_decimals: 1,
        };
        assert_eq!(cn.money(m("357000")), "35.7亿元");
        assert_eq!(tw.money(m("357000")), "35.7億元");
        assert_eq!(en.money(m("357000")), "3.57 bn yuan");
        assert_eq!(en.money(m("5550")), "55.5 m yuan");
        assert_eq!(cn.money(m("5550")), "5550万元");
    }

    #[test]
    fn percentages_and_points() {
        let f = Fmt {
            lang: Language::ZhCn,
            pct_decimals: 1,
        };
        assert_eq!(f.pct(Ratio::new(111, 181)), "61.3%");
        assert_eq!(f.pct(None), "—");
        assert_eq!(
            f.points(Ratio::new(80, 100), Ratio::new(75, 100)),
            "+5.0个百分点"
        );
        assert_eq!(
            f.points(Ratio::new(70, 100), Ratio::new(75, 100)),
            "-5.0个百分点"
        );
        assert_eq!(f.growth(Ratio::new(1, 10)), "+10.0%");
        assert_eq!(f.growth(None), "—");
        let f2 = Fmt {
            lang: Language::ZhCn,
            pct_decimals: 2,
        };
        assert_eq!(f2.pct(Ratio::new(8244, 10000)), "82.44%");
        assert_eq!(f.count_delta(5, 3), "+2");
        assert_eq!(f.count_change(5, 3), "环比增加2个");
        assert_eq!(f.count_change(3, 5), "环比减少2个");
        assert_eq!(f.count_change(4, 4), "环比持平");
    }
}
