//! Revenue and the Pareto view on hand-made deals and revenues.

use super::*;
use crate::domain::{DealId, DealStage};

fn deal(stage: DealStage, minor: i64, currency: Currency, closed_at: i64) -> Deal {
    Deal {
        id: DealId(format!("{minor}")),
        customer: CustomerId("c".into()),
        title: "Bakım".into(),
        stage,
        amount: Money::new(minor, currency),
        expected_close: None,
        closed_at: Some(closed_at),
        lost_reason: None,
        owner: None,
        created_at: 1,
        created_by: None,
    }
}

fn id(name: &str) -> CustomerId {
    CustomerId(name.into())
}

#[test]
fn revenue_sums_won_deals_per_currency_only() {
    // Won: 1,000 + 500 lira and 200 euro; a lost deal and a quote do not count.
    let deals = [
        deal(DealStage::Won, 100_000, Currency::TRY, 10),
        deal(DealStage::Won, 50_000, Currency::TRY, 30),
        deal(DealStage::Won, 20_000, Currency::EUR, 20),
        deal(DealStage::Lost, 999_900, Currency::TRY, 40),
        deal(DealStage::Quote, 77_700, Currency::TRY, 50),
    ];
    let r = revenue(&deals);
    assert_eq!(
        r.amounts,
        vec![
            Money::new(20_000, Currency::EUR),
            Money::new(150_000, Currency::TRY)
        ]
    );
    assert_eq!((r.won_deals, r.last_won), (3, Some(30)));
    assert_eq!(r.in_currency(Currency::TRY), 150_000);
    assert_eq!(r.in_currency(Currency::USD), 0);
    let others: Vec<_> = r.others(Currency::TRY).collect();
    assert_eq!(others, vec![&Money::new(20_000, Currency::EUR)]);
    assert_eq!(revenue([]), Revenue::default(), "no deals, no revenue");
}

#[test]
fn pareto_finds_the_fewest_customers_reaching_three_quarters() {
    // Total 1,000; 75% is 750. A (500) < 750, A + B (800) >= 750: two of five customers,
    // 40%, bring 800.
    let revenues = [
        (id("a"), 500),
        (id("b"), 300),
        (id("c"), 100),
        (id("d"), 100),
        (id("e"), 0),
    ];
    let p = pareto(&revenues, Currency::TRY, 75);
    assert_eq!(p.top, vec![id("a"), id("b")]);
    assert_eq!(
        (p.total, p.top_revenue, p.customers, p.paying),
        (1000, 800, 5, 4)
    );
    assert_eq!(p.share_percent(), Some(40));
}

#[test]
fn all_revenue_in_one_customer() {
    // A brings everything: one of four customers, 25%.
    let revenues = [(id("b"), 0), (id("a"), 1000), (id("c"), 0), (id("d"), 0)];
    let p = pareto(&revenues, Currency::TRY, 75);
    assert_eq!(
        (p.top.clone(), p.top_revenue, p.paying),
        (vec![id("a")], 1000, 1)
    );
    assert_eq!(p.share_percent(), Some(25));
}

#[test]
fn zero_revenue_has_no_pareto_share() {
    let p = pareto(&[(id("a"), 0), (id("b"), 0)], Currency::TRY, 75);
    assert!(p.top.is_empty());
    assert_eq!((p.total, p.paying, p.share_percent()), (0, 0, None));
    assert_eq!(pareto(&[], Currency::TRY, 75).share_percent(), None);
}

#[test]
fn exactly_three_quarters_is_enough_and_ties_go_by_id() {
    // A brings exactly 75 of 100: 75 x 100 >= 100 x 75, A alone; 1 of 2 is 50%.
    let p = pareto(&[(id("b"), 25), (id("a"), 75)], Currency::TRY, 75);
    assert_eq!(
        (p.top.clone(), p.share_percent()),
        (vec![id("a")], Some(50))
    );
    // 50 and 50: after the first (by id), 50 < 75, so both; 1 of 3 rounds 33.3 to 33.
    let p = pareto(&[(id("b"), 50), (id("a"), 50)], Currency::TRY, 75);
    assert_eq!(p.top, vec![id("a"), id("b")]);
    let p = pareto(
        &[(id("a"), 1), (id("b"), 0), (id("c"), 0)],
        Currency::TRY,
        75,
    );
    assert_eq!(p.share_percent(), Some(33));
}
