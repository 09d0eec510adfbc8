//! Property: whatever the edits on both sides, cuts mid-sync, restarts from the kept sync
//! state and sync files from a third colleague, once connected and quiet all copies hold
//! the same changes and every customer anyone made.

use proptest::prelude::*;

use super::*;
use crate::document::workspace::test_support::customer;

#[derive(Clone, Debug)]
enum Op {
    Create(usize),
    Deliver(u8),
    Cut,
    Open,
    /// Both apps restart from their kept sync state (the connection drops too).
    Restart,
    /// The third colleague and side `i` swap sync files.
    Files(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..3usize).prop_map(Op::Create),
        4 => (1u8..6).prop_map(Op::Deliver),
        1 => Just(Op::Cut),
        2 => Just(Op::Open),
        1 => Just(Op::Restart),
        1 => (0..2usize).prop_map(Op::Files),
    ]
}

fn swap_files(a: &mut Workspace, b: &mut Workspace) {
    let to_b = a.export_sync_file(&[], None).unwrap();
    let to_a = b.export_sync_file(&[], None).unwrap();
    let incoming = b.read_sync_file(&to_b, None).unwrap();
    b.apply_sync_file(incoming).unwrap();
    let incoming = a.read_sync_file(&to_a, None).unwrap();
    a.apply_sync_file(incoming).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn peers_and_files_converge_with_no_customer_lost(ops in proptest::collection::vec(op(), 1..40)) {
        let mut pipe = Pipe::new();
        let mut third = copy_of(&pipe.sides[0].ws, "Cem");
        let mut made = Vec::new();
        let mut open = false;
        for (n, op) in ops.into_iter().enumerate() {
            match op {
                Op::Create(2) => {
                    made.push(format!("c{n}"));
                    customer(&mut third, &format!("c{n}"));
                }
                Op::Create(i) => {
                    made.push(format!("c{n}"));
                    customer(&mut pipe.sides[i].ws, &format!("c{n}"));
                    pipe.local_change(i);
                }
                Op::Deliver(k) => {
                    pipe.deliver(k.into());
                }
                Op::Cut => {
                    pipe.cut();
                    open = false;
                }
                Op::Open => {
                    pipe.open();
                    open = true;
                }
                Op::Restart => {
                    pipe.cut();
                    open = false;
                    for side in &mut pipe.sides {
                        side.session = PeerSession::new(Some(&side.session.sync_state_bytes()));
                    }
                }
                Op::Files(i) => {
                    swap_files(&mut pipe.sides[i].ws, &mut third);
                    pipe.local_change(i);
                }
            }
        }
        if !open {
            pipe.open();
        }
        pipe.local_change(0);
        pipe.local_change(1);
        pipe.settle();
        swap_files(&mut pipe.sides[0].ws, &mut third);
        pipe.local_change(0);
        pipe.settle();
        prop_assert!(pipe.errors.is_empty(), "{:?}", pipe.errors);
        made.sort();
        prop_assert_eq!(pipe.names(0), made.clone());
        prop_assert_eq!(pipe.names(1), made);
        let mut heads: Vec<_> = [&pipe.sides[0].ws, &pipe.sides[1].ws, &third]
            .iter()
            .map(|ws| { let mut h = ws.heads(); h.sort(); h })
            .collect();
        heads.dedup();
        prop_assert_eq!(heads.len(), 1);
    }
}
