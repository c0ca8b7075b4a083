//! Placeholder.
/// Placeholder.
#[derive(Default)]
pub struct DemoOptions {
    pub projects: usize,
    pub months: usize,
    pub seed: u64,
}
/// Placeholder.
pub fn generate(_o: &DemoOptions) -> Vec<(String, String)> {
    Vec::new()
}
/// Placeholder.
pub fn worked_example() -> Vec<(String, String)> {
    Vec::new()
}
