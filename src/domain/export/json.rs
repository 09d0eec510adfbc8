//! The whole workspace as one JSON file for other programs: ids kept, closed sets as their
//! stable codes, times as ISO 8601 UTC. Documented in `docs/EXPORT.md`, described by
//! `docs/export.schema.json`; a test keeps the three in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::cell::iso_millis;
use crate::domain::{Code, Colleague, CustomField, Customer, Interaction, Notice, StageChange};

/// What the `format` field always says, so a reader knows what it holds.
pub const EXPORT_FORMAT: &str = "rapport-export";
/// The version of the layout written; a change to it raises the number.
pub const EXPORT_VERSION: u32 = 1;

/// An export file. Every field is always written (`null` when there is nothing), so a
/// reader never has to guess whether a missing field means "none" or "unknown".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFile {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// Always [`EXPORT_VERSION`] when written by this version.
    pub version: u32,
    pub exported_at: String,
    pub colleagues: Vec<ExportedColleague>,
    pub customers: Vec<ExportedCustomer>,
    pub interactions: Vec<ExportedInteraction>,
    /// The price list; absent in exports of builds before quotes.
    #[serde(default)]
    pub products: Vec<super::sales::ExportedProduct>,
    #[serde(default)]
    pub quotes: Vec<super::sales::ExportedQuote>,
    /// The workspace's custom fields, removed ones too; absent before custom fields.
    #[serde(default)]
    pub fields: Vec<ExportedField>,
    /// The versions of the information notice (KVKK) consents point to; absent before.
    #[serde(default)]
    pub notices: Vec<ExportedNotice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedNotice {
    pub id: String,
    pub title: String,
    pub text: String,
    pub created_at: String,
    pub created_by: Option<String>,
}

/// One recorded consent or withdrawal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedConsent {
    pub id: String,
    /// `marketing_phone`, `marketing_sms`, `marketing_email`, `marketing_whatsapp` or
    /// `partner_sharing`.
    pub purpose: String,
    /// `given` or `withdrawn`.
    pub state: String,
    pub at: String,
    /// How it was obtained: `form`, `phone`, `signed_paper`, `email`, `in_person`, `other`.
    pub source: String,
    /// The colleague who recorded it.
    pub by: Option<String>,
    /// The notice shown (an id of `notices`).
    pub notice: Option<String>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedField {
    pub id: String,
    pub name: String,
    /// `text`, `number`, `date`, `choice` or `yes_no`.
    pub kind: String,
    /// A `choice` field's options, in order.
    pub options: Vec<String>,
    /// Hidden in the app; its values are kept and exported.
    pub removed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedColleague {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedCustomer {
    pub id: String,
    /// `person` or `company`.
    pub kind: String,
    pub name: String,
    /// The id of the company (itself a customer) a person belongs to.
    pub company: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub city: String,
    /// Since the district picker; an older file without it reads as empty.
    #[serde(default)]
    pub district: String,
    pub address: String,
    pub tags: Vec<String>,
    pub stage: String,
    pub dissolution_reason: Option<String>,
    /// A colleague's id.
    pub owner: Option<String>,
    pub preferred_channel: Option<String>,
    pub notes: String,
    /// Invoice details; absent in exports made before they existed.
    #[serde(default)]
    pub tax_number: String,
    #[serde(default)]
    pub tax_office: String,
    #[serde(default)]
    pub iban: String,
    pub archived: bool,
    pub created_at: String,
    pub created_by: Option<String>,
    /// Oldest first.
    pub stage_history: Vec<ExportedStageChange>,
    /// Values of custom fields by field id, each in its stored form (numbers with a `.`
    /// point, dates `YYYY-MM-DD`, `yes` or `no`).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Every consent event, oldest first; absent before consents.
    #[serde(default)]
    pub consents: Vec<ExportedConsent>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedStageChange {
    pub stage: String,
    pub reason: Option<String>,
    pub at: String,
    pub by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedInteraction {
    pub id: String,
    /// The customer's id.
    pub customer: String,
    pub at: String,
    pub channel: String,
    pub kind: String,
    pub direction: String,
    pub summary: String,
    /// 1 (very unhappy) to 5 (very happy).
    pub satisfaction: Option<u8>,
    /// The colleague who logged it.
    pub created_by: Option<String>,
}

/// Why a file is not an export this version can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// Not JSON, or JSON not shaped as an export; where the reader stopped.
    #[error("not a readable export (line {line}, column {column})")]
    Malformed { line: usize, column: usize },
    /// JSON, but not a Rapport export.
    #[error("not a Rapport export")]
    NotAnExport,
    /// A Rapport export from a newer version.
    #[error("export version {0} is not supported")]
    UnsupportedVersion(u64),
}

impl ExportFile {
    /// The export of these records; `exported_at` in milliseconds since the Unix epoch.
    pub fn new(
        customers: &[Customer],
        interactions: &[Interaction],
        colleagues: &[Colleague],
        exported_at: i64,
    ) -> Self {
        Self {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            exported_at: iso_millis(exported_at),
            colleagues: colleagues
                .iter()
                .map(|c| ExportedColleague {
                    id: c.id.0.clone(),
                    name: c.name.clone(),
                })
                .collect(),
            customers: customers.iter().map(customer).collect(),
            interactions: interactions.iter().map(interaction).collect(),
            products: Vec::new(),
            quotes: Vec::new(),
            fields: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// The export with the versions of the information notice.
    pub fn with_notices(self, notices: &[Notice]) -> Self {
        let notices = notices
            .iter()
            .map(|n| ExportedNotice {
                id: n.id.0.clone(),
                title: n.title.clone(),
                text: n.text.clone(),
                created_at: iso_millis(n.created_at),
                created_by: n.created_by.as_ref().map(|c| c.0.clone()),
            })
            .collect();
        Self { notices, ..self }
    }

    /// The export with the workspace's custom fields defined.
    pub fn with_fields(self, fields: &[CustomField]) -> Self {
        let fields = fields
            .iter()
            .map(|f| ExportedField {
                id: f.id.0.clone(),
                name: f.name.clone(),
                kind: f.kind.code().to_owned(),
                options: f.options.clone(),
                removed: f.removed,
            })
            .collect();
        Self { fields, ..self }
    }
}

fn code<C: Code>(value: Option<C>) -> Option<String> {
    value.map(|v| v.code().to_owned())
}

pub(super) fn customer(c: &Customer) -> ExportedCustomer {
    ExportedCustomer {
        id: c.id.0.clone(),
        kind: c.kind.code().to_owned(),
        name: c.name.clone(),
        company: c.company.as_ref().map(|id| id.0.clone()),
        emails: c.emails.clone(),
        phones: c.phones.clone(),
        city: c.city.clone(),
        district: c.district.clone(),
        address: c.address.clone(),
        tags: c.tags.clone(),
        stage: c.stage.code().to_owned(),
        dissolution_reason: code(c.dissolution_reason),
        owner: c.owner.as_ref().map(|id| id.0.clone()),
        preferred_channel: code(c.preferred_channel),
        notes: c.notes.clone(),
        tax_number: c.tax_number.clone(),
        tax_office: c.tax_office.clone(),
        iban: c.iban.clone(),
        archived: c.archived,
        created_at: iso_millis(c.created_at),
        created_by: c.created_by.as_ref().map(|id| id.0.clone()),
        stage_history: c.stage_history.iter().map(stage_change).collect(),
        fields: c
            .fields
            .iter()
            .map(|(id, value)| (id.0.clone(), value.clone()))
            .collect(),
        consents: c
            .consents
            .iter()
            .map(|e| ExportedConsent {
                id: e.id.0.clone(),
                purpose: e.purpose.code().to_owned(),
                state: e.state.code().to_owned(),
                at: iso_millis(e.at),
                source: e.source.code().to_owned(),
                by: e.by.as_ref().map(|b| b.0.clone()),
                notice: e.notice.as_ref().map(|n| n.0.clone()),
                note: e.note.clone(),
            })
            .collect(),
    }
}

fn stage_change(s: &StageChange) -> ExportedStageChange {
    ExportedStageChange {
        stage: s.stage.code().to_owned(),
        reason: code(s.reason),
        at: iso_millis(s.at),
        by: s.by.as_ref().map(|id| id.0.clone()),
    }
}

pub(super) fn interaction(i: &Interaction) -> ExportedInteraction {
    ExportedInteraction {
        id: i.id.0.clone(),
        customer: i.customer.0.clone(),
        at: iso_millis(i.at),
        channel: i.channel.code().to_owned(),
        kind: i.kind.code().to_owned(),
        direction: i.direction.code().to_owned(),
        summary: i.summary.clone(),
        satisfaction: i.satisfaction,
        created_by: i.created_by.as_ref().map(|id| id.0.clone()),
    }
}

/// The export as indented JSON, UTF-8, Turkish letters as they are (not `\u` escapes).
pub fn to_json(file: &ExportFile) -> String {
    serde_json::to_string_pretty(file).expect("an export is plain data and always serialises")
}

/// Reads an export back. The format and version are checked first, so a newer file is
/// reported as newer rather than as damaged.
pub fn from_json(text: &str) -> Result<ExportFile, ExportError> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u64>,
    }
    let malformed = |e: serde_json::Error| ExportError::Malformed {
        line: e.line(),
        column: e.column(),
    };
    let header: Header = serde_json::from_str(text).map_err(malformed)?;
    if header.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(ExportError::NotAnExport);
    }
    match header.version {
        Some(v) if v == u64::from(EXPORT_VERSION) => {}
        Some(v) if v > u64::from(EXPORT_VERSION) => return Err(ExportError::UnsupportedVersion(v)),
        _ => return Err(ExportError::NotAnExport),
    }
    serde_json::from_str(text).map_err(malformed)
}
