//! Browser tests (wasm-bindgen-test in headless Chromium) of what needs real web APIs:
//! the workspace kept in localStorage, and the recovery page for damaged data.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use rapport::document::Workspace;
use rapport::domain::CustomerDraft;
use rapport::platform::{WorkspaceStore, WORKSPACE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_storage() {
    LocalStorage::clear();
}

fn workspace_with(name: &str) -> Workspace {
    let mut workspace = Workspace::new();
    workspace.join("Ayşe").unwrap();
    workspace
        .create_customer(CustomerDraft {
            name: name.into(),
            ..Default::default()
        })
        .unwrap();
    workspace
}

#[wasm_bindgen_test]
fn the_workspace_round_trips_through_local_storage() {
    fresh_storage();
    let mut workspace = workspace_with("Çağrı Kaya");
    WorkspaceStore::default().save(&mut workspace).unwrap();

    let reopened = WorkspaceStore::default()
        .open()
        .unwrap()
        .expect("a stored workspace");
    assert_eq!(reopened.customers(), workspace.customers());
    assert_eq!(reopened.workspace_id(), workspace.workspace_id());
}

#[wasm_bindgen_test]
fn nothing_stored_opens_as_none() {
    fresh_storage();
    assert!(WorkspaceStore::default().open().unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_second_tab_merges_before_writing_so_nothing_is_overwritten() {
    fresh_storage();
    // Two tabs start from the same stored workspace.
    let mut first_store = WorkspaceStore::default();
    let mut shared = workspace_with("Ortak");
    first_store.save(&mut shared).unwrap();
    let mut first = first_store.open().unwrap().unwrap();
    first.join("Ayşe").unwrap();
    let mut second_store = WorkspaceStore::default();
    let mut second = second_store.open().unwrap().unwrap();
    second.join("Mehmet").unwrap();

    first
        .create_customer(CustomerDraft {
            name: "Birinci".into(),
            ..Default::default()
        })
        .unwrap();
    first_store.save(&mut first).unwrap();
    second
        .create_customer(CustomerDraft {
            name: "İkinci".into(),
            ..Default::default()
        })
        .unwrap();
    second_store.save(&mut second).unwrap();

    let stored = WorkspaceStore::default().open().unwrap().unwrap();
    let mut names: Vec<String> = stored.customers().into_iter().map(|c| c.name).collect();
    names.sort();
    assert_eq!(names, vec!["Birinci", "Ortak", "İkinci"]);
}

#[wasm_bindgen_test]
fn a_damaged_value_is_reported_and_never_lost() {
    fresh_storage();
    LocalStorage::raw()
        .set_item(WORKSPACE_KEY, "this is not a workspace")
        .unwrap();
    assert!(WorkspaceStore::default().open().is_err());
    assert_eq!(
        LocalStorage::raw()
            .get_item(WORKSPACE_KEY)
            .unwrap()
            .as_deref(),
        Some("this is not a workspace")
    );
    // A tab that still holds good work keeps saving it; the damaged value is set aside.
    let mut other = workspace_with("X");
    WorkspaceStore::default().save(&mut other).unwrap();
    let storage = LocalStorage::raw();
    let aside = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|key| key.starts_with(&format!("{WORKSPACE_KEY}.damaged.")))
        .expect("the damaged value was set aside");
    assert_eq!(
        storage.get_item(&aside).unwrap().as_deref(),
        Some("this is not a workspace")
    );
    fresh_storage();
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_workspace_shows_the_recovery_page() {
    fresh_storage();
    LocalStorage::raw()
        .set_item(WORKSPACE_KEY, "AAAA$$$ not base64")
        .unwrap();
    let body = document().body().unwrap();
    let container = document().create_element("div").unwrap();
    body.append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone().unchecked_into(), rapport::ui::App);
    leptos::task::tick().await;
    let text = container.text_content().unwrap_or_default();
    assert!(
        text.contains("could not be opened") || text.contains("açılamadı"),
        "expected the recovery message, got: {text}"
    );
    assert!(text.contains("Download the damaged data") || text.contains("Bozuk veriyi indir"));
    // The damaged value is still there, byte for byte.
    assert_eq!(
        LocalStorage::raw()
            .get_item(WORKSPACE_KEY)
            .unwrap()
            .as_deref(),
        Some("AAAA$$$ not base64")
    );
    drop(handle);
    container.remove();
    fresh_storage();
}

use wasm_bindgen::JsCast;

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
