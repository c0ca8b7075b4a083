//! zh-CN → zh-TW for the program's own words: Taiwan's terms for a few phrases
//! (文件 → 檔案, 文件夹 → 資料夾, 字段 → 欄位 …), then simplified characters to
//! traditional ones, one by one.
//!
//! Only the characters and phrases of the message catalog and the command
//! line's sentences are covered, not Chinese at large: the tests check that
//! every message comes out in characters of Big5 (Taiwan's character set, in
//! which most simplified forms do not exist).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Phrases whose zh-TW form is another word, not just other characters; the
/// longer first where one starts another.
const PHRASES: &[(&str, &str)] = &[
    ("通过编码保存", "以編碼儲存"),
    ("复制", "複製"),
    ("文件夹", "資料夾"),
    ("文件名", "檔名"),
    ("文件", "檔案"),
    ("文档", "文件"),
    ("字段", "欄位"),
    ("程序", "程式"),
    ("符号链接", "符號連結"),
    ("链接", "連結"),
    ("模板", "範本"),
    ("磁盘", "磁碟"),
    ("只读", "唯讀"),
    ("线程", "執行緒"),
    ("用户", "使用者"),
    ("内置", "內建"),
    ("另存为", "另存新檔"),
    ("状态栏", "狀態列"),
    ("保存", "儲存"),
    ("缩进", "縮排"),
    ("布尔值", "布林值"),
    ("制表符", "定位字元"),
    ("字符", "字元"),
    ("分隔符", "分隔符號"),
    ("文本", "文字"),
    ("列表", "清單"),
    ("映射", "對應"),
    ("新建这个", "建立這個"),
    ("新建一个", "建立一個"),
    ("新建 content", "建立 content"),
    ("工作簿", "活頁簿"),
    ("数据", "資料"),
    ("信息", "資訊"),
    ("下标", "索引"),
    ("设置", "設定"),
    ("默认", "預設"),
    ("页面地址", "頁面網址"),
    ("监听的地址", "監聽的位址"),
    ("日历", "日曆"),
    ("重复", "重複"),
    ("添加", "新增"),
];

/// Simplified characters and, at the same place, their traditional forms.
const SIMPLIFIED: &str = "业两个为义产亿从会内写农决则创删别动区单却历参号图处头夹实对导尔层带应开张当录径态总户报择换数无时显权来标栏档检没滤点状现监盘码础称签简类红级线组经结给绝统续绿编缩补见计认记许设评该语误说请读负责败质贸资转输过运这进选链错锚键闭问间阶际随页项预题额黄万与于余划后并据确网里体听复备证账减将挡虑变么发众亚压尽扩仅视脑样论纳电询规条乡们断滨盖识调较还销镇须领顺办装";
const TRADITIONAL: &str = "業兩個為義產億從會內寫農決則創刪別動區單卻歷參號圖處頭夾實對導爾層帶應開張當錄徑態總戶報擇換數無時顯權來標欄檔檢沒濾點狀現監盤碼礎稱簽簡類紅級線組經結給絕統續綠編縮補見計認記許設評該語誤說請讀負責敗質貿資轉輸過運這進選鏈錯錨鍵閉問間階際隨頁項預題額黃萬與於餘劃後並據確網裡體聽復備證賬減將擋慮變麼發眾亞壓盡擴僅視腦樣論納電詢規條鄉們斷濱蓋識調較還銷鎮須領順辦裝";

fn chars() -> &'static HashMap<char, char> {
    static MAP: OnceLock<HashMap<char, char>> = OnceLock::new();
    MAP.get_or_init(|| SIMPLIFIED.chars().zip(TRADITIONAL.chars()).collect())
}

/// `text` (zh-CN) in zh-TW's words and characters.
pub fn convert(text: &str) -> String {
    let map = chars();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'outer: while let Some(c) = rest.chars().next() {
        for (from, to) in PHRASES {
            if let Some(after) = rest.strip_prefix(from) {
                out.push_str(to);
                rest = after;
                continue 'outer;
            }
        }
        out.push(*map.get(&c).unwrap_or(&c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_line_up() {
        assert_eq!(SIMPLIFIED.chars().count(), TRADITIONAL.chars().count());
        let mut seen = std::collections::HashSet::new();
        for c in SIMPLIFIED.chars() {
            assert!(seen.insert(c), "twice: {c}");
        }
    }

    #[test]
    fn phrases_then_characters() {
        assert_eq!(convert("文件夹中的文件"), "資料夾中的檔案");
        assert_eq!(convert("项目中有未知字段"), "項目中有未知欄位");
        assert_eq!(convert("共3个错误、2个警告"), "共3個錯誤、2個警告");
        assert_eq!(convert("不支持含有多个文档"), "不支持含有多個文件");
        assert_eq!(convert("abc `x`"), "abc `x`");
    }

    /// Every message of the catalog, and every zh-TW word the command line
    /// prints, in characters that exist in Big5.
    #[test]
    fn every_catalog_message_is_in_big5_characters() {
        let mut texts: Vec<String> = super::super::entries::ENTRIES
            .iter()
            .map(|(_, zh)| convert(zh))
            .collect();
        texts.extend(PHRASES.iter().map(|(_, tw)| tw.to_string()));
        // The command line's own words (diagnostics::report, cmd::say).
        texts.extend(
            [
                "错误",
                "警告",
                "提示",
                "共3个错误、2个警告，涉及2个文件",
                "生成完成：3期月报，31个页面，38张图表，81个文件，写入 ，用时0.21秒",
                "没有写入任何文件：请改正以上错误，再生成一次",
                "原有的输出没有改动",
                "检查通过：12个项目，3个月的进度",
                "读取内容",
                "计算指标",
                "生成页面",
                "替换输出",
            ]
            .map(convert),
        );
        for t in texts {
            for c in t.chars().filter(|c| super::super::catalog::is_han(*c)) {
                let s = c.to_string();
                let (_, _, bad) = encoding_rs::BIG5.encode(&s);
                assert!(!bad, "`{c}` of {t:?} is not a traditional character");
            }
        }
    }
}
