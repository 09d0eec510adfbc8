//! Invitations and answers as text: round trips, and what pasting can do to them.

use super::*;

fn invitation() -> Signal {
    Signal {
        kind: SignalKind::Invitation,
        workspace_id: "w-1234".into(),
        device: "device-a".into(),
        name: "Ayşe Yılmaz <b>".into(),
        sdp: "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\na=candidate:1 1 udp 2122260223 192.168.1.20 54400 typ host\r\n".repeat(6),
    }
}

#[test]
fn an_invitation_survives_a_round_trip_and_is_short() {
    let signal = invitation();
    let text = signal.to_text();
    assert!(text.starts_with("RAPPORT-INVITATION-1."));
    assert!(
        text.len() < signal.sdp.len(),
        "deflated: {} bytes",
        text.len()
    );
    assert_eq!(Signal::parse(&text).unwrap(), signal);
    let answer = Signal {
        kind: SignalKind::Answer,
        ..signal
    };
    assert_eq!(Signal::parse(&answer.to_text()).unwrap(), answer);
}

#[test]
fn it_is_found_in_a_link_and_in_a_mail_that_wrapped_and_quoted_it() {
    let text = invitation().to_text();
    let link = format!("https://rapport.example/#/sync?invitation={text}");
    assert_eq!(Signal::parse(&link).unwrap(), invitation());
    let wrapped: Vec<String> = text
        .as_bytes()
        .chunks(40)
        .map(|c| format!("> {}", std::str::from_utf8(c).unwrap()))
        .collect();
    let mail = format!("Merhaba,\n\n{}\n\nSevgiler", wrapped.join("\n"));
    assert_eq!(Signal::parse(&mail).unwrap(), invitation());
}

#[test]
fn cut_altered_foreign_and_oversized_texts_are_refused_clearly() {
    let text = invitation().to_text();
    assert_eq!(Signal::parse(""), Err(SignalError::NotASignal));
    assert_eq!(
        Signal::parse("automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ"),
        Err(SignalError::NotASignal)
    );
    assert_eq!(
        Signal::parse(&text[..text.len() / 2]),
        Err(SignalError::Damaged)
    );
    let mut altered = text.clone().into_bytes();
    let last = altered.len() - 5;
    altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
    assert!(Signal::parse(std::str::from_utf8(&altered).unwrap()).is_err());
    // The kind inside must be the kind the prefix says.
    let inside_answer = Signal {
        kind: SignalKind::Answer,
        ..invitation()
    }
    .to_text();
    let relabelled = inside_answer.replace("RAPPORT-ANSWER-1.", "RAPPORT-INVITATION-1.");
    assert_eq!(Signal::parse(&relabelled), Err(SignalError::Damaged));
    let huge = format!("RAPPORT-INVITATION-1.{}", "A".repeat(MAX_SIGNAL_TEXT));
    assert_eq!(Signal::parse(&huge), Err(SignalError::TooLarge));
}

#[test]
fn a_small_text_that_inflates_to_megabytes_is_refused() {
    use std::io::Write;
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    deflate.write_all(&vec![b' '; 4 << 20]).unwrap();
    let bomb = deflate.finish().unwrap();
    use base64::Engine;
    let text = format!(
        "RAPPORT-ANSWER-1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    );
    assert!(text.len() < MAX_SIGNAL_TEXT, "{} bytes", text.len());
    assert_eq!(Signal::parse(&text), Err(SignalError::TooLarge));
}

#[test]
fn a_signal_without_a_session_description_is_refused() {
    let no_sdp = Signal {
        sdp: "hello".into(),
        ..invitation()
    };
    assert_eq!(Signal::parse(&no_sdp.to_text()), Err(SignalError::Damaged));
}
