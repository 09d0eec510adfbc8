//! [`Workspace`]: the document plus this session's identity, and every intent.

use automerge::transaction::{CommitOptions, Transactable, Transaction};
use std::cell::RefCell;

use automerge::{
    ActorId, Automerge, ChangeHash, LoadOptions, ObjId, ObjType, OnPartialLoad, PatchLog, ReadDoc,
    ScalarValue,
};

use super::fields::{map, put_opt_str, put_str, put_text, put_time, string, sync_strings};
use super::ids::random_id;
use super::incoming;
use super::read::{self, collection};
use super::schema::{self, ACTORS, COLLEAGUES, CUSTOMERS, INTERACTIONS, META};
use super::touched::{Touched, Tracker};
use super::DocumentError;
use crate::domain::{
    custom_key, fold, Code, Colleague, ColleagueId, Customer, CustomerDraft, CustomerId,
    CustomerKind, CustomerUpdate, Field, Interaction, InteractionDraft, InteractionId, Stage,
    MAX_LINE,
};
pub(super) use commitments::{write_new_commitment, write_status};
pub(super) use deals::write_new_deal;
pub(super) use new_customer::{write_new_customer, NewCustomer};

type Result<T> = std::result::Result<T, DocumentError>;

/// The workspace document as one session (one tab) sees it.
///
/// Every session writes with its own random actor id: two tabs or devices never share
/// one. The first change of a session records which colleague that actor belongs to.
#[derive(Debug)]
pub struct Workspace {
    pub(super) doc: Automerge,
    me: Option<ColleagueId>,
    clock: fn() -> i64,
    /// What changed since the read model last asked (see `touched`).
    pub(super) tracker: RefCell<Tracker>,
    /// See [`Workspace::replacements`].
    pub(super) replacements: u32,
    /// The last change to many customers this session made, with the customers it
    /// changed: its undo puts back each one's value (see `bulk.rs`).
    pub(super) last_bulk: Option<(ChangeHash, Vec<CustomerId>)>,
}

fn system_clock() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new()
    }
}

impl Workspace {
    /// A new, empty workspace, descending from the shared genesis change.
    pub fn new() -> Self {
        Self::from_doc(schema::genesis())
    }

    /// Opens saved bytes, refusing what is not a Rapport workspace this version can read.
    pub fn load(bytes: &[u8]) -> Result<Self> {
        let doc = load_strict(bytes)?;
        schema::check(&doc)?;
        Ok(Self::from_doc(doc))
    }

    fn from_doc(doc: Automerge) -> Self {
        let mut doc = doc;
        doc.set_actor(super::ids::random_actor());
        let tracker = RefCell::new(Tracker::starting_at(doc.get_heads()));
        Self {
            doc,
            me: None,
            clock: system_clock,
            tracker,
            replacements: 0,
            last_bulk: None,
        }
    }

    /// Replaces the clock (milliseconds since the Unix epoch), for tests and benchmarks.
    pub fn set_clock(&mut self, clock: fn() -> i64) {
        self.clock = clock;
    }

    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// The whole document, compressed; it keeps the full history.
    pub fn save(&self) -> Vec<u8> {
        self.doc.save()
    }

    /// The changes after `heads`, for an incremental save or a sync file.
    pub fn save_after(&self, heads: &[ChangeHash]) -> Vec<u8> {
        self.doc.save_after(heads)
    }

    pub fn heads(&self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Merges saved bytes of another copy (a full save or incremental changes) into this
    /// one. The bytes are checked on a scratch copy first, so that a foreign or damaged
    /// input leaves this workspace exactly as it was. Returns whether anything changed.
    pub fn merge_bytes(&mut self, bytes: &[u8]) -> Result<bool> {
        if bytes.is_empty() {
            return Ok(false);
        }
        // Changes that write no root map cannot break the schema: no copy is needed.
        // `split` verifies each one, as a strict load would.
        if let Some(changes) = incoming::split(bytes)? {
            if !incoming::writes_root(&changes) {
                return self.merge_checked(bytes);
            }
        }
        // Automerge keeps whatever decodes of a damaged input; refuse it whole instead.
        // Changes whose ancestors are missing decode fine: they wait in the document.
        match load_strict(bytes) {
            Ok(_) | Err(DocumentError::MissingDeps) => {}
            Err(error) => return Err(error),
        }
        let mut scratch = self.doc.fork();
        scratch.load_incremental(bytes)?;
        schema::check(&scratch)?;
        self.merge_checked(bytes)
    }

    /// Merges bytes already checked against a fork of this workspace (a previewed sync
    /// file): forking a large document is the expensive part of a merge.
    pub(crate) fn merge_checked(&mut self, bytes: &[u8]) -> Result<bool> {
        let before = self.heads();
        let mut log = PatchLog::active();
        self.doc.load_incremental_log_patches(bytes, &mut log)?;
        self.record(&mut log);
        Ok(self.heads() != before)
    }

    /// A copy of this workspace to try things on (same identity, its own actor).
    pub fn fork(&self) -> Self {
        Self {
            doc: self.doc.fork().with_actor(super::ids::random_actor()),
            me: self.me.clone(),
            clock: self.clock,
            tracker: RefCell::new(Tracker::starting_at(self.heads())),
            replacements: self.replacements,
            last_bulk: None,
        }
    }

    /// Whether this copy has the change `hash`.
    pub fn knows_change(&self, hash: &ChangeHash) -> bool {
        // `get_change_by_hash` rebuilds the change from the whole op set (about a second
        // at 100,000 interactions); the change graph answers at once. It cannot tell a
        // queued change from an applied one, so while changes wait the slow way decides.
        if self.is_waiting_for_earlier_changes() {
            return self.doc.get_change_by_hash(hash).is_some();
        }
        self.doc
            .get_missing_deps(std::slice::from_ref(hash))
            .is_empty()
    }

    /// True when changes arrived whose earlier changes have not: they wait, unapplied.
    pub fn is_waiting_for_earlier_changes(&self) -> bool {
        !self.doc.get_missing_deps(&[]).is_empty()
    }

    /// True when this copy holds no customers, interactions or commitments, only
    /// colleagues: it may join another workspace without mixing two. (Deals always
    /// belong to a customer.)
    pub fn has_no_work(&self) -> bool {
        [CUSTOMERS, INTERACTIONS, schema::COMMITMENTS]
            .iter()
            .all(|name| read::ids(&self.doc, name).is_empty())
    }

    /// Makes this copy part of the workspace `id` (joining by a first sync file).
    pub(crate) fn adopt_workspace_id(&mut self, id: &str) -> Result<()> {
        if self.workspace_id().as_deref() == Some(id) {
            return Ok(());
        }
        self.commit(&format!("workspace.join {id}"), |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            tx.put(&meta, "workspace_id", id)?;
            Ok(())
        })
    }

    /// Whether an interaction exists, removed or not.
    pub(crate) fn interaction_exists(&self, id: &InteractionId) -> bool {
        collection(&self.doc, INTERACTIONS).is_some_and(|all| map(&self.doc, &all, &id.0).is_some())
    }

    /// Merges another in-memory copy into this one.
    pub fn merge(&mut self, other: &Workspace) -> Result<bool> {
        self.merge_bytes(&other.save())
    }

    // --- identity ---------------------------------------------------------------------

    /// The colleague this session writes as.
    pub fn me(&self) -> Option<&ColleagueId> {
        self.me.as_ref()
    }

    /// Joins the workspace as a new colleague called `name`, and starts the workspace
    /// (its id) if nobody has yet.
    pub fn join(&mut self, name: &str) -> Result<ColleagueId> {
        let id = ColleagueId(random_id());
        self.identify(&id, name)?;
        Ok(id)
    }

    /// Writes as the colleague `id` from now on, recording them in the workspace (with
    /// `name`) if this copy does not know them yet, e.g. after storage was cleared.
    pub fn identify(&mut self, id: &ColleagueId, name: &str) -> Result<()> {
        let name = crate::domain::required(Field::ColleagueName, name, MAX_LINE)?;
        self.me = Some(id.clone());
        if self.colleague(id).is_some() && self.workspace_id().is_some() {
            return Ok(());
        }
        let now = self.now();
        self.commit(&format!("colleague.join {}", id.0), |tx| {
            let colleagues = collection(tx, COLLEAGUES).ok_or(DocumentError::NotAWorkspace)?;
            if map(tx, &colleagues, &id.0).is_none() {
                let obj = tx.put_object(&colleagues, id.0.as_str(), ObjType::Map)?;
                tx.put(&obj, "name", name.as_str())?;
                put_time(tx, &obj, "joined_at", now)?;
            }
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            if string(tx, &meta, "workspace_id").is_none() {
                tx.put(&meta, "workspace_id", random_id())?;
                put_time(tx, &meta, "created_at", now)?;
            }
            Ok(())
        })
    }

    /// The id shared by every copy of this workspace, once someone has joined it.
    pub fn workspace_id(&self) -> Option<String> {
        string(&self.doc, &collection(&self.doc, META)?, "workspace_id")
    }

    /// Whether some copy merged here named the workspace `id`: a join that merged a file
    /// into a copy with an id of its own holds both, one of them shown.
    pub(crate) fn names_workspace(&self, id: &str) -> bool {
        names_workspace(&self.doc, id)
    }

    pub fn colleagues(&self) -> Vec<Colleague> {
        read::colleagues(&self.doc)
    }

    pub fn colleague(&self, id: &ColleagueId) -> Option<Colleague> {
        self.colleagues().into_iter().find(|c| &c.id == id)
    }

    /// The colleague who made changes with `actor`, as recorded by that session.
    pub fn colleague_of_actor(&self, actor: &ActorId) -> Option<ColleagueId> {
        let actors = collection(&self.doc, ACTORS)?;
        string(&self.doc, &actors, &actor.to_hex_string()).map(ColleagueId)
    }

    // --- reads --------------------------------------------------------------------------

    pub fn customer(&self, id: &CustomerId) -> Option<Customer> {
        read::customer(&self.doc, &id.0)
    }

    /// Every customer, archived ones included, in no particular order.
    pub fn customers(&self) -> Vec<Customer> {
        read::customers(&self.doc)
    }

    /// An interaction unless it was removed.
    pub fn interaction(&self, id: &InteractionId) -> Option<Interaction> {
        read::interaction(&self.doc, &id.0)
    }

    /// Every interaction not removed, in no particular order.
    pub fn interactions(&self) -> Vec<Interaction> {
        read::interactions(&self.doc)
    }

    // --- intents: one commit each -------------------------------------------------------

    /// Creates a customer from a validated draft, with its company when one is named.
    pub fn create_customer(&mut self, draft: CustomerDraft) -> Result<CustomerId> {
        let draft = self.with_stored_fields(draft.validated()?);
        let id = CustomerId(random_id());
        let me = self.me.clone();
        let now = self.now();
        let encoding = self.doc.text_encoding();
        let message = format!("customer.create {}", id.0);
        let write = |tx: &mut Transaction<'_>| {
            let customers = collection(tx, CUSTOMERS).ok_or(DocumentError::NotAWorkspace)?;
            let new = NewCustomer::new(&draft, now, me.as_ref(), encoding);
            let obj = write_new_customer(tx, &customers, &id, &new)?;
            if draft.kind == CustomerKind::Person {
                set_company(tx, &customers, &obj, &draft.company, now, me.as_ref())?;
            }
            Ok(())
        };
        // Naming a company may create it: only patches tell its id. Otherwise the new
        // customer is all it touches, and patches (which grow with the workspace) are skipped.
        if draft.kind == CustomerKind::Person && !draft.company.is_empty() {
            self.commit(&message, write)?;
        } else {
            self.commit_listing(&message, |tx, listed| {
                write(tx)?;
                listed.customers.push(id.clone());
                Ok(())
            })?;
        }
        Ok(id)
    }

    /// Changes one field of a customer.
    pub fn update_customer(&mut self, id: &CustomerId, update: CustomerUpdate) -> Result<()> {
        let update = match update.validated()? {
            CustomerUpdate::Custom(field, typed) => {
                let value = self.custom_value(&field, &typed)?;
                CustomerUpdate::Custom(field, value)
            }
            update => update,
        };
        let me = self.me.clone();
        let now = self.now();
        let message = format!("customer.update {} {}", id.0, update.key());
        self.commit(&message, |tx| {
            let (customers, obj) = customer_obj(tx, id)?;
            write_update(tx, &customers, &obj, &update, now, me.as_ref())
        })
    }

    /// Links a person to a company customer by id, as one commit.
    pub(crate) fn link_company(&mut self, person: &CustomerId, company: &CustomerId) -> Result<()> {
        self.commit(&format!("customer.update {} company", person.0), |tx| {
            let (_, obj) = customer_obj(tx, person)?;
            customer_obj(tx, company)?;
            put_str(tx, &obj, "company", &company.0)
        })
    }

    /// Archives (hides from the list, keeps all history) or restores a customer. Only a
    /// flag changes, so an edit made elsewhere at the same time is never lost.
    pub fn set_archived(&mut self, id: &CustomerId, archived: bool) -> Result<()> {
        let verb = if archived {
            "customer.archive"
        } else {
            "customer.restore"
        };
        self.commit(&format!("{verb} {}", id.0), |tx| {
            let (_, obj) = customer_obj(tx, id)?;
            tx.put(&obj, "archived", archived)?;
            Ok(())
        })
    }

    /// Logs an interaction with a customer.
    pub fn log_interaction(
        &mut self,
        customer: &CustomerId,
        draft: InteractionDraft,
    ) -> Result<InteractionId> {
        let (draft, satisfaction) = draft.validated()?;
        let id = InteractionId(random_id());
        let me = self.me.clone();
        let now = self.now();
        self.commit(&format!("interaction.log {} {}", id.0, customer.0), |tx| {
            customer_obj(tx, customer)?;
            let new = NewRecord {
                now,
                me: me.as_ref(),
            };
            write_new_interaction(tx, &id, customer, &draft, satisfaction, new)
        })?;
        Ok(id)
    }

    /// Edits an interaction; only the fields that changed are written.
    pub fn update_interaction(
        &mut self,
        id: &InteractionId,
        draft: InteractionDraft,
    ) -> Result<()> {
        let (draft, satisfaction) = draft.validated()?;
        self.commit(&format!("interaction.update {}", id.0), |tx| {
            let obj = interaction_obj(tx, id)?;
            write_interaction(tx, &obj, &draft, satisfaction)
        })
    }

    /// Removes an interaction from the timeline. The entry stays in the document, flagged.
    pub fn remove_interaction(&mut self, id: &InteractionId) -> Result<()> {
        self.commit(&format!("interaction.remove {}", id.0), |tx| {
            let obj = interaction_obj(tx, id)?;
            tx.put(&obj, "removed", true)?;
            Ok(())
        })
    }

    /// Runs one user action as one commit, stamped with the time and a message, and
    /// records this session's actor as the colleague's. On error nothing is written.
    pub(super) fn commit(
        &mut self,
        message: &str,
        action: impl FnOnce(&mut Transaction<'_>) -> Result<()>,
    ) -> Result<()> {
        // The message names what the intent touches; patches (several milliseconds on a
        // large workspace) only for a message that does not.
        let named = self.tracker.get_mut().record_message(message);
        self.transact(message, action, !named)
    }

    fn transact(
        &mut self,
        message: &str,
        action: impl FnOnce(&mut Transaction<'_>) -> Result<()>,
        log_patches: bool,
    ) -> Result<()> {
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        let actor = self.doc.get_actor().to_hex_string();
        let seconds = self.now().div_euclid(1000);
        let options = |_: &()| {
            CommitOptions::default()
                .with_time(seconds)
                .with_message(message)
        };
        let change = |tx: &mut Transaction<'_>| {
            let actors = collection(tx, ACTORS).ok_or(DocumentError::NotAWorkspace)?;
            if string(tx, &actors, &actor).as_deref() != Some(me.0.as_str()) {
                tx.put(&actors, actor.as_str(), me.0.as_str())?;
            }
            action(tx)
        };
        if log_patches {
            let mut success = self
                .doc
                .transact_and_log_patches_with(options, change)
                .map_err(|failure| failure.error)?;
            self.record(&mut success.patch_log);
        } else {
            self.doc
                .transact_with(options, change)
                .map_err(|failure| failure.error)?;
        }
        Ok(())
    }

    /// Like [`Self::commit`], for an intent that lists what it touched itself (a whole
    /// import, a merge, a bulk change): no patches, whatever the size of the change.
    pub(super) fn commit_listing(
        &mut self,
        message: &str,
        action: impl FnOnce(&mut Transaction<'_>, &mut Touched) -> Result<()>,
    ) -> Result<()> {
        let mut touched = Touched::default();
        let listed = &mut touched;
        self.transact(message, |tx| action(tx, listed), false)?;
        self.tracker.get_mut().add(touched);
        Ok(())
    }

    /// Notes what a change or merge just logged touched, for the read model.
    pub(super) fn record(&mut self, log: &mut PatchLog) {
        let patches = self.doc.make_patches(log);
        self.tracker.get_mut().record(&patches);
    }
}

/// Decodes saved bytes, failing on any damaged or truncated part instead of keeping what
/// decodes.
pub(super) fn load_strict(bytes: &[u8]) -> Result<Automerge> {
    let options = LoadOptions::new().on_partial_load(OnPartialLoad::Error);
    Ok(Automerge::load_with_options(bytes, options)?)
}

pub(super) fn customer_obj(tx: &Transaction<'_>, id: &CustomerId) -> Result<(ObjId, ObjId)> {
    let customers = collection(tx, CUSTOMERS).ok_or(DocumentError::NotAWorkspace)?;
    let obj = map(tx, &customers, &id.0).ok_or(DocumentError::UnknownCustomer)?;
    Ok((customers, obj))
}

fn interaction_obj(tx: &Transaction<'_>, id: &InteractionId) -> Result<ObjId> {
    let all = collection(tx, INTERACTIONS).ok_or(DocumentError::NotAWorkspace)?;
    map(tx, &all, &id.0).ok_or(DocumentError::UnknownInteraction)
}

/// When a new record is made, and by whom.
#[derive(Clone, Copy)]
pub(super) struct NewRecord<'a> {
    pub now: i64,
    pub me: Option<&'a ColleagueId>,
}

/// Writes a new interaction with a validated draft (its customer checked by the caller),
/// the whole object at once (field by field, each operation is placed apart).
pub(super) fn write_new_interaction(
    tx: &mut Transaction<'_>,
    id: &InteractionId,
    customer: &CustomerId,
    draft: &InteractionDraft,
    satisfaction: Option<u8>,
    new: NewRecord<'_>,
) -> Result<()> {
    use automerge::hydrate::Value;
    let all = collection(tx, INTERACTIONS).ok_or(DocumentError::NotAWorkspace)?;
    let time = |ms: i64| Value::scalar(ScalarValue::Timestamp(ms));
    let mut record = std::collections::HashMap::from([
        ("customer", Value::scalar(customer.0.as_str())),
        ("created_at", time(new.now)),
        ("removed", Value::scalar(false)),
        ("at", time(draft.at)),
        ("channel", Value::scalar(draft.channel.code())),
        ("kind", Value::scalar(draft.kind.code())),
        ("direction", Value::scalar(draft.direction.code())),
        ("summary", Value::scalar(draft.summary.as_str())),
    ]);
    if let Some(me) = new.me {
        record.insert("created_by", Value::scalar(me.0.as_str()));
    }
    if let Some(value) = satisfaction {
        record.insert(
            "satisfaction",
            Value::scalar(ScalarValue::Int(value.into())),
        );
    }
    tx.batch_create_object(&all, id.0.as_str(), &Value::from(record), false)?;
    Ok(())
}

fn write_interaction(
    tx: &mut Transaction<'_>,
    obj: &ObjId,
    draft: &InteractionDraft,
    satisfaction: Option<u8>,
) -> Result<()> {
    if super::fields::int(tx, obj, "at") != Some(draft.at) {
        put_time(tx, obj, "at", draft.at)?;
    }
    put_str(tx, obj, "channel", draft.channel.code())?;
    put_str(tx, obj, "kind", draft.kind.code())?;
    put_str(tx, obj, "direction", draft.direction.code())?;
    put_str(tx, obj, "summary", &draft.summary)?;
    let current = super::fields::int(tx, obj, "satisfaction");
    match satisfaction {
        Some(value) if current != Some(value.into()) => {
            tx.put(obj, "satisfaction", ScalarValue::Int(value.into()))?
        }
        None if current.is_some() => tx.delete(obj, "satisfaction")?,
        _ => {}
    }
    Ok(())
}

/// Writes one validated field change to the customer `obj`.
pub(super) fn write_update(
    tx: &mut Transaction<'_>,
    customers: &ObjId,
    obj: &ObjId,
    update: &CustomerUpdate,
    now: i64,
    me: Option<&ColleagueId>,
) -> Result<()> {
    use CustomerUpdate as U;
    match update {
        U::Kind(kind) => {
            put_str(tx, obj, "kind", kind.code())?;
            if *kind == CustomerKind::Company {
                put_opt_str(tx, obj, "company", None)?;
            }
        }
        U::Name(name) => put_str(tx, obj, "name", name)?,
        U::Company(name) => set_company(tx, customers, obj, name, now, me)?,
        U::Emails(list) => sync_strings(tx, obj, "emails", list)?,
        U::Phones(list) => sync_strings(tx, obj, "phones", list)?,
        U::Tags(list) => sync_strings(tx, obj, "tags", list)?,
        U::City(city) => put_str(tx, obj, "city", city)?,
        U::District(district) => put_str(tx, obj, "district", district)?,
        U::Address(address) => put_str(tx, obj, "address", address)?,
        U::Notes(notes) => put_text(tx, obj, "notes", notes)?,
        U::TaxNumber(number) => put_str(tx, obj, "tax_number", number)?,
        U::TaxOffice(office) => put_str(tx, obj, "tax_office", office)?,
        U::Iban(iban) => put_str(tx, obj, "iban", iban)?,
        U::Stage(stage, reason) => set_stage(tx, obj, *stage, *reason, now, me)?,
        U::Owner(owner) => put_opt_str(tx, obj, "owner", owner.as_ref().map(|c| c.0.as_str()))?,
        U::PreferredChannel(channel) => {
            put_opt_str(tx, obj, "preferred_channel", channel.map(Code::code))?
        }
        U::Custom(field, value) => {
            let value = Some(value.as_str()).filter(|v| !v.is_empty());
            put_opt_str(tx, obj, &custom_key(field), value)?
        }
    }
    Ok(())
}

/// Sets the stage and appends it to the stage history when it really changes.
pub(super) fn set_stage(
    tx: &mut Transaction<'_>,
    obj: &ObjId,
    stage: Stage,
    reason: Option<crate::domain::DissolutionReason>,
    now: i64,
    me: Option<&ColleagueId>,
) -> Result<()> {
    let old_stage = string(tx, obj, "stage");
    let old_reason = string(tx, obj, "dissolution_reason");
    put_str(tx, obj, "stage", stage.code())?;
    put_opt_str(tx, obj, "dissolution_reason", reason.map(Code::code))?;
    if old_stage.as_deref() == Some(stage.code()) && old_reason.as_deref() == reason.map(Code::code)
    {
        return Ok(());
    }
    let history = match tx.get(obj, "stage_history")? {
        Some((automerge::Value::Object(ObjType::List), list)) => list,
        _ => tx.put_object(obj, "stage_history", ObjType::List)?,
    };
    let entry = tx.insert_object(&history, tx.length(&history), ObjType::Map)?;
    tx.put(&entry, "stage", stage.code())?;
    put_opt_str(tx, &entry, "reason", reason.map(Code::code))?;
    put_time(tx, &entry, "at", now)?;
    put_opt_str(tx, &entry, "by", me.map(|c| c.0.as_str()))?;
    Ok(())
}

/// Links a person to the company called `name`: an existing company of that name (folded,
/// so `ACME` finds `Acme`), otherwise a new company customer made in the same commit.
pub(super) fn set_company(
    tx: &mut Transaction<'_>,
    customers: &ObjId,
    person: &ObjId,
    name: &str,
    now: i64,
    me: Option<&ColleagueId>,
) -> Result<()> {
    if name.is_empty() {
        return put_opt_str(tx, person, "company", None);
    }
    let wanted = fold(name);
    let existing = tx.keys(customers).find(|id| {
        map(tx, customers, id).is_some_and(|obj| {
            string(tx, &obj, "kind").as_deref() == Some(CustomerKind::Company.code())
                && !super::fields::boolean(tx, &obj, "archived")
                && string(tx, &obj, "name").is_some_and(|n| fold(&n) == wanted)
        })
    });
    let company = match existing {
        Some(id) => id,
        None => {
            let id = random_id();
            let obj = tx.put_object(customers, id.as_str(), ObjType::Map)?;
            tx.put(&obj, "kind", CustomerKind::Company.code())?;
            tx.put(&obj, "name", name)?;
            put_time(tx, &obj, "created_at", now)?;
            put_opt_str(tx, &obj, "created_by", me.map(|c| c.0.as_str()))?;
            tx.put(&obj, "archived", false)?;
            set_stage(tx, &obj, Stage::Exploration, None, now, me)?;
            id
        }
    };
    put_str(tx, person, "company", &company)
}

mod bulk;
mod commitments;
mod deals;
mod extension;
mod firm;
mod import;
mod merge;
mod meta_records;
mod new_customer;
mod products;
mod quotes;

mod consents;
mod custom_fields;
mod sync_messages;
mod templates;
mod undo;
mod views;

pub use bulk::BulkChange;
pub use import::{ImportDuplicate, ImportOutcome, ImportPlan};
pub use undo::{UndoAction, Undoable};

#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;

/// Whether `doc` names the workspace `id`, among concurrent values too.
pub(crate) fn names_workspace<R: ReadDoc>(doc: &R, id: &str) -> bool {
    let Some(meta) = collection(doc, META) else {
        return false;
    };
    let values = doc.get_all(&meta, "workspace_id").unwrap_or_default();
    values
        .iter()
        .any(|(value, _)| matches!(value, automerge::Value::Scalar(s) if s.as_str() == Some(id)))
}
