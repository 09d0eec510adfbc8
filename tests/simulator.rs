//! The seeded simulator: worlds of 3 to 5 colleagues, each a device with the engine the
//! page talks to, making random intents from the real intent set (customers, companies,
//! interactions, stages, commitments, deals, bulk changes, merges of duplicates, archive
//! and restore, undo, imports). Sync files go late, twice, out of order, truncated, from
//! another workspace, or never; direct-sync frames are dropped, duplicated and reordered,
//! connections cut and resumed; devices restart from what their storage holds, losing what
//! was not stored yet (a crash between the edit and the write).
//!
//! After every step the acting device's workspace survives a save and load unchanged, and
//! a refused input leaves it byte for byte as it was. At the end, after a final exchange,
//! every copy has the same heads and the same read model, each page's copy (kept from
//! patches alone) equals its document's, and every change that was stored anywhere
//! (acknowledged: the user was told "Saved") is in every copy.
//!
//! `SEEDS` worlds (200 by default, 2,000 in `make test`, 100,000 in `make soak`), from
//! `FIRST_SEED`; ids and actors follow the seed, so a world replays exactly. A failing
//! world prints its seed: `SEED=n cargo test --test simulator` runs it alone, and `TRACE=1`
//! prints its steps.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use rapport::document::sample::Dice;
use rapport::document::{heads_from_strings, ChangeHash, Engine, Workspace};
use rapport::domain::{
    Code, ColleagueId, CommitmentDraft, CommitmentStatus, CommitmentUpdate, CustomerDraft,
    CustomerId, CustomerUpdate, DealDraft, DealStage, DealUpdate, InteractionDraft, LostReason,
    Stage,
};
use rapport::model::Snapshot;
use rapport::protocol::{decode, encode, Answer, BulkChange, Reply, Request, SessionKind};

const NOW: i64 = 1_763_800_000_000;
const STEPS: usize = 60;
const NAMES: [&str; 8] = [
    "Çağrı Öztürk",
    "İpek Şahin",
    "Gülşen Yıldız",
    "Oğuz Kılıç",
    "Hakan Polat",
    "Zeynep Aydın",
    "Işık Doğan",
    "<b>Ayşe</b> & Co",
];
const CITIES: [&str; 5] = ["İzmir", "Iğdır", "Muğla", "Çanakkale", "İstanbul"];

fn clock() -> i64 {
    NOW
}

/// One colleague's browser: the engine, the page's read model kept from patches, and what
/// IndexedDB holds.
struct Device {
    me: ColleagueId,
    name: String,
    engine: Engine,
    page: Snapshot,
    /// Stored chunks, in order: a whole save or the changes after the one before.
    disk: Vec<Vec<u8>>,
    /// The heads the stored chunks reach.
    stored: Vec<ChangeHash>,
    /// Per colleague, the heads of the last file received from them (the page's ledger).
    received: Vec<Vec<ChangeHash>>,
    /// Changes of files that waited for earlier ones (the page keeps them).
    waiting: Vec<Vec<u8>>,
    /// Per colleague, the direct-sync state last kept for them.
    sync_states: Vec<Option<Vec<u8>>>,
    /// The heads last checked to survive a save and load.
    checked: Vec<ChangeHash>,
}

impl Device {
    /// Sends `request` as the page does, through bytes both ways; the page's copy follows
    /// the patch. A refused request writes nothing.
    fn send(&mut self, request: Request) -> Reply {
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

    fn heads(&self) -> Vec<ChangeHash> {
        let mut heads = self.engine.workspace().heads();
        heads.sort();
        heads
    }

    /// Writes what is not stored yet, as the engine writes a chunk; the user is told
    /// "Saved" once it is, so its changes are acknowledged.
    fn store(&mut self, acknowledged: &mut HashSet<ChangeHash>) {
        let workspace = self.engine.workspace();
        if workspace.heads() == self.stored {
            return;
        }
        self.disk.push(workspace.save_after(&self.stored));
        self.stored = workspace.heads();
        acknowledged.extend(self.stored.iter().copied());
    }

    /// Replaces the stored chunks by one whole save, in one transaction.
    fn compact(&mut self, acknowledged: &mut HashSet<ChangeHash>) {
        let workspace = self.engine.workspace();
        self.disk = vec![workspace.save()];
        self.stored = workspace.heads();
        acknowledged.extend(self.stored.iter().copied());
    }

    /// The browser ended and started again: what was not stored is gone; the engine opens
    /// what the disk holds, as this colleague, and the page draws from it.
    fn restart(&mut self) {
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

    fn customers(&self) -> Vec<CustomerId> {
        let mut ids: Vec<CustomerId> = self.page.all_customers().map(|c| c.id.clone()).collect();
        ids.sort();
        ids
    }
}

/// Everything a read model holds, in a fixed order, to compare copies.
fn fingerprint(snapshot: &Snapshot) -> Vec<String> {
    let mut all: Vec<String> = snapshot
        .all_customers()
        .map(|c| format!("{c:?} {}", snapshot.timeline(&c.id).len()))
        .chain(snapshot.all_interactions().map(|i| format!("{i:?}")))
        .chain(snapshot.deals().map(|d| format!("{d:?}")))
        .chain(snapshot.commitments().map(|c| format!("{c:?}")))
        .collect();
    all.sort();
    all
}

/// A file on its way to a colleague.
struct Letter {
    to: usize,
    bytes: Vec<u8>,
}

/// A direct-sync frame on its way.
struct Frame {
    from: usize,
    to: usize,
    bytes: Vec<u8>,
}

struct World {
    dice: Dice,
    devices: Vec<Device>,
    mail: Vec<Letter>,
    /// Per pair (lower index first), whether their direct-sync session is open.
    open: Vec<Vec<bool>>,
    frames: Vec<Frame>,
    acknowledged: HashSet<ChangeHash>,
    /// A file from another workspace, which every copy must refuse.
    foreign: Vec<u8>,
    counts: Counts,
}

#[derive(Default, Debug)]
struct Counts {
    intents: usize,
    refused: usize,
    files: usize,
    bad_files: usize,
    frames: usize,
    restarts: usize,
}

impl World {
    fn new(seed: u64) -> Self {
        // Ids and actors follow the seed too: the same seed, the same world, every run.
        rapport::document::seed_ids(Some(seed ^ 0x5EED_0F1D_5EED_0F1D));
        let mut dice = Dice::new(seed);
        let colleagues = 3 + dice.below(3);
        let mut first = device(Workspace::new(), "Colleague 0");
        let invitation = answer_file(first.send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        let mut devices = Vec::new();
        first.received = vec![Vec::new(); colleagues];
        first.sync_states = vec![None; colleagues];
        devices.push(first);
        for n in 1..colleagues {
            // A newcomer takes the workspace over from the first colleague's file.
            let mut joining = Engine::new(with_clock(Workspace::new()));
            joining.handle(Request::ReadSyncFile {
                bytes: invitation.clone(),
                passphrase: None,
            });
            let joined = joining.handle(Request::ApplySyncFile);
            assert!(joined.answer.is_ok(), "{:?}", joined.answer);
            let mut device = device_from(joining, &format!("Colleague {n}"));
            device.received = vec![Vec::new(); colleagues];
            device.sync_states = vec![None; colleagues];
            devices.push(device);
        }
        let mut elsewhere = device(Workspace::new(), "Stranger");
        elsewhere.send(Request::CreateCustomer(CustomerDraft {
            name: "Yabancı".into(),
            ..Default::default()
        }));
        let foreign = answer_file(elsewhere.send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        let mut world = World {
            dice,
            devices,
            mail: Vec::new(),
            open: vec![vec![false; colleagues]; colleagues],
            frames: Vec::new(),
            acknowledged: HashSet::new(),
            foreign,
            counts: Counts::default(),
        };
        for d in 0..colleagues {
            world.devices[d].store(&mut world.acknowledged);
        }
        world
    }

    fn run(&mut self) {
        let trace = std::env::var("TRACE").is_ok();
        for _ in 0..STEPS {
            let who = self.dice.below(self.devices.len());
            let kind = self.dice.below(20);
            if trace {
                eprintln!("device {who}: step {kind}");
            }
            match kind {
                0..=7 => self.intent(who),
                8 => self.devices[who].store(&mut self.acknowledged),
                9 => self.devices[who].compact(&mut self.acknowledged),
                10 | 11 => self.send_file(who),
                12 | 13 => self.deliver_file(),
                14 => self.bad_file(who),
                15 => self.connect(who),
                16 | 17 => {
                    for _ in 0..1 + self.dice.below(4) {
                        self.deliver_frame();
                    }
                }
                18 => self.cut(who),
                _ => self.restart(who),
            }
            self.round_trips();
        }
        self.settle();
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.dice.below(items.len())].clone())
    }

    /// One random intent of the app's, on one device; stored at once most of the time (a
    /// crash may come first).
    fn intent(&mut self, who: usize) {
        let customers = self.devices[who].customers();
        let customer = self.pick(&customers);
        let name = format!("{} {}", self.dice.pick(&NAMES), self.dice.below(1000));
        let city = self.dice.pick(&CITIES).to_string();
        let page = &self.devices[who].page;
        let mut interactions: Vec<_> = page.all_interactions().map(|i| i.id.clone()).collect();
        let mut deals: Vec<_> = page.deals().map(|d| d.id.clone()).collect();
        let mut commitments: Vec<_> = page.commitments().map(|c| c.id.clone()).collect();
        interactions.sort();
        deals.sort();
        commitments.sort();
        let request = match (self.dice.below(16), customer) {
            (0 | 1, _) | (_, None) => Request::CreateCustomer(CustomerDraft {
                name,
                city,
                company: match self.dice.below(3) {
                    0 => "Deniz Lojistik A.Ş.".into(),
                    _ => String::new(),
                },
                ..Default::default()
            }),
            (2, Some(id)) => Request::UpdateCustomer(id, CustomerUpdate::City(city)),
            (3, Some(id)) => Request::UpdateCustomer(id, CustomerUpdate::Name(name)),
            (4, Some(id)) => {
                let stage = *self.dice.pick(&Stage::ALL_ACTIVE);
                Request::UpdateCustomer(id, CustomerUpdate::Stage(stage, None))
            }
            (5, Some(id)) => Request::SetArchived(id, self.dice.below(2) == 0),
            (6 | 7, Some(id)) => {
                let mut draft =
                    InteractionDraft::new(NOW - self.dice.below(10_000) as i64 * 60_000);
                draft.summary = name;
                Request::LogInteraction(id, draft)
            }
            (8, Some(id)) => match self.pick(&interactions) {
                Some(interaction) if self.dice.below(2) == 0 => {
                    Request::RemoveInteraction(interaction)
                }
                Some(interaction) => {
                    let mut draft = InteractionDraft::new(NOW);
                    draft.summary = format!("Düzeltildi: {name}");
                    Request::UpdateInteraction(interaction, draft)
                }
                None => Request::LogInteraction(id, InteractionDraft::new(NOW)),
            },
            (9, Some(id)) => Request::CreateCommitment(CommitmentDraft {
                customer: Some(id),
                ..CommitmentDraft::task("Teklifi gönder", NOW + 86_400_000)
            }),
            (10, Some(id)) => match self.pick(&commitments) {
                Some(commitment) => {
                    let status = *self.dice.pick(&[
                        CommitmentStatus::Kept,
                        CommitmentStatus::Broken,
                        CommitmentStatus::Open,
                    ]);
                    Request::UpdateCommitment(commitment, CommitmentUpdate::Status(status))
                }
                None => Request::CreateDeal(DealDraft::quote(id, "Yıllık bakım", "12500")),
            },
            (11, Some(id)) => match self.pick(&deals) {
                Some(deal) => {
                    let stage = *self.dice.pick(DealStage::ALL);
                    let reason = (stage == DealStage::Lost).then(|| LostReason::ALL[0]);
                    Request::UpdateDeal(deal, DealUpdate::Stage(stage, reason))
                }
                None => Request::CreateDeal(DealDraft::quote(id, "Kurulum", "4000")),
            },
            (12, Some(_)) => {
                let ids: Vec<CustomerId> = customers
                    .iter()
                    .filter(|_| self.dice.below(3) == 0)
                    .cloned()
                    .collect();
                Request::ChangeCustomers(ids, BulkChange::AddTag("VIP".into()))
            }
            (13, Some(keep)) => match self.pick(&customers) {
                Some(other) if other != keep => Request::MergeCustomers {
                    keep,
                    other,
                    updates: Vec::new(),
                },
                _ => Request::Undo,
            },
            (14, Some(_)) => Request::Undo,
            (_, Some(_)) => return self.import(who, name, city),
        };
        self.counts.intents += 1;
        let reply = self.devices[who].send(request);
        if reply.answer.is_err() {
            self.counts.refused += 1;
        }
        if reply.wrote && self.dice.below(10) < 8 {
            self.devices[who].store(&mut self.acknowledged);
        }
    }

    /// An import of two rows (one may be a duplicate), planned then written part by part.
    fn import(&mut self, who: usize, name: String, city: String) {
        self.counts.intents += 1;
        let drafts = vec![
            CustomerDraft {
                name: name.clone(),
                city,
                ..Default::default()
            },
            CustomerDraft {
                name: format!("{name} İkinci"),
                ..Default::default()
            },
        ];
        let device = &mut self.devices[who];
        let Ok(Answer::Plan { parts, .. }) = device.send(Request::PlanImport(drafts)).answer else {
            self.counts.refused += 1;
            return;
        };
        for part in 0..parts {
            assert!(device.send(Request::WriteImport(part)).answer.is_ok());
        }
        if self.dice.below(10) < 8 {
            device.store(&mut self.acknowledged);
        }
    }

    /// A file for a colleague with what they lack, as the app makes it: late, twice or
    /// never delivered, as it happens.
    fn send_file(&mut self, from: usize) {
        let to = self.dice.below(self.devices.len());
        if to == from {
            return;
        }
        let since = self.devices[from].received[to]
            .iter()
            .map(ToString::to_string)
            .collect();
        let bytes = answer_file(self.devices[from].send(Request::ExportSyncFile {
            since,
            passphrase: None,
        }));
        match self.dice.below(10) {
            0 => {} // never arrives
            1 => {
                self.mail.push(Letter {
                    to,
                    bytes: bytes.clone(),
                });
                self.mail.push(Letter { to, bytes });
            }
            _ => self.mail.push(Letter { to, bytes }),
        }
    }

    /// One file of those under way, whichever (out of order).
    fn deliver_file(&mut self) {
        if self.mail.is_empty() {
            return;
        }
        let letter = self.mail.swap_remove(self.dice.below(self.mail.len()));
        self.receive_file(letter.to, letter.bytes);
    }

    fn receive_file(&mut self, to: usize, bytes: Vec<u8>) {
        self.counts.files += 1;
        let device = &mut self.devices[to];
        let reply = device.send(Request::ReadSyncFile {
            bytes,
            passphrase: None,
        });
        let Ok(Answer::Preview(preview)) = reply.answer else {
            panic!("a colleague's file is read at {to}: {:?}", reply.answer);
        };
        let applied = device.send(Request::ApplySyncFile);
        assert!(applied.answer.is_ok(), "{:?}", applied.answer);
        if preview.summary.waiting_for_earlier {
            device.waiting.push(preview.payload);
        } else if let Some(from) = self
            .devices
            .iter()
            .position(|d| d.me.0 == preview.header.from.id)
        {
            self.devices[to].received[from] = heads_from_strings(&preview.header.heads);
        }
        self.merge_waiting(to);
        if self.dice.below(10) < 8 {
            self.devices[to].store(&mut self.acknowledged);
        }
    }

    /// Merges the changes kept while earlier ones were missing; they go once nothing waits.
    fn merge_waiting(&mut self, to: usize) {
        let device = &mut self.devices[to];
        for bytes in device.waiting.clone() {
            assert!(device.send(Request::MergeBytes(bytes)).answer.is_ok());
        }
        if let Ok(Answer::Status {
            waiting_for_earlier: false,
            ..
        }) = device.send(Request::Status).answer
        {
            device.waiting.clear();
        }
    }

    /// A damaged file (cut short, or a byte flipped) or another workspace's: refused in
    /// words, the workspace byte for byte as it was.
    fn bad_file(&mut self, who: usize) {
        self.counts.bad_files += 1;
        let others: Vec<usize> = (0..self.devices.len()).filter(|d| *d != who).collect();
        let from = others[self.dice.below(others.len())];
        let mut bytes = answer_file(self.devices[from].send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        // A copy with no work of its own takes a whole other workspace over (that is how
        // a newcomer joins): another workspace's file is refused only where there is work.
        let has_work = !self.devices[who].engine.workspace().has_no_work();
        match self.dice.below(3) {
            2 if has_work => bytes = self.foreign.clone(),
            0 | 2 => bytes.truncate(self.dice.below(bytes.len())),
            _ => {
                let at = self.dice.below(bytes.len());
                bytes[at] ^= 1 << self.dice.below(8);
            }
        }
        let device = &mut self.devices[who];
        let before = device.engine.workspace().save();
        let reply = device.send(Request::ReadSyncFile {
            bytes,
            passphrase: None,
        });
        // A flipped bit inside the compressed payload may still decode to the same
        // changes (a checksum catches the rest): then reading it is fine, and applying
        // it changes nothing new.
        if reply.answer.is_ok() {
            let applied = device.send(Request::ApplySyncFile);
            if std::env::var("TRACE").is_ok() {
                eprintln!("a damaged file was read and applied: {:?}", applied.answer);
            }
            return;
        }
        if std::env::var("TRACE").is_ok() {
            eprintln!("refused: {:?}", reply.answer);
        }
        assert!(!reply.wrote);
        assert_eq!(
            device.engine.workspace().save(),
            before,
            "a refused file changed the workspace"
        );
    }

    fn session(a: usize, b: usize) -> u64 {
        let (low, high) = (a.min(b), a.max(b));
        (low * 10 + high) as u64
    }

    /// Opens direct sync between `a` and another colleague (both pages start a session,
    /// from the sync state each kept).
    fn connect(&mut self, a: usize) {
        let b = self.dice.below(self.devices.len());
        let (low, high) = (a.min(b), a.max(b));
        if a == b || self.open[low][high] {
            return self.local_change(a);
        }
        self.open[low][high] = true;
        let session = Self::session(a, b);
        for (me, peer) in [(a, b), (b, a)] {
            let saved = self.devices[me].sync_states[peer].clone();
            let device = &mut self.devices[me];
            device.send(Request::SessionStart {
                session,
                kind: SessionKind::Peer,
                saved,
            });
            let reply = device.send(Request::SessionOpened(session));
            self.sent(me, peer, reply);
        }
    }

    /// A device's workspace changed: what its open sessions should send now.
    fn local_change(&mut self, a: usize) {
        for b in 0..self.devices.len() {
            let (low, high) = (a.min(b), a.max(b));
            if a != b && self.open[low][high] {
                let reply = self.devices[a].send(Request::SessionLocalChange(Self::session(a, b)));
                self.sent(a, b, reply);
            }
        }
    }

    fn sent(&mut self, from: usize, to: usize, reply: Reply) {
        if let Ok(Answer::Session(step)) = reply.answer {
            self.devices[from].sync_states[to] = Some(step.sync_state);
            for bytes in step.outgoing {
                self.frames.push(Frame { from, to, bytes });
            }
        }
        if reply.wrote && self.dice.below(10) < 8 {
            self.devices[from].store(&mut self.acknowledged);
        }
    }

    /// One frame under way, whichever: delivered, dropped or delivered twice.
    fn deliver_frame(&mut self) {
        if self.frames.is_empty() {
            return;
        }
        let index = self.dice.below(self.frames.len());
        let frame = match self.dice.below(10) {
            0 => return drop(self.frames.swap_remove(index)),
            1 => {
                let f = &self.frames[index];
                Frame {
                    from: f.from,
                    to: f.to,
                    bytes: f.bytes.clone(),
                }
            }
            _ => self.frames.swap_remove(index),
        };
        self.counts.frames += 1;
        let (from, to) = (frame.from, frame.to);
        let reply = self.devices[to].send(Request::SessionReceived {
            session: Self::session(from, to),
            bytes: frame.bytes,
        });
        self.sent(to, from, reply);
    }

    /// The connection between `a` and a colleague drops; frames under way are lost.
    fn cut(&mut self, a: usize) {
        let b = self.dice.below(self.devices.len());
        let (low, high) = (a.min(b), a.max(b));
        if a == b || !self.open[low][high] {
            return;
        }
        self.close(a, b);
    }

    fn close(&mut self, a: usize, b: usize) {
        let (low, high) = (a.min(b), a.max(b));
        self.open[low][high] = false;
        let session = Self::session(a, b);
        self.frames
            .retain(|f| !((f.from == a && f.to == b) || (f.from == b && f.to == a)));
        for me in [a, b] {
            self.devices[me].send(Request::SessionEnd(session));
        }
    }

    /// The browser crashes and starts again: its sessions end with it.
    fn restart(&mut self, who: usize) {
        self.counts.restarts += 1;
        for other in 0..self.devices.len() {
            let (low, high) = (who.min(other), who.max(other));
            if other != who && self.open[low][high] {
                self.close(who, other);
            }
        }
        self.devices[who].restart();
    }

    /// Every copy that changed survives a save and load as it is (a step may change another
    /// device's copy: a file or a frame delivered to it).
    fn round_trips(&mut self) {
        for (n, device) in self.devices.iter_mut().enumerate() {
            let now = device.heads();
            if now == device.checked {
                continue;
            }
            device.checked = now;
            let workspace = device.engine.workspace();
            let again = Workspace::load(&workspace.save())
                .unwrap_or_else(|e| panic!("colleague {n}'s saved workspace does not open: {e}"));
            let mut heads = again.heads();
            heads.sort();
            assert_eq!(
                heads,
                device.heads(),
                "a save and load changed colleague {n}'s heads"
            );
        }
    }

    /// Everyone stores, every connection ends, and everyone sends everyone a file of
    /// everything: then every copy must be the same, with nothing acknowledged lost.
    fn settle(&mut self) {
        let count = self.devices.len();
        for a in 0..count {
            for b in a + 1..count {
                if self.open[a][b] {
                    self.close(a, b);
                }
            }
        }
        // One round is enough: the last to send has everything the others sent first.
        {
            for from in 0..count {
                for to in 0..count {
                    if from != to {
                        let file = answer_file(self.devices[from].send(Request::ExportSyncFile {
                            since: Vec::new(),
                            passphrase: None,
                        }));
                        if std::env::var("TRACE").is_ok() {
                            eprintln!("settle: {from} -> {to}");
                        }
                        self.receive_file(to, file);
                    }
                }
            }
        }
        let reference = self.devices[0].heads();
        let model = fingerprint(&self.devices[0].engine.workspace().snapshot());
        for (n, device) in self.devices.iter_mut().enumerate() {
            assert_eq!(device.heads(), reference, "colleague {n} has other heads");
            let own = fingerprint(&device.engine.workspace().snapshot());
            assert_eq!(own, model, "colleague {n} reads another workspace");
            assert_eq!(
                fingerprint(&device.page),
                own,
                "colleague {n}'s page drifted"
            );
            assert!(matches!(
                device.send(Request::Status).answer,
                Ok(Answer::Status {
                    waiting_for_earlier: false,
                    ..
                })
            ));
            for change in &self.acknowledged {
                assert!(
                    device.engine.workspace().knows_change(change),
                    "colleague {n} lost a stored change"
                );
            }
        }
    }
}

fn with_clock(mut workspace: Workspace) -> Workspace {
    workspace.set_clock(clock);
    workspace
}

/// A device whose colleague joins a new workspace.
fn device(workspace: Workspace, name: &str) -> Device {
    let mut engine = Engine::new(with_clock(workspace));
    engine.handle(Request::Join(name.into()));
    device_with(engine, name)
}

/// A device whose engine took a workspace over; its colleague joins it.
fn device_from(mut engine: Engine, name: &str) -> Device {
    let joined = engine.handle(Request::Join(name.into()));
    assert!(joined.answer.is_ok(), "{:?}", joined.answer);
    device_with(engine, name)
}

fn device_with(engine: Engine, name: &str) -> Device {
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

fn answer_file(reply: Reply) -> Vec<u8> {
    match reply.answer {
        Ok(Answer::File(bytes)) => bytes,
        other => panic!("a sync file, not {other:?}"),
    }
}

/// Prints the seed of a world that failed, so it can run alone.
struct Announce(u64);

impl Drop for Announce {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "the world of seed {} failed: SEED={} cargo test --test simulator",
                self.0, self.0
            );
        }
    }
}

fn env(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn seeded_worlds_converge_with_nothing_acknowledged_lost() {
    let seeds = match env("SEED") {
        Some(seed) => seed..seed + 1,
        None => {
            let first = env("FIRST_SEED").unwrap_or(1);
            first..first + env("SEEDS").unwrap_or(200)
        }
    };
    let mut total = Counts::default();
    let worlds = seeds.end - seeds.start;
    let started = std::time::Instant::now();
    for seed in seeds {
        let announce = Announce(seed);
        let mut world = World::new(seed);
        world.run();
        let c = &world.counts;
        total.intents += c.intents;
        total.refused += c.refused;
        total.files += c.files;
        total.bad_files += c.bad_files;
        total.frames += c.frames;
        total.restarts += c.restarts;
        if worlds == 1 {
            println!("world {seed} ends at {:?}", world.devices[0].heads());
        }
        drop(announce);
    }
    rapport::document::seed_ids(None);
    println!(
        "simulator: {worlds} worlds in {:.1} s; {} intents ({} refused), {} files delivered, {} damaged or foreign files refused, {} frames, {} restarts; acknowledged changes lost: 0",
        started.elapsed().as_secs_f64(),
        total.intents,
        total.refused,
        total.files,
        total.bad_files,
        total.frames,
        total.restarts
    );
}
