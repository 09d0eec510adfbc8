//! The invitation and the answer two colleagues pass each other (by message, e-mail or QR
//! code) to open a direct connection: who is asking, for which workspace, and the browser's
//! WebRTC session description with its network candidates. As text it is a prefix naming
//! what it is, then the JSON deflated and in URL-safe base64, so that it survives being
//! pasted, wrapped by a mail program, or carried in a link's `#` part.

use std::io::{Read, Write};

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use flate2::{read::DeflateDecoder, write::DeflateEncoder, Compression};
use serde::{Deserialize, Serialize};

/// The longest text accepted (an invitation is well under 2 KB).
pub const MAX_SIGNAL_TEXT: usize = 32 * 1024;
/// The most JSON a signal may inflate to: no zip bomb gets further.
const MAX_JSON: u64 = 64 * 1024;
const MAX_NAME_CHARS: usize = 100;

const INVITATION: &str = "RAPPORT-INVITATION-1.";
const ANSWER: &str = "RAPPORT-ANSWER-1.";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignalKind {
    Invitation,
    Answer,
}

impl SignalKind {
    fn prefix(self) -> &'static str {
        match self {
            Self::Invitation => INVITATION,
            Self::Answer => ANSWER,
        }
    }
}

/// One side's half of the handshake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: SignalKind,
    /// The workspace it connects (an answer from another workspace is refused).
    pub workspace_id: String,
    /// The sender's browser: its sync state is kept under this id.
    pub device: String,
    /// The sender's name in the workspace, shown to the other side.
    pub name: String,
    /// The WebRTC session description (SDP), with every network candidate gathered.
    pub sdp: String,
}

impl Signal {
    /// The text to pass on.
    pub fn to_text(&self) -> String {
        let json = serde_json::to_vec(self).expect("a signal always serialises");
        let mut deflate = DeflateEncoder::new(Vec::new(), Compression::best());
        deflate
            .write_all(&json)
            .and_then(|()| deflate.flush())
            .expect("deflating into memory cannot fail");
        let packed = deflate.finish().expect("deflating into memory cannot fail");
        format!("{}{}", self.kind.prefix(), URL_SAFE_NO_PAD.encode(packed))
    }

    /// Finds an invitation or answer in pasted text: alone, inside a link, or wrapped over
    /// several lines by a mail program.
    pub fn parse(text: &str) -> Result<Self, SignalError> {
        if text.len() > MAX_SIGNAL_TEXT {
            return Err(SignalError::TooLarge);
        }
        let (kind, at) = [SignalKind::Invitation, SignalKind::Answer]
            .into_iter()
            .filter_map(|kind| text.find(kind.prefix()).map(|at| (kind, at)))
            .min_by_key(|&(_, at)| at)
            .ok_or(SignalError::NotASignal)?;
        let body = wrapped_body(&text[at + kind.prefix().len()..]);
        let packed = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| SignalError::Damaged)?;
        let mut json = Vec::new();
        DeflateDecoder::new(packed.as_slice())
            .take(MAX_JSON + 1)
            .read_to_end(&mut json)
            .map_err(|_| SignalError::Damaged)?;
        if json.len() as u64 > MAX_JSON {
            return Err(SignalError::TooLarge);
        }
        let signal: Self = serde_json::from_slice(&json).map_err(|_| SignalError::Damaged)?;
        let sound = signal.kind == kind
            && !signal.workspace_id.is_empty()
            && !signal.device.is_empty()
            && signal.name.chars().count() <= MAX_NAME_CHARS
            && signal.sdp.starts_with("v=0");
        if sound {
            Ok(signal)
        } else {
            Err(SignalError::Damaged)
        }
    }
}

/// The base64 after a prefix, put back together when a mail program wrapped it over lines
/// (and quoted them with `>`): it ends at the first line that is not wholly base64, such
/// as a blank line, or at the first other character.
fn wrapped_body(rest: &str) -> String {
    let base64 = |c: &char| c.is_ascii_alphanumeric() || *c == '-' || *c == '_';
    let mut body = String::new();
    for (i, line) in rest.lines().enumerate() {
        let line = if i == 0 {
            line.trim_end()
        } else {
            line.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
                .trim_end()
        };
        let run: String = line.chars().take_while(base64).collect();
        if run.is_empty() {
            break;
        }
        body.push_str(&run);
        if run.len() != line.len() {
            break;
        }
    }
    body
}

/// Why a pasted invitation or answer cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum SignalError {
    /// No invitation or answer in the text (an empty field, another app's text).
    #[error("this text holds no Rapport invitation or answer")]
    NotASignal,
    /// It starts like one but is cut short or altered (a copy that lost its end).
    #[error("this invitation or answer is incomplete or damaged; copy it again whole")]
    Damaged,
    /// Longer than any invitation Rapport makes.
    #[error("this text is too long to be an invitation or answer")]
    TooLarge,
}
