//! Tests of the metrics module: every formula, DOMAIN.md's worked example, property
//! tests on random ledgers against a plain reference, and the metrics.json keys.

mod breakdown;
mod build;
mod example;
mod formulas;
mod groupings;
mod history;
mod json;
mod periods;
mod props;
mod reference;
