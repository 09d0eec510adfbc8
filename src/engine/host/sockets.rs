//! Live-sync connections held by the engine: the server's messages go straight into the
//! session and its answers straight back, so nothing a server sends (a whole workspace
//! when a colleague joins) passes through the page. The page keeps the user's choice, the
//! back-off and what it shows, and hears [`SocketNews`] in the order things happened.

use super::Host;
use crate::platform::{Socket, SocketEvent};
use crate::protocol::{Answer, FromEngine, Reply, Request, SocketCommand, SocketNews};

impl Host {
    pub(super) fn socket(&self, command: SocketCommand) {
        match command {
            SocketCommand::Open {
                session,
                connection,
                url,
            } => self.connect(session, connection, &url),
            SocketCommand::Close { session } => {
                // Dropped outside the borrow: closing may run the socket's own handlers.
                let closed = self.state.borrow_mut().sockets.remove(&session);
                drop(closed);
            }
        }
    }

    fn connect(&self, session: u64, connection: u64, url: &str) {
        let earlier = self.state.borrow_mut().sockets.remove(&session);
        drop(earlier);
        let host = self.clone();
        let opened = Socket::connect(url, move |event| host.on_socket(session, connection, event));
        match opened {
            Ok(socket) => {
                self.state
                    .borrow_mut()
                    .sockets
                    .insert(session, (connection, socket));
            }
            Err(reason) => self.tell(
                connection,
                SocketNews::Closed {
                    refused: Some(reason),
                },
            ),
        }
    }

    fn is_current(&self, session: u64, connection: u64) -> bool {
        self.state
            .borrow()
            .sockets
            .get(&session)
            .is_some_and(|(current, _)| *current == connection)
    }

    fn tell(&self, connection: u64, news: SocketNews) {
        (self.out)(FromEngine::Socket { connection, news });
    }

    fn on_socket(&self, session: u64, connection: u64, event: SocketEvent) {
        if !self.is_current(session, connection) {
            return;
        }
        match event {
            SocketEvent::Open => self.step(connection, Request::SessionOpened(session)),
            SocketEvent::Binary(bytes) => {
                self.step(connection, Request::SessionReceived { session, bytes })
            }
            SocketEvent::Text => self.tell(connection, SocketNews::Text),
            // The close event follows and decides.
            SocketEvent::Error => {}
            SocketEvent::Closed { .. } => {
                let closed = self.state.borrow_mut().sockets.remove(&session);
                // Dropped after this handler returns (the socket sees to that).
                drop(closed);
                self.tell(connection, SocketNews::Closed { refused: None });
            }
        }
    }

    /// Runs one step of the session for its connection; the page hears what changed and
    /// what the step did.
    fn step(&self, connection: u64, request: Request) {
        let Some((reply, chunk)) = self.run(request, None) else {
            return;
        };
        let Reply { patch, answer, .. } = reply;
        if !patch.is_empty() {
            (self.out)(FromEngine::Patch(Box::new(patch)));
        }
        if let Ok(Answer::Session(step)) = answer {
            self.tell(connection, SocketNews::Step(step));
        }
        if let Some(chunk) = chunk {
            self.write_chunk(chunk);
        }
    }

    /// Sends what a step of `session` has for its peer on the engine's connection, if it
    /// holds one (a direct-sync session's frames go back to the page, which relays them).
    pub(super) fn send_outgoing(&self, session: u64, reply: &mut Reply) {
        let Ok(Answer::Session(step)) = &mut reply.answer else {
            return;
        };
        let state = self.state.borrow();
        if let Some((_, socket)) = state.sockets.get(&session) {
            for message in std::mem::take(&mut step.outgoing) {
                socket.send(&message);
            }
        }
    }
}
