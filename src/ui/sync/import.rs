//! Receives a colleague's sync file: picked or dropped, previewed, then applied.

use leptos::prelude::*;

use super::actions::{apply, error_message};
use crate::platform::{read_file_bytes, FileBytes};
use crate::protocol::MAX_FILE_BYTES;
use crate::protocol::{Answer, FilePreview, Request};
use crate::protocol::{DocumentError, ImportSummary};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn ImportFile(exchanged: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // Kept in the browser's memory (a retry with the passphrase reads it again).
    let bytes = RwSignal::new_local(None::<FileBytes>);
    let needs_passphrase = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let preview = RwSignal::new(None::<FilePreview>);
    let error = RwSignal::new(None::<Msg>);
    let applied = RwSignal::new(None::<ImportSummary>);
    // What is under way, said with a bar: reading a whole workspace takes seconds.
    let busy = RwSignal::new(None::<Msg>);

    let open = move |with_passphrase: bool| {
        busy.set(Some(Msg::Reading));
        leptos::task::spawn_local(async move {
            crate::platform::after_paint().await;
            let pass = with_passphrase.then(|| passphrase.get_untracked());
            let result = match bytes.get_untracked() {
                Some(file) => {
                    let request = Request::ReadSyncFile {
                        bytes: Vec::new(),
                        passphrase: pass,
                    };
                    Some(app.act_with_file(request, &file).await)
                }
                None => None,
            };
            busy.try_set(None);
            match result {
                Some(Ok(Answer::Preview(incoming))) => {
                    needs_passphrase.try_set(false);
                    preview.try_set(Some(incoming));
                }
                Some(Ok(_)) => {}
                Some(Err(DocumentError::PassphraseNeeded)) => {
                    let _ = needs_passphrase.try_set(true);
                }
                Some(Err(e)) => {
                    let _ = error.try_set(Some(error_message(&e)));
                }
                None => {}
            }
        });
    };
    let start = move |file_bytes: FileBytes| {
        error.set(None);
        applied.set(None);
        preview.set(None);
        needs_passphrase.set(false);
        passphrase.set(String::new());
        bytes.set(Some(file_bytes));
        open(false);
    };
    // A file dropped anywhere on the page arrives here.
    Effect::new(move |_| {
        if let Some(dropped) = app.dropped_file.get() {
            app.dropped_file.set(None);
            start(dropped);
        }
    });
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match read_file_bytes(&file, MAX_FILE_BYTES).await {
                Ok(file_bytes) => start(file_bytes),
                Err(_) => error.set(Some(Msg::ErrFileTooLarge)),
            }
        });
    };
    let confirm = move |_| {
        if let Some(incoming) = preview.get_untracked() {
            preview.set(None);
            bytes.set(None);
            busy.set(Some(Msg::Applying));
            leptos::task::spawn_local(async move {
                match apply(app, &incoming).await {
                    Ok(summary) => {
                        // "Applied" only once it is stored: a reload then keeps it all.
                        busy.try_set(Some(Msg::Saving));
                        app.until_saved().await;
                        busy.try_set(None);
                        let _ = applied.try_set(Some(summary));
                    }
                    Err(e) => {
                        busy.try_set(None);
                        let _ = error.try_set(Some(error_message(&e)));
                    }
                }
                exchanged.try_update(|n| *n += 1);
            });
        }
    };
    view! {
        <section class="card drop-target" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || i18n.t(Msg::ReceiveChanges)}</h2>
            <div class="field">
                <label for="import-file">{move || i18n.t(Msg::ChooseSyncFile)}</label>
                <input id="import-file" type="file" accept=".rapport,application/octet-stream" on:change=chosen />
                <p class="hint">{move || i18n.t(Msg::DropHint)}</p>
            </div>
            <Show when=move || needs_passphrase.get()>
                <form class="field" on:submit=move |ev| { ev.prevent_default(); error.set(None); open(true); }>
                    <label for="import-passphrase">{move || i18n.t(Msg::Passphrase)}</label>
                    <input id="import-passphrase" type="password" autocomplete="off"
                        prop:value=passphrase on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    <button type="submit">{move || i18n.t(Msg::OpenFile)}</button>
                </form>
            </Show>
            <p role="status">{move || busy.get().map(|m| i18n.t(m))}</p>
            <Show when=move || busy.get().is_some()>
                // No value: the bar says "working" without claiming how far.
                <progress class="file-progress" aria-label=move || busy.get().map(|m| i18n.t(m))></progress>
            </Show>
            <p role="alert" class="field-error">{move || error.get().map(|m| i18n.t(m))}</p>
            {move || preview.get().map(|incoming| {
                let header = incoming.header.clone();
                let summary = incoming.summary.clone();
                view! {
                    <div class="preview" role="region" aria-label=move || i18n.t(Msg::WhatFileBrings)>
                        <h3>{move || i18n.t(Msg::WhatFileBrings)}</h3>
                        <p>{move || format!("{} {} · {}", i18n.t(Msg::From), header.from.name, i18n.date_time(header.created_at))}</p>
                        <p>{summary_text(i18n, &summary)}</p>
                        {summary.joins_workspace.then(|| view! { <p class="banner">{move || i18n.t(Msg::JoinsWorkspace)}</p> })}
                        {summary.waiting_for_earlier.then(|| view! { <p class="banner">{move || i18n.t(Msg::WaitsForEarlier)}</p> })}
                        <div class="actions">
                            <button type="button" class="primary" on:click=confirm>{move || i18n.t(Msg::ApplyFile)}</button>
                            <button type="button" on:click=move |_| { preview.set(None); bytes.set(None); }>{move || i18n.t(Msg::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
            {move || applied.get().map(|summary| view! {
                <div class="applied" role="status">
                    <p><strong>{move || i18n.t(Msg::Applied)}</strong>" "{summary_text(i18n, &summary)}</p>
                    {summary.waiting_for_earlier.then(|| view! { <p class="banner">{move || i18n.t(Msg::WaitsForEarlier)}</p> })}
                </div>
            })}
        </section>
    }
}

/// "Customers: 2 new, 1 changed · Interactions: 5 new, 0 changed", or "nothing new".
fn summary_text(i18n: I18n, s: &ImportSummary) -> String {
    if s.is_empty() {
        return i18n.t(Msg::NothingNew).to_owned();
    }
    let (new, changed) = (i18n.t(Msg::CountNew), i18n.t(Msg::CountChanged));
    format!(
        "{}: {} {new}, {} {changed} · {}: {} {new}, {} {changed}",
        i18n.t(Msg::Customers),
        s.new_customers,
        s.changed_customers,
        i18n.t(Msg::Interactions),
        s.new_interactions,
        s.changed_interactions,
    )
}
