//! The customer list: search as you type, filters, sorting; or the archive.

use leptos::prelude::*;

use crate::protocol::Request;

use super::bulk_bar::BulkBar;
use super::list_filters::ListFilters;
use super::list_row::{ColumnHeads, RowCells};
use super::selection::{SelectAllShown, SelectCell, Selection};
use crate::domain::CustomerId;
use crate::model::{ListQuery, ProjectedRow};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// Rows drawn beyond the visible ones, above and below, so fast scrolling and tabbing
/// through the links meet rows already there.
const OVERSCAN: usize = 5;
/// A row's height before one was measured (the stylesheet fixes it).
const ROW_HEIGHT: f64 = 45.0;

#[component]
pub fn CustomerList(archived: bool) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let query = RwSignal::new(ListQuery {
        archived,
        ..ListQuery::default()
    });
    // The custom field sorted or filtered by, shown as a column of its own.
    let shown_field = Memo::new(move |_| {
        let id = query.with(|q| {
            q.field_sort
                .clone()
                .or_else(|| q.field_filter.as_ref().map(|(id, _)| id.clone()))
        })?;
        app.snapshot
            .with(|s| s.shown_fields().into_iter().find(|f| f.id == id))
    });
    // Segments are worked out from deals, not stored: filtered here, not in the query.
    let segment = RwSignal::new(None::<crate::domain::Segment>);
    // Only the ids are kept for the whole list: rows are built for the visible window
    // only, so a keystroke at 10,000 customers does not copy 10,000 rows.
    // What the ids were worked out for: a keystroke that only adds to the search text
    // narrows the last result instead of filtering every customer again.
    let worked_out = StoredValue::new(None::<(ListQuery, u64, Option<crate::domain::Segment>)>);
    let ids = Memo::new(move |previous: Option<&Vec<CustomerId>>| {
        query.with(|q| {
            app.snapshot.with(|s| {
                let now = (q.clone(), s.version(), segment.get());
                let narrows = worked_out.with_value(|w| {
                    w.as_ref().is_some_and(|(earlier, version, in_segment)| {
                        (*version, *in_segment) == (now.1, now.2) && q.narrows(earlier)
                    })
                });
                worked_out.set_value(Some(now));
                if let (true, Some(previous)) = (narrows, previous) {
                    return s.narrow(q, previous).into_iter().cloned().collect();
                }
                let segments = segment
                    .get()
                    .map(|_| s.segments(crate::domain::Currency::TRY, crate::ui::time::today()));
                s.list(q)
                    .into_iter()
                    .filter(|c| match (segment.get(), &segments) {
                        (Some(wanted), Some(all)) => {
                            all.get(&c.id).is_some_and(|r| r.segment == wanted)
                        }
                        _ => true,
                    })
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let window = visible_window();
    let rows = move || {
        let (first, count) = window.get();
        ids.with(|ids| {
            app.snapshot.with(|s| {
                ids.iter()
                    .enumerate()
                    .skip(first)
                    .take(count)
                    .filter_map(|(index, id)| {
                        Some(Row {
                            index,
                            row: ProjectedRow::of(s, s.customer(id)?),
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let row_height = window.row_height;
    let above = move || window.get().0 as f64 * row_height.get();
    let below = move || {
        let (first, count) = window.get();
        ids.with(Vec::len).saturating_sub(first + count) as f64 * row_height.get()
    };
    let total = move || ids.with(Vec::len);
    let anyone = move || {
        app.snapshot.with(|s| {
            s.list(&ListQuery {
                archived,
                ..Default::default()
            })
            .len()
        })
    };
    let title = if archived {
        Msg::Archive
    } else {
        Msg::Customers
    };
    let restore = move |id: CustomerId| {
        app.send(Request::SetArchived(id, false), |_| {});
    };
    // Customers are chosen for bulk actions in the list, not in the archive.
    let selectable = !archived;
    let selection = Selection::new();
    let select_all = NodeRef::<leptos::html::Input>::new();
    let bulk_message = RwSignal::new(String::new());
    // Escape lets go of the selection, except where it already means something: in a
    // dialog, and in the search box (which it empties).
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Escape" || selection.is_empty_untracked() {
            return;
        }
        let target = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        if target.is_some_and(|t| {
            t.closest(".dialog").ok().flatten().is_some()
                || t.matches("input[type=search]").unwrap_or(false)
        }) {
            return;
        }
        selection.clear();
        bulk_message.set(i18n.t(Msg::SelectionCleared).to_owned());
    };
    view! {
        <main id="main" tabindex="-1" class="page" on:keydown=on_keydown>
            <h1>{move || i18n.t(title)}</h1>
            {archived.then(|| view! { <p class="intro">{move || i18n.t(Msg::ArchiveIntro)}</p> })}
            <ListFilters query archived segment />
            <p class="count" role="status" aria-live="polite">
                {move || {
                    let n = total();
                    let noun = if n == 1 { Msg::OneCustomerShown } else { Msg::CustomersShown };
                    format!("{} {}", i18n.number(n), i18n.t(noun))
                }}
            </p>
            // After the count: the count is the list's first status, which tests and screen
            // readers look for.
            <super::saved_views::SavedViews query segment />
            <Show when=move || { total() > 0 } fallback=move || {
                let message = if anyone() > 0 { Msg::NoMatches } else if archived { Msg::ArchiveEmpty } else { Msg::NoCustomersYet };
                view! {
                    <div class="empty">
                        <p>{move || i18n.t(message)}</p>
                        {(!archived && message == Msg::NoCustomersYet).then(|| view! {
                            <a class="button primary" href=Route::NewCustomer.href()>{move || i18n.t(Msg::NewCustomer)}</a>
                        })}
                    </div>
                }
            }>
                <div class="table-wrap">
                    <table class="customers" aria-rowcount=move || total() + 1>
                        <ColumnHeads archived extra=Signal::derive(move || shown_field.get().map(|f| f.name))>
                            {selectable.then(|| view! { <SelectAllShown selection shown=ids node_ref=select_all /> })}
                        </ColumnHeads>
                        <tbody node_ref=window.body>
                            <tr class="spacer" aria-hidden="true" style:height=move || format!("{}px", above())></tr>
                            <For each=rows key=|row| row.clone() let:row>
                                <tr aria-rowindex=row.index + 2
                                    class:selected={let id = CustomerId(row.row.id.clone()); move || selectable && selection.contains(&id)}>
                                    {selectable.then(|| view! {
                                        <SelectCell selection id=CustomerId(row.row.id.clone()) name=row.row.name.clone() shown=ids />
                                    })}
                                    <RowCells row=row.row.clone() linked=true />
                                    {let id = CustomerId(row.row.id.clone()); move || shown_field.get().map(|field| {
                                        let value = app.snapshot.with(|s| s.customer(&id).and_then(|c| c.fields.get(&field.id).cloned()));
                                        let value = value.map(|v| crate::ui::customer::shown_value(i18n, &field, &v)).unwrap_or_default();
                                        view! { <td>{value}</td> }
                                    })}
                                    {archived.then(|| {
                                        let id = CustomerId(row.row.id.clone());
                                        view! { <td><button type="button" on:click=move |_| restore(id.clone())>{move || i18n.t(Msg::RestoreCustomer)}</button></td> }
                                    })}
                                </tr>
                            </For>
                            <tr class="spacer" aria-hidden="true" style:height=move || format!("{}px", below())></tr>
                        </tbody>
                    </table>
                </div>
            </Show>
            {selectable.then(|| view! { <BulkBar selection shown=ids select_all message=bulk_message /> })}
        </main>
    }
}

/// One line of the table and its position in the whole list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    index: usize,
    row: ProjectedRow,
}

/// Which rows of the table are on screen (first index, how many), following the page's
/// scrolling and size.
#[derive(Clone, Copy)]
struct VisibleWindow {
    body: NodeRef<leptos::html::Tbody>,
    row_height: RwSignal<f64>,
    range: RwSignal<(usize, usize)>,
}

impl VisibleWindow {
    fn get(&self) -> (usize, usize) {
        self.range.get()
    }
}

fn visible_window() -> VisibleWindow {
    let window = VisibleWindow {
        body: NodeRef::new(),
        row_height: RwSignal::new(ROW_HEIGHT),
        range: RwSignal::new((0, 2 * OVERSCAN)),
    };
    let measure = move || {
        let (Some(body), Some(browser)) = (window.body.get_untracked(), web_sys::window()) else {
            return;
        };
        // The first real row (after the spacer) gives the height the stylesheet set.
        if let Some(row) = body
            .children()
            .item(1)
            .and_then(|r| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(r).ok())
        {
            let height = f64::from(row.offset_height());
            if height > 0.0 && (height - window.row_height.get_untracked()).abs() > 0.5 {
                window.row_height.set(height);
            }
        }
        let height = window.row_height.get_untracked();
        let top = body.get_bounding_client_rect().top();
        let viewport = browser
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0);
        let hidden_above = (-top / height).floor().max(0.0) as usize;
        let first = hidden_above.saturating_sub(OVERSCAN);
        let count = (viewport / height).ceil() as usize + 2 * OVERSCAN;
        if window.range.get_untracked() != (first, count) {
            window.range.set((first, count));
        }
    };
    let scrolled = window_event_listener(leptos::ev::scroll, move |_| measure());
    let resized = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        scrolled.remove();
        resized.remove();
    });
    Effect::new(move |_| {
        if window.body.get().is_some() {
            measure();
        }
    });
    window
}
