//! Commitment drafts, the "today" view and kept-against-broken, by hand.

use super::*;
use crate::domain::DAY_MS;

const TODAY: Today = Today {
    start: 100 * DAY_MS,
};

fn me() -> ColleagueId {
    ColleagueId("me".into())
}

fn commitment(
    id: &str,
    kind: CommitmentKind,
    due_day: i64,
    status: CommitmentStatus,
) -> Commitment {
    Commitment {
        id: CommitmentId(id.into()),
        kind,
        customer: Some(CustomerId("c".into())),
        title: id.into(),
        due: TODAY.start + due_day * DAY_MS + 15 * 3_600_000,
        owner: Some(me()),
        status,
        settled_at: None,
        created_at: 1,
        created_by: None,
        remind_at: None,
    }
}

fn promise(id: &str, due_day: i64, status: CommitmentStatus) -> Commitment {
    commitment(id, CommitmentKind::Promise, due_day, status)
}

#[test]
fn a_promise_needs_a_customer_a_title_and_a_due_date() {
    let bad = CommitmentDraft {
        customer: None,
        due: 0,
        ..CommitmentDraft::promise(CustomerId("c".into()), "  ", 1)
    };
    let fields: Vec<Field> = bad
        .validated()
        .unwrap_err()
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, vec![Field::Title, Field::Customer, Field::Due]);
    let task = CommitmentDraft::task(" Teklifi gönder ", 5)
        .validated()
        .unwrap();
    assert_eq!(
        (task.title.as_str(), task.customer),
        ("Teklifi gönder", None)
    );
    assert!(CommitmentUpdate::Due(0).validated().is_err());
    assert_eq!(
        CommitmentUpdate::Status(CommitmentStatus::Kept).key(),
        "status"
    );
}

#[test]
fn the_today_view_sorts_open_commitments_by_day() {
    use CommitmentStatus::*;
    let mut other = promise("someone else's", 0, Open);
    other.owner = Some(ColleagueId("other".into()));
    let all = [
        promise("upcoming", 3, Open),
        promise("overdue, older", -5, Open),
        promise("kept", -1, Kept),
        promise("today", 0, Open),
        promise("overdue", -1, Open),
        commitment("task today", CommitmentKind::Task, 0, Open),
        other,
    ];
    let titles = |list: &[&Commitment]| list.iter().map(|c| c.title.clone()).collect::<Vec<_>>();
    let mine = agenda(&all, TODAY, Some(&me()));
    assert_eq!(titles(&mine.overdue), ["overdue, older", "overdue"]);
    assert_eq!(titles(&mine.today), ["task today", "today"]);
    assert_eq!(titles(&mine.upcoming), ["upcoming"]);
    let everyone = agenda(&all, TODAY, None);
    assert_eq!(everyone.today.len(), 3);
}

#[test]
fn kept_against_broken_counts_promises_only() {
    use CommitmentStatus::*;
    // Promises: 3 kept, 1 broken, 2 open of which 1 is overdue (due yesterday); a kept
    // task is not counted. Kept share: 3 of 4 settled = 75%.
    let all = [
        promise("a", -30, Kept),
        promise("b", -20, Kept),
        promise("c", -10, Kept),
        promise("d", -5, Broken),
        promise("e", -1, Open),
        promise("f", 2, Open),
        commitment("g", CommitmentKind::Task, -3, Kept),
    ];
    let record = promise_record(&all, TODAY);
    assert_eq!(
        record,
        PromiseRecord {
            kept: 3,
            broken: 1,
            open: 2,
            overdue: 1
        }
    );
    assert_eq!(record.kept_percent(), Some(75));
    // Nothing settled: no percentage. 2 of 3: 66.7 rounds down to 66.
    assert_eq!(promise_record([], TODAY).kept_percent(), None);
    let two_of_three = PromiseRecord {
        kept: 2,
        broken: 1,
        ..PromiseRecord::default()
    };
    assert_eq!(two_of_three.kept_percent(), Some(66));
}

#[test]
fn a_reminder_is_due_once_its_time_came_while_the_commitment_is_open() {
    let mut open = promise("p", 1, CommitmentStatus::Open);
    assert!(!open.reminder_due(i64::MAX), "no reminder set");
    open.remind_at = Some(1_000);
    assert!(!open.reminder_due(999));
    assert!(open.reminder_due(1_000));
    let kept = Commitment {
        status: CommitmentStatus::Kept,
        ..open
    };
    assert!(
        !kept.reminder_due(2_000),
        "a settled commitment reminds no one"
    );
}

#[test]
fn a_reminder_must_be_a_time() {
    let bad = CommitmentDraft {
        remind_at: Some(0),
        ..CommitmentDraft::task("Ara", 1)
    };
    let fields: Vec<Field> = bad
        .validated()
        .unwrap_err()
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, vec![Field::Reminder]);
    assert!(CommitmentUpdate::Reminder(Some(-5)).validated().is_err());
    assert!(CommitmentUpdate::Reminder(None).validated().is_ok());
}
