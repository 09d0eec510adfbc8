//! The workspace's bytes in IndexedDB, as automerge-repo keeps them: snapshots (whole
//! saves) and incremental chunks (the changes of one user action), each under its own key.
//!
//! Writers never overwrite each other: every chunk gets a fresh key, and compaction deletes
//! exactly the keys whose content went into the new snapshot. Any number of tabs may
//! append and compact at once without losing a change.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbTransactionMode};

use super::idb::{committed, request, IdbFailure};

const DATABASE: &str = "rapport";
/// 2 added the projection store, 3 the receipts; an upgrade only creates missing stores.
const VERSION: u32 = 3;
/// The live chunks.
const CHUNKS: &str = "chunks";
/// Chunks moved out of the way when the user started over; never read, never deleted.
const SET_ASIDE: &str = "set-aside";
/// The first screen of the customer list (see `document::ListProjection`), one value.
const PROJECTION: &str = "projection";
const PROJECTION_KEY: &str = "customer-list";
/// The whole read model with its heads (`model::KeptModel`), in the projection store.
const READ_MODEL_KEY: &str = "read-model";
/// Who this browser's user is (`[id, name]`), in the projection store: the page keeps it in
/// localStorage too, which Chrome writes to disk seconds (up to minutes) later, so a
/// browser killed meanwhile forgets it there.
const IDENTITY_KEY: &str = "identity";
/// Per page name of the pending log, the last of its requests whose changes are stored:
/// `[number, written at]`, written in the same transaction as those changes.
const RECEIPTS: &str = "receipts";

/// That every logged request of `tab` numbered up to `upto` is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub tab: String,
    pub upto: u64,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
}

/// Whether a chunk holds a whole save or the changes of one action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkKind {
    Snapshot,
    Incremental,
}

/// One stored piece of the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub key: String,
    pub bytes: Vec<u8>,
}

impl Chunk {
    /// A chunk under a fresh key: `snapshot/<random>` or `incremental/<random>`.
    pub fn new(kind: ChunkKind, bytes: Vec<u8>) -> Self {
        let prefix = match kind {
            ChunkKind::Snapshot => "snapshot",
            ChunkKind::Incremental => "incremental",
        };
        Self {
            key: format!("{prefix}/{}", fresh_id()),
            bytes,
        }
    }

    pub fn kind(&self) -> ChunkKind {
        kind_of(&self.key)
    }
}

/// The kind a key names.
fn kind_of(key: &str) -> ChunkKind {
    if key.starts_with("snapshot/") {
        ChunkKind::Snapshot
    } else {
        ChunkKind::Incremental
    }
}

/// An open handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct ChunkStore {
    db: IdbDatabase,
}

impl ChunkStore {
    /// Opens (or creates) the database.
    pub async fn open() -> Result<Self, IdbFailure> {
        Self::open_named(DATABASE).await
    }

    /// Opens a database of another name (browser tests use their own).
    pub async fn open_named(name: &str) -> Result<Self, IdbFailure> {
        // The global scope's, so the same code runs on the page and in a worker.
        let factory: web_sys::IdbFactory =
            js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
                .map_err(|e| IdbFailure::from_js(&e))?
                .dyn_into()
                .map_err(|_| failure("IndexedDB is not available"))?;
        let opening: IdbOpenDbRequest = factory
            .open_with_u32(name, VERSION)
            .map_err(|e| IdbFailure::from_js(&e))?;
        let upgrading = opening.clone();
        let upgrade = wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
            if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                for store in [CHUNKS, SET_ASIDE, PROJECTION, RECEIPTS] {
                    if !db.object_store_names().contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        });
        opening.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        let db = request(&opening)
            .await?
            .dyn_into::<IdbDatabase>()
            .map_err(|e| IdbFailure::from_js(&e))?;
        // Another tab of a newer version wants to upgrade: let it, this tab reloads then.
        let closing = db.clone();
        let on_version_change = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            closing.close();
        });
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(Self { db })
    }

    /// Runs `closed` once if the browser closes the database under this handle: it does
    /// when the site's data is cleared (by the user, or by the browser reclaiming space)
    /// while the app is open. Every later request on this handle fails.
    pub fn on_forced_close(&self, closed: impl FnOnce() + 'static) {
        let handler = wasm_bindgen::closure::Closure::once_into_js(closed);
        self.db.set_onclose(Some(handler.unchecked_ref()));
    }

    /// Every stored chunk, read in one transaction (so a concurrent compaction is seen
    /// either wholly or not at all).
    pub async fn load(&self) -> Result<Vec<Chunk>, IdbFailure> {
        let (transaction, store) = self.begin(CHUNKS, IdbTransactionMode::Readonly)?;
        // Both requests are issued before awaiting either: one snapshot of the store.
        let keys = request(&store.get_all_keys().map_err(js)?);
        let values = request(&store.get_all().map_err(js)?);
        let done = committed(&transaction);
        let (keys, values) = (keys.await?, values.await?);
        done.await?;
        let keys = Array::from(&keys);
        let values = Array::from(&values);
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(key, value)| {
                Some(Chunk {
                    key: key.as_string()?,
                    bytes: value.dyn_into::<Uint8Array>().ok()?.to_vec(),
                })
            })
            .collect())
    }

    /// The keys stored now.
    pub async fn keys(&self) -> Result<Vec<String>, IdbFailure> {
        let (transaction, store) = self.begin(CHUNKS, IdbTransactionMode::Readonly)?;
        let keys = request(&store.get_all_keys().map_err(js)?);
        let done = committed(&transaction);
        let keys = keys.await?;
        done.await?;
        Ok(Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .collect())
    }

    /// The chunks stored under `keys`; keys deleted meanwhile are skipped.
    pub async fn get(&self, keys: &[String]) -> Result<Vec<Chunk>, IdbFailure> {
        let (transaction, store) = self.begin(CHUNKS, IdbTransactionMode::Readonly)?;
        let requests = keys
            .iter()
            .map(|key| {
                store
                    .get(&JsValue::from_str(key))
                    .map(|r| request(&r))
                    .map_err(js)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let done = committed(&transaction);
        let mut chunks = Vec::with_capacity(keys.len());
        for (key, pending) in keys.iter().zip(requests) {
            let value = pending.await?;
            if let Ok(bytes) = value.dyn_into::<Uint8Array>() {
                chunks.push(Chunk {
                    key: key.clone(),
                    bytes: bytes.to_vec(),
                });
            }
        }
        done.await?;
        Ok(chunks)
    }

    /// Stores one chunk; returns once the write has committed.
    pub async fn append(&self, chunk: &Chunk) -> Result<(), IdbFailure> {
        self.replace(chunk, &[]).await
    }

    /// Stores one chunk and, in the same transaction, the receipts of the logged requests
    /// whose changes it completes: both are stored, or neither.
    pub async fn append_with_receipts(
        &self,
        chunk: &Chunk,
        receipts: &[Receipt],
    ) -> Result<(), IdbFailure> {
        if receipts.is_empty() {
            return self.append(chunk).await;
        }
        let names = Array::of2(&JsValue::from_str(CHUNKS), &JsValue::from_str(RECEIPTS));
        let transaction = strict_transaction(&self.db, &names).map_err(js)?;
        let chunks = transaction.object_store(CHUNKS).map_err(js)?;
        chunks
            .put_with_key(
                &Uint8Array::from(chunk.bytes.as_slice()),
                &JsValue::from_str(&chunk.key),
            )
            .map_err(js)?;
        write_receipts(&transaction.object_store(RECEIPTS).map_err(js)?, receipts)?;
        committed(&transaction).await
    }

    /// Stores receipts alone (their changes were written before).
    pub async fn put_receipts(&self, receipts: &[Receipt]) -> Result<(), IdbFailure> {
        if receipts.is_empty() {
            return Ok(());
        }
        let (transaction, store) = self.begin_strict(RECEIPTS)?;
        write_receipts(&store, receipts)?;
        committed(&transaction).await
    }

    /// Every receipt stored.
    pub async fn receipts(&self) -> Result<Vec<Receipt>, IdbFailure> {
        let (transaction, store) = self.begin(RECEIPTS, IdbTransactionMode::Readonly)?;
        let keys = request(&store.get_all_keys().map_err(js)?);
        let values = request(&store.get_all().map_err(js)?);
        let done = committed(&transaction);
        let (keys, values) = (keys.await?, values.await?);
        done.await?;
        Ok(Array::from(&keys)
            .iter()
            .zip(Array::from(&values).iter())
            .filter_map(|(key, value)| {
                let value = Array::from(&value);
                Some(Receipt {
                    tab: key.as_string()?,
                    upto: value.get(0).as_f64()? as u64,
                    at: value.get(1).as_f64()? as i64,
                })
            })
            .collect())
    }

    /// Deletes the receipts of these pages (whose log is long settled).
    pub async fn forget_receipts(&self, tabs: &[String]) -> Result<(), IdbFailure> {
        if tabs.is_empty() {
            return Ok(());
        }
        let (transaction, store) = self.begin(RECEIPTS, IdbTransactionMode::Readwrite)?;
        for tab in tabs {
            store.delete(&JsValue::from_str(tab)).map_err(js)?;
        }
        committed(&transaction).await
    }

    /// Stores `chunk` and deletes `replaced` in one transaction: compaction, where
    /// `replaced` are exactly the chunks whose changes `chunk` holds.
    pub async fn replace(&self, chunk: &Chunk, replaced: &[String]) -> Result<(), IdbFailure> {
        let (transaction, store) = self.begin_strict(CHUNKS)?;
        let value = Uint8Array::from(chunk.bytes.as_slice());
        store
            .put_with_key(&value, &JsValue::from_str(&chunk.key))
            .map_err(js)?;
        for key in replaced.iter().filter(|k| **k != chunk.key) {
            store.delete(&JsValue::from_str(key)).map_err(js)?;
        }
        committed(&transaction).await
    }

    /// Keeps the list's first screen (replacing the previous one).
    pub async fn save_projection(&self, bytes: &[u8]) -> Result<(), IdbFailure> {
        self.save_cached(PROJECTION_KEY, bytes).await
    }

    /// The list's first screen as last kept, if any.
    pub async fn load_projection(&self) -> Option<Vec<u8>> {
        self.load_cached(PROJECTION_KEY).await
    }

    /// Keeps the whole read model (replacing the previous one).
    pub async fn save_read_model(&self, bytes: &[u8]) -> Result<(), IdbFailure> {
        self.save_cached(READ_MODEL_KEY, bytes).await
    }

    /// Keeps who this browser's user is, on disk before it resolves.
    pub async fn save_identity(&self, id: &str, name: &str) -> Result<(), IdbFailure> {
        let (transaction, store) = self.begin_strict(PROJECTION)?;
        let value = Array::of2(&JsValue::from_str(id), &JsValue::from_str(name));
        store
            .put_with_key(&value, &JsValue::from_str(IDENTITY_KEY))
            .map_err(js)?;
        committed(&transaction).await
    }

    /// Who this browser's user is, as last kept: `(id, name)`.
    pub async fn load_identity(&self) -> Option<(String, String)> {
        let (transaction, store) = self.begin(PROJECTION, IdbTransactionMode::Readonly).ok()?;
        let value = request(&store.get(&JsValue::from_str(IDENTITY_KEY)).ok()?);
        let done = committed(&transaction);
        let value = value.await.ok()?;
        done.await.ok()?;
        let pair = value.dyn_into::<Array>().ok()?;
        Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
    }

    /// A cache beside the workspace (default durability: losing it costs a slower start).
    async fn save_cached(&self, key: &str, bytes: &[u8]) -> Result<(), IdbFailure> {
        let (transaction, store) = self.begin(PROJECTION, IdbTransactionMode::Readwrite)?;
        store
            .put_with_key(&Uint8Array::from(bytes), &JsValue::from_str(key))
            .map_err(js)?;
        committed(&transaction).await
    }

    /// The whole read model as last kept, if any.
    pub async fn load_read_model(&self) -> Option<Vec<u8>> {
        self.load_cached(READ_MODEL_KEY).await
    }

    async fn load_cached(&self, key: &str) -> Option<Vec<u8>> {
        let (transaction, store) = self.begin(PROJECTION, IdbTransactionMode::Readonly).ok()?;
        let value = request(&store.get(&JsValue::from_str(key)).ok()?);
        let done = committed(&transaction);
        let value = value.await.ok()?;
        done.await.ok()?;
        Some(value.dyn_into::<Uint8Array>().ok()?.to_vec())
    }

    /// Moves every chunk to the set-aside store (never deleted), so a fresh workspace can
    /// start while the damaged one stays recoverable.
    pub async fn set_aside_all(&self, now: i64) -> Result<(), IdbFailure> {
        let chunks = self.load().await?;
        let names = Array::of2(&JsValue::from_str(CHUNKS), &JsValue::from_str(SET_ASIDE));
        let transaction = strict_transaction(&self.db, &names).map_err(js)?;
        let live = transaction.object_store(CHUNKS).map_err(js)?;
        let aside = transaction.object_store(SET_ASIDE).map_err(js)?;
        for chunk in &chunks {
            let value = Uint8Array::from(chunk.bytes.as_slice());
            aside
                .put_with_key(&value, &JsValue::from_str(&format!("{now}/{}", chunk.key)))
                .map_err(js)?;
            live.delete(&JsValue::from_str(&chunk.key)).map_err(js)?;
        }
        committed(&transaction).await
    }

    /// A write the user's "Saved" waits for: committed only once it is on disk (Chrome's
    /// default, "relaxed", reports success before the data survives a crash).
    fn begin_strict(
        &self,
        name: &str,
    ) -> Result<(web_sys::IdbTransaction, IdbObjectStore), IdbFailure> {
        let transaction = strict_transaction(&self.db, &JsValue::from_str(name)).map_err(js)?;
        let store = transaction.object_store(name).map_err(js)?;
        Ok((transaction, store))
    }

    fn begin(
        &self,
        name: &str,
        mode: IdbTransactionMode,
    ) -> Result<(web_sys::IdbTransaction, IdbObjectStore), IdbFailure> {
        let transaction = self
            .db
            .transaction_with_str_and_mode(name, mode)
            .map_err(js)?;
        let store = transaction.object_store(name).map_err(js)?;
        Ok((transaction, store))
    }
}

/// A read-write transaction over `names` (a store name or an array of them) with
/// `durability: "strict"`.
fn strict_transaction(
    db: &web_sys::IdbDatabase,
    names: &JsValue,
) -> Result<web_sys::IdbTransaction, JsValue> {
    // web-sys has the options dictionary only behind its unstable-API flag.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())?;
    let open: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
    open.call3(db, names, &"readwrite".into(), &options)?
        .dyn_into()
}

fn write_receipts(store: &IdbObjectStore, receipts: &[Receipt]) -> Result<(), IdbFailure> {
    for receipt in receipts {
        let value = Array::of2(&(receipt.upto as f64).into(), &(receipt.at as f64).into());
        store
            .put_with_key(&value, &JsValue::from_str(&receipt.tab))
            .map_err(js)?;
    }
    Ok(())
}

/// Concatenates chunks the way Automerge loads them: the largest snapshot first (so the
/// others are mostly known already and cheap to skip), then the rest.
pub fn concatenate(chunks: &[Chunk]) -> Vec<u8> {
    let mut ordered: Vec<&Chunk> = chunks.iter().collect();
    ordered.sort_by_key(|c| {
        (
            c.kind() != ChunkKind::Snapshot,
            std::cmp::Reverse(c.bytes.len()),
        )
    });
    ordered
        .iter()
        .flat_map(|c| c.bytes.iter().copied())
        .collect()
}

fn fresh_id() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the platform offers no random numbers");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn js(value: JsValue) -> IdbFailure {
    IdbFailure::from_js(&value)
}

fn failure(message: &str) -> IdbFailure {
    IdbFailure {
        name: "UnknownError".into(),
        message: message.into(),
    }
}
