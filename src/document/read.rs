//! Typed reads: customers, interactions and colleagues out of their maps. Each object is
//! read in one pass over its fields ([`MapFields`]).

use std::collections::BTreeMap;

use automerge::{ObjId, ReadDoc};

use super::fields::{child_maps, map, MapFields};
use super::schema::{COLLEAGUES, CUSTOMERS, INTERACTIONS, ROOT_OBJ};
use crate::domain::{
    Channel, Code, Colleague, ColleagueId, ConsentEvent, ConsentId, ConsentSource, ConsentState,
    Customer, CustomerId, CustomerKind, Direction, DissolutionReason, Interaction, InteractionId,
    InteractionKind, NoticeId, Purpose, Stage, StageChange, CUSTOM_PREFIX,
};

fn code<C: Code, R: ReadDoc>(doc: &R, fields: &MapFields, key: &str) -> Option<C> {
    fields.string(doc, key).and_then(|s| C::from_code(&s))
}

fn colleague_ref<R: ReadDoc>(doc: &R, fields: &MapFields, key: &str) -> Option<ColleagueId> {
    fields
        .string(doc, key)
        .filter(|s| !s.is_empty())
        .map(ColleagueId)
}

/// The map of one root collection (customers, interactions, ...).
pub(crate) fn collection<R: ReadDoc>(doc: &R, name: &str) -> Option<ObjId> {
    map(doc, &ROOT_OBJ, name)
}

/// The record `id` of the collection `name`, read by `at` (`None` when missing, removed
/// or unreadable).
pub(crate) fn record<R: ReadDoc, T>(
    doc: &R,
    name: &str,
    id: &str,
    at: impl Fn(&R, &str, &ObjId) -> Option<T>,
) -> Option<T> {
    let obj = map(doc, &collection(doc, name)?, id)?;
    at(doc, id, &obj)
}

/// Every readable record of the collection `name`, in one pass over it.
pub(crate) fn records<R: ReadDoc, T>(
    doc: &R,
    name: &str,
    at: impl Fn(&R, &str, &ObjId) -> Option<T>,
) -> Vec<T> {
    let Some(all) = collection(doc, name) else {
        return Vec::new();
    };
    child_maps(doc, &all)
        .iter()
        .filter_map(|(id, obj)| at(doc, id, obj))
        .collect()
}

pub(crate) fn customer<R: ReadDoc>(doc: &R, id: &str) -> Option<Customer> {
    record(doc, CUSTOMERS, id, customer_at)
}

/// Every customer, in one pass over the collection.
pub(crate) fn customers<R: ReadDoc>(doc: &R) -> Vec<Customer> {
    records(doc, CUSTOMERS, customer_at)
}

/// A customer, unless unreadable or removed (an import undone). A merged customer is
/// read: the snapshot sends what still points to it on to the customer it became.
fn customer_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Customer> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    Some(Customer {
        id: CustomerId(id.to_owned()),
        kind: code(doc, &f, "kind").unwrap_or(CustomerKind::Person),
        name: f.string(doc, "name")?,
        company: f
            .string(doc, "company")
            .filter(|s| !s.is_empty())
            .map(CustomerId),
        emails: f.strings(doc, "emails"),
        phones: f.strings(doc, "phones"),
        city: f.string(doc, "city").unwrap_or_default(),
        district: f.string(doc, "district").unwrap_or_default(),
        address: f.string(doc, "address").unwrap_or_default(),
        tags: f.strings(doc, "tags"),
        stage: code(doc, &f, "stage").unwrap_or(Stage::Exploration),
        dissolution_reason: code(doc, &f, "dissolution_reason"),
        owner: colleague_ref(doc, &f, "owner"),
        preferred_channel: code(doc, &f, "preferred_channel"),
        notes: f.string(doc, "notes").unwrap_or_default(),
        tax_number: f.string(doc, "tax_number").unwrap_or_default(),
        tax_office: f.string(doc, "tax_office").unwrap_or_default(),
        iban: f.string(doc, "iban").unwrap_or_default(),
        archived: f.boolean("archived"),
        merged_into: f
            .string(doc, "merged_into")
            .filter(|s| !s.is_empty() && s != id)
            .map(CustomerId),
        created_at: f.int("created_at").unwrap_or(0),
        created_by: colleague_ref(doc, &f, "created_by"),
        stage_history: f
            .object("stage_history")
            .map(|list| stage_history(doc, list))
            .unwrap_or_default(),
        fields: f.prefixed(CUSTOM_PREFIX),
        consents: consent_events(&f),
    })
}

/// What every key of a consent event starts with.
pub(crate) const CONSENT_PREFIX: &str = "consent.";

/// The consent events among a customer's fields, oldest first.
pub(crate) fn consent_events(fields: &MapFields) -> Vec<ConsentEvent> {
    let mut parts: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (key, value) in fields.prefixed::<String>(CONSENT_PREFIX) {
        if let Some((id, part)) = key.rsplit_once('.') {
            parts
                .entry(id.to_owned())
                .or_default()
                .insert(part.to_owned(), value);
        }
    }
    let mut events: Vec<ConsentEvent> = parts
        .into_iter()
        .filter_map(|(id, mut p)| {
            let mut take = |part: &str| p.remove(part).unwrap_or_default();
            Some(ConsentEvent {
                id: ConsentId(id),
                // An event of a purpose or state a newer build knows is left out here.
                purpose: Purpose::from_code(&take("purpose"))?,
                state: ConsentState::from_code(&take("state"))?,
                at: take("at").parse().ok()?,
                source: ConsentSource::from_code(&take("source")).unwrap_or(ConsentSource::Other),
                by: Some(take("by")).filter(|b| !b.is_empty()).map(ColleagueId),
                notice: Some(take("notice")).filter(|n| !n.is_empty()).map(NoticeId),
                note: take("note"),
            })
        })
        .collect();
    events.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    events
}

fn stage_history<R: ReadDoc>(doc: &R, list: &ObjId) -> Vec<StageChange> {
    let mut history: Vec<StageChange> = doc
        .list_range(list, ..)
        .filter_map(|item| {
            let entry = MapFields::read(doc, &item.id());
            Some(StageChange {
                stage: code(doc, &entry, "stage")?,
                reason: code::<DissolutionReason, _>(doc, &entry, "reason"),
                at: entry.int("at").unwrap_or(0),
                by: colleague_ref(doc, &entry, "by"),
            })
        })
        .collect();
    // Entries appended concurrently on two devices may interleave: order by time.
    history.sort_by_key(|change| change.at);
    history
}

/// An interaction, unless it is unreadable or was removed.
pub(crate) fn interaction<R: ReadDoc>(doc: &R, id: &str) -> Option<Interaction> {
    record(doc, INTERACTIONS, id, interaction_at)
}

/// Every interaction not removed, in one pass over the collection.
pub(crate) fn interactions<R: ReadDoc>(doc: &R) -> Vec<Interaction> {
    records(doc, INTERACTIONS, interaction_at)
}

fn interaction_at<R: ReadDoc>(doc: &R, id: &str, obj: &ObjId) -> Option<Interaction> {
    let f = MapFields::read(doc, obj);
    if f.boolean("removed") {
        return None;
    }
    Some(Interaction {
        id: InteractionId(id.to_owned()),
        customer: CustomerId(f.string(doc, "customer")?),
        at: f.int("at")?,
        channel: code(doc, &f, "channel").unwrap_or(Channel::Other),
        kind: code(doc, &f, "kind").unwrap_or(InteractionKind::Contact),
        direction: code(doc, &f, "direction").unwrap_or(Direction::Outgoing),
        summary: f.string(doc, "summary").unwrap_or_default(),
        satisfaction: f
            .int("satisfaction")
            .filter(|v| (1..=5).contains(v))
            .map(|v| v as u8),
        created_by: colleague_ref(doc, &f, "created_by"),
    })
}

pub(crate) fn colleagues<R: ReadDoc>(doc: &R) -> Vec<Colleague> {
    let Some(all) = collection(doc, COLLEAGUES) else {
        return Vec::new();
    };
    child_maps(doc, &all)
        .into_iter()
        .filter_map(|(id, obj)| {
            let f = MapFields::read(doc, &obj);
            Some(Colleague {
                name: f.string(doc, "name")?,
                id: ColleagueId(id),
            })
        })
        .collect()
}

/// Ids of every entry of a root collection.
pub(crate) fn ids<R: ReadDoc>(doc: &R, name: &str) -> Vec<String> {
    collection(doc, name)
        .map(|obj| doc.keys(&obj).collect())
        .unwrap_or_default()
}
