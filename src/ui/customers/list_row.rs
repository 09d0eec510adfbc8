//! The customer table's column heads and a row's cells, shared by the live list and the
//! list drawn from the kept first screen while the workspace opens.

use leptos::prelude::*;

use crate::domain::{Code, CustomerId, Stage};
use crate::model::ProjectedRow;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;

#[component]
pub fn ColumnHeads(
    #[prop(optional)] archived: bool,
    /// A leading head cell (the live list's "select all").
    #[prop(optional)]
    children: Option<Children>,
    /// The name of a custom field shown as a last column (the one sorted or filtered by).
    #[prop(optional, into)]
    extra: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <thead>
            <tr>
                {children.map(|lead| lead())}
                <th scope="col">{move || i18n.t(Msg::Name)}</th>
                <th scope="col">{move || i18n.t(Msg::ColumnCompany)}</th>
                <th scope="col">{move || i18n.t(Msg::City)}</th>
                <th scope="col">{move || i18n.t(Msg::Stage)}</th>
                <th scope="col">{move || i18n.t(Msg::ColumnOwner)}</th>
                <th scope="col">{move || i18n.t(Msg::SortLastContact)}</th>
                {move || extra.get().map(|name| view! { <th scope="col">{name}</th> })}
                {archived.then(|| view! { <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::RestoreCustomer)}</span></th> })}
            </tr>
        </thead>
    }
}

/// The six cells of a customer's row; the name links to its page when `linked`.
#[component]
pub fn RowCells(row: ProjectedRow, linked: bool) -> impl IntoView {
    let i18n = use_i18n();
    let stage = Stage::from_code(&row.stage).unwrap_or(Stage::Exploration);
    let last_contact = row.last_contact;
    let name = if linked {
        view! { <a href=Route::Customer(CustomerId(row.id)).href()>{row.name}</a> }.into_any()
    } else {
        row.name.into_any()
    };
    view! {
        <td>{name}</td>
        <td>{row.company}</td>
        <td>{row.city}</td>
        <td><span class=format!("stage stage-{}", stage.code())>{move || i18n.label(stage)}</span></td>
        <td>{row.owner}</td>
        <td>{move || last_contact.map(|ms| i18n.date(ms)).unwrap_or_else(|| i18n.t(Msg::Never).to_owned())}</td>
    }
}
