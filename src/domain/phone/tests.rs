use super::*;

#[test]
fn every_common_way_of_writing_a_turkish_mobile_is_one_number() {
    for written in [
        "0532 111 22 33",
        "+90 (532) 111-22-33",
        "5321112233",
        "0090 532 111 2233",
        "90 532 111 22 33",
        "(0532) 111 22 33",
        "0532.111.22.33",
        " +905321112233 ",
    ] {
        let number = read_phone(written);
        assert_eq!(
            number,
            PhoneNumber::Turkish("5321112233".into()),
            "{written}"
        );
        assert_eq!(number.e164().as_deref(), Some("+905321112233"), "{written}");
        assert!(number.is_mobile(), "{written}");
    }
}

#[test]
fn a_turkish_number_links_and_shows_as_turks_write_it() {
    let mobile = read_phone("+90 (532) 111-22-33");
    assert_eq!(mobile.tel_href().as_deref(), Some("tel:+905321112233"));
    assert_eq!(
        mobile.whatsapp_href().as_deref(),
        Some("https://wa.me/905321112233")
    );
    assert_eq!(mobile.display().as_deref(), Some("0532 111 22 33"));

    let istanbul = read_phone("0212 555 66 77");
    assert_eq!(istanbul, PhoneNumber::Turkish("2125556677".into()));
    assert!(!istanbul.is_mobile());
    assert_eq!(istanbul.display().as_deref(), Some("0212 555 66 77"));
}

#[test]
fn a_nationwide_444_number_is_dialled_as_written() {
    let number = read_phone("444 1 444");
    assert_eq!(number, PhoneNumber::Turkish("4441444".into()));
    assert_eq!(number.tel_href().as_deref(), Some("tel:4441444"));
    assert_eq!(number.whatsapp_href(), None);
    assert_eq!(number.display().as_deref(), Some("444 1 444"));
}

#[test]
fn a_foreign_number_keeps_its_country_code() {
    for (written, e164) in [
        ("+44 20 7946 0958", "+442079460958"),
        ("0049 30 1234567", "+49301234567"),
        ("+1 (555) 010-0199", "+15550100199"),
    ] {
        let number = read_phone(written);
        assert!(matches!(number, PhoneNumber::Foreign(_)), "{written}");
        assert_eq!(number.e164().as_deref(), Some(e164), "{written}");
        assert_eq!(number.problem(), None);
        assert!(!number.is_mobile());
    }
}

#[test]
fn an_impossible_number_says_why_and_links_nowhere() {
    for (written, problem) in [
        ("0532 111 22 3", PhoneProblem::TooShort),
        ("532 11", PhoneProblem::TooShort),
        ("+90 532 111 22", PhoneProblem::TooShort),
        ("0532 111 22 333", PhoneProblem::TooLong),
        ("05321112233445566", PhoneProblem::TooLong),
        ("0632 111 22 33", PhoneProblem::NoSuchPrefix),
        ("0132 111 22 33", PhoneProblem::NoSuchPrefix),
        ("+12", PhoneProblem::TooShort),
        ("+1234567890123456", PhoneProblem::TooLong),
    ] {
        let number = read_phone(written);
        assert_eq!(number.problem(), Some(problem), "{written}");
        assert_eq!(number.e164(), None, "{written}");
        assert_eq!(number.tel_href(), None, "{written}");
        assert_eq!(number.whatsapp_href(), None, "{written}");
    }
}
