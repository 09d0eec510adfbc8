//! Sync files between colleagues: late, twice, out of order, damaged, foreign or never.

use rapport::document::heads_from_strings;
use rapport::protocol::{Answer, Request};

use super::super::device::answer_file;
use super::{Letter, World};

impl World {
    /// A file for a colleague with what they lack, as the app makes it: late, twice or
    /// never delivered, as it happens.
    pub(crate) fn send_file(&mut self, from: usize) {
        let to = self.dice.below(self.devices.len());
        if to == from {
            return;
        }
        let since = self.devices[from].received[to]
            .iter()
            .map(ToString::to_string)
            .collect();
        let bytes = answer_file(self.devices[from].send(Request::ExportSyncFile {
            since,
            passphrase: None,
        }));
        match self.dice.below(10) {
            0 => {} // never arrives
            1 => {
                self.mail.push(Letter {
                    to,
                    bytes: bytes.clone(),
                });
                self.mail.push(Letter { to, bytes });
            }
            _ => self.mail.push(Letter { to, bytes }),
        }
    }

    /// One file of those under way, whichever (out of order).
    pub(crate) fn deliver_file(&mut self) {
        if self.mail.is_empty() {
            return;
        }
        let letter = self.mail.swap_remove(self.dice.below(self.mail.len()));
        self.receive_file(letter.to, letter.bytes);
    }

    pub(crate) fn receive_file(&mut self, to: usize, bytes: Vec<u8>) {
        self.counts.files += 1;
        let device = &mut self.devices[to];
        let reply = device.send(Request::ReadSyncFile {
            bytes,
            passphrase: None,
        });
        let Ok(Answer::Preview(preview)) = reply.answer else {
            panic!("a colleague's file is read at {to}: {:?}", reply.answer);
        };
        let applied = device.send(Request::ApplySyncFile);
        assert!(applied.answer.is_ok(), "{:?}", applied.answer);
        if std::env::var("TRACE").is_ok() {
            eprintln!("  file to {to}: {:?}", preview.summary);
        }
        if preview.summary.waiting_for_earlier {
            device.waiting.push(preview.payload);
        } else if let Some(from) = self
            .devices
            .iter()
            .position(|d| d.me.0 == preview.header.from.id)
        {
            self.devices[to].received[from] = heads_from_strings(&preview.header.heads);
        }
        self.merge_waiting(to);
        if self.dice.below(10) < 8 {
            self.devices[to].store(&mut self.acknowledged);
        }
    }

    /// Merges the changes kept while earlier ones were missing; they go once nothing waits.
    pub(crate) fn merge_waiting(&mut self, to: usize) {
        let device = &mut self.devices[to];
        for bytes in device.waiting.clone() {
            assert!(device.send(Request::MergeBytes(bytes)).answer.is_ok());
        }
        if let Ok(Answer::Status {
            waiting_for_earlier: false,
            ..
        }) = device.send(Request::Status).answer
        {
            device.waiting.clear();
        }
    }

    /// A damaged file (cut short, or a byte flipped) or another workspace's: refused in
    /// words, the workspace byte for byte as it was.
    pub(crate) fn bad_file(&mut self, who: usize) {
        self.counts.bad_files += 1;
        let others: Vec<usize> = (0..self.devices.len()).filter(|d| *d != who).collect();
        let from = others[self.dice.below(others.len())];
        let mut bytes = answer_file(self.devices[from].send(Request::ExportSyncFile {
            since: Vec::new(),
            passphrase: None,
        }));
        // A copy with no work of its own takes a whole other workspace over (that is how
        // a newcomer joins): another workspace's file is refused only where there is work.
        let has_work = !self.devices[who].engine.workspace().has_no_work();
        match self.dice.below(3) {
            2 if has_work => bytes = self.foreign.clone(),
            0 | 2 => bytes.truncate(self.dice.below(bytes.len())),
            _ => {
                let at = self.dice.below(bytes.len());
                bytes[at] ^= 1 << self.dice.below(8);
            }
        }
        let device = &mut self.devices[who];
        let before = device.engine.workspace().save();
        let reply = device.send(Request::ReadSyncFile {
            bytes,
            passphrase: None,
        });
        // A flipped bit inside the compressed payload may still decode to the same
        // changes (a checksum catches the rest): then reading it is fine, and applying
        // it changes nothing new.
        if reply.answer.is_ok() {
            let applied = device.send(Request::ApplySyncFile);
            if std::env::var("TRACE").is_ok() {
                eprintln!("a damaged file was read and applied: {:?}", applied.answer);
            }
            return;
        }
        if std::env::var("TRACE").is_ok() {
            eprintln!("refused: {:?}", reply.answer);
        }
        assert!(!reply.wrote);
        assert_eq!(
            device.engine.workspace().save(),
            before,
            "a refused file changed the workspace"
        );
    }
}
