//! Telling when two records are the same customer: normalised e-mails, Turkish phone
//! numbers and folded name + company, used by imports (skip what is already there) and by
//! the duplicate finder (pairs a person should look at).

use std::collections::HashMap;

use super::customer::{CustomerId, CustomerKind};
use super::search::fold;

/// Why two records look like the same customer, strongest first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum MatchReason {
    Email,
    Phone,
    NameAndCompany,
}

/// An e-mail as compared: trimmed, without a `mailto:`, lower case (Turkish `İ` too).
pub fn email_key(email: &str) -> Option<String> {
    let email = email.trim();
    let email = email
        .strip_prefix("mailto:")
        .or_else(|| email.strip_prefix("MAILTO:"))
        .unwrap_or(email);
    let key = fold(email);
    key.contains('@').then_some(key)
}

/// A phone number as compared: its E.164 form (see [`super::phone`]), so `0532 111 22 33`,
/// `+90 532 111 2233`, `0090 532 111 22 33` and `(532) 111-22-33` are the same. A number
/// that cannot be dialled as written is compared by its digits, with Turkey's country code
/// or trunk zero taken off; fewer than 7 digits (an extension) match nothing.
pub fn phone_key(phone: &str) -> Option<String> {
    if let Some(e164) = super::phone::read_phone(phone).e164() {
        return Some(e164);
    }
    let (digits, _) = super::phone::dialled(phone);
    (digits.len() >= 7).then_some(digits)
}

/// Words of a company name that say only its legal form (`A.Ş.`, `Ltd. Şti.`, `Inc.`).
const LEGAL_FORMS: &[&str] = &[
    "as", "a.s", "a.s.", "ltd", "ltd.", "sti", "sti.", "limited", "sirketi", "anonim", "san",
    "san.", "tic", "tic.", "ve", "inc", "inc.", "llc", "gmbh", "co", "co.",
];

/// A name folded for comparison: case, Turkish letters, punctuation and spacing ignored.
fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A company name without its legal form: `Yılmaz Tekstil San. ve Tic. A.Ş.` and
/// `YILMAZ TEKSTİL` compare equal.
fn company_words(name: &str) -> String {
    let words: Vec<String> = name_words(name)
        .into_iter()
        .filter(|word| !LEGAL_FORMS.contains(&word.as_str()))
        .map(|word| word.replace('.', ""))
        .collect();
    words.join(" ")
}

/// Folded name plus the company's name, the key of a person; a company's own name (legal
/// form left out) for a company. `None` when the name has no letters or digits.
pub fn name_key(kind: CustomerKind, name: &str, company: &str) -> Option<String> {
    match kind {
        CustomerKind::Company => {
            let company = company_words(name);
            (!company.is_empty()).then(|| format!("company:{company}"))
        }
        CustomerKind::Person => {
            let person = name_words(name).join(" ");
            (!person.is_empty()).then(|| format!("person:{person}|{}", company_words(company)))
        }
    }
}

/// The keys of one record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MatchKeys {
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub name: Option<String>,
}

impl MatchKeys {
    /// The keys of a record with these values; `company` is the company's name.
    pub fn of(
        kind: CustomerKind,
        name: &str,
        company: &str,
        emails: &[String],
        phones: &[String],
    ) -> Self {
        Self {
            emails: emails.iter().filter_map(|e| email_key(e)).collect(),
            phones: phones.iter().filter_map(|p| phone_key(p)).collect(),
            name: name_key(kind, name, company),
        }
    }

    fn each(&self) -> impl Iterator<Item = (MatchReason, &str)> {
        let emails = self.emails.iter().map(|k| (MatchReason::Email, k.as_str()));
        let phones = self.phones.iter().map(|k| (MatchReason::Phone, k.as_str()));
        let name = self
            .name
            .iter()
            .map(|k| (MatchReason::NameAndCompany, k.as_str()));
        emails.chain(phones).chain(name)
    }
}

/// Who already holds each key: answers "is this record already here?" in constant time.
#[derive(Clone, Debug, Default)]
pub struct DuplicateIndex {
    owners: HashMap<(MatchReason, String), CustomerId>,
}

impl DuplicateIndex {
    /// The first customer holding one of `keys`, and the strongest reason it matched.
    pub fn find(&self, keys: &MatchKeys) -> Option<(CustomerId, MatchReason)> {
        keys.each().find_map(|(reason, key)| {
            self.owners
                .get(&(reason, key.to_owned()))
                .map(|id| (id.clone(), reason))
        })
    }

    /// Records that `id` holds `keys` (a key already held keeps its first owner).
    pub fn insert(&mut self, id: &CustomerId, keys: &MatchKeys) {
        for (reason, key) in keys.each() {
            self.owners
                .entry((reason, key.to_owned()))
                .or_insert_with(|| id.clone());
        }
    }
}

/// Two customers that look like one, with every reason found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicatePair {
    /// The smaller id first, so a pair has one spelling.
    pub first: CustomerId,
    pub second: CustomerId,
    pub reasons: Vec<MatchReason>,
}

/// A key shared by more records than this (an office switchboard, `info@`) says little
/// and would list too many pairs: such a key is not used.
const CROWDED_KEY: usize = 6;

/// Every pair of records sharing a key, strongest reasons first, then by id. Runs in
/// time proportional to the number of keys, never comparing every pair.
pub fn likely_duplicates(records: &[(CustomerId, MatchKeys)]) -> Vec<DuplicatePair> {
    let mut holders: HashMap<(MatchReason, &str), Vec<&CustomerId>> = HashMap::new();
    for (id, keys) in records {
        for (reason, key) in keys.each() {
            let list = holders.entry((reason, key)).or_default();
            if list.last() != Some(&id) {
                list.push(id);
            }
        }
    }
    let mut pairs: HashMap<(&CustomerId, &CustomerId), Vec<MatchReason>> = HashMap::new();
    for ((reason, _), ids) in &holders {
        if ids.len() < 2 || ids.len() > CROWDED_KEY {
            continue;
        }
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let key = if a < b { (*a, *b) } else { (*b, *a) };
                if key.0 == key.1 {
                    continue;
                }
                let reasons = pairs.entry(key).or_default();
                if !reasons.contains(reason) {
                    reasons.push(*reason);
                }
            }
        }
    }
    let mut pairs: Vec<DuplicatePair> = pairs
        .into_iter()
        .map(|((first, second), mut reasons)| {
            reasons.sort();
            DuplicatePair {
                first: first.clone(),
                second: second.clone(),
                reasons,
            }
        })
        .collect();
    pairs.sort_by(|a, b| {
        (
            a.reasons[0],
            std::cmp::Reverse(a.reasons.len()),
            &a.first,
            &a.second,
        )
            .cmp(&(
                b.reasons[0],
                std::cmp::Reverse(b.reasons.len()),
                &b.first,
                &b.second,
            ))
    });
    pairs
}

#[cfg(test)]
mod tests;
