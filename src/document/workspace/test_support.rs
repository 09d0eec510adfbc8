//! What the workspace's test modules share: a fixed clock, a joined workspace, a copy on
//! another device, and a customer made in one line.

use super::Workspace;
use crate::domain::{CustomerDraft, CustomerId};

pub(crate) fn clock() -> i64 {
    1_763_800_000_000
}

/// A new workspace joined by `name`, on the fixed clock.
pub(crate) fn workspace(name: &str) -> Workspace {
    let mut ws = Workspace::new();
    ws.set_clock(clock);
    ws.join(name).unwrap();
    ws
}

/// A copy of `ws` as another device would hold it after a full sync.
pub(crate) fn copy_of(ws: &Workspace, name: &str) -> Workspace {
    let mut other = Workspace::load(&ws.save()).unwrap();
    other.set_clock(clock);
    other.join(name).unwrap();
    other
}

/// A draft of a person with only a name.
pub(crate) fn person(name: &str) -> CustomerDraft {
    CustomerDraft {
        name: name.into(),
        ..Default::default()
    }
}

/// The names of `ws`'s customers, sorted.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn customer_names(ws: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = ws.customers().into_iter().map(|c| c.name).collect();
    names.sort();
    names
}

/// Creates a person with only a name.
pub(crate) fn customer(ws: &mut Workspace, name: &str) -> CustomerId {
    ws.create_customer(person(name)).unwrap()
}
