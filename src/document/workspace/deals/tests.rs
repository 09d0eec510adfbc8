//! Every deal intent, and concurrent deal edits merging.

use super::super::test_support::{clock, customer, workspace};
use super::*;
use crate::domain::DAY_MS;

fn last_message(ws: &Workspace) -> String {
    let change = ws.doc.get_last_local_change().unwrap();
    change.message().unwrap_or_default().to_owned()
}

#[test]
fn a_quote_round_trips_with_its_amount_in_kurus() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Deniz Lojistik");
    let draft = DealDraft {
        expected_close: Some(clock() + 10 * DAY_MS),
        ..DealDraft::quote(c.clone(), "Yıllık bakım", "12.500,50")
    };
    let id = ws.create_deal(draft).unwrap();
    let deal = ws.deal(&id).unwrap();
    assert_eq!(deal.customer, c);
    assert_eq!(deal.title, "Yıllık bakım");
    assert_eq!(deal.stage, DealStage::Quote);
    assert_eq!(deal.amount, Money::new(1_250_050, Currency::TRY));
    assert_eq!(deal.expected_close, Some(clock() + 10 * DAY_MS));
    assert_eq!((deal.closed_at, deal.lost_reason), (None, None));
    assert_eq!(deal.owner.as_ref(), ws.me());
    assert_eq!(last_message(&ws), format!("deal.create {} {}", id.0, c.0));
    assert_eq!(ws.deals(), vec![deal]);
}

#[test]
fn moving_a_deal_along_stamps_and_clears_its_closing() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let id = ws
        .create_deal(DealDraft::quote(c, "Kurulum", "40000"))
        .unwrap();
    ws.update_deal(&id, DealUpdate::Stage(DealStage::Order, None))
        .unwrap();
    assert_eq!(ws.deal(&id).unwrap().closed_at, None);
    ws.update_deal(&id, DealUpdate::Stage(DealStage::Won, None))
        .unwrap();
    assert_eq!(last_message(&ws), format!("deal.update {} stage", id.0));
    let won = ws.deal(&id).unwrap();
    assert_eq!((won.stage, won.closed_at), (DealStage::Won, Some(clock())));
    assert_eq!(won.won_at(), Some(clock()));
    ws.update_deal(&id, DealUpdate::ClosedAt(clock() - 5 * DAY_MS))
        .unwrap();
    assert_eq!(ws.deal(&id).unwrap().won_at(), Some(clock() - 5 * DAY_MS));

    // Lost needs a reason; the refusal writes nothing.
    let before = ws.save();
    let refused = ws.update_deal(&id, DealUpdate::Stage(DealStage::Lost, None));
    assert!(matches!(refused, Err(DocumentError::Invalid(_))));
    assert_eq!(ws.save(), before);
    let lost = DealUpdate::Stage(DealStage::Lost, Some(LostReason::Competitor));
    ws.update_deal(&id, lost).unwrap();
    let deal = ws.deal(&id).unwrap();
    assert_eq!(deal.lost_reason, Some(LostReason::Competitor));
    assert_eq!(
        deal.closed_at,
        Some(clock()),
        "lost now, not when it was won"
    );
    // Reopened as a quote: no closing, no reason.
    ws.update_deal(&id, DealUpdate::Stage(DealStage::Quote, None))
        .unwrap();
    let deal = ws.deal(&id).unwrap();
    assert_eq!((deal.closed_at, deal.lost_reason), (None, None));
}

#[test]
fn other_fields_change_in_place_and_removal_hides() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let id = ws.create_deal(DealDraft::quote(c, "Parça", "10")).unwrap();
    ws.update_deal(&id, DealUpdate::Title("Yedek parça".into()))
        .unwrap();
    ws.update_deal(&id, DealUpdate::Amount(Money::new(99_900, Currency::EUR)))
        .unwrap();
    ws.update_deal(&id, DealUpdate::ExpectedClose(Some(clock())))
        .unwrap();
    ws.update_deal(&id, DealUpdate::Owner(None)).unwrap();
    let deal = ws.deal(&id).unwrap();
    assert_eq!(deal.title, "Yedek parça");
    assert_eq!(deal.amount, Money::new(99_900, Currency::EUR));
    assert_eq!((deal.expected_close, deal.owner), (Some(clock()), None));
    ws.update_deal(&id, DealUpdate::ExpectedClose(None))
        .unwrap();
    assert_eq!(ws.deal(&id).unwrap().expected_close, None);
    ws.remove_deal(&id).unwrap();
    assert!(ws.deal(&id).is_none() && ws.deals().is_empty());
    assert!(matches!(
        ws.update_deal(&DealId("x".into()), DealUpdate::Title("y".into())),
        Err(DocumentError::UnknownDeal)
    ));
}

#[test]
fn a_deal_recorded_already_won_keeps_its_day() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let draft = DealDraft {
        stage: DealStage::Won,
        closed_at: Some(clock() - 30 * DAY_MS),
        currency: "usd".into(),
        ..DealDraft::quote(c.clone(), "Eski sipariş", "1,500.00")
    };
    let id = ws.create_deal(draft).unwrap();
    let deal = ws.deal(&id).unwrap();
    assert_eq!(deal.won_at(), Some(clock() - 30 * DAY_MS));
    assert_eq!(deal.amount, Money::new(150_000, Currency::USD));
    let bad = DealDraft::quote(c, "Bozuk", "on beş");
    assert!(matches!(
        ws.create_deal(bad),
        Err(DocumentError::Invalid(_))
    ));
}

#[test]
fn won_on_one_device_and_repriced_on_another_keeps_both() {
    let mut ayse = workspace("Ayşe");
    let c = customer(&mut ayse, "Ece");
    let id = ayse
        .create_deal(DealDraft::quote(c.clone(), "Kurulum", "100"))
        .unwrap();
    let mut mehmet = Workspace::load(&ayse.save()).unwrap();
    mehmet.set_clock(clock);
    mehmet.join("Mehmet").unwrap();
    let mut snapshot = ayse.snapshot();
    ayse.update_deal(&id, DealUpdate::Stage(DealStage::Won, None))
        .unwrap();
    mehmet
        .update_deal(&id, DealUpdate::Amount(Money::new(12_000, Currency::TRY)))
        .unwrap();
    let before = ayse.heads();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        let deal = ws.deal(&id).unwrap();
        assert_eq!((deal.stage, deal.amount.minor), (DealStage::Won, 12_000));
    }
    snapshot.apply(ayse.patch_since(&before));
    assert_eq!(snapshot.revenue(&c).in_currency(Currency::TRY), 12_000);
    assert_eq!(snapshot.deals_of(&c).len(), 1);
}

#[test]
fn a_sync_file_bringing_only_a_deal_is_not_empty() {
    let mut ayse = workspace("Ayşe");
    let c = customer(&mut ayse, "Ece");
    let mut mehmet = Workspace::load(&ayse.save()).unwrap();
    mehmet.set_clock(clock);
    mehmet.join("Mehmet").unwrap();
    let known = ayse.heads();
    ayse.create_deal(DealDraft::quote(c, "Kurulum", "100"))
        .unwrap();
    let file = ayse.export_sync_file(&known, None).unwrap();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    assert_eq!(
        (incoming.summary.deals, incoming.summary.commitments),
        (1, 0)
    );
    assert!(!incoming.summary.is_empty());
    mehmet.apply_sync_file(incoming).unwrap();
    assert_eq!(mehmet.deals().len(), 1);
}
