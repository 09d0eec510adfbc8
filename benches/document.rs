//! Criterion benchmarks of the document layer and the relationship metrics on a realistic
//! workspace (10,000 customers, 100,000 interactions, 15,000 deals, 10,000 commitments,
//! 4 colleagues by default; `RAPPORT_BENCH_CUSTOMERS` and
//! `RAPPORT_BENCH_INTERACTIONS` change it). Run with `make bench`. Host only.

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::time::Instant;

    use criterion::{criterion_group, Criterion};
    use rapport::document::sample::{generate, SampleSize};
    use rapport::document::{ListQuery, Workspace};
    use rapport::domain::{Currency, DealDraft, InteractionDraft, Segment, Today, DAY_MS};

    const NOW: i64 = 1_763_800_000_000;

    fn size() -> SampleSize {
        let env = |name: &str, default: usize| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        SampleSize {
            customers: env("RAPPORT_BENCH_CUSTOMERS", 10_000),
            interactions: env("RAPPORT_BENCH_INTERACTIONS", 100_000),
            colleagues: 4,
        }
    }

    fn benches(c: &mut Criterion) {
        let size = size();
        let started = Instant::now();
        let mut workspace = generate(size, NOW, 42);
        let bytes = workspace.save();
        println!(
        "workload: {} customers, {} interactions, {} colleagues; generated in {:.1} s; saved {} KB",
        size.customers,
        size.interactions,
        size.colleagues,
        started.elapsed().as_secs_f64(),
        bytes.len() / 1024
    );
        let mut group = c.benchmark_group("document");
        group.sample_size(10);

        group.bench_function("load the saved workspace", |b| {
            b.iter(|| Workspace::load(&bytes).unwrap())
        });
        // A start asks this of the kept read model's heads before trusting it.
        let heads = workspace.heads();
        group.bench_function("know the kept read model's heads", |b| {
            b.iter(|| heads.iter().all(|h| workspace.knows_change(h)))
        });
        group.bench_function("read the snapshot (typed read model)", |b| {
            b.iter(|| workspace.snapshot())
        });
        let snapshot = workspace.snapshot();
        group.bench_function("search keystroke over all customers", |b| {
            let query = ListQuery {
                text: "ayse izmir".into(),
                ..ListQuery::default()
            };
            b.iter(|| snapshot.list(&query).len())
        });
        // The first letter typed: most customers match, so the order matters most.
        group.bench_function("search keystroke, one letter (most match)", |b| {
            let query = ListQuery {
                text: "a".into(),
                ..ListQuery::default()
            };
            b.iter(|| snapshot.list(&query).len())
        });
        let today = Today::starting_at(NOW - NOW.rem_euclid(DAY_MS));
        println!(
            "{} deals, {} commitments",
            workspace.deals().len(),
            workspace.commitments().len()
        );
        group.bench_function("at-risk list (health of every customer)", |b| {
            b.iter(|| snapshot.at_risk(today).len())
        });
        group.bench_function("Pareto view and top 10 customers", |b| {
            b.iter(|| {
                let pareto = snapshot.pareto(Currency::TRY);
                (
                    pareto.top.len(),
                    snapshot.top_customers(Currency::TRY, 10).len(),
                )
            })
        });
        group.bench_function("RFM segments, filtered to champions", |b| {
            b.iter(|| {
                snapshot
                    .in_segment(Segment::Champions, Currency::TRY, today)
                    .len()
            })
        });
        group.bench_function("today view of every colleague's commitments", |b| {
            b.iter(|| snapshot.agenda(today, None).overdue.len())
        });
        group.bench_function("dashboard: funnel and 12 weeks of activity", |b| {
            b.iter(|| {
                (
                    snapshot.stage_counts(),
                    snapshot.weekly_activity(today, 12).len(),
                )
            })
        });
        let customer = workspace.customers()[0].id.clone();
        group.bench_function("record a deal and refresh the snapshot", |b| {
            let mut snapshot = snapshot.clone();
            b.iter(|| {
                let before = workspace.heads();
                workspace
                    .create_deal(DealDraft::quote(customer.clone(), "Bakım", "1000"))
                    .unwrap();
                snapshot.apply(workspace.patch_since(&before));
            })
        });
        group.bench_function("log an interaction and take its incremental bytes", |b| {
            b.iter(|| {
                let before = workspace.heads();
                workspace
                    .log_interaction(&customer, InteractionDraft::new(NOW))
                    .unwrap();
                workspace.save_after(&before)
            })
        });

        // A sync file of 100 new interactions, as a colleague who has everything else gets it.
        let mut colleague = Workspace::load(&workspace.save()).unwrap();
        colleague
            .identify(&workspace.colleagues()[1].id, "Mehmet")
            .unwrap();
        let known = workspace.heads();
        for _ in 0..100 {
            workspace
                .log_interaction(&customer, InteractionDraft::new(NOW))
                .unwrap();
        }
        let file = workspace.export_sync_file(&known, None).unwrap();
        println!("sync file of 100 new interactions: {} bytes", file.len());
        group.bench_function("export a sync file of 100 new interactions", |b| {
            b.iter(|| workspace.export_sync_file(&known, None).unwrap())
        });
        group.bench_function("preview a sync file of 100 new interactions", |b| {
            b.iter(|| colleague.read_sync_file(&file, None).unwrap())
        });
        // The same changes as another tab's write or a backup's tail: a merge of bytes.
        let changes = workspace.save_after(&known);
        group.bench_function("merge the bytes of 100 new interactions", |b| {
            b.iter_batched(
                || colleague.fork(),
                |mut copy| copy.merge_bytes(&changes).unwrap(),
                criterion::BatchSize::LargeInput,
            )
        });
        group.bench_function("read and apply a sync file of 100 new interactions", |b| {
            b.iter_batched(
                || colleague.fork(),
                |mut copy| {
                    let incoming = copy.read_sync_file(&file, None).unwrap();
                    copy.apply_sync_file(incoming).unwrap()
                },
                criterion::BatchSize::LargeInput,
            )
        });
        group.finish();
    }

    criterion_group!(document, benches);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    host::document();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
