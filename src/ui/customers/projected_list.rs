//! The customer list as it was last saved, shown read-only while a large workspace opens
//! (the live list replaces it as soon as the workspace is ready).

use leptos::prelude::*;

use super::list_row::{ColumnHeads, RowCells};
use crate::model::ListProjection;
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
                    <ColumnHeads />
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr><RowCells row linked=false /></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </main>
    }
}
