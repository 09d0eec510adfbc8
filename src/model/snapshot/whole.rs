//! The read model back as the one patch that builds it: what the engine keeps in storage
//! so the next start draws every page before the document is loaded.

use std::collections::HashMap;

use serde::Serialize;

use super::Snapshot;
use crate::model::{Meta, Patch};

/// [`Patch`] of borrowed records: serialises to the same bytes as the patch it mirrors,
/// without copying 100,000 records first.
#[derive(Serialize)]
pub(crate) struct WholeModel<'a> {
    reset: bool,
    meta: Option<Meta>,
    customers: Vec<(
        &'a crate::domain::CustomerId,
        Option<&'a crate::domain::Customer>,
    )>,
    interactions: Vec<Record<'a, crate::domain::InteractionId, crate::domain::Interaction>>,
    commitments: Records<'a, crate::domain::CommitmentId, crate::domain::Commitment>,
    deals: Records<'a, crate::domain::DealId, crate::domain::Deal>,
    products: Records<'a, crate::domain::ProductId, crate::domain::Product>,
    quotes: Records<'a, crate::domain::QuoteId, crate::domain::Quote>,
}

type Record<'a, K, V> = (&'a K, Option<&'a V>);

/// Mirrors [`crate::model::Records`].
#[derive(Serialize)]
struct Records<'a, K, V> {
    whole: bool,
    changed: Vec<Record<'a, K, V>>,
}

impl Snapshot {
    /// Every record held (merged customers too), as one resetting patch, ordered by id so
    /// the same read model always gives the same bytes.
    pub(crate) fn whole_model(&self) -> WholeModel<'_> {
        let mut customers: Vec<_> = self
            .customers
            .values()
            .chain(self.merged.values())
            .map(|c| (&c.id, Some(c)))
            .collect();
        customers.sort_by(|a, b| a.0.cmp(b.0));
        WholeModel {
            reset: true,
            meta: Some(Meta {
                workspace_id: self.workspace_id.clone(),
                sample: self.sample,
                colleagues: self.colleagues.clone(),
                firm: self.firm.clone(),
                templates: self.templates.clone(),
                fields: self.fields.clone(),
                notices: self.notices.clone(),
                data_events: self.data_events.clone(),
                views: self.views.clone(),
            }),
            customers,
            interactions: sorted(&self.interactions),
            commitments: Records {
                whole: true,
                changed: sorted(&self.commitments),
            },
            deals: Records {
                whole: true,
                changed: sorted(&self.deals),
            },
            products: Records {
                whole: true,
                changed: sorted(&self.products),
            },
            quotes: Records {
                whole: true,
                changed: sorted(&self.quotes),
            },
        }
    }

    /// [`Self::whole_model`] as a patch of its own.
    pub fn whole(&self) -> Patch {
        let bytes = postcard::to_allocvec(&self.whole_model()).expect("records always serialise");
        postcard::from_bytes(&bytes).expect("the same shape as a patch")
    }
}

fn sorted<K: Ord, V>(records: &HashMap<K, V>) -> Vec<Record<'_, K, V>> {
    let mut all: Vec<_> = records.iter().map(|(k, v)| (k, Some(v))).collect();
    all.sort_by(|a, b| a.0.cmp(b.0));
    all
}
