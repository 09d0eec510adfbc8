//! Every health figure on hand-made contacts, the expected numbers worked out in comments.

use super::*;
use crate::domain::{Channel, CustomerId, Direction, InteractionId, DAY_MS};

/// Today is day 100 since the epoch.
const TODAY: Today = Today {
    start: 100 * DAY_MS,
};
const HOUR: i64 = 3_600_000;

/// An interaction `days_ago` days before today, at `hour` o'clock.
fn on(days_ago: i64, hour: i64, kind: InteractionKind) -> Interaction {
    Interaction {
        id: InteractionId(format!("{days_ago}-{hour}")),
        customer: CustomerId("c".into()),
        at: TODAY.start - days_ago * DAY_MS + hour * HOUR,
        channel: Channel::Phone,
        kind,
        direction: Direction::Outgoing,
        summary: String::new(),
        satisfaction: None,
        created_by: None,
    }
}

fn contact(days_ago: i64) -> Interaction {
    on(days_ago, 10, InteractionKind::Contact)
}

fn rules() -> HealthRules {
    HealthRules::default()
}

#[test]
fn a_customer_never_contacted_is_measured_from_when_they_were_added() {
    // Added 200 days ago, never contacted: no rhythm, so the default line of 90 days
    // applies; 200 - 90 = 110 days past it.
    let h = health([], TODAY.start - 200 * DAY_MS, TODAY, &rules());
    assert_eq!((h.contacts, h.contact_days, h.last_contact), (0, 0, None));
    assert_eq!(
        (h.days_since_contact, h.rhythm, h.threshold_days),
        (200, None, 90)
    );
    assert_eq!(
        h.silence,
        Some(Silence {
            days_since_contact: 200,
            threshold_days: 90,
            overdue_days: 110
        })
    );
    assert_eq!(h.no_feedback, None, "never in touch is not 'active'");
    // Added today: nothing to worry about yet.
    let h = health([], TODAY.start + HOUR, TODAY, &rules());
    assert!(!h.is_at_risk());
}

#[test]
fn one_interaction_gives_no_rhythm_yet() {
    // One contact 30 days ago: 1 contact day < 3, no rhythm; 30 <= 90, not silent.
    let one = [contact(30)];
    let h = health(&one, 0, TODAY, &rules());
    assert_eq!(
        (h.contacts, h.contact_days, h.days_since_contact),
        (1, 1, 30)
    );
    assert_eq!((h.rhythm, h.threshold_days, h.silence), (None, 90, None));
    // Known for 30 days only (not more than 180): no feedback warning either.
    assert_eq!(h.no_feedback, None);
}

#[test]
fn the_rhythm_is_the_middle_gap_between_contact_days() {
    // Contact days 50, 40, 30, 28 and 20 days ago (20 twice, once by e-mail; a note
    // yesterday is not a contact). Gaps: 10, 10, 2, 8 -> sorted 2, 8, 10, 10; four gaps,
    // the lower middle one is 8. Warning line: max(2 x 8, 14) = 16 days; it has been 20
    // days, 4 past the line.
    let list = [
        contact(50),
        contact(40),
        contact(30),
        contact(28),
        contact(20),
        on(20, 15, InteractionKind::Contact),
        on(1, 9, InteractionKind::Note),
    ];
    let h = health(&list, 0, TODAY, &rules());
    assert_eq!((h.contacts, h.contact_days), (6, 5));
    assert_eq!(h.rhythm, Some(Rhythm { days: 8, gaps: 4 }));
    assert_eq!(h.last_contact, Some(TODAY.start - 20 * DAY_MS + 15 * HOUR));
    assert_eq!(
        h.silence,
        Some(Silence {
            days_since_contact: 20,
            threshold_days: 16,
            overdue_days: 4
        })
    );
}

#[test]
fn frequent_customers_get_at_least_two_weeks() {
    // Every 2 days: rhythm 2, line max(4, 14) = 14. Last contact 2 days ago: fine.
    let h = health(&[contact(6), contact(4), contact(2)], 0, TODAY, &rules());
    assert_eq!(
        (h.rhythm.unwrap().days, h.threshold_days, h.silence),
        (2, 14, None)
    );
    // The same rhythm ending 15 days ago: 15 > 14, one day past the line.
    let h = health(&[contact(19), contact(17), contact(15)], 0, TODAY, &rules());
    assert_eq!(h.silence.unwrap().overdue_days, 1);
    // Exactly on the line is not yet silent.
    let h = health(&[contact(18), contact(16), contact(14)], 0, TODAY, &rules());
    assert_eq!(h.silence, None);
}

/// Monthly contacts from 310 days ago to 10 days ago: 310, 280, ..., 10 (11 contacts).
fn monthly() -> Vec<Interaction> {
    (0..11).map(|k| contact(310 - 30 * k)).collect()
}

#[test]
fn an_active_customer_who_stopped_complaining_is_flagged() {
    // A complaint 250 days ago (at 11:00, after that day's contact at 10:00), none since.
    // Active: last contact 10 days ago <= 90. Known 310 days > 180. Last feedback 250
    // days ago > 180: flagged. Contacts after it: 220, 190, ..., 10 days ago = 8.
    let mut list = monthly();
    list.push(on(250, 11, InteractionKind::Complaint));
    let h = health(&list, 0, TODAY, &rules());
    // Rhythm 30 (all gaps 30), line 60, 10 days since: not silent.
    assert_eq!((h.rhythm.unwrap().days, h.silence), (30, None));
    assert_eq!(
        h.no_feedback,
        Some(NoFeedback {
            days_since_feedback: Some(250),
            contacts_since: 8
        })
    );
    // Never any feedback: all 11 contacts said nothing.
    let h = health(&monthly(), 0, TODAY, &rules());
    assert_eq!(
        h.no_feedback,
        Some(NoFeedback {
            days_since_feedback: None,
            contacts_since: 11
        })
    );
    // Feedback 100 days ago (<= 180): no warning.
    let mut list = monthly();
    list.push(on(100, 11, InteractionKind::Feedback));
    assert_eq!(health(&list, 0, TODAY, &rules()).no_feedback, None);
}

#[test]
fn the_at_risk_order_puts_the_most_overdue_silence_first() {
    let silent = |overdue_days| Health {
        silence: Some(Silence {
            days_since_contact: 0,
            threshold_days: 0,
            overdue_days,
        }),
        ..health([], 0, TODAY, &rules())
    };
    let quiet = |days_since_feedback| Health {
        silence: None,
        no_feedback: Some(NoFeedback {
            days_since_feedback,
            contacts_since: 1,
        }),
        ..silent(0)
    };
    let mut list = [quiet(Some(250)), silent(4), quiet(None), silent(10)];
    list.sort_by(|a, b| a.risk_order(b));
    assert_eq!(list, [silent(10), silent(4), quiet(None), quiet(Some(250))]);
}
