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

#[test]
fn a_payload_that_inflates_far_beyond_its_size_is_refused_before_it_is_whole() {
    // 32 MiB of zeros deflate to about 32 KB: more than 64 times, and over 16 MiB.
    let bomb = encode(header(), &vec![0u8; 32 * 1024 * 1024], None);
    assert!(bomb.len() < 100 * 1024);
    let parsed = SyncFile::parse(&bomb).unwrap();
    assert!(matches!(
        parsed.payload(None),
        Err(DocumentError::Damaged(_))
    ));
    // A payload that compresses as changes do still reads.
    let changes: Vec<u8> = (0..200_000u32)
        .flat_map(|i| (i * 7919).to_le_bytes())
        .collect();
    let file = encode(header(), &changes, None);
    assert_eq!(
        SyncFile::parse(&file).unwrap().payload(None).unwrap(),
        changes
    );
}

/// `file` with its header's text edited, its length and checksum made right again.
fn with_header_edited(file: &[u8], from: &str, to: &str) -> Vec<u8> {
    let header_len = u32::from_le_bytes(file[12..16].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&file[16..16 + header_len]).unwrap();
    assert!(header.contains(from), "{header}");
    let header = header.replace(from, to);
    let mut out = file[..12].to_vec();
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&file[16 + header_len..file.len() - CHECKSUM]);
    let checksum = Sha256::digest(&out);
    out.extend_from_slice(&checksum);
    out
}

#[test]
fn a_header_that_claims_an_absurd_key_derivation_cost_is_refused_at_once() {
    let sealed = encode(header(), b"changes", Some("kırmızı elma"));
    let ours = format!("\"iterations\":{}", crypto::ITERATIONS);
    for absurd in ["0", "2000001", "4294967295"] {
        let file = with_header_edited(&sealed, &ours, &format!("\"iterations\":{absurd}"));
        let parsed = SyncFile::parse(&file).unwrap();
        assert!(
            matches!(
                parsed.payload(Some("kırmızı elma")),
                Err(DocumentError::DamagedFile)
            ),
            "{absurd}"
        );
    }
}
