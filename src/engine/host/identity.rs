//! Who this browser's user is, kept in IndexedDB beside the workspace. The page keeps it
//! in localStorage as well, but Chrome writes localStorage to disk seconds (up to
//! minutes, under its rate limit) after a change: a browser killed meanwhile came back
//! to the welcome page with the user's workspace stored and unnamed.

use wasm_bindgen_futures::spawn_local;

use super::Host;
use crate::domain::ColleagueId;
use crate::platform::ChunkStore;

impl Host {
    /// The identity to open with: the page's, or else the one kept here (the page's copy
    /// was lost). One the page knows and this store does not (yet) is kept.
    pub(super) async fn settle_identity(
        &self,
        chunks: &ChunkStore,
        given: Option<(ColleagueId, String)>,
    ) -> Option<(ColleagueId, String)> {
        let kept = chunks
            .load_identity()
            .await
            .map(|(id, name)| (ColleagueId(id), name));
        match given {
            None => kept,
            Some(given) => {
                if kept.as_ref() != Some(&given) {
                    self.keep_identity(chunks.clone(), given.clone());
                }
                Some(given)
            }
        }
    }

    /// Writes `identity` with strict durability; the page says "Saved" only after it.
    pub(super) fn keep_identity(&self, chunks: ChunkStore, (id, name): (ColleagueId, String)) {
        self.saving_changed(|s| s.pending += 1);
        let host = self.clone();
        spawn_local(async move {
            // Failing costs a question at a start that also lost localStorage: nothing
            // of the workspace, so the status does not say a problem.
            let _ = chunks.save_identity(&id.0, &name).await;
            host.saving_changed(|s| s.pending = s.pending.saturating_sub(1));
        });
    }
}
