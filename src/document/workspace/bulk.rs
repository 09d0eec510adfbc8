//! One change to many customers at once, chosen in the list: a stage, an owner, a tag,
//! or the archive. One commit, so one step in history and one to undo (which puts back
//! each customer's own value).

pub use crate::protocol::BulkChange;
use automerge::transaction::Transactable;

use super::super::fields::{boolean, string, strings, sync_strings};
use super::{customer_obj, write_update, Result, Workspace};
use crate::domain::{fold, required, Code, CustomerId, CustomerUpdate, Field, MAX_LINE};

impl BulkChange {
    /// The field key history shows for the change.
    pub(crate) fn key(&self) -> &'static str {
        match self {
            Self::Stage(..) => "stage",
            Self::Owner(_) => "owner",
            Self::AddTag(_) => "tags",
            Self::Archive => "archived",
        }
    }
}

impl Workspace {
    /// Applies `change` to every customer in `ids`; returns how many actually changed.
    /// An unknown id fails the whole change and writes nothing.
    pub fn change_customers(&mut self, ids: &[CustomerId], change: BulkChange) -> Result<usize> {
        let change = match change {
            BulkChange::Stage(stage, reason) => {
                match CustomerUpdate::Stage(stage, reason).validated()? {
                    CustomerUpdate::Stage(stage, reason) => BulkChange::Stage(stage, reason),
                    _ => unreachable!("validation keeps the variant"),
                }
            }
            BulkChange::AddTag(tag) => BulkChange::AddTag(required(Field::Tags, &tag, MAX_LINE)?),
            other => other,
        };
        let me = self.me.clone();
        let now = self.now();
        let message = format!("customer.bulk {} {}", ids.len(), change.key());
        let mut changed = Vec::new();
        self.commit_listing(&message, |tx, touched| {
            for id in ids {
                let (customers, obj) = customer_obj(tx, id)?;
                let is = |key: &str, value: Option<&str>| string(tx, &obj, key).as_deref() == value;
                match &change {
                    BulkChange::Stage(stage, reason) => {
                        if is("stage", Some(stage.code()))
                            && is("dissolution_reason", reason.map(Code::code))
                        {
                            continue;
                        }
                        let update = CustomerUpdate::Stage(*stage, *reason);
                        write_update(tx, &customers, &obj, &update, now, me.as_ref())?;
                    }
                    BulkChange::Owner(owner) => {
                        if is("owner", owner.as_ref().map(|c| c.0.as_str())) {
                            continue;
                        }
                        let update = CustomerUpdate::Owner(owner.clone());
                        write_update(tx, &customers, &obj, &update, now, me.as_ref())?;
                    }
                    BulkChange::AddTag(tag) => {
                        let mut tags = strings(tx, &obj, "tags");
                        if tags.iter().any(|t| fold(t) == fold(tag)) {
                            continue;
                        }
                        tags.push(tag.clone());
                        sync_strings(tx, &obj, "tags", &tags)?;
                    }
                    BulkChange::Archive => {
                        if boolean(tx, &obj, "archived") {
                            continue;
                        }
                        tx.put(&obj, "archived", true)?;
                    }
                }
                changed.push(id.clone());
                touched.customers.push(id.clone());
            }
            Ok(())
        })?;
        let count = changed.len();
        self.last_bulk = self
            .doc
            .get_last_local_change()
            .filter(|c| c.message() == Some(&message))
            .filter(|_| count > 0)
            .map(|c| (c.hash(), changed));
        Ok(count)
    }

    /// Takes back a change to many customers: each one's field goes back to the value it
    /// had just before (`before`), in one commit; a colleague's edit of another field
    /// meanwhile stays.
    pub(super) fn undo_bulk(
        &mut self,
        ids: &[CustomerId],
        key: &str,
        before: &[automerge::ChangeHash],
    ) -> Result<()> {
        let mut updates = Vec::new();
        for id in ids {
            match key {
                "archived" => {}
                _ => updates.push((id.clone(), self.value_at(id, key, before)?)),
            }
        }
        let me = self.me.clone();
        let now = self.now();
        let message = format!("customer.bulk {} {key}", ids.len());
        self.commit_listing(&message, |tx, touched| {
            for id in ids {
                let (customers, obj) = customer_obj(tx, id)?;
                match updates.iter().find(|(u, _)| u == id) {
                    Some((_, update)) => {
                        write_update(tx, &customers, &obj, update, now, me.as_ref())?
                    }
                    None => tx.put(&obj, "archived", false)?,
                }
                touched.customers.push(id.clone());
            }
            Ok(())
        })?;
        self.last_bulk = None;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
