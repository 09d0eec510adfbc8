//! The small note after an action, with its Undo button, and Ctrl+Z (Cmd+Z) outside text
//! fields: both take back this tab's last action, as a change that syncs like any other.

use std::time::Duration;

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use super::route::{current, navigate, Route};
use super::state::{use_app, AppState};
use crate::protocol::UndoAction;

/// How long the note stays after an action (an undo stays possible with Ctrl+Z after).
const SHOWN_FOR: Duration = Duration::from_secs(8);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Note {
    /// An action was made: it can be undone.
    Done(Msg),
    Undone(Msg),
    Failed,
}

fn done_text(action: &UndoAction) -> Msg {
    match action {
        UndoAction::CreatedCustomer(_) => Msg::UndoCreated,
        UndoAction::EditedCustomer(..) => Msg::UndoEdited,
        UndoAction::ArchivedCustomer(_, true) => Msg::UndoArchived,
        UndoAction::ArchivedCustomer(_, false) => Msg::UndoRestored,
        UndoAction::LoggedInteraction(_) => Msg::UndoLogged,
        UndoAction::ChangedCustomers(..) => Msg::UndoChangedMany,
    }
}

#[component]
pub fn UndoToast() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let note = RwSignal::new(None::<Note>);
    // Bumped by each note: only the latest one's timer hides it.
    let shown = StoredValue::new(0u64);
    let show = move |n: Note| {
        note.set(Some(n));
        let mine = shown.get_value() + 1;
        shown.set_value(mine);
        set_timeout(
            move || {
                if shown.get_value() == mine {
                    note.set(None);
                }
            },
            SHOWN_FOR,
        );
    };
    // A new action pushed on the stack (not one uncovered by an undo): say so, with Undo.
    Effect::new(move |previous: Option<Option<u64>>| {
        let top = app
            .undo
            .with(|undo| undo.top.as_ref().map(|(n, action)| (*n, done_text(action))));
        if let (Some(before), Some((n, msg))) = (previous, top) {
            // A higher number is a new action; a lower one an older action uncovered.
            if before.is_none_or(|before| n > before) {
                show(Note::Done(msg));
            }
        }
        top.map(|(n, _)| n)
    });
    let undo = move || {
        leptos::task::spawn_local(async move {
            if let Some(result) = undo_last(app).await {
                show(match result {
                    Ok(action) => Note::Undone(done_text(&action)),
                    Err(()) => Note::Failed,
                });
            }
        });
    };
    let key = window_event_listener(leptos::ev::keydown, move |ev| {
        let z = ev.key().eq_ignore_ascii_case("z");
        if z && (ev.ctrl_key() || ev.meta_key())
            && !ev.shift_key()
            && !ev.alt_key()
            && !super::keyboard::typing(&ev)
        {
            ev.prevent_default();
            undo();
        }
    });
    on_cleanup(move || key.remove());
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || note.get().map(|n| match n {
                Note::Done(msg) => view! {
                    <div class="toast">
                        <span>{i18n.t(msg)}</span>
                        <button type="button" aria-keyshortcuts="Control+Z" on:click=move |_| undo()>
                            {move || i18n.t(Msg::Undo)}
                        </button>
                    </div>
                }.into_any(),
                Note::Undone(msg) => view! {
                    <div class="toast"><span>{move || i18n.t(Msg::Undone).replace("{what}", i18n.t(msg))}</span></div>
                }.into_any(),
                Note::Failed => view! {
                    <div class="toast"><span>{move || i18n.t(Msg::UndoFailed)}</span></div>
                }.into_any(),
            })}
        </div>
    }
}

/// Undoes the last action; leaves a customer's page that the undo removed.
async fn undo_last(app: AppState) -> Option<Result<UndoAction, ()>> {
    let result = app.undo_last().await?;
    if let Ok(UndoAction::CreatedCustomer(id)) = &result {
        if current() == Route::Customer(id.clone()) {
            navigate(&Route::Customers);
        }
    }
    Some(result.map_err(|_| ()))
}
