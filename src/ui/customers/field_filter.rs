//! Filtering the customer list by a custom field: pick the field, then a value (one of
//! its options, yes or no, or "without a value") or a text its value contains.

use leptos::prelude::*;

use crate::domain::{FieldId, FieldKind, NO, YES};
use crate::model::ListQuery;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

/// The code of "without a value" in the value select ("" is "any value").
const WITHOUT: &str = "\u{0}";

#[component]
pub fn FieldFilter(query: RwSignal<ListQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let fields = Memo::new(move |_| app.snapshot.with(|s| s.shown_fields()));
    // The field picked before a value is: a saved view brings its own.
    let picked = RwSignal::new(None::<FieldId>);
    let field = Memo::new(move |_| {
        let id = query
            .with(|q| q.field_filter.as_ref().map(|(id, _)| id.clone()))
            .or_else(|| picked.get())?;
        fields.with(|all| all.iter().find(|f| f.id == id).cloned())
    });
    let wanted = move || query.with(|q| q.field_filter.as_ref().map(|(_, v)| v.clone()));
    let set_value = move |value: Option<String>| {
        let Some(id) = field.get_untracked().map(|f| f.id) else {
            return;
        };
        query.update(|q| q.field_filter = value.map(|v| (id, v)));
    };
    view! {
        <Show when=move || fields.with(|f| !f.is_empty())>
            <div class="field">
                <label for="filter-field">{move || i18n.t(Msg::FilterField)}</label>
                <select id="filter-field" on:change=move |ev| {
                    let id = event_target_value(&ev);
                    picked.set((!id.is_empty()).then_some(FieldId(id)));
                    query.update(|q| q.field_filter = None);
                }>
                    <option value="" selected=move || field.with(Option::is_none)>{move || i18n.t(Msg::NoFieldFilter)}</option>
                    <For each=move || fields.get() key=|f| f.clone() let:option>
                        <option value=option.id.0.clone()
                            selected={let id = option.id.clone(); move || field.with(|f| f.as_ref().is_some_and(|f| f.id == id))}>
                            {option.name.clone()}
                        </option>
                    </For>
                </select>
            </div>
            {move || field.get().map(|chosen| match chosen.kind {
                FieldKind::Choice | FieldKind::YesNo => {
                    let choices: Vec<(String, String)> = match chosen.kind {
                        FieldKind::YesNo => vec![
                            (YES.to_owned(), i18n.t(Msg::YesValue).to_owned()),
                            (NO.to_owned(), i18n.t(Msg::NoValue).to_owned()),
                        ],
                        _ => chosen.options.iter().map(|o| (o.clone(), o.clone())).collect(),
                    };
                    view! {
                        <div class="field">
                            <label for="filter-field-value">{move || i18n.t(Msg::FieldValue)}</label>
                            <select id="filter-field-value" on:change=move |ev| {
                                let value = event_target_value(&ev);
                                set_value(match value.as_str() {
                                    "" => None,
                                    WITHOUT => Some(String::new()),
                                    _ => Some(value),
                                });
                            }>
                                <option value="" selected=move || wanted().is_none()>{move || i18n.t(Msg::AnyValue)}</option>
                                <option value=WITHOUT selected=move || wanted().as_deref() == Some("")>{move || i18n.t(Msg::WithoutValue)}</option>
                                {choices.into_iter().map(|(value, label)| {
                                    let shown = value.clone();
                                    view! { <option value=value selected=move || wanted().as_deref() == Some(shown.as_str())>{label}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }
                    .into_any()
                }
                _ => view! {
                    <div class="field">
                        <label for="filter-field-value">{move || i18n.t(Msg::FieldContains)}</label>
                        <input id="filter-field-value" type="search" autocomplete="off"
                            prop:value=move || wanted().unwrap_or_default()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                set_value((!text.trim().is_empty()).then_some(text));
                            } />
                    </div>
                }
                .into_any(),
            })}
        </Show>
    }
}
