//! The one error type of the document layer.

pub use crate::protocol::DocumentError;

impl From<automerge::AutomergeError> for DocumentError {
    fn from(error: automerge::AutomergeError) -> Self {
        match error {
            automerge::AutomergeError::MissingDeps => Self::MissingDeps,
            other => Self::Damaged(other.to_string()),
        }
    }
}
