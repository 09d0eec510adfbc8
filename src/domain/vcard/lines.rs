//! The text of a vCard file as content lines: unfolding, the bounds of each card, and one
//! line taken apart into name, parameters and raw value.

use super::VcardError;

/// One property as written: `[group.]NAME[;PARAM=VALUE...]:raw value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Property {
    /// Upper-cased and without its group: `item1.EMAIL` is `EMAIL`. Groups only tie
    /// properties together for display (iOS's `X-ABLabel`), which a customer has no use for.
    pub name: String,
    /// Names upper-cased, values as written. 2.1's bare parameters (`TEL;WORK;VOICE:`)
    /// are `TYPE`, except the encodings, which are `ENCODING`.
    pub params: Vec<(String, String)>,
    /// Still escaped, and still encoded when an encoding is given.
    pub value: String,
}

impl Property {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn is_quoted_printable(&self) -> bool {
        self.param("ENCODING")
            .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
    }
}

/// Joins folded lines. A line starting with a space or tab continues the one before (the
/// first whitespace is the fold's); a quoted-printable value ending in `=` continues on the
/// next line whatever it starts with (2.1's soft line break, as Android writes it).
pub(super) fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(last) = out.last_mut() {
            if soft_break(last) && !is_end(line) {
                last.pop();
                last.push_str(line);
                continue;
            }
            if let Some(rest) = line.strip_prefix([' ', '\t']) {
                last.push_str(rest);
                continue;
            }
        }
        if !line.is_empty() {
            out.push(line.to_owned());
        }
    }
    out
}

fn soft_break(line: &str) -> bool {
    let head = line.split_once(':').map_or(line, |(head, _)| head);
    line.ends_with('=') && head.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
}

fn is_begin(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("BEGIN:VCARD")
}

fn is_end(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("END:VCARD")
}

/// The lines of each card, between `BEGIN:VCARD` and `END:VCARD`; what lies outside cards
/// is ignored. A card that starts before the previous one ended is an unterminated card:
/// the file was cut or pasted together, and guessing where a card ends would mix two
/// people's details.
pub(super) fn cards(lines: Vec<String>) -> Result<Vec<Vec<String>>, VcardError> {
    let mut cards = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        if is_begin(&line) {
            if current.is_some() {
                return Err(VcardError::Unterminated {
                    card: cards.len() + 1,
                });
            }
            current = Some(Vec::new());
        } else if is_end(&line) {
            if let Some(card) = current.take() {
                cards.push(card);
            }
        } else if let Some(card) = current.as_mut() {
            card.push(line);
        }
    }
    if current.is_some() {
        return Err(VcardError::Unterminated {
            card: cards.len() + 1,
        });
    }
    if cards.is_empty() {
        return Err(VcardError::NotVcard);
    }
    Ok(cards)
}

/// Takes an unfolded line apart; `None` for a line that is not a property (no colon, no
/// name), such as the tail of a 2.1 photo some writers leave unindented.
pub(super) fn property(line: &str) -> Option<Property> {
    let colon = unquoted(line, ':').next()?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next()?;
    let name = name.rsplit('.').next().unwrap_or(name).trim();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_ascii_uppercase(),
                v.trim().trim_matches('"').to_owned(),
            ),
            None => bare(p.trim()),
        })
        .collect();
    Some(Property {
        name: name.to_ascii_uppercase(),
        params,
        value: value.to_owned(),
    })
}

/// 2.1 lets a parameter's value stand alone: `;QUOTED-PRINTABLE`, `;WORK`.
fn bare(value: &str) -> (String, String) {
    let upper = value.to_ascii_uppercase();
    let name = match upper.as_str() {
        "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" => "ENCODING",
        _ => "TYPE",
    };
    (name.to_owned(), value.to_owned())
}

/// Byte positions of `sep` outside double quotes (parameter values may quote `:` and `;`).
fn unquoted(text: &str, sep: char) -> impl Iterator<Item = usize> + '_ {
    let mut quoted = false;
    text.char_indices().filter_map(move |(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == sep && !quoted).then_some(i)
    })
}

fn split_unquoted(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for cut in unquoted(text, sep).chain(std::iter::once(text.len())) {
        parts.push(&text[start..cut]);
        start = cut + 1;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_lose_one_whitespace() {
        let lines = unfold("NOTE:a\r\n  b\r\n\tc\r\nFN:x\n");
        assert_eq!(lines, vec!["NOTE:a bc", "FN:x"]);
    }

    #[test]
    fn a_soft_break_joins_the_next_line_as_it_is() {
        let text = "N;ENCODING=QUOTED-PRINTABLE:=C3=96zt=\r\n=C3=BCrk;;;;\r\nTEL:1\r\n";
        assert_eq!(
            unfold(text),
            vec!["N;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;;;;", "TEL:1"]
        );
    }

    #[test]
    fn an_equals_sign_ends_a_plain_value_without_joining() {
        assert_eq!(unfold("NOTE:a=\r\nFN:b"), vec!["NOTE:a=", "FN:b"]);
    }

    #[test]
    fn groups_are_dropped_and_parameters_named() {
        let p = property("item1.EMAIL;type=INTERNET;TYPE=\"a:b;c\":x@y.co").unwrap();
        assert_eq!(p.name, "EMAIL");
        assert_eq!(
            p.params,
            vec![
                ("TYPE".to_owned(), "INTERNET".to_owned()),
                ("TYPE".to_owned(), "a:b;c".to_owned())
            ]
        );
        assert_eq!(p.value, "x@y.co");
        let p = property("TEL;WORK;QUOTED-PRINTABLE:1").unwrap();
        assert!(p.is_quoted_printable());
        assert_eq!(p.param("TYPE"), Some("WORK"));
    }

    #[test]
    fn a_line_without_a_colon_is_not_a_property() {
        assert_eq!(property("AAAAC3NzaC1lZDI1"), None);
        assert_eq!(property(":value"), None);
    }
}
