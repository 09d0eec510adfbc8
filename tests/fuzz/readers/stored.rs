//! What the browser's storage hands back: a whole saved workspace, and the changes saved
//! after it (IndexedDB chunks), which a damaged disk or another program may have changed.

use rapport::document::Workspace;

use super::{kind, round_trips, unchanged, with};
use crate::harness::{bytes, Reader};

pub const SAVED_WORKSPACE: Reader = Reader {
    name: "saved_workspace",
    seeds: saved_seeds,
    mutate: bytes,
    read: read_saved,
    memory_cap: stored_cap,
};

pub const SAVED_CHANGES: Reader = Reader {
    name: "saved_changes",
    seeds: change_seeds,
    mutate: bytes,
    read: read_changes,
    memory_cap: stored_cap,
};

fn stored_cap(len: usize) -> usize {
    48 * 1024 * 1024 + 100 * len
}

fn saved_seeds() -> Vec<Vec<u8>> {
    with(|f| {
        vec![
            f.ours.save(),
            f.colleague.save(),
            f.other_firm.save(),
            f.newcomer.save(),
        ]
    })
}

fn read_saved(input: &[u8]) -> Result<String, String> {
    match Workspace::load(input) {
        Err(error) => Ok(kind(&error)),
        Ok(workspace) => {
            round_trips(&workspace)?;
            let _ = (workspace.customers(), workspace.interactions());
            Ok(format!(
                "loaded, waiting {}",
                workspace.is_waiting_for_earlier_changes()
            ))
        }
    }
}

fn change_seeds() -> Vec<Vec<u8>> {
    with(|f| {
        vec![
            f.colleague.save_after(&f.ours.heads()),
            f.other_firm.save_after(&[]),
        ]
    })
}

/// Changes merged into our copy, as a start merges the chunks stored after the last
/// whole save.
fn read_changes(input: &[u8]) -> Result<String, String> {
    with(|f| {
        let mut copy = f.ours.fork();
        match copy.merge_bytes(input) {
            Err(error) => {
                unchanged(&f.ours, &copy)?;
                Ok(kind(&error))
            }
            Ok(changed) => {
                round_trips(&copy)?;
                let _ = (copy.customers(), copy.interactions());
                Ok(format!("changed {changed}"))
            }
        }
    })
}
