//! Money: integer minor units (kuruş for lira) with an ISO 4217 currency, never floats.
//!
//! Every currency is counted in hundredths: ISO gives a few currencies other exponents
//! (yen 0, dinar 3), but hundredths store each of them exactly and keep one rule. Sums are
//! only ever made within one currency: the app has no exchange rates, and converting
//! silently would show numbers nobody can explain.

use std::fmt;

/// A three-letter ISO 4217 currency code, upper case: `TRY`, `EUR`, `USD`, ...
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Turkish lira, the default: the first users are firms in Turkey.
    pub const TRY: Currency = Currency(*b"TRY");
    pub const EUR: Currency = Currency(*b"EUR");
    pub const USD: Currency = Currency(*b"USD");
    pub const GBP: Currency = Currency(*b"GBP");
    /// The currencies a form offers first.
    pub const COMMON: [Currency; 4] = [Self::TRY, Self::EUR, Self::USD, Self::GBP];

    /// A code as typed (`eur`, ` usd `) checked for shape: three ASCII letters. Whether the
    /// code is really assigned by ISO is not checked: the list changes, the data must not.
    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim().to_ascii_uppercase();
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Currency(bytes))
    }

    /// The stored code.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).expect("three ASCII letters")
    }
}

impl Default for Currency {
    fn default() -> Self {
        Self::TRY
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

/// An amount of one currency, in hundredths (kuruş, cents).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }
}

/// The largest amount accepted, in hundredths: a thousand billion, far above any deal and
/// far below where sums of many deals could overflow.
pub const MAX_AMOUNT: i64 = 100_000_000_000_000;

/// Reads an amount as a user types it, Turkish or English style, into hundredths:
/// `1.250,50` and `1,250.50` and `1250.5` are all 125050; `1.250` and `1,250` are 125000
/// (a separator followed by exactly three digits groups thousands). A separator followed
/// by one or two digits at the end marks the decimals. `None` for anything else, negative
/// amounts included.
pub fn parse_amount(text: &str) -> Option<i64> {
    let text: String = text
        .trim()
        .trim_start_matches('₺')
        .trim_end_matches('₺')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect();
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (whole, cents) = match text.rfind(['.', ',']) {
        Some(at) if (1..=2).contains(&(text.len() - at - 1)) => {
            let decimals = &text[at + 1..];
            let cents = if decimals.len() == 1 {
                format!("{decimals}0")
            } else {
                decimals.to_owned()
            };
            (&text[..at], cents)
        }
        _ => (text.as_str(), "00".to_owned()),
    };
    // What is left of the decimals may only hold thousands separators between groups of 3.
    let mut groups = whole.split(['.', ',']);
    let first = groups.next()?;
    if first.is_empty() || (whole.contains(['.', ',']) && first.len() > 3) {
        return None;
    }
    let mut digits = first.to_owned();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    let whole: i64 = digits.parse().ok()?;
    let minor = whole.checked_mul(100)?.checked_add(cents.parse().ok()?)?;
    (minor <= MAX_AMOUNT).then_some(minor)
}

/// An amount as a user types it back (`1250,50`): the decimal comma, no grouping, so
/// [`parse_amount`] reads it as it was.
pub fn format_plain(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let minor = minor.unsigned_abs();
    format!("{sign}{},{:02}", minor / 100, minor % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_in_turkish_and_english_styles() {
        for (typed, minor) in [
            ("1.250,50", 125_050),
            ("1,250.50", 125_050),
            ("1250.5", 125_050),
            ("1250,05", 125_005),
            ("1.250", 125_000),
            ("1,250", 125_000),
            ("1.234.567", 123_456_700),
            ("0,99", 99),
            (" 12 500 ", 1_250_000),
            ("₺40", 4_000),
            ("0", 0),
        ] {
            assert_eq!(parse_amount(typed), Some(minor), "{typed}");
        }
    }

    #[test]
    fn malformed_amounts_are_refused() {
        for typed in [
            "",
            "abc",
            "-5",
            "1.2.3",
            "12,3456",
            "1.25.000",
            "12345.678",
            ",5",
        ] {
            assert_eq!(parse_amount(typed), None, "{typed}");
        }
        assert_eq!(parse_amount("99999999999999999999"), None, "too large");
    }

    #[test]
    fn currencies_are_three_letters_upper_cased() {
        assert_eq!(Currency::parse(" eur "), Some(Currency::EUR));
        assert_eq!(Currency::parse("TRY").unwrap().code(), "TRY");
        for bad in ["", "TL", "EURO", "T1Y", "ÜSD"] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
        assert_eq!(Currency::default(), Currency::TRY);
    }
}
