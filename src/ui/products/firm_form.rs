//! The firm's details, shared with every colleague through the workspace, printed at the
//! head of each quote.

use leptos::prelude::*;

use crate::domain::{Field, FieldError, Firm};
use crate::protocol::{DocumentError, Request};
use crate::ui::controls::{error_of, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn FirmForm() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let firm = RwSignal::new(app.snapshot.with_untracked(|s| s.firm.clone()));
    // Follows what colleagues store until this form is typed in.
    let typed = RwSignal::new(false);
    Effect::new(move |_| {
        let stored = app.snapshot.with(|s| s.firm.clone());
        if !typed.get_untracked() {
            firm.set(stored);
        }
    });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<&'static str>);
    let text = move |f: fn(&Firm) -> String| Signal::derive(move || firm.with(f));
    let set = move |f: fn(&mut Firm, String)| {
        Callback::new(move |v: String| {
            firm.update(|firm| f(firm, v));
            typed.set(true);
            note.set(None);
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        app.send_saved(
            Request::SetFirm(firm.get_untracked()),
            move |result| match result {
                Ok(_) => {
                    typed.try_set(false);
                    errors.try_set(Vec::new());
                    note.try_set(Some(Msg::FirmSaved).map(|m| i18n.t(m)));
                }
                Err(DocumentError::Invalid(found)) => {
                    errors.try_set(found);
                }
                Err(other) => leptos::logging::error!("saving the firm's details failed: {other}"),
            },
        );
    };
    view! {
        <form class="card" on:submit=save novalidate aria-labelledby="firm-heading">
            <h2 id="firm-heading">{move || i18n.t(Msg::FirmDetails)}</h2>
            <p class="hint">{move || i18n.t(Msg::FirmDetailsHint)}</p>
            <TextField id="firm-name" label=Msg::FirmName value=text(|f| f.name.clone())
                error=error_of(errors, Field::Name) on_change=set(|f, v| f.name = v) />
            <TextField id="firm-address" label=Msg::Address value=text(|f| f.address.clone())
                error=error_of(errors, Field::Address) on_change=set(|f, v| f.address = v) />
            <div class="row">
                <TextField id="firm-phone" label=Msg::FirmPhone value=text(|f| f.phone.clone())
                    error=error_of(errors, Field::Phones) on_change=set(|f, v| f.phone = v) />
                <TextField id="firm-email" label=Msg::FirmEmail value=text(|f| f.email.clone())
                    error=error_of(errors, Field::Emails) on_change=set(|f, v| f.email = v) />
            </div>
            <div class="row">
                <TextField id="firm-tax-office" label=Msg::TaxOffice value=text(|f| f.tax_office.clone())
                    error=error_of(errors, Field::TaxOffice) on_change=set(|f, v| f.tax_office = v) />
                <TextField id="firm-tax-number" label=Msg::TaxNumber value=text(|f| f.tax_number.clone())
                    error=error_of(errors, Field::TaxNumber) on_change=set(|f, v| f.tax_number = v) />
                <TextField id="firm-iban" label=Msg::Iban value=text(|f| f.iban.clone())
                    error=error_of(errors, Field::Iban) on_change=set(|f, v| f.iban = v) />
            </div>
            <div class="actions">
                <button type="submit" class="primary">{move || i18n.t(Msg::SaveFirm)}</button>
                <span role="status">{move || note.get()}</span>
            </div>
        </form>
    }
}
