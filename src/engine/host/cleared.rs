//! Storage cleared under an open workspace: the user cleared the site's data, or the
//! browser reclaimed the space of a site without persistent storage. The browser closes
//! the database under the engine; the engine still holds the whole workspace in memory,
//! so it opens a new database and stores everything again at once, and the page says
//! what happened.

use std::time::Duration;

use wasm_bindgen_futures::spawn_local;

use super::Host;
use crate::platform::{sleep, ChunkStore, StorageError};
use crate::protocol::FromEngine;

/// Waits before opening the database again: the browser is still deleting it when it
/// closes the connection, and refuses to open it until it is done.
const FIRST_RETRY: Duration = Duration::from_millis(250);
const RETRIES: u32 = 6;

impl Host {
    /// Watches the open database for the browser closing it.
    pub(super) fn watch_store(&self) {
        let Some(chunks) = self.state.borrow().store.writer() else {
            return;
        };
        let host = self.clone();
        chunks.on_forced_close(move || spawn_local(async move { host.store_again().await }));
    }

    /// Opens the database again and writes the whole workspace into it.
    async fn store_again(&self) {
        let database = self.state.borrow().database.clone();
        let mut delay = FIRST_RETRY;
        let mut attempt = 0;
        let chunks = loop {
            sleep(delay).await;
            let opened = match &database {
                Some(name) => ChunkStore::open_named(name).await,
                None => ChunkStore::open().await,
            };
            match opened {
                Ok(chunks) => break chunks,
                Err(failure) if attempt + 1 >= RETRIES => {
                    // Nowhere to write: the page's storage alert offers a backup file.
                    let problem = StorageError::Unavailable(failure.to_string());
                    self.saving_changed(|s| s.problem = Some(problem));
                    return;
                }
                Err(_) => {
                    attempt += 1;
                    delay *= 2;
                }
            }
        };
        let (chunk, me) = {
            let mut state = self.state.borrow_mut();
            state.store.reattach(chunks.clone());
            state.kept = None;
            let state = &mut *state;
            let Some(engine) = state.engine.as_ref() else {
                return;
            };
            let workspace = engine.workspace();
            let me = workspace
                .me()
                .and_then(|id| workspace.colleague(id))
                .map(|colleague| (colleague.id, colleague.name));
            (state.store.next_chunk(workspace), me)
        };
        if let Some(me) = me {
            self.keep_identity(chunks, me);
        }
        if let Some(chunk) = chunk {
            self.store_chunk(chunk);
        }
        (self.out)(FromEngine::StoreCleared);
        self.watch_store();
        self.keep_first_screen_soon();
    }
}
