//! RFM scores and segments on a hand-made set of five customers.

use super::*;
use crate::domain::{Money, DAY_MS};

const TODAY: Today = Today {
    start: 1000 * DAY_MS,
};

fn paying(days_ago: i64, deals: usize, lira: i64) -> Revenue {
    Revenue {
        amounts: vec![Money::new(lira * 100, Currency::TRY)],
        won_deals: deals,
        last_won: Some(TODAY.start - days_ago * DAY_MS + 1),
    }
}

fn id(name: &str) -> CustomerId {
    CustomerId(name.into())
}

#[test]
fn scores_are_fifths_of_those_doing_no_better() {
    // Of 10, the best: 10 x 5 / 10 = 5; 9 -> 4.5 -> 5; 8 -> 4; the worst: 0.5 -> 1.
    assert_eq!(
        [score(10, 10), score(9, 10), score(8, 10), score(1, 10)],
        [5, 5, 4, 1]
    );
    assert_eq!(score(1, 1), 5, "one customer is the best of one");
}

#[test]
fn five_customers_get_their_scores_and_segments() {
    // days ago, won deals, lira:
    //   A 5, 6, 6000   B 20, 4, 3000   C 200, 5, 8000   D 10, 1, 500   E 400, 1, 100
    // Recency (fewer days better), no better = waited as long or longer:
    //   A 5/5 -> 5, D 4/5 -> 4, B 3/5 -> 3, C 2/5 -> 2, E 1/5 -> 1.
    // Frequency 1, 1, 4, 5, 6: A 5/5 -> 5, C 4/5 -> 4, B 3/5 -> 3, D and E 2/5 -> 2.
    // Monetary 100, 500, 3000, 6000, 8000: C 5, A 4, B 3, D 2, E 1.
    // Segments: A r5 f5 champions; B r3 (several deals) loyal; C r2 f4 at risk;
    // D one deal, r4 new; E one deal, r1 hibernating. F never bought: no segment.
    let (a, b, c, d, e) = (
        paying(5, 6, 6000),
        paying(20, 4, 3000),
        paying(200, 5, 8000),
        paying(10, 1, 500),
        paying(400, 1, 100),
    );
    let f = Revenue::default();
    let all = [
        (id("a"), &a),
        (id("b"), &b),
        (id("c"), &c),
        (id("d"), &d),
        (id("e"), &e),
        (id("f"), &f),
    ];
    let scored = rfm(&all, Currency::TRY, TODAY);
    let got: Vec<(&str, u8, u8, u8, Segment)> = scored
        .iter()
        .map(|r| (r.customer.0.as_str(), r.r, r.f, r.m, r.segment))
        .collect();
    assert_eq!(
        got,
        vec![
            ("a", 5, 5, 4, Segment::Champions),
            ("b", 3, 3, 3, Segment::Loyal),
            ("c", 2, 4, 5, Segment::AtRisk),
            ("d", 4, 2, 2, Segment::New),
            ("e", 1, 2, 1, Segment::Hibernating),
        ]
    );
    let c = &scored[2];
    assert_eq!(
        (c.recency_days, c.frequency, c.monetary, c.among),
        (200, 5, 800_000, 5)
    );
}

#[test]
fn a_single_customer_is_new_then_hibernating() {
    let one = paying(3, 1, 100);
    let scored = rfm(&[(id("a"), &one)], Currency::TRY, TODAY);
    assert_eq!((scored[0].r, scored[0].f, scored[0].m), (5, 5, 5));
    assert_eq!(scored[0].segment, Segment::New);
    // Everyone bought once, so everyone's frequency is 5; a single old deal is still
    // hibernating, not "at risk" (that needs repeat business).
    assert_eq!(segment(1, 5, 1), Segment::Hibernating);
    assert_eq!(segment(2, 3, 2), Segment::AtRisk);
    assert!(rfm(&[], Currency::TRY, TODAY).is_empty());
}

#[test]
fn money_in_another_currency_scores_as_zero_here() {
    let euro = Revenue {
        amounts: vec![Money::new(500, Currency::EUR)],
        ..paying(3, 2, 0)
    };
    let scored = rfm(&[(id("a"), &euro)], Currency::TRY, TODAY);
    assert_eq!((scored[0].monetary, scored[0].frequency), (0, 2));
}
