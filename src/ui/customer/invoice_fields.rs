//! A customer's invoice details: the tax number (a firm's VKN or a person's TCKN), the
//! tax office and the IBAN. A number whose check digits do not add up is warned about in
//! plain words under its field, and saved all the same.

use leptos::prelude::*;

use crate::domain::{check_iban, read_tax_number, CustomerDraft, CustomerUpdate, Field, IdProblem};
use crate::ui::controls::TextField;
use crate::ui::i18n::{use_i18n, I18n, Msg};

/// The fields, drawn inside [`super::fields::CustomerFields`] with its helpers: `id` makes
/// an element id, `error` a field's error, `text` a field's value, `send` an edit.
pub fn invoice_fields(
    draft: Signal<CustomerDraft>,
    id: impl Fn(&str) -> String,
    error: impl Fn(Field) -> Signal<Option<String>>,
    text: impl Fn(fn(&CustomerDraft) -> String) -> Signal<String>,
    send: impl Fn(CustomerUpdate) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let tax_warning = Signal::derive(move || {
        draft.with(|d| {
            let typed = d.tax_number.trim();
            (!typed.is_empty())
                .then(|| read_tax_number(typed).err())
                .flatten()
                .map(|problem| tax_number_warning(i18n, problem))
        })
    });
    let iban_warning = Signal::derive(move || {
        draft.with(|d| {
            let typed = d.iban.trim();
            (!typed.is_empty())
                .then(|| check_iban(typed).err())
                .flatten()
                .map(|problem| iban_warning(i18n, problem))
        })
    });
    // The tax offices the workspace already writes, to pick again rather than retype
    // ("Kadıköy" and "Kadıköy VD" are one office to a person, not to a filter).
    let app = crate::ui::state::use_app();
    let offices = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let mut offices: Vec<String> = s
                .all_customers()
                .map(|c| c.tax_office.trim())
                .chain(std::iter::once(s.firm.tax_office.trim()))
                .filter(|o| !o.is_empty())
                .map(str::to_owned)
                .collect();
            offices.sort_by_cached_key(|o| crate::domain::collation_key(o));
            offices.dedup_by(|a, b| crate::domain::fold(a) == crate::domain::fold(b));
            offices
        })
    });
    let offices_id = id("tax-offices");
    view! {
        <fieldset class="invoice-fields">
            <legend>{move || i18n.t(Msg::InvoiceDetails)}</legend>
            <TextField id=id("tax-number") label=Msg::TaxNumber hint=Msg::TaxNumberHint
                value=text(|d| d.tax_number.clone()) error=error(Field::TaxNumber) warning=tax_warning
                on_change=Callback::new(move |v| send(CustomerUpdate::TaxNumber(v))) />
            <TextField id=id("tax-office") label=Msg::TaxOffice datalist=offices_id.clone()
                value=text(|d| d.tax_office.clone()) error=error(Field::TaxOffice)
                on_change=Callback::new(move |v| send(CustomerUpdate::TaxOffice(v))) />
            <datalist id=offices_id>
                <For each=move || offices.get() key=|o| o.clone() let:office>
                    <option value=office></option>
                </For>
            </datalist>
            <TextField id=id("iban") label=Msg::Iban
                value=text(|d| d.iban.clone()) error=error(Field::Iban) warning=iban_warning
                on_change=Callback::new(move |v| send(CustomerUpdate::Iban(v))) />
        </fieldset>
    }
}

/// What is wrong with a tax number (VKN or TCKN), and that it was kept.
fn tax_number_warning(i18n: I18n, problem: IdProblem) -> String {
    let text = match problem {
        IdProblem::Length { expected } => i18n
            .t(Msg::TaxNumberLength)
            .replace("{count}", &expected.to_string()),
        IdProblem::NotDigits => i18n.t(Msg::TaxNumberDigits).to_owned(),
        IdProblem::CheckDigits => i18n.t(Msg::CheckDigitsWrong).to_owned(),
        IdProblem::LeadingZero => i18n.t(Msg::TcknLeadingZero).to_owned(),
    };
    kept(i18n, text)
}

/// What is wrong with an IBAN, and that it was kept.
fn iban_warning(i18n: I18n, problem: IdProblem) -> String {
    let text = match problem {
        IdProblem::Length { expected } => i18n
            .t(Msg::IbanLength)
            .replace("{count}", &expected.to_string()),
        IdProblem::NotDigits => i18n.t(Msg::IbanCharacters).to_owned(),
        IdProblem::CheckDigits => i18n.t(Msg::CheckDigitsWrong).to_owned(),
        // An IBAN has no such rule; said as the check digits if it ever comes.
        IdProblem::LeadingZero => i18n.t(Msg::CheckDigitsWrong).to_owned(),
    };
    kept(i18n, text)
}

fn kept(i18n: I18n, text: String) -> String {
    format!("{text} {}", i18n.t(Msg::KeptAllTheSame))
}
