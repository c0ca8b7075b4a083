//! What a workbook is called and says about itself: its document
//! properties, and the names of its sheets as Excel allows them.

use crate::model::Date;

/// What a workbook says about itself, besides its tables.
#[derive(Clone, Debug, Hash)]
pub struct WorkbookInfo {
    /// Document title (the bulletin's title).
    pub title: String,
    /// Author (the site's publisher).
    pub author: String,
    /// Creation date written into the document properties.
    pub created: Date,
    /// Appended to the header of a money column: `（万元）`.
    pub money_suffix: String,
    /// Decimals of the percentage format (the site's `percent_decimals`).
    pub pct_decimals: u32,
}

/// Characters Excel forbids in sheet names.
const FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// Excel's limit on the length of a sheet name, in UTF-16 units.
const MAX_SHEET_NAME: usize = 31;

/// A valid sheet name for `title` that differs (ignoring case, as Excel does)
/// from every name in `taken`: forbidden characters become `_`, the name is cut
/// to 31 characters, and a repeat gets ` (2)`, ` (3)` ….
pub fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .map(|c| {
            if FORBIDDEN.contains(&c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim().to_string();
    let base = if clean.is_empty() || clean.eq_ignore_ascii_case("history") {
        format!("{clean}_")
    } else {
        clean
    };
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" ({n})")
        };
        let room = MAX_SHEET_NAME - suffix.len();
        let mut cut = String::new();
        let mut units = 0;
        for c in base.chars() {
            if units + c.len_utf16() > room {
                break;
            }
            units += c.len_utf16();
            cut.push(c);
        }
        let name = format!("{}{suffix}", cut.trim_end());
        if !is_taken(&name) {
            return name;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_short_and_unique() {
        let mut taken = Vec::new();
        let a = sheet_name("分类别 [万元]: a/b?", &taken);
        assert_eq!(a, "分类别 _万元__ a_b_");
        taken.push(a);
        let long = "很".repeat(40);
        let b = sheet_name(&long, &taken);
        assert_eq!(b.chars().count(), 31);
        taken.push(b.clone());
        let c = sheet_name(&long, &taken);
        assert!(c.ends_with(" (2)") && c.encode_utf16().count() <= 31, "{c}");
        assert_eq!(sheet_name("History", &[]), "History_");
        assert_eq!(sheet_name("x", &["X".into()]), "x (2)");
        assert_eq!(sheet_name("", &[]), "_");
    }
}
