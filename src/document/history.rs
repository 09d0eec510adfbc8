//! A customer's history, read from the document's changes: who changed what and when,
//! with the old and new value where one can be shown.

pub use crate::protocol::{HistoryAction, HistoryEntry};
use automerge::{ChangeHash, ReadDoc};

use super::fields::map;
use super::read::collection;
use super::schema::{CUSTOMERS, INTERACTIONS};
use super::Workspace;
use crate::domain::CustomerId;

impl Workspace {
    /// Newest first. Reads only change metadata, plus the field before and after for
    /// updates, so it stays quick on a long history.
    pub fn customer_history(&self, id: &CustomerId) -> Vec<HistoryEntry> {
        let interactions: Vec<String> = self.interactions_of_any_state(id).into_iter().collect();
        let batch = collection(&self.doc, CUSTOMERS)
            .and_then(|all| map(&self.doc, &all, &id.0))
            .and_then(|obj| super::fields::string(&self.doc, &obj, "imported_in"));
        let in_batch = |subject: &str| batch.as_deref() == Some(subject);
        let mut entries: Vec<HistoryEntry> = self
            .doc
            .get_changes_meta(&[])
            .into_iter()
            .filter_map(|change| {
                let message = change.message.as_deref()?;
                let mut words = message.split(' ');
                let verb = words.next()?;
                let subject = words.next()?;
                let extra = words.next();
                let action = match verb {
                    "customer.create" if subject == id.0 => HistoryAction::Created,
                    "customer.update" if subject == id.0 => HistoryAction::Updated,
                    "customer.resolve" if subject == id.0 => HistoryAction::Resolved,
                    "customer.archive" if subject == id.0 => HistoryAction::Archived,
                    "customer.restore" if subject == id.0 => HistoryAction::Restored,
                    "customer.import" if in_batch(subject) => HistoryAction::Imported,
                    "customer.import-undo" if in_batch(subject) => HistoryAction::ImportUndone,
                    "customer.merge" if subject == id.0 || extra == Some(id.0.as_str()) => {
                        HistoryAction::Merged
                    }
                    // A change made to many customers at once: this one's if its field moved.
                    "customer.bulk" => {
                        let field = extra?;
                        let before = self.field_at(id, field, &change.deps);
                        let after = self.field_at(id, field, &[change.hash]);
                        if before == after {
                            return None;
                        }
                        let action = match (field, after.as_deref()) {
                            ("archived", Some("true")) => HistoryAction::Archived,
                            _ => HistoryAction::Updated,
                        };
                        return Some(HistoryEntry {
                            at: change.timestamp.saturating_mul(1000),
                            by: self.colleague_of_actor(&change.actor),
                            action,
                            field: (action == HistoryAction::Updated).then(|| field.to_owned()),
                            old: before,
                            new: after,
                        });
                    }
                    "interaction.log" if extra == Some(id.0.as_str()) => {
                        HistoryAction::InteractionLogged
                    }
                    "interaction.update" if interactions.iter().any(|i| i == subject) => {
                        HistoryAction::InteractionEdited
                    }
                    "interaction.remove" if interactions.iter().any(|i| i == subject) => {
                        HistoryAction::InteractionRemoved
                    }
                    _ => return None,
                };
                let field = matches!(action, HistoryAction::Updated | HistoryAction::Resolved)
                    .then(|| extra.map(str::to_owned))
                    .flatten();
                let other = match (action, subject == id.0) {
                    (HistoryAction::Merged, true) => extra,
                    (HistoryAction::Merged, false) => Some(subject),
                    _ => None,
                };
                let (old, new) = match &field {
                    None if other.is_some() => {
                        let other = CustomerId(other.unwrap_or_default().to_owned());
                        (None, self.field_at(&other, "name", &[change.hash]))
                    }
                    Some(field) => (
                        self.field_at(id, field, &change.deps),
                        self.field_at(id, field, &[change.hash]),
                    ),
                    None => (None, None),
                };
                Some(HistoryEntry {
                    at: change.timestamp.saturating_mul(1000),
                    by: self.colleague_of_actor(&change.actor),
                    action,
                    field,
                    old,
                    new,
                })
            })
            .collect();
        entries.reverse();
        entries.sort_by_key(|e| std::cmp::Reverse(e.at));
        entries
    }

    /// A customer field as it was at `heads`, as text (lists joined by commas).
    fn field_at(&self, id: &CustomerId, field: &str, heads: &[ChangeHash]) -> Option<String> {
        let customers = collection(&self.doc, CUSTOMERS)?;
        let (_, obj) = self.doc.get_at(&customers, id.0.as_str(), heads).ok()??;
        let (value, value_id) = self.doc.get_at(&obj, field, heads).ok()??;
        Some(match value {
            automerge::Value::Scalar(_) => super::fields::scalar_text(&value),
            automerge::Value::Object(automerge::ObjType::Text) => {
                self.doc.text_at(&value_id, heads).ok()?
            }
            automerge::Value::Object(_) => self
                .doc
                .list_range_at(&value_id, .., heads)
                .filter_map(|item| match item.value.into_value() {
                    automerge::Value::Scalar(s) => s.as_str().map(str::to_owned),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(", "),
        })
    }

    /// Ids of every interaction of a customer, removed ones included.
    fn interactions_of_any_state(&self, id: &CustomerId) -> Vec<String> {
        let Some(all) = collection(&self.doc, INTERACTIONS) else {
            return Vec::new();
        };
        self.doc
            .keys(&all)
            .filter(|key| {
                map(&self.doc, &all, key).is_some_and(|obj| {
                    super::fields::string(&self.doc, &obj, "customer").as_deref() == Some(&id.0)
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::HistoryAction;
    use crate::document::Workspace;
    use crate::domain::{CustomerDraft, CustomerUpdate, InteractionDraft};

    #[test]
    fn history_says_who_changed_what_from_what_to_what() {
        let mut ayse = Workspace::new();
        let ayse_id = ayse.join("Ayşe").unwrap();
        let id = ayse
            .create_customer(CustomerDraft {
                name: "Çağrı".into(),
                city: "Van".into(),
                ..Default::default()
            })
            .unwrap();
        let mut mehmet = Workspace::load(&ayse.save()).unwrap();
        let mehmet_id = mehmet.join("Mehmet").unwrap();
        mehmet
            .update_customer(&id, CustomerUpdate::City("Kars".into()))
            .unwrap();
        let i = mehmet
            .log_interaction(&id, InteractionDraft::new(1_000))
            .unwrap();
        mehmet.remove_interaction(&i).unwrap();
        mehmet.set_archived(&id, true).unwrap();
        ayse.merge(&mehmet).unwrap();

        let history = ayse.customer_history(&id);
        let actions: Vec<_> = history.iter().map(|e| e.action).collect();
        for expected in [
            HistoryAction::Created,
            HistoryAction::Updated,
            HistoryAction::InteractionLogged,
            HistoryAction::InteractionRemoved,
            HistoryAction::Archived,
        ] {
            assert!(
                actions.contains(&expected),
                "{expected:?} missing from {actions:?}"
            );
        }
        let city = history
            .iter()
            .find(|e| e.field.as_deref() == Some("city"))
            .unwrap();
        assert_eq!(
            (city.old.as_deref(), city.new.as_deref()),
            (Some("Van"), Some("Kars"))
        );
        assert_eq!(city.by, Some(mehmet_id));
        let created = history
            .iter()
            .find(|e| e.action == HistoryAction::Created)
            .unwrap();
        assert_eq!(created.by, Some(ayse_id));
    }
}
