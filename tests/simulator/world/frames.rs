//! Direct sync between colleagues: frames dropped, duplicated and reordered, connections
//! cut and opened again.

use rapport::protocol::{Answer, Reply, Request, SessionKind};

use super::{Frame, World};

impl World {
    pub(crate) fn session(a: usize, b: usize) -> u64 {
        let (low, high) = (a.min(b), a.max(b));
        (low * 10 + high) as u64
    }

    /// Opens direct sync between `a` and another colleague (both pages start a session,
    /// from the sync state each kept).
    pub(crate) fn connect(&mut self, a: usize) {
        let b = self.dice.below(self.devices.len());
        let (low, high) = (a.min(b), a.max(b));
        if a == b || self.open[low][high] {
            return self.local_change(a);
        }
        self.open[low][high] = true;
        let session = Self::session(a, b);
        for (me, peer) in [(a, b), (b, a)] {
            let saved = self.devices[me].sync_states[peer].clone();
            let device = &mut self.devices[me];
            device.send(Request::SessionStart {
                session,
                kind: SessionKind::Peer,
                saved,
            });
            let reply = device.send(Request::SessionOpened(session));
            self.sent(me, peer, reply);
        }
    }

    /// A device's workspace changed: what its open sessions should send now.
    pub(crate) fn local_change(&mut self, a: usize) {
        for b in 0..self.devices.len() {
            let (low, high) = (a.min(b), a.max(b));
            if a != b && self.open[low][high] {
                let reply = self.devices[a].send(Request::SessionLocalChange(Self::session(a, b)));
                self.sent(a, b, reply);
            }
        }
    }

    pub(crate) fn sent(&mut self, from: usize, to: usize, reply: Reply) {
        if let Ok(Answer::Session(step)) = reply.answer {
            self.devices[from].sync_states[to] = Some(step.sync_state);
            for bytes in step.outgoing {
                self.frames.push(Frame { from, to, bytes });
            }
        }
        if reply.wrote && self.dice.below(10) < 8 {
            self.devices[from].store(&mut self.acknowledged);
        }
    }

    /// One frame under way, whichever: delivered, dropped or delivered twice.
    pub(crate) fn deliver_frame(&mut self) {
        if self.frames.is_empty() {
            return;
        }
        let index = self.dice.below(self.frames.len());
        let frame = match self.dice.below(10) {
            0 => return drop(self.frames.swap_remove(index)),
            1 => {
                let f = &self.frames[index];
                Frame {
                    from: f.from,
                    to: f.to,
                    bytes: f.bytes.clone(),
                }
            }
            _ => self.frames.swap_remove(index),
        };
        self.counts.frames += 1;
        let (from, to) = (frame.from, frame.to);
        let reply = self.devices[to].send(Request::SessionReceived {
            session: Self::session(from, to),
            bytes: frame.bytes,
        });
        self.sent(to, from, reply);
    }

    /// The connection between `a` and a colleague drops; frames under way are lost.
    pub(crate) fn cut(&mut self, a: usize) {
        let b = self.dice.below(self.devices.len());
        let (low, high) = (a.min(b), a.max(b));
        if a == b || !self.open[low][high] {
            return;
        }
        self.close(a, b);
    }

    pub(crate) fn close(&mut self, a: usize, b: usize) {
        let (low, high) = (a.min(b), a.max(b));
        self.open[low][high] = false;
        let session = Self::session(a, b);
        self.frames
            .retain(|f| !((f.from == a && f.to == b) || (f.from == b && f.to == a)));
        for me in [a, b] {
            self.devices[me].send(Request::SessionEnd(session));
        }
    }
}
