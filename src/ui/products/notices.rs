//! The workspace's information notice (aydınlatma metni, KVKK) in versions: each version
//! is kept as written, so a consent always shows the text it was given under.

use leptos::prelude::*;

use crate::domain::{Field, FieldError, Notice};
use crate::protocol::{DocumentError, Request};
use crate::ui::controls::{error_of, FieldError as FieldErrorText, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let notices = Memo::new(move |_| app.snapshot.with(|s| s.notices.clone()));
    let draft = RwSignal::new(Notice::default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let notice = draft.get_untracked();
        let title = notice.title.trim().to_owned();
        app.send_saved(Request::AddNotice(notice), move |result| match result {
            Ok(_) => {
                errors.try_set(Vec::new());
                draft.try_set(Notice::default());
                note.try_set(Some(i18n.t(Msg::NoticeSaved).replace("{title}", &title)));
            }
            Err(DocumentError::Invalid(found)) => {
                errors.try_set(found);
            }
            Err(other) => leptos::logging::error!("saving a notice failed: {other}"),
        });
    };
    let added = move |notice: &Notice| {
        let by = app
            .snapshot
            .with_untracked(|s| s.owner_name(notice.created_by.as_ref()).to_owned());
        i18n.t(Msg::NoticeAdded)
            .replace("{date}", &i18n.date(notice.created_at))
            .replace("{by}", &by)
    };
    let newest_first = move || {
        let mut all = notices.get();
        all.reverse();
        all
    };
    view! {
        <section class="card" aria-labelledby="notices-heading">
            <h2 id="notices-heading">{move || i18n.t(Msg::Notices)}</h2>
            <p class="hint">{move || i18n.t(Msg::NoticesHint)}</p>
            <Show when=move || notices.with(|n| !n.is_empty()) fallback=move || view! { <p class="hint">{move || i18n.t(Msg::NoticesEmpty)}</p> }>
                <ul class="notices">
                    <For each=newest_first key=|n| n.clone() let:notice>
                        <li>
                            <details>
                                <summary><strong>{notice.title.clone()}</strong>" · "{let n = notice.clone(); move || added(&n)}</summary>
                                <p class="notice-text">{notice.text.clone()}</p>
                            </details>
                        </li>
                    </For>
                </ul>
            </Show>
            <form class="sub-form" on:submit=save novalidate aria-labelledby="notice-form-heading">
                <h3 id="notice-form-heading">{move || i18n.t(Msg::AddNotice)}</h3>
                <TextField id="notice-title" label=Msg::NoticeTitle required=true
                    value=Signal::derive(move || draft.with(|d| d.title.clone()))
                    error=error_of(errors, Field::Title)
                    on_change=Callback::new(move |v| { draft.update(|d| d.title = v); note.set(None); }) />
                <div class="field">
                    <label for="notice-text">{move || i18n.t(Msg::NoticeText)}</label>
                    <textarea id="notice-text" rows="6" aria-describedby="notice-text-error"
                        prop:value=move || draft.with(|d| d.text.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.text = v); }></textarea>
                    <FieldErrorText id="notice-text-error" error=error_of(errors, Field::Notes) />
                </div>
                <div class="actions">
                    <button type="submit" class="primary">{move || i18n.t(Msg::SaveNotice)}</button>
                    <span role="status">{move || note.get()}</span>
                </div>
            </form>
        </section>
    }
}
