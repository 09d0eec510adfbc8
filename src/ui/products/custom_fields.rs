//! The workspace's custom customer fields: listed with how many customers have a value,
//! added and renamed in one form, removed (their values kept) and brought back.

use leptos::prelude::*;

use crate::domain::{Code, CustomField, Field, FieldError, FieldKind};
use crate::protocol::{DocumentError, Request};
use crate::ui::controls::{error_of, FieldError as FieldErrorText, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn CustomFields() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let draft = RwSignal::new(CustomField::default());
    let options = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<String>);
    let fields = Memo::new(move |_| app.snapshot.with(|s| s.fields.clone()));
    let counts = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let mut counts = std::collections::HashMap::new();
            for customer in s.all_customers() {
                for id in customer.fields.keys() {
                    *counts.entry(id.clone()).or_insert(0usize) += 1;
                }
            }
            counts
        })
    });
    let editing = move || draft.with(|d| !d.id.0.is_empty());
    let start_over = move || {
        draft.set(CustomField::default());
        options.set(String::new());
        errors.set(Vec::new());
    };
    // Saves `field`; `said` is what the page says once it is stored, and the form starts
    // over when it was the form's field.
    let store = move |field: CustomField, said: Msg, from_form: bool| {
        let name = field.name.trim().to_owned();
        app.send_saved(Request::SaveField(field), move |result| match result {
            Ok(_) => {
                if from_form {
                    start_over();
                } else {
                    errors.try_set(Vec::new());
                }
                note.try_set(Some(i18n.t(said).replace("{name}", &name)));
            }
            Err(DocumentError::Invalid(found)) => {
                errors.try_set(found);
            }
            Err(DocumentError::UnknownField) => {
                note.try_set(Some(i18n.t(Msg::FieldUnknown).to_owned()));
            }
            Err(other) => leptos::logging::error!("saving a field failed: {other}"),
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let field = CustomField {
            options: options.with_untracked(|o| o.lines().map(str::to_owned).collect()),
            ..draft.get_untracked()
        };
        store(field, Msg::FieldSaved, true);
    };
    let count_text =
        move |field: &CustomField| match counts.with(|c| c.get(&field.id).copied().unwrap_or(0)) {
            0 => i18n.t(Msg::FieldValueNone).to_owned(),
            1 => i18n.t(Msg::FieldValueOne).to_owned(),
            count => i18n
                .t(Msg::FieldValueCount)
                .replace("{count}", &i18n.number(count)),
        };
    let shown = move |removed: bool| {
        fields.with(|all| {
            all.iter()
                .filter(|f| f.removed == removed)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" id="fields" aria-labelledby="fields-heading">
            <h2 id="fields-heading">{move || i18n.t(Msg::CustomFields)}</h2>
            <p class="hint">{move || i18n.t(Msg::CustomFieldsHint)}</p>
            <Show when=move || !shown(false).is_empty() fallback=move || view! { <p class="hint">{move || i18n.t(Msg::CustomFieldsEmpty)}</p> }>
                <ul class="custom-fields">
                    <For each=move || shown(false) key=|f| f.clone() let:field>
                        <li>
                            <strong>{field.name.clone()}</strong>
                            " · "{let kind = field.kind; move || i18n.label(kind)}
                            {(!field.options.is_empty()).then(|| format!(" · {}", field.options.join(", ")))}
                            " · "<span class="muted">{let f = field.clone(); move || count_text(&f)}</span>" "
                            <button type="button" class="link"
                                aria-label=format!("{}: {}", i18n.t(Msg::Edit), field.name)
                                on:click={
                                    let field = field.clone();
                                    move |_| {
                                        options.set(field.options.join("\n"));
                                        draft.set(field.clone());
                                        errors.set(Vec::new());
                                    }
                                }>{move || i18n.t(Msg::Edit)}</button>
                            " "
                            <button type="button" class="link"
                                aria-label=format!("{}: {}", i18n.t(Msg::RemoveField), field.name)
                                on:click={
                                    let field = field.clone();
                                    move |_| {
                                        if draft.with_untracked(|d| d.id == field.id) {
                                            start_over();
                                        }
                                        store(CustomField { removed: true, ..field.clone() }, Msg::FieldRemoved, false)
                                    }
                                }>{move || i18n.t(Msg::RemoveField)}</button>
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=move || !shown(true).is_empty()>
                <h3>{move || i18n.t(Msg::RemovedFields)}</h3>
                <ul class="custom-fields removed">
                    <For each=move || shown(true) key=|f| f.clone() let:field>
                        <li>
                            {field.name.clone()}" · "<span class="muted">{let f = field.clone(); move || count_text(&f)}</span>" "
                            <button type="button" class="link"
                                aria-label=format!("{}: {}", i18n.t(Msg::RestoreField), field.name)
                                on:click={
                                    let field = field.clone();
                                    move |_| store(CustomField { removed: false, ..field.clone() }, Msg::FieldRestored, false)
                                }>{move || i18n.t(Msg::RestoreField)}</button>
                        </li>
                    </For>
                </ul>
            </Show>
            <form class="sub-form" on:submit=save novalidate aria-labelledby="field-form-heading">
                <h3 id="field-form-heading">
                    {move || if editing() { i18n.t(Msg::EditField) } else { i18n.t(Msg::AddField) }}
                </h3>
                <TextField id="field-name" label=Msg::FieldNameLabel required=true
                    value=Signal::derive(move || draft.with(|d| d.name.clone()))
                    error=error_of(errors, Field::FieldName)
                    on_change=Callback::new(move |v| { draft.update(|d| d.name = v); note.set(None); }) />
                <div class="field">
                    <label for="field-kind">{move || i18n.t(Msg::FieldKindLabel)}</label>
                    <select id="field-kind" disabled=editing aria-describedby="field-kind-hint"
                        on:change=move |ev| {
                            let kind = FieldKind::from_code(&event_target_value(&ev)).unwrap_or_default();
                            draft.update(|d| d.kind = kind);
                        }>
                        {FieldKind::ALL.iter().copied().map(|kind| view! {
                            <option value=kind.code() selected=move || draft.with(|d| d.kind == kind)>{move || i18n.label(kind)}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="field-kind-hint">{move || i18n.t(Msg::FieldKindFixed)}</p>
                </div>
                <Show when=move || draft.with(|d| d.kind == FieldKind::Choice)>
                    <div class="field">
                        <label for="field-options">{move || i18n.t(Msg::FieldOptions)}</label>
                        <textarea id="field-options" rows="4" aria-describedby="field-options-hint field-options-error"
                            prop:value=move || options.get()
                            on:change=move |ev| options.set(event_target_value(&ev))></textarea>
                        <p class="hint" id="field-options-hint">{move || i18n.t(Msg::FieldOptionsHint)}</p>
                        <FieldErrorText id="field-options-error" error=error_of(errors, Field::Options) />
                    </div>
                </Show>
                <div class="actions">
                    <button type="submit" class="primary">{move || i18n.t(Msg::SaveField)}</button>
                    <Show when=editing>
                        <button type="button" on:click=move |_| start_over()>{move || i18n.t(Msg::Cancel)}</button>
                    </Show>
                    <span role="status">{move || note.get()}</span>
                </div>
            </form>
        </section>
    }
}
