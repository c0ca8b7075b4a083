//! metrics.json's layout: one top-level key per line and, in a top-level
//! key's non-empty array, one element per line, everything below compact.
//! Readable, a month's change shows line by line in a diff, and a third of
//! the size of fully indented JSON for a large ledger. Written by serde_json
//! through this formatter in one pass (no second pass over tens of
//! megabytes of compact JSON).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

/// A serde_json formatter that lays out as the module says.
#[derive(Default)]
struct RowsPerLine {
    /// How many objects and arrays are open.
    depth: usize,
    /// Whether the array open at depth 2 (a top-level key's) is laid out by
    /// rows, and whether it has had a row yet.
    rows: bool,
    /// Whether that array has had a row yet.
    any: bool,
}

impl Formatter for RowsPerLine {
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        w.write_all(if self.depth == 1 { b"{\n  " } else { b"{" })
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        let depth = self.depth;
        self.depth = depth.saturating_sub(1);
        w.write_all(if depth == 1 { b"\n}" } else { b"}" })
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        match (first, self.depth) {
            (true, _) => Ok(()),
            (false, 1) => w.write_all(b",\n  "),
            (false, _) => w.write_all(b","),
        }
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.depth == 1 { b": " } else { b":" })
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        if self.depth == 2 {
            self.rows = true;
            self.any = false;
        }
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        let depth = self.depth;
        self.depth = depth.saturating_sub(1);
        if depth == 2 && self.rows {
            self.rows = false;
            if self.any {
                return w.write_all(b"\n  ]");
            }
        }
        w.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if self.depth == 2 && self.rows {
            self.any = true;
            return w.write_all(if first { b"\n    " } else { b",\n    " });
        }
        if first {
            Ok(())
        } else {
            w.write_all(b",")
        }
    }
}

/// `value` as JSON laid out by rows, with a trailing newline; `size` is a
/// guess of its length.
pub fn rows_per_line<T: Serialize + ?Sized>(value: &T, size: usize) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(size);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, RowsPerLine::default());
    value.serialize(&mut ser)?;
    out.push(b'\n');
    Ok(out)
}
