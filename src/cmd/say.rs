//! The command line's own sentences (summaries, outcomes, progress) in the
//! user's language; zh-TW is the zh-CN sentence in traditional characters.

use crate::build::BuildSummary;
use crate::diagnostics::{localize, translate};
use crate::model::Language;
use crate::progress::Phase;

/// zh-CN text in `lang`'s script, or the English text for English.
fn pick(lang: Language, en: String, zh_cn: String) -> String {
    match lang {
        Language::En => en,
        _ => localize(&zh_cn, lang),
    }
}

/// `built 3 bulletins, 31 pages, 38 charts, 81 files into DIR in 0.21s`.
pub fn built(s: &BuildSummary, lang: Language) -> String {
    let dir = s.output.display();
    match lang {
        Language::En => format!(
            "built {} bulletins, {} pages, {} charts, {} files into {dir} in {:.2}s",
            s.bulletins, s.pages, s.charts, s.files, s.seconds
        ),
        // The folder is the user's: never converted to traditional characters.
        _ => format!(
            "{}{dir}{}",
            localize(
                &format!(
                    "生成完成：{}期月报，{}个页面，{}张图表，{}个文件，写入 ",
                    s.bulletins, s.pages, s.charts, s.files
                ),
                lang
            ),
            localize(&format!("，用时{:.2}秒", s.seconds), lang)
        ),
    }
}

/// The last line of a build that wrote nothing because of errors.
pub fn nothing_written(lang: Language) -> String {
    pick(
        lang,
        "nothing was written (the previous output was left as it was): fix the errors above and build again".into(),
        "没有写入任何文件（原有输出保持不变）：请改正以上错误，再生成一次".into(),
    )
}

/// The last line of a build whose writing failed.
pub fn previous_output_kept(lang: Language) -> String {
    pick(
        lang,
        "the previous output was left as it was".into(),
        "原有的输出没有改动".into(),
    )
}

/// `error: message` for an error that is not about a file, message translated.
pub fn error(message: &str, lang: Language) -> String {
    let message = translate(message, lang);
    let message = crate::diagnostics::terminal_safe(&message);
    match lang {
        Language::En => format!("error: {message}"),
        _ => format!("{}：{message}", localize("错误", lang)),
    }
}

/// `ok: 12 projects, 3 months of progress`.
pub fn check_ok(projects: usize, months: usize, lang: Language) -> String {
    pick(
        lang,
        format!("ok: {projects} projects, {months} months of progress"),
        format!("检查通过：{projects}个项目，{months}个月的进度"),
    )
}

/// What the progress display says a build is doing.
pub fn phase(phase: Phase, lang: Language) -> String {
    match phase {
        Phase::Load => pick(lang, "loading content".into(), "读取内容".into()),
        Phase::Metrics => pick(lang, "computing figures".into(), "计算指标".into()),
        Phase::Write { .. } => pick(lang, "writing pages".into(), "生成页面".into()),
        Phase::Publish => pick(lang, "replacing output".into(), "替换输出".into()),
    }
}

/// The unit after the count of files in the progress display.
pub fn files_unit(lang: Language) -> String {
    pick(lang, "files".into(), "个文件".into())
}
