//! tongbao (通报) turns a local government's key-project ledger into a monthly
//! bulletin site: YAML data and Markdown commentary in, exact figures, SVG
//! charts and static HTML out.
//!
//! The pipeline runs in one direction, one module per stage:
//! [`content`] (files → [`model::Ledger`]) → [`metrics`] (pure arithmetic) →
//! [`render`] (templates, charts, Markdown) → [`site`] (paths, atomic output).

pub mod alloc;
pub mod build;
pub mod charts;
pub mod cmd;
pub mod collect;
pub mod content;
pub mod demo;
pub mod diagnostics;
pub mod document;
pub mod escape;
pub mod import;
pub mod metrics;
pub mod model;
#[cfg(feature = "paper")]
pub mod paper;
pub mod plan;
pub mod progress;
pub mod render;
pub mod serve;
pub mod site;
pub mod trace;

pub use build::{build, build_with, BuildError, BuildSummary};
pub use content::{load, Loaded};
