//! Property: whatever the edits, lost messages and reconnects, once everyone is connected
//! and quiet, every copy holds the same changes and the same customers.

use proptest::prelude::*;

use super::super::*;
use super::Net;
use crate::document::workspace::test_support::{copy_of, customer, workspace};

#[derive(Clone, Debug)]
enum Op {
    /// A new customer on a device, then what its session sends.
    Create(usize),
    /// A device renames its first customer.
    Rename(usize, u8),
    /// Delivers up to this many messages in flight.
    Deliver(u8),
    /// The connection drops with everything in flight.
    Drop(usize),
    /// The device reconnects.
    Connect(usize),
    /// The app restarts from its saved sync state (the connection drops too).
    Restart(usize),
}

fn op(replicas: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..replicas).prop_map(Op::Create),
        2 => (0..replicas, any::<u8>()).prop_map(|(i, n)| Op::Rename(i, n)),
        4 => (1u8..8).prop_map(Op::Deliver),
        1 => (0..replicas).prop_map(Op::Drop),
        2 => (0..replicas).prop_map(Op::Connect),
        1 => (0..replicas).prop_map(Op::Restart),
    ]
}

fn scenario() -> impl Strategy<Value = (usize, Vec<Op>)> {
    (2usize..=3).prop_flat_map(|n| (Just(n), proptest::collection::vec(op(n), 1..40)))
}

fn customers(net: &Net, i: usize) -> Vec<(String, String)> {
    let mut all: Vec<_> = net.clients[i]
        .ws
        .customers()
        .into_iter()
        .map(|c| (c.id.0, c.name))
        .collect();
    all.sort();
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn copies_converge_through_drops_and_reconnects((replicas, ops) in scenario()) {
        let mut first = workspace("Ayşe");
        let id = first.assign_repo_document_id().unwrap();
        let mut copies = vec![first];
        for i in 1..replicas {
            copies.push(copy_of(&copies[0], &format!("Colleague {i}")));
        }
        let mut net = Net::new(copies, id);
        for op in ops {
            match op {
                Op::Create(i) => {
                    customer(&mut net.clients[i].ws, &format!("Customer of {i}"));
                    net.local_change(i);
                }
                Op::Rename(i, n) => {
                    if let Some(c) = net.clients[i].ws.customers().first().cloned() {
                        let update = crate::domain::CustomerUpdate::Name(format!("Renamed {n}"));
                        net.clients[i].ws.update_customer(&c.id, update).unwrap();
                        net.local_change(i);
                    }
                }
                Op::Deliver(n) => {
                    for _ in 0..n {
                        net.deliver_one();
                    }
                }
                Op::Drop(i) => net.drop_connection(i),
                Op::Connect(i) => {
                    if !net.clients[i].connected {
                        net.connect(i);
                    }
                }
                Op::Restart(i) => {
                    net.drop_connection(i);
                    let saved = net.clients[i].session.sync_state_bytes();
                    net.clients[i].session = RepoSyncSession::new(format!("client-{i}"), id, Some(&saved));
                }
            }
        }
        for i in 0..replicas {
            if !net.clients[i].connected {
                net.connect(i);
            }
        }
        net.settle();
        // Someone who only listened may still hold news for the others: one more round.
        for i in 0..replicas {
            net.local_change(i);
        }
        net.settle();
        prop_assert!(net.errors.is_empty(), "{:?}", net.errors);
        for i in 1..replicas {
            prop_assert_eq!(net.clients[i].ws.heads(), net.clients[0].ws.heads());
            prop_assert_eq!(customers(&net, i), customers(&net, 0));
        }
        for i in 0..replicas {
            prop_assert!(net.clients[i].session.is_in_sync(&net.clients[i].ws));
        }
    }
}
