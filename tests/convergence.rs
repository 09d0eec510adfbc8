//! Property: replicas that make random edits and exchange sync files in any order, with
//! duplicates and drops, converge to the same workspace once everything is delivered, with
//! no created customer, logged interaction, commitment or deal lost; imports, merges of
//! two records and changes to several customers at once included. Commitments and deals
//! are made and edited on any replica, so several replicas add the schema extension on
//! their own.
//!
//! Files are made as the app makes them: for a colleague, with the changes after the heads
//! last received from that colleague. 200 cases by default; `PROPTEST_CASES=5000 cargo test
//! --release --test convergence` is the longer run.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rapport::document::{heads_from_strings, BulkChange, ChangeHash, Workspace};
use rapport::domain::{
    Code, CommitmentDraft, CommitmentId, CommitmentStatus, CommitmentUpdate, CustomerDraft,
    CustomerId, CustomerUpdate, DealDraft, DealId, DealStage, DealUpdate, InteractionDraft,
    InteractionId, Stage,
};

const REPLICAS: usize = 3;

#[derive(Clone, Debug)]
enum Step {
    Create {
        replica: usize,
        name: String,
    },
    Edit {
        replica: usize,
        customer: usize,
        city: String,
    },
    Tag {
        replica: usize,
        customer: usize,
        tag: String,
    },
    Stage {
        replica: usize,
        customer: usize,
        stage: usize,
    },
    Archive {
        replica: usize,
        customer: usize,
        archived: bool,
    },
    Log {
        replica: usize,
        customer: usize,
        summary: String,
    },
    Remove {
        replica: usize,
        interaction: usize,
    },
    /// A promise to a customer, or a task when the replica knows no customer.
    Promise {
        replica: usize,
        customer: usize,
    },
    /// Marks a commitment kept, broken or open, or moves its due day.
    Settle {
        replica: usize,
        commitment: usize,
        change: usize,
    },
    /// Records a quote for a customer, or moves a known deal to another stage.
    Deal {
        replica: usize,
        customer: usize,
        deal: usize,
        stage: usize,
    },
    /// Imports two records at once (one may already be there).
    Import {
        replica: usize,
        names: (String, String),
    },
    /// Merges one known customer into another, with one field taken from the merged one.
    Merge {
        replica: usize,
        keep: usize,
        other: usize,
    },
    /// Adds a tag to two customers at once.
    BulkTag {
        replica: usize,
        customers: (usize, usize),
        tag: String,
    },
    /// `from` makes a sync file for `to`; it travels until delivered (or never).
    Send {
        from: usize,
        to: usize,
    },
    /// One file in flight arrives; it stays in flight when duplicated, and is lost when
    /// dropped.
    Deliver {
        pick: usize,
        duplicate: bool,
        drop: bool,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let r = 0..REPLICAS;
    let word = "[a-zçğıöşüİ]{1,6}";
    prop_oneof![
        (r.clone(), word).prop_map(|(replica, name)| Step::Create { replica, name }),
        (r.clone(), any::<usize>(), word).prop_map(|(replica, customer, city)| Step::Edit {
            replica,
            customer,
            city
        }),
        (r.clone(), any::<usize>(), "[ab]").prop_map(|(replica, customer, tag)| Step::Tag {
            replica,
            customer,
            tag
        }),
        (r.clone(), any::<usize>(), 0..4usize).prop_map(|(replica, customer, stage)| Step::Stage {
            replica,
            customer,
            stage
        }),
        (r.clone(), any::<usize>(), any::<bool>()).prop_map(|(replica, customer, archived)| {
            Step::Archive {
                replica,
                customer,
                archived,
            }
        }),
        (r.clone(), any::<usize>(), word).prop_map(|(replica, customer, summary)| Step::Log {
            replica,
            customer,
            summary
        }),
        (r.clone(), any::<usize>()).prop_map(|(replica, interaction)| Step::Remove {
            replica,
            interaction
        }),
        (r.clone(), any::<usize>())
            .prop_map(|(replica, customer)| Step::Promise { replica, customer }),
        (r.clone(), any::<usize>(), 0..4usize).prop_map(|(replica, commitment, change)| {
            Step::Settle {
                replica,
                commitment,
                change,
            }
        }),
        (r.clone(), any::<usize>(), any::<usize>(), 0..5usize).prop_map(
            |(replica, customer, deal, stage)| Step::Deal {
                replica,
                customer,
                deal,
                stage
            }
        ),
        (r.clone(), (word, word)).prop_map(|(replica, names)| Step::Import { replica, names }),
        (r.clone(), any::<usize>(), any::<usize>()).prop_map(|(replica, keep, other)| {
            Step::Merge {
                replica,
                keep,
                other,
            }
        }),
        (r.clone(), (any::<usize>(), any::<usize>()), "[ab]").prop_map(
            |(replica, customers, tag)| Step::BulkTag {
                replica,
                customers,
                tag
            }
        ),
        (r.clone(), r).prop_map(|(from, to)| Step::Send { from, to }),
        (
            any::<usize>(),
            prop::bool::weighted(0.3),
            prop::bool::weighted(0.2)
        )
            .prop_map(|(pick, duplicate, drop)| Step::Deliver {
                pick,
                duplicate,
                drop
            }),
    ]
}

fn pick<T: Clone>(items: &[T], index: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[index % items.len()].clone())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200),
        ..ProptestConfig::default()
    })]

    #[test]
    fn replicas_converge_with_nothing_lost(steps in prop::collection::vec(step(), 1..40)) {
        // The first colleague starts the workspace; the others join with a first file.
        let mut replicas: Vec<Workspace> = (0..REPLICAS)
            .map(|i| {
                let mut w = Workspace::new();
                w.join(&format!("Colleague {i}")).unwrap();
                w
            })
            .collect();
        let invitation = replicas[0].export_sync_file(&[], None).unwrap();
        for replica in &mut replicas[1..] {
            let incoming = replica.read_sync_file(&invitation, None).unwrap();
            replica.apply_sync_file(incoming).unwrap();
        }
        // What each replica has seen of the others: ids it can edit.
        let mut customers: Vec<Vec<CustomerId>> = vec![Vec::new(); REPLICAS];
        let mut interactions: Vec<Vec<InteractionId>> = vec![Vec::new(); REPLICAS];
        let mut commitments: Vec<Vec<CommitmentId>> = vec![Vec::new(); REPLICAS];
        let mut deals: Vec<Vec<DealId>> = vec![Vec::new(); REPLICAS];
        let mut made_commitments = Vec::new();
        let mut made_deals = Vec::new();
        let mut created = Vec::new();
        let mut logged = Vec::new();
        let mut removed = Vec::new();
        // received[a][b]: the heads in the last file `a` received from `b`.
        let mut received: Vec<Vec<Vec<ChangeHash>>> = vec![vec![Vec::new(); REPLICAS]; REPLICAS];
        let mut in_flight: Vec<(usize, Vec<u8>)> = Vec::new();

        for step in steps {
            match step {
                Step::Create { replica, name } => {
                    let id = replicas[replica]
                        .create_customer(CustomerDraft { name, ..Default::default() })
                        .unwrap();
                    customers[replica].push(id.clone());
                    created.push(id);
                }
                Step::Edit { replica, customer, city } => {
                    if let Some(id) = pick(&customers[replica], customer) {
                        replicas[replica].update_customer(&id, CustomerUpdate::City(city)).unwrap();
                    }
                }
                Step::Tag { replica, customer, tag } => {
                    if let Some(id) = pick(&customers[replica], customer) {
                        let mut tags = replicas[replica].customer(&id).unwrap().tags;
                        tags.push(tag);
                        replicas[replica].update_customer(&id, CustomerUpdate::Tags(tags)).unwrap();
                    }
                }
                Step::Stage { replica, customer, stage } => {
                    if let Some(id) = pick(&customers[replica], customer) {
                        let stage = Stage::ALL_ACTIVE[stage];
                        replicas[replica].update_customer(&id, CustomerUpdate::Stage(stage, None)).unwrap();
                    }
                }
                Step::Archive { replica, customer, archived } => {
                    if let Some(id) = pick(&customers[replica], customer) {
                        replicas[replica].set_archived(&id, archived).unwrap();
                    }
                }
                Step::Log { replica, customer, summary } => {
                    if let Some(id) = pick(&customers[replica], customer) {
                        let draft = InteractionDraft { summary, ..InteractionDraft::new(1_700_000_000_000) };
                        let i = replicas[replica].log_interaction(&id, draft).unwrap();
                        interactions[replica].push(i.clone());
                        logged.push(i);
                    }
                }
                Step::Remove { replica, interaction } => {
                    if let Some(id) = pick(&interactions[replica], interaction) {
                        replicas[replica].remove_interaction(&id).unwrap();
                        removed.push(id);
                    }
                }
                Step::Promise { replica, customer } => {
                    let draft = match pick(&customers[replica], customer) {
                        Some(id) => CommitmentDraft::promise(id, "Söz", 1_700_000_000_000),
                        None => CommitmentDraft::task("İş", 1_700_000_000_000),
                    };
                    let id = replicas[replica].create_commitment(draft).unwrap();
                    commitments[replica].push(id.clone());
                    made_commitments.push(id);
                }
                Step::Settle { replica, commitment, change } => {
                    if let Some(id) = pick(&commitments[replica], commitment) {
                        let update = match change {
                            0 => CommitmentUpdate::Status(CommitmentStatus::Kept),
                            1 => CommitmentUpdate::Status(CommitmentStatus::Broken),
                            2 => CommitmentUpdate::Status(CommitmentStatus::Open),
                            _ => CommitmentUpdate::Due(1_700_000_000_000 + 86_400_000 * (commitment % 7) as i64),
                        };
                        replicas[replica].update_commitment(&id, update).unwrap();
                    }
                }
                Step::Deal { replica, customer, deal, stage } => {
                    match (stage, pick(&deals[replica], deal), pick(&customers[replica], customer)) {
                        (0, _, Some(customer)) | (_, None, Some(customer)) => {
                            let draft = DealDraft::quote(customer, "Teklif", "1.000");
                            let id = replicas[replica].create_deal(draft).unwrap();
                            deals[replica].push(id.clone());
                            made_deals.push(id);
                        }
                        (_, Some(id), _) => {
                            let stage = DealStage::ALL[stage % DealStage::ALL.len()];
                            let reason = Some(rapport::domain::LostReason::Price);
                            replicas[replica].update_deal(&id, DealUpdate::Stage(stage, reason)).unwrap();
                        }
                        _ => {}
                    }
                }
                Step::Import { replica, names: (first, second) } => {
                    let drafts = [first, second]
                        .map(|name| CustomerDraft { name, ..Default::default() })
                        .to_vec();
                    let known = replicas[replica].snapshot();
                    let outcome = replicas[replica].import_customers(drafts, &known).unwrap();
                    customers[replica].extend(outcome.added.iter().cloned());
                    created.extend(outcome.added);
                }
                Step::Merge { replica, keep, other } => {
                    let live = |id: &CustomerId| {
                        replicas[replica].customer(id).is_some_and(|c| c.merged_into.is_none())
                    };
                    if let (Some(keep), Some(other)) =
                        (pick(&customers[replica], keep), pick(&customers[replica], other))
                    {
                        if keep != other && live(&keep) && live(&other) {
                            let city = replicas[replica].customer(&other).unwrap().city;
                            replicas[replica]
                                .merge_customers(&keep, &other, vec![CustomerUpdate::City(city)])
                                .unwrap();
                        }
                    }
                }
                Step::BulkTag { replica, customers: (a, b), tag } => {
                    let ids: Vec<CustomerId> = [a, b]
                        .iter()
                        .filter_map(|i| pick(&customers[replica], *i))
                        .collect();
                    if !ids.is_empty() {
                        replicas[replica].change_customers(&ids, BulkChange::AddTag(tag)).unwrap();
                    }
                }
                Step::Send { from, to } => {
                    if from != to {
                        let file = replicas[from].export_sync_file(&received[from][to], None).unwrap();
                        in_flight.push((to, file));
                    }
                }
                Step::Deliver { pick, duplicate, drop } => {
                    if in_flight.is_empty() {
                        continue;
                    }
                    let index = pick % in_flight.len();
                    let (to, file) = if duplicate { in_flight[index].clone() } else { in_flight.remove(index) };
                    if drop {
                        continue;
                    }
                    let incoming = replicas[to].read_sync_file(&file, None).unwrap();
                    let header = incoming.header.clone();
                    replicas[to].apply_sync_file(incoming).unwrap();
                    let incoming = header;
                    let from = (0..REPLICAS)
                        .find(|r| replicas[*r].me().map(|c| c.0.as_str()) == Some(incoming.from.id.as_str()))
                        .unwrap();
                    received[to][from] = heads_from_strings(&incoming.heads);
                    customers[to] = replicas[to].customers().into_iter().map(|c| c.id).collect();
                    interactions[to] = replicas[to].interactions().into_iter().map(|i| i.id).collect();
                    commitments[to] = replicas[to].commitments().into_iter().map(|c| c.id).collect();
                    deals[to] = replicas[to].deals().into_iter().map(|d| d.id).collect();
                }
            }
        }

        // Finally everyone sends everyone a file of everything, then compare.
        for from in 0..REPLICAS {
            for to in 0..REPLICAS {
                if from != to {
                    let file = replicas[from].export_sync_file(&[], None).unwrap();
                    let incoming = replicas[to].read_sync_file(&file, None).unwrap();
                    replicas[to].apply_sync_file(incoming).unwrap();
                }
            }
        }
        let mut reference = replicas[0].customers();
        reference.sort_by(|a, b| a.id.cmp(&b.id));
        let mut reference_commitments = replicas[0].commitments();
        reference_commitments.sort_by(|a, b| a.id.cmp(&b.id));
        let mut reference_deals = replicas[0].deals();
        reference_deals.sort_by(|a, b| a.id.cmp(&b.id));
        for replica in &replicas[1..] {
            let mut other = replica.customers();
            other.sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(&other, &reference);
            let mut other = replica.commitments();
            other.sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(&other, &reference_commitments);
            let mut other = replica.deals();
            other.sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(&other, &reference_deals);
            let (mut mine, mut theirs) = (replica.heads(), replicas[0].heads());
            mine.sort();
            theirs.sort();
            prop_assert_eq!(mine, theirs);
            prop_assert!(!replica.is_waiting_for_earlier_changes());
        }
        for id in &created {
            prop_assert!(replicas[0].customer(id).is_some(), "customer {:?} lost", id);
        }
        for id in &made_commitments {
            prop_assert!(replicas[0].commitment(id).is_some(), "commitment {:?} lost", id);
        }
        for id in &made_deals {
            prop_assert!(replicas[0].deal(id).is_some(), "deal {:?} lost", id);
        }
        for id in &logged {
            let present = replicas[0].interaction(id).is_some();
            prop_assert_eq!(present, !removed.contains(id), "interaction {:?}", id);
        }
        // Every interaction is shown on the customer its record stands for now, on every
        // replica, whatever was merged into what and in which order.
        for replica in &replicas {
            let snapshot = replica.snapshot();
            for interaction in replica.interactions() {
                let shown_on = snapshot.current_id(&interaction.customer);
                prop_assert!(snapshot.customer(&shown_on).is_some(), "{:?} has no customer", interaction.id);
                prop_assert!(
                    snapshot.timeline(&shown_on).iter().any(|i| i.id == interaction.id),
                    "interaction {:?} not shown on {:?}", interaction.id, shown_on
                );
            }
        }
    }
}
