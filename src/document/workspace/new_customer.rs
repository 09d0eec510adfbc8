//! Writing a new customer record: the whole object in one batch.
//!
//! Automerge places every operation among the document's others one at a time (about
//! 0.1 ms each natively, more in WebAssembly); a customer written field by field is some
//! twenty operations, so a 10,000-record import took half a minute. `batch_create_object`
//! places a whole object tree in two steps.

use std::collections::HashMap;

use automerge::transaction::{Transactable, Transaction};
use automerge::{hydrate, ObjId, ScalarValue, TextEncoding};

use super::Result;
use crate::domain::{custom_key, Code, ColleagueId, CustomerDraft, CustomerId};

/// A new customer's record as it will be stored, fields named as `schema.rs` draws them.
pub(in crate::document) struct NewCustomer(
    HashMap<&'static str, hydrate::Value>,
    /// Custom field values, by their keys (`field.<id>`).
    Vec<(String, String)>,
);

impl NewCustomer {
    /// The record of `draft` (validated), made now by `me`. Its company is linked apart.
    pub(in crate::document) fn new(
        draft: &CustomerDraft,
        now: i64,
        me: Option<&ColleagueId>,
        encoding: TextEncoding,
    ) -> Self {
        let text = |s: &str| hydrate::Value::scalar(s);
        let time = |ms: i64| hydrate::Value::scalar(ScalarValue::Timestamp(ms));
        let list = |items: &[String]| {
            hydrate::Value::from(items.iter().map(|s| text(s)).collect::<Vec<_>>())
        };
        let mut record = HashMap::from([
            ("kind", text(draft.kind.code())),
            ("name", text(&draft.name)),
            ("created_at", time(now)),
            ("archived", hydrate::Value::scalar(false)),
            ("emails", list(&draft.emails)),
            ("phones", list(&draft.phones)),
            ("tags", list(&draft.tags)),
            ("city", text(&draft.city)),
            ("address", text(&draft.address)),
            ("notes", hydrate::Value::text(encoding, &draft.notes)),
            ("stage", text(draft.stage.code())),
        ]);
        let mut entry = HashMap::from([("stage", text(draft.stage.code())), ("at", time(now))]);
        if let Some(me) = me {
            record.insert("created_by", text(&me.0));
            entry.insert("by", text(&me.0));
        }
        if let Some(reason) = draft.dissolution_reason {
            record.insert("dissolution_reason", text(reason.code()));
            entry.insert("reason", text(reason.code()));
        }
        if let Some(owner) = &draft.owner {
            record.insert("owner", text(&owner.0));
        }
        if let Some(channel) = draft.preferred_channel {
            record.insert("preferred_channel", text(channel.code()));
        }
        // The district and invoice details only when given: most customers have none.
        for (key, value) in [
            ("district", &draft.district),
            ("tax_number", &draft.tax_number),
            ("tax_office", &draft.tax_office),
            ("iban", &draft.iban),
        ] {
            if !value.is_empty() {
                record.insert(key, text(value));
            }
        }
        record.insert(
            "stage_history",
            hydrate::Value::from(vec![hydrate::Value::from(entry)]),
        );
        let custom = draft
            .fields
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(field, value)| (custom_key(field), value.clone()))
            .collect();
        Self(record, custom)
    }

    /// Adds a plain string field (`company`, `imported_in`).
    pub(in crate::document) fn with(mut self, key: &'static str, value: &str) -> Self {
        self.0.insert(key, hydrate::Value::scalar(value));
        self
    }
}

/// Writes `record` under `id` in the customers map.
pub(in crate::document) fn write_new_customer(
    tx: &mut Transaction<'_>,
    customers: &ObjId,
    id: &CustomerId,
    record: &NewCustomer,
) -> Result<ObjId> {
    let mut fields: HashMap<&str, hydrate::Value> = record.0.clone();
    for (key, value) in &record.1 {
        fields.insert(key, hydrate::Value::scalar(value.as_str()));
    }
    let value = hydrate::Value::from(fields);
    Ok(tx.batch_create_object(customers, id.0.as_str(), &value, false)?)
}
