//! [`KeptModel`]: the whole read model as the engine keeps it in storage, tagged with the
//! document heads it was read at, so the next start draws every page at once and only
//! corrects what changed since (or rebuilds, when the tag does not fit the document).
//!
//! A cache, never a source of truth: a copy from another build is never read.

use serde::{Deserialize, Serialize};

use super::snapshot::WholeModel;
use super::{Patch, Snapshot};

/// Bumped whenever what a patch holds, or how the document is read into one, changes:
/// a kept model of another format is rebuilt, never trusted.
/// 2: channels gained WhatsApp (the codes after it moved), commitments a reminder,
/// customers their invoice details.
/// 3: products, quotes and the firm's details. 4: e-mail templates and saved views.
/// 5: customers' districts. 6: custom fields, consents and the information notice.
const FORMAT: u32 = 6;

/// The read model at `heads`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptModel {
    /// [`Self::this_build`] of the build that kept it.
    pub build: String,
    /// The document heads (hex) the model was read at.
    pub heads: Vec<String>,
    /// The keys of the stored chunks that document was, sorted: when the store holds
    /// exactly these at the next start, the model is the stored workspace's.
    pub chunks: Vec<String>,
    pub model: Patch,
}

/// [`KeptModel`] of `snapshot` at `heads`, stored as `chunks`, as bytes.
pub fn kept_bytes(snapshot: &Snapshot, heads: &[String], chunks: &[String]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Kept<'a> {
        build: String,
        heads: &'a [String],
        chunks: &'a [String],
        model: WholeModel<'a>,
    }
    let kept = Kept {
        build: KeptModel::this_build(),
        heads,
        chunks,
        model: snapshot.whole_model(),
    };
    postcard::to_allocvec(&kept).expect("a read model always serialises")
}

impl KeptModel {
    /// This build's tag for kept models.
    pub fn this_build() -> String {
        format!("{}+{FORMAT}", env!("CARGO_PKG_VERSION"))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        // Plain data: serialising it cannot fail.
        postcard::to_allocvec(self).expect("a read model always serialises")
    }

    /// The kept model in `bytes`, if this build kept it and it reads whole.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let kept: Self = postcard::from_bytes(bytes).ok()?;
        (kept.build == Self::this_build() && kept.model.reset).then_some(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    fn kept() -> KeptModel {
        KeptModel {
            build: KeptModel::this_build(),
            heads: vec!["ab".repeat(32)],
            chunks: vec!["snapshot/1".into()],
            model: Patch {
                reset: true,
                meta: Some(Meta {
                    workspace_id: Some("w1".into()),
                    ..Meta::default()
                }),
                ..Patch::default()
            },
        }
    }

    #[test]
    fn round_trips() {
        let kept = kept();
        assert_eq!(KeptModel::from_bytes(&kept.to_bytes()), Some(kept));
    }

    #[test]
    fn another_build_or_a_cut_copy_is_not_read() {
        let mut other = kept();
        other.build = "0.0.0+0".into();
        assert_eq!(KeptModel::from_bytes(&other.to_bytes()), None);
        let bytes = kept().to_bytes();
        assert_eq!(KeptModel::from_bytes(&bytes[..bytes.len() / 2]), None);
        let mut partial = kept();
        partial.model.reset = false;
        assert_eq!(KeptModel::from_bytes(&partial.to_bytes()), None);
    }
}
