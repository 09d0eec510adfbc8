//! vCard files in and out: the contacts a phone, iCloud or Outlook exports become customer
//! drafts, and customers become cards those programs import.
//!
//! Reading accepts versions 2.1, 3.0 and 4.0, several cards per file, folded lines,
//! property groups (`item1.EMAIL`) and 2.1's quoted-printable values in UTF-8 or the
//! Turkish code pages. Writing produces 4.0 by default, or 3.0 for programs that still
//! read only that (Outlook for Windows; iOS reads both but knows company cards by a 3.0
//! extension, which 3.0 output writes too).
//!
//! A small parser of our own, not a crate: `ical` keeps property groups in the name and
//! does not decode quoted-printable, `vcard_parser` reads only 4.0 and refuses the rest,
//! and `calcard` reads everything but brings time-zone tables and mail libraries into the
//! WebAssembly build.

mod decode;
mod lines;
mod read;
mod write;

// Property tests: proptest is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod round_trip;
#[cfg(test)]
mod tests;

use super::customer::CustomerDraft;
use super::validation::FieldError;

pub use write::{export, export_as, CardData, VcardVersion};

/// The largest file read: far above any address book, small enough to stay responsive.
pub const MAX_VCARD_BYTES: usize = 20 * 1024 * 1024;

/// Why a whole file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VcardError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds no vCard")]
    NotVcard,
    /// Card `card` (1-based) starts but never ends: the file was cut short.
    #[error("card {card} has no END:VCARD")]
    Unterminated { card: usize },
    #[error("the file is larger than {limit_bytes} bytes")]
    TooLarge { limit_bytes: usize },
}

/// One card that could not become a customer; the others are still imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardProblem {
    /// 1-based, in file order, counting every card.
    pub card: usize,
    pub reason: CardReason,
}

/// What is wrong with a card, for the UI to say in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardReason {
    /// No formatted name, no structured name and no organisation.
    NoName,
    /// The customer it describes breaks a rule (an invalid e-mail, a value too long, ...).
    Invalid(Vec<FieldError>),
}

/// Every card of a vCard file: a validated draft, or why the card was left out.
pub fn parse(text: &str) -> Result<Vec<Result<CustomerDraft, CardProblem>>, VcardError> {
    if text.len() > MAX_VCARD_BYTES {
        return Err(VcardError::TooLarge {
            limit_bytes: MAX_VCARD_BYTES,
        });
    }
    read_all(text)
}

/// [`parse`] for a file's bytes: UTF-8 (with or without a byte-order mark), or, when the
/// bytes are not UTF-8, Windows' Turkish code page, which older Outlooks write.
pub fn parse_bytes(bytes: &[u8]) -> Result<Vec<Result<CustomerDraft, CardProblem>>, VcardError> {
    if bytes.len() > MAX_VCARD_BYTES {
        return Err(VcardError::TooLarge {
            limit_bytes: MAX_VCARD_BYTES,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => read_all(text),
        // The limit is on what the user chose; decoding may grow it, harmlessly.
        Err(_) => read_all(&decode::windows_1254(bytes)),
    }
}

fn read_all(text: &str) -> Result<Vec<Result<CustomerDraft, CardProblem>>, VcardError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(VcardError::Empty);
    }
    let cards = lines::cards(lines::unfold(text))?;
    Ok(cards
        .iter()
        .enumerate()
        .map(|(i, card)| {
            read::draft(card).map_err(|reason| CardProblem {
                card: i + 1,
                reason,
            })
        })
        .collect())
}
