//! Adds a product or service, or edits the one chosen in the list: name, unit, unit price
//! before KDV, currency (TRY, USD or EUR), KDV rate, and whether it is still offered.

use leptos::prelude::*;

use crate::domain::{Field, FieldError, KdvRate, ProductDraft, ProductId, QUOTE_CURRENCIES};
use crate::protocol::{DocumentError, Request};
use crate::ui::controls::{error_of, CodeSelect, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn ProductForm(
    /// The product being edited; `None` adds a new one.
    editing: RwSignal<Option<ProductId>>,
    draft: RwSignal<ProductDraft>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<String>);
    let text = move |f: fn(&ProductDraft) -> String| Signal::derive(move || draft.with(f));
    let set = move |f: fn(&mut ProductDraft, String)| {
        Callback::new(move |v: String| {
            draft.update(|d| f(d, v));
            note.set(None);
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        let name = d.name.trim().to_owned();
        let request = match editing.get_untracked() {
            Some(id) => Request::UpdateProduct(id, d),
            None => Request::CreateProduct(d),
        };
        app.send_saved(request, move |result| match result {
            Ok(_) => {
                errors.try_set(Vec::new());
                editing.try_set(None);
                draft.try_set(ProductDraft::default());
                note.try_set(Some(i18n.t(Msg::ProductSaved).replace("{name}", &name)));
            }
            Err(DocumentError::Invalid(found)) => {
                errors.try_set(found);
            }
            Err(other) => leptos::logging::error!("saving a product failed: {other}"),
        });
    };
    let heading = move || match editing.get() {
        Some(_) => i18n.t(Msg::Edit),
        None => i18n.t(Msg::AddProduct),
    };
    view! {
        <form class="sub-form" on:submit=save novalidate aria-labelledby="product-form-heading">
            <h3 id="product-form-heading">{heading}</h3>
            <div class="row">
                <TextField id="product-name" label=Msg::Name required=true value=text(|d| d.name.clone())
                    error=error_of(errors, Field::Name) on_change=set(|d, v| d.name = v) />
                <TextField id="product-unit" label=Msg::LineUnit value=text(|d| d.unit.clone())
                    error=error_of(errors, Field::Unit) on_change=set(|d, v| d.unit = v) />
                <TextField id="product-price" label=Msg::LineUnitPrice value=text(|d| d.unit_price.clone())
                    error=error_of(errors, Field::UnitPrice) on_change=set(|d, v| d.unit_price = v) />
                <div class="field">
                    <label for="product-currency">{move || i18n.t(Msg::FieldCurrency)}</label>
                    <select id="product-currency" on:change=move |ev| draft.update(|d| d.currency = event_target_value(&ev))>
                        {QUOTE_CURRENCIES.iter().map(|c| {
                            let code = c.code().to_owned();
                            let selected = { let code = code.clone(); move || draft.with(|d| d.currency == code) };
                            view! { <option value=code.clone() selected=selected>{code.clone()}</option> }
                        }).collect_view()}
                    </select>
                    <crate::ui::controls::FieldError id="product-currency-error" error=error_of(errors, Field::Currency) />
                </div>
                <CodeSelect id="product-kdv" label=Msg::LineKdv
                    value=Signal::derive(move || Some(draft.with(|d| d.kdv)))
                    on_change=Callback::new(move |k: Option<KdvRate>| if let Some(k) = k { draft.update(|d| d.kdv = k) }) />
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || draft.with(|d| d.archived)
                    on:change=move |ev| draft.update(|d| d.archived = event_target_checked(&ev)) />
                {move || i18n.t(Msg::ProductArchived)}
            </label>
            <div class="actions">
                <button type="submit" class="primary">{move || i18n.t(Msg::SaveProduct)}</button>
                <Show when=move || editing.with(Option::is_some)>
                    <button type="button" on:click=move |_| {
                        editing.set(None);
                        draft.set(ProductDraft::default());
                    }>{move || i18n.t(Msg::Cancel)}</button>
                </Show>
                <span role="status">{move || note.get()}</span>
            </div>
        </form>
    }
}
