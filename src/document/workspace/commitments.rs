//! Commitments in the document: reading them, and the intents that make, change and
//! remove them (one commit each).

use automerge::transaction::{Transactable, Transaction};
use automerge::{ObjId, ObjType, ReadDoc};

use super::super::fields::{map, put_opt_str, put_opt_time, put_str, put_time, string, MapFields};
use super::super::ids::random_id;
use super::super::read::{collection, record, records};
use super::super::schema::{COMMITMENTS, CUSTOMERS};
use super::{DocumentError, Result, Workspace};
use crate::domain::{
    Code, ColleagueId, Commitment, CommitmentDraft, CommitmentId, CommitmentKind, CommitmentStatus,
    CommitmentUpdate, CustomerId, Field, FieldError, Problem,
};

impl Workspace {
    /// A commitment, unless it was removed.
    pub fn commitment(&self, id: &CommitmentId) -> Option<Commitment> {
        record(&self.doc, COMMITMENTS, &id.0, commitment_at)
    }

    /// Every commitment not removed, in no particular order.
    pub fn commitments(&self) -> Vec<Commitment> {
        records(&self.doc, COMMITMENTS, commitment_at)
    }

    /// Makes a promise to a customer or a task; its owner is the maker unless named.
    pub fn create_commitment(&mut self, draft: CommitmentDraft) -> Result<CommitmentId> {
        let draft = draft.validated()?;
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        if let Some(customer) = &draft.customer {
            self.check_customer(customer)?;
        }
        self.ensure_extension()?;
        let id = CommitmentId(random_id());
        let now = self.now();
        let mut message = format!("commitment.create {}", id.0);
        if let Some(customer) = &draft.customer {
            message = format!("{message} {}", customer.0);
        }
        self.commit(&message, |tx| {
            write_new_commitment(tx, &id, &draft, now, &me).map(drop)
        })?;
        Ok(id)
    }

    /// Changes one field of a commitment: its title, due date, owner, customer, or its
    /// status (kept, broken, open again), which records when and by whom it was settled.
    pub fn update_commitment(&mut self, id: &CommitmentId, update: CommitmentUpdate) -> Result<()> {
        let update = update.validated()?;
        if let CommitmentUpdate::Customer(Some(customer)) = &update {
            self.check_customer(customer)?;
        }
        let me = self.me.clone();
        let now = self.now();
        let message = format!("commitment.update {} {}", id.0, update.key());
        self.commit(&message, |tx| {
            let obj = commitment_obj(tx, id)?;
            match &update {
                CommitmentUpdate::Title(title) => put_str(tx, &obj, "title", title),
                CommitmentUpdate::Due(due) => put_opt_time(tx, &obj, "due", Some(*due)),
                CommitmentUpdate::Owner(owner) => {
                    put_opt_str(tx, &obj, "owner", owner.as_ref().map(|c| c.0.as_str()))
                }
                CommitmentUpdate::Customer(customer) => {
                    let kind = string(tx, &obj, "kind");
                    if customer.is_none() && kind.as_deref() == Some(CommitmentKind::Promise.code())
                    {
                        let error = FieldError::new(Field::Customer, Problem::Required);
                        return Err(error.into());
                    }
                    put_opt_str(
                        tx,
                        &obj,
                        "customer",
                        customer.as_ref().map(|c| c.0.as_str()),
                    )
                }
                CommitmentUpdate::Status(status) => {
                    write_status(tx, &obj, *status, now, me.as_ref())
                }
                CommitmentUpdate::Reminder(at) => put_opt_time(tx, &obj, "remind_at", *at),
            }
        })
    }

    /// Removes a commitment made by mistake. The entry stays in the document, flagged, so
    /// a colleague's concurrent edit of it is not lost.
    pub fn remove_commitment(&mut self, id: &CommitmentId) -> Result<()> {
        self.commit(&format!("commitment.remove {}", id.0), |tx| {
            let obj = commitment_obj(tx, id)?;
            tx.put(&obj, "removed", true)?;
            Ok(())
        })
    }

    /// Refuses a customer this copy does not know, before anything is written.
    pub(super) fn check_customer(&self, id: &CustomerId) -> Result<()> {
        collection(&self.doc, CUSTOMERS)
            .and_then(|all| map(&self.doc, &all, &id.0))
            .map(|_| ())
            .ok_or(DocumentError::UnknownCustomer)
    }
}

fn commitment_obj(tx: &Transaction<'_>, id: &CommitmentId) -> Result<ObjId> {
    collection(tx, COMMITMENTS)
        .and_then(|all| map(tx, &all, &id.0))
        .ok_or(DocumentError::UnknownCommitment)
}

fn commitment_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Commitment> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    let text = |key: &str| f.string(doc, key).filter(|s| !s.is_empty());
    Some(Commitment {
        id: CommitmentId(id.to_owned()),
        kind: text("kind")
            .and_then(|c| CommitmentKind::from_code(&c))
            .unwrap_or(CommitmentKind::Task),
        customer: text("customer").map(CustomerId),
        title: f.string(doc, "title").unwrap_or_default(),
        due: f.int("due")?,
        owner: text("owner").map(crate::domain::ColleagueId),
        // An unknown (newer) status reads as open: nothing is hidden from the user.
        status: text("status")
            .and_then(|c| CommitmentStatus::from_code(&c))
            .unwrap_or(CommitmentStatus::Open),
        settled_at: f.int("settled_at"),
        created_at: f.int("created_at").unwrap_or(0),
        created_by: text("created_by").map(crate::domain::ColleagueId),
        remind_at: f.int("remind_at"),
    })
}

#[cfg(test)]
mod tests;

/// Writes a new, open commitment with a validated draft (its customer checked by the
/// caller); `me` makes it at `now`.
pub(in crate::document) fn write_new_commitment(
    tx: &mut Transaction<'_>,
    id: &CommitmentId,
    draft: &CommitmentDraft,
    now: i64,
    me: &ColleagueId,
) -> Result<ObjId> {
    let all = collection(tx, COMMITMENTS).ok_or(DocumentError::NotAWorkspace)?;
    let obj = tx.put_object(&all, id.0.as_str(), ObjType::Map)?;
    tx.put(&obj, "kind", draft.kind.code())?;
    put_opt_str(
        tx,
        &obj,
        "customer",
        draft.customer.as_ref().map(|c| c.0.as_str()),
    )?;
    tx.put(&obj, "title", draft.title.as_str())?;
    put_time(tx, &obj, "due", draft.due)?;
    if let Some(at) = draft.remind_at {
        put_time(tx, &obj, "remind_at", at)?;
    }
    let owner = draft.owner.as_ref().unwrap_or(me);
    tx.put(&obj, "owner", owner.0.as_str())?;
    tx.put(&obj, "status", CommitmentStatus::Open.code())?;
    tx.put(&obj, "removed", false)?;
    put_time(tx, &obj, "created_at", now)?;
    tx.put(&obj, "created_by", me.0.as_str())?;
    Ok(obj)
}

/// Settles the commitment `obj` (or opens it again), noting when and by whom.
pub(in crate::document) fn write_status(
    tx: &mut Transaction<'_>,
    obj: &ObjId,
    status: CommitmentStatus,
    now: i64,
    me: Option<&ColleagueId>,
) -> Result<()> {
    if string(tx, obj, "status").as_deref() == Some(status.code()) {
        return Ok(());
    }
    put_str(tx, obj, "status", status.code())?;
    let settled = status != CommitmentStatus::Open;
    put_opt_time(tx, obj, "settled_at", settled.then_some(now))?;
    let by = me.filter(|_| settled).map(|c| c.0.as_str());
    put_opt_str(tx, obj, "settled_by", by)
}
