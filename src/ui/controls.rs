//! Form controls shared by every page: a labelled input with its error, selects of
//! domain values, and a copy button. Each error is tied to its input (`aria-describedby`) and announced.

use leptos::prelude::*;

use super::i18n::{use_i18n, Label, Msg};
use crate::domain::Code;

/// The error of `field` among `errors`, in words: what a control shows under itself.
pub fn error_of(
    errors: RwSignal<Vec<crate::domain::FieldError>>,
    field: crate::domain::Field,
) -> Signal<Option<String>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        errors.with(|es| {
            es.iter()
                .find(|e| e.field == field)
                .map(|e| i18n.problem(&e.problem))
        })
    })
}

/// How a [`TextField`] is typed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Line,
    Multiline,
    Number,
    DateTime,
    /// A calendar day (due dates, closing dates).
    Date,
}

/// A labelled text input that reports its value on `change` (leaving the field or Enter),
/// with an optional hint and the field's error below it.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: Msg,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] kind: InputKind,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] datalist: Option<String>,
    /// Said under the field without refusing the value (e.g. a number that looks wrong).
    #[prop(into, optional)]
    warning: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let warning_id = format!("{id}-warning");
    let described_by = {
        let (error_id, hint_id, warning_id) =
            (error_id.clone(), hint_id.clone(), warning_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if warning.with(Option::is_some) {
                ids.push(warning_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let changed = move |ev: leptos::ev::Event| on_change.run(event_target_value(&ev));
    let control = match kind {
        InputKind::Multiline => view! {
            <textarea id=id.clone() rows="4" prop:value=value aria-invalid=invalid
                aria-describedby=described_by.clone() on:change=changed></textarea>
        }
        .into_any(),
        _ => {
            let input_type = match kind {
                InputKind::Number => "number",
                InputKind::DateTime => "datetime-local",
                InputKind::Date => "date",
                _ => "text",
            };
            view! {
                <input id=id.clone() type=input_type prop:value=value aria-invalid=invalid
                    aria-describedby=described_by.clone() required=required list=datalist
                    autocomplete="off" on:change=changed />
            }
            .into_any()
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            {control}
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{move || i18n.t(hint)}</p> })}
            <p class="field-warning" id=warning_id role="status" hidden=move || warning.with(Option::is_none)>
                {move || warning.get().unwrap_or_default()}
            </p>
            <FieldError id=error_id error=error />
        </div>
    }
}

/// The error under a field, announced by screen readers when it appears.
#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || error.with(Option::is_none)>
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// A labelled select of a domain value, optionally with an empty choice (`none`).
#[component]
pub fn CodeSelect<T>(
    #[prop(into)] id: String,
    label: Msg,
    #[prop(into)] value: Signal<Option<T>>,
    on_change: Callback<Option<T>>,
    #[prop(optional)] none: Option<Msg>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView
where
    T: Code + Label + Send + Sync,
{
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <select id=id.clone()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=error_id.clone()
                on:change=move |ev| on_change.run(T::from_code(&event_target_value(&ev)))>
                {none.map(|none| view! {
                    <option value="" selected=move || value.with(Option::is_none)>
                        {move || i18n.t(none)}
                    </option>
                })}
                {T::ALL.iter().copied().map(|option| view! {
                    <option value=option.code() selected=move || value.get() == Some(option)>
                        {move || i18n.label(option)}
                    </option>
                }).collect_view()}
            </select>
            <FieldError id=error_id error=error />
        </div>
    }
}

/// "Show more" under a long list drawn a page at a time, with how many are shown of how
/// many; nothing once everything is shown.
#[component]
pub fn ShowMore(
    #[prop(into)] total: Signal<usize>,
    shown: RwSignal<usize>,
    page: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || { total.get() > shown.get() }>
            <p class="hint">
                {move || i18n.t(Msg::ShownOf)
                    .replace("{shown}", &i18n.number(shown.get()))
                    .replace("{total}", &i18n.number(total.get()))}
            </p>
            <button type="button" class="more" on:click=move |_| shown.update(|n| *n += page)>
                {move || i18n.t(Msg::ShowMore)}
            </button>
        </Show>
    }
}

/// A button that copies `text` to the clipboard and says whether it worked.
#[component]
pub fn CopyButton(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let done = match web_sys::window().map(|w| w.navigator().clipboard()) {
                Some(clipboard) => {
                    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                        .await
                        .is_ok()
                }
                None => false,
            };
            copied.set(Some(if done {
                Msg::LiveCopied
            } else {
                Msg::LiveCopyFailed
            }));
        });
    };
    view! {
        <button type="button" on:click=copy>{move || i18n.t(Msg::LiveCopy)}</button>
        <span role="status">{move || copied.get().map(|m| i18n.t(m))}</span>
    }
}
