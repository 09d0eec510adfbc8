//! What changed between two versions of the workspace, as ids per collection, so that a
//! read model refreshes only those.
//!
//! Automerge's `diff` between two heads walks the whole document (about 200 ms at 1,000
//! customers natively). Instead each change the workspace makes or merges is turned into
//! patches as it happens (cost proportional to the change) and the ids are gathered in a
//! [`Tracker`]; `diff` remains the fallback for any other pair of heads.

use automerge::{ChangeHash, Patch, PatchAction};

use super::schema::{COMMITMENTS, CUSTOMERS, DEALS, INTERACTIONS, PRODUCTS, QUOTES};
use super::Workspace;
use crate::domain::{CommitmentId, CustomerId, DealId, InteractionId, ProductId, QuoteId};

/// The ids a set of changes touched, each list sorted and without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    pub customers: Vec<CustomerId>,
    pub interactions: Vec<InteractionId>,
    pub commitments: Vec<CommitmentId>,
    pub deals: Vec<DealId>,
    /// The commitments map itself appeared (the schema extension arrived): read it whole.
    pub all_commitments: bool,
    /// The same for the deals map.
    pub all_deals: bool,
    pub products: Vec<ProductId>,
    pub quotes: Vec<QuoteId>,
    /// The products and quotes maps appeared (the second extension arrived).
    pub all_sales: bool,
}

/// The ids touched since `since`, gathered change by change.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tracker {
    since: Vec<ChangeHash>,
    touched: Touched,
    /// The document was taken over whole since `since` (a join): everything changed.
    replaced: bool,
}

impl Tracker {
    /// Starts gathering from `heads`.
    pub(crate) fn starting_at(heads: Vec<ChangeHash>) -> Self {
        Self {
            since: sorted(heads),
            touched: Touched::default(),
            replaced: false,
        }
    }

    /// Gathering from `heads`, after which the document was replaced whole.
    pub(crate) fn replaced_at(heads: Vec<ChangeHash>) -> Self {
        Self {
            replaced: true,
            ..Self::starting_at(heads)
        }
    }

    /// Adds what a change with this commit message touches, when the message says (every
    /// intent names its ids: see the `commit` calls). Returns false for any other message.
    /// Must be called before the change is made: a failed change touches nothing extra,
    /// only a refresh of ids that did not change.
    pub(crate) fn record_message(&mut self, message: &str) -> bool {
        let mut words = message.split(' ');
        let (Some(verb), subject) = (words.next(), words.next()) else {
            return false;
        };
        // Naming a company may create it in the same change: only patches tell its id.
        if verb == "customer.create"
            || (verb == "customer.update" && words.next() == Some("company"))
        {
            return false;
        }
        let touched = &mut self.touched;
        match (verb.split_once('.'), subject) {
            (Some(("customer", _)), Some(id)) => touched.customers.push(CustomerId(id.into())),
            (Some(("interaction", _)), Some(id)) => {
                touched.interactions.push(InteractionId(id.into()))
            }
            (Some(("commitment", _)), Some(id)) => {
                touched.commitments.push(CommitmentId(id.into()))
            }
            (Some(("deal", _)), Some(id)) => touched.deals.push(DealId(id.into())),
            (Some(("product", _)), Some(id)) => touched.products.push(ProductId(id.into())),
            // A quote's intents may open or win its deal and log its sending in the same
            // change: only patches tell all of it.
            (Some(("quote", _)), _) => return false,
            // Colleagues and the workspace id are read whole on every refresh.
            (Some(("colleague" | "workspace", _)), _) => {}
            _ => return false,
        }
        true
    }

    /// Adds ids an intent listed itself (a whole import, a merge, a bulk change).
    pub(crate) fn add(&mut self, mut listed: Touched) {
        let touched = &mut self.touched;
        touched.customers.append(&mut listed.customers);
        touched.interactions.append(&mut listed.interactions);
        touched.commitments.append(&mut listed.commitments);
        touched.deals.append(&mut listed.deals);
        touched.products.append(&mut listed.products);
        touched.quotes.append(&mut listed.quotes);
    }

    /// Adds what `patches` (of one change or merge) touched.
    pub(crate) fn record(&mut self, patches: &[Patch]) {
        collect(patches, &mut self.touched);
    }
}

impl Workspace {
    /// Ids of everything changed between `before` and now.
    pub fn touched(&self, before: &[ChangeHash]) -> Touched {
        let now = self.heads();
        let mut tracker = self.tracker.borrow_mut();
        let mut touched = if tracker.since == sorted(before.to_vec()) && tracker.replaced {
            self.touched_everything()
        } else if tracker.since == sorted(before.to_vec()) {
            std::mem::take(&mut tracker.touched)
        } else {
            self.touched_by_diff(before)
        };
        *tracker = Tracker::starting_at(now);
        touched.tidy();
        touched
    }
}

impl Touched {
    /// Sorts each list and drops repeats.
    pub(crate) fn tidy(&mut self) {
        fn tidy<T: Ord>(ids: &mut Vec<T>) {
            ids.sort();
            ids.dedup();
        }
        tidy(&mut self.customers);
        tidy(&mut self.interactions);
        tidy(&mut self.commitments);
        tidy(&mut self.deals);
        tidy(&mut self.products);
        tidy(&mut self.quotes);
    }
}

impl Workspace {
    /// Whether the document was replaced whole since `before` (see `Tracker::replaced_at`):
    /// the read model is then read whole, not patched.
    pub(crate) fn replaced_since(&self, before: &[ChangeHash]) -> bool {
        let tracker = self.tracker.borrow();
        tracker.replaced && tracker.since == sorted(before.to_vec())
    }

    /// Every record, as touched.
    fn touched_everything(&self) -> Touched {
        let ids = |name: &str| super::read::ids(&self.doc, name).into_iter();
        Touched {
            customers: ids(CUSTOMERS).map(CustomerId).collect(),
            interactions: ids(INTERACTIONS).map(InteractionId).collect(),
            commitments: ids(COMMITMENTS).map(CommitmentId).collect(),
            deals: ids(DEALS).map(DealId).collect(),
            all_commitments: true,
            all_deals: true,
            products: ids(PRODUCTS).map(ProductId).collect(),
            quotes: ids(QUOTES).map(QuoteId).collect(),
            all_sales: true,
        }
    }

    /// [`Self::touched`] the slow, sure way: comparing the document at both heads.
    pub(crate) fn touched_by_diff(&self, before: &[ChangeHash]) -> Touched {
        let mut touched = Touched::default();
        collect(&self.doc.diff(before, &self.heads()), &mut touched);
        touched
    }
}

fn sorted(mut heads: Vec<ChangeHash>) -> Vec<ChangeHash> {
    heads.sort();
    heads
}

/// Adds the ids `patches` touched to `touched`.
fn collect(patches: &[Patch], touched: &mut Touched) {
    for patch in patches {
        let collection = patch.path.first().and_then(|(_, prop)| prop.as_str());
        let key = match (patch.path.get(1), &patch.action) {
            (Some((_, prop)), _) => prop.as_str().map(str::to_owned),
            (None, PatchAction::PutMap { key, .. }) | (None, PatchAction::DeleteMap { key }) => {
                Some(key.clone())
            }
            _ => None,
        };
        match (collection, key) {
            (Some(CUSTOMERS), Some(id)) => touched.customers.push(CustomerId(id)),
            (Some(INTERACTIONS), Some(id)) => touched.interactions.push(InteractionId(id)),
            (Some(COMMITMENTS), Some(id)) => touched.commitments.push(CommitmentId(id)),
            (Some(DEALS), Some(id)) => touched.deals.push(DealId(id)),
            (Some(PRODUCTS), Some(id)) => touched.products.push(ProductId(id)),
            (Some(QUOTES), Some(id)) => touched.quotes.push(QuoteId(id)),
            (None, _) => match &patch.action {
                PatchAction::PutMap { key, .. } if key == COMMITMENTS => {
                    touched.all_commitments = true
                }
                PatchAction::PutMap { key, .. } if key == DEALS => touched.all_deals = true,
                PatchAction::PutMap { key, .. } if key == PRODUCTS || key == QUOTES => {
                    touched.all_sales = true
                }
                _ => {}
            },
            _ => {}
        }
    }
}
