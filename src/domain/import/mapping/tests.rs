//! Guesses for the header sets users bring, and the check of a mapping.

use super::*;
use Target as T;

fn guessed(headers: &str, delimiter: char) -> Vec<(String, Target)> {
    let headers: Vec<String> = headers.split(delimiter).map(str::to_owned).collect();
    let targets = guess_mapping(&headers);
    headers.into_iter().zip(targets).collect()
}

fn assert_guesses(headers: &str, delimiter: char, expected: &[Target]) {
    let got = guessed(headers, delimiter);
    let targets: Vec<Target> = got.iter().map(|(_, t)| *t).collect();
    assert_eq!(targets, expected, "{got:#?}");
}

#[test]
fn turkish_headers() {
    assert_guesses(
        "Ad;Soyad;Şirket;Telefon;E-posta;Şehir",
        ';',
        &[
            T::FirstName,
            T::LastName,
            T::Company,
            T::Phone,
            T::Email,
            T::City,
        ],
    );
    assert_guesses(
        "Adı;Soyadı;Firma;Kurum;Cep;Cep Telefonu;GSM;Eposta;Mail;İl;Adres;Etiket;Etiketler;\
         Not;Notlar;Açıklama;Tür;Aşama",
        ';',
        &[
            T::FirstName,
            T::LastName,
            T::Company,
            T::Company,
            T::Phone,
            T::Phone,
            T::Phone,
            T::Email,
            T::Email,
            T::City,
            T::Address,
            T::Tags,
            T::Tags,
            T::Notes,
            T::Notes,
            T::Notes,
            T::Kind,
            T::Stage,
        ],
    );
    assert_guesses(
        "Ad Soyad;İsim;ŞİRKET;E-POSTA",
        ';',
        &[T::Name, T::Name, T::Company, T::Email],
    );
}

#[test]
fn a_name_beside_a_surname_is_a_first_name() {
    assert_guesses(
        "İsim;Soyisim;Telefon",
        ';',
        &[T::FirstName, T::LastName, T::Phone],
    );
    assert_guesses("Name,Surname", ',', &[T::FirstName, T::LastName]);
}

#[test]
fn english_headers() {
    assert_guesses(
        "Name,Full Name,First Name,Last Name,Company,Organization,Phone,Mobile,Email,E-mail,\
         City,Address,Tags,Notes",
        ',',
        &[
            T::Name,
            T::Name,
            T::FirstName,
            T::LastName,
            T::Company,
            T::Company,
            T::Phone,
            T::Phone,
            T::Email,
            T::Email,
            T::City,
            T::Address,
            T::Tags,
            T::Notes,
        ],
    );
}

#[test]
fn google_contacts_current_headers() {
    assert_guesses(
        "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,\
         Organization Name,Organization Title,Birthday,Notes,Photo,Labels,E-mail 1 - Label,\
         E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,\
         Phone 1 - Type,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,\
         Address 1 - City,Address 1 - Region,Address 1 - Country,Website 1 - Value",
        ',',
        &[
            T::FirstName,
            T::FirstName,
            T::LastName,
            T::Ignore,
            T::Ignore,
            T::Ignore,
            T::Company,
            T::Ignore,
            T::Ignore,
            T::Notes,
            T::Ignore,
            T::Tags,
            T::Ignore,
            T::Email,
            T::Ignore,
            T::Email,
            T::Ignore,
            T::Phone,
            T::Ignore,
            T::Ignore,
            T::Ignore,
            T::Address,
            T::City,
            T::Ignore,
            T::Ignore,
            T::Ignore,
        ],
    );
}

#[test]
fn google_contacts_older_headers() {
    assert_guesses(
        "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,\
         E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,\
         Address 1 - Formatted,Organization 1 - Type,Organization 1 - Name,\
         Organization 1 - Title",
        ',',
        &[
            T::Name,
            T::FirstName,
            T::FirstName,
            T::LastName,
            T::Notes,
            T::Tags,
            T::Ignore,
            T::Email,
            T::Ignore,
            T::Phone,
            T::Ignore,
            T::Address,
            T::Ignore,
            T::Company,
            T::Ignore,
        ],
    );
}

#[test]
fn hubspot_headers() {
    assert_guesses(
        "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,\
         City,Street Address,Lifecycle Stage,Contact owner,Create Date",
        ',',
        &[
            T::Ignore,
            T::FirstName,
            T::LastName,
            T::Email,
            T::Phone,
            T::Phone,
            T::Company,
            T::City,
            T::Address,
            T::Stage,
            T::Ignore,
            T::Ignore,
        ],
    );
}

#[test]
fn a_dash_without_a_number_is_not_a_google_column() {
    assert_guesses("Telefon - İş;E-posta", ';', &[T::Ignore, T::Email]);
}

#[test]
fn a_mapping_needs_a_name_or_a_company() {
    assert_eq!(
        Mapping::new(vec![T::Email, T::Phone, T::Ignore]),
        Err(ImportError::NoNameColumn)
    );
    assert_eq!(Mapping::new(vec![]), Err(ImportError::NoNameColumn));
    for name in [T::Name, T::FirstName, T::LastName, T::Company] {
        let mapping = Mapping::new(vec![T::Email, name]).unwrap();
        assert_eq!(mapping.targets(), &[T::Email, name]);
    }
}

#[test]
fn targets_have_stable_codes() {
    use crate::domain::Code;
    let codes: Vec<&str> = Target::ALL.iter().map(|t| t.code()).collect();
    assert_eq!(
        codes,
        [
            "ignore",
            "name",
            "first_name",
            "last_name",
            "company",
            "email",
            "phone",
            "city",
            "district",
            "address",
            "tags",
            "notes",
            "kind",
            "stage",
            "tax_number",
            "tax_office",
            "iban",
            "custom"
        ]
    );
}

#[test]
fn invoice_detail_headers_are_recognised_in_turkish_and_english() {
    let headers: Vec<String> = [
        "Firma Adı",
        "Vergi No",
        "Vergi Dairesi",
        "IBAN",
        "VKN/TCKN",
        "Tax office",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        guess_mapping(&headers),
        [
            Target::Company,
            Target::TaxNumber,
            Target::TaxOffice,
            Target::Iban,
            Target::TaxNumber,
            Target::TaxOffice
        ]
    );
}
