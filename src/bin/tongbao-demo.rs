//! `tongbao-demo`: writes a deterministic synthetic site, for developers'
//! benchmarks and tests (the demo site in `content/` is
//! `tongbao-demo . --projects 150 --months 21`). Kept out of the `tongbao`
//! binary that users run.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use tongbao::demo::{self, DemoOptions, Shape};

/// Write a synthetic site of any size and shape (developers: benchmarks and tests).
#[derive(Parser)]
#[command(
    name = "tongbao-demo",
    version,
    after_help = "Example:\n  tongbao-demo /tmp/big --projects 10000 --months 24\n  tongbao-demo /tmp/real --projects 10000 --months 24 --shape real\n  tongbao-demo /tmp/worked --worked-example"
)]
struct Cli {
    /// Folder to write the site into.
    dir: PathBuf,
    /// Number of projects.
    #[arg(long, default_value_t = 150)]
    projects: usize,
    /// Number of months of progress, from January 2025.
    #[arg(long, default_value_t = 21)]
    months: usize,
    /// The site's shape, a comma-separated list of: demo (the demo's own),
    /// wide (a town and a department for every 25 projects), notes (a
    /// 形象进度 note on every record), warnings (every annual plan above the
    /// total investment), problems (four times as many), commentary (long, every
    /// month), real (all of these).
    #[arg(long, default_value = "demo", value_parser = Shape::parse)]
    shape: Shape,
    /// Write `paper: false` into site.yaml: no PDF and Word file per bulletin
    /// (benchmarks of the pages beside Hugo; tests under a time limit).
    #[arg(long)]
    no_paper: bool,
    /// Write the worked example of DOMAIN.md instead.
    #[arg(long)]
    worked_example: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let files = if cli.worked_example {
        demo::worked_example()
    } else {
        demo::generate(&DemoOptions {
            projects: cli.projects,
            months: cli.months,
            shape: cli.shape,
            paper: !cli.no_paper,
            ..DemoOptions::default()
        })
    };
    match demo::write_files(&cli.dir, &files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tongbao-demo: cannot write {}: {e}", cli.dir.display());
            ExitCode::from(1)
        }
    }
}
