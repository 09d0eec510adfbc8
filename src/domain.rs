//! Pure types and rules of the CRM: customers, interactions, stages, validation and
//! Turkish-aware search. No web APIs and no Automerge here.

mod backup;
mod codes;
mod colleague;
mod customer;
mod interaction;
mod search;
mod stage;
mod validation;

pub use backup::{CopyRecord, BACKUP_REMINDER_DAYS};
pub use codes::Code;
pub use colleague::{Colleague, ColleagueId};
pub use customer::{
    split_list, Channel, Customer, CustomerDraft, CustomerId, CustomerKind, CustomerUpdate,
};
pub use interaction::{Direction, Interaction, InteractionDraft, InteractionId, InteractionKind};
pub use search::{collation_key, fold, Query, SearchText};
pub use stage::{DissolutionReason, Stage, StageChange};
pub(crate) use validation::required;
pub use validation::{is_email, is_phone, Field, FieldError, Problem, MAX_LINE, MAX_TEXT};
