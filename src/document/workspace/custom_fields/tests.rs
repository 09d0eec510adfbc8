use super::super::test_support::{copy_of, customer, person, workspace};
use super::*;
use crate::domain::{CustomerUpdate, YES};

fn define(ws: &mut Workspace, name: &str, kind: FieldKind, options: &[&str]) -> FieldId {
    ws.save_field(CustomField {
        name: name.into(),
        kind,
        options: options.iter().map(|o| o.to_string()).collect(),
        ..CustomField::default()
    })
    .unwrap()
}

fn field(ws: &Workspace, id: &FieldId) -> CustomField {
    ws.custom_fields()
        .into_iter()
        .find(|f| &f.id == id)
        .unwrap()
}

fn value(ws: &Workspace, customer: &crate::domain::CustomerId, id: &FieldId) -> Option<String> {
    ws.customer(customer).unwrap().fields.get(id).cloned()
}

/// A clock a millisecond later at every reading.
fn ticking() -> i64 {
    use std::sync::atomic::{AtomicI64, Ordering};
    static NOW: AtomicI64 = AtomicI64::new(1_763_800_000_000);
    NOW.fetch_add(1, Ordering::Relaxed)
}

#[test]
fn fields_are_defined_in_order_and_values_kept_in_their_stored_form() {
    let mut ws = workspace("Ayşe");
    ws.set_clock(ticking);
    let sector = define(&mut ws, "Sektör", FieldKind::Choice, &["Gıda", "İnşaat"]);
    let staff = define(&mut ws, "Çalışan sayısı", FieldKind::Number, &[]);
    let since = define(&mut ws, "Müşteri olduğu tarih", FieldKind::Date, &[]);
    let invoice = define(&mut ws, "E-fatura", FieldKind::YesNo, &[]);
    let names: Vec<String> = ws.custom_fields().into_iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        [
            "Sektör",
            "Çalışan sayısı",
            "Müşteri olduğu tarih",
            "E-fatura"
        ]
    );
    let kaya = customer(&mut ws, "Kaya Gıda");
    for (id, typed) in [
        (&sector, "gıda"),
        (&staff, "1.250"),
        (&since, "07.12.2026"),
        (&invoice, "Evet"),
    ] {
        ws.update_customer(&kaya, CustomerUpdate::Custom(id.clone(), typed.into()))
            .unwrap();
    }
    let stored = ws.customer(&kaya).unwrap().fields;
    assert_eq!(stored[&sector], "Gıda");
    assert_eq!(
        stored[&staff], "1.25",
        "the stored form is what the page sends"
    );
    assert_eq!(stored[&since], "2026-12-07");
    assert_eq!(stored[&invoice], YES);
    // Emptied, the value is gone.
    ws.update_customer(&kaya, CustomerUpdate::Custom(staff.clone(), " ".into()))
        .unwrap();
    assert_eq!(value(&ws, &kaya, &staff), None);
    // The read model carries fields and values.
    let snapshot = ws.snapshot();
    assert_eq!(snapshot.fields.len(), 4);
    assert_eq!(snapshot.customer(&kaya).unwrap().fields[&sector], "Gıda");
}

#[test]
fn a_wrong_value_or_name_is_refused_and_nothing_is_written() {
    let mut ws = workspace("Ayşe");
    let staff = define(&mut ws, "Çalışan sayısı", FieldKind::Number, &[]);
    let kaya = customer(&mut ws, "Kaya Gıda");
    let heads = ws.heads();
    let refused = ws.update_customer(&kaya, CustomerUpdate::Custom(staff.clone(), "abc".into()));
    assert_eq!(
        refused,
        Err(DocumentError::Invalid(vec![FieldError::new(
            Field::Custom,
            Problem::InvalidValue("abc".into())
        )]))
    );
    let unknown = CustomerUpdate::Custom(FieldId("nope".into()), "1".into());
    assert_eq!(
        ws.update_customer(&kaya, unknown),
        Err(DocumentError::UnknownField)
    );
    for name in ["Telefon", "Vergi dairesi", "çalışan SAYISI", " "] {
        let field = CustomField {
            name: name.into(),
            ..CustomField::default()
        };
        assert!(ws.save_field(field).is_err(), "{name}");
    }
    let empty_list = CustomField {
        name: "Sektör".into(),
        kind: FieldKind::Choice,
        ..CustomField::default()
    };
    assert!(ws.save_field(empty_list).is_err());
    assert_eq!(ws.heads(), heads, "nothing refused is written");
    assert_eq!(ws.custom_fields().len(), 1);
}

#[test]
fn a_stored_field_keeps_its_kind() {
    let mut ws = workspace("Ayşe");
    let staff = define(&mut ws, "Çalışan sayısı", FieldKind::Number, &[]);
    ws.save_field(CustomField {
        name: "Personel".into(),
        kind: FieldKind::Text,
        ..field(&ws, &staff)
    })
    .unwrap();
    let renamed = field(&ws, &staff);
    assert_eq!(
        (renamed.name.as_str(), renamed.kind),
        ("Personel", FieldKind::Number)
    );
}

#[test]
fn a_rename_on_one_device_and_values_typed_on_another_both_survive() {
    let mut ayse = workspace("Ayşe");
    let sector = define(&mut ayse, "Sektör", FieldKind::Text, &[]);
    let kaya = customer(&mut ayse, "Kaya Gıda");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.save_field(CustomField {
        name: "Sektörü".into(),
        ..field(&ayse, &sector)
    })
    .unwrap();
    mehmet
        .update_customer(&kaya, CustomerUpdate::Custom(sector.clone(), "Gıda".into()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    mehmet.merge(&ayse).unwrap();
    for ws in [&ayse, &mehmet] {
        assert_eq!(field(ws, &sector).name, "Sektörü");
        assert_eq!(value(ws, &kaya, &sector).as_deref(), Some("Gıda"));
    }
}

#[test]
fn a_removal_on_one_device_keeps_the_values_typed_on_another_for_a_restore() {
    let mut ayse = workspace("Ayşe");
    let sector = define(&mut ayse, "Sektör", FieldKind::Text, &[]);
    let kaya = customer(&mut ayse, "Kaya Gıda");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.save_field(CustomField {
        removed: true,
        ..field(&ayse, &sector)
    })
    .unwrap();
    mehmet
        .update_customer(&kaya, CustomerUpdate::Custom(sector.clone(), "Gıda".into()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    assert!(field(&ayse, &sector).removed);
    assert_eq!(value(&ayse, &kaya, &sector).as_deref(), Some("Gıda"));
    // A removed field's name is free again, and restoring it brings every value back.
    let again = define(&mut ayse, "Sektör", FieldKind::Text, &[]);
    assert_ne!(again, sector);
    ayse.save_field(CustomField {
        removed: true,
        ..field(&ayse, &again)
    })
    .unwrap();
    ayse.save_field(CustomField {
        removed: false,
        ..field(&ayse, &sector)
    })
    .unwrap();
    assert!(!field(&ayse, &sector).removed);
    assert_eq!(value(&ayse, &kaya, &sector).as_deref(), Some("Gıda"));
}

#[test]
fn values_of_two_fields_set_apart_on_one_customer_are_both_kept() {
    let mut ayse = workspace("Ayşe");
    let sector = define(&mut ayse, "Sektör", FieldKind::Text, &[]);
    let rep = define(&mut ayse, "Müşteri temsilcisi", FieldKind::Text, &[]);
    let kaya = customer(&mut ayse, "Kaya Gıda");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.update_customer(&kaya, CustomerUpdate::Custom(sector.clone(), "Gıda".into()))
        .unwrap();
    mehmet
        .update_customer(&kaya, CustomerUpdate::Custom(rep.clone(), "Selin".into()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    assert_eq!(value(&ayse, &kaya, &sector).as_deref(), Some("Gıda"));
    assert_eq!(value(&ayse, &kaya, &rep).as_deref(), Some("Selin"));
}

#[test]
fn fields_defined_apart_are_both_kept() {
    let mut ayse = workspace("Ayşe");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    define(&mut ayse, "Sektör", FieldKind::Text, &[]);
    define(&mut mehmet, "Bölge", FieldKind::Text, &[]);
    ayse.merge(&mehmet).unwrap();
    assert_eq!(ayse.custom_fields().len(), 2);
    // Other records of meta are not read as fields.
    ayse.save_template(crate::domain::EmailTemplate {
        name: "Teklif".into(),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(ayse.custom_fields().len(), 2);
}

#[test]
fn an_edit_of_a_value_is_undone_to_the_value_before() {
    let mut ws = workspace("Ayşe");
    let staff = define(&mut ws, "Çalışan sayısı", FieldKind::Number, &[]);
    let kaya = customer(&mut ws, "Kaya Gıda");
    ws.update_customer(&kaya, CustomerUpdate::Custom(staff.clone(), "1,5".into()))
        .unwrap();
    let first = ws.last_undoable().unwrap();
    ws.update_customer(&kaya, CustomerUpdate::Custom(staff.clone(), "12".into()))
        .unwrap();
    ws.undo(&ws.last_undoable().unwrap()).unwrap();
    assert_eq!(value(&ws, &kaya, &staff).as_deref(), Some("1.5"));
    ws.undo(&first).unwrap();
    assert_eq!(value(&ws, &kaya, &staff), None, "back to no value at all");
}

#[test]
fn a_new_customer_keeps_values_of_known_fields_in_stored_form_or_as_written() {
    let mut ws = workspace("Ayşe");
    let sector = define(&mut ws, "Sektör", FieldKind::Choice, &["Gıda"]);
    let since = define(&mut ws, "Başlangıç", FieldKind::Date, &[]);
    let mut draft = person("Kaya Gıda");
    draft.fields.insert(sector.clone(), "GIDA".into());
    draft.fields.insert(since.clone(), "geçen yıl".into());
    draft.fields.insert(FieldId("unknown".into()), "x".into());
    let kaya = ws.create_customer(draft).unwrap();
    let stored = ws.customer(&kaya).unwrap().fields;
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[&sector], "Gıda");
    assert_eq!(
        stored[&since], "geçen yıl",
        "an import keeps what it cannot read"
    );
}

#[test]
fn one_value_set_apart_by_two_colleagues_is_a_conflict_to_settle() {
    let mut ayse = workspace("Ayşe");
    let rep = define(&mut ayse, "Müşteri temsilcisi", FieldKind::Text, &[]);
    let kaya = customer(&mut ayse, "Kaya Gıda");
    let mut mehmet = copy_of(&ayse, "Mehmet");
    ayse.update_customer(&kaya, CustomerUpdate::Custom(rep.clone(), "Selin".into()))
        .unwrap();
    mehmet
        .update_customer(&kaya, CustomerUpdate::Custom(rep.clone(), "Burak".into()))
        .unwrap();
    ayse.merge(&mehmet).unwrap();
    let key = crate::domain::custom_key(&rep);
    let conflicts = ayse.conflicts(&kaya);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].field, key);
    let mut values: Vec<&str> = conflicts[0]
        .values
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    values.sort();
    assert_eq!(values, ["Burak", "Selin"]);
    ayse.resolve_conflict(&kaya, &key, "Burak").unwrap();
    assert!(ayse.conflicts(&kaya).is_empty());
    assert_eq!(value(&ayse, &kaya, &rep).as_deref(), Some("Burak"));
    assert!(ayse.resolve_conflict(&kaya, "created_at", "0").is_err());
}
