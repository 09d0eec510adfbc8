//! Messages cut into frames and put back together.

use super::*;

fn through(message: &[u8]) -> Vec<u8> {
    let mut inbox = Reassembler::default();
    let frames = split(message);
    let (last, rest) = frames.split_last().unwrap();
    for frame in rest {
        assert!(frame.len() <= FRAME_BYTES + 1);
        assert_eq!(inbox.push(frame).unwrap(), None);
    }
    inbox
        .push(last)
        .unwrap()
        .expect("the last frame completes the message")
}

#[test]
fn messages_of_every_size_come_back_whole() {
    for len in [
        0,
        1,
        FRAME_BYTES - 1,
        FRAME_BYTES,
        FRAME_BYTES + 1,
        3 * FRAME_BYTES + 7,
    ] {
        let message: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(through(&message), message, "{len} bytes");
        assert_eq!(split(&message).len(), len.div_ceil(FRAME_BYTES).max(1));
    }
}

#[test]
fn a_message_over_the_limit_is_dropped_and_the_next_one_read() {
    let mut inbox = Reassembler::with_limit(FRAME_BYTES + 10);
    let big = vec![7u8; 3 * FRAME_BYTES];
    let results: Vec<_> = split(&big).iter().map(|f| inbox.push(f)).collect();
    assert!(matches!(results[1], Err(PeerError::TooLarge(_))));
    assert!(results.iter().all(|r| !matches!(r, Ok(Some(_)))));
    let small = b"after".to_vec();
    assert_eq!(inbox.push(&split(&small)[0]).unwrap(), Some(small));
}

#[test]
fn empty_and_unknown_frames_are_refused() {
    let mut inbox = Reassembler::default();
    assert!(matches!(inbox.push(&[]), Err(PeerError::BadFrame)));
    assert!(matches!(inbox.push(&[9, 1, 2]), Err(PeerError::BadFrame)));
    assert_eq!(inbox.push(&[1, 42]).unwrap(), Some(vec![42]));
}
