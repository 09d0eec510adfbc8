//! Customers as vCard text: escaping, CRLF line ends, lines folded at 75 octets.

use crate::domain::{Customer, CustomerKind};

/// What a card says about one customer: the customer with its company's name, which the
/// caller resolves from the company's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardData {
    pub kind: CustomerKind,
    pub name: String,
    /// The company a person works for; empty for none, and for a company itself.
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub city: String,
    pub address: String,
    pub notes: String,
    pub tags: Vec<String>,
}

impl CardData {
    pub fn of(customer: &Customer, company_name: Option<&str>) -> Self {
        Self {
            kind: customer.kind,
            name: customer.name.clone(),
            company: company_name.unwrap_or_default().to_owned(),
            emails: customer.emails.clone(),
            phones: customer.phones.clone(),
            city: customer.city.clone(),
            address: customer.address.clone(),
            notes: customer.notes.clone(),
            tags: customer.tags.clone(),
        }
    }
}

/// The vCard version written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VcardVersion {
    /// RFC 2426: for Outlook for Windows, which does not read 4.0.
    V3,
    /// RFC 6350: the current standard, read by iOS, macOS, Android and Google Contacts.
    V4,
}

/// The cards as one vCard 4.0 file.
pub fn export(cards: &[CardData]) -> String {
    export_as(cards, VcardVersion::V4)
}

/// The cards as one vCard file of the given version.
pub fn export_as(cards: &[CardData], version: VcardVersion) -> String {
    let mut out = String::new();
    for card in cards {
        write_card(&mut out, card, version);
    }
    out
}

fn write_card(out: &mut String, card: &CardData, version: VcardVersion) {
    let v4 = version == VcardVersion::V4;
    let company = card.kind == CustomerKind::Company;
    let mut line = |text: String| fold(out, &text);
    line("BEGIN:VCARD".into());
    line(format!("VERSION:{}", if v4 { "4.0" } else { "3.0" }));
    line("PRODID:-//Rapport//Rapport CRM//EN".into());
    match (company, v4) {
        (true, true) => line("KIND:org".into()),
        (true, false) => line("X-ABShowAs:COMPANY".into()),
        _ => {}
    }
    line(format!("FN:{}", escape(&card.name)));
    if !company {
        // The last word as the family name: right for most names, and FN, which readers
        // show, keeps the name exactly as typed.
        let (given, family) = card.name.rsplit_once(' ').unwrap_or((&card.name, ""));
        line(format!("N:{};{};;;", escape(family), escape(given.trim())));
    } else if !v4 {
        line("N:;;;;".into()); // 3.0 requires N.
    }
    let org = if company { &card.name } else { &card.company };
    if !org.is_empty() {
        line(format!("ORG:{}", escape(org)));
    }
    for phone in &card.phones {
        line(format!("TEL;TYPE=voice:{}", escape(phone)));
    }
    for email in &card.emails {
        line(format!("EMAIL:{}", escape(email)));
    }
    if !card.address.is_empty() || !card.city.is_empty() {
        let (street, city) = (escape(&card.address), escape(&card.city));
        line(format!("ADR:;;{street};{city};;;"));
    }
    if !card.notes.is_empty() {
        line(format!("NOTE:{}", escape(&card.notes)));
    }
    if !card.tags.is_empty() {
        let tags: Vec<String> = card.tags.iter().map(|t| escape(t)).collect();
        line(format!("CATEGORIES:{}", tags.join(",")));
    }
    line("END:VCARD".into());
}

/// Escapes a text value or component: backslash, newline, comma and semicolon.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes `line` in pieces of at most 75 octets, each continuation starting with a space
/// (which counts), cutting only between characters: a Turkish letter is two octets and
/// splitting one would make the file invalid UTF-8.
pub(super) fn fold(out: &mut String, line: &str) {
    const OCTETS: usize = 75;
    let mut rest = line;
    let mut room = OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}
