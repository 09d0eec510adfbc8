//! Commitments: promises made to a customer ("install by Friday", "send the quote") and
//! follow-up tasks for ourselves, each with a due date and an owner; open, kept or broken.
//! Relationships erode by themselves: these are what the seller checks to see whether
//! promises were kept and nothing was neglected (DOMAIN.md).

use super::codes::code_enum;
use super::colleague::ColleagueId;
use super::customer::CustomerId;
use super::days::Today;
use super::validation::{required, Field, FieldError, Problem, MAX_LINE};

/// The stable id of a commitment: random, so two devices never create the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct CommitmentId(pub String);

code_enum! {
    /// Who the commitment is owed to.
    pub enum CommitmentKind {
        /// A promise to a customer: it is kept or broken in the customer's eyes.
        Promise = "promise",
        /// A follow-up for ourselves ("call back", "check the installation"), about a
        /// customer or not.
        Task = "task",
    }
}

code_enum! {
    /// Where a commitment stands.
    pub enum CommitmentStatus {
        Open = "open",
        /// Done as promised (for a task: done).
        Kept = "kept",
        /// Not done as promised (for a task: dropped).
        Broken = "broken",
    }
}

/// A commitment as read from the workspace.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Commitment {
    pub id: CommitmentId,
    pub kind: CommitmentKind,
    /// Always set for a promise; optional for a task.
    pub customer: Option<CustomerId>,
    pub title: String,
    /// When it is due, in milliseconds since the epoch; the day it falls on is what counts.
    pub due: i64,
    /// The colleague who sees it in their "today" view.
    pub owner: Option<ColleagueId>,
    pub status: CommitmentStatus,
    /// When it was marked kept or broken.
    pub settled_at: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
    /// When its owner wants to be reminded (milliseconds since the epoch), if at all.
    pub remind_at: Option<i64>,
}

/// What a user fills in to make a commitment.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommitmentDraft {
    pub kind: CommitmentKind,
    pub customer: Option<CustomerId>,
    pub title: String,
    pub due: i64,
    /// `None` makes the colleague who creates it the owner.
    pub owner: Option<ColleagueId>,
    /// A reminder for its owner; absent in intents kept by an older build.
    #[serde(default)]
    pub remind_at: Option<i64>,
}

impl CommitmentDraft {
    /// A promise to `customer`, due at `due`.
    pub fn promise(customer: CustomerId, title: &str, due: i64) -> Self {
        Self {
            kind: CommitmentKind::Promise,
            customer: Some(customer),
            title: title.to_owned(),
            due,
            owner: None,
            remind_at: None,
        }
    }

    /// A task for ourselves, due at `due`.
    pub fn task(title: &str, due: i64) -> Self {
        Self {
            kind: CommitmentKind::Task,
            customer: None,
            title: title.to_owned(),
            due,
            owner: None,
            remind_at: None,
        }
    }

    /// Checks every field; returns the cleaned draft or every problem found.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = required(Field::Title, &self.title, MAX_LINE)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        if self.kind == CommitmentKind::Promise && self.customer.is_none() {
            errors.push(FieldError::new(Field::Customer, Problem::Required));
        }
        if self.due <= 0 {
            errors.push(FieldError::new(Field::Due, Problem::Required));
        }
        if self.remind_at.is_some_and(|at| at <= 0) {
            errors.push(FieldError::new(Field::Reminder, Problem::Required));
        }
        if errors.is_empty() {
            Ok(Self { title, ..self })
        } else {
            Err(errors)
        }
    }
}

/// One in-place edit of one field of a commitment: one user action, one commit.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CommitmentUpdate {
    Title(String),
    Due(i64),
    Owner(Option<ColleagueId>),
    /// Attach a task to a customer or detach it; a promise always keeps one.
    Customer(Option<CustomerId>),
    /// Mark kept, broken, or open again.
    Status(CommitmentStatus),
    /// Set or clear the owner's reminder.
    Reminder(Option<i64>),
}

impl CommitmentUpdate {
    /// The stored key of the field this update changes (also in the commit message).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Title(_) => "title",
            Self::Due(_) => "due",
            Self::Owner(_) => "owner",
            Self::Customer(_) => "customer",
            Self::Status(_) => "status",
            Self::Reminder(_) => "remind_at",
        }
    }

    /// Checks and normalises the new value, or says what is wrong.
    pub fn validated(self) -> Result<Self, FieldError> {
        Ok(match self {
            Self::Title(title) => Self::Title(required(Field::Title, &title, MAX_LINE)?),
            Self::Due(due) if due <= 0 => {
                return Err(FieldError::new(Field::Due, Problem::Required))
            }
            Self::Reminder(Some(at)) if at <= 0 => {
                return Err(FieldError::new(Field::Reminder, Problem::Required))
            }
            other => other,
        })
    }
}

impl Commitment {
    pub fn is_open(&self) -> bool {
        self.status == CommitmentStatus::Open
    }

    /// Open, with a reminder that is due at `now` (milliseconds since the epoch).
    pub fn reminder_due(&self, now: i64) -> bool {
        self.is_open() && self.remind_at.is_some_and(|at| at <= now)
    }

    /// Open and due before today.
    pub fn is_overdue(&self, today: Today) -> bool {
        self.is_open() && today.day_of(self.due) < 0
    }
}

/// The "today" view: open commitments, overdue first, each group by due time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda<'a> {
    /// Due before today, the oldest first.
    pub overdue: Vec<&'a Commitment>,
    pub today: Vec<&'a Commitment>,
    /// Due after today.
    pub upcoming: Vec<&'a Commitment>,
}

/// Sorts the open commitments of `owner` (everyone's for `None`) into the "today" view.
pub fn agenda<'a>(
    commitments: impl IntoIterator<Item = &'a Commitment>,
    today: Today,
    owner: Option<&ColleagueId>,
) -> Agenda<'a> {
    let mut agenda = Agenda::default();
    for c in commitments {
        if !c.is_open() || owner.is_some_and(|o| c.owner.as_ref() != Some(o)) {
            continue;
        }
        match today.day_of(c.due) {
            ..0 => agenda.overdue.push(c),
            0 => agenda.today.push(c),
            _ => agenda.upcoming.push(c),
        }
    }
    for group in [&mut agenda.overdue, &mut agenda.today, &mut agenda.upcoming] {
        group.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    }
    agenda
}

/// Promises to one customer, kept against broken: the seller's track record with them.
/// Tasks for ourselves are not counted: the customer never saw them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PromiseRecord {
    pub kept: usize,
    pub broken: usize,
    /// Still open, overdue ones included.
    pub open: usize,
    /// Open and past their due day: about to be broken.
    pub overdue: usize,
}

impl PromiseRecord {
    /// Kept promises as a whole percentage of the settled ones (kept or broken), rounded
    /// down; `None` while none is settled.
    pub fn kept_percent(&self) -> Option<u8> {
        let settled = self.kept + self.broken;
        (settled > 0).then(|| (self.kept * 100 / settled) as u8)
    }
}

/// Counts the promises among `commitments` (those of one customer).
pub fn promise_record<'a>(
    commitments: impl IntoIterator<Item = &'a Commitment>,
    today: Today,
) -> PromiseRecord {
    let mut record = PromiseRecord::default();
    for c in commitments
        .into_iter()
        .filter(|c| c.kind == CommitmentKind::Promise)
    {
        match c.status {
            CommitmentStatus::Kept => record.kept += 1,
            CommitmentStatus::Broken => record.broken += 1,
            CommitmentStatus::Open => {
                record.open += 1;
                record.overdue += usize::from(c.is_overdue(today));
            }
        }
    }
    record
}

#[cfg(test)]
mod tests;
