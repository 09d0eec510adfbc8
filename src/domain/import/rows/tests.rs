//! Rows to drafts by hand: names, companies, lists, kinds, stages and every skip reason.

use super::*;
use crate::domain::{Field, Problem};
use Target as T;

fn row(line: usize, cells: &[&str]) -> Row {
    Row {
        line,
        cells: cells.iter().map(|c| c.to_string()).collect(),
    }
}

fn draft(cells: &[&str], mapping: &[Target]) -> CustomerDraft {
    draft_from_row(&row(2, cells), mapping).unwrap().unwrap()
}

fn skipped(cells: &[&str], mapping: &[Target]) -> SkipReason {
    let problem = draft_from_row(&row(7, cells), mapping).unwrap_err();
    assert_eq!(problem.line, 7);
    problem.reason
}

#[test]
fn first_and_last_names_join_and_a_whole_name_wins() {
    let mapping = [T::FirstName, T::FirstName, T::LastName, T::Name];
    assert_eq!(
        draft(&["Ali", "Rıza", "Çınar", ""], &mapping).name,
        "Ali Rıza Çınar"
    );
    assert_eq!(draft(&["", "", "Çınar", ""], &mapping).name, "Çınar");
    assert_eq!(
        draft(&["Ali", "", "Çınar", "A. R. Çınar"], &mapping).name,
        "A. R. Çınar"
    );
    // The surname column may come first; the name still reads given name first.
    assert_eq!(
        draft(&["Yılmaz", "Ayşe"], &[T::LastName, T::FirstName]).name,
        "Ayşe Yılmaz"
    );
}

#[test]
fn a_person_keeps_the_company_and_a_company_alone_is_a_company() {
    let mapping = [T::Name, T::Company];
    let person = draft(&["Ayşe Yılmaz", "Deniz Lojistik"], &mapping);
    assert_eq!(
        (person.kind, person.name.as_str(), person.company.as_str()),
        (CustomerKind::Person, "Ayşe Yılmaz", "Deniz Lojistik")
    );
    let company = draft(&["", "Deniz Lojistik"], &mapping);
    assert_eq!(
        (
            company.kind,
            company.name.as_str(),
            company.company.as_str()
        ),
        (CustomerKind::Company, "Deniz Lojistik", "")
    );
}

#[test]
fn a_kind_column_decides_in_turkish_or_english() {
    let mapping = [T::Name, T::Company, T::Kind];
    for (value, kind) in [
        ("Kişi", CustomerKind::Person),
        ("BİREYSEL", CustomerKind::Person),
        ("person", CustomerKind::Person),
        ("Şirket", CustomerKind::Company),
        ("kurum", CustomerKind::Company),
        ("Company", CustomerKind::Company),
    ] {
        assert_eq!(
            draft(&["Gök Kuruyemiş", "", value], &mapping).kind,
            kind,
            "{value}"
        );
    }
    // A company row's own company column is dropped: a company belongs to no company.
    let company = draft(&["Gök Kuruyemiş", "Gök Holding", "Firma"], &mapping);
    assert_eq!(
        (company.kind, company.company.as_str()),
        (CustomerKind::Company, "")
    );
    // A person needs a name of their own.
    assert_eq!(
        skipped(&["", "Gök Holding", "kişi"], &mapping),
        SkipReason::NoName
    );
    assert_eq!(
        skipped(&["Ali", "", "Bayi"], &mapping),
        SkipReason::UnknownKind("Bayi".into())
    );
}

#[test]
fn lists_split_on_every_separator_and_gather_columns() {
    let mapping = [T::Name, T::Email, T::Email, T::Phone, T::Phone];
    let d = draft(
        &[
            "Zeynep",
            "a@x.com.tr ::: b@y.com; c@z.com",
            "d@w.com\ne@v.com",
            "0532 111 22 33 / 0212 555 12 34",
            "+90 533 000 00 00, 0533 000 00 00",
        ],
        &mapping,
    );
    assert_eq!(
        d.emails,
        ["a@x.com.tr", "b@y.com", "c@z.com", "d@w.com", "e@v.com"]
    );
    assert_eq!(
        d.phones,
        [
            "0532 111 22 33",
            "0212 555 12 34",
            "+90 533 000 00 00",
            "0533 000 00 00"
        ]
    );
}

#[test]
fn google_labels_become_tags_without_its_own_groups() {
    let mapping = [T::Name, T::Tags, T::Tags];
    let d = draft(
        &[
            "Emre",
            "* myContacts ::: Müşteriler ::: * starred",
            "* friends, VIP; vip",
        ],
        &mapping,
    );
    assert_eq!(d.tags, ["Müşteriler", "friends", "VIP", "vip"]);
}

#[test]
fn notes_from_several_columns_keep_their_lines() {
    let d = draft(
        &["Ali", "Fuarda tanıştık.\nArayacak.", "Bayi"],
        &[T::Name, T::Notes, T::Notes],
    );
    assert_eq!(d.notes, "Fuarda tanıştık.\nArayacak.\nBayi");
}

#[test]
fn single_fields_take_the_first_filled_column() {
    let mapping = [T::Name, T::City, T::City, T::Address, T::Address];
    let d = draft(&["Ali", "", "Konya", "Mevlana Cad. 1", "Meram"], &mapping);
    assert_eq!(
        (d.city.as_str(), d.address.as_str()),
        ("Konya", "Mevlana Cad. 1")
    );
}

#[test]
fn stages_by_code_name_or_hubspot_lifecycle() {
    let mapping = [T::Name, T::Stage];
    for (value, stage) in [
        ("", Stage::Exploration),
        ("awareness", Stage::Awareness),
        ("Keşif", Stage::Exploration),
        ("FARKINDALIK", Stage::Awareness),
        ("Gelişme", Stage::Expansion),
        ("Sadakat", Stage::Commitment),
        ("Subscriber", Stage::Exploration),
        ("Lead", Stage::Exploration),
        ("Marketing Qualified Lead", Stage::Exploration),
        ("salesqualifiedlead", Stage::Exploration),
        ("Opportunity", Stage::Awareness),
        ("Customer", Stage::Commitment),
        ("Evangelist", Stage::Commitment),
        ("Other", Stage::Exploration),
    ] {
        let d = draft(&["Ali", value], &mapping);
        assert_eq!((d.stage, d.dissolution_reason), (stage, None), "{value}");
    }
    for value in ["Dağılma", "dissolution", "Lost"] {
        let d = draft(&["Ali", value], &mapping);
        assert_eq!(
            (d.stage, d.dissolution_reason),
            (Stage::Dissolution, Some(DissolutionReason::Other)),
            "{value}"
        );
    }
    assert_eq!(
        skipped(&["Ali", "Partner"], &mapping),
        SkipReason::UnknownStage("Partner".into())
    );
}

#[test]
fn invalid_values_name_their_field() {
    let mapping = [T::Name, T::Email, T::Phone];
    assert_eq!(
        skipped(&["Ali", "ali@@x", ""], &mapping),
        SkipReason::Invalid(FieldError::new(
            Field::Emails,
            Problem::InvalidEmail("ali@@x".into())
        ))
    );
    assert_eq!(
        skipped(&["Ali", "", "ara beni"], &mapping),
        SkipReason::Invalid(FieldError::new(
            Field::Phones,
            Problem::InvalidPhone("ara beni".into())
        ))
    );
    let long = "x".repeat(201);
    assert_eq!(
        skipped(&[&long], &mapping),
        SkipReason::Invalid(FieldError::new(Field::Name, Problem::TooLong { max: 200 }))
    );
}

#[test]
fn nothing_mapped_is_none_and_no_name_is_a_problem() {
    let mapping = [T::Ignore, T::Name, T::Email];
    assert_eq!(
        draft_from_row(&row(3, &["123", " ", ""]), &mapping),
        Ok(None)
    );
    assert_eq!(draft_from_row(&row(3, &[]), &mapping), Ok(None));
    assert_eq!(
        skipped(&["123", "", "ali@x.com"], &mapping),
        SkipReason::NoName
    );
    // Cells beyond the mapping are ignored.
    assert_eq!(draft(&["1", "Ali", "", "fazla"], &mapping).name, "Ali");
}

#[test]
fn batches_add_up_and_ranges_are_clamped() {
    let table = Table {
        delimiter: b';',
        headers: vec!["Ad".into(), "E-posta".into(), "Kod".into()],
        rows: vec![
            row(2, &["Ayşe", "ayse@x.com", ""]),
            row(3, &["", "", "K1"]),
            row(4, &["Ali", "yanlış", ""]),
            row(5, &["Can", "", ""]),
        ],
    };
    let mapping = Mapping::new(vec![T::Name, T::Email, T::Ignore]).unwrap();
    let mut all = convert(&table, &mapping, 0..2);
    all.append(convert(&table, &mapping, 2..1000));
    assert_eq!(all, convert(&table, &mapping, 0..4));
    let lines: Vec<usize> = all.drafts.iter().map(|d| d.line).collect();
    assert_eq!(lines, [2, 5]);
    assert_eq!(all.empty, 1);
    assert_eq!(all.skipped.iter().map(|p| p.line).collect::<Vec<_>>(), [4]);
    assert_eq!(convert(&table, &mapping, 9..12), Converted::default());
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = convert(&table, &mapping, 3..1);
    assert_eq!(backwards, Converted::default());
}
