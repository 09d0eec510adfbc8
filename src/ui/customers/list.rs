//! The customer list: search as you type, filters, sorting; or the archive.

use leptos::prelude::*;

use super::list_filters::ListFilters;
use crate::document::ListQuery;
use crate::domain::CustomerId;
use crate::ui::controls::ShowMore;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

/// Rows drawn at first; more on request, so a large workspace stays quick.
const PAGE: usize = 200;

#[component]
pub fn CustomerList(archived: bool) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let query = RwSignal::new(ListQuery {
        archived,
        ..ListQuery::default()
    });
    let shown = RwSignal::new(PAGE);
    // Segments are worked out from deals, not stored: filtered here, not in the query.
    let segment = RwSignal::new(None::<crate::domain::Segment>);
    // The rows as plain values, so the table re-renders only when they change.
    let rows = Memo::new(move |_| {
        query.with(|q| {
            app.snapshot.with(|s| {
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
                    .map(|c| Row {
                        id: c.id.clone(),
                        name: c.name.clone(),
                        company: s.company_name(c).unwrap_or_default().to_owned(),
                        city: c.city.clone(),
                        stage: c.stage,
                        owner: s.owner_name(c.owner.as_ref()).to_owned(),
                        last_contact: s.last_contact(&c.id),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = move || rows.with(Vec::len);
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
        let _ = app.act(|w| w.set_archived(&id, false));
    };
    view! {
        <main id="main" tabindex="-1" class="page">
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
                    <table class="customers">
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.t(Msg::Name)}</th>
                                <th scope="col">{move || i18n.t(Msg::ColumnCompany)}</th>
                                <th scope="col">{move || i18n.t(Msg::City)}</th>
                                <th scope="col">{move || i18n.t(Msg::Stage)}</th>
                                <th scope="col">{move || i18n.t(Msg::ColumnOwner)}</th>
                                <th scope="col">{move || i18n.t(Msg::SortLastContact)}</th>
                                {archived.then(|| view! { <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::RestoreCustomer)}</span></th> })}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get().into_iter().take(shown.get()) key=|row| row.clone() let:row>
                                <tr>
                                    <td><a href=Route::Customer(row.id.clone()).href()>{row.name.clone()}</a></td>
                                    <td>{row.company.clone()}</td>
                                    <td>{row.city.clone()}</td>
                                    <td><span class=format!("stage stage-{}", crate::domain::Code::code(row.stage))>{move || i18n.label(row.stage)}</span></td>
                                    <td>{row.owner.clone()}</td>
                                    <td>{move || row.last_contact.map(|ms| i18n.date(ms)).unwrap_or_else(|| i18n.t(Msg::Never).to_owned())}</td>
                                    {archived.then(|| {
                                        let id = row.id.clone();
                                        view! { <td><button type="button" on:click=move |_| restore(id.clone())>{move || i18n.t(Msg::RestoreCustomer)}</button></td> }
                                    })}
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <ShowMore total=Signal::derive(total) shown page=PAGE />
            </Show>
        </main>
    }
}

/// One line of the table, as plain values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: CustomerId,
    name: String,
    company: String,
    city: String,
    stage: crate::domain::Stage,
    owner: String,
    last_contact: Option<i64>,
}
