//! [`Patch`]: what changed in the workspace, as records. The engine sends one after every
//! change (and the whole read model as one at start); the page applies it to its
//! [`Snapshot`](super::Snapshot). Plain data, so it crosses a thread as bytes.

use serde::{Deserialize, Serialize};

use crate::domain::{
    Colleague, Commitment, CommitmentId, CustomField, Customer, CustomerId, Deal, DealId,
    EmailTemplate, Firm, Interaction, InteractionId, Notice, Product, ProductId, Quote, QuoteId,
    SavedView,
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
    /// The firm's details for its quotes.
    pub firm: Firm,
    pub templates: Vec<EmailTemplate>,
    /// Saved views of the customer list.
    pub views: Vec<SavedView>,
    /// The workspace's custom fields (removed ones too), in the order they were made.
    pub fields: Vec<CustomField>,
    /// The versions of the information notice (KVKK), oldest first.
    pub notices: Vec<Notice>,
    /// The record of data events (KVKK), oldest first.
    pub data_events: Vec<crate::domain::DataEvent>,
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
    pub products: Records<ProductId, Product>,
    pub quotes: Records<QuoteId, Quote>,
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
            && self.products.is_empty()
            && self.quotes.is_empty()
    }

    /// How many records it carries.
    pub fn records(&self) -> usize {
        self.customers.len()
            + self.interactions.len()
            + self.commitments.len()
            + self.deals.len()
            + self.products.len()
            + self.quotes.len()
    }

    /// Cuts a whole read model into patches of at most `size` records each, so the page
    /// applies it in steps short enough to keep the page responsive. The first keeps
    /// `reset` and the meta; customers come first, companies before people (a person's
    /// search text holds their company's name, read as they are placed), then
    /// interactions, commitments, deals, products and quotes (which name customers, merged ones
    /// included).
    pub fn split(mut self, size: usize) -> Vec<Patch> {
        let size = size.max(1);
        let mut customers = std::mem::take(&mut self.customers);
        // Stable: the order within each kind is kept.
        customers.sort_by_key(|(_, c)| {
            c.as_ref()
                .is_none_or(|c| c.kind != crate::domain::CustomerKind::Company)
        });
        let interactions = std::mem::take(&mut self.interactions);
        let commitments = std::mem::take(&mut self.commitments.changed);
        let deals = std::mem::take(&mut self.deals.changed);
        let products = std::mem::take(&mut self.products.changed);
        let quotes = std::mem::take(&mut self.quotes.changed);
        // `whole` stays with the first part: it empties what was held before anything of
        // the kind is placed, by this part or the next ones.
        let mut parts = vec![self];
        fill(&mut parts, size, customers, |p| &mut p.customers);
        fill(&mut parts, size, interactions, |p| &mut p.interactions);
        fill(&mut parts, size, commitments, |p| {
            &mut p.commitments.changed
        });
        fill(&mut parts, size, deals, |p| &mut p.deals.changed);
        fill(&mut parts, size, products, |p| &mut p.products.changed);
        fill(&mut parts, size, quotes, |p| &mut p.quotes.changed);
        parts
    }
}

/// Adds `records` to the last of `parts` while it holds fewer than `size`, then to new ones.
fn fill<T>(
    parts: &mut Vec<Patch>,
    size: usize,
    records: Vec<T>,
    kind: impl Fn(&mut Patch) -> &mut Vec<T>,
) {
    let mut records = records.into_iter().peekable();
    while records.peek().is_some() {
        let last = parts.last_mut().expect("the first part is always there");
        let room = size.saturating_sub(last.records());
        if room == 0 {
            parts.push(Patch::default());
            continue;
        }
        kind(last).extend(records.by_ref().take(room));
    }
}
#[cfg(test)]
mod tests {
    use crate::document::sample::{generate, SampleSize};
    use crate::model::{ListQuery, Snapshot};

    /// A workspace with companies and their people, a merged pair, deals and commitments.
    fn snapshot() -> Snapshot {
        let size = SampleSize {
            customers: 40,
            interactions: 120,
            colleagues: 2,
        };
        let mut ws = generate(size, 1_763_800_000_000, 7);
        let mut people = ws.customers().into_iter().map(|c| c.id);
        let (keep, other) = (people.next().unwrap(), people.next().unwrap());
        ws.merge_customers(&keep, &other, Vec::new()).unwrap();
        ws.snapshot()
    }

    #[test]
    fn a_whole_model_in_parts_builds_the_same_read_model() {
        let snapshot = snapshot();
        let whole = snapshot.whole();
        assert!(!whole.commitments.is_empty() && !whole.deals.is_empty());
        for size in [1, 3, 7, 50, 10_000] {
            let parts = whole.clone().split(size);
            assert_eq!(
                parts.iter().map(|p| p.records()).sum::<usize>(),
                whole.records()
            );
            assert!(parts.iter().all(|p| p.records() <= size), "size {size}");
            assert!(parts[0].reset && parts[0].meta.is_some());
            assert!(parts[1..].iter().all(|p| !p.reset && p.meta.is_none()));
            let mut built = Snapshot::default();
            for part in parts {
                built.apply(part);
            }
            assert_eq!(built.whole(), whole, "size {size}");
            // The search texts too: a person is found by their company's name.
            let person = built
                .all_customers()
                .find(|c| c.company.is_some())
                .expect("the sample links people to companies");
            let company = built.company_name(person).unwrap().to_owned();
            let found = built.list(&ListQuery {
                text: company,
                ..ListQuery::default()
            });
            assert!(found.iter().any(|c| c.id == person.id), "size {size}");
        }
    }
}
