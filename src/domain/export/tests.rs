//! CSV read back with the `csv` crate, and the JSON export read back as it was written, on a
//! small workspace with the awkward cases: an archived customer, a person without a
//! company, a dissolution, cells a spreadsheet would run, satisfaction noted or not.

use super::*;
use crate::domain::{
    Channel, Colleague, ColleagueId, Customer, CustomerId, CustomerKind, Direction,
    DissolutionReason, Interaction, InteractionId, InteractionKind, Stage, StageChange,
};

/// 2024-03-12T08:30:00Z.
const T0: i64 = 1_710_232_200_000;

pub(super) struct Workspace {
    pub customers: Vec<Customer>,
    pub interactions: Vec<Interaction>,
    pub colleagues: Vec<Colleague>,
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
        address: "Bağdat Cad. No: 45\nDaire 3".into(),
        tags: vec!["VIP".into(), "çay sever".into()],
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
    let rows = read_back(&customers_csv(&w.customers, &names, Separator::Comma), b',');
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][..4], ["Name", "Kind", "Company", "E-mails"]);
    assert_eq!(rows[0][13..16], ["Tax number", "Tax office", "IBAN"]);
    assert_eq!(rows[0][17], "Created at");
    assert_eq!(
        rows[2],
        [
            "Ayşe Öztürk",
            "person",
            "Güneş Enerji A.Ş.",
            "ayse@gunes.com.tr; ayse.ozturk@example.com",
            "'+90 532 111 22 33; 0212 555 12 34",
            "İstanbul",
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
        ]
    );
    // An archived person without a company, whose name would run as a formula.
    assert_eq!(rows[3][..3], ["'=Şükrü Çağlayan", "person", ""]);
    assert_eq!(rows[3][8..10], ["dissolution", "competitor"]);
    assert_eq!(rows[3][16], "yes");
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
        &customers_csv(&w.customers, &nobody, Separator::Comma),
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
    let bytes = customers_csv(&customers, &NameIndex::default(), Separator::Semicolon);
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
