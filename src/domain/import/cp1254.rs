//! Windows-1254 (Turkish Windows' "ANSI" code page), the encoding of a CSV saved by Excel
//! on a Turkish system. A table of 128 entries instead of a general encoding crate, which
//! would add some 170 KB to the WebAssembly build for one code page.

/// Bytes 0x80..=0xFF. The seven bytes the code page leaves undefined (0x81, 0x8D, 0x8E,
/// 0x8F, 0x90, 0x9D, 0x9E) read as the control character of the same number, as browsers
/// do, so no byte is lost.
#[rustfmt::skip]
const HIGH: [char; 128] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', // 0x80
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{008E}', '\u{008F}', // 0x88
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', // 0x90
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{009E}', '\u{0178}', // 0x98
    '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}', // 0xA0
    '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}', // 0xA8
    '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}', // 0xB0
    '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}', // 0xB8
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{00C3}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}', // 0xC0
    '\u{00C8}', '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{00CC}', '\u{00CD}', '\u{00CE}', '\u{00CF}', // 0xC8
    '\u{011E}', '\u{00D1}', '\u{00D2}', '\u{00D3}', '\u{00D4}', '\u{00D5}', '\u{00D6}', '\u{00D7}', // 0xD0
    '\u{00D8}', '\u{00D9}', '\u{00DA}', '\u{00DB}', '\u{00DC}', '\u{0130}', '\u{015E}', '\u{00DF}', // 0xD8
    '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{00E3}', '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}', // 0xE0
    '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{00EC}', '\u{00ED}', '\u{00EE}', '\u{00EF}', // 0xE8
    '\u{011F}', '\u{00F1}', '\u{00F2}', '\u{00F3}', '\u{00F4}', '\u{00F5}', '\u{00F6}', '\u{00F7}', // 0xF0
    '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{0131}', '\u{015F}', '\u{00FF}', // 0xF8
];

/// Reads Windows-1254 bytes; every byte is a character, so this cannot fail.
pub(super) fn decode(bytes: &[u8]) -> String {
    // Most characters are ASCII (one byte); the Turkish letters take two in UTF-8.
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        out.push(if b < 0x80 {
            char::from(b)
        } else {
            HIGH[usize::from(b - 0x80)]
        });
    }
    out
}

/// The bytes of `text` in Windows-1254, for tests that build a file as Excel would.
#[cfg(test)]
pub(super) fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match HIGH.iter().position(|&h| h == c) {
            Some(i) => 0x80 + i as u8,
            None => u8::try_from(c).expect("a character of Windows-1254"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/");

    #[test]
    fn the_table_reads_every_defined_byte_as_python_does() {
        let bytes = std::fs::read(format!("{FIXTURES}cp1254-high.bin")).unwrap();
        let expected = std::fs::read_to_string(format!("{FIXTURES}cp1254-high.utf8.txt")).unwrap();
        assert_eq!(bytes.len(), 121);
        assert_eq!(decode(&bytes), expected);
    }

    #[test]
    fn undefined_bytes_keep_their_number() {
        assert_eq!(decode(&[0x81, 0x8D, 0x9E]), "\u{81}\u{8D}\u{9E}");
    }

    #[test]
    fn encoding_reverses_decoding() {
        let text = "Şükrü Öztürk, Iğdır; İĞNE ığne €";
        assert_eq!(decode(&encode(text)), text);
    }

    #[test]
    fn turkish_letters_and_ascii() {
        let bytes = [
            0xDD, 0xFD, 0xDE, 0xFE, 0xD0, 0xF0, b'a', 0xDC, 0xFC, 0xD6, 0xF6, 0xC7, 0xE7,
        ];
        assert_eq!(decode(&bytes), "İıŞşĞğaÜüÖöÇç");
    }
}
