//! Sends a colleague a sync file with what they lack, optionally under a passphrase.

use leptos::prelude::*;

use super::actions::{error_message, export};
use crate::domain::ColleagueId;
use crate::platform::download_file;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn ExportFile(exchanged: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let others = Memo::new(move |_| {
        let me = app.me();
        app.snapshot.with(|s| {
            s.colleagues
                .iter()
                .filter(|c| Some(&c.id) != me.as_ref())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let recipient = RwSignal::new(
        others
            .get_untracked()
            .first()
            .map(|c| c.id.0.clone())
            .unwrap_or_default(),
    );
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<String, Msg>>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        outcome.set(None);
        // Let "Preparing…" paint before the key derivation holds the thread for a moment.
        leptos::task::spawn_local(async move {
            crate::platform::after_paint().await;
            let to = recipient.get_untracked();
            let colleague = (!to.is_empty()).then_some(ColleagueId(to));
            let pass = passphrase.get_untracked();
            let pass = (!pass.is_empty()).then_some(pass);
            let result = export(app, colleague, pass)
                .await
                .map_err(|e| error_message(&e))
                .and_then(|file| {
                    download_file(&file.file_name, &file.bytes, "application/octet-stream")
                        .map(|_| {
                            format!(
                                "{} ({} KB)",
                                file.file_name,
                                (file.bytes.len() as f64 / 1024.0).ceil()
                            )
                        })
                        .map_err(|_| Msg::ErrDownload)
                });
            outcome.set(Some(result));
            busy.set(false);
            exchanged.update(|n| *n += 1);
        });
    };
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || i18n.t(Msg::SendChanges)}</h2>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="export-for">{move || i18n.t(Msg::ExportFor)}</label>
                    <select id="export-for" on:change=move |ev| recipient.set(event_target_value(&ev))>
                        <For each=move || others.get() key=|c| c.id.clone() let:colleague>
                            <option value=colleague.id.0.clone()
                                selected={let id = colleague.id.0.clone(); move || recipient.get() == id}>
                                {format!("{} ", colleague.name)}{move || i18n.t(Msg::WhatTheyLack)}
                            </option>
                        </For>
                        <option value="" selected=move || recipient.get().is_empty()>{move || i18n.t(Msg::Everything)}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="export-passphrase">{move || i18n.t(Msg::PassphraseOptional)}</label>
                    <input id="export-passphrase" type="password" autocomplete="new-password"
                        aria-describedby="export-passphrase-hint"
                        prop:value=passphrase on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    <p class="hint" id="export-passphrase-hint">{move || i18n.t(Msg::PassphraseHint)}</p>
                </div>
                <button type="submit" class="primary" disabled=busy>{move || i18n.t(Msg::ExportSyncFile)}</button>
                <p role="status" class="outcome">
                    {move || busy.get().then(|| i18n.t(Msg::Preparing))}
                    {move || match outcome.get() {
                        Some(Ok(file)) => format!("{} {file}", i18n.t(Msg::Exported)),
                        Some(Err(msg)) => i18n.t(msg).to_owned(),
                        None => String::new(),
                    }}
                </p>
            </form>
        </section>
    }
}
