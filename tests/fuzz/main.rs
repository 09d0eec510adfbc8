//! Fuzzing of every reader of outside bytes, on the stable toolchain: valid inputs made by
//! the app's own writers, mutated as AFL's havoc stage does (`mutate`), with a mutator for
//! sync files that keeps their checksums right so the damage reaches what lies inside.
//! Inputs with an outcome not seen before join the pool, a coarse stand-in for coverage.
//!
//! Each reader must: not panic, answer within a second, stay under its memory cap, leave a
//! workspace that refused an input byte for byte as it was, and leave one that took an
//! input able to save and load. `FUZZ_RUNS` mutations per reader (2,000 by default;
//! `make fuzz` runs 1,000,000 in the release build); `FUZZ_SEED` changes the sequence.
//! Every file under `tests/fuzz/corpus/<reader>/` (inputs that once failed) runs first.
#![cfg(not(target_arch = "wasm32"))]

mod alloc;
mod harness;
mod mutate;
mod readers;

use harness::fuzz;
use readers::{imports, live, stored, sync_files};

#[global_allocator]
static COUNTING: alloc::Counting = alloc::Counting;

#[test]
fn sync_file() {
    fuzz(&sync_files::SYNC_FILE);
}

#[test]
fn sync_file_inside() {
    fuzz(&sync_files::SYNC_FILE_INSIDE);
}

#[test]
fn encrypted_sync_file() {
    fuzz(&sync_files::ENCRYPTED_SYNC_FILE);
}

#[test]
fn csv() {
    fuzz(&imports::CSV);
}

#[test]
fn vcard() {
    fuzz(&imports::VCARD);
}

#[test]
fn backup_json() {
    fuzz(&imports::BACKUP_JSON);
}

#[test]
fn live_sync_message() {
    fuzz(&live::LIVE_SYNC_MESSAGE);
}

#[test]
fn peer_sync_frame() {
    fuzz(&live::PEER_SYNC_FRAME);
}

#[test]
fn peer_code() {
    fuzz(&live::PEER_CODE);
}

#[test]
fn saved_workspace() {
    fuzz(&stored::SAVED_WORKSPACE);
}

#[test]
fn saved_changes() {
    fuzz(&stored::SAVED_CHANGES);
}
