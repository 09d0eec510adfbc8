//! One colleague's browser in a simulated world.

use std::collections::HashSet;

use rapport::document::{ChangeHash, Engine, Workspace};
use rapport::domain::{ColleagueId, CustomerId};
use rapport::model::Snapshot;
use rapport::protocol::{decode, encode, Answer, Reply, Request};

use super::clock;

/// One colleague's browser: the engine, the page's read model kept from patches, and what
/// IndexedDB holds.
pub(crate) struct Device {
    pub(crate) me: ColleagueId,
    pub(crate) name: String,
    pub(crate) engine: Engine,
    pub(crate) page: Snapshot,
    /// Stored chunks, in order: a whole save or the changes after the one before.
    pub(crate) disk: Vec<Vec<u8>>,
    /// The heads the stored chunks reach.
    pub(crate) stored: Vec<ChangeHash>,
    /// Per colleague, the heads of the last file received from them (the page's ledger).
    pub(crate) received: Vec<Vec<ChangeHash>>,
    /// Changes of files that waited for earlier ones (the page keeps them).
    pub(crate) waiting: Vec<Vec<u8>>,
    /// Per colleague, the direct-sync state last kept for them.
    pub(crate) sync_states: Vec<Option<Vec<u8>>>,
    /// The heads last checked to survive a save and load.
    pub(crate) checked: Vec<ChangeHash>,
}

impl Device {
    /// Sends `request` as the page does, through bytes both ways; the page's copy follows
    /// the patch. A refused request writes nothing.
    pub(crate) fn send(&mut self, request: Request) -> Reply {
        let request: Request = decode(&encode(&request)).expect("a request round trips");
        let reply: Reply =
            decode(&encode(&self.engine.handle(request))).expect("a reply round trips");
        assert!(
            reply.answer.is_ok() || !reply.wrote,
            "a refused request wrote: {:?}",
            reply.answer
        );
        self.page.apply(reply.patch.clone());
        reply
    }

    pub(crate) fn heads(&self) -> Vec<ChangeHash> {
        let mut heads = self.engine.workspace().heads();
        heads.sort();
        heads
    }

    /// Writes what is not stored yet, as the engine writes a chunk; the user is told
    /// "Saved" once it is, so its changes are acknowledged.
    pub(crate) fn store(&mut self, acknowledged: &mut HashSet<ChangeHash>) {
        let workspace = self.engine.workspace();
        if workspace.heads() == self.stored {
            return;
        }
        self.disk.push(workspace.save_after(&self.stored));
        self.stored = workspace.heads();
        acknowledged.extend(self.stored.iter().copied());
    }

    /// Replaces the stored chunks by one whole save, in one transaction.
    pub(crate) fn compact(&mut self, acknowledged: &mut HashSet<ChangeHash>) {
        let workspace = self.engine.workspace();
        self.disk = vec![workspace.save()];
        self.stored = workspace.heads();
        acknowledged.extend(self.stored.iter().copied());
    }

    /// The browser ended and started again: what was not stored is gone; the engine opens
    /// what the disk holds, as this colleague, and the page draws from it.
    pub(crate) fn restart(&mut self) {
        let bytes: Vec<u8> = self.disk.concat();
        let mut workspace = Workspace::load(&bytes).expect("what was stored always opens");
        workspace.set_clock(clock);
        workspace
            .identify(&self.me, &self.name)
            .expect("a known colleague");
        let (engine, patch) = Engine::open(workspace);
        self.engine = engine;
        self.page = Snapshot::default();
        self.page.apply(patch);
        self.stored = self.engine.workspace().heads();
    }

    pub(crate) fn customers(&self) -> Vec<CustomerId> {
        let mut ids: Vec<CustomerId> = self.page.all_customers().map(|c| c.id.clone()).collect();
        ids.sort();
        ids
    }
}

/// Everything a read model holds, in a fixed order, to compare copies.
pub(crate) fn fingerprint(snapshot: &Snapshot) -> Vec<String> {
    let mut all: Vec<String> = snapshot
        .all_customers()
        .map(|c| format!("{c:?} {}", snapshot.timeline(&c.id).len()))
        .chain(snapshot.all_interactions().map(|i| format!("{i:?}")))
        .chain(snapshot.deals().map(|d| format!("{d:?}")))
        .chain(snapshot.commitments().map(|c| format!("{c:?}")))
        .chain(snapshot.quotes().into_iter().map(|q| format!("{q:?}")))
        .chain(snapshot.products().into_iter().map(|p| format!("{p:?}")))
        .chain(std::iter::once(format!("{:?}", snapshot.firm)))
        .chain(snapshot.templates.iter().map(|t| format!("{t:?}")))
        .chain(snapshot.views.iter().map(|v| format!("{v:?}")))
        .chain(snapshot.fields.iter().map(|f| format!("{f:?}")))
        .collect();
    all.sort();
    all
}

pub(crate) fn with_clock(mut workspace: Workspace) -> Workspace {
    workspace.set_clock(clock);
    workspace
}

/// A device whose colleague joins a new workspace.
pub(crate) fn device(workspace: Workspace, name: &str) -> Device {
    let mut engine = Engine::new(with_clock(workspace));
    engine.handle(Request::Join(name.into()));
    device_with(engine, name)
}

/// A device whose engine took a workspace over; its colleague joins it.
pub(crate) fn device_from(mut engine: Engine, name: &str) -> Device {
    let joined = engine.handle(Request::Join(name.into()));
    assert!(joined.answer.is_ok(), "{:?}", joined.answer);
    device_with(engine, name)
}

pub(crate) fn device_with(engine: Engine, name: &str) -> Device {
    let me = engine.workspace().me().cloned().expect("a colleague");
    let mut page = Snapshot::default();
    page.apply(engine.read_model());
    Device {
        me,
        name: name.into(),
        engine,
        page,
        disk: Vec::new(),
        stored: Vec::new(),
        received: Vec::new(),
        waiting: Vec::new(),
        sync_states: Vec::new(),
        checked: Vec::new(),
    }
}

pub(crate) fn answer_file(reply: Reply) -> Vec<u8> {
    match reply.answer {
        Ok(Answer::File(bytes)) => bytes,
        other => panic!("a sync file, not {other:?}"),
    }
}
