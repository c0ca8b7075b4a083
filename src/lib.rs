//! tongbao (通报) turns a local government's key-project ledger into a monthly
//! bulletin site: YAML data and Markdown commentary in, exact figures, SVG
//! charts and static HTML out.

pub mod model;
