//! The read model kept for the next start: stored once changes settle, read (and drawn)
//! first at a start.

use wasm_bindgen_futures::spawn_local;

use super::{Host, FIRST_SCREEN_DELAY, START_PATCH_RECORDS};
use crate::document::{heads_from_strings, heads_to_strings, ChangeHash, ListProjection};
use crate::domain::ColleagueId;
use crate::model::{kept_bytes, KeptModel, Snapshot};
use crate::platform::{sleep, ChunkStore};
use crate::protocol::FromEngine;

impl Host {
    /// Sends the read model kept at the last start, if this build kept one, and says the
    /// page can draw; hands it back with its heads for the engine to go on from.
    pub(super) async fn draw_kept(
        &self,
        chunks: &ChunkStore,
        me: &ColleagueId,
    ) -> Option<(Vec<ChangeHash>, Snapshot)> {
        let kept = KeptModel::from_bytes(&chunks.load_read_model().await?)?;
        // Kept from exactly what is stored now, or it shows something else (changes
        // stored since, by this tab or another) and is not drawn.
        let mut stored = chunks.keys().await.ok()?;
        stored.sort();
        if stored != kept.chunks {
            return None;
        }
        let parts = kept.model.split(START_PATCH_RECORDS);
        for part in &parts {
            (self.out)(FromEngine::Patch(Box::new(part.clone())));
        }
        (self.out)(FromEngine::Drawn {
            me: Some(me.clone()),
        });
        // The engine's own copy is built while the page draws.
        let mut snapshot = Snapshot::default();
        for part in parts {
            snapshot.apply(part);
        }
        let heads = heads_from_strings(&kept.heads);
        self.state.borrow_mut().kept = Some((kept.heads, kept.chunks));
        Some((heads, snapshot))
    }

    /// Stores the list's first screen and the whole read model for the next start, once
    /// changes have settled for a moment (a burst of edits writes them once).
    pub(super) fn keep_first_screen_soon(&self) {
        let generation = {
            let mut state = self.state.borrow_mut();
            state.first_screen_due += 1;
            state.first_screen_due
        };
        let host = self.clone();
        spawn_local(async move {
            sleep(FIRST_SCREEN_DELAY).await;
            let (writer, first_screen, model) = {
                let state = host.state.borrow();
                if state.first_screen_due != generation {
                    return;
                }
                let Some(engine) = &state.engine else {
                    return;
                };
                let snapshot = engine.snapshot();
                let first_screen = ListProjection::of(snapshot).to_bytes();
                // Only a model of what is stored, whole and committed, is worth keeping;
                // and once per state of the store.
                let stored_as = state
                    .store
                    .stored_as(engine.workspace())
                    .filter(|_| state.saving.pending == 0)
                    .map(|chunks| (heads_to_strings(&engine.workspace().heads()), chunks))
                    .filter(|now| state.kept.as_ref() != Some(now));
                let model = stored_as.map(|(heads, chunks)| {
                    let bytes = kept_bytes(snapshot, &heads, &chunks);
                    ((heads, chunks), bytes)
                });
                (state.store.writer(), first_screen, model)
            };
            let Some(writer) = writer else {
                return;
            };
            // Caches: a failure costs only a slower next start.
            let _ = writer.save_projection(&first_screen).await;
            if let Some((kept, bytes)) = model {
                if writer.save_read_model(&bytes).await.is_ok() {
                    host.state.borrow_mut().kept = Some(kept);
                }
            }
        });
    }
}

/// The kept read model, whatever it was kept from, with its heads: the engine goes on from
/// it (correcting what changed since) when the page holds it already.
pub(super) async fn read_kept(chunks: &ChunkStore) -> Option<(Vec<ChangeHash>, Snapshot)> {
    let kept = KeptModel::from_bytes(&chunks.load_read_model().await?)?;
    let mut snapshot = Snapshot::default();
    snapshot.apply(kept.model);
    Some((heads_from_strings(&kept.heads), snapshot))
}
