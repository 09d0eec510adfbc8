//! Document ids, and the one the workspace syncs as.

use super::super::*;
use crate::document::workspace::test_support::{copy_of, customer, workspace};
use crate::document::Workspace;

#[test]
fn a_random_id_is_a_version_4_uuid_in_base58check() {
    let id = DocumentId::random();
    assert_eq!(id.as_bytes()[6] >> 4, 4);
    assert_eq!(id.as_bytes()[8] >> 6, 0b10);
    assert_ne!(id, DocumentId::random());
    let text = id.to_string();
    assert_eq!(text.parse::<DocumentId>(), Ok(id));
    assert_eq!(id.url(), format!("automerge:{text}"));
    assert_eq!(
        DocumentId::from_url(&format!("{}#abc|def", id.url())),
        Ok(id)
    );
}

#[test]
fn ids_with_a_wrong_checksum_or_length_are_refused() {
    let text = DocumentId::random().to_string();
    let mut chars: Vec<char> = text.chars().collect();
    chars[3] = if chars[3] == 'a' { 'b' } else { 'a' };
    let damaged: String = chars.into_iter().collect();
    assert!(damaged.parse::<DocumentId>().is_err());
    // A valid base58check text of 8 bytes is not a document id of ours.
    let short = bs58::encode([1u8; 8]).with_check().into_string();
    assert!(short.parse::<DocumentId>().is_err());
    assert!("0OIl".parse::<DocumentId>().is_err());
    assert!(DocumentId::from_url(&text).is_err(), "the prefix is needed");
    assert!("x".repeat(10_000).parse::<DocumentId>().is_err());
}

#[test]
fn the_workspace_assigns_its_id_once_in_one_commit() {
    let mut ws = workspace("Ayşe");
    assert_eq!(ws.repo_document_id(), None);
    let before = ws.heads();
    let id = ws.assign_repo_document_id().unwrap();
    assert_eq!(ws.repo_document_id(), Some(id));
    assert_eq!(ws.assign_repo_document_id().unwrap(), id);
    let changes = ws.doc.get_changes(&before);
    assert_eq!(changes.len(), 1);
    assert_eq!(
        changes[0].message(),
        Some(format!("workspace.repo-id {id}").as_str())
    );
    // The read model knows from the message that no customer changed.
    let touched = ws.touched(&before);
    assert!(touched.customers.is_empty() && touched.interactions.is_empty());
    // It survives a save and load.
    assert_eq!(
        Workspace::load(&ws.save()).unwrap().repo_document_id(),
        Some(id)
    );
}

#[test]
fn two_devices_assigning_at_once_agree_on_the_smallest() {
    let a = workspace("Ayşe");
    let mut b = copy_of(&a, "Burak");
    let mut a = a;
    let id_a = a.assign_repo_document_id().unwrap();
    let id_b = b.assign_repo_document_id().unwrap();
    let mut ab = a.fork();
    ab.merge(&b).unwrap();
    let mut ba = b.fork();
    ba.merge(&a).unwrap();
    let smallest = id_a.min(id_b);
    assert_eq!(ab.repo_document_id(), Some(smallest));
    assert_eq!(ba.repo_document_id(), Some(smallest));
    // Asking again after the merge changes nothing.
    let heads = ab.heads();
    assert_eq!(ab.assign_repo_document_id().unwrap(), smallest);
    assert_eq!(ab.heads(), heads);
}

#[test]
fn a_workspace_syncs_only_as_its_own_id_unless_it_holds_no_work() {
    let mut ws = workspace("Ayşe");
    let other = DocumentId::random();
    assert!(ws.may_sync_as(&other), "an empty copy joins any");
    customer(&mut ws, "Can");
    assert!(!ws.may_sync_as(&other));
    let id = ws.assign_repo_document_id().unwrap();
    assert!(ws.may_sync_as(&id));
    assert!(!ws.may_sync_as(&other));
}
