//! Criterion benchmarks of bringing customers in: importing 10,000 records in one step,
//! into an empty workspace and into one that already holds them (every record a
//! duplicate), and listing likely duplicates over the whole workspace. Host only.

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use criterion::{criterion_group, BatchSize, Criterion};
    use rapport::document::Workspace;
    use rapport::domain::CustomerDraft;

    const NOW: i64 = 1_763_800_000_000;

    /// How many records a file holds (`RAPPORT_BENCH_RECORDS`, default 10,000).
    fn count() -> usize {
        std::env::var("RAPPORT_BENCH_RECORDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10_000)
    }

    fn clock() -> i64 {
        NOW
    }

    fn records() -> Vec<CustomerDraft> {
        (0..count())
            .map(|i| CustomerDraft {
                name: format!("Ayşe Yılmaz {i}"),
                company: format!("Yılmaz Tekstil {} A.Ş.", i % 500),
                emails: vec![format!("ayse{i}@ornek.com.tr")],
                phones: vec![format!(
                    "0532 {:03} {:02} {:02}",
                    i / 10_000,
                    (i / 100) % 100,
                    i % 100
                )],
                city: "İzmir".into(),
                tags: vec!["Fuar 2026".into()],
                ..CustomerDraft::default()
            })
            .collect()
    }

    fn empty() -> Workspace {
        let mut workspace = Workspace::new();
        workspace.set_clock(clock);
        workspace.join("Ayşe").unwrap();
        workspace
    }

    fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("import");
        group.sample_size(10);
        group.bench_function(
            "import 10,000 records into an empty workspace (read model included)",
            |b| {
                b.iter_batched(
                    || (empty(), records()),
                    |(mut workspace, records)| {
                        let known = workspace.snapshot();
                        workspace.import_customers(records, &known).unwrap()
                    },
                    BatchSize::LargeInput,
                )
            },
        );
        let mut full = empty();
        full.import_customers(records(), &full.snapshot()).unwrap();
        let known = full.snapshot();
        group.bench_function(
            "import the same 10,000 records again (all duplicates)",
            |b| {
                b.iter_batched(
                    || (full.fork(), records()),
                    |(mut workspace, records)| workspace.import_customers(records, &known).unwrap(),
                    BatchSize::LargeInput,
                )
            },
        );
        group.bench_function("likely duplicates among 10,500 customers", |b| {
            b.iter(|| known.likely_duplicates().len())
        });
        group.finish();
    }

    criterion_group!(import, benches);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    host::import();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
