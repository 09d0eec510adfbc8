//! Exchanging sync files between colleagues, on the host.

use super::*;
use crate::document::Workspace;
use crate::domain::{CustomerDraft, CustomerUpdate, InteractionDraft};

fn clock() -> i64 {
    1_763_800_000_000
}

fn ayse() -> Workspace {
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join("Ayşe").unwrap();
    ws
}

fn person(name: &str) -> CustomerDraft {
    CustomerDraft {
        name: name.into(),
        ..Default::default()
    }
}

/// Mehmet, with an empty app and his name given.
fn newcomer() -> Workspace {
    let mut mehmet = Workspace::new();
    mehmet.set_clock(clock);
    mehmet.join("Mehmet").unwrap();
    mehmet
}

/// Mehmet joins Ayşe's workspace with an empty app and a first file from her.
fn mehmet_joins(ayse: &Workspace) -> Workspace {
    let mut mehmet = newcomer();
    let file = ayse.export_sync_file(&[], None).unwrap();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    assert!(incoming.summary.joins_workspace);
    mehmet.apply_sync_file(incoming).unwrap();
    mehmet
}

#[test]
fn an_empty_app_joins_by_a_first_file() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let mehmet = mehmet_joins(&ayse);
    assert_eq!(mehmet.workspace_id(), ayse.workspace_id());
    assert_eq!(mehmet.customers(), ayse.customers());
}

#[test]
fn a_file_of_another_workspace_is_refused_and_changes_nothing() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let mut stranger = Workspace::new();
    stranger.join("Zeynep").unwrap();
    stranger.create_customer(person("Başka")).unwrap();
    let file = stranger.export_sync_file(&[], None).unwrap();
    let before = ayse.save();
    assert!(matches!(
        ayse.read_sync_file(&file, None),
        Err(DocumentError::OtherWorkspace)
    ));
    assert_eq!(ayse.save(), before);
}

#[test]
fn the_preview_counts_what_is_new_and_changed_and_changes_nothing() {
    let mut ayse = ayse();
    let known = ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = mehmet_joins(&ayse);
    let since = ayse.heads();
    ayse.create_customer(person("Işık")).unwrap();
    ayse.update_customer(&known, CustomerUpdate::City("Van".into()))
        .unwrap();
    ayse.log_interaction(&known, InteractionDraft::new(clock()))
        .unwrap();
    let file = ayse.export_sync_file(&since, None).unwrap();
    let before = mehmet.save();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    assert_eq!(mehmet.save(), before, "reading must not apply");
    let s = &incoming.summary;
    assert_eq!(
        (
            s.new_customers,
            s.changed_customers,
            s.new_interactions,
            s.changed_interactions
        ),
        (1, 1, 1, 0)
    );
    assert_eq!(incoming.header.from.name, "Ayşe");
    mehmet.apply_sync_file(incoming).unwrap();
    assert_eq!(mehmet.customers().len(), 2);
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = mehmet_joins(&ayse);
    let file = ayse.export_sync_file(&[], None).unwrap();
    let heads = mehmet.heads();
    let again = mehmet.read_sync_file(&file, None).unwrap();
    assert!(again.summary.is_empty());
    mehmet.apply_sync_file(again).unwrap();
    assert_eq!(mehmet.heads(), heads);
}

#[test]
fn files_imported_out_of_order_wait_then_complete() {
    let mut ayse = ayse();
    let id = ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = mehmet_joins(&ayse);
    let start = ayse.heads();
    ayse.log_interaction(&id, InteractionDraft::new(clock()))
        .unwrap();
    let first = ayse.export_sync_file(&start, None).unwrap();
    let middle = ayse.heads();
    ayse.update_customer(&id, CustomerUpdate::City("Kars".into()))
        .unwrap();
    let second = ayse.export_sync_file(&middle, None).unwrap();

    let incoming = mehmet.read_sync_file(&second, None).unwrap();
    assert!(incoming.summary.waiting_for_earlier);
    let outcome = mehmet.apply_sync_file(incoming).unwrap();
    assert!(outcome.waiting_for_earlier);
    assert_eq!(mehmet.customer(&id).unwrap().city, "");

    let incoming = mehmet.read_sync_file(&first, None).unwrap();
    let outcome = mehmet.apply_sync_file(incoming).unwrap();
    assert!(!outcome.waiting_for_earlier);
    assert_eq!(mehmet.customer(&id).unwrap().city, "Kars");
    assert_eq!(mehmet.interactions().len(), 1);
}

#[test]
fn a_file_for_a_colleague_holds_only_what_they_lack() {
    let mut ayse = ayse();
    let id = ayse.create_customer(person("Çağrı")).unwrap();
    for i in 0..50 {
        ayse.log_interaction(
            &id,
            InteractionDraft {
                summary: format!("Görüşme {i}"),
                ..InteractionDraft::new(clock())
            },
        )
        .unwrap();
    }
    let mut mehmet = mehmet_joins(&ayse);
    // Mehmet answers with a file of his own; Ayşe remembers the heads it carried.
    mehmet
        .create_customer(person("Mehmet'in müşterisi"))
        .unwrap();
    let reply = mehmet.export_sync_file(&[], None).unwrap();
    let incoming = ayse.read_sync_file(&reply, None).unwrap();
    let received = heads_from_strings(&incoming.header.heads);
    ayse.apply_sync_file(incoming).unwrap();
    for i in 0..100 {
        ayse.log_interaction(
            &id,
            InteractionDraft {
                summary: format!("Yeni görüşme {i}"),
                ..InteractionDraft::new(clock())
            },
        )
        .unwrap();
    }
    let delta = ayse.export_sync_file(&received, None).unwrap();
    // Every change of the workspace would be larger (the whole workspace goes as a saved
    // document, compressed, so it is no yardstick here).
    let every_change = ayse.save_after(&[]);
    assert!(delta.len() < every_change.len());
    let incoming = mehmet.read_sync_file(&delta, None).unwrap();
    assert_eq!(
        (
            incoming.summary.new_customers,
            incoming.summary.new_interactions
        ),
        (0, 100)
    );
    assert!(
        delta.len() < 16 * 1024,
        "100 interactions took {} bytes",
        delta.len()
    );
}

#[test]
fn an_encrypted_file_needs_the_right_passphrase() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = mehmet_joins(&ayse);
    ayse.create_customer(person("Gizli")).unwrap();
    let file = ayse.export_sync_file(&[], Some("doğru parola")).unwrap();
    assert!(
        !String::from_utf8_lossy(&file).contains("Gizli"),
        "the payload is not in clear"
    );
    let before = mehmet.save();
    assert!(matches!(
        mehmet.read_sync_file(&file, None),
        Err(DocumentError::PassphraseNeeded)
    ));
    assert!(matches!(
        mehmet.read_sync_file(&file, Some("yanlış")),
        Err(DocumentError::WrongPassphrase)
    ));
    assert_eq!(mehmet.save(), before);
    let incoming = mehmet.read_sync_file(&file, Some("doğru parola")).unwrap();
    mehmet.apply_sync_file(incoming).unwrap();
    assert!(mehmet.customers().iter().any(|c| c.name == "Gizli"));
}

mod hostile_input {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Random bytes, and real files with bytes changed, never panic, and a refused
        /// file leaves the workspace byte-identical.
        #[test]
        fn bad_files_never_panic_or_change_anything(
            noise in prop::collection::vec(any::<u8>(), 0..400),
            index in any::<usize>(),
            value in any::<u8>(),
        ) {
            let mut ayse = ayse();
            ayse.create_customer(person("Çağrı")).unwrap();
            let mut file = ayse.export_sync_file(&[], None).unwrap();
            let at = index % file.len();
            prop_assume!(file[at] != value);
            file[at] = value;
            let before = ayse.save();
            for bytes in [&noise, &file] {
                if let Ok(incoming) = ayse.read_sync_file(bytes, None) {
                    ayse.apply_sync_file(incoming).unwrap();
                }
                prop_assert_eq!(&ayse.save(), &before);
                prop_assert!(ayse.merge_bytes(bytes).is_err() || ayse.save() == before);
            }
        }
    }
}

/// A backup is a sync file of everything: it restores a whole workspace into an empty app,
/// and restored over a copy that went on since, it merges and loses nothing of either.
#[test]
fn a_backup_restores_into_an_empty_app_and_merges_into_a_full_one() {
    use crate::domain::{CommitmentDraft, DealDraft};
    let mut ayse = ayse();
    let id = ayse.create_customer(person("Çağrı")).unwrap();
    ayse.log_interaction(&id, InteractionDraft::new(clock()))
        .unwrap();
    ayse.create_commitment(CommitmentDraft::promise(id.clone(), "Teklif", clock()))
        .unwrap();
    ayse.create_deal(DealDraft::quote(id.clone(), "Yıllık", "1.000"))
        .unwrap();
    let backup = ayse.export_sync_file(&[], None).unwrap();

    // Into an empty app (a new browser): everything comes back.
    let mut restored = Workspace::new();
    restored.join("Ayşe").unwrap();
    let incoming = restored.read_sync_file(&backup, None).unwrap();
    restored.apply_sync_file(incoming).unwrap();
    assert_eq!(restored.workspace_id(), ayse.workspace_id());
    assert_eq!(restored.customers(), ayse.customers());
    assert_eq!(restored.interactions(), ayse.interactions());
    assert_eq!(restored.commitments(), ayse.commitments());
    assert_eq!(restored.deals(), ayse.deals());

    // Over a copy that went on since: a merge, nothing of either side lost.
    ayse.update_customer(&id, CustomerUpdate::City("Van".into()))
        .unwrap();
    let later = ayse.create_customer(person("Sonradan")).unwrap();
    let incoming = ayse.read_sync_file(&backup, None).unwrap();
    ayse.apply_sync_file(incoming).unwrap();
    assert_eq!(ayse.customer(&id).unwrap().city, "Van");
    assert!(ayse.customer(&later).is_some());
    assert_eq!(ayse.interactions().len(), 1);
}

#[test]
fn a_newcomer_takes_the_whole_workspace_over_and_keeps_their_own_name() {
    let mut ayse = ayse();
    let customer = ayse.create_customer(person("Çağrı")).unwrap();
    ayse.log_interaction(&customer, InteractionDraft::new(clock()))
        .unwrap();
    let mut mehmet = newcomer();
    let me = mehmet.me().unwrap().clone();
    let before = mehmet.heads();
    let file = ayse.export_sync_file(&[], None).unwrap();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    let summary = incoming.summary.clone();
    assert_eq!((summary.new_customers, summary.new_interactions), (1, 1));
    assert!(summary.joins_workspace);
    assert_eq!(mehmet.heads(), before, "a preview changes nothing");
    mehmet.apply_sync_file(incoming).unwrap();

    assert_eq!(mehmet.replacements(), 1, "taken over, not replayed");
    assert_eq!(mehmet.customers(), ayse.customers());
    assert_eq!(mehmet.interactions(), ayse.interactions());
    assert_eq!(mehmet.me(), Some(&me));
    let names: Vec<String> = mehmet.colleagues().into_iter().map(|c| c.name).collect();
    assert!(names.contains(&"Mehmet".into()) && names.contains(&"Ayşe".into()));
    // The read model comes whole once, then patches again.
    let patch = mehmet.patch_since(&before);
    assert!(patch.reset);
    assert_eq!(patch.customers.len(), 1);
    let heads = mehmet.heads();
    mehmet.create_customer(person("Şule")).unwrap();
    let patch = mehmet.patch_since(&heads);
    assert!(!patch.reset);
    assert_eq!(patch.customers.len(), 1);
    // What he writes goes back to Ayşe as to any colleague.
    let back = mehmet
        .export_sync_file(&heads_from_strings(&[ayse.heads()[0].to_string()]), None)
        .unwrap();
    let incoming = ayse.read_sync_file(&back, None).unwrap();
    ayse.apply_sync_file(incoming).unwrap();
    assert_eq!(ayse.customers(), mehmet.customers());
}

#[test]
fn a_join_previewed_before_an_edit_merges_the_file_and_keeps_the_edit() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let mut mehmet = newcomer();
    let file = ayse.export_sync_file(&[], None).unwrap();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    mehmet.create_customer(person("Şule")).unwrap();
    mehmet.apply_sync_file(incoming).unwrap();
    assert_eq!(mehmet.replacements(), 0, "merged, since the copy moved on");
    let mut names: Vec<String> = mehmet.customers().into_iter().map(|c| c.name).collect();
    names.sort();
    assert_eq!(names, ["Çağrı", "Şule"]);
    assert_eq!(mehmet.workspace_id(), ayse.workspace_id());
}

#[test]
fn the_whole_workspace_goes_as_a_saved_document_smaller_than_its_changes() {
    let mut ayse = ayse();
    for n in 0..50 {
        ayse.create_customer(person(&format!("Müşteri {n}")))
            .unwrap();
    }
    let whole = ayse.export_sync_file(&[], None).unwrap();
    let incoming = ayse.read_sync_file(&whole, None).unwrap();
    assert!(incoming.payload().len() < ayse.save_after(&[]).len());
    assert_eq!(incoming.payload(), ayse.save().as_slice());
}

#[test]
fn a_whole_file_of_changes_from_an_earlier_version_still_joins() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    // Earlier versions sent every change rather than the saved document.
    let header = SyncFile::parse(&ayse.export_sync_file(&[], None).unwrap())
        .unwrap()
        .header;
    let file = sync_file::encode(header, &ayse.save_after(&[]), None);
    let mut mehmet = newcomer();
    let incoming = mehmet.read_sync_file(&file, None).unwrap();
    assert!(incoming.summary.joins_workspace);
    assert_eq!(incoming.summary.new_customers, 1);
    mehmet.apply_sync_file(incoming).unwrap();
    assert_eq!(mehmet.customers(), ayse.customers());
    assert_eq!(mehmet.workspace_id(), ayse.workspace_id());
}

#[test]
fn a_newcomer_given_only_recent_changes_is_told_so_and_nothing_changes() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let since = ayse.heads();
    ayse.create_customer(person("Işık")).unwrap();
    let recent = ayse.export_sync_file(&since, None).unwrap();
    // With a name given, and before any (the fuzzer found the second: the copy kept the
    // changes although the file was refused).
    for mut zeynep in [newcomer(), Workspace::new()] {
        let (before, id) = (zeynep.save(), zeynep.workspace_id());
        assert!(matches!(
            zeynep.read_sync_file(&recent, None),
            Err(DocumentError::MissingDeps)
        ));
        assert_eq!(zeynep.save(), before);
        assert_eq!(zeynep.workspace_id(), id);
        // The whole workspace still joins.
        let whole = ayse.export_sync_file(&[], None).unwrap();
        let incoming = zeynep.read_sync_file(&whole, None).unwrap();
        zeynep.apply_sync_file(incoming).unwrap();
        assert_eq!(zeynep.customers(), ayse.customers());
    }
}

#[test]
fn a_file_whose_header_names_another_workspace_than_its_document_is_refused() {
    let mut ayse = ayse();
    ayse.create_customer(person("Çağrı")).unwrap();
    let whole = ayse.export_sync_file(&[], None).unwrap();
    let mut header = SyncFile::parse(&whole).unwrap().header;
    header.workspace_id = "başka".into();
    let lying = sync_file::encode(header, &ayse.save(), None);
    // Found by the fuzzer: the copy became the file's workspace, then the join failed.
    for zeynep in [newcomer(), Workspace::new()] {
        let before = zeynep.save();
        assert!(matches!(
            zeynep.read_sync_file(&lying, None),
            Err(DocumentError::Damaged(_))
        ));
        assert_eq!(zeynep.save(), before);
    }
}
