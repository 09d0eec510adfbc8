//! What export writes reads back as the customer it came from, and its lines are folded
//! as the standard asks without ever cutting a character in two.

use proptest::prelude::*;

use super::*;
use crate::domain::{Customer, CustomerId, CustomerKind, Stage};

fn customer(draft: CustomerDraft) -> Customer {
    let d = draft.validated().expect("a valid draft");
    Customer {
        id: CustomerId("c1".into()),
        kind: d.kind,
        name: d.name,
        company: None,
        emails: d.emails,
        phones: d.phones,
        city: d.city,
        district: String::new(),
        address: d.address,
        tags: d.tags,
        stage: Stage::Expansion,
        dissolution_reason: None,
        owner: None,
        preferred_channel: None,
        notes: d.notes,
        tax_number: String::new(),
        tax_office: String::new(),
        iban: String::new(),
        archived: false,
        merged_into: None,
        created_at: 1,
        created_by: None,
        stage_history: Vec::new(),
        fields: Default::default(),
        consents: Vec::new(),
    }
}

/// The draft a card of `customer` should read back as: what a vCard carries, nothing else.
fn expected(customer: &Customer, company: &str) -> CustomerDraft {
    CustomerDraft {
        kind: customer.kind,
        name: customer.name.clone(),
        company: company.to_owned(),
        emails: customer.emails.clone(),
        phones: customer.phones.clone(),
        city: customer.city.clone(),
        address: customer.address.clone(),
        tags: customer.tags.clone(),
        notes: customer.notes.clone(),
        ..Default::default()
    }
}

fn full() -> CustomerDraft {
    CustomerDraft {
        name: "Ayşe Nur Öztürk; \"Nurcan\", İç Anadolu".into(),
        emails: vec!["ayşe.öz@örnek.com.tr".into(), "a,b;c@d.co".into()],
        phones: vec!["+90 532 111 22 33".into(), "(0212) 555-12-34".into()],
        city: "İstanbul; Kadıköy, Moda".into(),
        address: "Bağdat Cad. No: 45\nDaire 3; Kat 2, \\arka".into(),
        tags: vec![
            "VIP, altın".into(),
            "tedarikçi;yerel".into(),
            "ğüşiöçı".into(),
        ],
        notes: "Çarşamba arandı.\n\n  Fiyat: 1.250,00 ₺; vade 60 gün.\\n değil\n".into(),
        ..Default::default()
    }
}

fn round_trip(cards: &[(Customer, &str)], version: VcardVersion) {
    let data: Vec<CardData> = cards
        .iter()
        .map(|(c, co)| CardData::of(c, Some(co)))
        .collect();
    let text = export_as(&data, version);
    let read: Vec<_> = parse(&text)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let want: Vec<_> = cards.iter().map(|(c, co)| expected(c, co)).collect();
    assert_eq!(read, want, "{text}");
}

#[test]
fn every_field_survives_export_and_import() {
    let person = customer(full());
    let firm = customer(CustomerDraft {
        kind: CustomerKind::Company,
        name: "Güneş Enerji A.Ş.".into(),
        ..full()
    });
    let single = customer(CustomerDraft {
        name: "Işıl".into(),
        ..Default::default()
    });
    let cards = [
        (person, "Kaya İnşaat; Taahhüt, Ltd."),
        (firm, ""),
        (single, ""),
    ];
    round_trip(&cards, VcardVersion::V4);
    round_trip(&cards, VcardVersion::V3);
}

#[test]
fn export_writes_the_version_crlf_and_the_company_marks() {
    let firm = customer(CustomerDraft {
        kind: CustomerKind::Company,
        ..full()
    });
    let v4 = export(&[CardData::of(&firm, None)]);
    assert!(v4.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(v4.contains("\r\nKIND:org\r\n"));
    assert!(!v4.replace("\r\n", "").contains('\n'));
    assert!(v4.ends_with("END:VCARD\r\n"));
    let v3 = export_as(&[CardData::of(&firm, None)], VcardVersion::V3);
    assert!(v3.contains("\r\nVERSION:3.0\r\n") && v3.contains("\r\nX-ABShowAs:COMPANY\r\n"));
    assert!(v3.contains("\r\nN:;;;;\r\n"));
    let person = customer(CustomerDraft {
        name: "Ayşe Nur Öztürk".into(),
        ..full()
    });
    let written = export(&[CardData::of(&person, None)]);
    assert!(written.contains("\r\nN:Öztürk;Ayşe Nur;;;\r\n"));
    assert!(written.contains("\r\nCATEGORIES:VIP\\, altın,tedarikçi\\;yerel,ğüşiöçı\r\n"));
}

#[test]
fn folding_counts_octets_not_characters() {
    let mut out = String::new();
    write::fold(&mut out, &format!("NOTE:{}", "ş".repeat(80)));
    let lines: Vec<&str> = out.split_terminator("\r\n").collect();
    // 5 + 70 octets fill the first line; 74 after each fold's space; the rest last.
    assert_eq!(lines[0].len(), 75);
    assert_eq!(lines[1].len(), 75);
    assert!(lines[1].starts_with(' '));
    assert_eq!(lines.len(), 3);
}

/// Text a person might type, weighted towards what breaks parsers: Turkish letters,
/// 3- and 4-octet characters, the escaped signs and line breaks.
fn typed(max: usize) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[a-zA-Z0-9 ]{1,12}",
        "[çğıöşüÇĞİÖŞÜ]{1,6}",
        Just(",".to_owned()),
        Just(";".to_owned()),
        Just("\\".to_owned()),
        Just("\n".to_owned()),
        Just("₺".to_owned()),
        Just("😀".to_owned()),
        Just(":".to_owned()),
        Just("=C3".to_owned()),
    ];
    prop::collection::vec(pieces, 1..max).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn any_typed_text_round_trips_and_folds_at_75_octets(
        name in typed(30),
        notes in typed(60),
        city in typed(8),
        tag in typed(6),
        company in typed(10),
    ) {
        let draft = CustomerDraft {
            name,
            notes,
            city,
            tags: vec![tag],
            ..Default::default()
        };
        // Drafts a user could not save (an empty name, a tag too long) are not exported.
        prop_assume!(draft.clone().validated().is_ok());
        let company = company.trim().to_owned();
        let person = customer(draft);
        let text = export(&[CardData::of(&person, Some(&company))]);
        for line in text.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75, "{line:?}");
        }
        let read = parse(&text).unwrap();
        prop_assert_eq!(read, vec![Ok(expected(&person, &company))]);
    }
}
