//! Stored field keys and values in words, for conflicts and history.

use crate::domain::{
    Channel, Code, ColleagueId, CustomField, CustomerId, CustomerKind, DissolutionReason, Stage,
    CUSTOM_PREFIX,
};
use crate::model::Snapshot;
use crate::ui::i18n::{I18n, Msg};

/// The name of a stored customer field in words: a built-in one's label, or a custom
/// field's own name (`field.<id>`).
pub fn field_name(i18n: I18n, snapshot: &Snapshot, field: &str) -> String {
    match custom_field(snapshot, field) {
        Some(custom) => custom.name.clone(),
        None => i18n.t(field_label(field)).to_owned(),
    }
}

/// The custom field a stored key holds the value of.
fn custom_field<'a>(snapshot: &'a Snapshot, key: &str) -> Option<&'a CustomField> {
    let id = key.strip_prefix(CUSTOM_PREFIX)?;
    snapshot.fields.iter().find(|f| f.id.0 == id)
}

/// The label of a stored customer field.
fn field_label(field: &str) -> Msg {
    match field {
        "kind" => Msg::KindLabel,
        "name" => Msg::Name,
        "company" => Msg::Company,
        "emails" => Msg::Emails,
        "phones" => Msg::Phones,
        "city" => Msg::City,
        "address" => Msg::Address,
        "tags" => Msg::Tags,
        "stage" => Msg::Stage,
        "dissolution_reason" => Msg::DissolutionReason,
        "owner" => Msg::Owner,
        "preferred_channel" => Msg::PreferredChannel,
        "district" => Msg::District,
        "tax_number" => Msg::TaxNumber,
        "tax_office" => Msg::TaxOffice,
        "iban" => Msg::Iban,
        key if key.starts_with(CUSTOM_PREFIX) => Msg::MoreDetails,
        _ => Msg::Notes,
    }
}

/// A stored value as the user knows it: labels for codes, names for ids.
pub fn value_text(i18n: I18n, snapshot: &Snapshot, field: &str, value: &str) -> String {
    let label =
        |text: Option<&'static str>| text.map(str::to_owned).unwrap_or_else(|| value.to_owned());
    match field {
        "kind" => label(CustomerKind::from_code(value).map(|v| i18n.label(v))),
        "stage" => label(Stage::from_code(value).map(|v| i18n.label(v))),
        "dissolution_reason" => label(DissolutionReason::from_code(value).map(|v| i18n.label(v))),
        "preferred_channel" => label(Channel::from_code(value).map(|v| i18n.label(v))),
        "owner" => snapshot
            .colleague_name(&ColleagueId(value.to_owned()))
            .unwrap_or(value)
            .to_owned(),
        "company" => snapshot
            .customer(&CustomerId(value.to_owned()))
            .map(|c| c.name.clone())
            .unwrap_or_else(|| value.to_owned()),
        key => match custom_field(snapshot, key) {
            Some(custom) => super::custom_fields::shown_value(i18n, custom, value),
            None => value.to_owned(),
        },
    }
}
