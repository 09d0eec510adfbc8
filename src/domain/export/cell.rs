//! One value as a spreadsheet cell or an export field: safe first characters, lists and
//! times written the same way everywhere.

use std::borrow::Cow;

use chrono::{DateTime, SecondsFormat, Utc};

/// What separates the items of a list (e-mails, phones, tags) within one cell.
pub(super) const LIST_SEPARATOR: &str = "; ";

/// A cell no spreadsheet runs as a formula (CSV injection).
///
/// Following OWASP's advice, a value starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a single quote in front, so it is read as text. Ordinary data starts this
/// way too: a phone `+90 532 111 22 33` is written `'+90 532 111 22 33`, and a note
/// starting with a dash gets the quote as well. That is the price of opening the file
/// safely; the JSON export keeps every value as it is.
pub(super) fn safe(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// The items of a list in one cell.
pub(super) fn list(items: &[String]) -> String {
    items.join(LIST_SEPARATOR)
}

/// A time in ISO 8601, UTC, to the second: for a person reading a spreadsheet.
pub(super) fn iso_seconds(ms: i64) -> String {
    utc(ms).to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A time in ISO 8601, UTC, to the millisecond: exactly what the workspace holds.
pub fn iso_millis(ms: i64) -> String {
    utc(ms).to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Times outside chrono's range (hundreds of thousands of years) cannot be stored by the
/// app; should one appear, it reads as the epoch rather than failing the whole export.
fn utc(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dangerous_first_character_is_neutralised() {
        for bad in ["=1+1", "+90 532", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(safe(bad), format!("'{bad}"), "{bad:?}");
        }
    }

    #[test]
    fn harmless_cells_are_untouched() {
        for good in [
            "",
            "Ayşe",
            "0532 111 22 33",
            "a=b",
            "1-2",
            "'quoted",
            " =x",
            "İzmir",
        ] {
            assert!(
                matches!(safe(good), Cow::Borrowed(s) if s == good),
                "{good:?}"
            );
        }
    }

    #[test]
    fn times_are_utc_iso_8601() {
        assert_eq!(iso_seconds(1_710_232_200_123), "2024-03-12T08:30:00Z");
        assert_eq!(iso_millis(1_710_232_200_123), "2024-03-12T08:30:00.123Z");
        assert_eq!(iso_millis(i64::MAX), "1970-01-01T00:00:00.000Z");
    }
}
