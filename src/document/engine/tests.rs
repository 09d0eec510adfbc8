//! The engine as the page sees it: requests in, replies out, and a read model kept only
//! from the replies' patches that always equals the document's own.

use super::*;
use crate::document::UndoAction;
use crate::domain::{CustomerDraft, CustomerUpdate, InteractionDraft};
use crate::model::ListQuery;
use crate::protocol::{decode, encode, FilePreview};

const NOW: i64 = 1_763_800_000_000;

fn clock() -> i64 {
    NOW
}

/// An engine with a colleague, and the page's copy of the read model.
fn engine(name: &str) -> (Engine, Snapshot) {
    let mut workspace = Workspace::new();
    workspace.set_clock(clock);
    let mut engine = Engine::new(workspace);
    let mut page = Snapshot::default();
    page.apply(engine.read_model());
    let reply = send(&mut engine, &mut page, Request::Join(name.into()));
    assert!(matches!(reply.answer, Ok(Answer::Colleague(_))));
    (engine, page)
}

/// Sends `request` as the page does: through bytes both ways, the patch applied.
fn send(engine: &mut Engine, page: &mut Snapshot, request: Request) -> Reply {
    let request = decode(&encode(&request)).unwrap();
    let reply: Reply = decode(&encode(&engine.handle(request))).unwrap();
    page.apply(reply.patch.clone());
    reply
}

fn customer(name: &str) -> Request {
    Request::CreateCustomer(CustomerDraft {
        name: name.into(),
        company: "Deniz Lojistik A.Ş.".into(),
        ..Default::default()
    })
}

fn rows(snapshot: &Snapshot) -> Vec<String> {
    snapshot
        .list(&ListQuery::default())
        .into_iter()
        .map(|c| {
            let company = snapshot.company_name(c).unwrap_or_default();
            format!(
                "{} · {} · {}",
                c.name,
                company,
                snapshot.timeline(&c.id).len()
            )
        })
        .collect()
}

#[test]
fn a_change_answers_with_its_records_and_the_page_copy_follows() {
    let (mut engine, mut page) = engine("Ayşe");
    let reply = send(&mut engine, &mut page, customer("Çağrı Yılmaz"));
    let Ok(Answer::Customer(id)) = reply.answer else {
        panic!("{:?}", reply.answer)
    };
    assert!(reply.wrote);
    // The person and the company made with them.
    assert_eq!(reply.patch.customers.len(), 2);
    assert_eq!(page.customer(&id).unwrap().name, "Çağrı Yılmaz");
    assert_eq!(rows(&page), rows(&engine.workspace().snapshot()));
}

#[test]
fn a_refused_change_writes_nothing_and_sends_nothing() {
    let (mut engine, mut page) = engine("Ayşe");
    let before = engine.workspace().save();
    let reply = send(&mut engine, &mut page, customer(""));
    assert!(matches!(reply.answer, Err(DocumentError::Invalid(_))));
    assert!(!reply.wrote);
    assert!(reply.patch.is_empty());
    assert_eq!(engine.workspace().save(), before);
}

#[test]
fn undo_takes_back_the_last_action_and_never_itself() {
    let (mut engine, mut page) = engine("Ayşe");
    let Ok(Answer::Customer(id)) = send(&mut engine, &mut page, customer("Ece")).answer else {
        panic!()
    };
    let edit = Request::UpdateCustomer(id.clone(), CustomerUpdate::City("Rize".into()));
    let reply = send(&mut engine, &mut page, edit);
    assert_eq!(reply.undo.depth, 2);
    let first_top = reply.undo.top.clone().unwrap();

    let reply = send(&mut engine, &mut page, Request::Undo);
    assert!(matches!(
        reply.answer,
        Ok(Answer::Undone(UndoAction::EditedCustomer(..)))
    ));
    assert_eq!(page.customer(&id).unwrap().city, "");
    assert_eq!(reply.undo.depth, 1);
    assert!(
        reply.undo.top.as_ref().unwrap().0 < first_top.0,
        "an older action uncovered"
    );

    let reply = send(&mut engine, &mut page, Request::Undo);
    assert!(matches!(
        reply.answer,
        Ok(Answer::Undone(UndoAction::CreatedCustomer(_)))
    ));
    assert!(page.customer(&id).is_none());
    let reply = send(&mut engine, &mut page, Request::Undo);
    assert_eq!(reply.answer, Ok(Answer::NothingToUndo));
    assert_eq!(rows(&page), rows(&engine.workspace().snapshot()));
}

#[test]
fn an_import_is_planned_then_written_part_by_part() {
    let (mut engine, mut page) = engine("Ayşe");
    send(&mut engine, &mut page, customer("Mevcut Müşteri"));
    let drafts: Vec<CustomerDraft> = (0..1_200)
        .map(|i| CustomerDraft {
            name: format!("Müşteri {i:04}"),
            ..Default::default()
        })
        .chain([CustomerDraft {
            name: "Mevcut Müşteri".into(),
            company: "Deniz Lojistik A.Ş.".into(),
            ..Default::default()
        }])
        .collect();
    let reply = send(&mut engine, &mut page, Request::PlanImport(drafts));
    let Ok(Answer::Plan {
        outcome,
        parts,
        records,
    }) = reply.answer
    else {
        panic!("{:?}", reply.answer)
    };
    assert!(!reply.wrote);
    assert_eq!((records, outcome.duplicates.len()), (1_200, 1));
    assert!(parts > 1);
    for n in 0..parts {
        let reply = send(&mut engine, &mut page, Request::WriteImport(n));
        assert!(matches!(reply.answer, Ok(Answer::Written(_))));
    }
    assert_eq!(page.customer_count(), 1_202);
    let again = send(&mut engine, &mut page, Request::WriteImport(0));
    assert_eq!(again.answer, Err(DocumentError::NoLongerAtHand));
    let undone = send(&mut engine, &mut page, Request::UndoImport(outcome));
    assert!(undone.answer.is_ok());
    assert_eq!(page.customer_count(), 2);
}

#[test]
fn a_sync_file_is_previewed_then_applied_and_its_records_reach_the_page() {
    let (mut ayse, mut ayse_page) = engine("Ayşe");
    let (mut mehmet, mut mehmet_page) = engine("Mehmet");
    let Ok(Answer::Customer(id)) = send(&mut ayse, &mut ayse_page, customer("Zeynep")).answer
    else {
        panic!()
    };
    send(
        &mut ayse,
        &mut ayse_page,
        Request::LogInteraction(id, InteractionDraft::new(NOW - 3_600_000)),
    );
    let export = Request::ExportSyncFile {
        since: Vec::new(),
        passphrase: Some("gizli parola".into()),
    };
    let Ok(Answer::File(bytes)) = send(&mut ayse, &mut ayse_page, export).answer else {
        panic!()
    };
    let wrong = Request::ReadSyncFile {
        bytes: bytes.clone(),
        passphrase: Some("yanlış".into()),
    };
    let before = mehmet.workspace().save();
    let reply = send(&mut mehmet, &mut mehmet_page, wrong);
    assert_eq!(reply.answer, Err(DocumentError::WrongPassphrase));
    assert_eq!(mehmet.workspace().save(), before);

    let read = Request::ReadSyncFile {
        bytes,
        passphrase: Some("gizli parola".into()),
    };
    let reply = send(&mut mehmet, &mut mehmet_page, read);
    let Ok(Answer::Preview(FilePreview {
        summary,
        header,
        payload,
    })) = reply.answer
    else {
        panic!("{:?}", reply.answer)
    };
    assert_eq!(header.from.name, "Ayşe");
    assert!(
        payload.is_empty(),
        "nothing waits: the page need not keep the changes"
    );
    assert_eq!((summary.new_customers, summary.new_interactions), (2, 1));
    assert!(reply.patch.is_empty(), "a preview changes nothing");
    let reply = send(&mut mehmet, &mut mehmet_page, Request::ApplySyncFile);
    assert!(matches!(reply.answer, Ok(Answer::Summary(_))));
    assert!(reply.patch.reset, "a join brings the whole read model");
    assert_eq!(rows(&mehmet_page), rows(&ayse_page));
    let twice = send(&mut mehmet, &mut mehmet_page, Request::ApplySyncFile);
    assert_eq!(twice.answer, Err(DocumentError::NoLongerAtHand));

    // A file without a passphrase: its header has no key-derivation part at all.
    let export = Request::ExportSyncFile {
        since: Vec::new(),
        passphrase: None,
    };
    let Ok(Answer::File(bytes)) = send(&mut ayse, &mut ayse_page, export).answer else {
        panic!()
    };
    let read = Request::ReadSyncFile {
        bytes,
        passphrase: None,
    };
    let reply = send(&mut mehmet, &mut mehmet_page, read);
    assert!(
        matches!(reply.answer, Ok(Answer::Preview(_))),
        "{:?}",
        reply.answer
    );
}

/// Many requests of every kind, some refused: the page's copy, kept from patches alone,
/// reads like the document's own read model after each one.
#[test]
fn the_page_copy_always_equals_the_document_read_model() {
    let (mut engine, mut page) = engine("Ayşe");
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut ids: Vec<crate::domain::CustomerId> = Vec::new();
    for step in 0..300 {
        let request = match (next(8), ids.is_empty()) {
            (0, _) | (_, true) => customer(&format!("Müşteri {step}")),
            (1, false) => Request::UpdateCustomer(
                ids[next(ids.len())].clone(),
                CustomerUpdate::Name(format!("İsim {step}")),
            ),
            (2, false) => Request::SetArchived(ids[next(ids.len())].clone(), next(2) == 0),
            (3, false) => Request::LogInteraction(
                ids[next(ids.len())].clone(),
                InteractionDraft::new(NOW - step as i64 * 60_000),
            ),
            (4, false) => Request::Undo,
            (5, false) => Request::History(ids[next(ids.len())].clone()),
            (6, false) => Request::Conflicts(ids[next(ids.len())].clone()),
            _ => Request::UpdateCustomer(
                ids[next(ids.len())].clone(),
                CustomerUpdate::Company(if next(2) == 0 {
                    "Ege A.Ş.".into()
                } else {
                    String::new()
                }),
            ),
        };
        let read = matches!(request, Request::History(_) | Request::Conflicts(_));
        let undo_before = engine.undo_state();
        let reply = send(&mut engine, &mut page, request);
        if read {
            assert!(
                !reply.wrote && reply.patch.is_empty(),
                "a read changes nothing"
            );
            assert_eq!(reply.undo, undo_before, "a read is never an action to undo");
        }
        if let Ok(Answer::Customer(id)) = reply.answer {
            ids.push(id);
        }
        if step % 50 == 0 {
            assert_eq!(
                rows(&page),
                rows(&engine.workspace().snapshot()),
                "step {step}"
            );
        }
    }
    assert_eq!(rows(&page), rows(&engine.workspace().snapshot()));
    assert_eq!(rows(engine.snapshot()), rows(&page));
}

fn session_step(reply: Reply) -> crate::protocol::SessionStep {
    match reply.answer {
        Ok(Answer::Session(step)) => step,
        other => panic!("{other:?}"),
    }
}

/// Two engines with a direct-sync session each, the frames relayed as a page would.
#[test]
fn direct_sync_sessions_in_the_engine_bring_two_copies_together() {
    use crate::protocol::SessionKind;
    let (mut ayse, mut ayse_page) = engine("Ayşe");
    let (mut mehmet, mut mehmet_page) = engine("Mehmet");
    send(&mut ayse, &mut ayse_page, customer("Zeynep"));
    send(&mut mehmet, &mut mehmet_page, customer("Burak"));
    for (engine, page) in [(&mut ayse, &mut ayse_page), (&mut mehmet, &mut mehmet_page)] {
        let start = Request::SessionStart {
            session: 7,
            kind: SessionKind::Peer,
            saved: None,
        };
        assert!(session_step(send(engine, page, start)).outgoing.is_empty());
    }
    let mut to_mehmet =
        session_step(send(&mut ayse, &mut ayse_page, Request::SessionOpened(7))).outgoing;
    let mut to_ayse = session_step(send(
        &mut mehmet,
        &mut mehmet_page,
        Request::SessionOpened(7),
    ))
    .outgoing;
    let mut rounds = 0;
    while !(to_mehmet.is_empty() && to_ayse.is_empty()) {
        rounds += 1;
        assert!(rounds < 20, "the exchange ends");
        let mut next_ayse = Vec::new();
        for bytes in to_mehmet.drain(..) {
            let received = Request::SessionReceived { session: 7, bytes };
            next_ayse.extend(session_step(send(&mut mehmet, &mut mehmet_page, received)).outgoing);
        }
        for bytes in to_ayse.drain(..) {
            let received = Request::SessionReceived { session: 7, bytes };
            to_mehmet.extend(session_step(send(&mut ayse, &mut ayse_page, received)).outgoing);
        }
        to_ayse = next_ayse;
    }
    assert_eq!(rows(&ayse_page), rows(&mehmet_page));
    assert_eq!(
        ayse_page.customer_count(),
        4,
        "two people, and the company each of them made"
    );
    let step = session_step(send(
        &mut ayse,
        &mut ayse_page,
        Request::SessionLocalChange(7),
    ));
    assert!(step.in_sync && step.live && !step.sync_state.is_empty());

    // A hostile frame is ignored, the document as it was.
    let before = ayse.workspace().save();
    let garbage = Request::SessionReceived {
        session: 7,
        bytes: vec![0xff; 40],
    };
    let reply = send(&mut ayse, &mut ayse_page, garbage);
    assert!(!reply.wrote);
    assert!(session_step(reply).ignored.is_some());
    assert_eq!(ayse.workspace().save(), before);
    // A session the engine does not hold (it restarted) is said so.
    let unknown = send(&mut ayse, &mut ayse_page, Request::SessionOpened(8));
    assert_eq!(unknown.answer, Err(DocumentError::NoLongerAtHand));
}

/// The read model kept at some heads, as the engine stores it for the next start.
fn kept_now(engine: &Engine) -> (Vec<ChangeHash>, Snapshot) {
    let heads = crate::document::heads_to_strings(&engine.workspace().heads());
    let bytes = crate::model::kept_bytes(engine.snapshot(), &heads, &[]);
    let kept = crate::model::KeptModel::from_bytes(&bytes).unwrap();
    let mut snapshot = Snapshot::default();
    snapshot.apply(kept.model);
    (heads_from_strings(&kept.heads), snapshot)
}

fn reopened(engine: &Engine) -> Workspace {
    let mut workspace = Workspace::load(&engine.workspace().save()).unwrap();
    workspace.set_clock(clock);
    workspace
}

#[test]
fn a_start_on_a_kept_read_model_corrects_only_what_changed_since() {
    let (mut first, mut page) = engine("Ayşe");
    for name in ["Burak Yılmaz", "Cem Öztürk"] {
        send(&mut first, &mut page, customer(name));
    }
    let kept = kept_now(&first);

    // Kept at the heads the workspace still has: nothing to correct.
    let (same, patch) = Engine::open_kept(reopened(&first), Some(kept_now(&first)));
    assert!(patch.is_empty());
    assert_eq!(rows(same.snapshot()), rows(&page));

    // Changes made after the model was kept come as a patch of just those records.
    send(&mut first, &mut page, customer("Deniz Şahin"));
    let (later, patch) = Engine::open_kept(reopened(&first), Some(kept.clone()));
    assert!(!patch.reset);
    assert_eq!(patch.customers.len(), 1);
    let mut drawn = kept.1.clone();
    drawn.apply(patch);
    assert_eq!(rows(&drawn), rows(&page));
    assert_eq!(rows(later.snapshot()), rows(&page));

    // Kept by another copy (heads this workspace never had): rebuilt whole.
    let (other, _) = engine("Ece");
    let (rebuilt, patch) = Engine::open_kept(reopened(&other), Some(kept));
    assert!(patch.reset);
    assert_eq!(rows(rebuilt.snapshot()), rows(other.snapshot()));
}

#[test]
fn the_undo_stack_carries_over_to_the_engine_that_takes_over() {
    let (mut first, mut page) = engine("Ayşe");
    send(&mut first, &mut page, customer("Burak Yılmaz"));
    send(&mut first, &mut page, customer("Cem Öztürk"));
    let stack = decode(&encode(&first.undo_stack())).unwrap();
    let mut workspace = reopened(&first);
    let me = first.workspace().me().cloned().unwrap();
    workspace.identify(&me, "Ayşe").unwrap();
    let (mut next, _) = Engine::open_kept(workspace, Some(kept_now(&first)));
    assert_eq!(next.undo_state().depth, 0);
    next.restore_undo(stack);
    assert_eq!(next.undo_state(), first.undo_state());
    let reply = send(&mut next, &mut page, Request::Undo);
    assert!(
        matches!(
            reply.answer,
            Ok(Answer::Undone(UndoAction::CreatedCustomer(_)))
        ),
        "{:?}",
        reply.answer
    );
    assert_eq!(rows(&page).len(), 2, "Cem is taken back: {:?}", rows(&page));

    // A stack of another copy's changes is dropped.
    let (mut other, _) = engine("Ece");
    other.restore_undo(first.undo_stack());
    assert_eq!(other.undo_state().depth, 0);
}

/// The invitation codec and the QR code run in the engine (the page's binary holds
/// neither): a signal written is read back, pasted junk is refused, and nothing is written.
#[test]
fn the_engine_writes_and_reads_invitations_and_draws_their_qr_code() {
    use crate::protocol::{Signal, SignalError, SignalKind};
    let (mut engine, mut page) = engine("Ayşe");
    let signal = Signal {
        kind: SignalKind::Invitation,
        workspace_id: "w1".into(),
        device: "d1".into(),
        name: "Ayşe <b>".into(),
        sdp: "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n".into(),
    };
    let reply = send(&mut engine, &mut page, Request::WriteSignal(signal.clone()));
    assert!(!reply.wrote);
    let Ok(Answer::Text(text)) = reply.answer else {
        panic!("a text");
    };
    let read = send(
        &mut engine,
        &mut page,
        Request::ReadSignal(format!("> {text}\n")),
    );
    assert_eq!(read.answer, Ok(Answer::Signal(Ok(signal))));
    let junk = send(
        &mut engine,
        &mut page,
        Request::ReadSignal("merhaba".into()),
    );
    assert_eq!(
        junk.answer,
        Ok(Answer::Signal(Err(SignalError::NotASignal)))
    );
    let qr = send(&mut engine, &mut page, Request::QrCode(text));
    assert!(matches!(qr.answer, Ok(Answer::Svg(Some(svg))) if svg.contains("<svg")));
    assert!(!qr.wrote);
}
