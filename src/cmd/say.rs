//! The command line's own sentences (summaries, outcomes, progress) in the
//! user's language, from the messages of [`crate::diagnostics::messages`].

use crate::build::BuildSummary;
use crate::diagnostics::{report, terminal_safe, Message, Text};
use crate::model::Language;
use crate::progress::Phase;

/// `built 3 bulletins, 31 pages, 38 charts, 81 files into DIR in 0.21s`.
pub fn built(s: &BuildSummary, lang: Language) -> String {
    Message::Built {
        bulletins: s.bulletins,
        pages: s.pages,
        charts: s.charts,
        files: s.files,
        dir: s.output.display().to_string(),
        seconds: format!("{:.2}", s.seconds),
    }
    .text(lang)
}

/// The line after [`built`] when the build reused pages of the last one
/// (`None` when it rendered every page).
pub fn reused(s: &BuildSummary, lang: Language) -> Option<String> {
    let (jobs, rendered) = s.rendered;
    let reused = jobs.saturating_sub(rendered);
    (reused > 0).then(|| Message::BuiltReused { reused, jobs }.text(lang))
}

/// The last line of a build that wrote nothing because of errors.
pub fn nothing_written(lang: Language) -> String {
    Message::NothingWritten.text(lang)
}

/// The last line of a build whose writing failed.
pub fn previous_output_kept(lang: Language) -> String {
    Message::PreviousOutputKept.text(lang)
}

/// `error: message` (`错误：…`) for an error that is not about a file.
pub fn error(message: impl Into<Text>, lang: Language) -> String {
    report::labelled(Message::ErrorLabel, &line(message, lang), lang)
}

/// `warning: message` (`警告：…`).
pub fn warning(message: impl Into<Text>, lang: Language) -> String {
    report::labelled(Message::WarningLabel, &line(message, lang), lang)
}

/// A message of the command line's in `lang`, made safe for a terminal line
/// by line (a message may hold line breaks of its own; a value in it may not).
pub fn line(message: impl Into<Text>, lang: Language) -> String {
    let text = message.into().text(lang);
    text.split('\n')
        .map(|l| terminal_safe(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `ok: 12 projects, 3 months of progress`.
pub fn check_ok(projects: usize, months: usize, lang: Language) -> String {
    Message::CheckOk { projects, months }.text(lang)
}

/// What the progress display says a build is doing.
pub fn phase(phase: Phase, lang: Language) -> String {
    match phase {
        Phase::Load => Message::PhaseLoad,
        Phase::Metrics => Message::PhaseMetrics,
        Phase::Write { .. } => Message::PhaseWrite,
        Phase::Publish => Message::PhasePublish,
    }
    .text(lang)
}

/// The unit after the count of files in the progress display.
pub fn files_unit(lang: Language) -> String {
    Message::FilesUnit.text(lang)
}

/// An operating-system error, translated when printed (the older catalog
/// holds the common ones: "No such file or directory (os error 2)" …).
pub fn os(e: &std::io::Error) -> Text {
    Text::English(e.to_string())
}
