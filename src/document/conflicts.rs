//! Concurrent edits of one field: every value kept by Automerge, who set it, and the
//! user's choice among them (itself a change that syncs).

pub use crate::protocol::{ConflictValue, FieldConflict};
use automerge::{ObjId, ReadDoc};

use super::fields::{map, scalar_text};
use super::read::collection;
use super::schema::CUSTOMERS;
use super::{DocumentError, Workspace};
use crate::domain::{ColleagueId, CustomerId, CUSTOM_PREFIX};

/// The customer fields that hold one value each and so can conflict. Lists and notes
/// merge instead. Custom fields' values (`field.<id>`) can conflict too.
pub const CONFLICTING_FIELDS: [&str; 13] = [
    "kind",
    "name",
    "company",
    "city",
    "district",
    "address",
    "stage",
    "dissolution_reason",
    "owner",
    "preferred_channel",
    "tax_number",
    "tax_office",
    "iban",
];

/// Whether `key` of a customer holds one value that colleagues may set apart.
fn can_conflict(key: &str) -> bool {
    CONFLICTING_FIELDS.contains(&key) || key.starts_with(CUSTOM_PREFIX)
}

impl Workspace {
    /// Fields of a customer that colleagues changed concurrently and nobody settled yet.
    pub fn conflicts(&self, id: &CustomerId) -> Vec<FieldConflict> {
        let Some(obj) = self.customer_obj(id) else {
            return Vec::new();
        };
        let keys: Vec<String> = self.doc.keys(&obj).filter(|k| can_conflict(k)).collect();
        keys.iter()
            .filter_map(|field| {
                let field = field.as_str();
                let all = self.doc.get_all(&obj, field).ok()?;
                if all.len() < 2 {
                    return None;
                }
                let shown = self.doc.get(&obj, field).ok().flatten().map(|(_, id)| id);
                let values = all
                    .into_iter()
                    .map(|(value, op)| ConflictValue {
                        value: scalar_text(&value),
                        by: self.author_of(&op),
                        shown: Some(&op) == shown.as_ref(),
                    })
                    .collect();
                Some(FieldConflict {
                    field: field.to_owned(),
                    values,
                })
            })
            .collect()
    }

    /// Settles a conflict by keeping `value` (one of the conflicting values).
    pub fn resolve_conflict(
        &mut self,
        id: &CustomerId,
        field: &str,
        value: &str,
    ) -> Result<(), DocumentError> {
        if !can_conflict(field) {
            return Err(DocumentError::UnknownCustomer);
        }
        let obj = self
            .customer_obj(id)
            .ok_or(DocumentError::UnknownCustomer)?;
        self.commit(&format!("customer.resolve {} {field}", id.0), |tx| {
            use automerge::transaction::Transactable;
            tx.put(&obj, field, value)?;
            Ok(())
        })
    }

    fn customer_obj(&self, id: &CustomerId) -> Option<ObjId> {
        map(&self.doc, &collection(&self.doc, CUSTOMERS)?, &id.0)
    }

    /// The colleague whose session made the operation `op`.
    fn author_of(&self, op: &ObjId) -> Option<ColleagueId> {
        match op {
            ObjId::Id(_, actor, _) => self.colleague_of_actor(actor),
            ObjId::Root => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Workspace;
    use crate::domain::{CustomerDraft, CustomerUpdate};

    #[test]
    fn a_concurrent_edit_shows_both_values_and_who_set_them_until_resolved() {
        let mut ayse = Workspace::new();
        let ayse_id = ayse.join("Ayşe").unwrap();
        let id = ayse
            .create_customer(CustomerDraft {
                name: "Çağrı".into(),
                ..Default::default()
            })
            .unwrap();
        let mut mehmet = Workspace::load(&ayse.save()).unwrap();
        let mehmet_id = mehmet.join("Mehmet").unwrap();
        ayse.update_customer(&id, CustomerUpdate::City("İzmir".into()))
            .unwrap();
        mehmet
            .update_customer(&id, CustomerUpdate::City("Ankara".into()))
            .unwrap();
        ayse.merge(&mehmet).unwrap();
        mehmet.merge(&ayse).unwrap();

        let conflicts = ayse.conflicts(&id);
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].field, "city");
        let mut seen: Vec<_> = conflicts[0]
            .values
            .iter()
            .map(|v| (v.value.clone(), v.by.clone()))
            .collect();
        seen.sort();
        assert_eq!(
            seen,
            vec![
                ("Ankara".into(), Some(mehmet_id)),
                ("İzmir".into(), Some(ayse_id))
            ]
        );
        // Both copies show the same winner, and it is marked.
        let shown = conflicts[0]
            .values
            .iter()
            .find(|v| v.shown)
            .unwrap()
            .value
            .clone();
        assert_eq!(ayse.customer(&id).unwrap().city, shown);
        assert_eq!(mehmet.customer(&id).unwrap().city, shown);

        // Mehmet keeps Ayşe's value; the choice syncs and the conflict is gone everywhere.
        mehmet.resolve_conflict(&id, "city", "İzmir").unwrap();
        ayse.merge(&mehmet).unwrap();
        assert!(ayse.conflicts(&id).is_empty());
        assert_eq!(ayse.customer(&id).unwrap().city, "İzmir");
    }
}
