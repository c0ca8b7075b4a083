//! Which pages exist and where they go; the output folder and its atomic writer.

pub mod output;
pub mod paths;
pub mod swap;
