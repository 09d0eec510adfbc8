//! The file format: every bad file is refused with its own reason, and nothing panics.

use proptest::prelude::*;

use super::*;

fn header() -> SyncHeader {
    SyncHeader {
        workspace_id: "w".into(),
        from: Sender {
            id: "c".into(),
            name: "Ayşe".into(),
        },
        created_at: 1,
        heads: vec![],
        since: vec![],
        kdf: None,
    }
}

fn file() -> Vec<u8> {
    encode(header(), b"changes", None)
}

#[test]
fn a_file_round_trips() {
    let bytes = file();
    let parsed = SyncFile::parse(&bytes).unwrap();
    assert_eq!(parsed.header, header());
    assert_eq!(parsed.payload(None).unwrap(), b"changes");
    assert!(!parsed.is_encrypted());
}

#[test]
fn each_kind_of_bad_file_has_its_own_reason() {
    assert!(matches!(
        SyncFile::parse(b"PK\x03\x04 a zip file"),
        Err(DocumentError::NotASyncFile)
    ));
    assert!(matches!(
        SyncFile::parse(b""),
        Err(DocumentError::NotASyncFile)
    ));
    let bytes = file();
    assert!(matches!(
        SyncFile::parse(&bytes[..bytes.len() - 5]),
        Err(DocumentError::DamagedFile)
    ));
    let mut flipped = bytes.clone();
    flipped[20] ^= 0x40;
    assert!(matches!(
        SyncFile::parse(&flipped),
        Err(DocumentError::DamagedFile)
    ));
    let mut newer = bytes.clone();
    newer[8] = 9;
    assert!(matches!(
        SyncFile::parse(&newer),
        Err(DocumentError::NewerFile(9))
    ));
    let huge = vec![0u8; MAX_FILE_BYTES + 1];
    assert!(matches!(
        SyncFile::parse(&huge),
        Err(DocumentError::FileTooLarge { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = SyncFile::parse(&bytes).and_then(|f| f.payload(Some("x")));
    }

    #[test]
    fn mutated_files_are_refused_not_misread(index in 0usize..10_000, value in any::<u8>()) {
        let mut bytes = file();
        let index = index % bytes.len();
        prop_assume!(bytes[index] != value);
        bytes[index] = value;
        prop_assert!(SyncFile::parse(&bytes).is_err());
    }
}
