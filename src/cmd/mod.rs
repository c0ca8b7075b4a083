//! The command line: one file per subcommand.
//!
//! Exit status: 0 on success, 1 when the content has errors, 2 on a usage error
//! (bad arguments, a refused output folder).

/// `println!` that never panics: a closed pipe (`tongbao check --format json |
/// head -c 400`) or terminal ends the output quietly; the exit status stays the
/// command's own.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `eprintln!` that never panics, as [`outln!`] for standard error.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod build;
mod check;
mod collect;
mod import;
pub mod init;
mod new;
mod new_files;
mod progress;
mod say;
mod serve;
mod usage;

pub use usage::UsageError;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diagnostics::{lang, report, Diagnostic, Message};
use crate::model::Language;

/// Exit status when the content has errors.
pub const EXIT_CONTENT: u8 = 1;
/// Exit status on a usage error.
pub const EXIT_USAGE: u8 = 2;

/// tongbao (通报): turns a key-project ledger into a monthly bulletin site.
#[derive(Parser, Debug)]
#[command(
    name = "tongbao",
    version,
    about,
    long_about = None,
    after_help = "Example: a new site, then every month\n  tongbao init xm && cd xm\n  tongbao new 2026-10    # next month's files; fill in `invested`, write the commentary\n  tongbao check\n  tongbao build          # then open output/index.html"
)]
pub struct Cli {
    /// Language of messages: zh-CN, zh-TW or en (default: the site's `language`, else zh-CN).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Language>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the site into its output folder.
    #[command(
        after_help = "Example:\n  tongbao build                 # the site in this folder, into ./output\n  tongbao build mysite --output /srv/www/xm\n  tongbao build --draft         # a commentary still half-written: pages marked 草稿"
    )]
    Build {
        /// The site folder (holding content/).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Where to write the site (default: SITE/output).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Build even with 【待填写】 left in a commentary, marking every bulletin 草稿 (draft).
        #[arg(long)]
        draft: bool,
    },
    /// Check the content and print every error and warning; write nothing.
    #[command(after_help = "Example:\n  tongbao check mysite")]
    Check {
        /// The site folder (holding content/).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// How to print what is found: text on standard error, or one JSON document on standard output.
        #[arg(long, value_enum, default_value = "text")]
        format: check::Format,
    },
    /// Write a new site with a small example (12 projects, 2026-07..09) and a README.
    #[command(
        after_help = "Example:\n  tongbao init xm-yuebao          # then: cd xm-yuebao && tongbao build\n  tongbao init --empty hongshan   # a real site without the example projects\nDIR must not exist or be empty."
    )]
    Init {
        /// Folder for the new site (must not exist, or be empty).
        dir: PathBuf,
        /// A real site with no example projects: site.yaml, units.yaml to fill in, empty folders.
        #[arg(long)]
        empty: bool,
    },
    /// Write next month's progress file (stages carried forward, invested 0) and commentary skeleton.
    #[command(
        after_help = "Example:\n  tongbao new 2026-10               # in the site folder, after 2026-09\n  tongbao new 2026-10 mysite\n  tongbao new 2026-12 --force       # not the month after the latest one\nExisting files are never overwritten."
    )]
    New {
        /// The month, YYYY-MM: normally the one after the latest progress file.
        #[arg(value_parser = new::parse_month)]
        month: crate::model::Month,
        /// The site folder (holding content/).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Write a month other than the one after the latest progress file.
        #[arg(long)]
        force: bool,
    },
    /// Preview the site on 127.0.0.1, rebuilding and reloading on every change.
    #[command(
        after_help = "Builds into SITE/output, serves it and watches content/ and themes/.\nExample:\n  tongbao serve mysite             # http://127.0.0.1:1111/ (or a free port)\n  tongbao serve --port 8080"
    )]
    Serve {
        /// The site folder (holding content/).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Address to listen on; other than 127.0.0.1, others on the network can see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Port (0: any free port; default 1111, or a free one when 1111 is taken).
        #[arg(long, short)]
        port: Option<u16>,
        /// Preview drafts: 【待填写】 left in a commentary is a warning, bulletins are marked 草稿.
        #[arg(long)]
        draft: bool,
    },
    /// Import ledger sheets (台账, .xlsx/.xls/.csv) into content/projects and content/progress.
    #[command(
        after_help = "Example:\n  tongbao import 台账.xlsx --into mysite\n  tongbao import 9月进度.csv --into mysite --period 2021-09 --map 表头.yaml\n  tongbao import returned/ --into mysite          # every workbook in the folder, merged\n  tongbao import 台账.xlsx --match \"滨江路改造=YX-2026-008\" --new \"城南污水处理厂三期\""
    )]
    Import {
        /// The spreadsheets: .xlsx, .xls or .csv (UTF-8 or GBK), or folders of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site folder (holding content/).
        #[arg(long, default_value = ".")]
        into: PathBuf,
        /// The sheet to read (default: the first with a ledger header).
        #[arg(long)]
        sheet: Option<String>,
        /// A YAML file mapping other headers to fields (`计划投资额: plan`).
        #[arg(long)]
        map: Option<PathBuf>,
        /// The month the sheet reports (default: from its title, sheet or file name).
        #[arg(long, value_parser = parse_month)]
        period: Option<crate::model::Month>,
        /// Replace the records of a month the site already has (the changes are shown first without it).
        #[arg(long)]
        force: bool,
        /// A sheet's project name that is an existing project of the site: `NAME=ID` (repeatable).
        #[arg(long = "match", value_name = "NAME=ID", value_parser = parse_match)]
        matched: Vec<(String, String)>,
        /// A sheet's project name that is a new project, though close to an existing one (repeatable).
        #[arg(long = "new", value_name = "NAME")]
        new_names: Vec<String>,
    },
    /// Write the month's fill-in workbooks (.xlsx), one per department, to send out and import back.
    #[command(
        after_help = "Example:\n  tongbao collect 2026-10                  # in the site folder: collect/2026-10/区工信局.xlsx …\n  tongbao collect 2026-10 mysite --out 10月填报表 --deadline 2026-11-05\n  tongbao import collect/2026-10/区工信局.xlsx   # a filled workbook back into the site\nEach workbook lists the department's projects in the year's plan that are not yet 竣工 or 投产.\nExisting workbooks are not overwritten without --force."
    )]
    Collect {
        /// The month to report, YYYY-MM.
        #[arg(value_parser = new::parse_month)]
        month: crate::model::Month,
        /// The site folder (holding content/).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Where to write the workbooks (default: SITE/collect/YYYY-MM).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The day the workbooks are due back, YYYY-MM-DD (default: the 5th of the next month).
        #[arg(long, value_parser = collect::parse_date)]
        deadline: Option<crate::model::Date>,
        /// Overwrite workbooks that exist.
        #[arg(long)]
        force: bool,
    },
}

/// Runs the command line and returns the exit status.
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(c) => c,
        // --help and --version.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::from(0);
        }
        Err(e) => {
            errln!("{}", usage::text(&e, &args, usage::language(&args)));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    lang::set_current(lang::resolve(cli.lang, cli.command.site()));
    let code = match cli.command {
        Command::Build {
            site,
            output,
            draft,
        } => build::run(&site, output.as_deref(), draft),
        Command::Check { site, format } => check::run(&site, format),
        Command::Init { dir, empty: false } => init::run(&dir),
        Command::Init { dir, empty: true } => init::run_empty(&dir),
        Command::New { month, site, force } => new::run(month, &site, force),
        Command::Serve {
            site,
            bind,
            port,
            draft,
        } => serve::run(&site, &bind, port, draft),
        Command::Import {
            files,
            into,
            sheet,
            map,
            period,
            force,
            matched,
            new_names,
        } => import::run(&crate::import::Options {
            files,
            site: into,
            sheet,
            map,
            period,
            force,
            matched,
            new_names,
        }),
        Command::Collect {
            month,
            site,
            out,
            deadline,
            force,
        } => collect::run(&collect::Options {
            month,
            site,
            out,
            deadline,
            force,
        }),
    };
    ExitCode::from(code)
}

impl Cli {
    /// Whether `name` is one of the subcommands.
    fn is_command(name: &str) -> bool {
        use clap::CommandFactory;
        Cli::command().find_subcommand(name).is_some()
    }
}

impl Command {
    /// The site a command works on, whose `language` its messages are in.
    fn site(&self) -> Option<&std::path::Path> {
        match self {
            Command::Build { site, .. }
            | Command::Check { site, .. }
            | Command::New { site, .. }
            | Command::Collect { site, .. }
            | Command::Serve { site, .. } => Some(site),
            Command::Import { into, .. } => Some(into),
            Command::Init { .. } => None,
        }
    }
}

/// Reads `--lang`.
fn parse_lang(s: &str) -> Result<Language, UsageError> {
    Language::parse(s).ok_or_else(|| {
        UsageError(Message::NotALanguage {
            text: s.to_string(),
        })
    })
}

/// Reads `NAME=ID` for `--match`.
fn parse_match(s: &str) -> Result<(String, String), UsageError> {
    match s.rsplit_once('=') {
        Some((name, id)) if !name.trim().is_empty() && !id.trim().is_empty() => {
            Ok((name.trim().to_string(), id.trim().to_string()))
        }
        _ => Err(UsageError(Message::NotNameId {
            text: s.to_string(),
        })),
    }
}

/// Reads `YYYY-MM` for `--period`.
fn parse_month(s: &str) -> Result<crate::model::Month, UsageError> {
    crate::model::Month::parse(s).ok_or_else(|| {
        UsageError(Message::NotAMonth {
            text: s.to_string(),
            example: "2021-09".into(),
        })
    })
}

/// Prints diagnostics to standard error in this run's language, grouped by
/// file, with a count line at the end.
pub fn print_diagnostics(diags: &[Diagnostic]) {
    print_diagnostics_in(diags, lang::current());
}

/// Prints diagnostics to standard error in `lang`, grouped by file, with a
/// count line at the end; nothing when there are none.
pub fn print_diagnostics_in(diags: &[Diagnostic], lang: Language) {
    use std::io::Write;
    let text = report::format_all(diags, lang);
    if !text.is_empty() {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}
