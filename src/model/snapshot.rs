//! [`Snapshot`]: the typed read model the UI shows, kept current by [`Patch`]es.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use super::Patch;
use crate::domain::{
    collation_key, fold, has_consent, Colleague, ColleagueId, Commitment, CommitmentId,
    CustomField, Customer, CustomerId, CustomerKind, Deal, DealId, FieldId, FieldSortKey,
    HealthRules, Interaction, InteractionId, Purpose, Query, SearchText, Stage,
};

/// How the customer list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    #[default]
    Name,
    City,
    Stage,
    LastContact,
    Created,
}

/// What the customer list shows: search text, filters and order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub text: String,
    pub stage: Option<Stage>,
    pub tag: Option<String>,
    pub owner: Option<ColleagueId>,
    /// The archive instead of the active customers.
    pub archived: bool,
    pub sort: SortBy,
    pub descending: bool,
    /// A custom field and the value to match ([`CustomField::matches`]: empty finds
    /// the customers without one).
    pub field_filter: Option<(FieldId, String)>,
    /// Orders by a custom field instead of `sort` (its kind's order, customers without
    /// a value last, the name breaking ties).
    pub field_sort: Option<FieldId>,
    /// Customers whose consent for the purpose is given (`true`) or not (withdrawn or
    /// never asked).
    pub consent: Option<(Purpose, bool)>,
}

impl ListQuery {
    /// True when every customer matching `self` matches `earlier` too: the same filters,
    /// and text that only grew (each word of `earlier` is still in it, maybe longer), so
    /// `earlier`'s result can be narrowed instead of the whole list filtered again.
    pub fn narrows(&self, earlier: &ListQuery) -> bool {
        let (text, before) = (fold(&self.text), fold(&earlier.text));
        text.trim_end().starts_with(before.trim_end())
            && ListQuery {
                text: String::new(),
                ..self.clone()
            } == ListQuery {
                text: String::new(),
                ..earlier.clone()
            }
    }
}

/// Everything the UI reads, typed and indexed. Built once from the workspace, then
/// refreshed only where the document changed.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub workspace_id: Option<String>,
    /// A sample workspace opened to try the app.
    pub sample: bool,
    pub colleagues: Vec<Colleague>,
    customers: HashMap<CustomerId, Customer>,
    /// Records merged into another customer, by their own id (see `merged.rs`).
    merged: HashMap<CustomerId, Customer>,
    search: HashMap<CustomerId, SearchText>,
    /// Each customer's name and city as sort keys, worked out once per change rather than
    /// on every keystroke (10,000 allocations each time otherwise).
    sort_keys: HashMap<CustomerId, (Vec<u32>, Vec<u32>)>,
    interactions: HashMap<InteractionId, Interaction>,
    /// Per customer, newest first, each with its time: placing one compares these, not
    /// the interactions (a lookup per comparison made 100,000 placements cost seconds).
    timelines: HashMap<CustomerId, Vec<(Reverse<i64>, InteractionId)>>,
    commitments: HashMap<CommitmentId, Commitment>,
    /// Per customer, in no particular order.
    customer_commitments: HashMap<CustomerId, Vec<CommitmentId>>,
    /// Open commitments with a reminder, by its time: the reminder clock looks every few
    /// seconds, and should not scan every commitment to find the few that ring.
    reminders: BTreeSet<(i64, CommitmentId)>,
    deals: HashMap<DealId, Deal>,
    /// Per customer, in no particular order.
    customer_deals: HashMap<CustomerId, Vec<DealId>>,
    /// Records shown on another customer than the one the document names (a merged
    /// record's), with the one it names: they move again when a merge changes.
    origins: merged::Origins,
    products: HashMap<crate::domain::ProductId, crate::domain::Product>,
    quotes: HashMap<crate::domain::QuoteId, crate::domain::Quote>,
    /// The firm's details for its quotes.
    pub firm: crate::domain::Firm,
    /// The workspace's e-mail templates, by name.
    pub templates: Vec<crate::domain::EmailTemplate>,
    /// Saved views of the customer list, by name.
    pub views: Vec<crate::domain::SavedView>,
    /// The workspace's custom fields (removed ones too), in the order they were made.
    pub fields: Vec<crate::domain::CustomField>,
    /// The versions of the information notice, oldest first.
    pub notices: Vec<crate::domain::Notice>,
    /// The record of data events (KVKK), oldest first.
    pub data_events: Vec<crate::domain::DataEvent>,
    /// The thresholds of the health metrics.
    pub health_rules: HealthRules,
    /// Every customer (archived ones too) in each order asked for since the last change:
    /// a keystroke then filters an ordered list instead of sorting 10,000 customers.
    orders: Orders,
    /// The RFM segments, worked out once per change of customers or deals (a customer's
    /// page shows theirs, which ranks them among all customers).
    segments: metrics::SegmentsCache,
    version: u64,
}

/// The orders worked out since the last change. A copy of the snapshot starts without
/// them (they are only a cache); a lock because the UI's signals want `Sync`.
#[derive(Debug, Default)]
struct Orders(Mutex<HashMap<SortBy, Arc<Order>>>);

/// Every customer (archived ones too) in one order, each with their search text: a
/// keystroke scans the texts in order and looks up only the customers whose text matches.
#[derive(Debug, Default)]
struct Order {
    ids: Vec<CustomerId>,
    texts: Vec<SearchText>,
}

impl Clone for Orders {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl Orders {
    fn clear(&mut self) {
        self.0.get_mut().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn get(&self, sort: SortBy) -> Option<Arc<Order>> {
        let orders = self.0.lock().unwrap_or_else(|e| e.into_inner());
        orders.get(&sort).cloned()
    }

    fn keep(&self, sort: SortBy, order: Arc<Order>) {
        let mut orders = self.0.lock().unwrap_or_else(|e| e.into_inner());
        orders.insert(sort, order);
    }
}

impl Snapshot {
    /// Brings the snapshot up to date with a patch: the records it names replace (or, when
    /// gone, remove) the ones held, and the indexes follow. A patch with `reset` starts from
    /// empty, so a whole read model is one patch (or a reset one and its continuations).
    pub fn apply(&mut self, patch: Patch) {
        let Patch {
            reset,
            meta,
            customers,
            interactions,
            commitments,
            deals,
            products,
            quotes,
        } = patch;
        let version = self.version + 1;
        if reset {
            *self = Self::default();
        }
        self.version = version;
        self.orders.clear();
        if reset || !customers.is_empty() || !deals.is_empty() {
            self.segments.clear();
        }
        let mut fields_changed = false;
        if let Some(meta) = meta {
            self.workspace_id = meta.workspace_id;
            self.sample = meta.sample;
            self.colleagues = meta.colleagues;
            self.firm = meta.firm;
            self.templates = meta.templates;
            self.views = meta.views;
            fields_changed = self.fields != meta.fields;
            self.fields = meta.fields;
            self.notices = meta.notices;
            self.data_events = meta.data_events;
        }
        let whole = reset && !customers.is_empty();
        let mut company_touched = false;
        let mut merged = Vec::new();
        let mut merges_changed = false;
        for (id, customer) in customers {
            let before = self.merged.get(&id).and_then(|c| c.merged_into.clone());
            let after = customer.as_ref().and_then(|c| c.merged_into.clone());
            merges_changed |= before != after;
            match customer {
                Some(customer) => {
                    company_touched |= customer.kind == CustomerKind::Company;
                    if self.place_customer(customer) {
                        if !whole {
                            self.reindex(&id);
                        }
                    } else {
                        merged.push(id);
                    }
                }
                None => {
                    self.customers.remove(&id);
                    self.merged.remove(&id);
                    self.search.remove(&id);
                    self.sort_keys.remove(&id);
                }
            }
        }
        if !merged.is_empty() {
            self.settle_merges();
        }
        for (id, interaction) in interactions {
            self.remove_interaction(&id);
            if let Some(interaction) = interaction {
                self.insert_interaction(interaction);
            }
        }
        if whole || company_touched || fields_changed {
            // A company's name is part of each member's search text, as are the values
            // of the fields shown.
            self.reindex_all();
        }
        self.apply_commitments(commitments);
        self.apply_deals(deals);
        self.apply_products(products);
        self.apply_quotes(quotes);
        if !whole {
            // A merge changed (colleagues merged one record into two different ones, or
            // records into each other): everything is placed as a fresh read places it.
            if merges_changed {
                self.resettle_merges();
            } else {
                for id in &merged {
                    self.rehome(id);
                }
            }
        }
    }

    pub fn customer(&self, id: &CustomerId) -> Option<&Customer> {
        self.customers.get(id)
    }

    /// The custom fields shown (not removed), in the order they were made.
    pub fn shown_fields(&self) -> Vec<CustomField> {
        self.fields.iter().filter(|f| !f.removed).cloned().collect()
    }

    /// Every customer, archived ones too (not merged ones), in no particular order.
    pub fn all_customers(&self) -> impl Iterator<Item = &Customer> {
        self.customers.values()
    }

    /// Every interaction not removed, in no particular order (one attached to a merged
    /// record names the customer it became).
    pub fn all_interactions(&self) -> impl Iterator<Item = &Interaction> {
        self.interactions.values()
    }

    pub fn customer_count(&self) -> usize {
        self.customers.values().filter(|c| !c.archived).count()
    }

    /// The name of the company a person belongs to.
    pub fn company_name(&self, customer: &Customer) -> Option<&str> {
        let company = customer.company.as_ref()?;
        let company = match self.customers.get(company) {
            Some(found) => found,
            // A colleague linked the person before their copy saw the company merged.
            None => self.customers.get(&self.current_id(company))?,
        };
        Some(company.name.as_str())
    }

    /// The people linked to a company, by name.
    pub fn members(&self, company: &CustomerId) -> Vec<&Customer> {
        let mut members: Vec<&Customer> = self
            .customers
            .values()
            .filter(|c| c.company.as_ref() == Some(company) && !c.archived)
            .collect();
        members.sort_by_cached_key(|c| collation_key(&c.name));
        members
    }

    /// Active companies, by name: what a person can be linked to.
    pub fn companies(&self) -> Vec<&Customer> {
        let mut companies: Vec<&Customer> = self
            .customers
            .values()
            .filter(|c| c.kind == CustomerKind::Company && !c.archived)
            .collect();
        companies.sort_by_cached_key(|c| collation_key(&c.name));
        companies
    }

    /// A customer's interactions, newest first.
    pub fn timeline(&self, id: &CustomerId) -> Vec<&Interaction> {
        self.timelines
            .get(id)
            .map(|ids| {
                ids.iter()
                    .filter_map(|(_, i)| self.interactions.get(i))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn interaction(&self, id: &InteractionId) -> Option<&Interaction> {
        self.interactions.get(id)
    }

    /// When the customer was last in touch, if ever.
    pub fn last_contact(&self, id: &CustomerId) -> Option<i64> {
        let (Reverse(at), _) = self.timelines.get(id)?.first()?;
        Some(*at)
    }

    pub fn colleague_name(&self, id: &ColleagueId) -> Option<&str> {
        self.colleagues
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.name.as_str())
    }

    /// The name of an owner, empty for none (or one not known yet).
    pub fn owner_name(&self, owner: Option<&ColleagueId>) -> &str {
        owner
            .and_then(|o| self.colleague_name(o))
            .unwrap_or_default()
    }

    /// Every tag in use, in alphabetical order. Tags compare folded ("fuar" is "Fuar"); each is
    /// spelled as most customers spell it, ties to the first in code-point order, so the name
    /// shown never depends on which record happens to come first.
    pub fn tags(&self) -> Vec<String> {
        let mut spellings: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        for tag in self.customers.values().flat_map(|c| c.tags.iter()) {
            *spellings
                .entry(fold(tag))
                .or_default()
                .entry(tag)
                .or_default() += 1;
        }
        let mut tags: Vec<String> = spellings
            .into_values()
            .filter_map(|counts| {
                let most = counts.values().copied().max()?;
                counts
                    .into_iter()
                    .find(|&(_, n)| n == most)
                    .map(|(t, _)| t.to_owned())
            })
            .collect();
        tags.sort_by_cached_key(|t| collation_key(t));
        tags
    }

    /// The customers matching `query`, in its order.
    pub fn list(&self, query: &ListQuery) -> Vec<&Customer> {
        let words = Query::new(&query.text);
        let tag = query.tag.as_deref().map(fold);
        let field = |id: &FieldId| self.fields.iter().find(|f| &f.id == id && !f.removed);
        let filter = query
            .field_filter
            .as_ref()
            .and_then(|(id, wanted)| Some((field(id)?, wanted)));
        let sort_field = query.field_sort.as_ref().and_then(field);
        let order = match sort_field {
            Some(_) => self.order(SortBy::Name),
            None => self.order(query.sort),
        };
        let mut rows: Vec<&Customer> = order
            .ids
            .iter()
            .zip(&order.texts)
            .filter(|(_, text)| words.is_empty() || text.matches(&words))
            .filter_map(|(id, _)| self.customers.get(id))
            .filter(|c| c.archived == query.archived)
            .filter(|c| query.stage.is_none_or(|s| c.stage == s))
            .filter(|c| {
                query
                    .owner
                    .as_ref()
                    .is_none_or(|o| c.owner.as_ref() == Some(o))
            })
            .filter(|c| {
                tag.as_ref()
                    .is_none_or(|t| c.tags.iter().any(|x| &fold(x) == t))
            })
            .filter(|c| {
                query
                    .consent
                    .is_none_or(|(purpose, given)| has_consent(&c.consents, purpose) == given)
            })
            .filter(|c| {
                filter.is_none_or(|(field, wanted)| {
                    let stored = c.fields.get(&field.id).map_or("", String::as_str);
                    field.matches(stored, wanted)
                })
            })
            .collect();
        if let Some(field) = sort_field {
            sort_by_field(&mut rows, field, query.descending);
        } else if query.descending {
            rows.reverse();
        }
        rows
    }

    /// Works out the order `query` lists in ahead of its first use (sorting 10,000
    /// customers is the larger part of drawing the list the first time).
    pub fn prepare_list(&self, query: &ListQuery) {
        self.order(query.sort);
    }

    /// Of `shown` (the list for a query `query` narrows, see [`ListQuery::narrows`]), the
    /// customers matching `query`, in the same order.
    pub fn narrow<'a>(&self, query: &ListQuery, shown: &'a [CustomerId]) -> Vec<&'a CustomerId> {
        let words = Query::new(&query.text);
        shown
            .iter()
            .filter(|id| self.search.get(*id).is_some_and(|s| s.matches(&words)))
            .collect()
    }

    /// Bumped by every patch applied: equal numbers, the same read model.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Every customer in `sort` order, worked out once per change of the snapshot.
    fn order(&self, sort: SortBy) -> Arc<Order> {
        if let Some(order) = self.orders.get(sort) {
            return order;
        }
        // Each row's keys looked up once, not in every comparison (a sort of 10,000 makes
        // some 130,000, and two map lookups each cost more than the comparison itself).
        let empty = (Vec::new(), Vec::new());
        let mut rows: Vec<Sorted<'_>> = self
            .customers
            .values()
            .map(|c| Sorted {
                customer: c,
                keys: self.sort_keys.get(&c.id).unwrap_or(&empty),
                text: self.search.get(&c.id),
                last_contact: match sort {
                    SortBy::LastContact => self.last_contact(&c.id).unwrap_or(i64::MIN),
                    _ => 0,
                },
            })
            .collect();
        // The name breaks ties, then the id, so the order never flickers.
        let by_name = |a: &Sorted<'_>, b: &Sorted<'_>| {
            a.keys
                .0
                .cmp(&b.keys.0)
                .then_with(|| a.customer.id.cmp(&b.customer.id))
        };
        match sort {
            SortBy::Name => rows.sort_by(by_name),
            SortBy::City => {
                rows.sort_by(|a, b| a.keys.1.cmp(&b.keys.1).then_with(|| by_name(a, b)))
            }
            SortBy::Stage => rows.sort_by(|a, b| {
                (a.customer.stage.cmp(&b.customer.stage)).then_with(|| by_name(a, b))
            }),
            SortBy::Created => rows.sort_by(|a, b| {
                (a.customer.created_at.cmp(&b.customer.created_at)).then_with(|| by_name(a, b))
            }),
            // Most recent contact first feels natural, never-contacted last.
            SortBy::LastContact => rows
                .sort_by(|a, b| (b.last_contact.cmp(&a.last_contact)).then_with(|| by_name(a, b))),
        }
        let order = Arc::new(Order {
            ids: rows.iter().map(|r| r.customer.id.clone()).collect(),
            texts: rows
                .iter()
                .map(|r| r.text.cloned().unwrap_or_default())
                .collect(),
        });
        self.orders.keep(sort, Arc::clone(&order));
        order
    }

    fn reindex(&mut self, id: &CustomerId) {
        if let Some(customer) = self.customers.get(id) {
            let text = SearchText::with_fields(customer, self.company_name(customer), &self.fields);
            let keys = (collation_key(&customer.name), collation_key(&customer.city));
            self.search.insert(id.clone(), text);
            self.sort_keys.insert(id.clone(), keys);
        }
    }

    fn reindex_all(&mut self) {
        let ids: Vec<CustomerId> = self.customers.keys().cloned().collect();
        ids.iter().for_each(|id| self.reindex(id));
    }

    fn insert_interaction(&mut self, mut interaction: Interaction) {
        let current = self.current_id(&interaction.customer);
        if current != interaction.customer {
            let origin = std::mem::replace(&mut interaction.customer, current);
            self.origins
                .interactions
                .insert(interaction.id.clone(), origin);
        }
        let timeline = self
            .timelines
            .entry(interaction.customer.clone())
            .or_default();
        let entry = (Reverse(interaction.at), interaction.id.clone());
        let position = timeline.binary_search(&entry).unwrap_or_else(|p| p);
        timeline.insert(position, entry);
        self.interactions
            .insert(interaction.id.clone(), interaction);
    }

    fn remove_interaction(&mut self, id: &InteractionId) {
        self.origins.interactions.remove(id);
        if let Some(old) = self.interactions.remove(id) {
            if let Some(timeline) = self.timelines.get_mut(&old.customer) {
                timeline.retain(|(_, i)| i != id);
            }
        }
    }
}

/// Orders `rows` (in name order) by their values of `field`, stably, so the name breaks
/// ties; customers without a value stay last either way.
fn sort_by_field(rows: &mut Vec<&Customer>, field: &CustomField, descending: bool) {
    let mut keyed: Vec<(Option<FieldSortKey>, &Customer)> = rows
        .drain(..)
        .map(|c| (c.fields.get(&field.id).and_then(|v| field.sort_key(v)), c))
        .collect();
    keyed.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => {
            let order = a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal);
            if descending {
                order.reverse()
            } else {
                order
            }
        }
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows.extend(keyed.into_iter().map(|(_, c)| c));
}

/// A customer with what [`Snapshot::order`] sorts by.
struct Sorted<'a> {
    customer: &'a Customer,
    /// Name and city as collation keys.
    keys: &'a (Vec<u32>, Vec<u32>),
    text: Option<&'a SearchText>,
    last_contact: i64,
}

mod duplicates;
mod merged;
mod metrics;
mod records;
mod sales;
mod whole;

pub use metrics::{AtRisk, WeekActivity};
pub(crate) use whole::WholeModel;
#[cfg(test)]
mod tests;
