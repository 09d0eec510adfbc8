//! Merged customers in the read model. A record merged into another is not listed; what
//! still points to it (an interaction a colleague logged before their copy saw the merge)
//! is shown on the customer it became. Two copies merging A into B and B into A at once
//! would make both vanish: a merge that leads back to its start is ignored instead.

use super::Snapshot;
use crate::domain::{Customer, CustomerId};

/// Longer chains than this are treated as a cycle (they cannot come from real use).
const MAX_CHAIN: usize = 32;

impl Snapshot {
    /// The customer `id` stands for now: itself, or the end of its merges.
    pub fn current_id(&self, id: &CustomerId) -> CustomerId {
        let mut at = id;
        for _ in 0..MAX_CHAIN {
            match self.merged.get(at).and_then(|c| c.merged_into.as_ref()) {
                Some(next) if next == id => return id.clone(),
                Some(next) => at = next,
                None => return at.clone(),
            }
        }
        id.clone()
    }

    /// The customer a merged record became, for a page opened at its old address.
    pub fn merged_into(&self, id: &CustomerId) -> Option<CustomerId> {
        self.merged
            .contains_key(id)
            .then(|| self.current_id(id))
            .filter(|target| target != id)
    }

    /// Files a freshly read customer as live or merged; returns whether it is live.
    pub(super) fn place_customer(&mut self, customer: Customer) -> bool {
        let id = customer.id.clone();
        if customer.merged_into.is_some() {
            self.customers.remove(&id);
            self.search.remove(&id);
            self.sort_keys.remove(&id);
            self.merged.insert(id, customer);
            false
        } else {
            self.merged.remove(&id);
            self.customers.insert(id, customer);
            true
        }
    }

    /// Brings back, as live, merged records whose merges lead back to themselves.
    pub(super) fn settle_merges(&mut self) {
        let cycling: Vec<CustomerId> = self
            .merged
            .keys()
            .filter(|id| self.current_id(id) == **id)
            .cloned()
            .collect();
        for id in cycling {
            if let Some(customer) = self.merged.remove(&id) {
                self.customers.insert(id.clone(), customer);
                self.reindex(&id);
            }
        }
    }

    /// Moves what is filed under a merged record to the customer it became.
    pub(super) fn rehome(&mut self, from: &CustomerId) {
        let to = self.current_id(from);
        if &to == from {
            return;
        }
        for (_, id) in self.timelines.remove(from).unwrap_or_default() {
            if let Some(mut interaction) = self.interactions.remove(&id) {
                interaction.customer = to.clone();
                self.insert_interaction(interaction);
            }
        }
        for id in self.customer_commitments.remove(from).unwrap_or_default() {
            if let Some(mut commitment) = self.commitments.remove(&id) {
                commitment.customer = Some(to.clone());
                self.insert_commitment(commitment);
            }
        }
        for id in self.customer_deals.remove(from).unwrap_or_default() {
            if let Some(mut deal) = self.deals.remove(&id) {
                deal.customer = to.clone();
                self.insert_deal(deal);
            }
        }
    }
}
