//! What changed between two versions of the workspace, as ids per collection, so that a
//! read model refreshes only those.

use automerge::{ChangeHash, PatchAction};

use super::schema::{COMMITMENTS, CUSTOMERS, DEALS, INTERACTIONS};
use super::Workspace;
use crate::domain::{CommitmentId, CustomerId, DealId, InteractionId};

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
}

impl Workspace {
    /// Ids of everything changed between `before` and now.
    pub fn touched(&self, before: &[ChangeHash]) -> Touched {
        let mut touched = Touched::default();
        for patch in self.doc.diff(before, &self.heads()) {
            let collection = patch.path.first().and_then(|(_, prop)| prop.as_str());
            let key = match (patch.path.get(1), &patch.action) {
                (Some((_, prop)), _) => prop.as_str().map(str::to_owned),
                (None, PatchAction::PutMap { key, .. })
                | (None, PatchAction::DeleteMap { key }) => Some(key.clone()),
                _ => None,
            };
            match (collection, key) {
                (Some(CUSTOMERS), Some(id)) => touched.customers.push(CustomerId(id)),
                (Some(INTERACTIONS), Some(id)) => touched.interactions.push(InteractionId(id)),
                (Some(COMMITMENTS), Some(id)) => touched.commitments.push(CommitmentId(id)),
                (Some(DEALS), Some(id)) => touched.deals.push(DealId(id)),
                (None, _) => match &patch.action {
                    PatchAction::PutMap { key, .. } if key == COMMITMENTS => {
                        touched.all_commitments = true
                    }
                    PatchAction::PutMap { key, .. } if key == DEALS => touched.all_deals = true,
                    _ => {}
                },
                _ => {}
            }
        }
        fn tidy<T: Ord>(ids: &mut Vec<T>) {
            ids.sort();
            ids.dedup();
        }
        tidy(&mut touched.customers);
        tidy(&mut touched.interactions);
        tidy(&mut touched.commitments);
        tidy(&mut touched.deals);
        touched
    }
}
