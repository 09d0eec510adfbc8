//! Cards as phones, iCloud and Outlook write them (fixtures in `tests/fixtures/vcard/`),
//! the file-level errors, and what export writes reading back as it was.

use super::*;
use crate::domain::{CustomerKind, Field, Problem};

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../tests/fixtures/vcard/", $name))
    };
}

fn person(name: &str) -> CustomerDraft {
    CustomerDraft {
        name: name.into(),
        ..Default::default()
    }
}

fn company(name: &str) -> CustomerDraft {
    CustomerDraft {
        kind: CustomerKind::Company,
        ..person(name)
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn android_writes_turkish_names_in_quoted_printable() {
    let cards = parse(fixture!("android.vcf")).unwrap();
    assert_eq!(cards.len(), 4);
    assert_eq!(
        cards[0],
        Ok(CustomerDraft {
            phones: strings(&["+90 532 111 22 33", "0212 555 12 34"]),
            emails: strings(&["ayse.ozturk@example.com.tr"]),
            address: "Bağdat Caddesi No: 45 D: 3".into(),
            city: "İstanbul".into(),
            notes: "Şubat ayında ziyaret edildi. Ürün kataloğunu çok beğendi; ikinci çeyrekte \
                    büyük sipariş düşünüyor.\nÖdeme: 60 gün vade."
                .into(),
            ..person("Ayşe Öztürk")
        })
    );
    // No FN: given, middle and family names from N; soft breaks inside the value.
    assert_eq!(
        cards[1],
        Ok(CustomerDraft {
            company: "Güneş Enerji A.Ş.".into(),
            phones: strings(&["0544 987 65 43"]),
            ..person("Şükrü Gökhan Çağlayan")
        })
    );
    assert_eq!(
        cards[2],
        Err(CardProblem {
            card: 3,
            reason: CardReason::NoName
        })
    );
    assert_eq!(
        cards[3],
        Err(CardProblem {
            card: 4,
            reason: CardReason::Invalid(vec![FieldError::new(
                Field::Emails,
                Problem::InvalidEmail("isil.demir@".into())
            )])
        })
    );
}

#[test]
fn iphone_groups_labels_and_company_cards() {
    let cards = parse(fixture!("iphone.vcf")).unwrap();
    assert_eq!(
        cards,
        vec![
            Ok(CustomerDraft {
                company: "Deniz Lojistik A.Ş.".into(),
                emails: strings(&["emre@denizlojistik.com.tr"]),
                phones: strings(&["+90 (533) 444 55 66"]),
                address: "Atatürk Cad. No: 5\nKat 3".into(),
                city: "İzmir".into(),
                notes: "Fuar'da tanıştık, çay sever.\nHaftalık arama.".into(),
                tags: strings(&["Tedarikçi", "VIP"]),
                ..person("Emre Yıldız")
            }),
            Ok(CustomerDraft {
                phones: strings(&["0232 444 00 11"]),
                ..company("Öz Mermer San. Tic. Ltd. Şti.")
            }),
        ]
    );
}

#[test]
fn outlook_folded_lines_and_a_company_contact() {
    let text = fixture!("outlook.vcf");
    assert!(text.contains("\r\n "), "the fixture keeps its CRLF folds");
    let cards = parse(text).unwrap();
    assert_eq!(
        cards,
        vec![
            Ok(CustomerDraft {
                company: "Kaya İnşaat Taahhüt".into(),
                phones: strings(&["(0312) 468 22 10", "0505 123 45 67"]),
                emails: strings(&["mehmet.kaya@kayainsaat.com.tr"]),
                address: "Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 88/4".into(),
                city: "Ankara".into(),
                notes: "Yeni şantiye projesi için teklif bekliyor. Bir sonraki görüşmede fiyat \
                        listesini götür; ödeme vadesini konuş."
                    .into(),
                ..person("Mehmet Ali Kaya")
            }),
            Ok(CustomerDraft {
                emails: strings(&["siparis@anadolugida.com.tr"]),
                ..company("Anadolu Gıda A.Ş.")
            }),
            Ok(CustomerDraft {
                emails: strings(&["zeynep.arslan@example.com", "zeynep@arslan.web.tr"]),
                tags: strings(&["Müşteri", "Ankara, Merkez"]),
                ..person("Zeynep Arslan")
            }),
        ]
    );
}

#[test]
fn version_4_kind_org_and_tel_uris() {
    let cards = parse(fixture!("v4.vcf")).unwrap();
    assert_eq!(
        cards,
        vec![
            Ok(CustomerDraft {
                phones: strings(&["+90-232-555-0101"]),
                emails: strings(&["info@egetekstil.com.tr"]),
                address: "Kemalpaşa Cad. No: 101 Bornova".into(),
                city: "İzmir".into(),
                tags: strings(&["tedarikçi"]),
                ..company("Ege Tekstil A.Ş.")
            }),
            Ok(CustomerDraft {
                company: "Ege Tekstil A.Ş.".into(),
                phones: strings(&["+90-555-777-8899"]),
                emails: strings(&["gulsen@egetekstil.com.tr"]),
                notes: "Üretim müdürü; numune istiyor.\nC:\\Belgeler klasörüne bak.".into(),
                ..person("Gülşen Şahin")
            }),
        ]
    );
}

#[test]
fn file_level_errors() {
    assert_eq!(
        parse(fixture!("malformed.vcf")),
        Err(VcardError::Unterminated { card: 2 })
    );
    assert_eq!(
        parse(fixture!("not-a-vcard.vcf")),
        Err(VcardError::NotVcard)
    );
    assert_eq!(parse(" \r\n\n"), Err(VcardError::Empty));
    assert_eq!(parse("\u{feff}"), Err(VcardError::Empty));
    let nested = "BEGIN:VCARD\nFN:a\nBEGIN:VCARD\nFN:b\nEND:VCARD\n";
    assert_eq!(parse(nested), Err(VcardError::Unterminated { card: 1 }));
    let huge = "x".repeat(MAX_VCARD_BYTES + 1);
    let too_large = Err(VcardError::TooLarge {
        limit_bytes: MAX_VCARD_BYTES,
    });
    assert_eq!(parse(&huge), too_large);
    assert_eq!(parse_bytes(huge.as_bytes()), too_large);
}

#[test]
fn bytes_in_the_turkish_code_page_are_read() {
    let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:".to_vec();
    bytes.extend([0xDD, b'p', b'e', b'k', b' ', 0xDE, b'a', b'h', 0xFD, b'n']);
    bytes.extend(b"\r\nEND:VCARD\r\n");
    assert_eq!(parse_bytes(&bytes).unwrap(), vec![Ok(person("İpek Şahın"))]);
    let utf8 = "\u{feff}BEGIN:VCARD\nFN:İpek\nEND:VCARD";
    assert_eq!(
        parse_bytes(utf8.as_bytes()).unwrap(),
        vec![Ok(person("İpek"))]
    );
}
