//! A customer's values of the workspace's custom fields, under "More details": a text box,
//! a number in the interface's own writing (`1.250,5` in Turkish), a date picker, or a
//! select (one of a list, yes/no). Each value is checked here as its field's kind and
//! only its stored form is sent, so what is wrong is said at once under the field.

use leptos::prelude::*;

use crate::domain::{
    format_number, read_number, CustomField, CustomerDraft, CustomerUpdate, Field, FieldError,
    FieldKind, NO, YES,
};
use crate::ui::controls::{error_of, FieldError as FieldErrorText};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;

#[component]
pub fn CustomFieldInputs(
    id_prefix: &'static str,
    #[prop(into)] draft: Signal<CustomerDraft>,
    errors: RwSignal<Vec<FieldError>>,
    on_change: Callback<CustomerUpdate, bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let fields = Memo::new(move |_| app.snapshot.with(|s| s.shown_fields()));
    view! {
        <Show when=move || fields.with(|f| !f.is_empty())>
            <fieldset class="custom-fields">
                <legend>{move || i18n.t(Msg::MoreDetails)}</legend>
                <For each=move || fields.get() key=|f| f.clone() let:field>
                    <CustomFieldInput id=format!("{id_prefix}-field-{}", field.id.0) field draft on_change />
                </For>
                <FieldErrorText id=format!("{id_prefix}-fields-error") error=error_of(errors, Field::Custom) />
                <p class="hint"><a href=Route::Products.href()>{move || i18n.t(Msg::ManageFields)}</a></p>
            </fieldset>
        </Show>
    }
}

#[component]
fn CustomFieldInput(
    id: String,
    field: CustomField,
    draft: Signal<CustomerDraft>,
    on_change: Callback<CustomerUpdate, bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<String>);
    let field_id = field.id.clone();
    let stored = {
        let id = field_id.clone();
        Memo::new(move |_| draft.with(|d| d.fields.get(&id).cloned().unwrap_or_default()))
    };
    let kind = field.kind;
    let checked = field.clone();
    let changed = move |typed: String| {
        let typed = match kind {
            // The interface's way of writing numbers, put in the stored form here.
            FieldKind::Number if !typed.trim().is_empty() => {
                read_number(&typed, i18n.decimal_mark()).unwrap_or(typed)
            }
            _ => typed,
        };
        match checked.value_of(&typed) {
            Ok(value) => {
                error.set(None);
                on_change.run(CustomerUpdate::Custom(field_id.clone(), value));
            }
            Err(problem) => error.set(Some(i18n.problem(&problem))),
        }
    };
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let invalid = move || error.with(Option::is_some).then_some("true");
    let control = match kind {
        FieldKind::Choice | FieldKind::YesNo => {
            let choices = choices(&field);
            view! {
                <select id=id.clone() aria-invalid=invalid aria-describedby=described
                    on:change=move |ev| changed(event_target_value(&ev))>
                    <option value="" selected=move || stored.with(String::is_empty)>{move || i18n.t(Msg::NoPreference)}</option>
                    {choices.into_iter().map(|(value, label)| {
                        let shown = value.clone();
                        let label = move || match label {
                            Choice::Said(msg) => i18n.t(msg).to_owned(),
                            Choice::Written(ref text) => text.clone(),
                        };
                        view! { <option value=value selected=move || stored.with(|s| *s == shown)>{label}</option> }
                    }).collect_view()}
                    // A value an import kept as written, not one of the options.
                    {move || {
                        let value = stored.get();
                        let known = value.is_empty() || field.kind == FieldKind::YesNo && (value == YES || value == NO)
                            || field.options.contains(&value);
                        (!known).then(|| view! {
                            <option value=value.clone() selected=true>{i18n.t(Msg::NotInList).replace("{value}", &value)}</option>
                        })
                    }}
                </select>
            }
            .into_any()
        }
        _ => {
            let input_type = if kind == FieldKind::Date {
                "date"
            } else {
                "text"
            };
            let inputmode = (kind == FieldKind::Number).then_some("decimal");
            let shown = move || match kind {
                FieldKind::Number => format_number(&stored.get(), i18n.decimal_mark()),
                _ => stored.get(),
            };
            view! {
                <input id=id.clone() type=input_type inputmode=inputmode autocomplete="off"
                    prop:value=shown aria-invalid=invalid aria-describedby=described
                    on:change=move |ev| changed(event_target_value(&ev)) />
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{field.name.clone()}</label>
            {control}
            <FieldErrorText id=error_id error=error />
        </div>
    }
}

/// How a choice is labelled: in the interface's words, or as the field's option reads.
#[derive(Clone)]
enum Choice {
    Said(Msg),
    Written(String),
}

/// The choices of a select field, with their stored values: its options, or yes and no.
fn choices(field: &CustomField) -> Vec<(String, Choice)> {
    match field.kind {
        FieldKind::YesNo => vec![
            (YES.to_owned(), Choice::Said(Msg::YesValue)),
            (NO.to_owned(), Choice::Said(Msg::NoValue)),
        ],
        _ => field
            .options
            .iter()
            .map(|o| (o.clone(), Choice::Written(o.clone())))
            .collect(),
    }
}

/// A value as the user reads it: a number their way, yes/no in words.
pub fn shown_value(i18n: I18n, field: &CustomField, stored: &str) -> String {
    match field.kind {
        FieldKind::Number => format_number(stored, i18n.decimal_mark()),
        FieldKind::YesNo if stored == YES => i18n.t(Msg::YesValue).to_owned(),
        FieldKind::YesNo if stored == NO => i18n.t(Msg::NoValue).to_owned(),
        _ => stored.to_owned(),
    }
}
