//! Deals in the document: reading them, and the intents that record, move and remove them
//! (one commit each).

use automerge::transaction::{Transactable, Transaction};
use automerge::{ObjId, ObjType, ReadDoc, ScalarValue};

use super::super::fields::{
    int, map, put_opt_str, put_opt_time, put_str, put_time, string, MapFields,
};
use super::super::ids::random_id;
use super::super::read::{collection, record, records};
use super::super::schema::DEALS;
use super::{DocumentError, Result, Workspace};
use crate::domain::{
    Code, ColleagueId, Currency, CustomerId, Deal, DealDraft, DealId, DealStage, DealUpdate,
    LostReason, Money,
};

impl Workspace {
    /// A deal, unless it was removed.
    pub fn deal(&self, id: &DealId) -> Option<Deal> {
        record(&self.doc, DEALS, &id.0, deal_at)
    }

    /// Every deal not removed, in no particular order.
    pub fn deals(&self) -> Vec<Deal> {
        records(&self.doc, DEALS, deal_at)
    }

    /// Records a deal with a customer; its owner is the maker unless named. A deal
    /// recorded already won or lost closes at `closed_at`, or now.
    pub fn create_deal(&mut self, draft: DealDraft) -> Result<DealId> {
        let (draft, amount) = draft.validated()?;
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        self.check_customer(&draft.customer)?;
        self.ensure_extension()?;
        let id = DealId(random_id());
        let now = self.now();
        let message = format!("deal.create {} {}", id.0, draft.customer.0);
        self.commit(&message, |tx| {
            write_new_deal(tx, &id, &draft, amount, now, &me)
        })?;
        Ok(id)
    }

    /// Changes one thing about a deal. Moving it to won or lost stamps when it closed;
    /// moving it back to quote or order clears that.
    pub fn update_deal(&mut self, id: &DealId, update: DealUpdate) -> Result<()> {
        let update = update.validated()?;
        let now = self.now();
        let message = format!("deal.update {} {}", id.0, update.key());
        self.commit(&message, |tx| {
            let obj = deal_obj(tx, id)?;
            match &update {
                DealUpdate::Title(title) => put_str(tx, &obj, "title", title),
                DealUpdate::Stage(stage, reason) => {
                    let old = string(tx, &obj, "stage").and_then(|c| DealStage::from_code(&c));
                    put_str(tx, &obj, "stage", stage.code())?;
                    put_opt_str(tx, &obj, "lost_reason", reason.map(Code::code))?;
                    if !stage.is_closed() {
                        put_opt_time(tx, &obj, "closed_at", None)
                    } else if old != Some(*stage) {
                        put_opt_time(tx, &obj, "closed_at", Some(now))
                    } else {
                        Ok(())
                    }
                }
                DealUpdate::Amount(money) => put_amount(tx, &obj, *money),
                DealUpdate::ExpectedClose(at) => put_opt_time(tx, &obj, "expected_close", *at),
                DealUpdate::ClosedAt(at) => put_opt_time(tx, &obj, "closed_at", Some(*at)),
                DealUpdate::Owner(owner) => {
                    put_opt_str(tx, &obj, "owner", owner.as_ref().map(|c| c.0.as_str()))
                }
            }
        })
    }

    /// Removes a deal recorded by mistake (a lost deal is moved to lost instead). The
    /// entry stays in the document, flagged.
    pub fn remove_deal(&mut self, id: &DealId) -> Result<()> {
        self.commit(&format!("deal.remove {}", id.0), |tx| {
            let obj = deal_obj(tx, id)?;
            tx.put(&obj, "removed", true)?;
            Ok(())
        })
    }
}

/// Writes amount and currency, each only when it changed.
pub(super) fn put_amount(tx: &mut Transaction<'_>, obj: &ObjId, money: Money) -> Result<()> {
    if int(tx, obj, "amount") != Some(money.minor) {
        tx.put(obj, "amount", ScalarValue::Int(money.minor))?;
    }
    put_str(tx, obj, "currency", money.currency.code())
}

fn deal_obj(tx: &Transaction<'_>, id: &DealId) -> Result<ObjId> {
    collection(tx, DEALS)
        .and_then(|all| map(tx, &all, &id.0))
        .ok_or(DocumentError::UnknownDeal)
}

fn deal_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Deal> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    let text = |key: &str| f.string(doc, key).filter(|s| !s.is_empty());
    Some(Deal {
        id: DealId(id.to_owned()),
        customer: CustomerId(text("customer")?),
        title: f.string(doc, "title").unwrap_or_default(),
        // An unknown (newer) stage reads as a quote: shown, never counted as revenue.
        stage: text("stage")
            .and_then(|c| DealStage::from_code(&c))
            .unwrap_or(DealStage::Quote),
        amount: Money::new(
            f.int("amount").unwrap_or(0),
            text("currency")
                .and_then(|c| Currency::parse(&c))
                .unwrap_or_default(),
        ),
        expected_close: f.int("expected_close"),
        closed_at: f.int("closed_at"),
        lost_reason: text("lost_reason").and_then(|c| LostReason::from_code(&c)),
        owner: text("owner").map(ColleagueId),
        created_at: f.int("created_at").unwrap_or(0),
        created_by: text("created_by").map(ColleagueId),
    })
}

#[cfg(test)]
mod tests;

/// Writes a new deal with a validated draft and its amount (its customer checked by the
/// caller); `me` makes it at `now`.
pub(in crate::document) fn write_new_deal(
    tx: &mut Transaction<'_>,
    id: &DealId,
    draft: &DealDraft,
    amount: Money,
    now: i64,
    me: &ColleagueId,
) -> Result<()> {
    let all = collection(tx, DEALS).ok_or(DocumentError::NotAWorkspace)?;
    let obj = tx.put_object(&all, id.0.as_str(), ObjType::Map)?;
    tx.put(&obj, "customer", draft.customer.0.as_str())?;
    tx.put(&obj, "title", draft.title.as_str())?;
    tx.put(&obj, "stage", draft.stage.code())?;
    put_amount(tx, &obj, amount)?;
    put_opt_time(tx, &obj, "expected_close", draft.expected_close)?;
    let closed = draft.stage.is_closed();
    put_opt_time(
        tx,
        &obj,
        "closed_at",
        closed.then(|| draft.closed_at.unwrap_or(now)),
    )?;
    put_opt_str(tx, &obj, "lost_reason", draft.lost_reason.map(Code::code))?;
    let owner = draft.owner.as_ref().unwrap_or(me);
    tx.put(&obj, "owner", owner.0.as_str())?;
    tx.put(&obj, "removed", false)?;
    put_time(tx, &obj, "created_at", now)?;
    tx.put(&obj, "created_by", me.0.as_str())?;
    Ok(())
}
