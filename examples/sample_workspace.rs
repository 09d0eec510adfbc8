//! Writes a realistic sample workspace (see `rapport::document::sample`) to stdout as the
//! base64 text the app keeps in the browser, for the browser benchmark, and a sync file of
//! 100 new interactions a colleague logged on top of it.
//!
//! `cargo run --release --example sample_workspace -- 1000 10000 [compacted] > sample.txt`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use base64::Engine;
    use rapport::document::sample::{generate_with, SampleSize};
    use rapport::domain::InteractionDraft;

    // A third argument `compacted` writes the same records in commits of 1,000.
    let default = SampleSize {
        customers: 1_000,
        interactions: 10_000,
        colleagues: 4,
    };
    let (size, history) = SampleSize::from_args(std::env::args().skip(1), default);
    let now = chrono::Utc::now().timestamp_millis();
    let workspace = generate_with(size, now, 42, history);
    let colleague = workspace
        .colleagues()
        .into_iter()
        .next()
        .expect("a colleague");
    // A second colleague logs 100 interactions on customers across the list and sends them.
    let known = workspace.heads();
    let mut other = workspace.fork();
    let sender = &workspace.colleagues()[1];
    other
        .identify(&sender.id, &sender.name)
        .expect("an identity");
    let list = other.customers();
    for i in 0..100 {
        let customer = &list[(i * 97) % list.len()].id;
        let mut draft = InteractionDraft::new(now - (i as i64) * 60_000);
        draft.summary = format!("Takip görüşmesi {}", i + 1);
        other
            .log_interaction(customer, draft)
            .expect("an interaction");
    }
    let file = other.export_sync_file(&known, None).expect("a sync file");
    let base64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    // Line 1: the identity to sign in as; line 2: the saved workspace; line 3: the file.
    println!("{}\t{}", colleague.id.0, colleague.name);
    println!("{}", base64(&workspace.save()));
    println!("{}", base64(&file));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
