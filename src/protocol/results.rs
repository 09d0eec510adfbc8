//! What the engine answers in plain data: the document layer's results and its one error
//! type, defined here (beneath the document layer) so the page can read them without
//! linking Automerge. Their behaviour on the document lives in `document/`.

use serde::{Deserialize, Serialize};

use crate::domain::{
    ColleagueId, CustomerId, DissolutionReason, FieldError, InteractionId, MatchReason, Stage,
};

/// Everything that can go wrong reading or changing the workspace document.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum DocumentError {
    /// The bytes are an Automerge document, but not one of a Rapport workspace.
    #[error("this is not a Rapport workspace")]
    NotAWorkspace,
    /// Written by a newer Rapport whose schema this version does not understand.
    #[error("made by a newer version of Rapport (schema {0})")]
    NewerSchema(i64),
    /// Not decodable: damaged, truncated or not Automerge at all.
    #[error("the data is damaged: {0}")]
    Damaged(String),
    /// Changes that build on earlier ones this copy has not seen (Automerge's missing
    /// dependencies): not damage, but nothing to apply yet.
    #[error("the data is damaged: it builds on changes not received yet")]
    MissingDeps,
    /// The user's input was refused; each error names its field.
    #[error("some fields are not valid")]
    Invalid(Vec<FieldError>),
    #[error("no such customer")]
    UnknownCustomer,
    #[error("no such interaction")]
    UnknownInteraction,
    #[error("no such commitment")]
    UnknownCommitment,
    #[error("no such deal")]
    UnknownDeal,
    #[error("no such product")]
    UnknownProduct,
    #[error("no such quote")]
    UnknownQuote,
    /// A custom field this copy does not have (a colleague's, not synced yet).
    #[error("no such field")]
    UnknownField,
    /// A file that does not start like a Rapport sync file.
    #[error("this is not a Rapport sync file")]
    NotASyncFile,
    /// A sync file whose checksum or structure is wrong: damaged or cut short.
    #[error("the file is damaged or incomplete")]
    DamagedFile,
    /// A sync file in a newer format than this version reads.
    #[error("the file was made by a newer version of Rapport (format {0})")]
    NewerFile(u16),
    #[error("the file is larger than {max} bytes")]
    FileTooLarge { max: usize },
    #[error("the file is protected by a passphrase")]
    PassphraseNeeded,
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    /// A sync file of another workspace, refused so two workspaces never mix.
    #[error("the file belongs to another workspace")]
    OtherWorkspace,
    /// A request named a file read or an import planned earlier that the engine no
    /// longer holds (it restarted meanwhile): the user starts that step again.
    #[error("that file or import is no longer at hand: start again")]
    NoLongerAtHand,
    /// Writes are attributed to a colleague, so one must be known first.
    #[error("give your name before making changes")]
    NoIdentity,
}

impl From<FieldError> for DocumentError {
    fn from(error: FieldError) -> Self {
        Self::Invalid(vec![error])
    }
}

impl From<Vec<FieldError>> for DocumentError {
    fn from(errors: Vec<FieldError>) -> Self {
        Self::Invalid(errors)
    }
}

/// What an incoming file brings, or brought.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportSummary {
    pub new_customers: usize,
    pub changed_customers: usize,
    pub new_interactions: usize,
    pub changed_interactions: usize,
    /// Commitments made or changed.
    pub commitments: usize,
    /// Deals recorded or changed.
    pub deals: usize,
    /// Some changes wait for earlier ones this copy has not received yet.
    pub waiting_for_earlier: bool,
    /// This copy had no work of its own and adopts the file's workspace.
    pub joins_workspace: bool,
}

impl ImportSummary {
    pub fn is_empty(&self) -> bool {
        self.new_customers
            + self.changed_customers
            + self.new_interactions
            + self.changed_interactions
            + self.commitments
            + self.deals
            == 0
    }
}

/// What the action was, in the user's words.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UndoAction {
    CreatedCustomer(CustomerId),
    /// One field of a customer (the field's key in the document).
    EditedCustomer(CustomerId, String),
    /// Archived (`true`) or restored from the archive.
    ArchivedCustomer(CustomerId, bool),
    LoggedInteraction(InteractionId),
    /// One change to many customers from the list (the field's key, `archived` for the
    /// archive), with the customers it changed.
    ChangedCustomers(Vec<CustomerId>, String),
}

/// A record of the file that was not added because the customer is already there.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportDuplicate {
    /// Its position among the drafts handed in.
    pub index: usize,
    /// The customer it matched: in the workspace, or added from an earlier record.
    pub customer: CustomerId,
    pub reason: MatchReason,
    /// Matched an earlier record of the same file rather than the workspace.
    pub within_file: bool,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportOutcome {
    /// Names the import in history and is what undoing it takes.
    pub batch: String,
    /// Customers the records became, in the order of the records.
    pub added: Vec<CustomerId>,
    /// Companies made because a record named one the workspace did not have.
    pub companies_added: Vec<CustomerId>,
    pub duplicates: Vec<ImportDuplicate>,
}

impl ImportOutcome {
    /// Every customer the import made, records and companies.
    pub fn created(&self) -> impl Iterator<Item = &CustomerId> {
        self.added.iter().chain(&self.companies_added)
    }
}

/// What to do to every chosen customer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BulkChange {
    Stage(Stage, Option<DissolutionReason>),
    Owner(Option<ColleagueId>),
    /// Adds the tag where it is missing (compared folded: `VIP` is `vip`).
    AddTag(String),
    Archive,
}

/// What a change did to a customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum HistoryAction {
    Created,
    Updated,
    Resolved,
    Archived,
    Restored,
    InteractionLogged,
    InteractionEdited,
    InteractionRemoved,
    /// Came in with a CSV or vCard import.
    Imported,
    /// Its import was undone.
    ImportUndone,
    /// Another record was merged into this one, or this one into another (`new` names
    /// the other record).
    Merged,
}

/// One line of a customer's history.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HistoryEntry {
    /// Milliseconds since the Unix epoch (changes carry seconds).
    pub at: i64,
    pub by: Option<ColleagueId>,
    pub action: HistoryAction,
    /// The field key, for updates.
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// One of the values two colleagues set at the same time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ConflictValue {
    /// The stored value: text, or a stable code for stages, channels, ...
    pub value: String,
    pub by: Option<ColleagueId>,
    /// The value Automerge shows until someone chooses (the same on every copy).
    pub shown: bool,
}

/// A field with more than one current value.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldConflict {
    pub field: String,
    pub values: Vec<ConflictValue>,
}

pub const MAGIC: &[u8; 8] = b"RAPPORT\0";

/// Larger files are refused before any work: a whole 10k-customer workspace is far less.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Who sent a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sender {
    pub id: String,
    pub name: String,
}
