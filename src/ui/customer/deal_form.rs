//! Records a deal for this customer: title, amount and currency (lira unless another is
//! typed), stage, expected close, and the lost reason when recorded as lost.

use leptos::prelude::*;

use crate::protocol::Request;

use crate::domain::{Currency, CustomerId, DealDraft, DealStage, Field, FieldError, LostReason};
use crate::protocol::DocumentError;
use crate::ui::controls::{error_of, CodeSelect, InputKind, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::from_date_input;

#[component]
pub fn DealForm(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let blank = DealDraft::quote(customer, "", "");
    let draft = RwSignal::new(blank.clone());
    let close = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |field: Field| error_of(errors, field);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut d = draft.get_untracked();
        d.expected_close = from_date_input(&close.get_untracked());
        let blank = blank.clone();
        app.send(Request::CreateDeal(d), move |result| match result {
            Ok(_) => {
                errors.try_set(Vec::new());
                draft.try_set(blank);
                close.try_set(String::new());
            }
            Err(DocumentError::Invalid(found)) => {
                let _ = errors.try_set(found);
            }
            Err(other) => leptos::logging::error!("recording a deal failed: {other}"),
        });
    };
    let text = move |f: fn(&DealDraft) -> String| Signal::derive(move || draft.with(f));
    view! {
        <form class="sub-form" on:submit=submit novalidate aria-label=move || i18n.t(Msg::AddDeal)>
            <h3>{move || i18n.t(Msg::AddDeal)}</h3>
            <TextField id="deal-title" label=Msg::FieldTitle required=true value=text(|d| d.title.clone())
                error=error(Field::Title) on_change=Callback::new(move |v| draft.update(|d| d.title = v)) />
            <div class="row">
                <TextField id="deal-amount" label=Msg::FieldAmount value=text(|d| d.amount.clone())
                    error=error(Field::Amount) on_change=Callback::new(move |v| draft.update(|d| d.amount = v)) />
                <TextField id="deal-currency" label=Msg::FieldCurrency value=text(|d| d.currency.clone())
                    datalist="currencies" hint=Msg::CurrencyHint
                    error=error(Field::Currency) on_change=Callback::new(move |v| draft.update(|d| d.currency = v)) />
                <CodeSelect id="deal-stage" label=Msg::DealStage
                    value=Signal::derive(move || Some(draft.with(|d| d.stage)))
                    on_change=Callback::new(move |s: Option<DealStage>| if let Some(s) = s { draft.update(|d| d.stage = s) }) />
                <TextField id="deal-close" label=Msg::FieldExpectedClose kind=InputKind::Date value=close
                    on_change=Callback::new(move |v| close.set(v)) />
            </div>
            <datalist id="currencies">
                {Currency::COMMON.iter().map(|c| view! { <option value=c.code().to_owned()></option> }).collect_view()}
            </datalist>
            <Show when=move || draft.with(|d| d.stage == DealStage::Lost)>
                <CodeSelect id="deal-lost-reason" label=Msg::FieldLostReason none=Msg::ChooseReason
                    value=Signal::derive(move || draft.with(|d| d.lost_reason)) error=error(Field::LostReason)
                    on_change=Callback::new(move |r: Option<LostReason>| draft.update(|d| d.lost_reason = r)) />
            </Show>
            <div class="actions">
                <button type="submit" class="primary">{move || i18n.t(Msg::AddDeal)}</button>
            </div>
        </form>
    }
}
