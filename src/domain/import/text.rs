//! Turning a file's bytes into text: the encodings a customer list arrives in (UTF-8 with
//! or without a BOM, Excel's "Unicode text" in UTF-16, Turkish Windows' code page), and
//! refusing what is not a text file at all.

use super::{cp1254, ImportError};

/// The largest file read: far above any customer list, low enough for a browser tab.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// How much of the start is checked for binary content.
const SNIFF_BYTES: usize = 1024;

/// The encoding a file was read in, for the preview ("read as Windows-1254").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    /// UTF-8 starting with a byte order mark (Excel's "CSV UTF-8", HubSpot).
    Utf8Bom,
    /// UTF-16 with a byte order mark: Excel's "Unicode text".
    Utf16Le,
    Utf16Be,
    /// Not UTF-8: what Excel writes on a Turkish Windows.
    Windows1254,
}

/// A file's text and the encoding it was read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// Reads `bytes` as text. A BOM decides; otherwise valid UTF-8 is UTF-8 and anything else
/// is Windows-1254, which reads every byte (a spreadsheet from a Turkish Windows).
pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            limit_bytes: MAX_FILE_BYTES,
        });
    }
    let (text, encoding) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (utf8(rest)?, Encoding::Utf8Bom),
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be),
        _ => {
            check_not_binary(bytes.iter().take(SNIFF_BYTES).map(|&b| u32::from(b)))?;
            match std::str::from_utf8(bytes) {
                Ok(text) => (text.to_owned(), Encoding::Utf8),
                Err(_) => (cp1254::decode(bytes), Encoding::Windows1254),
            }
        }
    };
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    if matches!(
        encoding,
        Encoding::Utf16Le | Encoding::Utf16Be | Encoding::Utf8Bom
    ) {
        check_not_binary(text.chars().take(SNIFF_BYTES).map(u32::from))?;
    }
    Ok(Decoded { text, encoding })
}

/// After a UTF-8 BOM the rest must be UTF-8: a BOM before junk is not a CSV.
fn utf8(bytes: &[u8]) -> Result<String, ImportError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|_| ImportError::NotText)
}

/// UTF-16 in the given byte order. A lone surrogate or an odd last byte becomes U+FFFD:
/// one damaged character should not cost the whole list.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// A text file has no NUL and hardly any other control characters (tab and line breaks
/// aside); images, archives and office files have many in their first bytes.
fn check_not_binary(start: impl Iterator<Item = u32>) -> Result<(), ImportError> {
    let mut seen = 0;
    let mut controls = 0;
    for c in start {
        seen += 1;
        match c {
            0 => return Err(ImportError::NotText),
            0x09 | 0x0A | 0x0D => {}
            c if c < 0x20 || c == 0x7F => controls += 1,
            _ => {}
        }
    }
    // More than one in 32: far beyond a stray form feed or an old DOS end-of-file mark.
    if controls * 32 > seen {
        return Err(ImportError::NotText);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, Encoding) {
        let d = decode(bytes).unwrap();
        (d.text, d.encoding)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decoded("Ad;Şehir".as_bytes()),
            ("Ad;Şehir".into(), Encoding::Utf8)
        );
        assert_eq!(
            decoded(b"\xEF\xBB\xBFAd;\xC5\x9Eehir"),
            ("Ad;Şehir".into(), Encoding::Utf8Bom)
        );
    }

    #[test]
    fn utf16_both_byte_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("İl\tı".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("İl\tı".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decoded(&le), ("İl\tı".into(), Encoding::Utf16Le));
        assert_eq!(decoded(&be), ("İl\tı".into(), Encoding::Utf16Be));
    }

    #[test]
    fn an_odd_last_byte_of_utf16_is_replaced_not_fatal() {
        assert_eq!(decoded(&[0xFF, 0xFE, b'A', 0, b'B']).0, "A\u{FFFD}");
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1254() {
        assert_eq!(
            decoded(b"\xDEirket;\xDDzmir"),
            ("Şirket;İzmir".into(), Encoding::Windows1254)
        );
    }

    #[test]
    fn empty_files_and_bare_boms_are_empty() {
        for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE"] {
            assert_eq!(decode(bytes), Err(ImportError::Empty), "{bytes:?}");
        }
    }

    #[test]
    fn binary_files_are_not_text() {
        let zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
        let controls = b"a\x01b\x02c\x03d\x04e\x05f\x06";
        let utf16_nul: Vec<u8> = vec![0xFF, 0xFE, b'A', 0, 0, 0];
        for bytes in [&zip[..], controls, &utf16_nul] {
            assert_eq!(decode(bytes), Err(ImportError::NotText), "{bytes:?}");
        }
        assert_eq!(decode(b"\xEF\xBB\xBF\xFF\xFE"), Err(ImportError::NotText));
    }

    #[test]
    fn a_stray_control_character_is_tolerated() {
        let mut text = "Ad;Soyad\r\n".repeat(10).into_bytes();
        text.push(0x1A);
        assert_eq!(decode(&text).unwrap().encoding, Encoding::Utf8);
    }

    #[test]
    fn files_over_the_limit_are_refused() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(
            decode(&big),
            Err(ImportError::TooLarge {
                limit_bytes: 20 * 1024 * 1024
            })
        );
        assert!(decode(&big[1..]).is_ok());
    }
}
