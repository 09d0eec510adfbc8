//! RFM segments: "treat different customers differently". Each paying customer is scored
//! 1 to 5 on recency (days since the last won deal), frequency (won deals) and monetary
//! value (revenue in the main currency), against the other paying customers, and gets a
//! plain-named segment.
//!
//! A score is the customer's place among the others in fifths: the share of paying
//! customers who do no better (themselves included), times five, rounded up. With 10
//! customers, the best two score 5; with one customer, they score 5. Equal values score
//! the same.
//!
//! Segments follow recency and frequency (money follows them; it orders the top list):
//! - new: one won deal, fairly recent (recency 3 or more);
//! - champions: recent and frequent (recency and frequency 4 or more);
//! - loyal: more than one deal, fairly recent (recency 3 or more);
//! - at risk: used to buy often (frequency 3 or more), not lately (recency 2 or less);
//! - hibernating: few deals, long ago.

use super::codes::code_enum;
use super::customer::CustomerId;
use super::days::Today;
use super::money::Currency;
use super::value::Revenue;

code_enum! {
    /// A group of customers to treat alike.
    pub enum Segment {
        Champions = "champions",
        Loyal = "loyal",
        AtRisk = "at_risk",
        Hibernating = "hibernating",
        New = "new",
    }
}

/// One customer's RFM figures, with everything that explains them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rfm {
    pub customer: CustomerId,
    pub recency_days: i64,
    pub frequency: usize,
    /// Revenue in `currency`, hundredths.
    pub monetary: i64,
    pub currency: Currency,
    /// Scores 1 (lowest) to 5 (best).
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
    /// How many paying customers the scores compare against.
    pub among: usize,
}

/// Scores every customer with at least one won deal; the others have no segment.
pub fn rfm(revenues: &[(CustomerId, &Revenue)], currency: Currency, today: Today) -> Vec<Rfm> {
    let paying: Vec<(&CustomerId, i64, usize, i64)> = revenues
        .iter()
        .filter_map(|(id, rev)| {
            let last = rev.last_won?;
            Some((
                id,
                today.days_since(last),
                rev.won_deals,
                rev.in_currency(currency),
            ))
        })
        .collect();
    let among = paying.len();
    // Sorted values, so each score is two binary searches.
    let mut recency: Vec<i64> = paying.iter().map(|p| p.1).collect();
    let mut frequency: Vec<usize> = paying.iter().map(|p| p.2).collect();
    let mut monetary: Vec<i64> = paying.iter().map(|p| p.3).collect();
    recency.sort_unstable();
    frequency.sort_unstable();
    monetary.sort_unstable();
    paying
        .iter()
        .map(|&(id, days, count, money)| {
            // Fewer days is better: those doing no better waited as long or longer.
            let r = score(among - recency.partition_point(|d| *d < days), among);
            let f = score(frequency.partition_point(|c| *c <= count), among);
            let m = score(monetary.partition_point(|v| *v <= money), among);
            Rfm {
                customer: id.clone(),
                recency_days: days,
                frequency: count,
                monetary: money,
                currency,
                r,
                f,
                m,
                segment: segment(r, f, count),
                among,
            }
        })
        .collect()
}

/// Five times the share of customers doing no better, rounded up: 1 to 5.
fn score(no_better: usize, among: usize) -> u8 {
    (no_better * 5).div_ceil(among.max(1)).clamp(1, 5) as u8
}

/// The segment of scores `r` and `f` for a customer with `count` won deals.
pub fn segment(r: u8, f: u8, count: usize) -> Segment {
    match (r, f) {
        _ if count <= 1 && r >= 3 => Segment::New,
        (4.., 4..) => Segment::Champions,
        (3.., _) => Segment::Loyal,
        (_, 3..) if count >= 2 => Segment::AtRisk,
        _ => Segment::Hibernating,
    }
}

#[cfg(test)]
mod tests;
