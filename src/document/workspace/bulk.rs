//! One change to many customers at once, chosen in the list: a stage, an owner, a tag,
//! or the archive. One commit, so one step in history and one to undo.

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
        let mut changed = 0;
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
                changed += 1;
                touched.customers.push(id.clone());
            }
            Ok(())
        })?;
        Ok(changed)
    }
}

#[cfg(test)]
mod tests;
