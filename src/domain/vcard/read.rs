//! One card's properties as a customer draft: which property fills which field.

use super::decode;
use super::lines::{property, Property};
use super::CardReason;
use crate::domain::{CustomerDraft, CustomerKind};

/// The fields a card can fill, gathered before deciding who the card is about.
#[derive(Default)]
struct Found {
    formatted: String,
    structured: String,
    org: String,
    is_org: bool,
    draft: CustomerDraft,
    address_seen: bool,
}

/// The draft a card describes, validated; or why it describes no customer.
pub(super) fn draft(lines: &[String]) -> Result<CustomerDraft, CardReason> {
    let props: Vec<Property> = lines.iter().filter_map(|l| property(l)).collect();
    // Escapes depend on the version, which the card may state after other properties.
    let modern = !props
        .iter()
        .any(|p| p.name == "VERSION" && p.value.trim() == "2.1");
    let mut found = Found::default();
    for prop in &props {
        take(&mut found, prop, modern);
    }
    let Found {
        formatted,
        structured,
        org,
        is_org,
        mut draft,
        ..
    } = found;
    // Outlook writes a company's contact with its name as FN and an empty N: that is the
    // company's name, not a person's.
    let person = if formatted.is_empty() || (formatted == org && structured.is_empty()) {
        structured
    } else {
        formatted.clone()
    };
    if is_org || (person.is_empty() && !org.is_empty()) {
        draft.kind = CustomerKind::Company;
        draft.name = if formatted.is_empty() { org } else { formatted };
    } else {
        draft.kind = CustomerKind::Person;
        draft.name = person;
        draft.company = org;
    }
    if draft.name.trim().is_empty() {
        return Err(CardReason::NoName);
    }
    draft.validated().map_err(CardReason::Invalid)
}

fn take(found: &mut Found, prop: &Property, modern: bool) {
    let raw = if prop.is_quoted_printable() {
        decode::charset(decode::quoted_printable(&prop.value), prop.param("CHARSET"))
    } else {
        prop.value.clone()
    };
    let text = || decode::text(&raw, modern).trim().to_owned();
    let parts = |sep| decode::split(&raw, Some(sep), modern);
    let draft = &mut found.draft;
    match prop.name.as_str() {
        "FN" => found.formatted = text(),
        "N" => found.structured = person_name(&parts(';')),
        "ORG" => found.org = parts(';').swap_remove(0).trim().to_owned(),
        "KIND" => found.is_org |= matches!(text().to_ascii_lowercase().as_str(), "org"),
        // How iOS and macOS mark a company's card in 3.0.
        "X-ABSHOWAS" => found.is_org |= text().eq_ignore_ascii_case("COMPANY"),
        "TEL" => draft.phones.push(phone(&text())),
        "EMAIL" => draft
            .emails
            .push(strip_scheme(&text(), "mailto:").to_owned()),
        "ADR" if !found.address_seen => {
            // pobox; extended; street; locality; region; postal code; country
            let parts = parts(';');
            let part = |i: usize| parts.get(i).map_or("", |p| p.trim()).to_owned();
            (draft.address, draft.city) = (part(2), part(3));
            found.address_seen = !draft.address.is_empty() || !draft.city.is_empty();
        }
        "NOTE" => {
            let note = decode::text(&raw, modern);
            if !draft.notes.is_empty() {
                draft.notes.push('\n');
            }
            draft.notes.push_str(&note);
        }
        "CATEGORIES" => draft.tags.extend(parts(',')),
        _ => {}
    }
}

/// `N` is family; given; additional; prefixes; suffixes. People are called by their given
/// and middle names, then the family name (a second given name is usually "additional").
fn person_name(parts: &[String]) -> String {
    let part = |i: usize| parts.get(i).map_or("", |p| p.trim());
    [part(1), part(2), part(0)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// 4.0 may write a phone as a `tel:` URI, whose parameters (`;ext=12`) are not a number.
fn phone(value: &str) -> String {
    let number = strip_scheme(value, "tel:");
    if number.len() == value.len() {
        return value.to_owned();
    }
    number.split(';').next().unwrap_or_default().to_owned()
}

fn strip_scheme<'a>(value: &'a str, scheme: &str) -> &'a str {
    match value.get(..scheme.len()) {
        Some(head) if head.eq_ignore_ascii_case(scheme) => &value[scheme.len()..],
        _ => value,
    }
}
