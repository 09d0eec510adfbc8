//! How far one Automerge document carries: generates a workspace of the given size and
//! prints, once each, what the engine does with it at a start and on a sync file, with
//! the process's peak memory. For sizes where criterion's repeated runs take too long.
//!
//! `cargo run --release --example scale_probe -- 100000 1000000 [compacted]`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use rapport::document::sample::{generate_with, SampleSize};
    use rapport::document::{ListQuery, Workspace};
    use rapport::domain::InteractionDraft;

    // A third argument `compacted` writes the same records in commits of 1,000.
    let default = SampleSize {
        customers: 100_000,
        interactions: 1_000_000,
        colleagues: 4,
    };
    let (size, history) = SampleSize::from_args(std::env::args().skip(1), default);
    let now = chrono::Utc::now().timestamp_millis();
    // The peak resident memory so far, as Linux counts it.
    let peak = || {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
            })
            .unwrap_or_else(|| "n/a".into())
    };
    let timed = |what: &str, started: Instant| {
        println!(
            "{what}: {:.1} ms (peak memory {})",
            started.elapsed().as_secs_f64() * 1000.0,
            peak()
        );
    };

    let started = Instant::now();
    let mut workspace = generate_with(size, now, 42, history);
    timed(
        &format!(
            "generated {} customers, {} interactions ({history:?})",
            size.customers, size.interactions
        ),
        started,
    );
    let started = Instant::now();
    let bytes = workspace.save();
    timed(&format!("saved {} KB", bytes.len() >> 10), started);

    let started = Instant::now();
    let loaded = Workspace::load(&bytes).expect("the saved workspace loads");
    timed("loaded the saved workspace", started);
    let started = Instant::now();
    let snapshot = loaded.snapshot();
    timed("built the read model", started);
    let started = Instant::now();
    let query = ListQuery {
        text: "ayse izmir".into(),
        ..ListQuery::default()
    };
    let found = snapshot.list(&query).len();
    timed(&format!("searched \"ayse izmir\" ({found} found)"), started);
    drop(loaded);

    // A colleague who has everything receives 100 new interactions.
    let mut colleague = workspace.fork();
    let other = workspace.colleagues()[1].clone();
    colleague
        .identify(&other.id, &other.name)
        .expect("an identity");
    let known = workspace.heads();
    let customer = workspace.customers()[0].id.clone();
    for _ in 0..100 {
        workspace
            .log_interaction(&customer, InteractionDraft::new(now))
            .expect("an interaction");
    }
    let started = Instant::now();
    let file = workspace
        .export_sync_file(&known, None)
        .expect("a sync file");
    timed(
        &format!(
            "exported a sync file of 100 interactions ({} KB)",
            file.len() >> 10
        ),
        started,
    );
    let started = Instant::now();
    let incoming = colleague.read_sync_file(&file, None).expect("it reads");
    timed("previewed it", started);
    let started = Instant::now();
    colleague.apply_sync_file(incoming).expect("it applies");
    timed("applied it", started);
    drop(colleague);

    // A new colleague joins from a file of the whole workspace.
    let started = Instant::now();
    let whole = workspace.export_sync_file(&[], None).expect("a sync file");
    timed(
        &format!("exported the whole workspace ({} KB)", whole.len() >> 10),
        started,
    );
    let mut newcomer = Workspace::new();
    newcomer.join("Yeni Arkadaş").expect("a name");
    let before = newcomer.heads();
    let started = Instant::now();
    let incoming = newcomer.read_sync_file(&whole, None).expect("it reads");
    timed("a newcomer previewed it", started);
    let started = Instant::now();
    newcomer.apply_sync_file(incoming).expect("it applies");
    timed("joined from it", started);
    let started = Instant::now();
    let records = newcomer.patch_since(&before).records();
    timed(
        &format!("read the joined read model ({records} records)"),
        started,
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
