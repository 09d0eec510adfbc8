//! Commitments and deals in the read model: kept by id and indexed per customer, and
//! refreshed one by one like customers and interactions.

use super::Snapshot;
use crate::domain::{
    agenda, promise_record, Agenda, ColleagueId, Commitment, CommitmentId, CustomerId, Deal,
    DealId, PromiseRecord, Today,
};
use crate::model::Records;

impl Snapshot {
    pub fn commitment(&self, id: &CommitmentId) -> Option<&Commitment> {
        self.commitments.get(id)
    }

    /// A customer's commitments (promises and tasks about them), the soonest due first.
    pub fn commitments_of(&self, customer: &CustomerId) -> Vec<&Commitment> {
        let mut list: Vec<&Commitment> = self
            .customer_commitments
            .get(customer)
            .into_iter()
            .flatten()
            .filter_map(|id| self.commitments.get(id))
            .collect();
        list.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
        list
    }

    /// The "today" view of `owner`'s open commitments (everyone's for `None`): overdue,
    /// due today, upcoming.
    pub fn agenda(&self, today: Today, owner: Option<&ColleagueId>) -> Agenda<'_> {
        agenda(self.commitments.values(), today, owner)
    }

    /// Promises to a customer kept against broken, and how many are open or overdue.
    pub fn promise_record(&self, customer: &CustomerId, today: Today) -> PromiseRecord {
        promise_record(self.commitments_of(customer), today)
    }

    pub fn deal(&self, id: &DealId) -> Option<&Deal> {
        self.deals.get(id)
    }

    /// A customer's deals, the newest first.
    pub fn deals_of(&self, customer: &CustomerId) -> Vec<&Deal> {
        let mut list: Vec<&Deal> = self
            .customer_deals
            .get(customer)
            .into_iter()
            .flatten()
            .filter_map(|id| self.deals.get(id))
            .collect();
        list.sort_by(|a, b| (b.created_at, &b.id).cmp(&(a.created_at, &a.id)));
        list
    }

    /// Every deal, in no particular order.
    pub fn deals(&self) -> impl Iterator<Item = &Deal> {
        self.deals.values()
    }

    /// Open commitments of `me` (or of no one) whose reminder time has come by `now`, the
    /// earliest first.
    pub fn reminders_due(&self, now: i64, me: Option<&ColleagueId>) -> Vec<&Commitment> {
        self.reminders
            .iter()
            .take_while(|(at, _)| *at <= now)
            .filter_map(|(_, id)| self.commitments.get(id))
            .filter(|c| c.reminder_due(now) && (c.owner.is_none() || c.owner.as_ref() == me))
            .collect()
    }

    /// Meetings and visits logged ahead of `now` (planned), the soonest first.
    pub fn meetings_ahead(&self, now: i64) -> Vec<&crate::domain::Interaction> {
        use crate::domain::Channel;
        let mut ahead: Vec<_> = self
            .interactions
            .values()
            .filter(|i| i.at > now && matches!(i.channel, Channel::Meeting | Channel::Visit))
            .collect();
        ahead.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        ahead
    }
    /// Every commitment, in no particular order.
    pub fn commitments(&self) -> impl Iterator<Item = &Commitment> {
        self.commitments.values()
    }

    pub(super) fn apply_commitments(&mut self, records: Records<CommitmentId, Commitment>) {
        if records.whole {
            self.commitments.clear();
            self.customer_commitments.clear();
            self.reminders.clear();
        }
        for (id, commitment) in records.changed {
            self.remove_commitment(&id);
            if let Some(commitment) = commitment {
                self.insert_commitment(commitment);
            }
        }
    }

    pub(super) fn apply_deals(&mut self, records: Records<DealId, Deal>) {
        if records.whole {
            self.deals.clear();
            self.customer_deals.clear();
        }
        for (id, deal) in records.changed {
            self.remove_deal(&id);
            if let Some(deal) = deal {
                self.insert_deal(deal);
            }
        }
    }

    pub(super) fn insert_commitment(&mut self, mut commitment: Commitment) {
        if let Some(origin) = commitment.customer.take() {
            let current = self.current_id(&origin);
            if current != origin {
                self.origins
                    .commitments
                    .insert(commitment.id.clone(), origin);
            }
            commitment.customer = Some(current);
        }
        if let Some(customer) = &commitment.customer {
            self.customer_commitments
                .entry(customer.clone())
                .or_default()
                .push(commitment.id.clone());
        }
        if let (true, Some(at)) = (commitment.is_open(), commitment.remind_at) {
            self.reminders.insert((at, commitment.id.clone()));
        }
        self.commitments.insert(commitment.id.clone(), commitment);
    }

    pub(super) fn remove_commitment(&mut self, id: &CommitmentId) {
        self.origins.commitments.remove(id);
        let Some(old) = self.commitments.remove(id) else {
            return;
        };
        if let Some(at) = old.remind_at {
            self.reminders.remove(&(at, id.clone()));
        }
        if let Some(list) = old
            .customer
            .and_then(|c| self.customer_commitments.get_mut(&c))
        {
            list.retain(|i| i != id);
        }
    }

    pub(super) fn insert_deal(&mut self, mut deal: Deal) {
        let current = self.current_id(&deal.customer);
        if current != deal.customer {
            let origin = std::mem::replace(&mut deal.customer, current);
            self.origins.deals.insert(deal.id.clone(), origin);
        }
        self.customer_deals
            .entry(deal.customer.clone())
            .or_default()
            .push(deal.id.clone());
        self.deals.insert(deal.id.clone(), deal);
    }

    pub(super) fn remove_deal(&mut self, id: &DealId) {
        self.origins.deals.remove(id);
        if let Some(old) = self.deals.remove(id) {
            if let Some(list) = self.customer_deals.get_mut(&old.customer) {
                list.retain(|i| i != id);
            }
        }
    }
}
