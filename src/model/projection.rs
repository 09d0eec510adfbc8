//! The first screen of the customer list, kept beside the workspace so a start can draw it
//! before the workspace itself is loaded (a large workspace takes seconds to load).
//!
//! It is a cache, never a source of truth: written after changes settle, shown read-only,
//! and replaced by the live list as soon as the workspace is open.

use serde::{Deserialize, Serialize};

use super::{ListQuery, Snapshot};
use crate::domain::{Code, Customer};

/// How many rows the first screen holds (more than any screen shows at once).
pub const PROJECTED_ROWS: usize = 60;

/// The default list (active customers by name), first rows only, as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListProjection {
    /// Customers in the whole list, for the count line.
    pub total: usize,
    pub rows: Vec<ProjectedRow>,
}

/// One row as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProjectedRow {
    pub id: String,
    pub name: String,
    pub company: String,
    pub city: String,
    /// The stage's code (see `Stage`).
    pub stage: String,
    pub owner: String,
    pub last_contact: Option<i64>,
}

impl ProjectedRow {
    /// The row of `customer` as the list shows it.
    pub fn of(snapshot: &Snapshot, customer: &Customer) -> Self {
        Self {
            id: customer.id.0.clone(),
            name: customer.name.clone(),
            company: snapshot
                .company_name(customer)
                .unwrap_or_default()
                .to_owned(),
            city: customer.city.clone(),
            stage: customer.stage.code().to_owned(),
            owner: customer
                .owner
                .as_ref()
                .and_then(|o| snapshot.colleague_name(o))
                .unwrap_or_default()
                .to_owned(),
            last_contact: snapshot.last_contact(&customer.id),
        }
    }
}

impl ListProjection {
    /// The first screen of the default list as `snapshot` shows it.
    pub fn of(snapshot: &Snapshot) -> Self {
        let list = snapshot.list(&ListQuery::default());
        let rows = list
            .iter()
            .take(PROJECTED_ROWS)
            .map(|c| ProjectedRow::of(snapshot, c))
            .collect();
        Self {
            total: list.len(),
            rows,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("plain data always serialises")
    }

    /// `None` for anything unreadable (an older format, damage): the start simply waits
    /// for the workspace then.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice(bytes).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Workspace;
    use crate::domain::CustomerDraft;

    #[test]
    fn the_first_screen_of_the_default_list_round_trips() {
        let mut ws = Workspace::new();
        ws.join("Ayşe").unwrap();
        for name in ["Zeynep", "Çağla", "Ahmet", "İlker"] {
            let mut draft = CustomerDraft {
                name: name.into(),
                city: "Rize".into(),
                ..Default::default()
            };
            if name == "Ahmet" {
                draft.company = "Deniz Lojistik".into();
            }
            ws.create_customer(draft).unwrap();
        }
        let archived = ws
            .customers()
            .into_iter()
            .find(|c| c.name == "Zeynep")
            .unwrap();
        ws.set_archived(&archived.id, true).unwrap();

        let projection = ListProjection::of(&ws.snapshot());
        // Turkish order, archived left out, the company counted as a customer.
        let names: Vec<&str> = projection.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Ahmet", "Çağla", "Deniz Lojistik", "İlker"]);
        assert_eq!(projection.total, 4);
        assert_eq!(projection.rows[0].company, "Deniz Lojistik");
        assert_eq!(projection.rows[0].stage, "exploration");
        assert_eq!(
            ListProjection::from_bytes(&projection.to_bytes()),
            Some(projection)
        );
        assert_eq!(ListProjection::from_bytes(b"not json"), None);
    }

    #[test]
    fn only_the_first_screen_is_kept() {
        let mut ws = Workspace::new();
        ws.join("Ayşe").unwrap();
        for i in 0..PROJECTED_ROWS + 5 {
            ws.create_customer(CustomerDraft {
                name: format!("Müşteri {i:03}"),
                ..Default::default()
            })
            .unwrap();
        }
        let projection = ListProjection::of(&ws.snapshot());
        assert_eq!(projection.rows.len(), PROJECTED_ROWS);
        assert_eq!(projection.total, PROJECTED_ROWS + 5);
    }
}
