//! Relationship health: each customer's own rhythm (the typical gap between the days they
//! were in touch), how long it has been since the last contact, and the articles' warning
//! that "the surest sign of a deteriorating relationship is that the customer has stopped
//! complaining": active customers with no feedback or complaint for a long time.
//!
//! Every figure keeps its inputs, so the UI can explain it in one sentence: "Usually in
//! touch every 9 days (the middle of 6 gaps); 40 days since the last contact, 22 past the
//! 18-day warning line."

use std::cmp::{Ordering, Reverse};

use super::days::Today;
use super::interaction::{Interaction, InteractionKind};

/// The thresholds of the health rules, one place to tune them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct HealthRules {
    /// Contact days needed before a rhythm is trusted (3 days give 2 gaps).
    pub min_contact_days: usize,
    /// A customer goes silent after this many times their usual gap...
    pub silence_factor: i64,
    /// ...but never sooner than this many days, so weekly customers are not flagged for
    /// one missed week.
    pub min_silence_days: i64,
    /// Without a rhythm yet: silent after this many days.
    pub default_silence_days: i64,
    /// Active: in touch within this many days.
    pub active_days: i64,
    /// No feedback or complaint for this many days, while active, is a warning.
    pub feedback_days: i64,
}

impl Default for HealthRules {
    fn default() -> Self {
        Self {
            min_contact_days: 3,
            silence_factor: 2,
            min_silence_days: 14,
            default_silence_days: 90,
            active_days: 90,
            feedback_days: 180,
        }
    }
}

/// A customer's usual gap between contact days: the middle one of the gaps (the lower of
/// the two middle ones when their number is even), so one long holiday does not move it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Rhythm {
    pub days: i64,
    /// How many gaps it was taken from.
    pub gaps: usize,
}

/// Gone quiet: longer since the last contact than the warning line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Silence {
    pub days_since_contact: i64,
    pub threshold_days: i64,
    /// Days past the warning line: how the at-risk list is sorted.
    pub overdue_days: i64,
}

/// Still in touch, but no feedback or complaint for a long time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct NoFeedback {
    /// `None` when they never gave any.
    pub days_since_feedback: Option<i64>,
    /// Contacts since the last feedback (or ever): they talk, but say nothing.
    pub contacts_since: usize,
}

/// One customer's health, with every input the explanation needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Health {
    /// Interactions that were contacts (notes to ourselves are not).
    pub contacts: usize,
    /// Distinct days with a contact.
    pub contact_days: usize,
    pub last_contact: Option<i64>,
    /// Days since the last contact, or since the customer was added when never contacted.
    pub days_since_contact: i64,
    /// `None` until there are enough contact days.
    pub rhythm: Option<Rhythm>,
    /// After how many days without contact the customer counts as silent.
    pub threshold_days: i64,
    pub silence: Option<Silence>,
    pub last_feedback: Option<i64>,
    pub no_feedback: Option<NoFeedback>,
}

impl Health {
    pub fn is_at_risk(&self) -> bool {
        self.silence.is_some() || self.no_feedback.is_some()
    }

    /// The at-risk order: silent customers first, the most overdue first; then those
    /// without feedback, the longest first (never is longest).
    pub fn risk_order(&self, other: &Self) -> Ordering {
        let key = |h: &Self| {
            (
                Reverse(h.silence.map(|s| s.overdue_days)),
                Reverse(
                    h.no_feedback
                        .map(|n| n.days_since_feedback.unwrap_or(i64::MAX)),
                ),
            )
        };
        key(self).cmp(&key(other))
    }
}

/// Feedback or a complaint: the customer told us how things go.
fn is_feedback(kind: InteractionKind) -> bool {
    matches!(kind, InteractionKind::Feedback | InteractionKind::Complaint)
}

/// The health of a customer added at `added`, from their interactions (any order).
pub fn health<'a>(
    interactions: impl IntoIterator<Item = &'a Interaction>,
    added: i64,
    today: Today,
    rules: &HealthRules,
) -> Health {
    let mut contacts: Vec<i64> = Vec::new();
    let mut last_feedback: Option<i64> = None;
    for i in interactions {
        if i.kind != InteractionKind::Note {
            contacts.push(i.at);
        }
        if is_feedback(i.kind) {
            last_feedback = last_feedback.max(Some(i.at));
        }
    }
    contacts.sort_unstable();
    let mut days: Vec<i64> = contacts.iter().map(|at| today.day_of(*at)).collect();
    days.dedup();
    let rhythm = rhythm(&days, rules);
    let last_contact = contacts.last().copied();
    let days_since_contact = today.days_since(last_contact.unwrap_or(added));
    let threshold_days = match rhythm {
        Some(r) => (r.days * rules.silence_factor).max(rules.min_silence_days),
        None => rules.default_silence_days,
    };
    let silence = (days_since_contact > threshold_days).then_some(Silence {
        days_since_contact,
        threshold_days,
        overdue_days: days_since_contact - threshold_days,
    });
    let days_since_feedback = last_feedback.map(|at| today.days_since(at));
    let active = last_contact.is_some() && days_since_contact <= rules.active_days;
    let known_long_enough = contacts
        .first()
        .is_some_and(|first| today.days_since(*first) > rules.feedback_days);
    let no_feedback = (active
        && known_long_enough
        && days_since_feedback.is_none_or(|d| d > rules.feedback_days))
    .then(|| NoFeedback {
        days_since_feedback,
        contacts_since: contacts
            .iter()
            .filter(|at| last_feedback.is_none_or(|f| **at > f))
            .count(),
    });
    Health {
        contacts: contacts.len(),
        contact_days: days.len(),
        last_contact,
        days_since_contact,
        rhythm,
        threshold_days,
        silence,
        last_feedback,
        no_feedback,
    }
}

/// The middle gap between sorted, distinct contact days.
fn rhythm(days: &[i64], rules: &HealthRules) -> Option<Rhythm> {
    if days.len() < rules.min_contact_days.max(2) {
        return None;
    }
    let mut gaps: Vec<i64> = days.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort_unstable();
    Some(Rhythm {
        days: gaps[(gaps.len() - 1) / 2],
        gaps: gaps.len(),
    })
}

#[cfg(test)]
mod tests;
