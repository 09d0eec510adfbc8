//! Exports of other address books: Google Contacts and HubSpot.

use super::*;

#[test]
fn google_contacts_export() {
    let (encoding, table, targets, converted) = import("google-contacts.csv");
    assert_eq!((encoding, table.delimiter), (Encoding::Utf8, b','));
    assert_eq!(table.headers.len(), 32);
    assert!(table.rows.iter().all(|r| r.cells.len() == 32));
    let mapped: Vec<(&str, Target)> = table
        .headers
        .iter()
        .map(String::as_str)
        .zip(targets.iter().copied())
        .filter(|(_, t)| *t != T::Ignore)
        .collect();
    assert_eq!(
        mapped,
        [
            ("First Name", T::FirstName),
            ("Middle Name", T::FirstName),
            ("Last Name", T::LastName),
            ("Organization Name", T::Company),
            ("Notes", T::Notes),
            ("Labels", T::Tags),
            ("E-mail 1 - Value", T::Email),
            ("E-mail 2 - Value", T::Email),
            ("Phone 1 - Value", T::Phone),
            ("Address 1 - Street", T::Address),
            ("Address 1 - City", T::City),
        ]
    );
    let zeynep = CustomerDraft {
        address: "Atatürk Bulvarı No: 12".into(),
        tags: list(&["Müşteriler"]),
        notes: "Fuarda tanıştık.\nÇarşamba arayacak.".into(),
        ..person(
            "Zeynep Nur Kaya",
            "Anadolu Sigorta",
            &["zeynep.kaya@anadolusigorta.com.tr", "zeynep@kaya.net.tr"],
            &["+90 532 123 45 67"],
            "Ankara",
        )
    };
    let karadeniz = CustomerDraft {
        tags: list(&["Tedarikçiler"]),
        ..company(
            "Karadeniz Fındık A.Ş.",
            &[],
            &["+90 462 321 00 00"],
            "Trabzon",
        )
    };
    assert_eq!(
        drafts(&converted),
        vec![
            // Zeynep's note and formatted address span lines 2 to 6.
            (2, zeynep),
            (
                7,
                person(
                    "Emre Doğan",
                    "",
                    &["emre@dogan.dev", "emre.dogan@örnek.com.tr"],
                    &["0555 010 20 30"],
                    "İstanbul"
                )
            ),
            (8, karadeniz),
            (
                9,
                person(
                    "Çiğdem Işıl Ünal",
                    "",
                    &["cigdem@unal.com.tr"],
                    &["0532 000 00 01", "0212 000 00 02"],
                    ""
                )
            ),
        ]
    );
    assert_eq!((converted.skipped.len(), converted.empty), (0, 0));
}

#[test]
fn hubspot_export_with_bom() {
    let (encoding, table, targets, converted) = import("hubspot.csv");
    assert_eq!((encoding, table.delimiter), (Encoding::Utf8Bom, b','));
    assert_eq!(table.headers[0], "Record ID");
    assert_eq!(
        targets,
        [
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
        ]
    );
    let hakan = CustomerDraft {
        address: "Bağdat Cad. No: 45, Kadıköy".into(),
        stage: Stage::Commitment,
        ..person(
            "Hakan Şen",
            "Marmara Makine",
            &["hakan.sen@marmaramakine.com.tr"],
            &["+90 216 444 55 66", "+90 533 222 11 00"],
            "İstanbul",
        )
    };
    assert_eq!(
        drafts(&converted),
        vec![
            (2, hakan),
            (
                3,
                person(
                    "Elif Güler",
                    "",
                    &["elif@guler.com.tr"],
                    &["0532 987 65 43"],
                    "Bursa"
                )
            ),
        ]
    );
    assert_eq!(
        converted.skipped,
        [skipped(4, SkipReason::UnknownStage("Partner".into()))]
    );
}
