//! A property's raw value as text: quoted-printable and code pages (2.1), escapes and the
//! components of structured values (`N`, `ADR`, `ORG`) and lists (`CATEGORIES`).

/// Quoted-printable to bytes: `=C3=96` is one byte each; anything malformed is kept as it
/// is, since a stray `=` in a hand-written card is more likely text than an error.
pub(super) fn quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'=', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, ..) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Bytes in a card's `CHARSET` as text: UTF-8 unless it says otherwise, and bytes that are
/// not UTF-8 whatever it says are read as Windows' Turkish code page, the likeliest here.
pub(super) fn charset(bytes: Vec<u8>, charset: Option<&str>) -> String {
    let named = charset.map(str::to_ascii_uppercase);
    match named.as_deref() {
        Some("ISO-8859-1" | "WINDOWS-1252" | "CP1252" | "LATIN1") => windows_1252(&bytes),
        Some("ISO-8859-9" | "WINDOWS-1254" | "CP1254" | "LATIN5") => windows_1254(&bytes),
        _ => String::from_utf8(bytes).unwrap_or_else(|e| windows_1254(e.as_bytes())),
    }
}

/// Windows-1254, a superset of ISO-8859-9: Latin-1 with Ğ İ Ş ğ ı ş in place of six
/// Icelandic letters.
pub(super) fn windows_1254(bytes: &[u8]) -> String {
    let turkish = |b: u8| match b {
        0xD0 => Some('Ğ'),
        0xDD => Some('İ'),
        0xDE => Some('Ş'),
        0xF0 => Some('ğ'),
        0xFD => Some('ı'),
        0xFE => Some('ş'),
        _ => None,
    };
    bytes
        .iter()
        .map(|&b| turkish(b).unwrap_or_else(|| cp1252(b)))
        .collect()
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252(b)).collect()
}

/// Windows-1252: Latin-1 with typographic signs in 0x80..0xA0 (five unassigned bytes keep
/// their Latin-1 control characters).
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Splits `value` at each `sep` that is not escaped and unescapes each part.
///
/// 3.0 and 4.0 escape `\\`, `\n`, `\,` and `\;`; 2.1 escapes only `\;`, so there a
/// backslash before anything else is text (a Windows path in a note stays whole).
pub(super) fn split(value: &str, sep: Option<char>, modern: bool) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        let part = parts.last_mut().expect("never empty");
        match (c, chars.peek().copied()) {
            ('\\', Some(';')) => {
                part.push(';');
                chars.next();
            }
            ('\\', Some(next @ (',' | '\\' | 'n' | 'N'))) if modern => {
                part.push(if next == ',' || next == '\\' {
                    next
                } else {
                    '\n'
                });
                chars.next();
            }
            (c, _) if Some(c) == sep => parts.push(String::new()),
            (c, _) => part.push(c),
        }
    }
    parts.into_iter().map(|p| p.replace("\r\n", "\n")).collect()
}

/// The whole value unescaped, for single-text properties (`FN`, `NOTE`, `TEL`, ...).
pub(super) fn text(value: &str, modern: bool) -> String {
    split(value, None, modern).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_turkish_letters() {
        let bytes = quoted_printable("=C3=96zt=C3=BCrk Ay=C5=9Fe=");
        assert_eq!(charset(bytes, Some("UTF-8")), "Öztürk Ayşe=");
    }

    #[test]
    fn turkish_code_page() {
        let bytes = quoted_printable("=DDzmir =DEi=FEli =D0=FC=E7l=FC");
        assert_eq!(charset(bytes, Some("windows-1254")), "İzmir Şişli Ğüçlü");
        // Not UTF-8 though it claims to be: read as the Turkish code page.
        assert_eq!(charset(vec![0x49, 0xFD, 0x6B], None), "Iık");
    }

    #[test]
    fn escapes_and_components() {
        assert_eq!(
            split(r"Öz\;türk;Ayşe\, Nur;a\\b\nc", Some(';'), true),
            vec!["Öz;türk", "Ayşe, Nur", "a\\b\nc"]
        );
        assert_eq!(split(r"C:\new;x", Some(';'), false), vec![r"C:\new", "x"]);
        assert_eq!(split("", Some(';'), true), vec![""]);
        assert_eq!(text("a=0D=0Ab\r\nc", true), "a=0D=0Ab\nc");
    }
}
