//! The workspace's custom fields, kept as plain keys of `meta` (`field.<id>.name`,
//! `.kind`, `.options` one per line, `.removed`, `.created`; see `meta_records.rs`), and
//! each customer's values as plain keys of the customer (`field.<id>`, see
//! `domain::custom_key`). Nothing is keyed by name and nothing is deleted, so a field
//! renamed or removed on one device keeps the values typed on another.

use std::collections::BTreeMap;

use super::super::ids::random_id;
use super::{DocumentError, Result, Workspace};
use crate::domain::{
    Code, CustomField, CustomerDraft, Field, FieldError, FieldId, FieldKind, Problem, MAX_FIELDS,
};

const KIND: &str = "field";

impl Workspace {
    /// Every custom field (removed ones too), in the order they were made.
    pub fn custom_fields(&self) -> Vec<CustomField> {
        let mut all: Vec<CustomField> = self
            .meta_records(KIND)
            .into_iter()
            .filter_map(|(id, mut parts)| {
                let mut take = |part: &str| parts.remove(part).unwrap_or_default();
                let name = take("name");
                // A kind from a newer build reads as text: its values stay readable.
                let kind = FieldKind::from_code(&take("kind")).unwrap_or(FieldKind::Text);
                let options = take("options")
                    .lines()
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned)
                    .collect();
                Some(CustomField {
                    id: FieldId(id),
                    kind,
                    options,
                    removed: take("removed") == "yes",
                    created_at: take("created").parse().unwrap_or(0),
                    name: Some(name).filter(|n| !n.is_empty())?,
                })
            })
            .collect();
        all.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        all
    }

    /// Stores a field (a new one when its id is empty) and returns its id. A stored
    /// field keeps its kind: values typed as one kind are never read as another.
    pub fn save_field(&mut self, field: CustomField) -> Result<FieldId> {
        let all = self.custom_fields();
        let (id, field) = match field.id.0.is_empty() {
            true => {
                if all.len() >= MAX_FIELDS {
                    let max = MAX_FIELDS as i64;
                    let problem = Problem::OutOfRange { min: 0, max };
                    return Err(FieldError::new(Field::FieldName, problem).into());
                }
                let id = FieldId(random_id());
                let created_at = self.now();
                let field = CustomField {
                    id: id.clone(),
                    created_at,
                    ..field
                };
                (id, field)
            }
            false => {
                let stored = all
                    .iter()
                    .find(|f| f.id == field.id)
                    .ok_or(DocumentError::UnknownField)?;
                let field = CustomField {
                    kind: stored.kind,
                    created_at: stored.created_at,
                    ..field
                };
                (field.id.clone(), field)
            }
        };
        let field = field.validated(&all)?;
        let options = field.options.join("\n");
        let created = field.created_at.to_string();
        let parts = [
            ("name", field.name.as_str()),
            ("kind", field.kind.code()),
            ("options", options.as_str()),
            ("removed", if field.removed { "yes" } else { "" }),
            ("created", created.as_str()),
        ];
        self.put_meta_record(KIND, &id.0, &parts)?;
        Ok(id)
    }

    /// The stored form of `typed` for the field `id`, or what is wrong with it. A removed
    /// field still takes values (a colleague may not know yet): they are kept for it.
    pub(super) fn custom_value(&self, id: &FieldId, typed: &str) -> Result<String> {
        let field = self
            .custom_fields()
            .into_iter()
            .find(|f| &f.id == id)
            .ok_or(DocumentError::UnknownField)?;
        field
            .value_of(typed)
            .map_err(|problem| FieldError::new(Field::Custom, problem).into())
    }

    /// `draft`'s custom values as stored: each in its field's stored form, or as written
    /// when it does not read as one (an import keeps what its file holds); values of
    /// fields this workspace does not have are left out.
    pub(crate) fn with_stored_fields(&self, mut draft: CustomerDraft) -> CustomerDraft {
        if draft.fields.is_empty() {
            return draft;
        }
        let fields: BTreeMap<FieldId, CustomField> = self
            .custom_fields()
            .into_iter()
            .map(|f| (f.id.clone(), f))
            .collect();
        draft.fields = std::mem::take(&mut draft.fields)
            .into_iter()
            .filter_map(|(id, value)| {
                let value = fields.get(&id)?.imported(&value);
                (!value.is_empty()).then_some((id, value))
            })
            .collect();
        draft
    }
}

#[cfg(test)]
mod tests;
