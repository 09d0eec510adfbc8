//! Undo of this session's own last actions. An undo is a new change that puts back what
//! the action changed, so it syncs like any edit: a colleague's concurrent edit of another
//! field survives, and one of the same field is a conflict like any other.

pub use crate::protocol::UndoAction;
use automerge::transaction::Transactable;
use automerge::{ChangeHash, ObjType, ReadDoc, Value};

use super::{customer_obj, Result, Workspace};
use crate::document::fields::{map, put_str};
use crate::document::read::collection;
use crate::document::schema::CUSTOMERS;
use crate::document::DocumentError;
use crate::domain::{
    Channel, Code, ColleagueId, CustomerId, CustomerKind, CustomerUpdate, DissolutionReason,
    FieldId, InteractionId, Stage, CUSTOM_PREFIX,
};

/// An action that can be taken back, and the change that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undoable {
    pub change: ChangeHash,
    pub action: UndoAction,
}

impl UndoAction {
    /// Reads the action from a change's message (`customer.update ID city`, ...).
    pub(crate) fn from_message(message: &str) -> Option<Self> {
        let mut words = message.split(' ');
        let (verb, subject) = (words.next()?, words.next()?);
        let customer = || CustomerId(subject.to_owned());
        Some(match verb {
            "customer.create" => Self::CreatedCustomer(customer()),
            "customer.update" => Self::EditedCustomer(customer(), words.next()?.to_owned()),
            "customer.archive" => Self::ArchivedCustomer(customer(), true),
            "customer.restore" => Self::ArchivedCustomer(customer(), false),
            "interaction.log" => Self::LoggedInteraction(InteractionId(subject.to_owned())),
            _ => return None,
        })
    }
}

impl Workspace {
    /// The last change this session made, if it is an action that can be undone.
    pub fn last_undoable(&self) -> Option<Undoable> {
        let change = self.doc.get_last_local_change()?;
        let message = change.message()?;
        let action = match message.strip_prefix("customer.bulk ") {
            // The customers a bulk change touched are not in its message: this session
            // noted them when it made the change.
            Some(rest) => {
                let key = rest.split(' ').nth(1)?.to_owned();
                let (hash, ids) = self.last_bulk.as_ref()?;
                (*hash == change.hash()).then(|| UndoAction::ChangedCustomers(ids.clone(), key))?
            }
            None => UndoAction::from_message(message)?,
        };
        Some(Undoable {
            change: change.hash(),
            action,
        })
    }

    /// Takes back `undoable` as a new change. A field goes back to the value it had just
    /// before the action; a customer or interaction the action made is removed (flagged,
    /// kept in the history).
    pub fn undo(&mut self, undoable: &Undoable) -> Result<()> {
        match &undoable.action {
            UndoAction::CreatedCustomer(id) => {
                self.commit(&format!("customer.remove {}", id.0), |tx| {
                    let (_, obj) = customer_obj(tx, id)?;
                    tx.put(&obj, "removed", true)?;
                    Ok(())
                })
            }
            UndoAction::ArchivedCustomer(id, archived) => self.set_archived(id, !archived),
            UndoAction::LoggedInteraction(id) => self.remove_interaction(id),
            UndoAction::EditedCustomer(id, key) => {
                let before = self.before(undoable)?;
                self.restore_field(id, key, &before)
            }
            UndoAction::ChangedCustomers(ids, key) => {
                let before = self.before(undoable)?;
                self.undo_bulk(ids, key, &before)
            }
        }
    }

    /// The heads just before `undoable`'s change.
    fn before(&self, undoable: &Undoable) -> Result<Vec<ChangeHash>> {
        Ok(self
            .doc
            .get_change_by_hash(&undoable.change)
            .ok_or(DocumentError::UnknownCustomer)?
            .deps()
            .to_vec())
    }

    /// The update that gives customer `id`'s field `key` the value it had at `heads`
    /// (every field but the company, which links a record: see `restore_field`).
    pub(super) fn value_at(
        &self,
        id: &CustomerId,
        key: &str,
        heads: &[ChangeHash],
    ) -> Result<CustomerUpdate> {
        let obj = collection(&self.doc, CUSTOMERS)
            .and_then(|all| map(&self.doc, &all, &id.0))
            .ok_or(DocumentError::UnknownCustomer)?;
        let text = |key: &str| self.string_at(&obj, key, heads).unwrap_or_default();
        let list = |key: &str| self.strings_at(&obj, key, heads);
        Ok(match key {
            "kind" => CustomerUpdate::Kind(
                CustomerKind::from_code(&text("kind")).unwrap_or(CustomerKind::Person),
            ),
            "name" => CustomerUpdate::Name(text("name")),
            "city" => CustomerUpdate::City(text("city")),
            "district" => CustomerUpdate::District(text("district")),
            "address" => CustomerUpdate::Address(text("address")),
            "notes" => CustomerUpdate::Notes(text("notes")),
            "tax_number" => CustomerUpdate::TaxNumber(text("tax_number")),
            "tax_office" => CustomerUpdate::TaxOffice(text("tax_office")),
            "iban" => CustomerUpdate::Iban(text("iban")),
            "emails" => CustomerUpdate::Emails(list("emails")),
            "phones" => CustomerUpdate::Phones(list("phones")),
            "tags" => CustomerUpdate::Tags(list("tags")),
            "stage" => CustomerUpdate::Stage(
                Stage::from_code(&text("stage")).unwrap_or(Stage::Exploration),
                DissolutionReason::from_code(&text("dissolution_reason")),
            ),
            "owner" => CustomerUpdate::Owner(
                Some(text("owner"))
                    .filter(|o| !o.is_empty())
                    .map(ColleagueId),
            ),
            "preferred_channel" => {
                CustomerUpdate::PreferredChannel(Channel::from_code(&text("preferred_channel")))
            }
            key => match key.strip_prefix(CUSTOM_PREFIX) {
                Some(field) => CustomerUpdate::Custom(FieldId(field.to_owned()), text(key)),
                None => return Err(DocumentError::UnknownCustomer),
            },
        })
    }

    /// Puts back the value the customer's field `key` had at `heads`.
    fn restore_field(&mut self, id: &CustomerId, key: &str, heads: &[ChangeHash]) -> Result<()> {
        if key == "company" {
            let obj = collection(&self.doc, CUSTOMERS)
                .and_then(|all| map(&self.doc, &all, &id.0))
                .ok_or(DocumentError::UnknownCustomer)?;
            let company = self.string_at(&obj, "company", heads).unwrap_or_default();
            return self.commit(&format!("customer.update {} company", id.0), |tx| {
                let (_, obj) = customer_obj(tx, id)?;
                if !company.is_empty() {
                    customer_obj(tx, &CustomerId(company.clone()))?;
                }
                put_str(tx, &obj, "company", &company)
            });
        }
        let update = self.value_at(id, key, heads)?;
        self.update_customer(id, update)
    }

    fn string_at(&self, obj: &automerge::ObjId, key: &str, heads: &[ChangeHash]) -> Option<String> {
        match self.doc.get_at(obj, key, heads).ok().flatten()? {
            (Value::Scalar(s), _) => s.as_str().map(str::to_owned),
            (Value::Object(ObjType::Text), id) => self.doc.text_at(&id, heads).ok(),
            _ => None,
        }
    }

    fn strings_at(&self, obj: &automerge::ObjId, key: &str, heads: &[ChangeHash]) -> Vec<String> {
        match self.doc.get_at(obj, key, heads).ok().flatten() {
            Some((Value::Object(ObjType::List), list)) => self
                .doc
                .list_range_at(&list, .., heads)
                .filter_map(|item| match item.value.into_value() {
                    Value::Scalar(s) => s.as_str().map(str::to_owned),
                    Value::Object(_) => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
