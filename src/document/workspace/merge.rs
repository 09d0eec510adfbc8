//! Merging two records of one customer: the kept record takes the fields the user chose,
//! everything that pointed to the other (interactions, commitments, deals, a company's
//! people) moves to it, and the other is marked as merged into it. One commit, which
//! syncs like any other.

use automerge::transaction::{Transactable, Transaction};
use automerge::ObjId;

use super::super::fields::{child_maps, put_str, string};
use super::super::read::collection;
use super::super::schema::{COMMITMENTS, CUSTOMERS, DEALS, INTERACTIONS};
use super::{customer_obj, write_update, DocumentError, Result, Workspace};
use crate::domain::{CommitmentId, CustomerId, CustomerUpdate, DealId, InteractionId};

impl Workspace {
    /// Merges `other` into `keep`: `updates` (validated; usually the fields where the user
    /// picked the other record's value) are written to `keep`, every interaction,
    /// commitment, deal and company member of `other` moves to `keep`, and `other` is
    /// marked `merged_into`. Anything a colleague attaches to `other` later (their copy had
    /// not seen the merge) is shown on `keep` by the read model.
    pub fn merge_customers(
        &mut self,
        keep: &CustomerId,
        other: &CustomerId,
        updates: Vec<CustomerUpdate>,
    ) -> Result<()> {
        if keep == other {
            return Err(DocumentError::UnknownCustomer);
        }
        let updates = updates
            .into_iter()
            .map(CustomerUpdate::validated)
            .collect::<std::result::Result<Vec<_>, _>>()?;
        for id in [keep, other] {
            let customer = self.customer(id).ok_or(DocumentError::UnknownCustomer)?;
            if customer.merged_into.is_some() {
                return Err(DocumentError::UnknownCustomer);
            }
        }
        let me = self.me.clone();
        let now = self.now();
        let message = format!("customer.merge {} {}", keep.0, other.0);
        self.commit_listing(&message, |tx, touched| {
            let (customers, kept) = customer_obj(tx, keep)?;
            let (_, merged) = customer_obj(tx, other)?;
            for update in &updates {
                write_update(tx, &customers, &kept, update, now, me.as_ref())?;
            }
            for id in repoint(tx, INTERACTIONS, "customer", other, keep)? {
                touched.interactions.push(InteractionId(id));
            }
            for id in repoint(tx, COMMITMENTS, "customer", other, keep)? {
                touched.commitments.push(CommitmentId(id));
            }
            for id in repoint(tx, DEALS, "customer", other, keep)? {
                touched.deals.push(DealId(id));
            }
            for id in repoint(tx, CUSTOMERS, "company", other, keep)? {
                touched.customers.push(CustomerId(id));
            }
            put_str(tx, &merged, "merged_into", &keep.0)?;
            touched.customers.extend([keep.clone(), other.clone()]);
            Ok(())
        })
    }
}

/// Points every record of collection `name` whose `field` is `from` to `to`; returns
/// their ids. A missing collection (no deals yet) has none.
fn repoint(
    tx: &mut Transaction<'_>,
    name: &str,
    field: &str,
    from: &CustomerId,
    to: &CustomerId,
) -> Result<Vec<String>> {
    let Some(all) = collection(tx, name) else {
        return Ok(Vec::new());
    };
    let pointing: Vec<(String, ObjId)> = child_maps(tx, &all)
        .into_iter()
        .filter(|(_, obj)| string(tx, obj, field).as_deref() == Some(from.0.as_str()))
        .collect();
    for (_, obj) in &pointing {
        tx.put(obj, field, to.0.as_str())?;
    }
    Ok(pointing.into_iter().map(|(id, _)| id).collect())
}

#[cfg(test)]
mod tests;
