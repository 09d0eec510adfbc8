//! The lifecycle of a relationship (see DOMAIN.md): exploration to commitment, or dissolution.

use super::codes::code_enum;
use super::colleague::ColleagueId;

code_enum! {
    /// Where a customer stands in the relationship lifecycle.
    pub enum Stage {
        /// The customer tests the supplier.
        Exploration = "exploration",
        /// The customer sees the value.
        Awareness = "awareness",
        /// More business, growing dependence.
        Expansion = "expansion",
        /// Loyalty: the goal.
        Commitment = "commitment",
        /// The relationship ended; a reason is required.
        Dissolution = "dissolution",
    }
}

code_enum! {
    /// Why a relationship ended.
    pub enum DissolutionReason {
        Dissatisfied = "dissatisfied",
        Competitor = "competitor",
        NeedsChanged = "needs_changed",
        Unprofitable = "unprofitable",
        Fraud = "fraud",
        Other = "other",
    }
}

impl Stage {
    /// The stages of an ongoing relationship: all but dissolution.
    pub const ALL_ACTIVE: [Stage; 4] = [
        Stage::Exploration,
        Stage::Awareness,
        Stage::Expansion,
        Stage::Commitment,
    ];
}

/// One move of a customer to a stage, kept so the lifecycle can be shown over time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StageChange {
    pub stage: Stage,
    pub reason: Option<DissolutionReason>,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    pub by: Option<ColleagueId>,
}
