//! The readers fuzzed, grouped by where their bytes come from, and the workspaces they
//! read into: a colleague's copy, a newcomer's empty one, and another firm's.

pub mod imports;
pub mod live;
pub mod stored;
pub mod sync_files;

use rapport::document::sample::{generate, SampleSize};
use rapport::document::Workspace;
use rapport::domain::{CustomerDraft, InteractionDraft};

pub const NOW: i64 = 1_763_800_000_000;

fn clock() -> i64 {
    NOW
}

/// Built once per thread: a workspace, a colleague's copy with work of their own since
/// they split, and another firm's workspace.
pub struct Fixture {
    pub ours: Workspace,
    pub colleague: Workspace,
    pub other_firm: Workspace,
    pub newcomer: Workspace,
}

thread_local! {
    static FIXTURE: Fixture = Fixture::new();
}

pub fn with<T>(f: impl FnOnce(&Fixture) -> T) -> T {
    FIXTURE.with(f)
}

impl Fixture {
    fn new() -> Self {
        let size = SampleSize {
            customers: 8,
            interactions: 16,
            colleagues: 2,
        };
        let mut ours = generate(size, NOW, 1);
        ours.set_clock(clock);
        ours.assign_repo_document_id()
            .expect("a workspace takes a document id");
        let mut colleague = Workspace::load(&ours.save()).expect("a saved workspace loads");
        colleague.set_clock(clock);
        colleague.join("Zeynep Aydın").expect("a valid name");
        let customer = colleague
            .create_customer(CustomerDraft {
                name: "Çağrı \"Öztürk\" <b>&</b>".into(),
                city: "İzmir".into(),
                phones: vec!["+90 532 123 45 67".into()],
                ..CustomerDraft::default()
            })
            .expect("a valid customer");
        colleague
            .log_interaction(
                &customer,
                InteractionDraft {
                    summary: "Teklif gönderildi; KDV dahil".into(),
                    ..InteractionDraft::new(NOW - 1_000)
                },
            )
            .expect("a valid interaction");
        let mut other_firm = generate(size, NOW, 2);
        other_firm.set_clock(clock);
        Self {
            ours,
            colleague,
            other_firm,
            newcomer: Workspace::new(),
        }
    }
}

/// A result's variant name, e.g. `DamagedFile` of `DamagedFile` or `FileTooLarge { .. }`:
/// outcomes by kind, not by every value they carry.
pub fn kind(debug: &impl std::fmt::Debug) -> String {
    let text = format!("{debug:?}");
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    text[..end].to_owned()
}

/// Counts in outcome names grouped: none, one, a few, many.
pub fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2..=9 => "few",
        _ => "many",
    }
}

/// A workspace that refused an input must be exactly as it was.
pub fn unchanged(before: &Workspace, after: &Workspace) -> Result<(), String> {
    match before.heads() == after.heads() && before.save() == after.save() {
        true => Ok(()),
        false => Err("was refused but changed the workspace".into()),
    }
}

/// A workspace that took an input saves and loads again to the same document.
pub fn round_trips(workspace: &Workspace) -> Result<(), String> {
    let loaded = Workspace::load(&workspace.save())
        .map_err(|e| format!("was taken, then the workspace did not load again: {e}"))?;
    match loaded.heads() == workspace.heads() {
        true => Ok(()),
        false => Err("was taken, then the workspace loaded with other heads".into()),
    }
}
