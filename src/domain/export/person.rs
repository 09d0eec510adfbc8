//! Everything the workspace holds about one person, as one JSON file: the answer to a
//! data subject's request under KVKK (article 11). The same records as the whole export,
//! in the same shapes, plus their follow-ups, deals and the history of who changed what.

use serde::{Deserialize, Serialize};

use super::cell::iso_millis;
use super::json::{
    customer, interaction, ExportedColleague, ExportedCustomer, ExportedInteraction,
};
use super::sales::{quote, ExportedQuote};
use crate::domain::{Code, Colleague, Commitment, Customer, Deal, Interaction, Notice, Quote};

/// What the `format` field of a person's file says.
pub const PERSON_FORMAT: &str = "rapport-person-data";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFile {
    /// Always [`PERSON_FORMAT`].
    pub format: String,
    pub version: u32,
    pub exported_at: String,
    pub customer: ExportedCustomer,
    /// The colleagues the records name.
    pub colleagues: Vec<ExportedColleague>,
    pub interactions: Vec<ExportedInteraction>,
    pub commitments: Vec<ExportedCommitment>,
    pub deals: Vec<ExportedDeal>,
    pub quotes: Vec<ExportedQuote>,
    /// The notice versions their consents were given under.
    pub notices: Vec<super::json::ExportedNotice>,
    /// Who changed what on the record, and when, oldest first.
    pub changes: Vec<ExportedChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedCommitment {
    pub id: String,
    /// `promise` or `task`.
    pub kind: String,
    pub title: String,
    pub due: String,
    /// `open`, `kept` or `broken`.
    pub status: String,
    pub settled_at: Option<String>,
    pub owner: Option<String>,
    pub created_at: String,
    pub created_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedDeal {
    pub id: String,
    pub title: String,
    pub stage: String,
    /// In hundredths of the currency.
    pub amount: i64,
    pub currency: String,
    pub expected_close: Option<String>,
    pub closed_at: Option<String>,
    pub lost_reason: Option<String>,
    pub owner: Option<String>,
    pub created_at: String,
    pub created_by: Option<String>,
}

/// One change of the record, as its history tells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedChange {
    pub at: String,
    pub by: Option<String>,
    /// What was done (`created`, `updated`, `archived`, ...).
    pub action: String,
    /// The field changed, for an update.
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The records of one person, as the page has them.
#[derive(Clone, Copy, Debug)]
pub struct PersonRecords<'a> {
    pub customer: &'a Customer,
    pub interactions: &'a [Interaction],
    pub commitments: &'a [Commitment],
    pub deals: &'a [Deal],
    pub quotes: &'a [Quote],
    pub colleagues: &'a [Colleague],
    pub notices: &'a [Notice],
}

impl PersonFile {
    /// The file of `records`, with `changes` from the record's history; `now` in
    /// milliseconds since the Unix epoch.
    pub fn new(records: PersonRecords<'_>, changes: Vec<ExportedChange>, now: i64) -> Self {
        let iso = |ms: Option<i64>| ms.map(iso_millis);
        let id = |c: &Option<crate::domain::ColleagueId>| c.as_ref().map(|c| c.0.clone());
        let notices = records
            .notices
            .iter()
            .filter(|n| {
                records
                    .customer
                    .consents
                    .iter()
                    .any(|e| e.notice.as_ref() == Some(&n.id))
            })
            .cloned()
            .collect::<Vec<_>>();
        let notices = super::json::ExportFile::new(&[], &[], &[], now)
            .with_notices(&notices)
            .notices;
        Self {
            format: PERSON_FORMAT.to_owned(),
            version: 1,
            exported_at: iso_millis(now),
            customer: customer(records.customer),
            colleagues: records
                .colleagues
                .iter()
                .map(|c| ExportedColleague {
                    id: c.id.0.clone(),
                    name: c.name.clone(),
                })
                .collect(),
            interactions: records.interactions.iter().map(interaction).collect(),
            commitments: records
                .commitments
                .iter()
                .map(|c| ExportedCommitment {
                    id: c.id.0.clone(),
                    kind: c.kind.code().to_owned(),
                    title: c.title.clone(),
                    due: iso_millis(c.due),
                    status: c.status.code().to_owned(),
                    settled_at: iso(c.settled_at),
                    owner: id(&c.owner),
                    created_at: iso_millis(c.created_at),
                    created_by: id(&c.created_by),
                })
                .collect(),
            deals: records
                .deals
                .iter()
                .map(|d| ExportedDeal {
                    id: d.id.0.clone(),
                    title: d.title.clone(),
                    stage: d.stage.code().to_owned(),
                    amount: d.amount.minor,
                    currency: d.amount.currency.code().to_owned(),
                    expected_close: iso(d.expected_close),
                    closed_at: iso(d.closed_at),
                    lost_reason: d.lost_reason.map(|r| r.code().to_owned()),
                    owner: id(&d.owner),
                    created_at: iso_millis(d.created_at),
                    created_by: id(&d.created_by),
                })
                .collect(),
            quotes: records.quotes.iter().map(|q| quote(q, now)).collect(),
            notices,
            changes,
        }
    }
}

/// The file as indented JSON, Turkish letters as they are.
pub fn person_json(file: &PersonFile) -> String {
    serde_json::to_string_pretty(file).expect("a person's file is plain data")
}
