//! Writes a realistic sample workspace (see `rapport::document::sample`) to stdout as the
//! base64 text the app keeps in the browser, for the browser benchmark.
//!
//! `cargo run --release --example sample_workspace -- 1000 10000 > sample.txt`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use base64::Engine;
    use rapport::document::sample::{generate, SampleSize};

    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.parse::<usize>().expect("a number"));
    let customers = args.next().unwrap_or(1_000);
    let interactions = args.next().unwrap_or(10_000);
    let now = chrono::Utc::now().timestamp_millis();
    let workspace = generate(
        SampleSize {
            customers,
            interactions,
            colleagues: 4,
        },
        now,
        42,
    );
    let colleague = workspace
        .colleagues()
        .into_iter()
        .next()
        .expect("a colleague");
    // Line 1: the identity to sign in as; line 2: the saved workspace.
    println!("{}\t{}", colleague.id.0, colleague.name);
    println!(
        "{}",
        base64::engine::general_purpose::STANDARD.encode(workspace.save())
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
