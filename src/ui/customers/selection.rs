//! Which customers of the list are chosen for a bulk action, and the checkboxes that
//! choose them.
//!
//! The selection is a set of ids, not of rows: the list draws only the rows on screen, so
//! it is kept while scrolling, and kept while the search or filters change (the bar says
//! how many of the chosen are hidden by them). Only chosen customers that still exist and
//! are not archived count, so a colleague's archive or a merge never leaves a ghost in it.

use std::collections::HashSet;

use leptos::html::Input;
use leptos::prelude::*;

use crate::domain::{collation_key, CustomerId};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::AppState;

/// The chosen ids and the last one clicked (the anchor of a shift-click range).
#[derive(Clone, Copy)]
pub struct Selection {
    chosen: RwSignal<HashSet<CustomerId>>,
    anchor: StoredValue<Option<CustomerId>>,
}

impl Selection {
    pub fn new() -> Self {
        Self {
            chosen: RwSignal::new(HashSet::new()),
            anchor: StoredValue::new(None),
        }
    }

    pub fn contains(self, id: &CustomerId) -> bool {
        self.chosen.with(|c| c.contains(id))
    }

    pub fn is_empty_untracked(self) -> bool {
        self.chosen.with_untracked(HashSet::is_empty)
    }

    /// A click on `id`'s checkbox, which is now `on`. With shift, every row shown between
    /// the previous click and this one takes the same state.
    pub fn click(self, id: &CustomerId, on: bool, shift: bool, shown: &[CustomerId]) {
        let anchor = self.anchor.get_value();
        let range = shift
            .then(|| {
                let from = shown.iter().position(|x| Some(x) == anchor.as_ref())?;
                let to = shown.iter().position(|x| x == id)?;
                Some(&shown[from.min(to)..=from.max(to)])
            })
            .flatten();
        match range {
            Some(range) => self.set_all(range, on),
            None => self.set_all(std::slice::from_ref(id), on),
        }
        self.anchor.set_value(Some(id.clone()));
    }

    /// Chooses (or lets go of) every id in `ids`.
    pub fn set_all(self, ids: &[CustomerId], on: bool) {
        self.chosen.update(|c| {
            for id in ids {
                if on {
                    c.insert(id.clone());
                } else {
                    c.remove(id);
                }
            }
        });
    }

    pub fn clear(self) {
        self.chosen.set(HashSet::new());
        self.anchor.set_value(None);
    }

    /// The chosen customers that still exist and are not archived, by name.
    pub fn live(self, app: AppState) -> Vec<CustomerId> {
        self.chosen.with(|chosen| {
            app.snapshot.with(|s| {
                let mut live: Vec<_> = chosen
                    .iter()
                    .filter_map(|id| s.customer(id))
                    .filter(|c| !c.archived)
                    .map(|c| (collation_key(&c.name), c.id.clone()))
                    .collect();
                live.sort();
                live.into_iter().map(|(_, id)| id).collect()
            })
        })
    }

    /// How many of `shown` are chosen.
    pub fn count_in(self, shown: &[CustomerId]) -> usize {
        self.chosen
            .with(|c| shown.iter().filter(|id| c.contains(*id)).count())
    }
}

/// The column head's checkbox: chooses every customer the search and filters show (not only
/// the rows drawn), or lets go of them when all are chosen already.
#[component]
pub fn SelectAllShown(
    selection: Selection,
    shown: Memo<Vec<CustomerId>>,
    node_ref: NodeRef<Input>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen_here = Memo::new(move |_| shown.with(|ids| selection.count_in(ids)));
    let total = move || shown.with(Vec::len);
    let all = move || total() > 0 && chosen_here.get() == total();
    let some = move || chosen_here.get() > 0 && !all();
    view! {
        <th scope="col" class="select">
            <input type="checkbox" node_ref=node_ref
                aria-label=move || i18n.t(Msg::SelectAllShown).replace("{count}", &i18n.number(total()))
                prop:checked=all
                prop:indeterminate=some
                on:change=move |_| {
                    let on = !all();
                    shown.with_untracked(|ids| selection.set_all(ids, on));
                } />
        </th>
    }
}

/// A row's checkbox, labelled with the customer's name.
#[component]
pub fn SelectCell(
    selection: Selection,
    id: CustomerId,
    name: String,
    shown: Memo<Vec<CustomerId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || i18n.t(Msg::SelectCustomer).replace("{name}", &name);
    let checked = {
        let id = id.clone();
        move || selection.contains(&id)
    };
    view! {
        <td class="select">
            <input type="checkbox" aria-label=label prop:checked=checked
                on:click=move |ev: leptos::ev::MouseEvent| {
                    let on = event_target_checked(&ev);
                    shown.with_untracked(|ids| selection.click(&id, on, ev.shift_key(), ids));
                } />
        </td>
    }
}
