//! Quotes and products in the document: numbering, the deal they open and win, the
//! sending logged, line edits merging, and refused input writing nothing.

use super::super::test_support::{clock, copy_of, customer, workspace};
use super::*;
use crate::domain::{
    Channel, Direction, Field, InteractionDraft, InteractionKind, LineDraft, ProductDraft,
};

fn line(description: &str, quantity: &str, price: &str) -> LineDraft {
    LineDraft {
        description: description.into(),
        quantity: quantity.into(),
        unit: "adet".into(),
        unit_price: price.into(),
        ..LineDraft::default()
    }
}

fn draft(customer: &CustomerId, lines: Vec<LineDraft>) -> QuoteDraft {
    QuoteDraft {
        lines,
        ..QuoteDraft::new(customer.clone(), clock())
    }
}

#[test]
fn a_quote_is_numbered_in_its_makers_sequence_and_opens_a_deal_with_its_total() {
    let mut ws = workspace("Ayşe Yılmaz");
    let c = customer(&mut ws, "Deniz Lojistik");
    // 2 × 1.000,00 + KDV %20 = 2.400,00
    let first = ws
        .create_quote(draft(&c, vec![line("Kurulum", "2", "1000")]))
        .unwrap();
    let second = ws
        .create_quote(draft(&c, vec![line("Bakım", "1", "10")]))
        .unwrap();
    let quote = ws.quote(&first).unwrap();
    let prefix = quote_prefix(ws.me().unwrap(), &ws.colleagues());
    assert!(prefix.starts_with("AY"), "{prefix}");
    assert_eq!(quote.number, format!("{prefix}-0001"));
    assert_eq!(ws.quote(&second).unwrap().number, format!("{prefix}-0002"));
    assert_eq!(quote.status, QuoteStatus::Draft);
    let deal = ws.deal(quote.deal.as_ref().unwrap()).unwrap();
    assert_eq!(
        (deal.stage, deal.title.as_str()),
        (DealStage::Quote, quote.number.as_str())
    );
    assert_eq!(deal.amount, Money::new(240_000, Currency::TRY));
    assert_eq!(deal.customer, c);
}

#[test]
fn two_colleagues_offline_never_take_the_same_number() {
    let mut ayse = workspace("Ayşe Yılmaz");
    let c = customer(&mut ayse, "Deniz");
    let mut ahmet = copy_of(&ayse, "Ahmet Yıldız");
    let a = ayse
        .create_quote(draft(&c, vec![line("A", "1", "1")]))
        .unwrap();
    let b = ahmet
        .create_quote(draft(&c, vec![line("B", "1", "1")]))
        .unwrap();
    ayse.merge(&ahmet).unwrap();
    let numbers = [
        ayse.quote(&a).unwrap().number,
        ayse.quote(&b).unwrap().number,
    ];
    assert_ne!(numbers[0], numbers[1], "{numbers:?}");
}

#[test]
fn accepting_a_quote_wins_its_deal_with_the_quotes_total_in_one_commit() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let id = ws
        .create_quote(draft(&c, vec![line("Kurulum", "3", "1.250")]))
        .unwrap();
    let heads = ws.heads();
    ws.update_quote(&id, QuoteUpdate::Status(QuoteStatus::Accepted))
        .unwrap();
    assert_eq!(ws.doc.get_changes(&heads).len(), 1);
    let quote = ws.quote(&id).unwrap();
    assert_eq!(quote.status, QuoteStatus::Accepted);
    let deal = ws.deal(quote.deal.as_ref().unwrap()).unwrap();
    assert_eq!(deal.stage, DealStage::Won);
    assert_eq!(deal.amount, Money::new(450_000, Currency::TRY));
    assert_eq!(deal.closed_at, Some(clock()));
}

#[test]
fn an_open_deal_follows_its_quotes_edits_a_won_one_keeps_its_amount() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let id = ws
        .create_quote(draft(&c, vec![line("Kurulum", "1", "100")]))
        .unwrap();
    let deal_id = ws.quote(&id).unwrap().deal.unwrap();
    let mut edit = QuoteDraft::of(&ws.quote(&id).unwrap());
    edit.lines.push(line("Eğitim", "1", "100"));
    ws.update_quote(&id, QuoteUpdate::Edit(edit.clone()))
        .unwrap();
    assert_eq!(ws.deal(&deal_id).unwrap().amount.minor, 24_000);
    ws.update_quote(&id, QuoteUpdate::Status(QuoteStatus::Accepted))
        .unwrap();
    edit.lines.pop();
    ws.update_quote(&id, QuoteUpdate::Edit(edit)).unwrap();
    assert_eq!(ws.deal(&deal_id).unwrap().amount.minor, 24_000);
    assert_eq!(ws.quote(&id).unwrap().items.len(), 1);
}

#[test]
fn sending_a_quote_marks_it_sent_and_logs_the_sending() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let id = ws
        .create_quote(draft(&c, vec![line("Kurulum", "1", "100")]))
        .unwrap();
    let logged = InteractionDraft {
        channel: Channel::Email,
        kind: InteractionKind::Contact,
        direction: Direction::Outgoing,
        summary: "Teklif AY-0001 gönderildi".into(),
        ..InteractionDraft::new(clock())
    };
    ws.update_quote(&id, QuoteUpdate::Sent(logged)).unwrap();
    assert_eq!(ws.quote(&id).unwrap().status, QuoteStatus::Sent);
    let interactions = ws.interactions();
    assert_eq!(interactions.len(), 1);
    assert_eq!(interactions[0].customer, c);
    assert_eq!(interactions[0].summary, "Teklif AY-0001 gönderildi");
}

#[test]
fn colleagues_editing_different_lines_both_keep_their_edits() {
    let mut ayse = workspace("Ayşe");
    let c = customer(&mut ayse, "Ece");
    let id = ayse
        .create_quote(draft(
            &c,
            vec![line("Kurulum", "1", "100"), line("Eğitim", "1", "50")],
        ))
        .unwrap();
    let mut mehmet = copy_of(&ayse, "Mehmet");
    let mut mine = QuoteDraft::of(&ayse.quote(&id).unwrap());
    mine.lines[0].unit_price = "120".into();
    ayse.update_quote(&id, QuoteUpdate::Edit(mine)).unwrap();
    let mut theirs = QuoteDraft::of(&mehmet.quote(&id).unwrap());
    theirs.lines[1].quantity = "3".into();
    theirs.lines.push(line("Destek", "2", "10"));
    mehmet.update_quote(&id, QuoteUpdate::Edit(theirs)).unwrap();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    let quote = ayse.quote(&id).unwrap();
    assert_eq!(Some(&quote), mehmet.quote(&id).as_ref());
    let lines: Vec<(&str, i64, i64)> = quote
        .items
        .iter()
        .map(|i| {
            (
                i.line.description.as_str(),
                i.line.quantity,
                i.line.unit_price,
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Kurulum", 1_000, 12_000),
            ("Eğitim", 3_000, 5_000),
            ("Destek", 2_000, 1_000)
        ]
    );
}

#[test]
fn refused_input_writes_nothing() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let heads = ws.heads();
    let bad = draft(&c, vec![line("Kurulum", "-1", "abc")]);
    let Err(DocumentError::Invalid(errors)) = ws.create_quote(bad) else {
        panic!("refused");
    };
    assert_eq!(errors.len(), 2);
    assert!(matches!(errors[0].field, Field::Line(0, _)));
    let lines = vec![line("x", "1", "1"); 10_000];
    assert!(ws.create_quote(draft(&c, lines)).is_err());
    let elsewhere = customer(&mut workspace("Başka"), "Yabancı");
    assert!(matches!(
        ws.create_quote(draft(&elsewhere, vec![line("x", "1", "1")])),
        Err(DocumentError::UnknownCustomer)
    ));
    assert_eq!(ws.heads(), heads, "not even the schema extension");
    assert!(!ws.has_sales());
}

#[test]
fn products_are_listed_edited_and_archived() {
    let mut ws = workspace("Ayşe");
    let id = ws
        .create_product(ProductDraft {
            name: "Bakım (saatlik)".into(),
            unit: "saat".into(),
            unit_price: "750".into(),
            ..ProductDraft::default()
        })
        .unwrap();
    let product = ws.product(&id).unwrap();
    assert_eq!(product.unit_price, Money::new(75_000, Currency::TRY));
    let mut edit = ProductDraft::of(&product);
    edit.unit_price = "800,00".into();
    edit.archived = true;
    ws.update_product(&id, edit).unwrap();
    let product = ws.product(&id).unwrap();
    assert_eq!((product.unit_price.minor, product.archived), (80_000, true));
    assert_eq!(ws.products().len(), 1);
    let bad = ProductDraft {
        unit_price: "abc".into(),
        ..ProductDraft::of(&product)
    };
    let heads = ws.heads();
    assert!(ws.update_product(&id, bad).is_err());
    assert_eq!(ws.heads(), heads);
}

#[test]
fn a_quote_read_by_a_patch_is_the_quote_read_whole() {
    let mut ws = workspace("Ayşe");
    let c = customer(&mut ws, "Ece");
    let mut snapshot = ws.snapshot();
    let before = ws.heads();
    let id = ws
        .create_quote(draft(&c, vec![line("Kurulum", "1", "100")]))
        .unwrap();
    ws.update_quote(&id, QuoteUpdate::Status(QuoteStatus::Accepted))
        .unwrap();
    snapshot.apply(ws.patch_since(&before));
    let fresh = ws.snapshot();
    assert_eq!(snapshot.quote(&id), fresh.quote(&id));
    assert_eq!(snapshot.quote(&id).unwrap().status, QuoteStatus::Accepted);
    let deal = fresh.quote(&id).unwrap().deal.clone().unwrap();
    assert_eq!(snapshot.deal(&deal), fresh.deal(&deal));
    assert_eq!(snapshot.deal(&deal).unwrap().stage, DealStage::Won);
}
