//! Files from Excel on a Turkish Windows: `;` in Windows-1254, and "Unicode text".

use super::*;

#[test]
fn excel_in_windows_1254_with_semicolons() {
    let (encoding, table, targets, converted) = import("excel-tr.csv");
    assert_eq!((encoding, table.delimiter), (Encoding::Windows1254, b';'));
    assert_eq!(
        table.headers,
        list(&["Ad", "Soyad", "Şirket", "Telefon", "E-posta", "Şehir"])
    );
    assert_eq!(
        targets,
        [
            T::FirstName,
            T::LastName,
            T::Company,
            T::Phone,
            T::Email,
            T::City
        ]
    );
    assert_eq!(
        drafts(&converted),
        vec![
            (
                2,
                person(
                    "Ayşe Yılmaz",
                    "Deniz Lojistik",
                    &["ayse@denizlojistik.com.tr"],
                    &["0532 111 22 33"],
                    "İzmir"
                )
            ),
            (
                3,
                person(
                    "İsmail Çelik",
                    "Güneş Tekstil",
                    &["ismail.celik@gunestekstil.com"],
                    &["+90 532 111 2233"],
                    "İstanbul"
                )
            ),
            (
                4,
                person(
                    "Şükrü Öztürk",
                    "Öz; Ortakları Ltd. Şti.",
                    &["şükrü@öztürk.com.tr"],
                    &["0212 555 12 34"],
                    "Eskişehir"
                )
            ),
            (
                7,
                company(
                    "Işık Gıda Ürünleri",
                    &["info@isikgida.com.tr"],
                    &["0232 333 44 55"],
                    "Iğdır"
                )
            ),
            (
                8,
                person(
                    "Ömer Uğur",
                    "",
                    &["omer.ugur@ornek.com.tr"],
                    &["0542 777 88 99", "0216 333 22 11"],
                    "Çanakkale"
                )
            ),
            (
                9,
                person(
                    "Ümran Şahin",
                    "Doğan Çiçekçilik",
                    &["ümran@doğançiçek.com.tr"],
                    &["05051234567"],
                    "Şanlıurfa"
                )
            ),
        ]
    );
    assert_eq!(
        converted.skipped,
        [skipped(
            5,
            SkipReason::Invalid(FieldError::new(
                Field::Emails,
                Problem::InvalidEmail("gulsen@@cagri".into())
            ))
        )]
    );
    assert_eq!(converted.empty, 0);
}

#[test]
fn excel_unicode_text_in_utf16_with_tabs() {
    let (encoding, table, targets, converted) = import("utf16-tab.txt");
    assert_eq!((encoding, table.delimiter), (Encoding::Utf16Le, b'\t'));
    assert_eq!(
        targets,
        [
            T::Name,
            T::Company,
            T::Phone,
            T::Email,
            T::City,
            T::Tags,
            T::Notes,
            T::Stage,
            T::Kind
        ]
    );
    let fatma = CustomerDraft {
        tags: list(&["Toptan", "Öncelikli"]),
        notes: "Ödeme vadesi 30 gün".into(),
        stage: Stage::Commitment,
        ..person(
            "Fatma Gök",
            "Gök Kuruyemiş",
            &["fatma@gokkuruyemis.com"],
            &["0535 000 11 22"],
            "Konya",
        )
    };
    let gok = CustomerDraft {
        tags: list(&["Toptan"]),
        stage: Stage::Expansion,
        ..company("Gök Kuruyemiş", &[], &["0332 350 00 00"], "Konya")
    };
    let ali = CustomerDraft {
        notes: "Toplantı salı.\nTeklif gönderilecek.".into(),
        ..person(
            "Ali Rıza Çınar",
            "",
            &["ali@cinar.com.tr"],
            &["0544 123 45 67"],
            "Çorum",
        )
    };
    assert_eq!(drafts(&converted), vec![(2, fatma), (3, gok), (4, ali)]);
    assert_eq!(
        converted.skipped,
        [skipped(6, SkipReason::UnknownKind("Bayi".into()))]
    );
}
