//! What the rest of a build says: the figures in commentaries
//! (render/expr.rs), the theme, the output folder (site/output.rs), the
//! subcommands' own lines and the paper formats. Declared like every message
//! (docs/i18n.md); printed through [`Text::Site`](crate::diagnostics::Text).

crate::messages! {
    /// A message of the build, the theme, the output folder or a command.
    pub enum SiteMessage {
        /// A figure in a commentary opened with `{{` and never closed.
        FigureNotClosed => {
            en: "`{{{{` without a closing `}}}}`",
            zh_cn: "`{{{{` 没有配对的 `}}}}`",
            zh_tw: "`{{{{` 沒有配對的 `}}}}`",
        }
        /// How to close a figure.
        FigureNotClosedHint => {
            en: "close the figure with `}}}}`, e.g. {{{{ totals.started }}}}",
            zh_cn: "用 `}}}}` 结束，如 {{{{ totals.started }}}}",
            zh_tw: "用 `}}}}` 結束，如 {{{{ totals.started }}}}",
        }
    }
}
