//! The customer list as it was last saved, shown read-only while a large workspace opens
//! (the live list replaces it as soon as the workspace is ready).

use leptos::prelude::*;

use crate::document::ListProjection;
use crate::domain::{Code, Stage};
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn ProjectedList(projection: ListProjection) -> impl IntoView {
    let i18n = use_i18n();
    let total = projection.total;
    let rows = projection.rows;
    view! {
        <main id="main" tabindex="-1" class="page" aria-busy="true">
            <h1>{move || i18n.t(Msg::Customers)}</h1>
            <p class="count">
                {move || {
                    let noun = if total == 1 { Msg::OneCustomerShown } else { Msg::CustomersShown };
                    format!("{} {}", i18n.number(total), i18n.t(noun))
                }}
            </p>
            <p class="opening-note" role="status">{move || i18n.t(Msg::OpeningList)}</p>
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
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let stage = Stage::from_code(&row.stage).unwrap_or(Stage::Exploration);
                            view! {
                                <tr>
                                    <td>{row.name}</td>
                                    <td>{row.company}</td>
                                    <td>{row.city}</td>
                                    <td><span class=format!("stage stage-{}", stage.code())>{move || i18n.label(stage)}</span></td>
                                    <td>{row.owner}</td>
                                    <td>{move || row.last_contact.map(|ms| i18n.date(ms)).unwrap_or_else(|| i18n.t(Msg::Never).to_owned())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </main>
    }
}
