//! Where this device keeps the workspace: whether the browser keeps it persistently, how
//! much space it uses, when the last backup and sync file were made, and a backup button.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::actions::copy_record;
use crate::platform::{request_persistence, storage_status, StorageStatus};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::storage_banner::outcome_text;

#[component]
pub fn DeviceStorage(exchanged: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let status = RwSignal::new(None::<StorageStatus>);
    let refresh = move || spawn_local(async move { status.set(Some(storage_status().await)) });
    refresh();
    // Usage grows with each save: re-estimate once writes settle.
    Effect::new(move |_| {
        if app.saving.with(|s| s.pending == 0) {
            refresh();
        }
    });
    let ask = move |_| {
        spawn_local(async move {
            request_persistence().await;
            status.set(Some(storage_status().await));
        })
    };
    let outcome = RwSignal::new(None::<Result<String, Msg>>);
    let backup = move |_| {
        leptos::task::spawn_local(async move {
            outcome.set(Some(super::actions::download_backup(app).await));
            exchanged.update(|n| *n += 1);
        });
    };
    let record = move || {
        exchanged.track();
        copy_record(app)
    };
    let when = move |at: Option<i64>| match at {
        Some(at) => i18n.date_time(at),
        None => i18n.t(Msg::Never).to_owned(),
    };
    let persisted = move || status.get().and_then(|s| s.persisted);
    let usage = move || {
        let status = status.get()?;
        let used = megabytes(status.usage?);
        Some(match status.quota {
            Some(quota) => format!("{used} / {}", size(quota)),
            None => used,
        })
    };
    view! {
        <section class="card device-storage" aria-labelledby="device-heading">
            <h2 id="device-heading">{move || i18n.t(Msg::DeviceStorage)}</h2>
            <p class="persistence">{move || i18n.t(match persisted() {
                Some(true) => Msg::StorageKept,
                Some(false) => Msg::StorageEvictable,
                None => Msg::StorageUnknown,
            })}</p>
            <Show when=move || persisted() == Some(false)>
                <button type="button" on:click=ask>{move || i18n.t(Msg::AskPersistence)}</button>
            </Show>
            <dl class="facts">
                <dt>{move || i18n.t(Msg::StorageUsed)}</dt>
                <dd>{move || usage().unwrap_or_else(|| "—".into())}</dd>
                <dt>{move || i18n.t(Msg::LastBackup)}</dt>
                <dd>{move || when(record().and_then(|r| r.last_backup_at))}</dd>
                <dt>{move || i18n.t(Msg::LastSyncFileSent)}</dt>
                <dd>{move || when(record().and_then(|r| r.last_sent_at))}</dd>
            </dl>
            <p class="hint">{move || i18n.t(Msg::BackupHint)}</p>
            <button type="button" class="primary" on:click=backup>{move || i18n.t(Msg::DownloadBackup)}</button>
            <p class="outcome" role="status">{move || outcome_text(i18n, outcome.get())}</p>
        </section>
    }
}

/// Bytes as megabytes with one decimal: storage figures need no more precision.
fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1_000_000.0)
}

/// A quota: in gigabytes once it is that large (browsers offer gigabytes).
fn size(bytes: f64) -> String {
    if bytes >= 1_000_000_000.0 {
        format!("{:.1} GB", bytes / 1_000_000_000.0)
    } else {
        megabytes(bytes)
    }
}
