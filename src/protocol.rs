//! The messages between the page and the engine: typed Rust enums, encoded as a version
//! number and postcard bytes, so they cross to a Web Worker as one transferable buffer.
//!
//! A page and an engine of different builds may meet (a deploy half-loaded, a cached
//! worker): each message starts with [`VERSION`], and a message of another version is
//! refused whole with [`ProtocolError::Version`] ("reload to update") instead of misread.
//!
//! Knows the domain, the read model and the document's plain result types; nothing of
//! Automerge or the browser.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

mod results;
mod signal;

use crate::domain::{
    ColleagueId, CommitmentDraft, CommitmentId, CommitmentUpdate, ConsentDraft, CustomField,
    CustomerDraft, CustomerId, CustomerUpdate, DataEventKind, DealDraft, DealId, DealUpdate,
    EmailTemplate, FieldId, Firm, InteractionDraft, InteractionId, Notice, NoticeId, ProductDraft,
    ProductId, QuoteDraft, QuoteId, QuoteUpdate, SavedView, TemplateId, ViewId,
};
use crate::model::Patch;
pub use results::{
    BulkChange, ConflictValue, DocumentError, FieldConflict, HistoryAction, HistoryEntry,
    ImportDuplicate, ImportOutcome, ImportSummary, Sender, UndoAction, MAGIC, MAX_FILE_BYTES,
};
pub use signal::{Signal, SignalError, SignalKind, MAX_SIGNAL_TEXT};

/// Why the workspace could not be read or kept.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum StorageError {
    /// What is stored is not a readable workspace. It is left where it is.
    #[error("the saved workspace is damaged: {0}")]
    Damaged(String),
    /// The disk or the browser's quota for this site is full.
    #[error("the browser's storage is full: {0}")]
    Full(String),
    /// The browser offers no storage (private mode, blocked by a setting) or refused.
    #[error("the browser does not let Rapport store data: {0}")]
    Unavailable(String),
}

/// Where the user's work stands with respect to the browser's storage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveStatus {
    /// Writes handed to IndexedDB and not yet committed.
    pub pending: u32,
    /// Set while some work is only in memory (a write failed, or no storage at all).
    pub problem: Option<StorageError>,
    /// The browser keeps nothing: every change lives only in this tab.
    pub in_memory: bool,
    /// A write has waited for the browser's confirmation for seconds: saving is stuck
    /// (the work is in the tab and in the pending log meanwhile).
    pub stalled: bool,
}

/// What the page tells the engine thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToEngine {
    /// Opens the stored workspace; the first message. `identity` is the colleague this
    /// browser writes as, if known; `legacy` an earlier version's copy from localStorage
    /// (base64), which a worker cannot read itself.
    Open {
        identity: Option<(ColleagueId, String)>,
        legacy: Option<String>,
        /// This page's name in the pending log: requests it sends are that tab's.
        tab: String,
        /// The engine ended at rest and this one takes over: the page holds the read model
        /// at `heads` (only what changed since comes), and this was the undo stack.
        resume: Option<Resume>,
    },
    /// Intents from the pending log that may not be stored yet (this page's, after its
    /// engine ended, or a closed tab's): each is applied unless a receipt says it was.
    Replay(Vec<Logged>),
    Request {
        id: u64,
        request: Request,
    },
    /// Writes again whatever is only in memory (after a failed write).
    RetrySaving,
    /// Opens or closes a live-sync connection the engine holds itself, so the server's
    /// messages (a whole workspace after a join) never pass through the page.
    Socket(SocketCommand),
}

/// A live-sync connection, opened by the engine for one of its sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SocketCommand {
    /// Connects `session` to the sync server at `url` (`ws://` or `wss://`), closing any
    /// earlier connection of it. What happens on it comes as [`FromEngine::Socket`] with
    /// `connection`, the page's number for this attempt.
    Open {
        session: u64,
        connection: u64,
        url: String,
    },
    /// Closes the session's connection; nothing more comes from it.
    Close { session: u64 },
}

/// What happened on a connection the engine holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SocketNews {
    /// The connection opened, or a message from the server was taken: what the session
    /// did. Its replies are on their way to the server already (`outgoing` is empty).
    Step(SessionStep),
    /// A text frame came (the protocol has none); it was ignored.
    Text,
    /// The connection failed or closed, or the browser refused the address (`refused`,
    /// saying why). Nothing more comes from it.
    Closed { refused: Option<String> },
}

/// What the engine thread tells the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromEngine {
    /// The engine runs and listens: the page may send work (a worker drops what comes
    /// before its code is loaded). The engine holds the Web Lock `lock` while it lives,
    /// so the page learns when it ends, however it ends (empty: the browser has no locks).
    Ready {
        lock: String,
    },
    /// The read model kept at the last start came (as patches, before this): the page
    /// draws and takes edits while the workspace itself still loads. `me` is the
    /// colleague this tab writes as. `Opened` follows, with a patch of what changed since
    /// the model was kept, if anything.
    Drawn {
        me: Option<ColleagueId>,
    },
    /// Nothing of the engine's is unsaved and nothing happened for a while: the page may
    /// end it (its memory returns) and start another with [`ToEngine::Open`]'s `resume`
    /// when work comes.
    Quiet(Resume),
    /// The workspace is open; its read model follows as patches.
    Opened {
        /// The colleague this tab writes as, when the browser knew them.
        me: Option<ColleagueId>,
        /// The earlier version's localStorage copy is stored here now: remove it.
        legacy_moved: bool,
    },
    /// The stored workspace cannot be read; nothing was changed.
    Unreadable(String),
    /// Records changed outside a request (another tab's, the read model at start).
    Patch(Box<Patch>),
    Reply {
        id: u64,
        reply: Box<Reply>,
    },
    Saving(SaveStatus),
    /// Every logged request of `tab` up to number `upto` is stored (or needed nothing
    /// stored): its pending-log entries may go.
    Stored {
        tab: String,
        upto: u64,
    },
    /// Replaying the pending log applied `changes` edits that were not stored when a page
    /// or an engine ended (a crash, a closed tab): the page says so, so the user knows
    /// what was nearly lost and that it is being saved now.
    Recovered {
        changes: u32,
    },
    /// The browser removed the stored workspace while it was open (the site's data
    /// cleared): everything the engine holds is being stored again, and the page says so.
    StoreCleared,
    /// The engine's worker ended while the page uses it (never sent: the page sees it);
    /// a new one is starting.
    Lost,
    /// The engine is of another build than the page (never sent: the page says it when
    /// it cannot read the engine's messages). The page must reload.
    Outdated {
        ours: u32,
        theirs: u32,
    },
    /// The engine's worker could not start (never sent: the page says it), and why.
    Failed(String),
    /// News of the live-sync connection the page numbered `connection`, in the order it
    /// happened.
    Socket {
        connection: u64,
        news: SocketNews,
    },
}

/// Bumped whenever a message's shape changes.
pub const VERSION: u32 = 11;

/// Why bytes were not a message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// Written by another build: the page must reload to get the matching engine.
    #[error("the engine speaks version {theirs} of the protocol, this page {ours}: reload")]
    Version { ours: u32, theirs: u32 },
    #[error("not a message: {0}")]
    Malformed(String),
}

/// `message` as bytes: the version (4 bytes, little-endian), then postcard.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    let bytes = VERSION.to_le_bytes().to_vec();
    // Every message type is plain data: serialising it cannot fail.
    postcard::to_extend(message, bytes).expect("messages always serialise")
}

/// Reads a message written by [`encode`], refusing another version's.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ProtocolError> {
    let (version, body) = bytes
        .split_first_chunk::<4>()
        .ok_or_else(|| ProtocolError::Malformed("shorter than its version".into()))?;
    let theirs = u32::from_le_bytes(*version);
    if theirs != VERSION {
        return Err(ProtocolError::Version {
            ours: VERSION,
            theirs,
        });
    }
    postcard::from_bytes(body).map_err(|e| ProtocolError::Malformed(e.to_string()))
}

/// What the page asks of the engine. Writes are intents (one commit each, or nothing);
/// reads answer from the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Joins the workspace as a new colleague of this name.
    Join(String),
    /// Writes as this colleague (known to this browser) from now on.
    Identify(ColleagueId, String),
    OpenSample(u64),
    CreateCustomer(CustomerDraft),
    UpdateCustomer(CustomerId, CustomerUpdate),
    SetArchived(CustomerId, bool),
    LogInteraction(CustomerId, InteractionDraft),
    UpdateInteraction(InteractionId, InteractionDraft),
    RemoveInteraction(InteractionId),
    CreateCommitment(CommitmentDraft),
    UpdateCommitment(CommitmentId, CommitmentUpdate),
    CreateDeal(DealDraft),
    UpdateDeal(DealId, DealUpdate),
    CreateProduct(ProductDraft),
    UpdateProduct(ProductId, ProductDraft),
    /// Numbered by the engine in this colleague's sequence.
    CreateQuote(QuoteDraft),
    UpdateQuote(QuoteId, QuoteUpdate),
    SetFirm(Firm),
    /// A new template when its id is empty.
    SaveTemplate(EmailTemplate),
    RemoveTemplate(TemplateId),
    /// A new view when its id is empty.
    SaveView(SavedView),
    RemoveView(ViewId),
    /// A new custom field when its id is empty; removing one is saving it removed.
    SaveField(CustomField),
    /// Records a consent (or its withdrawal) for each purpose of the draft.
    RecordConsent(CustomerId, ConsentDraft),
    /// Adds a version of the information notice.
    AddNotice(Notice),
    /// Records a data event (a person's data exported).
    LogDataEvent(CustomerId, DataEventKind),
    ChangeCustomers(Vec<CustomerId>, BulkChange),
    MergeCustomers {
        keep: CustomerId,
        other: CustomerId,
        updates: Vec<CustomerUpdate>,
    },
    /// Keeps `value` of a field colleagues set concurrently.
    ResolveConflict {
        customer: CustomerId,
        field: String,
        value: String,
    },
    /// Works out an import against the engine's read model; nothing is written yet.
    PlanImport(Vec<CustomerDraft>),
    /// Writes part `n` of the planned import (one commit).
    WriteImport(usize),
    UndoImport(ImportOutcome),
    /// Reads and checks a sync file; the engine keeps it for [`Request::ApplySyncFile`].
    ReadSyncFile {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
        passphrase: Option<String>,
    },
    /// Merges the file last read.
    ApplySyncFile,
    /// Merges raw changes (a file's payload kept while earlier ones were missing).
    MergeBytes(#[serde(with = "serde_bytes")] Vec<u8>),
    /// A sync file with every change after `since` (hex change hashes; empty: everything).
    ExportSyncFile {
        since: Vec<String>,
        passphrase: Option<String>,
    },
    /// Takes back this tab's last undoable action.
    Undo,
    History(CustomerId),
    Conflicts(CustomerId),
    /// The workspace's automerge-repo document id (`automerge:` URL), assigning one if
    /// `assign` and it has none.
    RepoDocumentId {
        assign: bool,
    },
    AdoptWorkspaceId(String),
    /// Whether merged changes wait for earlier ones, and whether there is any work.
    Status,
    /// Starts a sync session with one peer. A session already under that number is
    /// replaced. Its transport is the engine's own WebSocket ([`SocketCommand`]) or, for
    /// direct sync, the page's data channel, which relays the frames.
    SessionStart {
        session: u64,
        kind: SessionKind,
        /// The sync state the session gave last time for this peer.
        #[serde(with = "serde_bytes")]
        saved: Option<Vec<u8>>,
    },
    /// The session's connection opened.
    SessionOpened(u64),
    /// A message (live sync) or frame (direct sync) arrived.
    SessionReceived {
        session: u64,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// The workspace changed here: what the peer should receive now.
    SessionLocalChange(u64),
    /// The connection closed; the session keeps what the peer is known to have.
    SessionClosed(u64),
    /// The session is no longer needed.
    SessionEnd(u64),
    /// An invitation or answer as the text to pass on (deflated: the codec lives in the
    /// engine, so the page's binary does without it).
    WriteSignal(Signal),
    /// Finds an invitation or answer in pasted text.
    ReadSignal(String),
    /// The QR code of a text, as SVG (`None` when too long for one).
    QrCode(String),
}

/// One intent of the pending log: kept by the page from the moment it is made until the
/// engine says it is stored, so neither a reload nor an engine that ends loses it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Logged {
    /// The page that made it (its name in the log).
    pub tab: String,
    /// Its request number in that page.
    pub id: u64,
    pub request: Request,
}

impl Request {
    /// Whether the request stands on its own, so applying it later (after a reload, in a
    /// new engine) means what it meant when it was made. Reads, sessions and steps that
    /// build on what an engine holds in memory (a planned import, a file read, the undo
    /// stack) do not; nor do big payloads the log has no room for. Nor does joining: it
    /// makes a colleague under a fresh id, and the browser's kept identity makes them again
    /// at the next start (`Open`), so a replay would make them twice.
    pub fn is_replayable(&self) -> bool {
        matches!(
            self,
            Request::CreateCustomer(_)
                | Request::UpdateCustomer(..)
                | Request::SetArchived(..)
                | Request::LogInteraction(..)
                | Request::UpdateInteraction(..)
                | Request::RemoveInteraction(_)
                | Request::CreateCommitment(_)
                | Request::UpdateCommitment(..)
                | Request::CreateDeal(_)
                | Request::UpdateDeal(..)
                | Request::CreateProduct(_)
                | Request::UpdateProduct(..)
                | Request::CreateQuote(_)
                | Request::UpdateQuote(..)
                | Request::SetFirm(_)
                | Request::SaveTemplate(_)
                | Request::RemoveTemplate(_)
                | Request::SaveView(_)
                | Request::RemoveView(_)
                | Request::SaveField(_)
                | Request::RecordConsent(..)
                | Request::AddNotice(_)
                | Request::LogDataEvent(..)
                | Request::ChangeCustomers(..)
                | Request::MergeCustomers { .. }
                | Request::ResolveConflict { .. }
        )
    }
}

impl Request {
    /// The file a request carries (a sync file to read, changes to merge): between the
    /// page and the engine it travels beside the message, never inside it.
    pub fn file_mut(&mut self) -> Option<&mut Vec<u8>> {
        match self {
            Request::ReadSyncFile { bytes, .. } | Request::MergeBytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The sync session a session request is for.
    pub fn session(&self) -> Option<u64> {
        match self {
            Request::SessionStart { session, .. } | Request::SessionReceived { session, .. } => {
                Some(*session)
            }
            Request::SessionOpened(session)
            | Request::SessionLocalChange(session)
            | Request::SessionClosed(session)
            | Request::SessionEnd(session) => Some(*session),
            _ => None,
        }
    }
}

/// Which protocol a sync session speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionKind {
    /// The automerge-repo network protocol with a sync server, as peer `peer_id`, for
    /// the workspace's automerge-repo document.
    Repo { peer_id: String },
    /// Automerge's own sync protocol with a colleague's browser, in frames.
    Peer,
}

/// What a session step did, for the page to send and show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionStep {
    /// Bytes to send, in order: one WebSocket message or data-channel frame each (sent by
    /// the engine itself when it holds the session's connection).
    pub outgoing: Vec<Vec<u8>>,
    /// The handshake with a sync server finished.
    pub connected: bool,
    /// The peer has exactly what this copy has.
    pub in_sync: bool,
    /// Past the handshake (live sync) or open (direct sync).
    pub live: bool,
    /// The message was ignored, and why (document and session unchanged).
    pub ignored: Option<String>,
    /// The server gave up on the connection, saying why.
    pub refused: Option<String>,
    /// The workspace settled on another automerge-repo document: start a new session.
    pub moved: bool,
    /// The sync state to keep for this peer.
    #[serde(with = "serde_bytes")]
    pub sync_state: Vec<u8>,
}

/// The engine's answer to one [`Request`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Done,
    Colleague(ColleagueId),
    Customer(CustomerId),
    Interaction(InteractionId),
    Commitment(CommitmentId),
    Deal(DealId),
    Product(ProductId),
    Quote(QuoteId),
    Template(TemplateId),
    View(ViewId),
    Field(FieldId),
    Notice(NoticeId),
    /// How many records a change touched.
    Count(usize),
    Plan {
        outcome: ImportOutcome,
        /// Parts to write, one [`Request::WriteImport`] each.
        parts: usize,
        records: usize,
    },
    /// Written: how many records this part held.
    Written(usize),
    Preview(FilePreview),
    Summary(ImportSummary),
    File(#[serde(with = "serde_bytes")] Vec<u8>),
    Undone(UndoAction),
    NothingToUndo,
    History(Vec<HistoryEntry>),
    Conflicts(Vec<FieldConflict>),
    DocumentUrl(Option<String>),
    Status {
        waiting_for_earlier: bool,
        has_work: bool,
    },
    Session(SessionStep),
    Text(String),
    Signal(Result<Signal, SignalError>),
    Svg(Option<String>),
}

/// Who made a sync file, for which workspace, when, and the heads it reached: the readable
/// part of its header the page keeps in its ledger. (The header itself leaves out fields
/// it does not need, which a compact encoding without field names cannot read back.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileHeader {
    pub workspace_id: String,
    pub from: Sender,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub heads: Vec<String>,
}

/// A sync file read and checked, not applied yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilePreview {
    pub header: FileHeader,
    /// What it will add or change.
    pub summary: ImportSummary,
    /// The changes it carries when some wait for earlier ones (the page keeps them until
    /// those arrive); empty otherwise.
    #[serde(with = "serde_bytes")]
    pub payload: Vec<u8>,
}

/// What an engine at rest hands to the next: the heads the page's read model is at, and
/// the undo stack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    pub heads: Vec<String>,
    pub undo: UndoStack,
}

/// This tab's undo stack as data, to hand to the next engine: per action its number,
/// its change (hex) and what it did; the number last given; the change the last undo made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndoStack {
    pub actions: Vec<(u64, String, UndoAction)>,
    pub pushed: u64,
    pub undone: Option<String>,
}

/// Where this tab's undo stands after a reply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndoState {
    /// Actions that can be taken back, at most the engine's limit.
    pub depth: usize,
    /// The newest, with its number: numbers grow with each action, so a smaller one is an
    /// older action uncovered by an undo.
    pub top: Option<(u64, UndoAction)>,
}

impl Reply {
    /// The file an answer carries (an export): it travels beside the message.
    pub fn file_mut(&mut self) -> Option<&mut Vec<u8>> {
        match &mut self.answer {
            Ok(Answer::File(bytes)) => Some(bytes),
            _ => None,
        }
    }
}

/// What the engine sends after handling a request: the records that changed (applied by
/// the page before it reads the answer), the answer, and the undo state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub patch: Patch,
    pub answer: Result<Answer, DocumentError>,
    pub undo: UndoState,
    /// The request wrote something that must still be stored (the page shows "Saving…").
    pub wrote: bool,
}

#[cfg(test)]
mod tests;
