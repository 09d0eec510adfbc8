use super::super::test_support::{copy_of, customer, workspace};
use super::*;
use crate::domain::{consent_for, has_consent, ConsentSource, ConsentState, Purpose};

fn draft(purposes: &[Purpose], state: ConsentState, at: i64) -> ConsentDraft {
    ConsentDraft {
        purposes: purposes.to_vec(),
        state,
        at,
        source: ConsentSource::SignedPaper,
        notice: None,
        note: String::new(),
    }
}

#[test]
fn consent_is_recorded_per_purpose_withdrawn_and_kept_as_history() {
    let mut ws = workspace("Ayşe");
    let notice = ws
        .add_notice(Notice {
            title: "2026 Ocak".into(),
            text: "Kişisel verileriniz KVKK kapsamında işlenir.".into(),
            ..Notice::default()
        })
        .unwrap();
    let kaya = customer(&mut ws, "Ayşe Kaya");
    let given = ConsentDraft {
        notice: Some(notice.clone()),
        ..draft(
            &[Purpose::MarketingEmail, Purpose::MarketingSms],
            ConsentState::Given,
            100,
        )
    };
    assert_eq!(ws.record_consent(&kaya, given).unwrap().len(), 2);
    ws.record_consent(
        &kaya,
        draft(&[Purpose::MarketingEmail], ConsentState::Withdrawn, 200),
    )
    .unwrap();
    let events = ws.customer(&kaya).unwrap().consents;
    assert_eq!(events.len(), 3, "every event is kept");
    assert!(!has_consent(&events, Purpose::MarketingEmail));
    assert!(has_consent(&events, Purpose::MarketingSms));
    let sms = consent_for(&events, Purpose::MarketingSms).unwrap();
    assert_eq!(sms.notice.as_ref(), Some(&notice));
    assert_eq!(sms.source, ConsentSource::SignedPaper);
    assert_eq!(sms.by.as_ref(), ws.me());
    assert_eq!(ws.notices()[0].title, "2026 Ocak");
    // Nothing refused is written.
    let heads = ws.heads();
    assert!(ws
        .record_consent(&kaya, draft(&[], ConsentState::Given, 1))
        .is_err());
    assert!(ws.add_notice(Notice::default()).is_err());
    assert_eq!(ws.heads(), heads);
}

#[test]
fn consents_recorded_apart_by_two_colleagues_are_both_kept() {
    let mut ayse = workspace("Ayşe");
    let kaya = customer(&mut ayse, "Ayşe Kaya");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.record_consent(
        &kaya,
        draft(&[Purpose::MarketingPhone], ConsentState::Given, 100),
    )
    .unwrap();
    mehmet
        .record_consent(
            &kaya,
            draft(&[Purpose::MarketingPhone], ConsentState::Withdrawn, 150),
        )
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        let events = ws.customer(&kaya).unwrap().consents;
        assert_eq!(events.len(), 2);
        assert!(
            !has_consent(&events, Purpose::MarketingPhone),
            "the later one counts"
        );
    }
}

#[test]
fn a_data_event_names_who_did_what_to_whose_data_and_when() {
    use crate::domain::DataEventKind;
    let mut ws = workspace("Ayşe");
    let kaya = customer(&mut ws, "Ayşe Kaya");
    ws.log_data_event(&kaya, DataEventKind::PersonExported)
        .unwrap();
    let events = ws.data_events();
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].kind, &events[0].customer),
        (DataEventKind::PersonExported, &kaya)
    );
    assert_eq!(events[0].by.as_ref(), ws.me());
    let heads = ws.heads();
    let nobody = crate::domain::CustomerId("nobody".into());
    assert!(ws
        .log_data_event(&nobody, DataEventKind::PersonExported)
        .is_err());
    assert_eq!(ws.heads(), heads);
}
