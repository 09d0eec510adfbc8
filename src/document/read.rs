//! Typed reads: one customer, interaction or colleague out of its map.

use automerge::{ObjId, ReadDoc};

use super::fields::{boolean, int, map, string, strings};
use super::schema::{COLLEAGUES, CUSTOMERS, INTERACTIONS, ROOT_OBJ};
use crate::domain::{
    Channel, Code, Colleague, ColleagueId, Customer, CustomerId, CustomerKind, Direction,
    DissolutionReason, Interaction, InteractionId, InteractionKind, Stage, StageChange,
};

fn code<C: Code, R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<C> {
    string(doc, obj, key).and_then(|s| C::from_code(&s))
}

fn colleague_ref<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<ColleagueId> {
    string(doc, obj, key)
        .filter(|s| !s.is_empty())
        .map(ColleagueId)
}

/// The map of one root collection (customers, interactions, ...).
pub(crate) fn collection<R: ReadDoc>(doc: &R, name: &str) -> Option<ObjId> {
    map(doc, &ROOT_OBJ, name)
}

pub(crate) fn customer<R: ReadDoc>(doc: &R, id: &str) -> Option<Customer> {
    let obj = map(doc, &collection(doc, CUSTOMERS)?, id)?;
    let name = string(doc, &obj, "name")?;
    Some(Customer {
        id: CustomerId(id.to_owned()),
        kind: code(doc, &obj, "kind").unwrap_or(CustomerKind::Person),
        name,
        company: string(doc, &obj, "company")
            .filter(|s| !s.is_empty())
            .map(CustomerId),
        emails: strings(doc, &obj, "emails"),
        phones: strings(doc, &obj, "phones"),
        city: string(doc, &obj, "city").unwrap_or_default(),
        address: string(doc, &obj, "address").unwrap_or_default(),
        tags: strings(doc, &obj, "tags"),
        stage: code(doc, &obj, "stage").unwrap_or(Stage::Exploration),
        dissolution_reason: code(doc, &obj, "dissolution_reason"),
        owner: colleague_ref(doc, &obj, "owner"),
        preferred_channel: code(doc, &obj, "preferred_channel"),
        notes: string(doc, &obj, "notes").unwrap_or_default(),
        archived: boolean(doc, &obj, "archived"),
        created_at: int(doc, &obj, "created_at").unwrap_or(0),
        created_by: colleague_ref(doc, &obj, "created_by"),
        stage_history: stage_history(doc, &obj),
    })
}

fn stage_history<R: ReadDoc>(doc: &R, customer: &ObjId) -> Vec<StageChange> {
    let Ok(Some((_, list))) = doc.get(customer, "stage_history") else {
        return Vec::new();
    };
    let mut history: Vec<StageChange> = (0..doc.length(&list))
        .filter_map(|index| match doc.get(&list, index).ok().flatten()? {
            (automerge::Value::Object(automerge::ObjType::Map), entry) => Some(StageChange {
                stage: code(doc, &entry, "stage")?,
                reason: code::<DissolutionReason, _>(doc, &entry, "reason"),
                at: int(doc, &entry, "at").unwrap_or(0),
                by: colleague_ref(doc, &entry, "by"),
            }),
            _ => None,
        })
        .collect();
    // Entries appended concurrently on two devices may interleave: order by time.
    history.sort_by_key(|change| change.at);
    history
}

/// An interaction, unless it is unreadable or was removed.
pub(crate) fn interaction<R: ReadDoc>(doc: &R, id: &str) -> Option<Interaction> {
    let obj = map(doc, &collection(doc, INTERACTIONS)?, id)?;
    if boolean(doc, &obj, "removed") {
        return None;
    }
    Some(Interaction {
        id: InteractionId(id.to_owned()),
        customer: CustomerId(string(doc, &obj, "customer")?),
        at: int(doc, &obj, "at")?,
        channel: code(doc, &obj, "channel").unwrap_or(Channel::Other),
        kind: code(doc, &obj, "kind").unwrap_or(InteractionKind::Contact),
        direction: code(doc, &obj, "direction").unwrap_or(Direction::Outgoing),
        summary: string(doc, &obj, "summary").unwrap_or_default(),
        satisfaction: int(doc, &obj, "satisfaction")
            .filter(|v| (1..=5).contains(v))
            .map(|v| v as u8),
        created_by: colleague_ref(doc, &obj, "created_by"),
    })
}

pub(crate) fn colleagues<R: ReadDoc>(doc: &R) -> Vec<Colleague> {
    let Some(all) = collection(doc, COLLEAGUES) else {
        return Vec::new();
    };
    doc.keys(&all)
        .filter_map(|id| {
            let obj = map(doc, &all, &id)?;
            Some(Colleague {
                name: string(doc, &obj, "name")?,
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
