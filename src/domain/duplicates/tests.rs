use super::*;

fn id(s: &str) -> CustomerId {
    CustomerId(s.to_owned())
}

fn person(name: &str, company: &str, emails: &[&str], phones: &[&str]) -> MatchKeys {
    let own = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    MatchKeys::of(
        CustomerKind::Person,
        name,
        company,
        &own(emails),
        &own(phones),
    )
}

#[test]
fn turkish_phone_formats_are_one_number() {
    for phone in [
        "0532 111 22 33",
        "+90 532 111 2233",
        "0090 532 111 22 33",
        "(532) 111-22-33",
        "90 532 111 22 33",
        "5321112233",
        "+90 (532) 111 22 33",
    ] {
        assert_eq!(
            phone_key(phone).as_deref(),
            Some("+905321112233"),
            "{phone}"
        );
    }
    assert_eq!(
        phone_key("0212 444 0 444").as_deref(),
        Some("+902124440444")
    );
    // A foreign number keeps its country code, however it was written.
    assert_eq!(phone_key("+49 30 1234567").as_deref(), Some("+49301234567"));
    assert_eq!(
        phone_key("0049 30 1234567").as_deref(),
        Some("+49301234567")
    );
    // One that cannot be dialled still matches the same digits written otherwise.
    assert_eq!(phone_key("0532 111 22 3"), phone_key("+90 532 111 22 3"));
    assert_eq!(phone_key("0532 111 22 3").as_deref(), Some("532111223"));
    // An extension alone matches nothing.
    assert_eq!(phone_key("ext. 123"), None);
    assert_eq!(phone_key(""), None);
}

#[test]
fn emails_compare_without_case_or_mailto() {
    assert_eq!(
        email_key(" MAILTO:Ayse.YILMAZ@Ornek.com.tr ").as_deref(),
        Some("ayse.yilmaz@ornek.com.tr")
    );
    assert_eq!(
        email_key("İLETİŞİM@FİRMA.COM").as_deref(),
        Some("iletisim@firma.com")
    );
    assert_eq!(email_key("not an address"), None);
}

#[test]
fn names_fold_turkish_letters_case_and_spacing() {
    let a = name_key(CustomerKind::Person, "  Şükrü   ÖZTÜRK ", "Işık Ltd. Şti.");
    let b = name_key(CustomerKind::Person, "sukru ozturk", "ISIK");
    assert_eq!(a, b);
    assert_eq!(a.as_deref(), Some("person:sukru ozturk|isik"));
    // The same name at another company is another person.
    assert_ne!(a, name_key(CustomerKind::Person, "Şükrü Öztürk", "Acme"));
    // A company's key leaves out its legal form.
    assert_eq!(
        name_key(
            CustomerKind::Company,
            "Yılmaz Tekstil San. ve Tic. A.Ş.",
            ""
        ),
        name_key(CustomerKind::Company, "YILMAZ TEKSTİL", "")
    );
    // A person never matches a company of the same name.
    assert_ne!(
        name_key(CustomerKind::Person, "Acme", ""),
        name_key(CustomerKind::Company, "Acme", "")
    );
    assert_eq!(name_key(CustomerKind::Person, " - ", "Acme"), None);
    assert_eq!(name_key(CustomerKind::Company, "A.Ş.", ""), None);
}

#[test]
fn the_index_finds_a_record_by_any_key_strongest_first() {
    let mut index = DuplicateIndex::default();
    index.insert(
        &id("a"),
        &person("Ayşe Yılmaz", "", &["ayse@ornek.com"], &["0532 111 22 33"]),
    );
    index.insert(&id("b"), &person("Mehmet Kaya", "Acme", &[], &[]));
    assert_eq!(
        index.find(&person(
            "A. Yılmaz",
            "",
            &["AYSE@ornek.com"],
            &["+90 532 111 2233"]
        )),
        Some((id("a"), MatchReason::Email))
    );
    assert_eq!(
        index.find(&person("Başka", "", &[], &["0090 532 111 22 33"])),
        Some((id("a"), MatchReason::Phone))
    );
    assert_eq!(
        index.find(&person("MEHMET KAYA", "ACME", &[], &[])),
        Some((id("b"), MatchReason::NameAndCompany))
    );
    assert_eq!(
        index.find(&person("Mehmet Kaya", "Başka A.Ş.", &[], &[])),
        None
    );
    // A later holder of a key does not take it over.
    index.insert(
        &id("c"),
        &person("Ayşe Yılmaz", "", &["ayse@ornek.com"], &[]),
    );
    assert_eq!(
        index.find(&person("", "", &["ayse@ornek.com"], &[])),
        Some((id("a"), MatchReason::Email))
    );
}

#[test]
fn likely_duplicates_lists_each_pair_once_with_every_reason() {
    let records = vec![
        (
            id("b"),
            person("Ayşe Yılmaz", "", &["ayse@ornek.com"], &["0532 111 22 33"]),
        ),
        (
            id("a"),
            person(
                "AYŞE YILMAZ",
                "",
                &["Ayse@Ornek.com"],
                &["+90 532 111 2233"],
            ),
        ),
        (
            id("c"),
            person("Mehmet Kaya", "Acme", &[], &["0212 555 00 00"]),
        ),
        (id("d"), person("mehmet kaya", "ACME A.Ş.", &[], &[])),
        (
            id("e"),
            person("Zeynep Demir", "", &["zeynep@ornek.com"], &[]),
        ),
    ];
    let pairs = likely_duplicates(&records);
    assert_eq!(
        pairs,
        vec![
            DuplicatePair {
                first: id("a"),
                second: id("b"),
                reasons: vec![
                    MatchReason::Email,
                    MatchReason::Phone,
                    MatchReason::NameAndCompany
                ],
            },
            DuplicatePair {
                first: id("c"),
                second: id("d"),
                reasons: vec![MatchReason::NameAndCompany],
            },
        ]
    );
}

#[test]
fn a_key_many_records_share_lists_no_pairs() {
    // Seven people reached through one switchboard are not seven duplicates.
    let records: Vec<_> = (0..7)
        .map(|i| {
            (
                id(&format!("p{i}")),
                person(&format!("Kişi {i}"), "", &[], &["0212 444 00 00"]),
            )
        })
        .collect();
    assert!(likely_duplicates(&records).is_empty());
    // The same key on two records does.
    assert_eq!(likely_duplicates(&records[..2]).len(), 1);
}

#[test]
fn a_record_repeating_its_own_key_is_not_its_own_duplicate() {
    let records = vec![(
        id("a"),
        person("Ali", "", &["ali@ornek.com", "ALI@ornek.com"], &[]),
    )];
    assert!(likely_duplicates(&records).is_empty());
}
