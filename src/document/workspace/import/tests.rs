use super::super::test_support::{clock, copy_of, customer, person, workspace};
use super::*;
use crate::document::HistoryAction;
use crate::domain::MatchReason;
use crate::domain::Stage;

/// Imports `drafts` as the app does: against the up-to-date read model.
fn import(ws: &mut Workspace, drafts: Vec<CustomerDraft>) -> Result<ImportOutcome> {
    let known = ws.snapshot();
    ws.import_customers(drafts, &known)
}

fn draft(name: &str, company: &str, email: &str, phone: &str) -> CustomerDraft {
    CustomerDraft {
        name: name.into(),
        company: company.into(),
        emails: (!email.is_empty())
            .then(|| email.to_owned())
            .into_iter()
            .collect(),
        phones: (!phone.is_empty())
            .then(|| phone.to_owned())
            .into_iter()
            .collect(),
        city: "İzmir".into(),
        ..CustomerDraft::default()
    }
}

fn file() -> Vec<CustomerDraft> {
    vec![
        draft(
            "Ayşe Yılmaz",
            "Yılmaz Tekstil",
            "ayse@yilmaz.com.tr",
            "0532 111 22 33",
        ),
        draft("Mehmet Öztürk", "Yılmaz Tekstil", "", "0533 444 55 66"),
        draft("Şule Çelik", "", "sule@ornek.com", ""),
    ]
}

#[test]
fn an_import_is_one_commit_and_links_each_company_once() {
    let mut ws = workspace("Ayşe");
    let changes = ws.doc.get_changes(&[]).len();
    let outcome = import(&mut ws, file()).unwrap();
    assert_eq!(
        ws.doc.get_changes(&[]).len(),
        changes + 1,
        "one undoable step"
    );
    assert_eq!(outcome.added.len(), 3);
    assert_eq!(outcome.companies_added.len(), 1);
    assert!(outcome.duplicates.is_empty());
    let customers = ws.customers();
    assert_eq!(customers.len(), 4);
    let company = &outcome.companies_added[0];
    assert_eq!(ws.customer(company).unwrap().name, "Yılmaz Tekstil");
    let members: Vec<_> = customers
        .iter()
        .filter(|c| c.company.as_ref() == Some(company))
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(members.len(), 2, "{members:?}");
    let ayse = ws.customer(&outcome.added[0]).unwrap();
    assert_eq!(ayse.city, "İzmir");
    assert_eq!(ayse.phones, vec!["0532 111 22 33"]);
    assert_eq!(ayse.created_at, clock());
}

#[test]
fn importing_the_same_file_again_adds_nothing() {
    let mut ws = workspace("Ayşe");
    import(&mut ws, file()).unwrap();
    let heads = ws.heads();
    let again = import(&mut ws, file()).unwrap();
    assert!(again.added.is_empty() && again.companies_added.is_empty());
    assert_eq!(again.duplicates.len(), 3);
    assert_eq!(ws.heads(), heads, "nothing new, no commit");
    assert_eq!(ws.customers().len(), 4);
}

#[test]
fn records_match_on_email_phone_or_name_and_company_in_any_spelling() {
    let mut ws = workspace("Ayşe");
    let first = import(&mut ws, file()).unwrap();
    let outcome = import(
        &mut ws,
        vec![
            // Same e-mail, other case and name.
            draft("A. Yılmaz", "", "AYSE@YILMAZ.COM.TR", ""),
            // Same phone in international format.
            draft("M. Ozturk", "", "", "+90 533 444 5566"),
            // Same name and company, folded.
            draft("ŞULE ÇELİK", "", "", ""),
            // Someone new.
            draft("Kemal Aksoy", "Yılmaz Tekstil A.Ş.", "", ""),
        ],
    )
    .unwrap();
    let reasons: Vec<_> = outcome
        .duplicates
        .iter()
        .map(|d| (d.index, d.customer.clone(), d.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (0, first.added[0].clone(), MatchReason::Email),
            (1, first.added[1].clone(), MatchReason::Phone),
            (2, first.added[2].clone(), MatchReason::NameAndCompany),
        ]
    );
    assert_eq!(outcome.added.len(), 1);
    // The existing company is linked, not made again (its name is folded).
    assert!(outcome.companies_added.is_empty());
    let kemal = ws.customer(&outcome.added[0]).unwrap();
    assert_eq!(kemal.company, Some(first.companies_added[0].clone()));
}

#[test]
fn a_record_repeated_within_the_file_is_added_once() {
    let mut ws = workspace("Ayşe");
    let mut records = file();
    records.push(draft("Ayşe Yılmaz", "", "ayse@yilmaz.com.tr", ""));
    let outcome = import(&mut ws, records).unwrap();
    assert_eq!(outcome.added.len(), 3);
    assert_eq!(
        outcome.duplicates,
        vec![ImportDuplicate {
            index: 3,
            customer: outcome.added[0].clone(),
            reason: MatchReason::Email,
            within_file: true,
        }]
    );
}

#[test]
fn an_invalid_record_fails_the_whole_import_and_writes_nothing() {
    let mut ws = workspace("Ayşe");
    let before = ws.save();
    let mut records = file();
    records.push(draft("Bad", "", "not an address", ""));
    assert!(matches!(
        import(&mut ws, records),
        Err(DocumentError::Invalid(_))
    ));
    assert_eq!(ws.save(), before);
}

#[test]
fn undoing_an_import_removes_what_it_made_and_nothing_else() {
    let mut ws = workspace("Ayşe");
    let mine = customer(&mut ws, "Önceden Var");
    let outcome = import(&mut ws, file()).unwrap();
    let mut snapshot = ws.snapshot();
    let before = ws.heads();
    ws.undo_import(&outcome).unwrap();
    snapshot.apply(ws.patch_since(&before));
    assert_eq!(snapshot.customer_count(), 1);
    assert!(snapshot.customer(&mine).is_some());
    let names: Vec<_> = ws.customers().into_iter().map(|c| c.name).collect();
    assert_eq!(names, vec!["Önceden Var"]);
    // Undo works on another copy too, once the import has reached it.
    let mut copy = workspace("Mehmet");
    let outcome = import(&mut copy, file()).unwrap();
    let mut other = copy_of(&copy, "Zeynep");
    other.undo_import(&outcome).unwrap();
    copy.merge(&other).unwrap();
    assert!(copy.customers().is_empty());
}

#[test]
fn history_names_the_import_and_its_undoing() {
    let mut ws = workspace("Ayşe");
    let outcome = import(&mut ws, file()).unwrap();
    ws.undo_import(&outcome).unwrap();
    let actions: Vec<_> = ws
        .customer_history(&outcome.added[0])
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == HistoryAction::Imported)
            .count(),
        1
    );
    assert!(
        actions.contains(&HistoryAction::ImportUndone),
        "{actions:?}"
    );
    // Another import's records are not in this customer's history.
    let later = import(&mut ws, vec![person("Başka")]).unwrap();
    let history = ws.customer_history(&later.added[0]);
    assert_eq!(history.len(), 1);
}

#[test]
fn ten_thousand_records_import_in_one_step() {
    let mut ws = workspace("Ayşe");
    let records: Vec<_> = (0..10_000)
        .map(|i| {
            let mut d = draft(
                &format!("Kişi {i}"),
                &format!("Firma {}", i % 500),
                &format!("kisi{i}@ornek.com"),
                &format!(
                    "0532 {:03} {:02} {:02}",
                    i / 10_000,
                    (i / 100) % 100,
                    i % 100
                ),
            );
            d.stage = Stage::Exploration;
            d
        })
        .collect();
    let outcome = import(&mut ws, records).unwrap();
    assert_eq!(outcome.added.len(), 10_000);
    assert_eq!(outcome.companies_added.len(), 500);
    assert_eq!(ws.snapshot().customer_count(), 10_500);
}

#[test]
fn an_import_stopped_half_way_can_be_undone_for_what_was_written() {
    let mut ws = workspace("Ayşe");
    let records: Vec<_> = (0..1_200)
        .map(|i| draft(&format!("Kişi {i}"), "", &format!("k{i}@ornek.com"), ""))
        .collect();
    let plan = Workspace::plan_import(records, &ws.snapshot()).unwrap();
    let parts = plan.parts();
    assert_eq!(parts, vec![0..500, 500..1000, 1000..1200]);
    assert_eq!(plan.records(), 1_200);
    ws.write_import(&plan, parts[0].clone()).unwrap();
    assert_eq!(
        ws.customers().len(),
        500,
        "one part written, then the user stopped"
    );
    ws.undo_import(&plan.outcome).unwrap();
    assert!(ws.customers().is_empty());
}
