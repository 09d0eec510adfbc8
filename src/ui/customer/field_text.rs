//! Stored field keys and values in words, for conflicts and history.

use crate::domain::{
    Channel, Code, ColleagueId, CustomerId, CustomerKind, DissolutionReason, Stage,
};
use crate::model::Snapshot;
use crate::ui::i18n::{I18n, Msg};

/// The label of a stored customer field.
pub fn field_label(field: &str) -> Msg {
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
        _ => value.to_owned(),
    }
}
