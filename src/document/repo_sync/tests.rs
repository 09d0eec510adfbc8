//! Host tests of live sync, and what they share: a small automerge-repo-like server (it
//! keeps plain Automerge documents by id and one sync state per peer, answers `join`, stores
//! what `sync` brings, says `doc-unavailable` to a `request` for a document it lacks, and
//! passes changes on to the other peers, as the stock sync server does), and a network of
//! clients whose messages in flight can be lost.

use std::collections::{HashMap, VecDeque};

use automerge::sync::{self, SyncDoc};
use automerge::Automerge;

use super::*;
use crate::document::workspace::test_support::{copy_of, customer_names, workspace};
use crate::document::Workspace;

mod codec;
mod fixtures;
mod identity;
mod properties;
mod refusals;
mod session;

pub(super) const SERVER: &str = "storage-server-test";

/// The server side of the protocol, in memory.
#[derive(Default)]
pub(super) struct Server {
    pub(super) docs: HashMap<String, Automerge>,
    /// Sync state per (peer, document), kept across connections like the real server
    /// does for peers with storage.
    states: HashMap<(String, String), sync::State>,
    connected: Vec<String>,
}

impl Server {
    /// Answers one client message with the messages to deliver, by recipient.
    fn receive(&mut self, bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let Ok(message) = decode(bytes) else {
            return Vec::new();
        };
        match message {
            RepoMessage::Join { sender_id, .. } => {
                if !self.connected.contains(&sender_id) {
                    self.connected.push(sender_id.clone());
                }
                for ((peer, _), state) in self.states.iter_mut() {
                    if *peer == sender_id {
                        *state = sync::State::decode(&state.encode()).unwrap();
                    }
                }
                let peer = RepoMessage::Peer {
                    sender_id: SERVER.into(),
                    target_id: sender_id.clone(),
                    peer_metadata: PeerMetadata::default(),
                    selected_protocol_version: PROTOCOL_VERSION.into(),
                };
                vec![(sender_id, peer.encode())]
            }
            RepoMessage::Request(m) if !self.docs.contains_key(&m.document_id) => {
                let answer = RepoMessage::DocUnavailable {
                    sender_id: SERVER.into(),
                    target_id: m.sender_id.clone(),
                    document_id: m.document_id,
                };
                vec![(m.sender_id, answer.encode())]
            }
            RepoMessage::Sync(m) | RepoMessage::Request(m) => {
                let doc = self.docs.entry(m.document_id.clone()).or_default();
                let key = (m.sender_id.clone(), m.document_id.clone());
                let state = self.states.entry(key).or_default();
                let message = sync::Message::decode(&m.data).unwrap();
                doc.receive_sync_message(state, message).unwrap();
                // Answer the sender, then pass changes on to every other connected peer.
                let mut peers = vec![m.sender_id.clone()];
                peers.extend(
                    self.connected
                        .iter()
                        .filter(|p| **p != m.sender_id)
                        .cloned(),
                );
                peers
                    .into_iter()
                    .filter_map(|peer| self.sync_message(&peer, &m.document_id))
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    fn sync_message(&mut self, peer: &str, document_id: &str) -> Option<(String, Vec<u8>)> {
        let doc = self.docs.get(document_id)?;
        let key = (peer.to_string(), document_id.to_string());
        let state = self.states.entry(key).or_default();
        let data = doc.generate_sync_message(state)?.encode();
        let message = RepoMessage::Sync(DocMessage {
            sender_id: SERVER.into(),
            target_id: peer.into(),
            document_id: document_id.into(),
            data,
        });
        Some((peer.to_string(), message.encode()))
    }

    fn disconnect(&mut self, peer: &str) {
        self.connected.retain(|p| p != peer);
    }
}

/// One device: its workspace and its session.
pub(super) struct Client {
    pub(super) ws: Workspace,
    pub(super) session: RepoSyncSession,
    pub(super) connected: bool,
}

/// A server and clients, with the messages in flight each way.
pub(super) struct Net {
    pub(super) server: Server,
    pub(super) clients: Vec<Client>,
    to_server: VecDeque<(usize, Vec<u8>)>,
    to_client: Vec<VecDeque<Vec<u8>>>,
    /// Every refusal a client reported.
    pub(super) errors: Vec<String>,
    /// Every message a client sent.
    pub(super) sent: Vec<Vec<u8>>,
}

impl Net {
    /// Clients holding copies of the same workspace, all syncing as `id`.
    pub(super) fn new(workspaces: Vec<Workspace>, id: DocumentId) -> Self {
        let clients: Vec<Client> = workspaces
            .into_iter()
            .enumerate()
            .map(|(i, ws)| Client {
                ws,
                session: RepoSyncSession::new(format!("client-{i}"), id, None),
                connected: false,
            })
            .collect();
        let to_client = clients.iter().map(|_| VecDeque::new()).collect();
        Self {
            server: Server::default(),
            clients,
            to_server: VecDeque::new(),
            to_client,
            errors: Vec::new(),
            sent: Vec::new(),
        }
    }

    /// Two copies of one workspace with a document id, syncing through a server.
    /// Two clients, both connected and settled.
    pub(super) fn connected_pair() -> Self {
        let mut net = Self::pair();
        net.connect(0);
        net.connect(1);
        net.settle();
        net
    }

    /// The names of client `i`'s customers, sorted.
    pub(super) fn names(&self, i: usize) -> Vec<String> {
        customer_names(&self.clients[i].ws)
    }

    pub(super) fn pair() -> Self {
        let mut a = workspace("Ayşe");
        let id = a.assign_repo_document_id().unwrap();
        let b = copy_of(&a, "Burak");
        Self::new(vec![a, b], id)
    }

    pub(super) fn connect(&mut self, i: usize) {
        let out = self.clients[i].session.on_open();
        self.clients[i].connected = true;
        self.send(i, out);
    }

    /// Drops the connection with everything in flight on it, both ways.
    pub(super) fn drop_connection(&mut self, i: usize) {
        self.to_server.retain(|(from, _)| *from != i);
        self.to_client[i].clear();
        self.clients[i].session.on_close();
        self.clients[i].connected = false;
        self.server.disconnect(&format!("client-{i}"));
    }

    /// After a local edit on client `i`.
    pub(super) fn local_change(&mut self, i: usize) {
        let client = &mut self.clients[i];
        let out = client.session.on_local_change(&client.ws);
        if client.connected {
            self.send(i, out);
        }
    }

    fn send(&mut self, i: usize, out: Vec<Outgoing>) {
        for message in out {
            self.sent.push(message.bytes());
            self.to_server.push_back((i, message.bytes()));
        }
    }

    /// Delivers one message, the next to the server or to a client; false when none is
    /// in flight.
    pub(super) fn deliver_one(&mut self) -> bool {
        if let Some((_, bytes)) = self.to_server.pop_front() {
            for (peer, reply) in self.server.receive(&bytes) {
                let i: usize = peer.trim_start_matches("client-").parse().unwrap();
                if self.clients[i].connected {
                    self.to_client[i].push_back(reply);
                }
            }
            return true;
        }
        for i in 0..self.clients.len() {
            if let Some(bytes) = self.to_client[i].pop_front() {
                self.deliver_to_client(i, &bytes);
                return true;
            }
        }
        false
    }

    pub(super) fn deliver_to_client(&mut self, i: usize, bytes: &[u8]) {
        let client = &mut self.clients[i];
        match client.session.on_message(bytes, &mut client.ws) {
            Ok(step) => self.send(i, step.outgoing),
            Err(error) => self.errors.push(error.to_string()),
        }
    }

    /// Delivers everything waiting for the server; false when nothing was.
    pub(super) fn deliver_to_server(&mut self) -> bool {
        if self.to_server.is_empty() {
            return false;
        }
        while !self.to_server.is_empty() {
            self.deliver_one();
        }
        true
    }

    /// Delivers until nothing is in flight.
    pub(super) fn settle(&mut self) {
        for _ in 0..10_000 {
            if !self.deliver_one() {
                return;
            }
        }
        panic!("the peers never stopped talking");
    }

    /// Messages waiting for client `i`, for tests that tamper with them.
    pub(super) fn inbox(&mut self, i: usize) -> &mut VecDeque<Vec<u8>> {
        &mut self.to_client[i]
    }
}
