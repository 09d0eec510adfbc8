//! The relationship metrics over the read model: health and the at-risk list, value,
//! Pareto, RFM segments, satisfaction, and the dashboard's counts. Each is computed on
//! demand from the indexed snapshot ("today" is given), in one pass over what it needs.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::Snapshot;
use crate::domain::{
    collation_key, health, pareto, revenue, rfm, satisfaction, Channel, Code, Currency, Customer,
    CustomerId, Health, Pareto, Ratings, Revenue, Rfm, Satisfaction, Segment, Stage, Today, DAY_MS,
};

/// The segments last worked out, for the currency and day they were asked for. A copy of
/// the snapshot starts without them (a cache); a lock because the UI's signals want `Sync`.
#[derive(Debug, Default)]
pub(super) struct SegmentsCache(Mutex<Option<Segments>>);

type Segments = ((Currency, Today), Arc<HashMap<CustomerId, Rfm>>);

impl Clone for SegmentsCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl SegmentsCache {
    pub(super) fn clear(&mut self) {
        *self.0.get_mut().unwrap_or_else(|e| e.into_inner()) = None;
    }

    fn get(&self, currency: Currency, today: Today) -> Option<Arc<HashMap<CustomerId, Rfm>>> {
        let held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        held.as_ref()
            .filter(|(key, _)| *key == (currency, today))
            .map(|(_, segments)| Arc::clone(segments))
    }

    fn keep(&self, currency: Currency, today: Today, segments: Arc<HashMap<CustomerId, Rfm>>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(((currency, today), segments));
    }
}

/// A customer on the at-risk list, with the figures that explain why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AtRisk<'a> {
    pub customer: &'a Customer,
    pub health: Health,
}

/// One week of the dashboard: seven days from `start`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeekActivity {
    /// Local midnight of the week's first day.
    pub start: i64,
    /// Interactions per channel, in the order of [`Channel::ALL`]; zeros included.
    pub by_channel: Vec<(Channel, usize)>,
    /// Satisfaction ratings noted that week.
    pub ratings: Ratings,
}

impl WeekActivity {
    pub fn interactions(&self) -> usize {
        self.by_channel.iter().map(|(_, n)| n).sum()
    }
}

impl Snapshot {
    /// Is the relationship with this customer followed: not archived, not dissolved.
    fn is_ongoing(customer: &Customer) -> bool {
        !customer.archived && customer.stage != Stage::Dissolution
    }

    /// A customer's health: rhythm, days since the last contact, silence and feedback.
    pub fn health(&self, id: &CustomerId, today: Today) -> Option<Health> {
        let customer = self.customers.get(id)?;
        Some(self.health_of(customer, today))
    }

    fn health_of(&self, customer: &Customer, today: Today) -> Health {
        let timeline = self.timelines.get(&customer.id).into_iter().flatten();
        let interactions = timeline.filter_map(|(_, i)| self.interactions.get(i));
        health(interactions, customer.created_at, today, &self.health_rules)
    }

    /// Ongoing customers gone silent or without feedback for long, the most overdue first
    /// (see [`Health::risk_order`]); the name breaks ties.
    pub fn at_risk(&self, today: Today) -> Vec<AtRisk<'_>> {
        let mut list: Vec<AtRisk<'_>> = self
            .customers
            .values()
            .filter(|c| Self::is_ongoing(c))
            .map(|customer| AtRisk {
                customer,
                health: self.health_of(customer, today),
            })
            .filter(|r| r.health.is_at_risk())
            .collect();
        list.sort_by_cached_key(|r| (collation_key(&r.customer.name), r.customer.id.clone()));
        list.sort_by(|a, b| a.health.risk_order(&b.health));
        list
    }

    /// A customer's ratings, and whether they rise or fall.
    pub fn satisfaction(&self, id: &CustomerId) -> Satisfaction {
        let timeline = self.timelines.get(id).into_iter().flatten();
        satisfaction(timeline.filter_map(|(_, i)| self.interactions.get(i)))
    }

    /// What a customer brought: their won deals, per currency.
    pub fn revenue(&self, id: &CustomerId) -> Revenue {
        revenue(self.deals_of(id))
    }

    /// Everything won, per currency.
    pub fn total_revenue(&self) -> Revenue {
        revenue(self.deals.values())
    }

    /// Each not archived customer with their revenue (paying or not).
    fn revenues(&self) -> Vec<(&Customer, Revenue)> {
        self.customers
            .values()
            .filter(|c| !c.archived)
            .map(|c| (c, self.revenue(&c.id)))
            .collect()
    }

    /// The customers who brought the most in `currency`, the biggest first, at most
    /// `limit`; the name breaks ties.
    pub fn top_customers(&self, currency: Currency, limit: usize) -> Vec<(&Customer, i64)> {
        let mut list: Vec<(&Customer, i64)> = self
            .revenues()
            .into_iter()
            .map(|(c, r)| (c, r.in_currency(currency)))
            .filter(|(_, amount)| *amount > 0)
            .collect();
        list.sort_by_cached_key(|(c, amount)| {
            (
                std::cmp::Reverse(*amount),
                collation_key(&c.name),
                c.id.clone(),
            )
        });
        list.truncate(limit);
        list
    }

    /// The Pareto view in `currency` over the customers not archived: how few of them
    /// bring 75% of the revenue.
    pub fn pareto(&self, currency: Currency) -> Pareto {
        let revenues: Vec<(CustomerId, i64)> = self
            .revenues()
            .into_iter()
            .map(|(c, r)| (c.id.clone(), r.in_currency(currency)))
            .collect();
        pareto(&revenues, currency, 75)
    }

    /// RFM scores and segment of every paying customer not archived, money counted in
    /// `currency`.
    pub fn segments(&self, currency: Currency, today: Today) -> Arc<HashMap<CustomerId, Rfm>> {
        if let Some(segments) = self.segments.get(currency, today) {
            return segments;
        }
        let revenues: Vec<(CustomerId, Revenue)> = self
            .revenues()
            .into_iter()
            .map(|(c, r)| (c.id.clone(), r))
            .collect();
        let refs: Vec<(CustomerId, &Revenue)> =
            revenues.iter().map(|(id, r)| (id.clone(), r)).collect();
        let segments: Arc<HashMap<CustomerId, Rfm>> = Arc::new(
            rfm(&refs, currency, today)
                .into_iter()
                .map(|r| (r.customer.clone(), r))
                .collect(),
        );
        self.segments.keep(currency, today, Arc::clone(&segments));
        segments
    }

    /// The customers of one segment, by name: the customer list filtered by segment.
    pub fn in_segment(&self, segment: Segment, currency: Currency, today: Today) -> Vec<&Customer> {
        let segments = self.segments(currency, today);
        let mut list: Vec<&Customer> = segments
            .values()
            .filter(|r| r.segment == segment)
            .filter_map(|r| self.customers.get(&r.customer))
            .collect();
        list.sort_by_cached_key(|c| (collation_key(&c.name), c.id.clone()));
        list
    }

    /// Customers per stage, not archived, in the lifecycle's order: the funnel.
    pub fn stage_counts(&self) -> Vec<(Stage, usize)> {
        let mut counts: Vec<(Stage, usize)> = Stage::ALL.iter().map(|s| (*s, 0)).collect();
        for customer in self.customers.values().filter(|c| !c.archived) {
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == customer.stage) {
                slot.1 += 1;
            }
        }
        counts
    }

    /// The last `weeks` weeks of interactions, oldest first; the last week ends today.
    pub fn weekly_activity(&self, today: Today, weeks: usize) -> Vec<WeekActivity> {
        let weeks_i = weeks as i64;
        let first_start = today.start - (7 * weeks_i - 1) * DAY_MS;
        let mut result: Vec<WeekActivity> = (0..weeks_i)
            .map(|w| WeekActivity {
                start: first_start + 7 * w * DAY_MS,
                by_channel: Channel::ALL.iter().map(|c| (*c, 0)).collect(),
                ratings: Ratings::default(),
            })
            .collect();
        for interaction in self.interactions.values() {
            let offset = (interaction.at - first_start).div_euclid(7 * DAY_MS);
            let Some(week) = usize::try_from(offset).ok().and_then(|w| result.get_mut(w)) else {
                continue;
            };
            if let Some(slot) = week
                .by_channel
                .iter_mut()
                .find(|(c, _)| *c == interaction.channel)
            {
                slot.1 += 1;
            }
            if let Some(rating) = interaction.satisfaction {
                week.ratings.add(rating);
            }
        }
        result
    }
}
