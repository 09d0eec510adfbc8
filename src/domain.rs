//! Pure types and rules of the CRM: customers, interactions, stages, commitments, deals,
//! the relationship metrics (health, value, segments, satisfaction), validation and
//! Turkish-aware search. No web APIs, no Automerge and no clock here: "today" is given.

mod backup;
mod codes;
mod colleague;
mod commitment;
mod customer;
mod days;
mod deal;
mod health;
mod interaction;
mod money;
mod satisfaction;
mod search;
mod segments;
mod stage;
mod validation;
mod value;

pub use backup::{CopyRecord, BACKUP_REMINDER_DAYS};
pub use codes::Code;
pub use colleague::{Colleague, ColleagueId};
pub use commitment::{
    agenda, promise_record, Agenda, Commitment, CommitmentDraft, CommitmentId, CommitmentKind,
    CommitmentStatus, CommitmentUpdate, PromiseRecord,
};
pub use customer::{
    split_list, Channel, Customer, CustomerDraft, CustomerId, CustomerKind, CustomerUpdate,
};
pub use days::{Today, DAY_MS};
pub use deal::{parse_money, Deal, DealDraft, DealId, DealStage, DealUpdate, LostReason};
pub use health::{health, Health, HealthRules, NoFeedback, Rhythm, Silence};
pub use interaction::{Direction, Interaction, InteractionDraft, InteractionId, InteractionKind};
pub use money::{parse_amount, Currency, Money, MAX_AMOUNT};
pub use satisfaction::{satisfaction, Ratings, Satisfaction, Trend};
pub use search::{collation_key, fold, Query, SearchText};
pub use segments::{rfm, segment, Rfm, Segment};
pub use stage::{DissolutionReason, Stage, StageChange};
pub(crate) use validation::required;
pub use validation::{is_email, is_phone, Field, FieldError, Problem, MAX_LINE, MAX_TEXT};
pub use value::{pareto, revenue, Pareto, Revenue};
