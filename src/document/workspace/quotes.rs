//! Quotes in the document: written, edited line by line, sent (with the sending logged),
//! answered (an accepted quote wins its deal in the same commit) and removed.
//!
//! Lines are a list of maps, each with its own id: a colleague adding a line and another
//! changing a price elsewhere both keep their edit; numbers are integers, texts plain
//! strings (cheaper than Text objects, and a line is rewritten whole by its form).

use automerge::transaction::{Transactable, Transaction};
use automerge::{ObjId, ObjType, ReadDoc, ScalarValue, Value};

use super::super::fields::{int, map, put_opt_str, put_opt_time, put_str, put_time, MapFields};
use super::super::ids::random_id;
use super::super::read::{collection, record, records};
use super::super::schema::{DEALS, QUOTES};
use super::deals::{put_amount, write_new_deal};
use super::{write_new_interaction, DocumentError, NewRecord, Result, Workspace};
use crate::domain::{
    next_quote_number, quote_prefix, CheckedQuote, Code, ColleagueId, Currency, CustomerId,
    DealDraft, DealId, DealStage, InteractionId, KdvRate, Money, ProductId, Quote, QuoteDraft,
    QuoteId, QuoteItem, QuoteLine, QuoteStatus, QuoteUpdate,
};

impl Workspace {
    pub fn quote(&self, id: &QuoteId) -> Option<Quote> {
        record(&self.doc, QUOTES, &id.0, quote_at)
    }

    /// Every quote not removed, in no particular order.
    pub fn quotes(&self) -> Vec<Quote> {
        records(&self.doc, QUOTES, quote_at)
    }

    /// The number the next quote of this colleague takes.
    pub fn next_quote_number(&self) -> Result<String> {
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        let prefix = quote_prefix(&me, &self.colleagues());
        let quotes = self.quotes();
        Ok(next_quote_number(
            &prefix,
            quotes.iter().map(|q| q.number.as_str()),
        ))
    }

    /// Writes a quote for a customer, numbered in this colleague's own sequence. Without a
    /// deal named, a deal is opened for it (stage quote, the quote's total); a named open
    /// deal takes the quote's total as its amount.
    pub fn create_quote(&mut self, draft: QuoteDraft) -> Result<QuoteId> {
        let checked = draft.validated()?;
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        self.check_customer(&checked.customer)?;
        self.check_deal(checked.deal.as_ref(), &checked.customer)?;
        let number = self.next_quote_number()?;
        self.ensure_sales()?;
        let id = QuoteId(random_id());
        let now = self.now();
        let message = format!("quote.create {} {}", id.0, checked.customer.0);
        self.commit(&message, |tx| {
            let deal = match &checked.deal {
                Some(deal) => deal.clone(),
                None => open_deal(tx, &checked, &number, now, &me)?,
            };
            let all = collection(tx, QUOTES).ok_or(DocumentError::NotAWorkspace)?;
            let obj = tx.put_object(&all, id.0.as_str(), ObjType::Map)?;
            tx.put(&obj, "number", number.as_str())?;
            tx.put(&obj, "customer", checked.customer.0.as_str())?;
            tx.put(&obj, "deal", deal.0.as_str())?;
            tx.put(&obj, "status", QuoteStatus::Draft.code())?;
            tx.put(&obj, "removed", false)?;
            put_time(tx, &obj, "created_at", now)?;
            tx.put(&obj, "created_by", me.0.as_str())?;
            tx.put_object(&obj, "lines", ObjType::List)?;
            write_quote(tx, &obj, &checked)?;
            follow_deal(tx, &deal, &checked)
        })?;
        Ok(id)
    }

    /// Changes a quote: its form, its status, its sending, or its removal.
    pub fn update_quote(&mut self, id: &QuoteId, update: QuoteUpdate) -> Result<()> {
        let quote = self.quote(id).ok_or(DocumentError::UnknownQuote)?;
        let checked = match &update {
            QuoteUpdate::Edit(draft) => {
                let checked = draft.validated()?;
                self.check_customer(&checked.customer)?;
                self.check_deal(checked.deal.as_ref(), &checked.customer)?;
                Some(checked)
            }
            _ => None,
        };
        let sent = match &update {
            QuoteUpdate::Sent(draft) => {
                self.check_customer(&quote.customer)?;
                Some(draft.clone().validated()?)
            }
            _ => None,
        };
        let me = self.me.clone().ok_or(DocumentError::NoIdentity)?;
        let now = self.now();
        let message = format!("quote.update {} {}", id.0, update.key());
        self.commit(&message, |tx| {
            let obj = quote_obj(tx, id)?;
            match (&update, checked, sent) {
                (QuoteUpdate::Edit(_), Some(checked), _) => {
                    write_quote(tx, &obj, &checked)?;
                    match checked.deal.clone().or(quote.deal.clone()) {
                        Some(deal) => follow_deal(tx, &deal, &checked),
                        None => Ok(()),
                    }
                }
                (QuoteUpdate::Status(status), ..) => {
                    set_status(tx, &obj, *status, now)?;
                    if *status == QuoteStatus::Accepted {
                        win_deal(tx, &quote, now, &me)?;
                    }
                    Ok(())
                }
                (QuoteUpdate::Sent(_), _, Some((draft, satisfaction))) => {
                    if quote.status == QuoteStatus::Draft {
                        set_status(tx, &obj, QuoteStatus::Sent, now)?;
                    }
                    let new = NewRecord { now, me: Some(&me) };
                    let logged = InteractionId(random_id());
                    write_new_interaction(tx, &logged, &quote.customer, &draft, satisfaction, new)
                }
                (QuoteUpdate::Remove, ..) => {
                    tx.put(&obj, "removed", true)?;
                    Ok(())
                }
                _ => Ok(()),
            }
        })
    }

    /// A named deal must exist and be the same customer's.
    fn check_deal(&self, deal: Option<&DealId>, customer: &CustomerId) -> Result<()> {
        match deal {
            None => Ok(()),
            Some(id) => match self.deal(id) {
                Some(deal) if &deal.customer == customer => Ok(()),
                _ => Err(DocumentError::UnknownDeal),
            },
        }
    }
}

/// A new deal for a quote that names none: stage quote, the quote's title (or number) and
/// total.
fn open_deal(
    tx: &mut Transaction<'_>,
    checked: &CheckedQuote,
    number: &str,
    now: i64,
    me: &ColleagueId,
) -> Result<DealId> {
    let id = DealId(random_id());
    let title = match checked.title.is_empty() {
        true => number.to_owned(),
        false => checked.title.clone(),
    };
    let draft = DealDraft {
        currency: checked.currency.code().to_owned(),
        ..DealDraft::quote(checked.customer.clone(), &title, "0")
    };
    let amount = Money::new(checked.totals.grand_total, checked.currency);
    write_new_deal(tx, &id, &draft, amount, now, me)?;
    Ok(id)
}

/// An open deal follows its quote's total (a closed one keeps what it closed with).
fn follow_deal(tx: &mut Transaction<'_>, deal: &DealId, checked: &CheckedQuote) -> Result<()> {
    let Some(obj) = deal_obj(tx, deal) else {
        return Ok(());
    };
    let stage =
        super::super::fields::string(tx, &obj, "stage").and_then(|c| DealStage::from_code(&c));
    if stage.is_some_and(DealStage::is_closed) {
        return Ok(());
    }
    put_amount(
        tx,
        &obj,
        Money::new(checked.totals.grand_total, checked.currency),
    )
}

/// Wins the accepted quote's deal with its total, now; a quote whose deal is gone opens a
/// won one.
fn win_deal(tx: &mut Transaction<'_>, quote: &Quote, now: i64, me: &ColleagueId) -> Result<()> {
    let total = quote
        .totals()
        .map(|t| Money::new(t.grand_total, quote.currency))
        .unwrap_or(Money::new(0, quote.currency));
    let existing = quote.deal.as_ref().and_then(|id| deal_obj(tx, id));
    match existing {
        Some(obj) => {
            put_str(tx, &obj, "stage", DealStage::Won.code())?;
            put_opt_str(tx, &obj, "lost_reason", None)?;
            put_opt_time(tx, &obj, "closed_at", Some(now))?;
            put_amount(tx, &obj, total)
        }
        None => {
            let id = DealId(random_id());
            let draft = DealDraft {
                stage: DealStage::Won,
                closed_at: Some(now),
                currency: quote.currency.code().to_owned(),
                ..DealDraft::quote(quote.customer.clone(), &quote.number, "0")
            };
            write_new_deal(tx, &id, &draft, total, now, me)?;
            let obj = quote_obj(tx, &quote.id)?;
            tx.put(&obj, "deal", id.0.as_str())?;
            Ok(())
        }
    }
}

fn deal_obj(tx: &Transaction<'_>, id: &DealId) -> Option<ObjId> {
    let obj = collection(tx, DEALS).and_then(|all| map(tx, &all, &id.0))?;
    (!super::super::fields::boolean(tx, &obj, "removed")).then_some(obj)
}

fn set_status(tx: &mut Transaction<'_>, obj: &ObjId, status: QuoteStatus, now: i64) -> Result<()> {
    put_str(tx, obj, "status", status.code())?;
    put_time(tx, obj, "status_at", now)
}

fn quote_obj(tx: &Transaction<'_>, id: &QuoteId) -> Result<ObjId> {
    collection(tx, QUOTES)
        .and_then(|all| map(tx, &all, &id.0))
        .ok_or(DocumentError::UnknownQuote)
}

/// Writes the form's fields and lines, each only where it changed.
fn write_quote(tx: &mut Transaction<'_>, obj: &ObjId, checked: &CheckedQuote) -> Result<()> {
    put_str(tx, obj, "customer", &checked.customer.0)?;
    put_str(tx, obj, "title", &checked.title)?;
    put_str(tx, obj, "currency", checked.currency.code())?;
    put_opt_time(tx, obj, "valid_until", checked.valid_until)?;
    put_str(tx, obj, "notes", &checked.notes)?;
    put_str(tx, obj, "payment_terms", &checked.payment_terms)?;
    if let Some(deal) = &checked.deal {
        put_str(tx, obj, "deal", &deal.0)?;
    }
    let lines = match tx.get(obj, "lines")? {
        Some((Value::Object(ObjType::List), id)) => id,
        _ => tx.put_object(obj, "lines", ObjType::List)?,
    };
    write_lines(tx, &lines, &checked.items)
}

/// Brings the stored lines to `items`: lines gone are deleted, kept ones updated where
/// they differ, new ones inserted where the form has them. A line keeps its place among
/// the kept ones (the form never reorders them).
fn write_lines(tx: &mut Transaction<'_>, list: &ObjId, items: &[QuoteItem]) -> Result<()> {
    let wanted: std::collections::HashSet<&str> = items
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| !id.is_empty())
        .collect();
    for at in (0..tx.length(list)).rev() {
        let keep = line_obj(tx, list, at)
            .and_then(|line| super::super::fields::string(tx, &line, "id"))
            .is_some_and(|id| wanted.contains(id.as_str()));
        if !keep {
            tx.delete(list, at)?;
        }
    }
    for (at, item) in items.iter().enumerate() {
        let here = line_obj(tx, list, at);
        let here_id = here
            .as_ref()
            .and_then(|line| super::super::fields::string(tx, line, "id"));
        match here {
            Some(line) if !item.id.is_empty() && here_id.as_deref() == Some(item.id.as_str()) => {
                write_line(tx, &line, item)?;
            }
            _ => {
                let line = tx.insert_object(list, at, ObjType::Map)?;
                let id = match item.id.is_empty() {
                    true => random_id(),
                    false => item.id.clone(),
                };
                tx.put(&line, "id", id.as_str())?;
                write_line(tx, &line, item)?;
            }
        }
    }
    Ok(())
}

fn line_obj(tx: &Transaction<'_>, list: &ObjId, at: usize) -> Option<ObjId> {
    match tx.get(list, at).ok()?? {
        (Value::Object(ObjType::Map), id) => Some(id),
        _ => None,
    }
}

fn write_line(tx: &mut Transaction<'_>, obj: &ObjId, item: &QuoteItem) -> Result<()> {
    let line = &item.line;
    put_opt_str(
        tx,
        obj,
        "product",
        item.product.as_ref().map(|p| p.0.as_str()),
    )?;
    put_str(tx, obj, "description", &line.description)?;
    put_str(tx, obj, "unit", &line.unit)?;
    put_str(tx, obj, "kdv", line.kdv.code())?;
    for (key, value) in [
        ("quantity", line.quantity),
        ("unit_price", line.unit_price),
        ("discount", line.discount),
    ] {
        if int(tx, obj, key) != Some(value) {
            tx.put(obj, key, ScalarValue::Int(value))?;
        }
    }
    Ok(())
}

fn quote_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Quote> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    let text = |key: &str| f.string(doc, key).filter(|s| !s.is_empty());
    let items = f
        .object("lines")
        .map(|list| {
            doc.list_range(list, ..)
                .filter(|item| matches!(item.value, automerge::ValueRef::Object(ObjType::Map)))
                .filter_map(|item| item_at(doc, &item.id()))
                .collect()
        })
        .unwrap_or_default();
    Some(Quote {
        id: QuoteId(id.to_owned()),
        number: f.string(doc, "number").unwrap_or_default(),
        customer: CustomerId(text("customer")?),
        deal: text("deal").map(DealId),
        title: f.string(doc, "title").unwrap_or_default(),
        currency: text("currency")
            .and_then(|c| Currency::parse(&c))
            .unwrap_or_default(),
        items,
        valid_until: f.int("valid_until"),
        notes: f.string(doc, "notes").unwrap_or_default(),
        payment_terms: f.string(doc, "payment_terms").unwrap_or_default(),
        // An unknown (newer) status reads as a draft: shown, never closing a deal.
        status: text("status")
            .and_then(|c| QuoteStatus::from_code(&c))
            .unwrap_or(QuoteStatus::Draft),
        status_at: f.int("status_at"),
        created_at: f.int("created_at").unwrap_or(0),
        created_by: text("created_by").map(ColleagueId),
    })
}

fn item_at<R: ReadDoc>(doc: &R, obj: &ObjId) -> Option<QuoteItem> {
    let f = MapFields::read(doc, obj);
    let text = |key: &str| f.string(doc, key).filter(|s| !s.is_empty());
    Some(QuoteItem {
        id: text("id")?,
        product: text("product").map(ProductId),
        line: QuoteLine {
            description: f.string(doc, "description").unwrap_or_default(),
            quantity: f.int("quantity").unwrap_or(0),
            unit: f.string(doc, "unit").unwrap_or_default(),
            unit_price: f.int("unit_price").unwrap_or(0),
            discount: f.int("discount").unwrap_or(0),
            kdv: text("kdv")
                .and_then(|c| KdvRate::from_code(&c))
                .unwrap_or(KdvRate::Twenty),
        },
    })
}

#[cfg(test)]
mod tests;
