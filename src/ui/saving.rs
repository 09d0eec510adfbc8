//! How [`AppState`] keeps the workspace stored: each action's chunk written to IndexedDB,
//! other tabs told and their chunks merged, compaction when the chunks outgrow the
//! snapshot, and every failure shown (see [`SaveStatus`](super::state::SaveStatus)).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::AppState;
use crate::document::ListProjection;
use crate::platform::{write_with, Chunk, TabChannel};

/// How long changes must settle before the list's first screen is stored again.
const FIRST_SCREEN_DELAY: std::time::Duration = std::time::Duration::from_millis(1500);

impl AppState {
    /// Starts listening to the other tabs' writes.
    pub fn connect_tabs(self) {
        let channel = TabChannel::open(move || self.merge_from_other_tabs());
        self.tabs.set_value(channel);
    }

    /// Writes `chunk`; the status says "saved" only once IndexedDB committed it.
    pub(super) fn store_chunk(self, chunk: Chunk) {
        let writer = self.store.with_value(|store| store.writer());
        self.saving.update(|status| status.pending += 1);
        spawn_local(async move {
            let result = write_with(writer, &chunk).await;
            if result.is_err() {
                self.store.update_value(|store| store.write_failed(&chunk));
            }
            let gap = self.store.with_value(|store| store.has_unwritten_work());
            self.saving.update(|status| {
                status.pending = status.pending.saturating_sub(1);
                match &result {
                    Err(error) => status.problem = Some(error.clone()),
                    // A later write succeeding does not cover an earlier failed one until
                    // a whole save was written.
                    Ok(()) if !gap => status.problem = None,
                    Ok(()) => {}
                }
            });
            if result.is_ok() {
                self.tabs.with_value(|tabs| {
                    if let Some(tabs) = tabs {
                        tabs.announce();
                    }
                });
                self.compact_if_due();
                self.keep_first_screen_soon();
            }
        });
    }

    /// Stores the list's first screen for the next start, once changes have settled for a
    /// moment (a burst of edits writes it once).
    pub fn keep_first_screen_soon(self) {
        let generation = self.first_screen_due.get_value() + 1;
        self.first_screen_due.set_value(generation);
        set_timeout(
            move || {
                if self.first_screen_due.get_value() != generation {
                    return;
                }
                let Some(writer) = self.store.with_value(|store| store.writer()) else {
                    return;
                };
                let bytes = self
                    .snapshot
                    .with_untracked(|snapshot| ListProjection::of(snapshot).to_bytes());
                spawn_local(async move {
                    // A cache: a failure costs only a slower next start.
                    let _ = writer.save_projection(&bytes).await;
                });
            },
            FIRST_SCREEN_DELAY,
        );
    }

    /// Settles once every write handed to IndexedDB so far has committed (or failed, which
    /// the status then says).
    pub async fn until_saved(self) {
        while self.saving.with_untracked(|s| s.pending > 0) {
            crate::platform::after_paint().await;
        }
    }

    /// True when the browser keeps nothing and the work lives only in this tab.
    pub fn is_in_memory(self) -> bool {
        self.store.with_value(|store| store.is_in_memory())
    }

    /// Writes again whatever is only in memory (after a failed write).
    pub fn retry_saving(self) {
        let chunk = self
            .engine
            .with_value(|engine| {
                self.store
                    .try_update_value(|store| store.next_chunk(engine.workspace()))
            })
            .flatten();
        if let Some(chunk) = chunk {
            self.store_chunk(chunk);
        }
    }

    /// Merges what other tabs stored since this one last looked.
    pub fn merge_from_other_tabs(self) {
        let Some(reader) = self.store.with_value(|store| store.writer()) else {
            return;
        };
        spawn_local(async move {
            let Ok(stored) = reader.keys().await else {
                return;
            };
            let unknown = self.store.with_value(|store| store.unknown(&stored));
            if unknown.is_empty() {
                return;
            }
            let Ok(chunks) = reader.get(&unknown).await else {
                return;
            };
            let patch = self.engine.try_update_value(|engine| {
                engine
                    .absorb(|workspace| {
                        self.store
                            .try_update_value(|store| store.merge_chunks(workspace, &chunks))
                    })
                    .1
            });
            if let Some(patch) = patch {
                self.show(patch);
            }
        });
    }

    /// Replaces the chunks this tab holds by one snapshot once they outgrew it.
    fn compact_if_due(self) {
        if !self.store.with_value(|store| store.wants_compaction()) {
            return;
        }
        let Some((snapshot, replaced)) = self.engine.with_value(|engine| {
            self.store
                .try_update_value(|store| store.compaction(engine.workspace()))
        }) else {
            return;
        };
        let Some(writer) = self.store.with_value(|store| store.writer()) else {
            return;
        };
        spawn_local(async move {
            if writer.replace(&snapshot, &replaced).await.is_err() {
                self.store
                    .update_value(|store| store.compaction_failed(&snapshot, replaced));
            }
        });
    }
}
