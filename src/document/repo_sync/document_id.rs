//! automerge-repo document ids (16 random bytes in base58check, `automerge:` URLs) and the
//! one the workspace syncs as, kept in `meta.repo_document_id`.

use std::fmt;
use std::str::FromStr;

use automerge::transaction::Transactable;
use automerge::ReadDoc;

use crate::document::read::collection;
use crate::document::schema::META;
use crate::document::{DocumentError, Workspace};

/// The prefix of an automerge-repo URL.
pub const URL_PREFIX: &str = "automerge:";

/// The key in `meta` that holds the workspace's document id.
pub(crate) const REPO_DOCUMENT_ID: &str = "repo_document_id";

/// The id of one automerge-repo document: the workspace on a sync server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId([u8; 16]);

/// Text that is not a document id or URL.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an automerge document id: {0}")]
pub struct InvalidDocumentId(pub String);

impl DocumentId {
    /// A new random id, a version 4 UUID like the JavaScript library's, so its legacy
    /// UUID helpers read it too.
    pub fn random() -> Self {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the platform offers no random numbers");
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        Self(bytes)
    }

    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    /// `automerge:<id>`, what a user pastes to point another app at the document.
    pub fn url(&self) -> String {
        format!("{URL_PREFIX}{self}")
    }

    /// Reads an `automerge:` URL. A heads section (`#...`, a pinned version) is ignored:
    /// the document is the same.
    pub fn from_url(url: &str) -> Result<Self, InvalidDocumentId> {
        let invalid = || InvalidDocumentId(url.into());
        let rest = url.strip_prefix(URL_PREFIX).ok_or_else(invalid)?;
        let id = rest.split_once('#').map_or(rest, |(id, _)| id);
        id.parse().map_err(|_| invalid())
    }
}

/// The base58check text, as `documentId` fields carry it.
impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bs58::encode(self.0).with_check().into_string())
    }
}

impl FromStr for DocumentId {
    type Err = InvalidDocumentId;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidDocumentId(text.into());
        // 16 bytes and a 4-byte checksum never take more than 28 characters.
        if text.len() > 28 {
            return Err(invalid());
        }
        let bytes = bs58::decode(text)
            .with_check(None)
            .into_vec()
            .map_err(|_| invalid())?;
        Ok(Self(bytes.try_into().map_err(|_| invalid())?))
    }
}

impl Workspace {
    /// The document id this workspace syncs as on an automerge-repo server, once one was
    /// assigned. When two devices assigned one at the same time, every copy reads the
    /// smallest of them: all agree once they merged, whatever the merge order.
    pub fn repo_document_id(&self) -> Option<DocumentId> {
        let meta = collection(&self.doc, META)?;
        let values = self.doc.get_all(&meta, REPO_DOCUMENT_ID).ok()?;
        values
            .iter()
            .filter_map(|(value, _)| value.as_str()?.parse().ok())
            .min()
    }

    /// The workspace's document id, assigning a new one (one commit) if it has none.
    pub fn assign_repo_document_id(&mut self) -> Result<DocumentId, DocumentError> {
        if let Some(id) = self.repo_document_id() {
            return Ok(id);
        }
        let id = DocumentId::random();
        self.commit(&format!("workspace.repo-id {id}"), |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            tx.put(&meta, REPO_DOCUMENT_ID, id.to_string())?;
            Ok(())
        })?;
        Ok(id)
    }

    /// Whether this copy may sync as document `id`: its own, or any when it holds no work
    /// yet (it then joins the workspace the server has), so two workspaces never mix.
    pub fn may_sync_as(&self, id: &DocumentId) -> bool {
        self.repo_document_id() == Some(*id) || self.has_no_work()
    }
}
