//! Mutations of valid inputs, as AFL's havoc stage makes them: bits flipped, bytes and
//! numbers set to the values parsers trip on, ranges deleted, repeated or copied from
//! another input, tokens a text format cares about inserted, the end cut off.

/// The sample generator's dice: the same sequence for the same seed on every machine.
pub use rapport::document::sample::Dice as Rng;

/// True once in `n` throws.
pub fn chance(rng: &mut Rng, n: usize) -> bool {
    rng.below(n) == 0
}

const BYTES: [u8; 10] = [0x00, 0x01, 0x7f, 0x80, 0xff, b'\n', b'"', b',', b';', b':'];

const NUMBERS: [u64; 12] = [
    0,
    1,
    0x7f,
    0x80,
    0xff,
    0xffff,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    u64::MAX,
    u64::MAX / 2,
    1 << 40,
];

/// Tokens of the text formats read here (CSV, vCard, JSON, the peer code) and of what
/// users type: quotes, separators, line ends, encodings' marks, Turkish letters.
const TOKENS: [&str; 26] = [
    "\"",
    "\"\"",
    ",",
    ";",
    "\t",
    "\r\n",
    "\n",
    "\r",
    "\u{feff}",
    "\u{0}",
    "=",
    "=0D=0A",
    "BEGIN:VCARD\r\n",
    "END:VCARD\r\n",
    "N:;;;;",
    "TEL;TYPE=CELL:+90 532 000 00 00",
    "{",
    "}",
    "[",
    "]",
    "null",
    "-1e999",
    "\\u0000",
    "İıŞşĞğÜüÖöÇç",
    "<script>alert(1)</script>",
    "=HYPERLINK(\"http://x\")",
];

/// One to eight havoc steps on a copy of `input`; `others` are splice partners.
pub fn havoc(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        step(rng, &mut out, others);
    }
    out
}

fn step(rng: &mut Rng, out: &mut Vec<u8>, others: &[Vec<u8>]) {
    let len = out.len();
    match rng.below(12) {
        0 if len > 0 => {
            let at = rng.below(len);
            out[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            out[at] = *rng.pick(&BYTES);
        }
        2 if len > 0 => {
            let at = rng.below(len);
            out[at] = rng.roll() as u8;
        }
        3 if len >= 8 => {
            // A little-endian number of 1, 2, 4 or 8 bytes set to an edge value.
            let width = 1 << rng.below(4);
            let at = rng.below(len - width.min(len) + 1);
            let value = rng.pick(&NUMBERS).to_le_bytes();
            let end = (at + width).min(len);
            out[at..end].copy_from_slice(&value[..end - at]);
        }
        4 if len > 0 => {
            let at = rng.below(len);
            let n = 1 + rng.below((len - at).min(64));
            out.drain(at..at + n);
        }
        5 if len > 0 => {
            // Repeat a range: runs of separators, nested structures, long fields.
            let at = rng.below(len);
            let n = 1 + rng.below((len - at).min(32));
            let piece = out[at..at + n].to_vec();
            let most = if chance(rng, 16) { 512 } else { 4 };
            let times = 1 + rng.below(most);
            let to = rng.below(len + 1);
            out.splice(to..to, piece.iter().copied().cycle().take(n * times));
        }
        6 => {
            let token = rng.pick(&TOKENS).as_bytes();
            let to = rng.below(len + 1);
            out.splice(to..to, token.iter().copied());
        }
        7 if !others.is_empty() => {
            // Splice: this input's start with another's end.
            let other = rng.pick(others);
            let cut = rng.below(len + 1);
            let from = rng.below(other.len() + 1);
            out.truncate(cut);
            out.extend_from_slice(&other[from..]);
        }
        8 if len > 0 => out.truncate(rng.below(len)),
        9 => {
            let n = 1 + rng.below(16);
            let to = rng.below(len + 1);
            let random: Vec<u8> = (0..n).map(|_| rng.roll() as u8).collect();
            out.splice(to..to, random);
        }
        10 if len > 1 => {
            let (a, b) = (rng.below(len), rng.below(len));
            out.swap(a, b);
        }
        _ => {
            // Digits changed in place: lengths, counts and versions written as text.
            if let Some(at) = (0..len.min(64))
                .map(|_| rng.below(len))
                .find(|&i| out[i].is_ascii_digit())
            {
                out[at] = b"0123456789"[rng.below(10)];
                if chance(rng, 4) {
                    out.splice(at..at, b"99999999".iter().copied());
                }
            }
        }
    }
}
