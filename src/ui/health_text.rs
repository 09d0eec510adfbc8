//! A customer's health in words: their usual rhythm, how long since the last contact, and
//! why they are at risk, each figure named so the sentence explains itself.

use crate::domain::{Health, HealthRules};
use crate::ui::i18n::{I18n, Msg};

/// "Usually in touch every 12 days; 31 days since the last contact. Silent: 7 days past
/// the 24-day warning line."
pub fn health_text(i18n: I18n, health: &Health) -> String {
    let n = |x: i64| i18n.number(x.max(0) as usize);
    let since = n(health.days_since_contact);
    let mut parts = vec![match (health.rhythm, health.last_contact) {
        (_, None) => i18n.t(Msg::HealthNever).replace("{since}", &since),
        (Some(rhythm), Some(_)) => i18n
            .t(Msg::HealthRhythm)
            .replace("{rhythm}", &n(rhythm.days))
            .replace("{since}", &since),
        (None, Some(_)) => i18n
            .t(Msg::HealthNoRhythm)
            .replace("{days}", &i18n.number(health.contact_days))
            .replace("{since}", &since),
    }];
    match health.silence {
        Some(silence) => parts.push(
            i18n.t(Msg::HealthSilent)
                .replace("{overdue}", &n(silence.overdue_days))
                .replace("{threshold}", &n(silence.threshold_days)),
        ),
        None => parts.push(
            i18n.t(Msg::HealthLine)
                .replace("{threshold}", &n(health.threshold_days)),
        ),
    }
    if let Some(quiet) = health.no_feedback {
        let contacts = i18n.number(quiet.contacts_since);
        parts.push(match quiet.days_since_feedback {
            Some(days) => i18n
                .t(Msg::HealthNoFeedback)
                .replace("{days}", &n(days))
                .replace("{contacts}", &contacts),
            None => i18n
                .t(Msg::HealthNeverFeedback)
                .replace("{contacts}", &contacts),
        });
    }
    if !health.is_at_risk() {
        parts.push(i18n.t(Msg::HealthGood).to_owned());
    }
    parts.join(" ")
}

/// How the health rules work, with the workspace's thresholds.
pub fn rules_text(i18n: I18n, rules: &HealthRules) -> String {
    i18n.t(Msg::HealthRules)
        .replace("{factor}", &rules.silence_factor.to_string())
        .replace("{min}", &rules.min_silence_days.to_string())
        .replace("{default}", &rules.default_silence_days.to_string())
        .replace("{contact_days}", &rules.min_contact_days.to_string())
        .replace("{feedback}", &rules.feedback_days.to_string())
}
