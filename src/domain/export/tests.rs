//! CSV read back with the `csv` crate, and the JSON export read back as it was written, on a
//! small workspace with the awkward cases: an archived customer, a person without a
//! company, a dissolution, cells a spreadsheet would run, satisfaction noted or not.

use super::*;
use crate::domain::{
    Channel, Colleague, ColleagueId, CustomField, Customer, CustomerId, CustomerKind, Direction,
    DissolutionReason, FieldId, FieldKind, Interaction, InteractionId, InteractionKind, Stage,
    StageChange,
};

/// 2024-03-12T08:30:00Z.
const T0: i64 = 1_710_232_200_000;

pub(super) struct Workspace {
    pub customers: Vec<Customer>,
    pub interactions: Vec<Interaction>,
    pub colleagues: Vec<Colleague>,
    pub fields: Vec<CustomField>,
    pub notices: Vec<crate::domain::Notice>,
}

/// Sektör (a list), Çalışan sayısı (a number) and a removed field.
fn fields() -> Vec<CustomField> {
    let field = |id: &str, name: &str, kind| CustomField {
        id: FieldId(id.into()),
        name: name.into(),
        kind,
        ..CustomField::default()
    };
    vec![
        CustomField {
            options: vec!["Enerji".into(), "Gıda".into()],
            ..field("f-sector", "Sektör", FieldKind::Choice)
        },
        field("f-staff", "Çalışan sayısı", FieldKind::Number),
        CustomField {
            removed: true,
            ..field("f-old", "Eski alan", FieldKind::Text)
        },
    ]
}

fn colleague(id: &str) -> Option<ColleagueId> {
    Some(ColleagueId(id.into()))
}

fn customer(id: &str, kind: CustomerKind, name: &str) -> Customer {
    Customer {
        id: CustomerId(id.into()),
        kind,
        name: name.into(),
        company: None,
        emails: Vec::new(),
        phones: Vec::new(),
        city: String::new(),
        district: String::new(),
        address: String::new(),
        tags: Vec::new(),
        stage: Stage::Exploration,
        dissolution_reason: None,
        owner: None,
        preferred_channel: None,
        notes: String::new(),
        tax_number: String::new(),
        tax_office: String::new(),
        iban: String::new(),
        archived: false,
        merged_into: None,
        created_at: T0,
        created_by: colleague("k1"),
        stage_history: Vec::new(),
        fields: Default::default(),
        consents: Vec::new(),
    }
}

fn interaction(id: &str, customer: &str, summary: &str, satisfaction: Option<u8>) -> Interaction {
    Interaction {
        id: InteractionId(id.into()),
        customer: CustomerId(customer.into()),
        at: T0 + 86_400_000,
        channel: Channel::Phone,
        kind: InteractionKind::Feedback,
        direction: Direction::Incoming,
        summary: summary.into(),
        satisfaction,
        created_by: colleague("k2"),
    }
}

pub(super) fn workspace() -> Workspace {
    let firm = Customer {
        phones: vec!["+90 232 555 01 01".into()],
        city: "İzmir".into(),
        stage: Stage::Commitment,
        ..customer("c-firm", CustomerKind::Company, "Güneş Enerji A.Ş.")
    };
    let ayse = Customer {
        company: Some(firm.id.clone()),
        emails: vec!["ayse@gunes.com.tr".into(), "ayse.ozturk@example.com".into()],
        phones: vec!["+90 532 111 22 33".into(), "0212 555 12 34".into()],
        city: "İstanbul".into(),
        district: "Kadıköy".into(),
        address: "Bağdat Cad. No: 45\nDaire 3".into(),
        tags: vec!["VIP".into(), "çay sever".into()],
        fields: [
            ("f-sector", "Enerji"),
            ("f-staff", "1250.5"),
            ("f-old", "kept"),
        ]
        .into_iter()
        .map(|(id, value)| (FieldId(id.into()), value.into()))
        .collect(),
        consents: vec![crate::domain::ConsentEvent {
            id: crate::domain::ConsentId("e1".into()),
            purpose: crate::domain::Purpose::MarketingEmail,
            state: crate::domain::ConsentState::Given,
            at: T0,
            source: crate::domain::ConsentSource::SignedPaper,
            by: colleague("k1"),
            notice: Some(crate::domain::NoticeId("n1".into())),
            note: "Islak imzalı form".into(),
        }],
        stage: Stage::Expansion,
        owner: colleague("k1"),
        preferred_channel: Some(Channel::Email),
        notes: "Dedi ki \"pazartesi ara\"; fiyat, vade\n-indirim istemez-".into(),
        stage_history: vec![StageChange {
            stage: Stage::Expansion,
            reason: None,
            at: T0 + 1,
            by: colleague("k1"),
        }],
        ..customer("c-ayse", CustomerKind::Person, "Ayşe Öztürk")
    };
    let sukru = Customer {
        archived: true,
        created_by: None,
        stage: Stage::Dissolution,
        dissolution_reason: Some(DissolutionReason::Competitor),
        stage_history: vec![StageChange {
            stage: Stage::Dissolution,
            reason: Some(DissolutionReason::Competitor),
            at: T0 + 2,
            by: None,
        }],
        ..customer("c-sukru", CustomerKind::Person, "=Şükrü Çağlayan")
    };
    Workspace {
        interactions: vec![
            interaction(
                "i1",
                "c-ayse",
                "Teklif beğenildi; \"hızlı\" teslimat",
                Some(5),
            ),
            interaction("i2", "c-sukru", "-Rakibe geçti\nİade istedi", None),
            interaction("i3", "c-firm", "@muhasebe ile görüş", Some(2)),
        ],
        customers: vec![firm, ayse, sukru],
        fields: fields(),
        notices: vec![crate::domain::Notice {
            id: crate::domain::NoticeId("n1".into()),
            title: "2024 Mart".into(),
            text: "Kişisel verileriniz KVKK uyarınca işlenir.".into(),
            created_at: T0,
            created_by: colleague("k1"),
        }],
        colleagues: vec![
            Colleague {
                id: ColleagueId("k1".into()),
                name: "Mehmet Kaya".into(),
            },
            Colleague {
                id: ColleagueId("k2".into()),
                name: "Işıl Demir".into(),
            },
        ],
    }
}

/// The rows of a CSV export as text, checking its byte-order mark on the way.
fn read_back(bytes: &[u8], separator: u8) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn customers_csv_has_a_bom_names_and_safe_cells() {
    let w = workspace();
    let names = NameIndex::new(&w.customers, &w.colleagues);
    let rows = read_back(
        &customers_csv(&w.customers, &names, Separator::Comma, &w.fields),
        b',',
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][..4], ["Name", "Kind", "Company", "E-mails"]);
    assert_eq!(rows[0][5..7], ["City", "District"]);
    assert_eq!(rows[0][14..17], ["Tax number", "Tax office", "IBAN"]);
    assert_eq!(rows[0][18..], ["Created at", "Sektör", "Çalışan sayısı"]);
    assert_eq!(
        rows[2],
        [
            "Ayşe Öztürk",
            "person",
            "Güneş Enerji A.Ş.",
            "ayse@gunes.com.tr; ayse.ozturk@example.com",
            "'+90 532 111 22 33; 0212 555 12 34",
            "İstanbul",
            "Kadıköy",
            "Bağdat Cad. No: 45\nDaire 3",
            "VIP; çay sever",
            "expansion",
            "",
            "Mehmet Kaya",
            "email",
            "Dedi ki \"pazartesi ara\"; fiyat, vade\n-indirim istemez-",
            "",
            "",
            "",
            "no",
            "2024-03-12T08:30:00Z",
            "Enerji",
            "1250.5",
        ]
    );
    // Beside `;`, a number has the comma Turkish Excel reads; a removed field is left out.
    let semicolon = customers_csv(&w.customers, &names, Separator::Semicolon, &w.fields);
    let rows = read_back(&semicolon, b';');
    assert_eq!(rows[0].len(), 21);
    assert_eq!(rows[2][19..], ["Enerji", "1250,5"]);
    assert_eq!(rows[1][19..], ["", ""]);
    let rows = read_back(
        &customers_csv(&w.customers, &names, Separator::Comma, &w.fields),
        b',',
    );
    // An archived person without a company, whose name would run as a formula.
    assert_eq!(rows[3][..3], ["'=Şükrü Çağlayan", "person", ""]);
    assert_eq!(rows[3][9..11], ["dissolution", "competitor"]);
    assert_eq!(rows[3][17], "yes");
    assert_eq!(rows[1][4], "'+90 232 555 01 01");
}

#[test]
fn interactions_csv_with_semicolons_for_turkish_excel() {
    let w = workspace();
    let names = NameIndex::new(&w.customers, &w.colleagues);
    let bytes = interactions_csv(&w.interactions, &names, Separator::Semicolon);
    let text = std::str::from_utf8(&bytes).unwrap();
    assert!(text.contains("\r\n") && text.starts_with("\u{feff}Customer;Date/time;"));
    let rows = read_back(&bytes, b';');
    assert_eq!(
        rows[1],
        [
            "Ayşe Öztürk",
            "2024-03-13T08:30:00Z",
            "phone",
            "feedback",
            "incoming",
            "Teklif beğenildi; \"hızlı\" teslimat",
            "5",
            "Işıl Demir",
        ]
    );
    assert_eq!(rows[2][5..7], ["'-Rakibe geçti\nİade istedi", ""]);
    assert_eq!(rows[3][..1], ["Güneş Enerji A.Ş."]);
    assert_eq!(rows[3][5], "'@muhasebe ile görüş");
}

#[test]
fn unknown_ids_leave_cells_empty() {
    let w = workspace();
    let nobody = NameIndex::default();
    let rows = read_back(
        &customers_csv(&w.customers, &nobody, Separator::Comma, &[]),
        b',',
    );
    assert_eq!((rows[2][2].as_str(), rows[2][10].as_str()), ("", ""));
}

#[test]
fn json_reads_back_as_it_was_written() {
    let w = workspace();
    let file = ExportFile::new(&w.customers, &w.interactions, &w.colleagues, T0 + 5);
    let text = to_json(&file);
    assert_eq!(from_json(&text), Ok(file.clone()));
    assert!(
        text.contains("\"name\": \"Ayşe Öztürk\""),
        "letters as they are"
    );
    assert_eq!(file.exported_at, "2024-03-12T08:30:00.005Z");
    let ayse = &file.customers[1];
    assert_eq!(ayse.company.as_deref(), Some("c-firm"));
    assert_eq!(ayse.owner.as_deref(), Some("k1"));
    assert_eq!(ayse.preferred_channel.as_deref(), Some("email"));
    assert_eq!(
        ayse.phones[0], "+90 532 111 22 33",
        "no spreadsheet quote in JSON"
    );
    let sukru = &file.customers[2];
    assert!(sukru.archived && sukru.company.is_none());
    assert_eq!(sukru.stage_history[0].reason.as_deref(), Some("competitor"));
    assert_eq!(file.interactions[1].satisfaction, None);
    assert!(
        text.contains("\"satisfaction\": null"),
        "absent values are written"
    );
}

#[test]
fn json_that_is_not_an_export_is_refused() {
    assert!(matches!(
        from_json("{ nope"),
        Err(ExportError::Malformed { line: 1, .. })
    ));
    assert!(matches!(
        from_json("[1, 2]"),
        Err(ExportError::Malformed { .. })
    ));
    assert_eq!(
        from_json(r#"{"format": "other", "version": 1}"#),
        Err(ExportError::NotAnExport)
    );
    assert_eq!(
        from_json(r#"{"format": "rapport-export", "version": 2, "customers": "?"}"#),
        Err(ExportError::UnsupportedVersion(2))
    );
    assert!(matches!(
        from_json(r#"{"format": "rapport-export", "version": 1}"#),
        Err(ExportError::Malformed { .. })
    ));
}

#[test]
fn a_customers_csv_imported_again_holds_the_same_values() {
    use crate::domain::{convert, decode, guess_mapping, read_table, Mapping};
    let values = [
        "=SUM(A1)",
        "+90 532 111 22 33",
        "-Rakibe geçti",
        "@muhasebe",
        "'tırnakla başlar",
        "''=iki tırnak",
        "Şule \"Çelik\"; Iğdır",
    ];
    let customers: Vec<Customer> = values
        .iter()
        .enumerate()
        .map(|(i, value)| Customer {
            city: (*value).into(),
            address: (*value).into(),
            notes: (*value).into(),
            tax_office: (*value).into(),
            iban: (*value).into(),
            ..customer(&format!("c{i}"), CustomerKind::Person, value)
        })
        .collect();
    let bytes = customers_csv(&customers, &NameIndex::default(), Separator::Semicolon, &[]);
    let table = read_table(&decode(&bytes).unwrap().text).unwrap();
    let mapping = Mapping::new(guess_mapping(&table.headers)).unwrap();
    let drafts = convert(&table, &mapping, 0..table.rows.len()).drafts;
    assert_eq!(drafts.len(), values.len());
    for (draft, value) in drafts.iter().map(|d| &d.draft).zip(values) {
        let fields = [
            &draft.name,
            &draft.city,
            &draft.address,
            &draft.notes,
            &draft.tax_office,
            &draft.iban,
        ];
        assert_eq!(fields, [value; 6], "{value}");
    }
}

#[test]
fn custom_field_columns_import_back_into_their_fields_in_either_separator() {
    use crate::domain::{
        convert, decode, guess_fields, guess_mapping, read_table, Mapping, Target,
    };
    let w = workspace();
    let names = NameIndex::new(&w.customers, &w.colleagues);
    for separator in [Separator::Comma, Separator::Semicolon] {
        let bytes = customers_csv(&w.customers, &names, separator, &w.fields);
        let table = read_table(&decode(&bytes).unwrap().text).unwrap();
        let targets = guess_mapping(&table.headers);
        let chosen = guess_fields(&table.headers, &w.fields);
        let fields: Vec<Option<CustomField>> = chosen
            .iter()
            .map(|id| {
                id.as_ref()
                    .and_then(|id| w.fields.iter().find(|f| &f.id == id).cloned())
            })
            .collect();
        let targets: Vec<Target> = targets
            .into_iter()
            .zip(&fields)
            .map(|(t, f)| if f.is_some() { Target::Custom } else { t })
            .collect();
        assert_eq!(targets.iter().filter(|t| **t == Target::Custom).count(), 2);
        let mapping = Mapping::with_fields(targets, fields).unwrap();
        let drafts = convert(&table, &mapping, 0..table.rows.len()).drafts;
        let ayse = &drafts[1].draft;
        assert_eq!(
            ayse.fields[&FieldId("f-sector".into())],
            "Enerji",
            "{separator:?}"
        );
        assert_eq!(
            ayse.fields[&FieldId("f-staff".into())],
            "1250.5",
            "{separator:?}"
        );
        assert!(drafts[0].draft.fields.is_empty());
    }
}

/// One product and one quote of two lines (one filled from the product, one typed; 20 %
/// and 10 % KDV).
pub(super) fn sales() -> (Vec<crate::domain::Product>, Vec<crate::domain::Quote>) {
    use crate::domain::{
        Currency, KdvRate, Money, Product, ProductId, Quote, QuoteId, QuoteItem, QuoteLine,
        QuoteStatus,
    };
    let product = Product {
        id: ProductId("p1".into()),
        name: "Kurulum".into(),
        unit: "saat".into(),
        unit_price: Money::new(125_000, Currency::TRY),
        kdv: KdvRate::Twenty,
        archived: false,
        created_at: T0,
        created_by: colleague("k1"),
    };
    let line = |description: &str, quantity, unit_price, discount, kdv| QuoteLine {
        description: description.into(),
        quantity,
        unit: "saat".into(),
        unit_price,
        discount,
        kdv,
    };
    let quote = Quote {
        id: QuoteId("q1".into()),
        number: "AY7K-0001".into(),
        customer: CustomerId("c-firm".into()),
        deal: Some(crate::domain::DealId("d1".into())),
        title: "=Kurulum, \"yıllık\"".into(),
        currency: Currency::TRY,
        items: vec![
            QuoteItem {
                id: "l1".into(),
                product: Some(ProductId("p1".into())),
                line: line("Kurulum", 3_000, 125_000, 1_000, KdvRate::Twenty),
            },
            QuoteItem {
                id: "l2".into(),
                product: None,
                line: line("Eğitim", 2_000, 50_000, 0, KdvRate::Ten),
            },
        ],
        valid_until: Some(T0 + 30 * 86_400_000),
        notes: "Fiyatlar KDV hariçtir.".into(),
        payment_terms: "%50 peşin".into(),
        status: QuoteStatus::Sent,
        status_at: Some(T0),
        created_at: T0,
        created_by: colleague("k1"),
    };
    (vec![product], vec![quote])
}

#[test]
fn quotes_and_products_are_written_in_the_json_export_and_read_back() {
    let w = workspace();
    let (products, quotes) = sales();
    let file = ExportFile::new(&w.customers, &w.interactions, &w.colleagues, T0).with_sales(
        &products,
        &quotes,
        T0 + 1,
    );
    let back = from_json(&to_json(&file)).unwrap();
    assert_eq!(back, file);
    let quote = &back.quotes[0];
    assert_eq!(
        (quote.net, quote.kdv, quote.total),
        (Some(437_500), Some(77_500), Some(515_000))
    );
    assert_eq!(quote.lines[0].net, Some(337_500));
    assert_eq!(quote.status, "sent");
    assert_eq!(back.products[0].unit_price, 125_000);
    // Past its validity, the export says expired.
    let later = ExportFile::new(&w.customers, &w.interactions, &w.colleagues, T0).with_sales(
        &products,
        &quotes,
        T0 + 31 * 86_400_000,
    );
    assert_eq!(later.quotes[0].status, "expired");
    // An export from before quotes still reads, with none.
    let mut old: serde_json::Value = serde_json::from_str(&to_json(&file)).unwrap();
    old.as_object_mut().unwrap().remove("quotes");
    old.as_object_mut().unwrap().remove("products");
    let read = from_json(&old.to_string()).unwrap();
    assert!(read.quotes.is_empty() && read.products.is_empty());
}

#[test]
fn json_carries_custom_fields_and_values_and_an_older_file_reads_without() {
    let w = workspace();
    let file = ExportFile::new(&w.customers, &w.interactions, &w.colleagues, T0)
        .with_fields(&w.fields)
        .with_notices(&w.notices);
    let back = from_json(&to_json(&file)).unwrap();
    assert_eq!(back, file);
    let kinds: Vec<(&str, &str, bool)> = back
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.kind.as_str(), f.removed))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Sektör", "choice", false),
            ("Çalışan sayısı", "number", false),
            ("Eski alan", "text", true)
        ]
    );
    assert_eq!(back.fields[0].options, ["Enerji", "Gıda"]);
    let ayse = &back.customers[1];
    assert_eq!(ayse.fields["f-staff"], "1250.5");
    assert_eq!(
        ayse.fields["f-old"], "kept",
        "a removed field's values are exported too"
    );
    let consent = &ayse.consents[0];
    assert_eq!(
        (
            consent.purpose.as_str(),
            consent.state.as_str(),
            consent.source.as_str()
        ),
        ("marketing_email", "given", "signed_paper")
    );
    assert_eq!(consent.notice.as_deref(), Some(back.notices[0].id.as_str()));
    let mut old: serde_json::Value = serde_json::from_str(&to_json(&file)).unwrap();
    old.as_object_mut().unwrap().remove("fields");
    old.as_object_mut().unwrap().remove("notices");
    for customer in old["customers"].as_array_mut().unwrap() {
        customer.as_object_mut().unwrap().remove("fields");
        customer.as_object_mut().unwrap().remove("consents");
    }
    let read = from_json(&old.to_string()).unwrap();
    assert!(read.fields.is_empty() && read.customers.iter().all(|c| c.fields.is_empty()));
    assert!(read.notices.is_empty() && read.customers.iter().all(|c| c.consents.is_empty()));
}

#[test]
fn quotes_csv_has_a_row_per_line_with_the_decimal_mark_of_its_separator() {
    let w = workspace();
    let (_, quotes) = sales();
    let names = NameIndex::new(w.customers.iter(), w.colleagues.iter());
    let read = |separator: Separator| -> Vec<csv::StringRecord> {
        let bytes = quotes_csv(&quotes, &names, separator, T0);
        csv::ReaderBuilder::new()
            .delimiter(if separator == Separator::Semicolon {
                b';'
            } else {
                b','
            })
            .from_reader(&bytes[3..])
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let rows = read(Separator::Comma);
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "AY7K-0001");
    assert_eq!(&rows[0][1], "Güneş Enerji A.Ş.");
    assert_eq!(
        &rows[0][2], "'=Kurulum, \"yıllık\"",
        "a formula-looking cell is made text"
    );
    assert_eq!(&rows[0][3], "sent");
    assert_eq!(&rows[1][8], "Eğitim");
    assert_eq!(&rows[1][9], "2.000");
    assert_eq!(&rows[0][14], "3375.00");
    assert_eq!(&rows[1][18], "5150.00");
    let turkish = read(Separator::Semicolon);
    assert_eq!(&turkish[1][18], "5150,00");
    assert_eq!(&turkish[0][12], "10,00");
}

#[test]
fn a_persons_file_holds_their_records_and_the_notices_they_consented_under() {
    let w = workspace();
    let ayse = &w.customers[1];
    let theirs: Vec<Interaction> = w
        .interactions
        .iter()
        .filter(|i| i.customer == ayse.id)
        .cloned()
        .collect();
    let records = PersonRecords {
        customer: ayse,
        interactions: &theirs,
        commitments: &[],
        deals: &[],
        quotes: &[],
        colleagues: &w.colleagues,
        notices: &w.notices,
    };
    let change = ExportedChange {
        at: "2024-03-12T08:30:00.000Z".into(),
        by: Some("k1".into()),
        action: "updated".into(),
        field: Some("city".into()),
        old: Some("Ankara".into()),
        new: Some("İstanbul".into()),
    };
    let file = PersonFile::new(records, vec![change], T0);
    let text = person_json(&file);
    let back: PersonFile = serde_json::from_str(&text).unwrap();
    assert_eq!(back, file);
    assert_eq!(back.format, PERSON_FORMAT);
    assert_eq!(back.customer.name, "Ayşe Öztürk");
    assert_eq!(back.interactions.len(), 1);
    assert_eq!(back.notices.len(), 1, "the notice her consent names");
    assert_eq!(back.changes[0].new.as_deref(), Some("İstanbul"));
    assert!(!text.contains("Şükrü"), "nobody else's data");
}
