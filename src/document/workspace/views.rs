//! The workspace's saved views of the customer list, kept as plain keys of `meta`
//! (`view.<id>.name`, `.filters`; see `meta_records.rs`).

use super::super::ids::random_id;
use super::{Result, Workspace};
use crate::domain::{SavedView, ViewId};

const KIND: &str = "view";
const PARTS: [&str; 2] = ["name", "filters"];

impl Workspace {
    /// Every saved view, by name.
    pub fn views(&self) -> Vec<SavedView> {
        let mut all: Vec<SavedView> = self
            .meta_records(KIND)
            .into_iter()
            .map(|(id, mut parts)| SavedView {
                id: ViewId(id),
                name: parts.remove("name").unwrap_or_default(),
                filters: parts.remove("filters").unwrap_or_default(),
            })
            .collect();
        all.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        all
    }

    /// Stores a view (a new one when its id is empty); returns its id.
    pub fn save_view(&mut self, view: SavedView) -> Result<ViewId> {
        let view = view.validated()?;
        let id = match view.id.0.is_empty() {
            true => ViewId(random_id()),
            false => view.id.clone(),
        };
        let parts = [
            ("name", view.name.as_str()),
            ("filters", view.filters.as_str()),
        ];
        self.put_meta_record(KIND, &id.0, &parts)?;
        Ok(id)
    }

    pub fn remove_view(&mut self, id: &ViewId) -> Result<()> {
        self.remove_meta_record(KIND, &id.0, &PARTS)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{copy_of, workspace};
    use super::*;

    #[test]
    fn views_made_apart_are_both_kept_and_templates_are_not_views() {
        let mut ayse = workspace("Ayşe");
        let mut mehmet = copy_of(&ayse, "Mehmet");
        ayse.save_view(SavedView {
            name: "İzmir'deki sessiz müşteriler".into(),
            filters: r#"{"text":"izmir"}"#.into(),
            ..SavedView::default()
        })
        .unwrap();
        let theirs = mehmet
            .save_view(SavedView {
                name: "VIP".into(),
                filters: r#"{"tag":"VIP"}"#.into(),
                ..SavedView::default()
            })
            .unwrap();
        mehmet
            .save_template(crate::domain::EmailTemplate {
                name: "Teklif".into(),
                ..Default::default()
            })
            .unwrap();
        ayse.merge(&mehmet).unwrap();
        let names: Vec<String> = ayse.views().into_iter().map(|v| v.name).collect();
        assert_eq!(names, ["VIP", "İzmir'deki sessiz müşteriler"]);
        assert_eq!(ayse.templates().len(), 1);
        ayse.remove_view(&theirs).unwrap();
        assert_eq!(ayse.views().len(), 1);
        assert!(ayse
            .save_view(SavedView {
                name: "".into(),
                ..SavedView::default()
            })
            .is_err());
    }
}
