//! The pending log: every intent the user makes is written here (localStorage, at once and
//! synchronously, before it goes to the engine) and stays until the engine says it is
//! stored. A reload, a closed tab or an engine that ends before its write committed
//! loses nothing: the next engine applies what is left, and its receipts (stored in the
//! same IndexedDB transaction as the changes) keep it from applying anything twice.
//!
//! Each page writes under its own name (`rapport.pending.<tab>.<number>`) and holds the
//! Web Lock of that name while it lives; a name whose lock is free belongs to a page that
//! ended, whose entries another page adopts.

use base64::{engine::general_purpose::STANDARD, Engine};
use gloo_storage::{LocalStorage, Storage};

use crate::protocol::{decode, encode, Logged, Request};

const PREFIX: &str = "rapport.pending.";

/// A fresh name for this page in the log.
pub fn new_tab_name() -> String {
    // URL-safe base64 has no '.', which separates a key's parts.
    super::random_id()
}

/// The Web Lock a page holds while it owns the entries of `tab`.
pub fn tab_lock(tab: &str) -> String {
    format!("rapport.tab.{tab}")
}

/// Writes request number `id` of `tab`. A log that cannot be written (storage full or
/// refused) costs only the protection it gives: the request still goes to the engine.
pub fn log(tab: &str, id: u64, request: &Request) {
    let value = STANDARD.encode(encode(request));
    if let Err(error) = LocalStorage::raw().set_item(&key(tab, id), &value) {
        web_sys::console::warn_2(&"the pending log could not be written".into(), &error);
    }
}

/// Request `id` of `tab` needs nothing more.
pub fn settle(tab: &str, id: u64) {
    let _ = LocalStorage::raw().remove_item(&key(tab, id));
}

/// Every request of `tab` numbered up to `upto` is stored.
pub fn settle_upto(tab: &str, upto: u64) {
    for (entry_tab, id, key) in keys() {
        if entry_tab == tab && id <= upto {
            let _ = LocalStorage::raw().remove_item(&key);
        }
    }
}

/// The names of the pages with entries in the log, or an import under way.
pub fn tabs() -> Vec<String> {
    let mut tabs: Vec<String> = log_keys()
        .filter_map(|key| Some(key.strip_prefix(PREFIX)?.split_once('.')?.0.to_string()))
        .collect();
    tabs.sort();
    tabs.dedup();
    tabs
}

/// An import that was under way when its page ended: it may be cut short.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportUnderWay {
    /// The file's name, as the user chose it.
    pub file: String,
    /// The customers it was to add.
    pub customers: usize,
}

/// `tab` starts writing an import; [`end_import`] once it is stored (or stopped).
pub fn begin_import(tab: &str, import: &ImportUnderWay) {
    let value = format!("{}/{}", import.customers, import.file);
    if let Err(error) = LocalStorage::raw().set_item(&import_key(tab), &value) {
        web_sys::console::warn_2(&"the import could not be noted".into(), &error);
    }
}

pub fn end_import(tab: &str) {
    let _ = LocalStorage::raw().remove_item(&import_key(tab));
}

/// The import `tab` had under way when it ended, if any; the note is gone afterwards.
pub fn take_import(tab: &str) -> Option<ImportUnderWay> {
    let storage = LocalStorage::raw();
    let value = storage.get_item(&import_key(tab)).ok().flatten()?;
    let _ = storage.remove_item(&import_key(tab));
    let (customers, file) = value.split_once('/')?;
    Some(ImportUnderWay {
        file: file.to_string(),
        customers: customers.parse().ok()?,
    })
}

fn import_key(tab: &str) -> String {
    // Not a number: the entries' reader passes over it.
    format!("{PREFIX}{tab}.import")
}

/// The entries of `tab`, oldest first. One written by another build cannot be read: it is
/// left where it is (that build's page may still take it).
pub fn entries(tab: &str) -> Vec<Logged> {
    let storage = LocalStorage::raw();
    let mut entries: Vec<Logged> = keys()
        .into_iter()
        .filter(|(entry_tab, _, _)| entry_tab == tab)
        .filter_map(|(tab, id, key)| {
            let value = storage.get_item(&key).ok().flatten()?;
            let bytes = STANDARD.decode(value).ok()?;
            let request = decode::<Request>(&bytes).ok()?;
            Some(Logged { tab, id, request })
        })
        .collect();
    entries.sort_by_key(|entry| entry.id);
    entries
}

fn key(tab: &str, id: u64) -> String {
    // Zero-padded, so keys sort as numbers.
    format!("{PREFIX}{tab}.{id:020}")
}

/// Every entry's tab, number and key.
fn keys() -> Vec<(String, u64, String)> {
    log_keys()
        .filter_map(|key| {
            let rest = key.strip_prefix(PREFIX)?;
            let (tab, id) = rest.split_once('.')?;
            let id = id.parse().ok()?;
            Some((tab.to_string(), id, key.clone()))
        })
        .collect()
}

/// Every localStorage key of the log (entries and import notes).
fn log_keys() -> impl Iterator<Item = String> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(move |i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
}
