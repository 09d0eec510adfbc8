//! Satisfaction averages and trends on hand-made ratings.

use super::*;
use crate::domain::{Channel, CustomerId, Direction, InteractionId, InteractionKind};

/// Interactions rated as given, oldest first, one day apart.
fn rated(ratings: &[Option<u8>]) -> Vec<Interaction> {
    ratings
        .iter()
        .enumerate()
        .map(|(n, rating)| Interaction {
            id: InteractionId(format!("{n}")),
            customer: CustomerId("c".into()),
            at: 86_400_000 * (n as i64 + 1),
            channel: Channel::Visit,
            kind: InteractionKind::Service,
            direction: Direction::Outgoing,
            summary: String::new(),
            satisfaction: *rating,
            created_by: None,
        })
        .collect()
}

#[test]
fn no_ratings_no_average_no_trend() {
    let s = satisfaction(&rated(&[None, None]));
    assert_eq!(s, Satisfaction::default());
    assert_eq!(s.overall.average_tenths(), None);
    assert_eq!(satisfaction([]), Satisfaction::default());
}

#[test]
fn one_rating_is_an_average_without_a_trend() {
    let s = satisfaction(&rated(&[Some(4), None]));
    assert_eq!(s.recent, Ratings { count: 1, sum: 4 });
    assert_eq!((s.recent.average_tenths(), s.trend), (Some(40), None));
}

#[test]
fn falling_satisfaction() {
    // Oldest to newest 5, 5, 4, 3, 3, 2 (and an unrated visit). Last three: 2 + 3 + 3 = 8,
    // 8 / 3 = 2.67 -> 2.7; the three before: 4 + 5 + 5 = 14, 4.67 -> 4.7. Difference
    // -2.0 <= -0.5: falling. Overall 22 / 6 = 3.67 -> 3.7.
    let s = satisfaction(&rated(&[
        Some(5),
        Some(5),
        Some(4),
        None,
        Some(3),
        Some(3),
        Some(2),
    ]));
    assert_eq!(s.recent, Ratings { count: 3, sum: 8 });
    assert_eq!(s.previous, Ratings { count: 3, sum: 14 });
    assert_eq!(s.recent.average_tenths(), Some(27));
    assert_eq!(s.previous.average_tenths(), Some(47));
    assert_eq!(s.overall.average_tenths(), Some(37));
    assert_eq!(s.trend, Some(Trend::Falling));
}

#[test]
fn a_third_of_a_point_is_steady_and_two_points_is_rising() {
    // 4, 4, 3 then 4, 4, 4: 4.0 against 3.67, a change of 0.33 < 0.5: steady.
    let s = satisfaction(&rated(&[4, 4, 3, 4, 4, 4].map(Some)));
    assert_eq!(s.trend, Some(Trend::Steady));
    // 2 then 3, 4, 5: last three 4.0 against one rating of 2.0: +2.0, rising.
    let s = satisfaction(&rated(&[2, 3, 4, 5].map(Some)));
    assert_eq!(s.previous, Ratings { count: 1, sum: 2 });
    assert_eq!(s.trend, Some(Trend::Rising));
    // 3, 3, 3 then 4, 3, 3: 3.33 against 3.0, +0.33, steady; then 4, 4, 3: +0.67, rising.
    let s = satisfaction(&rated(&[3, 3, 3, 4, 3, 3].map(Some)));
    assert_eq!(s.trend, Some(Trend::Steady));
    let s = satisfaction(&rated(&[3, 3, 3, 4, 4, 3].map(Some)));
    assert_eq!(s.trend, Some(Trend::Rising));
    // Exactly half a point counts: 2, 3 then 3, 3, 3 -> 3.0 against 2.5. In integers:
    // 9 x 2 - 5 x 3 = 3, twice that is 6 >= 3 x 2 = 6.
    let s = satisfaction(&rated(&[2, 3, 3, 3, 3].map(Some)));
    assert_eq!(s.previous, Ratings { count: 2, sum: 5 });
    assert_eq!(s.trend, Some(Trend::Rising));
}
