//! Figures derived from a month's metrics for the written parts of a bulletin:
//! the gap between the completion rate and the schedule, the pipeline's total
//! row, the projects still being prepared. Computed here, so that the
//! commentary, the default summary and the tables print the same numbers.

use super::{MonthMetrics, PipelineRow};
use crate::model::{Money, Ratio};

impl MonthMetrics<'_> {
    /// Completion rate − schedule (positive: ahead of 序时进度); `None`
    /// without a completion rate.
    pub fn vs_schedule(&self) -> Option<Ratio> {
        self.totals.completion_rate.map(|r| r.sub(self.schedule))
    }

    /// The total row of the pipeline (项目储备): every stage summed.
    pub fn pipeline_total(&self) -> PipelineRow {
        PipelineRow {
            name: String::new(),
            key: "total".into(),
            projects: self.pipeline.iter().map(|r| r.projects).sum(),
            total_investment: self
                .pipeline
                .iter()
                .map(|r| r.total_investment)
                .sum::<Money>(),
            planned: self.pipeline.iter().map(|r| r.planned).sum(),
        }
    }

    /// Projects still being prepared (谋划 and 储备), outside any plan.
    pub fn early_pipeline(&self) -> usize {
        self.pipeline
            .iter()
            .filter(|r| r.key == "idea" || r.key == "reserve")
            .map(|r| r.projects)
            .sum()
    }
}
