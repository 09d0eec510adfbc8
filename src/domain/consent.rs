//! Consent under KVKK (explicit consent, açık rıza, and the İYS permissions for commercial
//! messages): for each purpose a person's consent is given, withdrawn or never asked.
//! Every change is an event kept for good (when, how it was obtained, by whom, under
//! which version of the workspace's information notice), so the firm can show what it
//! held at any time; the current state is the latest event of each purpose.

use super::codes::{code_enum, string_id};
use super::colleague::ColleagueId;
use super::customer::Channel;
use super::validation::{bounded, required, Field, FieldError, MAX_LINE, MAX_TEXT};

code_enum! {
    /// What a person may agree to.
    pub enum Purpose {
        MarketingPhone = "marketing_phone",
        MarketingSms = "marketing_sms",
        MarketingEmail = "marketing_email",
        MarketingWhatsApp = "marketing_whatsapp",
        /// Sharing their data with partners (a third party).
        PartnerSharing = "partner_sharing",
    }
}

code_enum! {
    /// A purpose's consent as last recorded; no event at all is "never asked".
    pub enum ConsentState {
        Given = "given",
        Withdrawn = "withdrawn",
    }
}

code_enum! {
    /// How a consent or its withdrawal was obtained.
    pub enum ConsentSource {
        Form = "form",
        Phone = "phone",
        SignedPaper = "signed_paper",
        Email = "email",
        InPerson = "in_person",
        Other = "other",
    }
}

string_id! {
    /// The stable id of one consent event: random, so two devices never make the same one.
    pub struct ConsentId;
}

/// One recorded change of a person's consent for one purpose.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ConsentEvent {
    pub id: ConsentId,
    pub purpose: Purpose,
    pub state: ConsentState,
    /// Milliseconds since the Unix epoch: when the person gave or withdrew it.
    pub at: i64,
    pub source: ConsentSource,
    /// The colleague who recorded it.
    pub by: Option<ColleagueId>,
    /// The information notice shown, if any.
    pub notice: Option<NoticeId>,
    pub note: String,
}

/// What a user records: a purpose's new state, how and when.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ConsentDraft {
    pub purposes: Vec<Purpose>,
    pub state: ConsentState,
    pub at: i64,
    pub source: ConsentSource,
    pub notice: Option<NoticeId>,
    pub note: String,
}

impl ConsentDraft {
    /// At least one purpose, a short note.
    pub fn validated(mut self) -> Result<Self, FieldError> {
        self.purposes.sort();
        self.purposes.dedup();
        if self.purposes.is_empty() {
            return Err(FieldError::new(
                Field::Purposes,
                super::validation::Problem::Required,
            ));
        }
        self.note = bounded(Field::Notes, &self.note, MAX_LINE)?;
        Ok(self)
    }
}

/// The latest event of `purpose` among `events` (time, then id, so every copy agrees).
pub fn consent_for(events: &[ConsentEvent], purpose: Purpose) -> Option<&ConsentEvent> {
    events
        .iter()
        .filter(|e| e.purpose == purpose)
        .max_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)))
}

/// Whether `purpose` is consented to now.
pub fn has_consent(events: &[ConsentEvent], purpose: Purpose) -> bool {
    consent_for(events, purpose).is_some_and(|e| e.state == ConsentState::Given)
}

/// The marketing purpose a contact action by `channel` needs, if any.
pub fn purpose_of(channel: Channel) -> Option<Purpose> {
    match channel {
        Channel::Phone => Some(Purpose::MarketingPhone),
        Channel::WhatsApp => Some(Purpose::MarketingWhatsApp),
        Channel::Email => Some(Purpose::MarketingEmail),
        _ => None,
    }
}

string_id! {
    /// The stable id of a version of the information notice.
    pub struct NoticeId;
}

/// A version of the workspace's information notice (aydınlatma metni). A version is never
/// edited: a new text is a new version, so a consent always points to what was shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Notice {
    pub id: NoticeId,
    /// A short name ("2026 Ocak").
    pub title: String,
    pub text: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
}

impl Notice {
    /// A title to pick it by and a text.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = required(Field::Title, &self.title, MAX_LINE)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let text = required(Field::Notes, &self.text, MAX_TEXT)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        match errors.is_empty() {
            true => Ok(Self {
                title,
                text,
                ..self
            }),
            false => Err(errors),
        }
    }
}

code_enum! {
    /// What a data event recorded (besides consents, which are events of their own).
    pub enum DataEventKind {
        /// Everything held about a person was downloaded or printed for them.
        PersonExported = "person_exported",
    }
}

string_id! {
    /// The stable id of a data event.
    pub struct DataEventId;
}

/// One entry of the record of data events (KVKK): who did what to whose data, and when;
/// never the data itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DataEvent {
    pub id: DataEventId,
    pub kind: DataEventKind,
    pub customer: super::customer::CustomerId,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    pub by: Option<ColleagueId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, purpose: Purpose, state: ConsentState, at: i64) -> ConsentEvent {
        ConsentEvent {
            id: ConsentId(id.into()),
            purpose,
            state,
            at,
            source: ConsentSource::Form,
            by: None,
            notice: None,
            note: String::new(),
        }
    }

    #[test]
    fn the_latest_event_of_a_purpose_is_its_state() {
        use ConsentState::*;
        use Purpose::*;
        let events = [
            event("a", MarketingEmail, Given, 10),
            event("b", MarketingEmail, Withdrawn, 20),
            event("c", MarketingSms, Given, 15),
        ];
        assert_eq!(consent_for(&events, MarketingEmail).unwrap().id.0, "b");
        assert!(!has_consent(&events, MarketingEmail));
        assert!(has_consent(&events, MarketingSms));
        assert!(
            consent_for(&events, PartnerSharing).is_none(),
            "never asked"
        );
        // Two events at one moment (two colleagues): every copy picks the same.
        let tie = [
            event("y", MarketingPhone, Withdrawn, 5),
            event("x", MarketingPhone, Given, 5),
        ];
        assert_eq!(consent_for(&tie, MarketingPhone).unwrap().id.0, "y");
    }

    #[test]
    fn a_draft_needs_a_purpose_and_a_notice_a_title_and_a_text() {
        let draft = ConsentDraft {
            purposes: vec![Purpose::MarketingSms, Purpose::MarketingSms],
            state: ConsentState::Given,
            at: 0,
            source: ConsentSource::Phone,
            notice: None,
            note: " sözlü ".into(),
        };
        let checked = draft.clone().validated().unwrap();
        assert_eq!(
            (checked.purposes.len(), checked.note.as_str()),
            (1, "sözlü")
        );
        let none = ConsentDraft {
            purposes: vec![],
            ..draft
        };
        assert_eq!(none.validated().unwrap_err().field, Field::Purposes);
        assert_eq!(Notice::default().validated().unwrap_err().len(), 2);
        assert_eq!(
            purpose_of(Channel::WhatsApp),
            Some(Purpose::MarketingWhatsApp)
        );
        assert_eq!(purpose_of(Channel::Visit), None);
    }
}
