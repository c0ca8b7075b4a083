//! The 公文 fields of a bulletin: its 文号 (`doc_number`), 主送 (`recipients`)
//! and 抄送 (`cc`) from the front matter, and site.yaml's `issuer`. Each is
//! one line of text as the office writes it; blank is an error, not absent.

use super::fields::{is_blank, text_of, untag, FileCtx, Obj};
use super::node::Node;
use super::yaml::describe;
use crate::diagnostics::{Message, SiteMessage, Text};

/// An optional one-line text field: absent is `None`; blank, several lines or
/// something other than text is an error.
pub fn one_line(ctx: &mut FileCtx, obj: &Obj, key: &str) -> Option<String> {
    let v = obj.get(key)?;
    let at = obj.at.key(key);
    if is_blank(v) {
        ctx.error(
            &at,
            Message::FieldIsBlank {
                field: key.to_string(),
            },
            Message::WriteValueOrRemove,
        );
        return None;
    }
    match text_of(v) {
        Some(s) if s.trim().contains(['\n', '\r']) => {
            ctx.error(
                &at,
                SiteMessage::MoreThanOneLine {
                    key: key.to_string(),
                },
                SiteMessage::OneLineHint,
            );
            None
        }
        Some(s) => Some(s.trim().to_string()),
        None => {
            ctx.error(
                &at,
                Message::MustBeText {
                    field: key.to_string(),
                    found: Text::from(describe(v)),
                },
                Message::WriteOneLine,
            );
            None
        }
    }
}

/// 主送 or 抄送: one line as written, or a list of names joined with `，`;
/// the closing `：` (主送) or `。` (抄送) the document adds is taken off if
/// the line has it.
pub fn addressees(ctx: &mut FileCtx, obj: &Obj, key: &str) -> Option<String> {
    let v = obj.get(key)?;
    let text = match untag(v) {
        Node::Sequence(items) => {
            let mut names = Vec::with_capacity(items.len());
            let list = obj.at.key(key);
            for (i, item) in items.iter().enumerate() {
                let at = list.index(i);
                match text_of(item) {
                    Some(s) if !is_blank(item) && !s.contains(['\n', '\r']) => {
                        names.push(s.trim().to_string())
                    }
                    Some(_) if is_blank(item) => ctx.error(
                        &at,
                        Message::ItemIsBlank {
                            field: key.to_string(),
                        },
                        Message::WriteNameOrRemoveItem,
                    ),
                    Some(_) => ctx.error(
                        &at,
                        SiteMessage::MoreThanOneLine {
                            key: key.to_string(),
                        },
                        SiteMessage::OneLineHint,
                    ),
                    None => ctx.error(
                        &at,
                        Message::ItemsMustBeText {
                            field: key.to_string(),
                            found: Text::from(describe(item)),
                        },
                        SiteMessage::OneLineOrListHint,
                    ),
                }
            }
            if names.is_empty() {
                if items.is_empty() {
                    ctx.error(
                        &obj.at.key(key),
                        Message::FieldIsBlank {
                            field: key.to_string(),
                        },
                        Message::WriteValueOrRemove,
                    );
                }
                return None;
            }
            names.join("，")
        }
        _ => one_line(ctx, obj, key)?,
    };
    let trimmed = text.trim_end_matches(['：', ':', '。', '.']).trim_end();
    Some(trimmed.to_string())
}

/// 发文字号 (`红项办〔2021〕9号`); a year in other brackets is a warning,
/// since GB/T 9704 writes it in 六角括号 〔〕.
pub fn doc_number(ctx: &mut FileCtx, obj: &Obj) -> Option<String> {
    let text = one_line(ctx, obj, "doc_number")?;
    if let Some(fixed) = hexagonal_year(&text) {
        ctx.warn(
            &obj.at.key("doc_number"),
            SiteMessage::DocNumberBrackets {
                number: text.clone(),
            },
            SiteMessage::DocNumberBracketsHint { fixed },
        );
    }
    Some(text)
}

/// `text` with a four-digit year in `[]`, `()`, `（）`, `【】` or `［］`
/// put into `〔〕`; `None` when it has no such year.
fn hexagonal_year(text: &str) -> Option<String> {
    const PAIRS: &[(char, char)] = &[
        ('[', ']'),
        ('(', ')'),
        ('（', '）'),
        ('【', '】'),
        ('［', '］'),
        ('〖', '〗'),
    ];
    let chars: Vec<char> = text.chars().collect();
    for (i, w) in chars.windows(6).enumerate() {
        let year = w[1..5].iter().all(char::is_ascii_digit);
        if year && PAIRS.contains(&(w[0], w[5])) {
            let mut fixed: String = chars[..i].iter().collect();
            fixed.push('〔');
            fixed.extend(&w[1..5]);
            fixed.push('〕');
            fixed.extend(&chars[i + 6..]);
            return Some(fixed);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::yaml::{self, At};

    fn read(yaml_text: &str) -> (Option<String>, Option<String>, Option<String>, Vec<String>) {
        let v = yaml::parse(yaml_text).unwrap();
        let mut ctx = FileCtx::new("x.md", yaml_text);
        let obj = ctx.map(&v, At::Root, "front matter").unwrap();
        let d = doc_number(&mut ctx, &obj);
        let r = addressees(&mut ctx, &obj, "recipients");
        let c = addressees(&mut ctx, &obj, "cc");
        let msgs = ctx.diags.iter().map(|d| d.message.to_string()).collect();
        (d, r, c, msgs)
    }

    #[test]
    fn fields_read_as_written() {
        let (d, r, c, msgs) = read(
            "doc_number: 红项办〔2021〕9号\nrecipients: 各乡镇（街道）、园区，区直各有关部门：\ncc: [区委办, 区人大办, 区政府办]\n",
        );
        assert_eq!(d.as_deref(), Some("红项办〔2021〕9号"));
        assert_eq!(r.as_deref(), Some("各乡镇（街道）、园区，区直各有关部门"));
        assert_eq!(c.as_deref(), Some("区委办，区人大办，区政府办"));
        assert!(msgs.is_empty(), "{msgs:?}");
    }

    #[test]
    fn absent_is_none_and_blank_is_an_error() {
        let (d, r, c, msgs) = read("title: x\n");
        assert_eq!((d, r, c), (None, None, None));
        assert!(msgs.is_empty());
        let (d, r, c, msgs) = read("doc_number: \"  \"\nrecipients: []\ncc: [区委办, \"\"]\n");
        assert_eq!((d, r), (None, None));
        assert_eq!(c.as_deref(), Some("区委办"));
        assert_eq!(
            msgs,
            [
                "`doc_number` is blank",
                "`recipients` is blank",
                "an item of `cc` is blank"
            ]
        );
    }

    #[test]
    fn other_brackets_around_the_year_are_a_warning() {
        let (d, _, _, msgs) = read("doc_number: 红项办[2021]9号\n");
        assert_eq!(d.as_deref(), Some("红项办[2021]9号"));
        assert_eq!(
            msgs,
            ["the year of the document number `红项办[2021]9号` is not in 〔〕"]
        );
        assert_eq!(
            hexagonal_year("红项办（2021）9号").as_deref(),
            Some("红项办〔2021〕9号")
        );
        assert_eq!(hexagonal_year("红项办〔2021〕9号"), None);
        assert_eq!(hexagonal_year("第9号"), None);
    }

    #[test]
    fn several_lines_and_mappings_are_errors() {
        let (_, r, c, msgs) = read("recipients: |\n  区直各部门\n  各乡镇\ncc: {a: 1}\n");
        assert_eq!((r, c), (None, None));
        assert_eq!(
            msgs,
            [
                "`recipients` has more than one line",
                "`cc` must be text, found a mapping"
            ]
        );
    }
}
