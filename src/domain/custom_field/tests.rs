use super::*;

fn field(name: &str, kind: FieldKind) -> CustomField {
    CustomField {
        id: FieldId(format!("id-{name}")),
        name: name.into(),
        kind,
        ..CustomField::default()
    }
}

fn choice(name: &str, options: &[&str]) -> CustomField {
    CustomField {
        options: options.iter().map(|o| o.to_string()).collect(),
        ..field(name, FieldKind::Choice)
    }
}

#[test]
fn numbers_are_read_as_turks_and_others_write_them() {
    let number = field("Çalışan sayısı", FieldKind::Number);
    for (typed, stored) in [
        ("1.234,5", "1234.5"),
        ("1234,50", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1234.5", "1234.5"),
        ("1.234", "1.234"),
        ("1.234.567", "1234567"),
        ("12.5", "12.5"),
        ("1 234", "1234"),
        ("-3", "-3"),
        ("007", "7"),
        ("0,0", "0"),
        ("-0", "0"),
        (" 42 ", "42"),
    ] {
        assert_eq!(number.value_of(typed).as_deref(), Ok(stored), "{typed}");
    }
    for bad in [
        "abc",
        "1,2,3.4.5x",
        "12a",
        "-",
        ".",
        "1e5",
        "1234567890123456",
    ] {
        assert_eq!(
            number.value_of(bad),
            Err(Problem::InvalidValue(bad.to_owned())),
            "{bad}"
        );
    }
    assert_eq!(
        number.value_of("  "),
        Ok(String::new()),
        "empty is no value"
    );
}

#[test]
fn numbers_are_read_in_the_language_typed_and_shown_in_it() {
    for (typed, decimal, stored) in [
        ("1.234", ',', "1234"),
        ("1,234", ',', "1.234"),
        ("1,234", '.', "1234"),
        ("1.234", '.', "1.234"),
        ("1,5", '.', "1.5"),
        ("12.5", ',', "12.5"),
        ("1.234.567,89", ',', "1234567.89"),
        ("1,234,567.89", '.', "1234567.89"),
        ("-1.000", ',', "-1000"),
    ] {
        assert_eq!(
            read_number(typed, decimal).as_deref(),
            Some(stored),
            "{typed} {decimal}"
        );
    }
    assert_eq!(format_number("1234567.89", ','), "1.234.567,89");
    assert_eq!(format_number("1234567.89", '.'), "1,234,567.89");
    assert_eq!(format_number("-1000", ','), "-1.000");
    assert_eq!(format_number("999", ','), "999");
    assert_eq!(format_number("kept as written", ','), "kept as written");
    // Shown and read back in either language, a number stays itself.
    for stored in ["0.5", "-12", "1234.5", "1000000"] {
        for decimal in [',', '.'] {
            let shown = format_number(stored, decimal);
            assert_eq!(
                read_number(&shown, decimal).as_deref(),
                Some(stored),
                "{shown}"
            );
        }
    }
}

#[test]
fn a_stored_value_reads_back_as_itself() {
    let fields = [
        field("t", FieldKind::Text),
        field("n", FieldKind::Number),
        field("d", FieldKind::Date),
        field("y", FieldKind::YesNo),
        choice("c", &["Gıda", "İnşaat"]),
    ];
    for typed in [
        "1,234",
        "1.234",
        "07.12.2026",
        "Evet",
        "hayır",
        "insaat",
        " x ",
        "12.5",
    ] {
        for f in &fields {
            if let Ok(stored) = f.value_of(typed) {
                assert_eq!(
                    f.value_of(&stored),
                    Ok(stored.clone()),
                    "{typed} as {:?}",
                    f.kind
                );
            }
        }
    }
}

#[test]
fn dates_are_read_day_first_and_kept_as_iso() {
    let date = field("Sözleşme tarihi", FieldKind::Date);
    for typed in [
        "2026-12-07",
        "07.12.2026",
        "7/12/2026",
        "7-12-2026",
        "07.12.26",
    ] {
        assert_eq!(date.value_of(typed).as_deref(), Ok("2026-12-07"), "{typed}");
    }
    for bad in ["31.02.2026", "2026-13-01", "yarın", "12.2026"] {
        assert!(date.value_of(bad).is_err(), "{bad}");
    }
}

#[test]
fn yes_no_and_list_values_take_their_stored_form() {
    let yes_no = field("E-fatura", FieldKind::YesNo);
    for (typed, stored) in [
        ("Evet", YES),
        ("HAYIR", NO),
        ("hayır", NO),
        ("yes", YES),
        ("0", NO),
    ] {
        assert_eq!(yes_no.value_of(typed).as_deref(), Ok(stored), "{typed}");
    }
    assert!(yes_no.value_of("belki").is_err());
    let sector = choice("Sektör", &["Gıda", "İnşaat"]);
    assert_eq!(sector.value_of("insaat").as_deref(), Ok("İnşaat"));
    assert_eq!(
        sector.value_of("Tekstil"),
        Err(Problem::InvalidValue("Tekstil".into()))
    );
    // An import keeps what it cannot place as written, never drops it.
    assert_eq!(sector.imported(" Tekstil "), "Tekstil");
    assert_eq!(sector.imported("GIDA"), "Gıda");
    assert_eq!(field("n", FieldKind::Number).imported("1.234,5"), "1234.5");
}

#[test]
fn a_name_a_built_in_field_goes_by_is_refused() {
    for name in [
        "Telefon",
        "vergi dairesi",
        "E-posta",
        "Şehir",
        "İl",
        "Name",
        "VKN",
        "Notlar",
    ] {
        let errors = field(name, FieldKind::Text).validated(&[]).unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new(
                Field::FieldName,
                Problem::BuiltInName(name.trim().to_owned())
            )],
            "{name}"
        );
    }
    for name in ["Sektör", "Müşteri temsilcisi", "Kuruluş yılı"] {
        assert!(
            field(name, FieldKind::Text).validated(&[]).is_ok(),
            "{name}"
        );
    }
}

#[test]
fn a_name_another_shown_field_has_is_refused_a_removed_ones_is_free() {
    let sector = field("Sektör", FieldKind::Text);
    let again = CustomField {
        id: FieldId("other".into()),
        ..field("SEKTOR", FieldKind::Text)
    };
    assert_eq!(
        again
            .clone()
            .validated(std::slice::from_ref(&sector))
            .unwrap_err()[0]
            .problem,
        Problem::NameTaken("SEKTOR".into())
    );
    // Renaming a field to its own name (or its case) is no clash.
    assert!(sector
        .clone()
        .validated(std::slice::from_ref(&sector))
        .is_ok());
    let removed = CustomField {
        removed: true,
        ..sector
    };
    assert!(again.validated(&[removed]).is_ok());
}

#[test]
fn a_list_needs_options_cleaned_of_blanks_and_repeats() {
    let cleaned = choice("Sektör", &[" Gıda ", "", "gıda", "İnşaat"])
        .validated(&[])
        .unwrap();
    assert_eq!(cleaned.options, ["Gıda", "İnşaat"]);
    let errors = choice("Sektör", &["  "]).validated(&[]).unwrap_err();
    assert_eq!(
        errors[0],
        FieldError::new(Field::Options, Problem::Required)
    );
    let many: Vec<String> = (0..=MAX_OPTIONS).map(|i| format!("o{i}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    assert!(choice("Çok", &refs).validated(&[]).is_err());
    // Options of another kind are dropped.
    let text = CustomField {
        options: vec!["x".into()],
        ..field("Not alanı", FieldKind::Text)
    };
    assert!(text.validated(&[]).unwrap().options.is_empty());
}

#[test]
fn values_sort_by_their_kind_and_filters_match_by_it() {
    let number = field("n", FieldKind::Number);
    let mut values = vec!["10", "9", "-2", "100.5"];
    values.sort_by(|a, b| number.sort_key(a).partial_cmp(&number.sort_key(b)).unwrap());
    assert_eq!(values, ["-2", "9", "10", "100.5"]);
    let text = field("t", FieldKind::Text);
    assert!(text.sort_key("Çorum") < text.sort_key("Denizli"));
    assert!(text.sort_key("Cide") < text.sort_key("Çorum"));
    assert_eq!(text.sort_key(""), None);
    assert!(text.matches("Ahmet Çelik", "celik"));
    assert!(!text.matches("", "celik"));
    assert!(
        text.matches("", ""),
        "an empty filter finds those without a value"
    );
    let sector = choice("s", &["Gıda", "Gıda Toptan"]);
    assert!(sector.matches("Gıda", "gida"));
    assert!(
        !sector.matches("Gıda Toptan", "Gıda"),
        "a list value is matched whole"
    );
}
