//! The fuzzing loop: every kept input first (the corpus, then regressions), then `FUZZ_RUNS`
//! mutations of the pool. An input that panics, takes over a second, allocates beyond the
//! reader's cap, or breaks the reader's own check is written under `target/fuzz-failures/`
//! and fails the run, named so it can be kept as a regression (`tests/fuzz/corpus/`).

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::alloc;
use crate::mutate::{havoc, Rng};

/// Makes the next input from a parent and the pool (splice partners).
pub type Mutator = fn(&mut Rng, &[u8], &[Vec<u8>]) -> Vec<u8>;

/// One reader of outside bytes and what it must do with any input.
pub struct Reader {
    pub name: &'static str,
    /// Valid inputs to start from, made by the app's own writers.
    pub seeds: fn() -> Vec<Vec<u8>>,
    /// Makes the next input; [`havoc`] unless the format has checksums to keep right.
    pub mutate: Mutator,
    /// Reads one input. `Ok` names the outcome (kept inputs are those with new outcomes);
    /// `Err` says what the reader did wrong.
    pub read: fn(&[u8]) -> Result<String, String>,
    /// The most bytes one input may make live at once, for an input of this length.
    pub memory_cap: fn(usize) -> usize,
}

const SLOW: Duration = Duration::from_secs(1);
const POOL: usize = 512;

pub fn bytes(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    havoc(rng, input, others)
}

fn runs() -> usize {
    std::env::var("FUZZ_RUNS").ok().map_or(2_000, |n| {
        n.replace('_', "").parse().expect("FUZZ_RUNS is a number")
    })
}

fn seed(name: &str) -> u64 {
    let base: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .map_or(1, |n| n.parse().expect("FUZZ_SEED is a number"));
    name.bytes().fold(base ^ 0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

fn kept(name: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(name);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).expect("a corpus file reads"))
        .collect()
}

/// What one run found, printed at its end.
#[derive(Default)]
struct Figures {
    executions: usize,
    outcomes: BTreeMap<String, usize>,
    slowest: Duration,
    peak: usize,
    largest_input: usize,
}

pub fn fuzz(reader: &Reader) {
    let started = Instant::now();
    let mut rng = Rng::new(seed(reader.name));
    let mut pool: Vec<Vec<u8>> = (reader.seeds)();
    let seeds = pool.len();
    pool.extend(kept(reader.name));
    let kept = pool.len() - seeds;
    let mut figures = Figures::default();
    for input in pool.clone() {
        execute(reader, &input, &mut figures);
    }
    let runs = runs();
    for _ in 0..runs {
        let parent = rng.below(pool.len());
        let input = (reader.mutate)(&mut rng, &pool[parent], &pool);
        let fresh = execute(reader, &input, &mut figures);
        if fresh {
            match pool.len() < POOL {
                true => pool.push(input),
                false => pool[seeds + rng.below(POOL - seeds)] = input,
            }
        }
    }
    let outcomes: Vec<String> = figures
        .outcomes
        .iter()
        .map(|(outcome, n)| format!("{outcome} {n}"))
        .collect();
    println!(
        "fuzz {}: {} executions ({} seeds, {} kept inputs, {} mutations) in {:.1} s; \
         slowest {:.1} ms, peak {:.1} MiB, largest zeroed reservation {:.1} MiB, largest input \
         {} bytes; outcomes: {}",
        reader.name,
        figures.executions,
        seeds,
        kept,
        runs,
        started.elapsed().as_secs_f64(),
        figures.slowest.as_secs_f64() * 1e3,
        figures.peak as f64 / (1024.0 * 1024.0),
        alloc::largest_reserved() as f64 / (1024.0 * 1024.0),
        figures.largest_input,
        outcomes.join(", "),
    );
}

/// Runs one input; true when its outcome was new.
fn execute(reader: &Reader, input: &[u8], figures: &mut Figures) -> bool {
    let baseline = alloc::start();
    let started = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| (reader.read)(input)));
    let took = started.elapsed();
    let peak = alloc::peak_since(baseline);
    figures.executions += 1;
    figures.slowest = figures.slowest.max(took);
    figures.peak = figures.peak.max(peak);
    figures.largest_input = figures.largest_input.max(input.len());
    let cap = (reader.memory_cap)(input.len());
    let problem = match result {
        Err(_) => Some("panicked".to_owned()),
        Ok(Err(wrong)) => Some(wrong),
        Ok(Ok(_)) if took > SLOW => Some(format!("took {} ms", took.as_millis())),
        Ok(Ok(_)) if peak > cap => Some(format!("allocated {peak} bytes, over its cap of {cap}")),
        Ok(Ok(outcome)) => {
            let count = figures.outcomes.entry(outcome).or_default();
            *count += 1;
            return *count == 1;
        }
    };
    let problem = problem.expect("every other case returned");
    let path = save_failure(reader.name, input);
    panic!(
        "fuzz {}: an input {problem}; it is in {} (keep it under tests/fuzz/corpus/{}/ once fixed)",
        reader.name,
        path.display(),
        reader.name
    );
}

fn save_failure(name: &str, input: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("{name}-{hash:016x}"));
    std::fs::write(&path, input).expect("target/ is writable");
    path
}
