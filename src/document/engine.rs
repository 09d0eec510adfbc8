//! [`Engine`]: the document side of the engine thread. Requests in, replies out: each
//! request runs on the workspace (one commit, or a read), and the reply carries the
//! records that changed as a [`Patch`] for the page's read model. Also keeps what belongs
//! to the engine between requests: its own read model (imports are planned against it),
//! this tab's undo stack, the sync file last read and the import being written.
//!
//! No I/O: storing what changed is the platform's job (it asks [`Engine::workspace`]).

use std::collections::HashMap;
use std::ops::Range;

use super::{heads_from_strings, ChangeHash, DocumentError, ImportPlan, IncomingFile};
use super::{Undoable, Workspace};
use crate::model::{Patch, Snapshot};
use crate::protocol::{Answer, FileHeader, FilePreview, Reply, Request, UndoStack, UndoState};
use sessions::Session;

/// How many actions back undo reaches.
pub const MAX_UNDO: usize = 20;

/// The workspace and what the engine keeps beside it.
#[derive(Debug)]
pub struct Engine {
    workspace: Workspace,
    snapshot: Snapshot,
    /// This tab's own actions that can be undone, the newest last, each with its number.
    undo: Vec<(u64, Undoable)>,
    /// The change the last undo made: never offered for undo itself (no redo).
    undo_change: Option<ChangeHash>,
    /// Numbers the actions pushed, so the page tells a new one from an older one uncovered.
    pushed: u64,
    preview: Option<IncomingFile>,
    import: Option<(ImportPlan, Vec<Range<usize>>)>,
    /// Live and direct sync sessions, by the page's number for each.
    sessions: HashMap<u64, Session>,
}

impl Engine {
    pub fn new(workspace: Workspace) -> Self {
        Self::open(workspace).0
    }

    /// The engine, and its whole read model as one patch for the page: the document is
    /// read once for both.
    pub fn open(workspace: Workspace) -> (Self, Patch) {
        Self::open_kept(workspace, None)
    }

    /// The engine on the read model kept at `kept`'s heads, and the patch that brings a
    /// page holding that model to the workspace as it is: empty when the heads are the
    /// workspace's, the records changed since when it holds them, else the whole read
    /// model (the kept one belongs to another copy and is not trusted).
    pub fn open_kept(
        workspace: Workspace,
        kept: Option<(Vec<ChangeHash>, Snapshot)>,
    ) -> (Self, Patch) {
        let (snapshot, patch) = match kept {
            Some((heads, mut snapshot)) if heads.iter().all(|h| workspace.knows_change(h)) => {
                let patch = workspace.patch_since(&heads);
                if !patch.is_empty() {
                    snapshot.apply(patch.clone());
                }
                (snapshot, patch)
            }
            _ => {
                let model = workspace.read_model();
                let mut snapshot = Snapshot::default();
                snapshot.apply(model.clone());
                (snapshot, model)
            }
        };
        let engine = Self {
            workspace,
            snapshot,
            undo: Vec::new(),
            undo_change: None,
            pushed: 0,
            preview: None,
            import: None,
            sessions: HashMap::new(),
        };
        (engine, patch)
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The engine's read model (the page holds a copy built from the same patches).
    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    /// Everything the page needs to draw, as one patch.
    pub fn read_model(&self) -> Patch {
        self.workspace.read_model()
    }

    /// Lets outside changes in (another tab's chunks, a peer's message): `receive` gets the
    /// workspace; the patch says what changed.
    pub fn absorb<T>(&mut self, receive: impl FnOnce(&mut Workspace) -> T) -> (T, Patch) {
        let before = self.workspace.heads();
        let result = receive(&mut self.workspace);
        (result, self.patch_since(&before))
    }

    /// Runs one request.
    pub fn handle(&mut self, request: Request) -> Reply {
        let before = self.workspace.heads();
        let remember = !matches!(request, Request::Undo);
        let answer = self.run(request);
        if remember && answer.is_ok() {
            self.remember_last_action();
        }
        let patch = self.patch_since(&before);
        Reply {
            wrote: self.workspace.heads() != before,
            patch,
            answer,
            undo: self.undo_state(),
        }
    }

    fn patch_since(&mut self, before: &[ChangeHash]) -> Patch {
        let patch = self.workspace.patch_since(before);
        if !patch.is_empty() {
            self.snapshot.apply(patch.clone());
        }
        patch
    }

    /// The patch that brings a read model read at `heads` to the workspace as it is: the
    /// records changed since, or the whole read model when `heads` are not all known.
    pub fn patch_for_model_at(&self, heads: &[ChangeHash]) -> Patch {
        match heads.iter().all(|h| self.workspace.knows_change(h)) {
            true => self.workspace.patch_since(heads),
            false => self.workspace.read_model(),
        }
    }

    /// This tab's undo stack, for the engine that takes over after this one rests.
    pub fn undo_stack(&self) -> UndoStack {
        let hex = |hash: &ChangeHash| hash.to_string();
        UndoStack {
            actions: self
                .undo
                .iter()
                .map(|(n, u)| (*n, hex(&u.change), u.action.clone()))
                .collect(),
            pushed: self.pushed,
            undone: self.undo_change.as_ref().map(hex),
        }
    }

    /// Takes over the undo stack an engine at rest handed on (actions whose change this
    /// workspace lacks are dropped).
    pub fn restore_undo(&mut self, stack: UndoStack) {
        let hash = |hex: &str| {
            hex.parse::<ChangeHash>()
                .ok()
                .filter(|h| self.workspace.knows_change(h))
        };
        self.undo = stack
            .actions
            .into_iter()
            .filter_map(|(n, change, action)| {
                Some((
                    n,
                    Undoable {
                        change: hash(&change)?,
                        action,
                    },
                ))
            })
            .collect();
        self.pushed = stack.pushed;
        self.undo_change = stack.undone.as_deref().and_then(hash);
    }

    /// Holds something only this engine's memory has: a sync session, a sync file read
    /// for a preview, an import being written.
    pub fn is_busy(&self) -> bool {
        !self.sessions.is_empty() || self.preview.is_some() || self.import.is_some()
    }

    fn undo_state(&self) -> UndoState {
        UndoState {
            depth: self.undo.len(),
            top: self.undo.last().map(|(n, u)| (*n, u.action.clone())),
        }
    }

    fn remember_last_action(&mut self) {
        let last = self
            .workspace
            .last_undoable()
            .filter(|last| self.undo_change != Some(last.change));
        if let Some(last) = last {
            if self
                .undo
                .last()
                .is_none_or(|(_, top)| top.change != last.change)
            {
                self.pushed += 1;
                self.undo.push((self.pushed, last));
                let excess = self.undo.len().saturating_sub(MAX_UNDO);
                self.undo.drain(..excess);
            }
        }
    }

    fn run(&mut self, request: Request) -> Result<Answer, DocumentError> {
        use Request as R;
        if let Some(answer) = self.run_session(&request) {
            return answer;
        }
        let w = &mut self.workspace;
        Ok(match request {
            R::Join(name) => Answer::Colleague(w.join(&name)?),
            R::Identify(id, name) => {
                w.identify(&id, &name)?;
                Answer::Done
            }
            R::OpenSample(seed) => {
                w.open_sample(seed)?;
                Answer::Done
            }
            R::CreateCustomer(draft) => Answer::Customer(w.create_customer(draft)?),
            R::UpdateCustomer(id, update) => {
                w.update_customer(&id, update)?;
                Answer::Done
            }
            R::SetArchived(id, archived) => {
                w.set_archived(&id, archived)?;
                Answer::Done
            }
            R::LogInteraction(customer, draft) => {
                Answer::Interaction(w.log_interaction(&customer, draft)?)
            }
            R::UpdateInteraction(id, draft) => {
                w.update_interaction(&id, draft)?;
                Answer::Done
            }
            R::RemoveInteraction(id) => {
                w.remove_interaction(&id)?;
                Answer::Done
            }
            R::CreateCommitment(draft) => Answer::Commitment(w.create_commitment(draft)?),
            R::UpdateCommitment(id, update) => {
                w.update_commitment(&id, update)?;
                Answer::Done
            }
            R::CreateDeal(draft) => Answer::Deal(w.create_deal(draft)?),
            R::UpdateDeal(id, update) => {
                w.update_deal(&id, update)?;
                Answer::Done
            }
            R::CreateProduct(draft) => Answer::Product(w.create_product(draft)?),
            R::UpdateProduct(id, draft) => {
                w.update_product(&id, draft)?;
                Answer::Done
            }
            R::CreateQuote(draft) => Answer::Quote(w.create_quote(draft)?),
            R::UpdateQuote(id, update) => {
                w.update_quote(&id, update)?;
                Answer::Done
            }
            R::SetFirm(firm) => {
                w.set_firm(firm)?;
                Answer::Done
            }
            R::SaveTemplate(template) => Answer::Template(w.save_template(template)?),
            R::RemoveTemplate(id) => {
                w.remove_template(&id)?;
                Answer::Done
            }
            R::SaveView(view) => Answer::View(w.save_view(view)?),
            R::RemoveView(id) => {
                w.remove_view(&id)?;
                Answer::Done
            }
            R::SaveField(field) => Answer::Field(w.save_field(field)?),
            R::RecordConsent(customer, draft) => {
                w.record_consent(&customer, draft)?;
                Answer::Done
            }
            R::AddNotice(notice) => Answer::Notice(w.add_notice(notice)?),
            R::LogDataEvent(customer, kind) => {
                w.log_data_event(&customer, kind)?;
                Answer::Done
            }
            R::ChangeCustomers(ids, change) => Answer::Count(w.change_customers(&ids, change)?),
            R::MergeCustomers {
                keep,
                other,
                updates,
            } => {
                w.merge_customers(&keep, &other, updates)?;
                Answer::Done
            }
            R::ResolveConflict {
                customer,
                field,
                value,
            } => {
                w.resolve_conflict(&customer, &field, &value)?;
                Answer::Done
            }
            R::PlanImport(drafts) => {
                let drafts = drafts
                    .into_iter()
                    .map(|d| w.with_stored_fields(d))
                    .collect();
                let plan = Workspace::plan_import(drafts, &self.snapshot)?;
                let parts = plan.parts();
                let answer = Answer::Plan {
                    outcome: plan.outcome.clone(),
                    parts: parts.len(),
                    records: plan.records(),
                };
                self.import = Some((plan, parts));
                answer
            }
            R::WriteImport(n) => {
                let (plan, parts) = self.import.as_ref().ok_or(DocumentError::NoLongerAtHand)?;
                let part = parts.get(n).ok_or(DocumentError::NoLongerAtHand)?.clone();
                let count = part.len();
                w.write_import(plan, part)?;
                if n + 1 == parts.len() {
                    self.import = None;
                }
                Answer::Written(count)
            }
            R::UndoImport(outcome) => {
                w.undo_import(&outcome)?;
                Answer::Done
            }
            R::ReadSyncFile { bytes, passphrase } => {
                let file = w.read_sync_file(&bytes, passphrase.as_deref())?;
                let answer = Answer::Preview(FilePreview {
                    header: FileHeader::from(&file.header),
                    summary: file.summary.clone(),
                    // The page keeps the changes only while they wait for earlier ones:
                    // a whole workspace need not cross to the page's memory.
                    payload: match file.summary.waiting_for_earlier {
                        true => file.payload().to_vec(),
                        false => Vec::new(),
                    },
                });
                self.preview = Some(file);
                answer
            }
            R::ApplySyncFile => {
                let file = self.preview.take().ok_or(DocumentError::NoLongerAtHand)?;
                Answer::Summary(w.apply_sync_file(file)?)
            }
            R::MergeBytes(bytes) => {
                w.merge_bytes(&bytes)?;
                Answer::Done
            }
            R::ExportSyncFile { since, passphrase } => Answer::File(
                w.export_sync_file(&heads_from_strings(&since), passphrase.as_deref())?,
            ),
            R::Undo => match self.undo.pop() {
                None => Answer::NothingToUndo,
                Some((_, last)) => {
                    w.undo(&last)?;
                    self.undo_change = w.last_undoable().map(|u| u.change);
                    Answer::Undone(last.action)
                }
            },
            R::History(id) => Answer::History(w.customer_history(&id)),
            R::Conflicts(id) => Answer::Conflicts(w.conflicts(&id)),
            R::RepoDocumentId { assign } => {
                let id = match (w.repo_document_id(), assign) {
                    (Some(id), _) => Some(id),
                    (None, true) => Some(w.assign_repo_document_id()?),
                    (None, false) => None,
                };
                Answer::DocumentUrl(id.map(|id| id.url()))
            }
            R::AdoptWorkspaceId(id) => {
                w.adopt_workspace_id(&id)?;
                Answer::Done
            }
            R::Status => Answer::Status {
                waiting_for_earlier: w.is_waiting_for_earlier_changes(),
                has_work: !w.has_no_work(),
            },
            // Codecs the page leaves to the engine (deflate and QR code are not in its binary).
            R::WriteSignal(signal) => Answer::Text(signal.to_text()),
            R::ReadSignal(text) => Answer::Signal(crate::protocol::Signal::parse(&text)),
            R::QrCode(text) => Answer::Svg(crate::domain::qr_svg(&text)),
            R::SessionStart { .. }
            | R::SessionOpened(_)
            | R::SessionReceived { .. }
            | R::SessionLocalChange(_)
            | R::SessionClosed(_)
            | R::SessionEnd(_) => unreachable!("sessions are run above"),
        })
    }
}

mod sessions;
#[cfg(test)]
mod tests;
