//! [`Patch`]: what changed in the workspace, as records. The engine sends one after every
//! change (and the whole read model as one at start); the page applies it to its
//! [`Snapshot`](super::Snapshot). Plain data, so it crosses a thread as bytes.

use serde::{Deserialize, Serialize};

use crate::domain::{
    Colleague, Commitment, CommitmentId, Customer, CustomerId, Deal, DealId, Interaction,
    InteractionId,
};

/// Records of one kind that changed: each the new value, or `None` when it is gone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Records<K, V> {
    /// `changed` holds every record: what was held before is dropped.
    pub whole: bool,
    pub changed: Vec<(K, Option<V>)>,
}

impl<K, V> Default for Records<K, V> {
    fn default() -> Self {
        Self {
            whole: false,
            changed: Vec::new(),
        }
    }
}

impl<K, V> Records<K, V> {
    pub fn is_empty(&self) -> bool {
        !self.whole && self.changed.is_empty()
    }

    pub fn len(&self) -> usize {
        self.changed.len()
    }
}

/// What the workspace says of itself: sent whole whenever anything changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub workspace_id: Option<String>,
    /// A sample workspace opened to try the app.
    pub sample: bool,
    pub colleagues: Vec<Colleague>,
}

/// Changed records since the last patch, or (with `reset`) a whole read model.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Patch {
    /// Start from an empty read model.
    pub reset: bool,
    pub meta: Option<Meta>,
    pub customers: Vec<(CustomerId, Option<Customer>)>,
    pub interactions: Vec<(InteractionId, Option<Interaction>)>,
    pub commitments: Records<CommitmentId, Commitment>,
    pub deals: Records<DealId, Deal>,
}

impl Patch {
    /// True when applying it changes nothing.
    pub fn is_empty(&self) -> bool {
        !self.reset
            && self.meta.is_none()
            && self.customers.is_empty()
            && self.interactions.is_empty()
            && self.commitments.is_empty()
            && self.deals.is_empty()
    }

    /// How many records it carries.
    pub fn records(&self) -> usize {
        self.customers.len() + self.interactions.len() + self.commitments.len() + self.deals.len()
    }

    /// Cuts a whole read model into patches of at most `size` records each, so the page
    /// applies it in steps short enough to keep the page responsive. The first keeps
    /// `reset` and the meta; customers come first, companies before people (a person's
    /// search text holds their company's name, read as they are placed), then
    /// interactions; commitments and deals ride with the last part.
    pub fn split(mut self, size: usize) -> Vec<Patch> {
        let size = size.max(1);
        let mut customers = std::mem::take(&mut self.customers);
        // Stable: the order within each kind is kept.
        customers.sort_by_key(|(_, c)| {
            c.as_ref()
                .is_none_or(|c| c.kind != crate::domain::CustomerKind::Company)
        });
        let interactions = std::mem::take(&mut self.interactions);
        let commitments = std::mem::take(&mut self.commitments);
        let deals = std::mem::take(&mut self.deals);
        let mut customers = customers.into_iter().peekable();
        self.customers = customers.by_ref().take(size).collect();
        let mut parts = vec![self];
        while customers.peek().is_some() {
            parts.push(Patch {
                customers: customers.by_ref().take(size).collect(),
                ..Patch::default()
            });
        }
        let mut chunks = interactions.into_iter().peekable();
        while chunks.peek().is_some() {
            parts.push(Patch {
                interactions: chunks.by_ref().take(size).collect(),
                ..Patch::default()
            });
        }
        let last = parts.last_mut().expect("the first part is always there");
        last.commitments = commitments;
        last.deals = deals;
        parts
    }
}
