//! The fields of a customer, shared by the new-customer form and the customer page.
//! Each field reports a one-field [`CustomerUpdate`] when the user leaves it.

use leptos::prelude::*;

use crate::domain::{
    split_list, Channel, ColleagueId, CustomerDraft, CustomerKind, CustomerUpdate,
    DissolutionReason, Field, FieldError, Stage,
};
use crate::ui::controls::{error_of, CodeSelect, InputKind, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

/// `on_change` returns whether the update was accepted.
#[component]
pub fn CustomerFields(
    id_prefix: &'static str,
    #[prop(into)] draft: Signal<CustomerDraft>,
    errors: RwSignal<Vec<FieldError>>,
    on_change: Callback<CustomerUpdate, bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let id = move |name: &str| format!("{id_prefix}-{name}");
    let error = move |field: Field| error_of(errors, field);
    // A memo per field: a change elsewhere (another field, another tab) must not redraw
    // this input and erase what the user is typing in it.
    let text = move |f: fn(&CustomerDraft) -> String| -> Signal<String> {
        Memo::new(move |_| draft.with(f)).into()
    };
    let send = move |update: CustomerUpdate| {
        on_change.run(update);
    };
    // The stage chosen but not yet saved: dissolution waits here for its reason.
    let chosen_stage = RwSignal::new(None::<Stage>);
    let shown_stage =
        Signal::derive(move || chosen_stage.get().or_else(|| Some(draft.with(|d| d.stage))));
    let reason = Signal::derive(move || draft.with(|d| d.dissolution_reason));
    let on_stage = Callback::new(move |stage: Option<Stage>| {
        let Some(stage) = stage else { return };
        let reason = (stage == Stage::Dissolution)
            .then(|| reason.get_untracked())
            .flatten();
        chosen_stage.set(Some(stage));
        if on_change.run(CustomerUpdate::Stage(stage, reason)) {
            chosen_stage.set(None);
        }
    });
    let on_reason = Callback::new(move |reason: Option<DissolutionReason>| {
        if on_change.run(CustomerUpdate::Stage(Stage::Dissolution, reason)) {
            chosen_stage.set(None);
        }
    });
    let companies = Memo::new(move |_| {
        app.snapshot.with(|s| {
            s.companies()
                .into_iter()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
        })
    });
    let colleagues = Memo::new(move |_| app.snapshot.with(|s| s.colleagues.clone()));
    let is_person = move || draft.with(|d| d.kind == CustomerKind::Person);
    let companies_id = id("companies");
    let companies_list = companies_id.clone();
    view! {
        <div class="customer-fields">
            <CodeSelect id=id("kind") label=Msg::KindLabel
                value=Signal::derive(move || Some(draft.with(|d| d.kind)))
                on_change=Callback::new(move |kind: Option<CustomerKind>| if let Some(kind) = kind { send(CustomerUpdate::Kind(kind)) }) />
            <TextField id=id("name") label=Msg::Name required=true value=text(|d| d.name.clone())
                error=error(Field::Name) on_change=Callback::new(move |v| send(CustomerUpdate::Name(v))) />
            <Show when=is_person>
                <TextField id=id("company") label=Msg::Company hint=Msg::CompanyHint datalist=companies_list.clone()
                    value=text(|d| d.company.clone()) error=error(Field::Company)
                    on_change=Callback::new(move |v| send(CustomerUpdate::Company(v))) />
            </Show>
            <datalist id=companies_id.clone()>
                <For each=move || companies.get() key=|name| name.clone() let:name>
                    <option value=name></option>
                </For>
            </datalist>
            <TextField id=id("emails") label=Msg::Emails hint=Msg::ListHint
                value=text(|d| d.emails.join(", ")) error=error(Field::Emails)
                on_change=Callback::new(move |v: String| send(CustomerUpdate::Emails(split_list(&v)))) />
            <TextField id=id("phones") label=Msg::Phones hint=Msg::ListHint
                value=text(|d| d.phones.join(", ")) error=error(Field::Phones)
                warning=Signal::derive(move || draft.with(|d| phone_warnings(i18n, &d.phones)))
                on_change=Callback::new(move |v: String| send(CustomerUpdate::Phones(split_list(&v)))) />
            <TextField id=id("city") label=Msg::City value=text(|d| d.city.clone()) error=error(Field::City)
                datalist=id("provinces")
                on_change=Callback::new(move |v| send(CustomerUpdate::City(v))) />
            // The 81 provinces, offline: typing "izm" offers İzmir; any other city is kept.
            <datalist id=id("provinces")>
                {crate::domain::provinces_sorted().into_iter().map(|name| view! { <option value=name></option> }).collect_view()}
            </datalist>
            <TextField id=id("district") label=Msg::District value=text(|d| d.district.clone())
                error=error(Field::District) datalist=id("districts")
                on_change=Callback::new(move |v| send(CustomerUpdate::District(v))) />
            // The districts of the city typed, when it is a province.
            <datalist id=id("districts")>
                {move || draft.with(|d| crate::domain::districts_of(&d.city)).into_iter()
                    .map(|name| view! { <option value=name></option> }).collect_view()}
            </datalist>
            <TextField id=id("address") label=Msg::Address kind=InputKind::Multiline
                value=text(|d| d.address.clone()) error=error(Field::Address)
                on_change=Callback::new(move |v| send(CustomerUpdate::Address(v))) />
            <TextField id=id("tags") label=Msg::Tags hint=Msg::ListHint
                value=text(|d| d.tags.join(", ")) error=error(Field::Tags)
                on_change=Callback::new(move |v: String| send(CustomerUpdate::Tags(split_list(&v)))) />
            <CodeSelect id=id("stage") label=Msg::Stage value=shown_stage on_change=on_stage />
            <Show when=move || shown_stage.get() == Some(Stage::Dissolution)>
                <CodeSelect id=id("reason") label=Msg::DissolutionReason none=Msg::ChooseReason
                    value=reason error=error(Field::DissolutionReason) on_change=on_reason />
            </Show>
            <div class="field">
                <label for=id("owner")>{move || i18n.t(Msg::Owner)}</label>
                <select id=id("owner") on:change=move |ev| {
                    let owner = event_target_value(&ev);
                    send(CustomerUpdate::Owner((!owner.is_empty()).then_some(ColleagueId(owner))));
                }>
                    <option value="" selected=move || draft.with(|d| d.owner.is_none())>{move || i18n.t(Msg::NoOwner)}</option>
                    <For each=move || colleagues.get() key=|c| c.id.clone() let:colleague>
                        <option value=colleague.id.0.clone()
                            selected={let id = colleague.id.clone(); move || draft.with(|d| d.owner.as_ref() == Some(&id))}>
                            {colleague.name.clone()}
                        </option>
                    </For>
                </select>
            </div>
            <CodeSelect id=id("channel") label=Msg::PreferredChannel none=Msg::NoPreference
                value=Signal::derive(move || draft.with(|d| d.preferred_channel))
                on_change=Callback::new(move |channel: Option<Channel>| send(CustomerUpdate::PreferredChannel(channel))) />
            <TextField id=id("notes") label=Msg::Notes kind=InputKind::Multiline
                value=text(|d| d.notes.clone()) error=error(Field::Notes)
                on_change=Callback::new(move |v| send(CustomerUpdate::Notes(v))) />
            {super::invoice_fields::invoice_fields(draft, id, error, text, send)}
            <super::custom_fields::CustomFieldInputs id_prefix draft errors on_change />
        </div>
    }
}

/// What is said about numbers that cannot be dialled as written (kept all the same).
fn phone_warnings(i18n: crate::ui::i18n::I18n, phones: &[String]) -> Option<String> {
    use crate::domain::{read_phone, PhoneProblem};
    let said: Vec<String> = phones
        .iter()
        .filter_map(|phone| {
            let text = match read_phone(phone).problem()? {
                PhoneProblem::TooShort => Msg::PhoneTooShort,
                PhoneProblem::TooLong => Msg::PhoneTooLong,
                PhoneProblem::NoSuchPrefix => Msg::PhoneNoSuchPrefix,
            };
            Some(i18n.t(text).replace("{number}", phone))
        })
        .collect();
    (!said.is_empty()).then(|| said.join(" "))
}
