//! Resting: an engine with nothing unsaved, left alone for a while, says it is quiet, so
//! the page may end it and the browser gets all its memory back (wasm memory never
//! shrinks; ending the worker frees it). The next engine goes on from the kept read
//! model and this one's undo stack.

use std::time::Duration;

use wasm_bindgen_futures::spawn_local;

use super::{Host, State};
use crate::document::heads_to_strings;
use crate::platform::sleep;
use crate::protocol::{FromEngine, Resume, UndoStack};

/// How long the page must have sent nothing before the engine says it is quiet.
const QUIET_AFTER_MS: f64 = 5.0 * 60_000.0;
/// How often that is looked at.
const LOOK_EVERY: Duration = Duration::from_secs(15);

impl Host {
    pub(super) fn heard_from_page(&self) {
        let mut state = self.state.borrow_mut();
        state.last_heard = js_sys::Date::now();
        state.quiet_said = false;
    }

    /// This tab's undo stack as the engine holds it (`None` before the workspace is open).
    pub fn undo_stack(&self) -> Option<UndoStack> {
        Some(self.state.borrow().engine.as_ref()?.undo_stack())
    }

    /// The document heads (hex) the engine's read model is at.
    pub fn heads(&self) -> Option<Vec<String>> {
        let state = self.state.borrow();
        Some(heads_to_strings(
            &state.engine.as_ref()?.workspace().heads(),
        ))
    }

    /// Says [`FromEngine::Quiet`] once per quiet spell, for as long as the engine lives, and
    /// merges what other tabs stored meanwhile.
    pub(super) fn rest_when_quiet(&self) {
        let host = self.clone();
        spawn_local(async move {
            loop {
                sleep(LOOK_EVERY).await;
                // Another tab's announcement may never come (a message lost, a tab that
                // ended between its write and its post): what the others stored is looked
                // for now and then as well.
                host.merge_from_other_tabs();
                let resume = {
                    let mut state = host.state.borrow_mut();
                    let due = !state.quiet_said
                        && js_sys::Date::now() - state.last_heard >= QUIET_AFTER_MS;
                    let resume = due.then(|| quiet(&state)).flatten();
                    state.quiet_said |= resume.is_some();
                    resume
                };
                if let Some(resume) = resume {
                    (host.out)(FromEngine::Quiet(resume));
                }
            }
        });
    }
}

/// What the next engine needs, when ending this one loses nothing: every change stored
/// and committed, the read model kept as it is now, no session, preview or import under
/// way.
fn quiet(state: &State) -> Option<Resume> {
    let engine = state.engine.as_ref()?;
    let chunks = state.store.stored_as(engine.workspace())?;
    let now = (heads_to_strings(&engine.workspace().heads()), chunks);
    let quiet = state.saving.pending == 0
        && state.saving.problem.is_none()
        && state.queued.is_empty()
        && !engine.is_busy()
        && state.kept.as_ref() == Some(&now);
    quiet.then(|| Resume {
        heads: now.0,
        undo: engine.undo_stack(),
    })
}
