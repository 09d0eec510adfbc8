//! The form for a new customer: every field checked at once on save, errors next to the
//! fields, nothing saved until all is valid.

use leptos::prelude::*;

use crate::protocol::{Answer, Request};

use crate::domain::{CustomerDraft, FieldError};
use crate::protocol::DocumentError;
use crate::ui::customer::CustomerFields;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_app;

#[component]
pub fn NewCustomer() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let draft = RwSignal::new(CustomerDraft {
        owner: app.me(),
        ..CustomerDraft::default()
    });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_change = Callback::new(move |update: crate::domain::CustomerUpdate| {
        let field = update.field();
        draft.update(|d| d.apply(update));
        errors.update(|e| e.retain(|e| e.field != field));
        true
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        app.send(
            Request::CreateCustomer(draft.get_untracked()),
            move |result| match result {
                Ok(Answer::Customer(id)) => navigate(&Route::Customer(id)),
                Ok(_) => {}
                Err(DocumentError::Invalid(found)) => {
                    errors.try_set(found);
                    focus_first_error();
                }
                // Only invalid input can come from this form; anything else is a bug to see.
                Err(other) => leptos::logging::error!("creating a customer failed: {other}"),
            },
        );
    };
    view! {
        <main id="main" tabindex="-1" class="page narrow">
            <h1>{move || i18n.t(Msg::NewCustomer)}</h1>
            <form on:submit=submit novalidate>
                <CustomerFields id_prefix="new" draft=draft errors on_change />
                <Show when=move || errors.with(|e| !e.is_empty())>
                    <p class="form-error" role="alert">{move || i18n.t(Msg::FixErrors)}</p>
                </Show>
                <div class="actions">
                    <button type="submit" class="primary">{move || i18n.t(Msg::SaveCustomer)}</button>
                    <a class="button" href=Route::Customers.href()>{move || i18n.t(Msg::Cancel)}</a>
                </div>
            </form>
        </main>
    }
}

/// Focuses the first field marked invalid, so keyboard users land on what to fix.
fn focus_first_error() {
    use wasm_bindgen::JsCast;
    request_animation_frame(|| {
        if let Some(field) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("[aria-invalid='true']").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    });
}
