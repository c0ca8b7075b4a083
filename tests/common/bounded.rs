//! Running the real binary with a time limit, and fingerprints of output folders.
#![allow(dead_code)]

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The tongbao binary under test.
pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tongbao"));
    cmd.env("NO_COLOR", "1").args(["--lang", "en"]);
    cmd
}

/// The generator of synthetic sites, `tongbao-demo`.
pub fn demo_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tongbao-demo"))
}

/// Runs `cmd` to its end, killing it and failing the test after `secs` seconds.
pub fn run_for(mut cmd: Command, secs: u64) -> Output {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    let out = drain(&mut child);
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} ran for more than {secs} s (a hang?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (stdout, stderr) = out.join().expect("reader");
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Reads the child's standard output and error in a thread, so that it never
/// blocks on a full pipe.
fn drain(child: &mut Child) -> std::thread::JoinHandle<(Vec<u8>, Vec<u8>)> {
    let mut o = child.stdout.take().expect("stdout");
    let mut e = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        let t = std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = o.read_to_end(&mut v);
            v
        });
        let mut ev = Vec::new();
        let _ = e.read_to_end(&mut ev);
        (t.join().unwrap_or_default(), ev)
    })
}

/// `tongbao ARGS…` with a time limit.
pub fn tongbao_for(args: &[&std::ffi::OsStr], secs: u64) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    run_for(cmd, secs)
}

/// A fingerprint of every file under `dir` (path, length, hash), sorted: cheap
/// to keep for large sites, and equal exactly when the files are (up to hash
/// collisions of a fixed-key SipHash).
pub fn fingerprint(dir: &Path) -> Vec<(String, u64, u64)> {
    let mut out: Vec<(String, u64, u64)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).expect("read output file");
            let mut h = DefaultHasher::new();
            h.write(&bytes);
            (
                e.path()
                    .strip_prefix(dir)
                    .expect("under dir")
                    .to_string_lossy()
                    .into_owned(),
                bytes.len() as u64,
                h.finish(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The first difference between two fingerprints, for failure messages.
pub fn first_difference(a: &[(String, u64, u64)], b: &[(String, u64, u64)]) -> String {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return format!("{x:?} vs {y:?}");
        }
    }
    format!("{} files vs {} files", a.len(), b.len())
}

/// Standard error as text.
pub fn err_text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
