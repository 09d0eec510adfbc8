//! The read model from the document: the whole of it as one [`Patch`] (at start), or what
//! changed since given heads (after every change), read from the ids [`Touched`] names so
//! a patch costs what the change costs.

use super::touched::Tracker;
use super::{ChangeHash, Workspace};
use crate::model::{Meta, Patch, Records, Snapshot};

impl Workspace {
    /// What the workspace says of itself.
    pub fn meta(&self) -> Meta {
        Meta {
            workspace_id: self.workspace_id(),
            sample: self.is_sample(),
            colleagues: self.colleagues(),
            firm: self.firm(),
            templates: self.templates(),
            views: self.views(),
            fields: self.custom_fields(),
            notices: self.notices(),
            data_events: self.data_events(),
        }
    }

    /// The whole read model as one patch.
    pub fn read_model(&self) -> Patch {
        Patch {
            reset: true,
            meta: Some(self.meta()),
            customers: every(self.customers(), |c| c.id.clone()).changed,
            interactions: every(self.interactions(), |i| i.id.clone()).changed,
            commitments: every(self.commitments(), |c| c.id.clone()),
            deals: every(self.deals(), |d| d.id.clone()),
            products: every(self.products(), |p| p.id.clone()),
            quotes: every(self.quotes(), |q| q.id.clone()),
        }
    }

    /// The records that changed since `before` (empty when nothing did).
    pub fn patch_since(&self, before: &[ChangeHash]) -> Patch {
        if self.heads() == before {
            return Patch::default();
        }
        if self.replaced_since(before) {
            *self.tracker.borrow_mut() = Tracker::starting_at(self.heads());
            return self.read_model();
        }
        let touched = self.touched(before);
        Patch {
            reset: false,
            meta: Some(self.meta()),
            customers: each(touched.customers, |id| self.customer(id)),
            interactions: each(touched.interactions, |id| self.interaction(id)),
            commitments: match touched.all_commitments {
                true => every(self.commitments(), |c| c.id.clone()),
                false => Records {
                    whole: false,
                    changed: each(touched.commitments, |id| self.commitment(id)),
                },
            },
            deals: match touched.all_deals {
                true => every(self.deals(), |d| d.id.clone()),
                false => Records {
                    whole: false,
                    changed: each(touched.deals, |id| self.deal(id)),
                },
            },
            products: match touched.all_sales {
                true => every(self.products(), |p| p.id.clone()),
                false => Records {
                    whole: false,
                    changed: each(touched.products, |id| self.product(id)),
                },
            },
            quotes: match touched.all_sales {
                true => every(self.quotes(), |q| q.id.clone()),
                false => Records {
                    whole: false,
                    changed: each(touched.quotes, |id| self.quote(id)),
                },
            },
        }
    }

    /// The read model built whole (tests, benchmarks and the engine's own copy).
    pub fn snapshot(&self) -> Snapshot {
        let mut snapshot = Snapshot::default();
        snapshot.apply(self.read_model());
        snapshot
    }
}

/// Every record of a kind, replacing what was held.
fn every<K, V>(records: Vec<V>, id: impl Fn(&V) -> K) -> Records<K, V> {
    Records {
        whole: true,
        changed: records.into_iter().map(|r| (id(&r), Some(r))).collect(),
    }
}

/// The records `ids` name as they are now (`None` for one that is gone).
fn each<K, V>(ids: Vec<K>, read: impl Fn(&K) -> Option<V>) -> Vec<(K, Option<V>)> {
    ids.into_iter()
        .map(|id| {
            let record = read(&id);
            (id, record)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::document::Workspace;
    use crate::domain::{CustomerDraft, CustomerKind, InteractionDraft, Stage};
    use crate::model::{ListQuery, Snapshot};

    fn names(snapshot: &Snapshot) -> Vec<String> {
        snapshot
            .list(&ListQuery::default())
            .into_iter()
            .map(|c| format!("{} {}", c.name, snapshot.timeline(&c.id).len()))
            .collect()
    }

    #[test]
    fn a_read_model_cut_in_parts_is_the_read_model_whole() {
        let mut ws = Workspace::new();
        ws.join("Ayşe").unwrap();
        for name in ["Çağrı", "İlker", "Zeynep"] {
            let id = ws
                .create_customer(CustomerDraft {
                    name: name.into(),
                    company: "Deniz A.Ş.".into(),
                    ..Default::default()
                })
                .unwrap();
            for at in 0..4 {
                ws.log_interaction(&id, InteractionDraft::new(1_763_800_000_000 + 1_000 * at))
                    .unwrap();
            }
        }
        let whole = ws.snapshot();
        let mut parts = Snapshot::default();
        let mut model = ws.read_model();
        // People before their company: the cut must not keep that order.
        model
            .customers
            .sort_by_key(|(_, c)| c.as_ref().map(|c| c.kind == CustomerKind::Company));
        let split = model.split(2);
        assert_eq!(
            split.len(),
            8,
            "4 customers by 2, then 12 interactions by 2"
        );
        split.into_iter().for_each(|p| parts.apply(p));
        assert_eq!(names(&parts), names(&whole));
        assert_eq!(parts.companies().len(), 1);
        assert_eq!(parts.all_interactions().count(), 12);
        // Every member is found by their company's name, whichever part they came in.
        let by_company = ListQuery {
            text: "deniz".into(),
            ..ListQuery::default()
        };
        assert_eq!(parts.list(&by_company).len(), 4);
        assert_eq!(parts.whole(), whole.whole());
    }

    #[test]
    fn a_patch_carries_only_what_changed_and_nothing_when_nothing_did() {
        let mut ws = Workspace::new();
        ws.join("Ayşe").unwrap();
        let id = ws
            .create_customer(CustomerDraft {
                name: "Çağrı".into(),
                ..Default::default()
            })
            .unwrap();
        ws.create_customer(CustomerDraft {
            name: "İlker".into(),
            ..Default::default()
        })
        .unwrap();
        let before = ws.heads();
        assert!(ws.patch_since(&before).is_empty());
        ws.update_customer(
            &id,
            crate::domain::CustomerUpdate::Stage(Stage::Expansion, None),
        )
        .unwrap();
        let patch = ws.patch_since(&before);
        assert_eq!(patch.customers.len(), 1);
        assert_eq!(patch.customers[0].0, id);
        assert_eq!(patch.records(), 1);
    }
}
