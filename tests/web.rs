//! Browser tests (wasm-bindgen-test in headless Chromium) of what needs real web APIs:
//! the workspace kept in IndexedDB chunks (append, load, compaction, two writers, a failed
//! write, migration from localStorage, damaged data reported and left in place).
#![cfg(target_arch = "wasm32")]

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};
use rapport::document::Workspace;
use rapport::domain::CustomerDraft;
use rapport::platform::{
    ChunkKind, ChunkStore, Opened, StorageError, WorkspaceStore, LEGACY_WORKSPACE_KEY,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database of its own for each test, so tests never see each other's chunks.
async fn fresh_database() -> (String, ChunkStore) {
    LocalStorage::clear();
    let name = format!("rapport-test-{}", js_sys::Math::random());
    let store = ChunkStore::open_named(&name)
        .await
        .expect("IndexedDB opens");
    (name, store)
}

async fn open(name: &str) -> Opened {
    WorkspaceStore::open_with(ChunkStore::open_named(name).await)
        .await
        .expect("the store opens")
}

fn add_customer(workspace: &mut Workspace, name: &str) {
    workspace
        .create_customer(CustomerDraft {
            name: name.into(),
            ..Default::default()
        })
        .unwrap();
}

fn names(workspace: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = workspace.customers().into_iter().map(|c| c.name).collect();
    names.sort();
    names
}

/// Stores what `workspace` holds beyond the last write, as the app does after an action.
async fn store_changes(
    store: &mut WorkspaceStore,
    workspace: &Workspace,
) -> Result<(), StorageError> {
    let chunk = store.next_chunk(workspace).expect("something to store");
    let result = store.write(&chunk).await;
    if result.is_err() {
        store.write_failed(&chunk);
    }
    result
}

#[wasm_bindgen_test]
async fn nothing_stored_opens_as_none() {
    let (name, _) = fresh_database().await;
    let opened = open(&name).await;
    assert!(opened.workspace.is_none());
    assert!(opened.problem.is_none());
}

#[wasm_bindgen_test]
async fn each_action_appends_a_chunk_and_a_reload_reads_them_all() {
    let (name, chunks) = fresh_database().await;
    let mut store = open(&name).await.store;
    let mut workspace = Workspace::new();
    workspace.join("Ayşe").unwrap();
    add_customer(&mut workspace, "Çağrı Kaya");
    store_changes(&mut store, &workspace).await.unwrap();
    add_customer(&mut workspace, "Şule Öztürk");
    store_changes(&mut store, &workspace).await.unwrap();
    // Nothing new: no chunk.
    assert!(store.next_chunk(&workspace).is_none());

    let stored = chunks.load().await.unwrap();
    let kinds: Vec<ChunkKind> = stored.iter().map(|c| c.kind()).collect();
    assert_eq!(kinds.len(), 2);
    assert!(kinds.contains(&ChunkKind::Snapshot) && kinds.contains(&ChunkKind::Incremental));
    // The incremental chunk holds one action, not the whole workspace again.
    let incremental = stored
        .iter()
        .find(|c| c.kind() == ChunkKind::Incremental)
        .unwrap();
    assert!(incremental.bytes.len() < workspace.save().len());

    let reopened = open(&name).await.workspace.expect("a stored workspace");
    assert_eq!(names(&reopened), vec!["Çağrı Kaya", "Şule Öztürk"]);
    assert_eq!(reopened.workspace_id(), workspace.workspace_id());
}

#[wasm_bindgen_test]
async fn a_join_from_the_whole_workspace_is_stored_as_one_snapshot() {
    let mut ayse = Workspace::new();
    ayse.join("Ayşe").unwrap();
    add_customer(&mut ayse, "Çağrı Kaya");
    add_customer(&mut ayse, "Şule Öztürk");
    let file = ayse.export_sync_file(&[], None).unwrap();

    let (name, chunks) = fresh_database().await;
    let mut store = open(&name).await.store;
    let mut mehmet = Workspace::new();
    mehmet.join("Mehmet").unwrap();
    store_changes(&mut store, &mehmet).await.unwrap();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    mehmet.apply_sync_file(incoming).unwrap();
    store_changes(&mut store, &mehmet).await.unwrap();

    // Not every change of the workspace after Mehmet's name: the workspace as it is now.
    let stored = chunks.load().await.unwrap();
    let kinds: Vec<ChunkKind> = stored.iter().map(|c| c.kind()).collect();
    assert_eq!(kinds, vec![ChunkKind::Snapshot, ChunkKind::Snapshot]);
    let reopened = open(&name).await.workspace.expect("a stored workspace");
    assert_eq!(names(&reopened), vec!["Çağrı Kaya", "Şule Öztürk"]);
    assert_eq!(reopened.workspace_id(), ayse.workspace_id());
    let colleagues: Vec<String> = reopened.colleagues().into_iter().map(|c| c.name).collect();
    assert!(colleagues.contains(&"Mehmet".to_string()), "{colleagues:?}");
}

#[wasm_bindgen_test]
async fn compaction_replaces_only_the_chunks_it_loaded() {
    let (name, chunks) = fresh_database().await;
    let mut first_store = open(&name).await.store;
    let mut first = Workspace::new();
    first.join("Ayşe").unwrap();
    add_customer(&mut first, "Bir");
    store_changes(&mut first_store, &first).await.unwrap();
    add_customer(&mut first, "İki");
    store_changes(&mut first_store, &first).await.unwrap();

    // A second tab writes after the first one loaded: the first does not hold that chunk.
    let Opened {
        store: mut second_store,
        workspace,
        ..
    } = open(&name).await;
    let mut second = workspace.unwrap();
    second.join("Mehmet").unwrap();
    add_customer(&mut second, "Üç");
    store_changes(&mut second_store, &second).await.unwrap();
    assert_eq!(chunks.keys().await.unwrap().len(), 3);

    let (snapshot, replaced) = first_store.compaction(&first);
    assert_eq!(replaced.len(), 2, "the two chunks the first tab wrote");
    chunks.replace(&snapshot, &replaced).await.unwrap();
    let keys = chunks.keys().await.unwrap();
    assert_eq!(
        keys.len(),
        2,
        "the new snapshot and the second tab's chunk: {keys:?}"
    );
    assert!(keys.contains(&snapshot.key));

    let reopened = open(&name).await.workspace.unwrap();
    assert_eq!(names(&reopened), vec!["Bir", "Üç", "İki"]);
}

#[wasm_bindgen_test]
async fn two_writers_never_lose_each_others_changes() {
    let (name, chunks) = fresh_database().await;
    let mut seed_store = open(&name).await.store;
    let mut seed = Workspace::new();
    seed.join("Ayşe").unwrap();
    add_customer(&mut seed, "Ortak");
    store_changes(&mut seed_store, &seed).await.unwrap();

    let Opened {
        store: mut a_store,
        workspace,
        ..
    } = open(&name).await;
    let mut a = workspace.unwrap();
    let Opened {
        store: mut b_store,
        workspace,
        ..
    } = open(&name).await;
    let mut b = workspace.unwrap();
    a.join("Ayşe").unwrap();
    b.join("Mehmet").unwrap();
    add_customer(&mut a, "Birinci");
    add_customer(&mut b, "İkinci");
    // Both write at once.
    let a_chunk = a_store.next_chunk(&a).unwrap();
    let b_chunk = b_store.next_chunk(&b).unwrap();
    let (a_written, b_written) =
        futures_join(a_store.write(&a_chunk), b_store.write(&b_chunk)).await;
    a_written.unwrap();
    b_written.unwrap();

    // The first tab hears of the second's chunk and merges it.
    let unknown = a_store.unknown(&chunks.keys().await.unwrap());
    assert_eq!(unknown, vec![b_chunk.key.clone()]);
    let incoming = chunks.get(&unknown).await.unwrap();
    assert!(a_store.merge_chunks(&mut a, &incoming));
    assert_eq!(names(&a), vec!["Birinci", "Ortak", "İkinci"]);
    // What came from storage is not written back.
    assert!(a_store.next_chunk(&a).is_none());

    let reopened = open(&name).await.workspace.unwrap();
    assert_eq!(names(&reopened), vec!["Birinci", "Ortak", "İkinci"]);
}

/// Awaits two futures concurrently (their IndexedDB transactions interleave).
async fn futures_join<A, B>(a: A, b: B) -> (A::Output, B::Output)
where
    A: std::future::Future,
    B: std::future::Future,
{
    let a = std::pin::pin!(a);
    let b = std::pin::pin!(b);
    let mut a = Some(a);
    let mut b = Some(b);
    let mut out_a = None;
    let mut out_b = None;
    std::future::poll_fn(|cx| {
        if let Some(f) = a.as_mut() {
            if let std::task::Poll::Ready(v) = f.as_mut().poll(cx) {
                out_a = Some(v);
                a = None;
            }
        }
        if let Some(f) = b.as_mut() {
            if let std::task::Poll::Ready(v) = f.as_mut().poll(cx) {
                out_b = Some(v);
                b = None;
            }
        }
        if a.is_none() && b.is_none() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    (out_a.unwrap(), out_b.unwrap())
}

#[wasm_bindgen_test]
async fn a_failed_write_is_reported_and_the_next_one_stores_everything() {
    let (name, _) = fresh_database().await;
    let mut store = open(&name).await.store;
    let mut workspace = Workspace::new();
    workspace.join("Ayşe").unwrap();
    add_customer(&mut workspace, "Önce");
    store_changes(&mut store, &workspace).await.unwrap();

    // The disk is full for one write.
    let restore = fill_the_disk();
    add_customer(&mut workspace, "Dolu disk");
    let failed = store_changes(&mut store, &workspace).await;
    assert!(matches!(failed, Err(StorageError::Full(_))), "{failed:?}");
    assert!(store.has_unwritten_work());
    // Storage still holds only what was written before.
    assert_eq!(names(&open(&name).await.workspace.unwrap()), vec!["Önce"]);
    restore.call0(&wasm_bindgen::JsValue::NULL).unwrap();

    add_customer(&mut workspace, "Sonra");
    let chunk = store.next_chunk(&workspace).unwrap();
    assert_eq!(
        chunk.kind(),
        ChunkKind::Snapshot,
        "a whole save closes the gap"
    );
    store.write(&chunk).await.unwrap();
    assert!(!store.has_unwritten_work());
    assert_eq!(
        names(&open(&name).await.workspace.unwrap()),
        vec!["Dolu disk", "Sonra", "Önce"]
    );
}

/// Makes IndexedDB's `put` fail as on a full disk; returns the function that undoes it.
fn fill_the_disk() -> js_sys::Function {
    js_sys::eval(
        "(() => {
            const put = IDBObjectStore.prototype.put;
            IDBObjectStore.prototype.put = function () {
                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            };
            return () => { IDBObjectStore.prototype.put = put; };
        })()",
    )
    .unwrap()
    .unchecked_into()
}

#[wasm_bindgen_test]
async fn an_earlier_versions_local_storage_is_moved_in_with_nothing_lost() {
    let (name, chunks) = fresh_database().await;
    // Already in IndexedDB (another tab of the new version wrote first).
    let mut store = open(&name).await.store;
    let mut current = Workspace::new();
    current.join("Ayşe").unwrap();
    add_customer(&mut current, "Yeni sürüm");
    store_changes(&mut store, &current).await.unwrap();
    // Kept by the earlier version in localStorage, a fork that went its own way.
    let mut legacy = current.fork();
    add_customer(&mut legacy, "Eski sürüm");
    LocalStorage::raw()
        .set_item(LEGACY_WORKSPACE_KEY, &STANDARD.encode(legacy.save()))
        .unwrap();

    let opened = open(&name).await;
    assert!(opened.problem.is_none());
    assert_eq!(
        names(&opened.workspace.unwrap()),
        vec!["Eski sürüm", "Yeni sürüm"]
    );
    assert_eq!(
        LocalStorage::raw().get_item(LEGACY_WORKSPACE_KEY).unwrap(),
        None
    );
    assert!(chunks.keys().await.unwrap().len() >= 2);
    assert_eq!(
        names(&open(&name).await.workspace.unwrap()),
        vec!["Eski sürüm", "Yeni sürüm"]
    );
}

#[wasm_bindgen_test]
async fn a_damaged_chunk_is_reported_and_left_in_place() {
    let (name, chunks) = fresh_database().await;
    let damaged = rapport::platform::Chunk::new(ChunkKind::Snapshot, b"not a workspace".to_vec());
    chunks.append(&damaged).await.unwrap();
    let opened = WorkspaceStore::open_with(ChunkStore::open_named(&name).await).await;
    assert!(matches!(opened, Err(StorageError::Damaged(_))));
    assert_eq!(chunks.load().await.unwrap(), vec![damaged]);
}

#[wasm_bindgen_test]
async fn a_damaged_earlier_version_is_reported_and_never_removed() {
    let (name, chunks) = fresh_database().await;
    LocalStorage::raw()
        .set_item(LEGACY_WORKSPACE_KEY, "AAAA$$$ not base64")
        .unwrap();
    // As the engine's worker opens it: the copy handed over by the page.
    let opened = WorkspaceStore::open_from(
        ChunkStore::open_named(&name).await,
        Some("AAAA$$$ not base64"),
    )
    .await;
    assert!(matches!(opened, Err(StorageError::Damaged(_))));
    // As the page does it: the damaged value is still there, byte for byte.
    let opened = WorkspaceStore::open_with(ChunkStore::open_named(&name).await).await;
    assert!(matches!(opened, Err(StorageError::Damaged(_))));
    assert_eq!(
        LocalStorage::raw()
            .get_item(LEGACY_WORKSPACE_KEY)
            .unwrap()
            .as_deref(),
        Some("AAAA$$$ not base64")
    );
    assert!(
        chunks.load().await.unwrap().is_empty(),
        "nothing was stored"
    );
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn every_message_has_a_text_in_both_languages() {
    use rapport::ui::i18n::{Locale, Msg};
    for msg in Msg::ALL {
        for locale in Locale::ALL {
            assert!(
                !msg.text(locale).trim().is_empty(),
                "{msg:?} has no {locale:?} text"
            );
        }
    }
}
