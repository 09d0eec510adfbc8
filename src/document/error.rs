//! The one error type of the document layer.

use crate::domain::FieldError;

/// Everything that can go wrong reading or changing the workspace document.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The bytes are an Automerge document, but not one of a Rapport workspace.
    #[error("this is not a Rapport workspace")]
    NotAWorkspace,
    /// Written by a newer Rapport whose schema this version does not understand.
    #[error("made by a newer version of Rapport (schema {0})")]
    NewerSchema(i64),
    /// Not decodable: damaged, truncated or not Automerge at all.
    #[error("the data is damaged: {0}")]
    Damaged(#[from] automerge::AutomergeError),
    /// The user's input was refused; each error names its field.
    #[error("some fields are not valid")]
    Invalid(Vec<FieldError>),
    #[error("no such customer")]
    UnknownCustomer,
    #[error("no such interaction")]
    UnknownInteraction,
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
