//! The products page: the firm's details, the price list with its form, the customer
//! fields and the e-mail templates.

use leptos::prelude::*;

use super::firm_form::FirmForm;
use super::product_form::ProductForm;
use crate::domain::{ProductDraft, ProductId};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn ProductsPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let editing = RwSignal::new(None::<ProductId>);
    let draft = RwSignal::new(ProductDraft::default());
    let products = Memo::new(move |_| {
        app.snapshot
            .with(|s| s.products().into_iter().cloned().collect::<Vec<_>>())
    });
    view! {
        <main id="main" tabindex="-1" class="page" aria-labelledby="products-heading">
            <p><a href=Route::Quotes.href()>{move || i18n.t(Msg::Quotes)}</a></p>
            <h1 id="products-heading">{move || i18n.t(Msg::Products)}</h1>
            <FirmForm />
            <section class="card" aria-labelledby="price-list-heading">
                <h2 id="price-list-heading">{move || i18n.t(Msg::ProductsNav)}</h2>
                <p class="hint">{move || i18n.t(Msg::ProductsIntro)}</p>
                <Show when=move || products.with(|p| !p.is_empty()) fallback=move || view! { <p class="hint">{move || i18n.t(Msg::ProductsEmpty)}</p> }>
                    <table class="products-table">
                        <thead><tr>
                            <th scope="col">{move || i18n.t(Msg::Name)}</th>
                            <th scope="col">{move || i18n.t(Msg::LineUnit)}</th>
                            <th scope="col">{move || i18n.t(Msg::LineUnitPrice)}</th>
                            <th scope="col">{move || i18n.t(Msg::LineKdv)}</th>
                            <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::Edit)}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || products.get() key=|p| p.clone() let:product>
                                <tr class:archived=product.archived>
                                    <td>{product.name.clone()}{product.archived.then(|| view! { " · "<em>{move || i18n.t(Msg::ProductArchived)}</em> })}</td>
                                    <td>{product.unit.clone()}</td>
                                    <td class="amount">{let price = product.unit_price; move || i18n.money(price)}</td>
                                    <td>{let kdv = product.kdv; move || i18n.label(kdv)}</td>
                                    <td>
                                        <button type="button" class="link"
                                            aria-label=format!("{}: {}", i18n.t(Msg::Edit), product.name)
                                            on:click={
                                                let product = product.clone();
                                                move |_| {
                                                    editing.set(Some(product.id.clone()));
                                                    draft.set(ProductDraft::of(&product));
                                                }
                                            }>{move || i18n.t(Msg::Edit)}</button>
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </Show>
                <ProductForm editing draft />
            </section>
            <super::custom_fields::CustomFields />
            <super::templates::Templates />
            <super::notices::Notices />
            <super::data_events::DataEvents />
        </main>
    }
}
