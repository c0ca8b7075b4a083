//! Where pages go, and writing them: the output folder and its atomic writer,
//! and what a preview remembers between its builds.

pub mod incremental;
pub mod manifest;
pub mod output;
pub mod paths;
pub mod prior;
pub mod swap;
pub mod write;
