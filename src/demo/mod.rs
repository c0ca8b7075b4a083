//! Deterministic demo data: a complete, realistic site folder for the
//! fictional 青山区 (the demo site of `content/`), and the worked example of
//! DOMAIN.md as a site whose figures are known exactly.
//!
//! Everything is a pure function of [`DemoOptions`]: no clock, no hash-map
//! order, no platform-dependent float functions, so the same options always
//! give the same bytes. The YAML is written by hand (quoted only where
//! needed) so the files read like ones an office would keep.

mod fmt;
mod ledger;
mod model;
mod naming;
mod photos;
mod pools;
mod problems;
mod progress;
mod render;
mod rng;
mod shape;
mod text;
mod timeline;
mod worked;
mod worked_parts;

#[cfg(test)]
mod recompute;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_worked;

use std::path::Path;

pub use shape::Shape;
pub use worked::worked_example;

/// Options for a generated site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of projects on the ledger over all years.
    pub projects: usize,
    /// Number of progress months, from January 2025.
    pub months: usize,
    /// Seed of the pseudo-random generator.
    pub seed: u64,
    /// What sets the site apart from the demo's own shape (benchmarks).
    pub shape: Shape,
    /// Whether the site writes each bulletin's PDF and Word file (the
    /// default); `false` writes `paper: false` into site.yaml, for benchmarks
    /// of the site's pages beside Hugo and for tests under a time limit.
    pub paper: bool,
}

impl Default for DemoOptions {
    /// The demo site: 150 projects, 21 months (2025-01 to 2026-09), fixed seed.
    fn default() -> Self {
        DemoOptions {
            projects: 150,
            months: 21,
            seed: 0x5153_2025_0909,
            shape: Shape::default(),
            paper: true,
        }
    }
}

/// Every file of the site as (path relative to the site folder, e.g.
/// `content/projects/gongye.yaml`, file text), sorted by path.
pub fn generate(opts: &DemoOptions) -> Vec<(String, String)> {
    let mut world = ledger::build_world(opts);
    let max_photos = if opts.projects <= 300 { 12 } else { 24 };
    let mut records = progress::simulate(&world, opts.seed, max_photos);
    let problems_per_15 = if opts.shape.problems { 16 } else { 4 };
    let problems = problems::make_problems(&world, &records, opts.seed, problems_per_15);
    if opts.shape.notes {
        shape::note_every_record(&mut records);
    }
    if opts.shape.warnings {
        shape::plans_above_totals(&mut world);
    }

    let mut files: Vec<(String, String)> = vec![
        (
            "content/site.yaml".into(),
            render::site_yaml(
                "青山区重点项目建设月报",
                "青山区重点项目推进办公室",
                "青山区为虚构的演示地区，全部数据纯属示例。",
            ) + render::DEMO_SETS
                + if opts.paper { "" } else { render::NO_PAPER },
        ),
        (
            "content/units.yaml".into(),
            render::units_yaml(&world.units),
        ),
        (
            "content/problems.yaml".into(),
            problems::problems_yaml(&problems),
        ),
        ("content/pages/about.md".into(), text::about_page()),
        ("content/pages/contact.md".into(), text::contact_page()),
    ];
    files.extend(render::project_files(&world));
    let mut photo_index = 0;
    for k in 0..=(world.last.0 - world.first.0) {
        let t = world.first.plus(k);
        files.push((
            format!("content/progress/{t}.yaml"),
            progress::render_month(&world, &records, t),
        ));
        for recs in &records {
            if let Some((file, caption, done)) =
                recs[k as usize].as_ref().and_then(|r| r.photo.as_ref())
            {
                photo_index += 1;
                files.push((
                    format!("content/assets/{file}"),
                    photos::site_photo(opts.seed, photo_index, *done, caption),
                ));
            }
        }
    }
    let last = world.last;
    files.push((
        format!("content/bulletins/{last}.md"),
        text::bulletin_latest(last),
    ));
    if last > world.first {
        let prev = last.plus(-1);
        files.push((
            format!("content/bulletins/{prev}.md"),
            text::bulletin_previous(prev),
        ));
    }
    if opts.shape.commentary {
        for k in 0..(last.0 - world.first.0 - 1).max(0) {
            let t = world.first.plus(k);
            files.push((
                format!("content/bulletins/{t}.md"),
                shape::long_commentary(t),
            ));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// Writes `generate(opts)` under `dir` (creating folders).
pub fn write_site(dir: &Path, opts: &DemoOptions) -> std::io::Result<()> {
    write_files(dir, &generate(opts))
}

/// Writes (relative path, text) pairs under `dir`, creating folders.
pub fn write_files(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
    }
    Ok(())
}
