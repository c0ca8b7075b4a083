//! A build killed with SIGKILL at any moment leaves the output folder whole:
//! the complete previous site or the complete new one, never a mix and never
//! nothing; and the next build cleans up what the killed one left.

#![cfg(unix)]

#[path = "common/bounded.rs"]
mod bounded;
mod common;

use bounded::{err_text, fingerprint, first_difference, run_for};
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

type Print = Vec<(String, u64, u64)>;

fn build(site: &Path) {
    let mut cmd = bounded::bin();
    cmd.arg("build").arg(site);
    let o = run_for(cmd, 600);
    assert_eq!(o.status.code(), Some(0), "{}", err_text(&o));
}

/// Builds `site`, watching it: returns the seconds from the start until the
/// staging folder appeared and until the output folder was swapped.
fn build_watched(site: &Path, log: &Path) -> (f64, f64) {
    let out = site.join("output");
    let before = inode(&out);
    let mut child = bounded::bin()
        .arg("build")
        .arg(site)
        .stdout(Stdio::null())
        .stderr(fs::File::create(log).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let (mut staging, mut swapped) = (None, None);
    loop {
        let t = start.elapsed().as_secs_f64();
        if staging.is_none() && staging_present(site) {
            staging = Some(t);
        }
        if swapped.is_none() && inode(&out) != before {
            swapped = Some(t);
        }
        if let Some(status) = child.try_wait().unwrap() {
            assert!(
                status.success(),
                "{}",
                fs::read_to_string(log).unwrap_or_default()
            );
            break;
        }
        assert!(t < 600.0, "the build did not end");
        std::thread::sleep(Duration::from_micros(500));
    }
    (
        staging.expect("never saw the staging folder"),
        swapped.expect("never saw the swap"),
    )
}

/// When a kill happens: this long after a moment of the build.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// This long after the build started (it is still loading and rendering).
    Start(Duration),
    /// This long after the staging folder appeared (files are being written).
    Staging(Duration),
    /// This long after the output folder changed in any way: it became
    /// another folder (the swap is done; the previous site is being deleted),
    /// or anything at its top level came or went (which a build that is not
    /// atomic would show while it deletes or writes in place).
    Change(Duration),
}

/// The inode of the output folder, which the swap changes.
fn inode(out: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(out).ok().map(|m| m.ino())
}

/// The output folder's inode and the names at its top level.
fn listing(out: &Path) -> (Option<u64>, Vec<std::ffi::OsString>) {
    let mut names: Vec<_> = fs::read_dir(out)
        .map(|d| d.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    names.sort();
    (inode(out), names)
}

/// Starts a build, kills it with SIGKILL at `when`, and waits for it. Returns
/// whether it was still running when killed; a build that ended by itself must
/// have succeeded.
fn build_and_kill(site: &Path, when: Moment, log: &Path) -> bool {
    let out = site.join("output");
    let before = listing(&out);
    let mut child = bounded::bin()
        .arg("build")
        .arg(site)
        .stdout(Stdio::null())
        .stderr(fs::File::create(log).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let limit = Duration::from_secs(600);
    let (ready, delay): (Box<dyn Fn() -> bool>, Duration) = match when {
        Moment::Start(d) => (Box::new(|| true), d),
        Moment::Staging(d) => (Box::new(|| staging_present(site)), d),
        Moment::Change(d) => (Box::new(|| listing(&out) != before), d),
    };
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let err = fs::read_to_string(log).unwrap_or_default();
            assert!(status.success(), "{when:?}: the build failed: {err}");
            return false;
        }
        if ready() {
            break;
        }
        assert!(
            start.elapsed() < limit,
            "{when:?}: no such moment within {limit:?}"
        );
        std::thread::sleep(Duration::from_micros(500));
    }
    std::thread::sleep(delay);
    let running = child.try_wait().unwrap().is_none();
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
    running
}

fn staging_present(site: &Path) -> bool {
    site.join(".output.tongbao-staging").exists() || site.join(".output.tongbao-old").exists()
}

#[test]
fn killed_builds_leave_the_old_or_the_new_site_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let mut cmd = bounded::demo_bin();
    cmd.arg(&site)
        .args(["--projects", "3000", "--months", "12", "--no-paper"]);
    let o = run_for(cmd, 300);
    assert_eq!(o.status.code(), Some(0), "{}", err_text(&o));
    let out = site.join("output");
    let log = tmp.path().join("build.log");
    let site_yaml = site.join("content/site.yaml");
    let text_a = fs::read_to_string(&site_yaml).unwrap();
    let first_line = text_a.lines().find(|l| l.starts_with("title:")).unwrap();
    let text_b = text_a.replacen(first_line, "title: 另一个标题的月报", 1);

    // The two sites a killed build may leave, and when a build writes and swaps.
    build(&site);
    let a: Print = fingerprint(&out);
    fs::write(&site_yaml, &text_b).unwrap();
    let (staging_at, swap_at) = build_watched(&site, &log);
    let b: Print = fingerprint(&out);
    assert!(a.len() > 3000 && a != b, "{} files", a.len());
    let writing = Duration::from_secs_f64(swap_at - staging_at);

    // Kills while loading, spread over the writing (up to the swap and just
    // past it), and after the swap while the previous site is deleted.
    let ms = Duration::from_millis;
    let mut moments = vec![
        Moment::Start(ms(10)),
        Moment::Start(ms(50)),
        Moment::Start(ms(150)),
    ];
    for f in [0.0, 0.3, 0.6, 0.9, 1.0] {
        moments.push(Moment::Staging(writing.mul_f64(f)));
    }
    moments.extend([Moment::Change(ms(0)), Moment::Change(ms(30))]);
    let (mut while_writing, mut after_swap) = (0, 0);
    let mut current = b.clone();
    for when in moments {
        // Every build replaces the site in the output by the other one.
        let (old, new, text) = if current == a {
            (&a, &b, &text_b)
        } else {
            (&b, &a, &text_a)
        };
        fs::write(&site_yaml, text).unwrap();
        let running = build_and_kill(&site, when, &log);
        let left = staging_present(&site);
        let now = fingerprint(&out);
        let (is_old, is_new) = (&now == old, &now == new);
        assert!(
            is_new || is_old,
            "after a kill {when:?} the output is neither site: vs the old {}; vs the new {}",
            first_difference(old, &now),
            first_difference(new, &now)
        );
        if running && left && is_old {
            while_writing += 1;
        }
        if running && is_new {
            after_swap += 1;
        }
        eprintln!("kill {when:?}: running {running}, leftovers {left}, new site {is_new}");
        current = now;
    }
    eprintln!("writing takes {writing:?}; {while_writing} kills while writing, {after_swap} after the swap");
    assert!(
        while_writing >= 1,
        "no kill landed while the new site was being written"
    );
    assert!(after_swap >= 1, "no kill landed after the swap");

    // The next build cleans up and gives the site of its content.
    let (text, expected) = if current == a {
        (&text_b, &b)
    } else {
        (&text_a, &a)
    };
    fs::write(&site_yaml, text).unwrap();
    build(&site);
    assert!(!staging_present(&site), "leftovers were not cleaned");
    let now = fingerprint(&out);
    assert!(&now == expected, "{}", first_difference(expected, &now));
}
