//! Interactions: one contact on one channel at one time, with a summary.

use super::codes::code_enum;
use super::colleague::ColleagueId;
use super::customer::{Channel, CustomerId};
use super::validation::{bounded, Field, FieldError, Problem, MAX_TEXT};

/// The stable id of an interaction: random, so two devices never create the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct InteractionId(pub String);

code_enum! {
    /// What an interaction was about.
    pub enum InteractionKind {
        Contact = "contact",
        Purchase = "purchase",
        Service = "service",
        Feedback = "feedback",
        Complaint = "complaint",
        Note = "note",
    }
}

code_enum! {
    /// Who reached out.
    pub enum Direction {
        Incoming = "incoming",
        Outgoing = "outgoing",
    }
}

/// An interaction as read from the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Interaction {
    pub id: InteractionId,
    pub customer: CustomerId,
    /// When it happened, in milliseconds since the Unix epoch.
    pub at: i64,
    pub channel: Channel,
    pub kind: InteractionKind,
    pub direction: Direction,
    pub summary: String,
    /// 1 (very unhappy) to 5 (very happy), when the customer's mood was noted.
    pub satisfaction: Option<u8>,
    pub created_by: Option<ColleagueId>,
}

/// What a user fills in to log or edit an interaction.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InteractionDraft {
    pub at: i64,
    pub channel: Channel,
    pub kind: InteractionKind,
    pub direction: Direction,
    pub summary: String,
    /// Taken as typed so that an out-of-range value can be reported, not silently cut.
    pub satisfaction: Option<i64>,
}

impl InteractionDraft {
    /// A phone call logged now, the most common case.
    pub fn new(at: i64) -> Self {
        Self {
            at,
            channel: Channel::Phone,
            kind: InteractionKind::Contact,
            direction: Direction::Outgoing,
            summary: String::new(),
            satisfaction: None,
        }
    }

    /// Checks the draft; returns the summary trimmed and the satisfaction in range.
    pub fn validated(self) -> Result<(Self, Option<u8>), Vec<FieldError>> {
        let mut errors = Vec::new();
        let summary = bounded(Field::Summary, &self.summary, MAX_TEXT)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let satisfaction = match self.satisfaction {
            None => None,
            Some(v @ 1..=5) => Some(v as u8),
            Some(_) => {
                errors.push(FieldError::new(
                    Field::Satisfaction,
                    Problem::OutOfRange { min: 1, max: 5 },
                ));
                None
            }
        };
        if self.at <= 0 {
            errors.push(FieldError::new(Field::When, Problem::Required));
        }
        if errors.is_empty() {
            Ok((Self { summary, ..self }, satisfaction))
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn satisfaction_outside_one_to_five_is_refused() {
        for bad in [0, 6, 9, -1] {
            let draft = InteractionDraft {
                satisfaction: Some(bad),
                ..InteractionDraft::new(1)
            };
            let errors = draft.validated().unwrap_err();
            assert_eq!(errors[0].field, Field::Satisfaction, "{bad}");
        }
    }

    #[test]
    fn satisfaction_is_optional_and_kept_when_valid() {
        let draft = InteractionDraft {
            satisfaction: Some(4),
            ..InteractionDraft::new(1)
        };
        assert_eq!(draft.validated().unwrap().1, Some(4));
        assert_eq!(InteractionDraft::new(1).validated().unwrap().1, None);
    }

    #[test]
    fn the_summary_is_trimmed() {
        let draft = InteractionDraft {
            summary: "  Teklif istedi \n".into(),
            ..InteractionDraft::new(1)
        };
        assert_eq!(draft.validated().unwrap().0.summary, "Teklif istedi");
    }

    #[test]
    fn a_missing_time_is_refused() {
        let errors = InteractionDraft::new(0).validated().unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError::new(Field::When, Problem::Required)]
        );
    }
}
