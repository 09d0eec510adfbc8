//! What the sync page does, apart from drawing: exports, imports and the device's ledger
//! of exchanges.

use base64::{engine::general_purpose::STANDARD, Engine};
use leptos::prelude::*;

use crate::domain::{fold, ColleagueId};
use crate::platform::{FileBytes, SyncLedger, WaitingFile};
use crate::protocol::{Answer, FilePreview, Request};
use crate::protocol::{DocumentError, ImportSummary};
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

/// A sync file ready to be saved by the browser.
pub struct Exported {
    pub file_name: String,
    pub bytes: FileBytes,
}

fn ledger(app: AppState) -> Option<(String, SyncLedger)> {
    let id = app.snapshot.with_untracked(|s| s.workspace_id.clone())?;
    let ledger = SyncLedger::load(&id);
    Some((id, ledger))
}

/// A file for `colleague` with what they lack (everything when `None` or unknown).
pub async fn export(
    app: AppState,
    colleague: Option<ColleagueId>,
    passphrase: Option<String>,
) -> Result<Exported, DocumentError> {
    let (workspace_id, mut ledger) = ledger(app).ok_or(DocumentError::NoIdentity)?;
    let since = colleague
        .as_ref()
        .and_then(|c| ledger.colleagues.get(&c.0))
        .map(|exchange| exchange.received_heads.clone())
        .unwrap_or_default();
    let bytes = app
        .act_for_file(Request::ExportSyncFile { since, passphrase })
        .await?;
    let now = app.now();
    match colleague {
        Some(colleague) => {
            ledger
                .colleagues
                .entry(colleague.0)
                .or_default()
                .last_sent_at = Some(now)
        }
        // A file with everything is a whole backup, whoever it is for.
        None => ledger.last_backup_at = Some(now),
    }
    let _ = ledger.save(&workspace_id);
    let me = app
        .me()
        .and_then(|id| {
            app.snapshot
                .with_untracked(|s| s.colleague_name(&id).map(str::to_owned))
        })
        .unwrap_or_default();
    let file_name = format!(
        "rapport-{}-{}.rapport",
        slug(&me),
        &crate::ui::time::to_input(now)[..10]
    );
    Ok(Exported { file_name, bytes })
}

/// Downloads a backup (a sync file with everything); returns the file's name and size.
pub async fn download_backup(app: AppState) -> Result<String, Msg> {
    let file = export(app, None, None)
        .await
        .map_err(|e| error_message(&e))?;
    crate::platform::download_file(&file.file_name, &file.bytes, "application/octet-stream")
        .map_err(|_| Msg::ErrDownload)?;
    Ok(format!(
        "{} ({} KB)",
        file.file_name,
        (file.bytes.len() as f64 / 1024.0).ceil()
    ))
}

/// When copies of the workspace were last made from this device; starts counting on the
/// first call for a workspace.
pub fn copy_record(app: AppState) -> Option<crate::domain::CopyRecord> {
    let (workspace_id, mut ledger) = ledger(app)?;
    let now = app.now();
    if ledger.holding_since.is_none() {
        ledger.holding_since = Some(now);
        let _ = ledger.save(&workspace_id);
    }
    Some(ledger.copy_record(now))
}

/// `Ayşe Yılmaz` -> `ayse-yilmaz`: safe in any file system and mail client.
fn slug(name: &str) -> String {
    let folded: String = fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = folded
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "colleague".to_owned()
    } else {
        slug
    }
}

/// Merges a previewed file, remembers what it carried, and retries files that waited.
pub async fn apply(app: AppState, incoming: &FilePreview) -> Result<ImportSummary, DocumentError> {
    let Answer::Summary(mut summary) = app.act(Request::ApplySyncFile).await? else {
        return Err(DocumentError::NoLongerAtHand);
    };
    let header = &incoming.header;
    let mut ledger = SyncLedger::load(&header.workspace_id);
    let exchange = ledger.colleagues.entry(header.from.id.clone()).or_default();
    exchange.received_heads = header.heads.clone();
    exchange.last_received_at = Some(app.now());
    if summary.waiting_for_earlier {
        ledger.waiting.push(WaitingFile {
            from_name: header.from.name.clone(),
            payload: STANDARD.encode(&incoming.payload),
        });
    }
    retry_waiting(app, &mut ledger).await;
    summary.waiting_for_earlier = !ledger.waiting.is_empty();
    let _ = ledger.save(&header.workspace_id);
    Ok(summary)
}

/// At start: changes that waited for earlier ones are merged again (Automerge keeps
/// waiting changes only in memory).
pub async fn merge_waiting_files(app: AppState) {
    if let Some((workspace_id, mut ledger)) = ledger(app) {
        if !ledger.waiting.is_empty() {
            retry_waiting(app, &mut ledger).await;
            let _ = ledger.save(&workspace_id);
        }
    }
}

async fn retry_waiting(app: AppState, ledger: &mut SyncLedger) {
    for file in &ledger.waiting {
        if let Ok(bytes) = STANDARD.decode(&file.payload) {
            let _ = app.act(Request::MergeBytes(bytes)).await;
        }
    }
    let waiting = matches!(
        app.act(Request::Status).await,
        Ok(Answer::Status {
            waiting_for_earlier: true,
            ..
        })
    );
    if !waiting {
        ledger.waiting.clear();
    }
}

/// Words for what went wrong with a sync file.
pub fn error_message(error: &DocumentError) -> Msg {
    match error {
        DocumentError::NotASyncFile | DocumentError::NotAWorkspace => Msg::ErrNotSyncFile,
        DocumentError::DamagedFile => Msg::ErrDamagedFile,
        DocumentError::Damaged(_) => Msg::ErrUnreadableFile,
        DocumentError::MissingDeps => Msg::ErrNeedsWholeWorkspace,
        DocumentError::NewerFile(_) | DocumentError::NewerSchema(_) => Msg::ErrNewerFile,
        DocumentError::FileTooLarge { .. } => Msg::ErrFileTooLarge,
        DocumentError::PassphraseNeeded => Msg::ErrPassphraseNeeded,
        DocumentError::WrongPassphrase => Msg::ErrWrongPassphrase,
        DocumentError::OtherWorkspace => Msg::ErrOtherWorkspace,
        _ => Msg::ErrDamagedFile,
    }
}
