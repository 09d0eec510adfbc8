//! Host tests of peer-to-peer sync, and what they share: two browsers joined by a pipe
//! whose frames in flight can be lost when the connection drops.

use std::collections::VecDeque;

use super::*;
use crate::document::workspace::test_support::{copy_of, customer_names, workspace};
use crate::document::Workspace;

mod frames;
mod properties;
mod session;
mod signal;

/// One browser: its copy of the workspace and its session with the other.
pub(super) struct Side {
    pub(super) ws: Workspace,
    pub(super) session: PeerSession,
}

/// Two browsers and the frames in flight from each to the other.
pub(super) struct Pipe {
    pub(super) sides: [Side; 2],
    in_flight: [VecDeque<Vec<u8>>; 2],
    pub(super) errors: Vec<String>,
}

impl Pipe {
    /// Ayşe's workspace and a copy on Mehmet's browser, not connected yet.
    pub(super) fn new() -> Self {
        let ayse = workspace("Ayşe");
        let mehmet = copy_of(&ayse, "Mehmet");
        Self::between(ayse, mehmet)
    }

    pub(super) fn between(a: Workspace, b: Workspace) -> Self {
        let side = |ws| Side {
            ws,
            session: PeerSession::new(None),
        };
        Self {
            sides: [side(a), side(b)],
            in_flight: Default::default(),
            errors: Vec::new(),
        }
    }

    /// The channel opens on both sides.
    pub(super) fn open(&mut self) {
        for i in 0..2 {
            let side = &mut self.sides[i];
            let frames = side.session.on_open(&side.ws);
            self.in_flight[i].extend(frames);
        }
    }

    /// The channel drops: whatever was in flight is lost.
    pub(super) fn cut(&mut self) {
        for i in 0..2 {
            self.in_flight[i].clear();
            self.sides[i].session.on_close();
        }
    }

    /// Side `i` changed its workspace: its session offers the change.
    pub(super) fn local_change(&mut self, i: usize) {
        let side = &mut self.sides[i];
        let frames = side.session.on_local_change(&side.ws);
        self.in_flight[i].extend(frames);
    }

    /// Delivers up to `count` frames, alternating directions; returns how many went.
    pub(super) fn deliver(&mut self, count: usize) -> usize {
        let mut delivered = 0;
        while delivered < count {
            let mut moved = false;
            for from in 0..2 {
                let Some(frame) = self.in_flight[from].pop_front() else {
                    continue;
                };
                let to = 1 - from;
                let side = &mut self.sides[to];
                match side.session.on_frame(&frame, &mut side.ws) {
                    Ok(step) => self.in_flight[to].extend(step.frames),
                    Err(error) => self.errors.push(error.to_string()),
                }
                delivered += 1;
                moved = true;
            }
            if !moved {
                break;
            }
        }
        delivered
    }

    /// Delivers until nothing is in flight.
    pub(super) fn settle(&mut self) {
        while self.deliver(1_000) > 0 {}
    }

    /// Sends raw frames from side `from` to the other, as a hostile peer would.
    pub(super) fn inject(&mut self, from: usize, frames: Vec<Vec<u8>>) {
        self.in_flight[from].extend(frames);
    }

    pub(super) fn names(&self, i: usize) -> Vec<String> {
        customer_names(&self.sides[i].ws)
    }
}
