//! The one error type of the document layer.

use crate::domain::FieldError;

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

impl From<automerge::AutomergeError> for DocumentError {
    fn from(error: automerge::AutomergeError) -> Self {
        match error {
            automerge::AutomergeError::MissingDeps => Self::MissingDeps,
            other => Self::Damaged(other.to_string()),
        }
    }
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
