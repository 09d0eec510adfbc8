//! Which customer field each column of an imported file fills: a guess from the header
//! names (Turkish and English spreadsheets, Google Contacts, HubSpot), which the user
//! corrects, and the check that a mapping can make customers at all.

use super::ImportError;
use crate::domain::codes::code_enum;
use crate::domain::custom_field::{same_name, CustomField, FieldId};
use crate::domain::search::fold;

code_enum! {
    /// What a column is imported as. Several columns may fill a list (e-mails, phones,
    /// tags) or a name part; for the other fields the first non-blank cell counts.
    pub enum Target {
        Ignore = "ignore",
        /// The whole name, as one cell.
        Name = "name",
        /// Given name(s); a middle name counts as one.
        FirstName = "first_name",
        LastName = "last_name",
        Company = "company",
        Email = "email",
        Phone = "phone",
        City = "city",
        District = "district",
        Address = "address",
        Tags = "tags",
        Notes = "notes",
        /// Person or company.
        Kind = "kind",
        Stage = "stage",
        /// VKN or TCKN.
        TaxNumber = "tax_number",
        TaxOffice = "tax_office",
        Iban = "iban",
        /// One of the workspace's custom fields: which one, the mapping says by column.
        Custom = "custom",
    }
}

/// A column mapping that can make customers: every row can have a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    targets: Vec<Target>,
    /// By column, the custom field a [`Target::Custom`] column fills.
    fields: Vec<Option<CustomField>>,
}

impl Mapping {
    /// Accepts `targets` (one per column) if at least one column gives a name: the whole
    /// name, a part of it, or a company (a row with only a company is a company).
    pub fn new(targets: Vec<Target>) -> Result<Self, ImportError> {
        Self::with_fields(targets, Vec::new())
    }

    /// [`Self::new`] with the custom field each [`Target::Custom`] column fills.
    pub fn with_fields(
        targets: Vec<Target>,
        fields: Vec<Option<CustomField>>,
    ) -> Result<Self, ImportError> {
        let names = [
            Target::Name,
            Target::FirstName,
            Target::LastName,
            Target::Company,
        ];
        if !targets.iter().any(|t| names.contains(t)) {
            return Err(ImportError::NoNameColumn);
        }
        Ok(Self { targets, fields })
    }

    /// One target per column.
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// By column, the custom field it fills (none for the others).
    pub fn fields(&self) -> &[Option<CustomField>] {
        &self.fields
    }
}

/// For each header [`guess_mapping`] leaves ignored, the custom field (one still shown)
/// of that name, if any.
pub fn guess_fields(headers: &[String], fields: &[CustomField]) -> Vec<Option<FieldId>> {
    headers
        .iter()
        .map(|header| {
            let field = fields
                .iter()
                .find(|f| !f.removed && same_name(&f.name, header))?;
            (guess(header) == Target::Ignore).then(|| field.id.clone())
        })
        .collect()
}

/// The comparison form of a header or a cell: folded (Turkish letters to ASCII, lower
/// case) and stripped of everything but letters and digits, so `E-posta`, `e posta` and
/// `EPOSTA` agree.
pub(super) fn key(text: &str) -> String {
    let mut key = fold(text);
    key.retain(char::is_alphanumeric);
    key
}

/// Guesses a target for each header; an unknown header is ignored.
pub fn guess_mapping(headers: &[String]) -> Vec<Target> {
    let keys: Vec<String> = headers.iter().map(|h| key(h)).collect();
    let mut targets: Vec<Target> = headers.iter().map(|h| guess(h)).collect();
    // Google writes the address twice: as one formatted block (street, city, postcode,
    // country on lines) and in parts. With a street column, the parts are better.
    if keys.iter().any(|k| numbered(k, "address", "street")) {
        for (target, k) in targets.iter_mut().zip(&keys) {
            if numbered(k, "address", "formatted") {
                *target = Target::Ignore;
            }
        }
    }
    // "İsim; Soyisim" or "Name; Surname": with a surname beside it, the name is a first name.
    let has = |wanted: Target| targets.contains(&wanted);
    if has(Target::LastName) && !has(Target::FirstName) {
        for target in targets.iter_mut().filter(|t| **t == Target::Name) {
            *target = Target::FirstName;
        }
    }
    targets
}

/// `Address 1 - Street` and the like: a word, a number, a part.
fn numbered(key: &str, word: &str, part: &str) -> bool {
    key.strip_prefix(word)
        .and_then(|rest| rest.strip_suffix(part))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The built-in field a column header names, [`Target::Ignore`] for none.
pub(crate) fn guess_target(header: &str) -> Target {
    guess(header)
}

fn guess(header: &str) -> Target {
    // Google's numbered columns: `E-mail 1 - Value`, `Phone 2 - Type`, `Address 1 - City`.
    if let Some((field, part)) = header
        .split_once(" - ")
        .filter(|(field, _)| field.ends_with(|c: char| c.is_ascii_digit()))
    {
        let field = key(field.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' '));
        return google_column(&field, &key(part));
    }
    by_name(&key(header))
}

fn google_column(field: &str, part: &str) -> Target {
    match (field, part) {
        ("email", "value") => Target::Email,
        ("phone", "value") => Target::Phone,
        ("address", "city") => Target::City,
        ("address", "street" | "formatted") => Target::Address,
        ("organization", "name") => Target::Company,
        // Types, labels, titles, regions, websites...: nothing of ours.
        _ => Target::Ignore,
    }
}

fn by_name(key: &str) -> Target {
    use Target as T;
    match key {
        "adsoyad" | "adisoyadi" | "adsoyadi" | "isim" | "isimsoyisim" | "name" | "fullname"
        | "contactname" | "musteri" | "musteriadi" | "displayname" => T::Name,
        "ad" | "adi" | "ikinciad" | "firstname" | "givenname" | "middlename" | "additionalname" => {
            T::FirstName
        }
        "soyad" | "soyadi" | "soyisim" | "soyismi" | "lastname" | "surname" | "familyname" => {
            T::LastName
        }
        "sirket" | "sirketadi" | "firma" | "firmaadi" | "kurum" | "kurumadi" | "isyeri"
        | "company" | "companyname" | "associatedcompany" | "organization" | "organisation"
        | "organizationname" => T::Company,
        "eposta" | "epostaadresi" | "elektronikposta" | "mail" | "mailadresi" | "email"
        | "emailaddress" => T::Email,
        "telefon" | "telefonno" | "telefonnumarasi" | "tel" | "cep" | "ceptelefonu" | "ceptel"
        | "gsm" | "istelefonu" | "phone" | "phonenumber" | "telephone" | "mobile"
        | "mobilephone" | "mobilephonenumber" | "cell" => T::Phone,
        "sehir" | "il" | "city" | "town" => T::City,
        "ilce" | "semt" | "district" | "county" => T::District,
        "adres" | "acikadres" | "address" | "streetaddress" | "street" => T::Address,
        "etiket" | "etiketler" | "grup" | "gruplar" | "tag" | "tags" | "label" | "labels"
        | "groupmembership" => T::Tags,
        "not" | "notlar" | "aciklama" | "aciklamalar" | "note" | "notes" | "comment"
        | "comments" => T::Notes,
        "tur" | "turu" | "tip" | "tipi" | "musteritipi" | "kind" | "type" | "contacttype" => {
            T::Kind
        }
        "asama" | "asamasi" | "evre" | "stage" | "lifecyclestage" => T::Stage,
        "vergino" | "verginumarasi" | "vkn" | "tckn" | "tckimlikno" | "vkntckn" | "taxnumber"
        | "taxid" | "vatnumber" => T::TaxNumber,
        "vergidairesi" | "vd" | "taxoffice" => T::TaxOffice,
        "iban" | "ibanno" => T::Iban,
        // `Record ID`, `Contact owner`, dates, ...: the user maps them if wanted.
        _ => T::Ignore,
    }
}

#[cfg(test)]
mod tests;
