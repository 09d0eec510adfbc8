//! Customer value: revenue from won deals, and the Pareto view ("25% of customers bring
//! 75% of revenue; not every customer is profitable").
//!
//! Revenue is kept per currency and never converted: there are no exchange rates in the
//! app. Rankings and the Pareto view are computed in one currency at a time, the
//! workspace's main one (lira unless the user picks another); amounts in other currencies
//! are listed beside, never added in.

use super::customer::CustomerId;
use super::deal::Deal;
use super::money::{Currency, Money};

/// What one customer brought: won deals, summed per currency.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Revenue {
    /// One amount per currency, ordered by currency code.
    pub amounts: Vec<Money>,
    pub won_deals: usize,
    /// The last day a deal was won, for recency.
    pub last_won: Option<i64>,
}

impl Revenue {
    /// The revenue in `currency`; zero when none.
    pub fn in_currency(&self, currency: Currency) -> i64 {
        self.amounts
            .iter()
            .find(|m| m.currency == currency)
            .map_or(0, |m| m.minor)
    }

    /// Amounts in currencies other than `currency`: shown beside, never added in.
    pub fn others(&self, currency: Currency) -> impl Iterator<Item = &Money> {
        self.amounts.iter().filter(move |m| m.currency != currency)
    }
}

/// Sums the won deals among `deals` (those of one customer, or of everyone).
pub fn revenue<'a>(deals: impl IntoIterator<Item = &'a Deal>) -> Revenue {
    let mut revenue = Revenue::default();
    for deal in deals {
        let Some(won_at) = deal.won_at() else {
            continue;
        };
        revenue.won_deals += 1;
        revenue.last_won = revenue.last_won.max(Some(won_at));
        let amount = deal.amount;
        match revenue
            .amounts
            .binary_search_by(|m| m.currency.cmp(&amount.currency))
        {
            Ok(at) => revenue.amounts[at].minor += amount.minor,
            Err(at) => revenue.amounts.insert(at, amount),
        }
    }
    revenue
}

/// The Pareto view in one currency: the fewest customers that together bring at least
/// `target_percent` of the revenue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pareto {
    pub currency: Currency,
    pub target_percent: u8,
    /// Every customer counted, those who brought nothing included.
    pub customers: usize,
    /// Customers with any revenue in this currency.
    pub paying: usize,
    /// The fewest customers (the biggest first) reaching the target; 0 without revenue.
    pub top: Vec<CustomerId>,
    pub total: i64,
    /// What the top customers bring together.
    pub top_revenue: i64,
}

impl Pareto {
    /// The top customers as a share of all counted, in whole percent (rounded half up);
    /// `None` when there is no revenue to share.
    pub fn share_percent(&self) -> Option<u32> {
        if self.total == 0 || self.customers == 0 {
            return None;
        }
        let (top, all) = (self.top.len() as u64, self.customers as u64);
        Some(((top * 200 + all) / (2 * all)) as u32)
    }
}

/// The Pareto view of `revenues` (each customer's revenue in `currency`, zeros included).
pub fn pareto(revenues: &[(CustomerId, i64)], currency: Currency, target_percent: u8) -> Pareto {
    let mut ranked: Vec<&(CustomerId, i64)> = revenues.iter().filter(|(_, r)| *r > 0).collect();
    // The biggest first; the id breaks ties, so every copy shows the same customers.
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let total: i64 = ranked.iter().map(|(_, r)| r).sum();
    let mut top = Vec::new();
    let mut top_revenue = 0i64;
    for (id, amount) in &ranked {
        if i128::from(top_revenue) * 100 >= i128::from(total) * i128::from(target_percent) {
            break;
        }
        top.push(id.clone());
        top_revenue += amount;
    }
    Pareto {
        currency,
        target_percent,
        customers: revenues.len(),
        paying: ranked.len(),
        top,
        total,
        top_revenue,
    }
}

#[cfg(test)]
mod tests;
