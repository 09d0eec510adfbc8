//! Customers: people and companies the firm has a relationship with.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::codes::code_enum;
use super::colleague::ColleagueId;
use super::consent::ConsentEvent;
use super::custom_field::FieldId;
use super::stage::{DissolutionReason, Stage, StageChange};
use super::validation::{
    bounded, clean_list, is_email, is_phone, required, Field, FieldError, Problem, MAX_LINE,
    MAX_TEXT,
};

/// The stable id of a customer: random, so two devices never create the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct CustomerId(pub String);

code_enum! {
    /// A customer is a person or an organisation.
    pub enum CustomerKind {
        Person = "person",
        Company = "company",
    }
}

code_enum! {
    /// A way of being in touch: where an interaction happened, or what a customer prefers.
    pub enum Channel {
        Phone = "phone",
        /// Since the contact actions: a copy of an older build reads it as `Other`.
        WhatsApp = "whatsapp",
        Email = "email",
        Meeting = "meeting",
        Visit = "visit",
        LiveChat = "live_chat",
        WebForm = "web_form",
        SocialMedia = "social_media",
        Other = "other",
    }
}

/// A customer as read from the workspace.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    pub kind: CustomerKind,
    pub name: String,
    /// The company a person belongs to (itself a customer of kind company).
    pub company: Option<CustomerId>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub city: String,
    /// The district (ilçe) of the city.
    pub district: String,
    pub address: String,
    pub tags: Vec<String>,
    pub stage: Stage,
    pub dissolution_reason: Option<DissolutionReason>,
    pub owner: Option<ColleagueId>,
    pub preferred_channel: Option<Channel>,
    pub notes: String,
    /// Invoice details: the VKN (a firm's) or TCKN (a person's), checked but never refused.
    pub tax_number: String,
    /// The tax office (vergi dairesi) the number belongs to.
    pub tax_office: String,
    pub iban: String,
    pub archived: bool,
    /// Set when this record was merged into another: the other one is the customer now,
    /// and anything still pointing here belongs to it.
    pub merged_into: Option<CustomerId>,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
    /// Oldest first.
    pub stage_history: Vec<StageChange>,
    /// Values of the workspace's custom fields, by field (removed fields' too: they are
    /// kept), each in its stored form.
    pub fields: BTreeMap<FieldId, String>,
    /// Every consent event recorded (KVKK), oldest first.
    pub consents: Vec<ConsentEvent>,
}

/// What a user fills in to create a customer. The company is given by name: an existing
/// company of that name is linked, otherwise one is created with the customer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CustomerDraft {
    pub kind: CustomerKind,
    pub name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub city: String,
    pub address: String,
    pub tags: Vec<String>,
    pub stage: Stage,
    pub dissolution_reason: Option<DissolutionReason>,
    pub owner: Option<ColleagueId>,
    pub preferred_channel: Option<Channel>,
    pub notes: String,
    /// Absent in intents kept by an older build.
    #[serde(default)]
    pub tax_number: String,
    #[serde(default)]
    pub tax_office: String,
    #[serde(default)]
    pub iban: String,
    #[serde(default)]
    pub district: String,
    /// Values of custom fields by field, as typed (the workspace puts each in its stored
    /// form, and leaves out fields it does not have).
    #[serde(default)]
    pub fields: BTreeMap<FieldId, String>,
}

impl Default for CustomerDraft {
    fn default() -> Self {
        Self {
            kind: CustomerKind::Person,
            name: String::new(),
            company: String::new(),
            emails: Vec::new(),
            phones: Vec::new(),
            city: String::new(),
            district: String::new(),
            address: String::new(),
            tags: Vec::new(),
            stage: Stage::Exploration,
            dissolution_reason: None,
            owner: None,
            preferred_channel: None,
            notes: String::new(),
            tax_number: String::new(),
            tax_office: String::new(),
            iban: String::new(),
            fields: BTreeMap::new(),
        }
    }
}

/// One in-place edit of one field of a customer: one user action, one commit.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CustomerUpdate {
    Kind(CustomerKind),
    Name(String),
    /// A company name; empty to unlink.
    Company(String),
    Emails(Vec<String>),
    Phones(Vec<String>),
    City(String),
    Address(String),
    Tags(Vec<String>),
    Stage(Stage, Option<DissolutionReason>),
    Owner(Option<ColleagueId>),
    PreferredChannel(Option<Channel>),
    Notes(String),
    TaxNumber(String),
    TaxOffice(String),
    Iban(String),
    /// Last, so intents kept by an older build read as they were.
    District(String),
    /// A custom field's value as typed (empty: none); the workspace checks it against
    /// the field's kind.
    Custom(FieldId, String),
}

impl CustomerUpdate {
    /// The form field this update changes, where its error is shown.
    pub fn field(&self) -> Field {
        use CustomerUpdate as U;
        match self {
            U::Kind(_) => Field::Kind,
            U::Owner(_) => Field::Owner,
            U::PreferredChannel(_) => Field::PreferredChannel,
            U::Name(_) => Field::Name,
            U::Company(_) => Field::Company,
            U::Emails(_) => Field::Emails,
            U::Phones(_) => Field::Phones,
            U::City(_) => Field::City,
            U::District(_) => Field::District,
            U::Address(_) => Field::Address,
            U::Tags(_) => Field::Tags,
            // A stage change can only fail for want of a reason, shown by the reason.
            U::Stage(..) => Field::DissolutionReason,
            U::Notes(_) => Field::Notes,
            U::TaxNumber(_) => Field::TaxNumber,
            U::TaxOffice(_) => Field::TaxOffice,
            U::Iban(_) => Field::Iban,
            U::Custom(..) => Field::Custom,
        }
    }

    /// The stored key of the field this update changes.
    pub fn key(&self) -> Cow<'static, str> {
        use CustomerUpdate as U;
        Cow::Borrowed(match self {
            U::Custom(field, _) => return Cow::Owned(custom_key(field)),
            U::Kind(_) => "kind",
            U::Name(_) => "name",
            U::Company(_) => "company",
            U::Emails(_) => "emails",
            U::Phones(_) => "phones",
            U::City(_) => "city",
            U::District(_) => "district",
            U::Address(_) => "address",
            U::Tags(_) => "tags",
            U::Stage(..) => "stage",
            U::Owner(_) => "owner",
            U::PreferredChannel(_) => "preferred_channel",
            U::Notes(_) => "notes",
            U::TaxNumber(_) => "tax_number",
            U::TaxOffice(_) => "tax_office",
            U::Iban(_) => "iban",
        })
    }

    /// Checks and normalises the new value (trimmed, lists cleaned), or says what is wrong.
    pub fn validated(self) -> Result<Self, FieldError> {
        use CustomerUpdate as U;
        Ok(match self {
            U::Kind(kind) => U::Kind(kind),
            U::Name(name) => U::Name(required(Field::Name, &name, MAX_LINE)?),
            U::Company(name) => U::Company(bounded(Field::Company, &name, MAX_LINE)?),
            U::Emails(list) => U::Emails(clean_emails(&list)?),
            U::Phones(list) => U::Phones(clean_phones(&list)?),
            U::City(city) => U::City(bounded(Field::City, &city, MAX_LINE)?),
            U::District(d) => U::District(bounded(Field::District, &d, MAX_LINE)?),
            U::Address(address) => U::Address(bounded(Field::Address, &address, MAX_TEXT)?),
            U::Tags(list) => U::Tags(clean_list(Field::Tags, &list, |_| None)?),
            U::Stage(stage, reason) => {
                let reason = check_reason(stage, reason)?;
                U::Stage(stage, reason)
            }
            U::Owner(owner) => U::Owner(owner),
            U::PreferredChannel(channel) => U::PreferredChannel(channel),
            U::Notes(notes) => U::Notes(bounded_notes(&notes)?),
            U::TaxNumber(n) => U::TaxNumber(bounded(Field::TaxNumber, &n, MAX_LINE)?),
            U::TaxOffice(o) => U::TaxOffice(bounded(Field::TaxOffice, &o, MAX_LINE)?),
            U::Iban(iban) => U::Iban(bounded(Field::Iban, &iban, MAX_LINE)?),
            U::Custom(field, value) => U::Custom(field, bounded(Field::Custom, &value, MAX_LINE)?),
        })
    }
}

impl CustomerDraft {
    /// Applies a one-field edit to the draft, unchecked: [`Self::validated`] checks all.
    pub fn apply(&mut self, update: CustomerUpdate) {
        use CustomerUpdate as U;
        match update {
            U::Kind(kind) => self.kind = kind,
            U::Name(name) => self.name = name,
            U::Company(company) => self.company = company,
            U::Emails(list) => self.emails = list,
            U::Phones(list) => self.phones = list,
            U::City(city) => self.city = city,
            U::District(d) => self.district = d,
            U::Address(address) => self.address = address,
            U::Tags(list) => self.tags = list,
            U::Stage(stage, reason) => {
                self.stage = stage;
                self.dissolution_reason = reason;
            }
            U::Owner(owner) => self.owner = owner,
            U::PreferredChannel(channel) => self.preferred_channel = channel,
            U::Notes(notes) => self.notes = notes,
            U::TaxNumber(n) => self.tax_number = n,
            U::TaxOffice(o) => self.tax_office = o,
            U::Iban(iban) => self.iban = iban,
            U::Custom(field, value) => {
                self.fields.insert(field, value);
            }
        }
    }

    /// The draft that shows `customer` as it is, for editing in place.
    pub fn of(customer: &Customer, company_name: Option<&str>) -> Self {
        Self {
            kind: customer.kind,
            name: customer.name.clone(),
            company: company_name.unwrap_or_default().to_owned(),
            emails: customer.emails.clone(),
            phones: customer.phones.clone(),
            city: customer.city.clone(),
            district: customer.district.clone(),
            address: customer.address.clone(),
            tags: customer.tags.clone(),
            stage: customer.stage,
            dissolution_reason: customer.dissolution_reason,
            owner: customer.owner.clone(),
            preferred_channel: customer.preferred_channel,
            notes: customer.notes.clone(),
            tax_number: customer.tax_number.clone(),
            tax_office: customer.tax_office.clone(),
            iban: customer.iban.clone(),
            fields: customer.fields.clone(),
        }
    }

    /// Checks every field; returns the cleaned draft or every problem found, so the form
    /// can show each one next to its field.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |result: Result<String, FieldError>| {
            result.map_err(|e| errors.push(e)).unwrap_or_default()
        };
        let name = keep(required(Field::Name, &self.name, MAX_LINE));
        let company = keep(bounded(Field::Company, &self.company, MAX_LINE));
        let city = keep(bounded(Field::City, &self.city, MAX_LINE));
        let district = keep(bounded(Field::District, &self.district, MAX_LINE));
        let address = keep(bounded(Field::Address, &self.address, MAX_TEXT));
        let notes = keep(bounded_notes(&self.notes));
        let tax_number = keep(bounded(Field::TaxNumber, &self.tax_number, MAX_LINE));
        let tax_office = keep(bounded(Field::TaxOffice, &self.tax_office, MAX_LINE));
        let iban = keep(bounded(Field::Iban, &self.iban, MAX_LINE));
        let mut fields = BTreeMap::new();
        for (field, value) in &self.fields {
            let value = keep(bounded(Field::Custom, value, MAX_LINE));
            if !value.is_empty() {
                fields.insert(field.clone(), value);
            }
        }
        let emails = clean_emails(&self.emails).map_err(|e| errors.push(e));
        let phones = clean_phones(&self.phones).map_err(|e| errors.push(e));
        let tags = clean_list(Field::Tags, &self.tags, |_| None).map_err(|e| errors.push(e));
        let reason = check_reason(self.stage, self.dissolution_reason).map_err(|e| errors.push(e));
        match (emails, phones, tags, reason) {
            (Ok(emails), Ok(phones), Ok(tags), Ok(dissolution_reason)) if errors.is_empty() => {
                Ok(Self {
                    name,
                    company,
                    city,
                    district,
                    address,
                    notes,
                    tax_number,
                    tax_office,
                    iban,
                    emails,
                    phones,
                    tags,
                    dissolution_reason,
                    fields,
                    ..self
                })
            }
            _ => Err(errors),
        }
    }
}

/// The key of a customer's value of the custom field `field`: a plain key of the
/// customer's map, so values of two fields set apart never hide each other.
pub fn custom_key(field: &FieldId) -> String {
    format!("{CUSTOM_PREFIX}{}", field.0)
}

/// What every key of a custom field's value starts with.
pub const CUSTOM_PREFIX: &str = "field.";

fn clean_emails(list: &[String]) -> Result<Vec<String>, FieldError> {
    clean_list(Field::Emails, list, |e| {
        (!is_email(e)).then(|| Problem::InvalidEmail(e.to_owned()))
    })
}

fn clean_phones(list: &[String]) -> Result<Vec<String>, FieldError> {
    clean_list(Field::Phones, list, |p| {
        (!is_phone(p)).then(|| Problem::InvalidPhone(p.to_owned()))
    })
}

fn bounded_notes(notes: &str) -> Result<String, FieldError> {
    // Notes keep their inner layout; only the length is checked.
    if notes.chars().count() > MAX_TEXT {
        return Err(FieldError::new(
            Field::Notes,
            Problem::TooLong { max: MAX_TEXT },
        ));
    }
    Ok(notes.to_owned())
}

/// A reason is required for dissolution and meaningless for any other stage.
fn check_reason(
    stage: Stage,
    reason: Option<DissolutionReason>,
) -> Result<Option<DissolutionReason>, FieldError> {
    match (stage, reason) {
        (Stage::Dissolution, None) => {
            Err(FieldError::new(Field::DissolutionReason, Problem::Required))
        }
        (Stage::Dissolution, reason) => Ok(reason),
        _ => Ok(None),
    }
}

/// Splits what a user typed into one item per comma, semicolon or line.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> CustomerDraft {
        CustomerDraft {
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_empty_name_is_refused() {
        let errors = draft("   ").validated().unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError::new(Field::Name, Problem::Required)]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = CustomerDraft {
            emails: vec!["not-an-address".into()],
            phones: vec!["call me".into()],
            stage: Stage::Dissolution,
            ..draft("")
        };
        let fields: Vec<Field> = bad
            .validated()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec![
                Field::Name,
                Field::Emails,
                Field::Phones,
                Field::DissolutionReason
            ]
        );
    }

    #[test]
    fn a_valid_draft_is_trimmed() {
        let ok = CustomerDraft {
            city: "  İzmir ".into(),
            emails: vec![" ayse@firma.com.tr".into()],
            ..draft(" Ayşe Yılmaz ")
        }
        .validated()
        .unwrap();
        assert_eq!(ok.name, "Ayşe Yılmaz");
        assert_eq!(ok.city, "İzmir");
        assert_eq!(ok.emails, vec!["ayse@firma.com.tr"]);
    }

    #[test]
    fn a_reason_is_dropped_outside_dissolution() {
        let update = CustomerUpdate::Stage(Stage::Awareness, Some(DissolutionReason::Fraud));
        assert_eq!(
            update.validated(),
            Ok(CustomerUpdate::Stage(Stage::Awareness, None))
        );
    }

    #[test]
    fn dissolution_needs_a_reason() {
        let update = CustomerUpdate::Stage(Stage::Dissolution, None);
        assert_eq!(
            update.validated(),
            Err(FieldError::new(Field::DissolutionReason, Problem::Required))
        );
    }

    #[test]
    fn lists_split_on_commas_semicolons_and_lines() {
        assert_eq!(split_list("a, b;c\n\n d "), vec!["a", "b", "c", "d"]);
    }
}
