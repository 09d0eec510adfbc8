//! Lasting notices about where the work is kept: storage that failed, is missing or does
//! not answer (with a backup to download), edits and imports a crash left, data the
//! browser removed while the app was open, and a reminder when no copy was made
//! elsewhere for a while.

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::route::Route;
use super::state::use_app;
use super::sync::{copy_record, download_backup};
use crate::platform::StorageError;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let problem = move || app.saving.with(|s| s.problem.clone());
    let outcome = RwSignal::new(None::<Result<String, Msg>>);
    let backup = move |_| {
        leptos::task::spawn_local(async move { outcome.set(Some(download_backup(app).await)) })
    };
    // The reminder is about weeks, so it is worked out when the app opens and again after
    // a backup from here (the record lives in localStorage), never on each edit.
    let reminder_hidden = RwSignal::new(false);
    let reminder_days = move || {
        outcome.track();
        // Read first: the first read starts the count for this device.
        let record = copy_record(app)?;
        if reminder_hidden.get() || app.snapshot.with_untracked(|s| s.customer_count() == 0) {
            return None;
        }
        record.reminder_due(app.now())
    };
    view! {
        {move || problem().map(|problem| {
            let (text, can_retry) = match problem {
                StorageError::Full(_) => (Msg::StorageFull, true),
                _ if app.is_in_memory() => (Msg::StorageUnavailable, false),
                _ => (Msg::SaveFailed, true),
            };
            view! {
                <div class="banner error storage-alert" role="alert">
                    <p>{move || i18n.t(text)}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=backup>
                            {move || i18n.t(Msg::DownloadBackup)}
                        </button>
                        {can_retry.then(|| view! {
                            <button type="button" on:click=move |_| app.retry_saving()>
                                {move || i18n.t(Msg::TryAgain)}
                            </button>
                        })}
                    </div>
                    <p class="outcome" role="status">{move || outcome_text(i18n, outcome.get())}</p>
                </div>
            }
        })}
        {move || app.saving.with(|s| s.stalled && s.problem.is_none()).then(|| view! {
            <div class="banner notice storage-alert" role="alert">
                <p>{move || i18n.t(Msg::SavingStalled)}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=backup>
                        {move || i18n.t(Msg::DownloadBackup)}
                    </button>
                </div>
                <p class="outcome" role="status">{move || outcome_text(i18n, outcome.get())}</p>
            </div>
        })}
        {move || (app.recovered.get() > 0).then(|| view! {
            <div class="banner notice" role="status">
                <p>{move || match app.recovered.get() {
                    1 => i18n.t(Msg::ChangeRecoveredOne).to_owned(),
                    n => i18n.t(Msg::ChangesRecovered).replace("{count}", &i18n.number(n as usize)),
                }}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| app.recovered.set(0)>
                        {move || i18n.t(Msg::Dismiss)}
                    </button>
                </div>
            </div>
        })}
        {move || app.store_cleared.get().then(|| view! {
            <div class="banner notice" role="status">
                <p>{move || i18n.t(Msg::StoreCleared)}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=backup>
                        {move || i18n.t(Msg::DownloadBackup)}
                    </button>
                    <button type="button" on:click=move |_| app.store_cleared.set(false)>
                        {move || i18n.t(Msg::Dismiss)}
                    </button>
                </div>
                <p class="outcome" role="status">{move || outcome_text(i18n, outcome.get())}</p>
            </div>
        })}
        {move || app.cut_imports.get().into_iter().map(|import| view! {
            <div class="banner notice" role="status">
                <p>{move || i18n.t(Msg::ImportCutShort)
                    .replace("{file}", &import.file)
                    .replace("{count}", &i18n.number(import.customers))}</p>
                <div class="actions">
                    <a class="button primary" href=Route::Data.href()>{move || i18n.t(Msg::DataNav)}</a>
                    <button type="button" on:click=move |_| app.cut_imports.set(Vec::new())>
                        {move || i18n.t(Msg::Dismiss)}
                    </button>
                </div>
            </div>
        }).collect_view()}
        {move || reminder_days().filter(|_| problem().is_none()).map(|days| view! {
            <div class="banner notice" role="status">
                <p>{move || i18n.t(Msg::BackupReminder).replace("{days}", &days.to_string())}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=backup>
                        {move || i18n.t(Msg::DownloadBackup)}
                    </button>
                    <a class="button" href=Route::Sync.href()>{move || i18n.t(Msg::SyncFiles)}</a>
                    <button type="button" on:click=move |_| reminder_hidden.set(true)>
                        {move || i18n.t(Msg::Later)}
                    </button>
                </div>
            </div>
        })}
    }
}

/// The line under a backup button.
pub fn outcome_text(i18n: super::i18n::I18n, outcome: Option<Result<String, Msg>>) -> String {
    match outcome {
        Some(Ok(file)) => format!("{} {file}", i18n.t(Msg::BackupSaved)),
        Some(Err(msg)) => i18n.t(msg).to_owned(),
        None => String::new(),
    }
}
