//! Field-level validation errors, reported next to the field they concern.

/// A field of a form a user fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Kind,
    Name,
    Company,
    Emails,
    Phones,
    City,
    District,
    Address,
    Tags,
    Stage,
    DissolutionReason,
    Owner,
    PreferredChannel,
    Notes,
    Summary,
    Satisfaction,
    When,
    ColleagueName,
    /// What a commitment promises, or a deal's name.
    Title,
    /// The customer a promise or a deal is with.
    Customer,
    /// When a commitment is due.
    Due,
    /// When a commitment's owner wants to be reminded.
    Reminder,
    TaxNumber,
    TaxOffice,
    Iban,
    Amount,
    Currency,
    /// When a deal is expected to close.
    ExpectedClose,
    LostReason,
    /// A product's or a quote line's unit ("adet", "saat").
    Unit,
    /// A product's price before KDV.
    UnitPrice,
    /// A quote's lines as a whole (none, or too many).
    Lines,
    /// One field of a quote's line, by the line's place (from 0).
    Line(u16, LinePart),
    PaymentTerms,
    /// A custom field's name, where it is defined.
    FieldName,
    /// The options of a custom list field.
    Options,
    /// A customer's value of a custom field (the one being edited).
    Custom,
    /// The purposes a consent is recorded for.
    Purposes,
}

/// The fields of a quote's line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum LinePart {
    Description,
    Quantity,
    Unit,
    UnitPrice,
    Discount,
}

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    Required,
    InvalidEmail(String),
    InvalidPhone(String),
    OutOfRange {
        min: i64,
        max: i64,
    },
    TooLong {
        max: usize,
    },
    UnknownCustomer,
    /// Not an amount of money (as typed).
    InvalidAmount(String),
    /// Not a three-letter currency code (as typed).
    InvalidCurrency(String),
    /// Not a number, or not one above zero (as typed).
    InvalidNumber(String),
    /// Comes to more than the largest amount.
    TooLarge,
    /// A custom field may not be named like a built-in one (as typed).
    BuiltInName(String),
    /// Another field already has this name (as typed).
    NameTaken(String),
    /// Not a value of the field's kind: not a number, a date, yes or no, or one of its
    /// options (as typed).
    InvalidValue(String),
}

/// One validation failure: which field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: Field, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// Longest single-line value (name, city, tag, ...), in characters.
pub const MAX_LINE: usize = 200;
/// Longest free text (notes, a summary), in characters.
pub const MAX_TEXT: usize = 20_000;

/// Trims `value`, then checks it is not longer than `max` characters.
pub(crate) fn bounded(field: Field, value: &str, max: usize) -> Result<String, FieldError> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    Ok(value.to_owned())
}

/// Like [`bounded`], and the value may not be empty.
pub(crate) fn required(field: Field, value: &str, max: usize) -> Result<String, FieldError> {
    let value = bounded(field, value, max)?;
    if value.is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    Ok(value)
}

/// A deliberately small e-mail check: one `@`, a non-empty local part, a dotted domain,
/// no spaces. Anything stricter rejects real addresses.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// A phone number: digits with the usual separators, at least 5 digits.
pub fn is_phone(value: &str) -> bool {
    let allowed = |c: char| c.is_ascii_digit() || " +-()./".contains(c);
    value.chars().all(allowed) && value.chars().filter(char::is_ascii_digit).count() >= 5
}

/// Cleans a list typed by a user: trims, drops empties and repeats, checks each item.
pub(crate) fn clean_list(
    field: Field,
    items: &[String],
    check: impl Fn(&str) -> Option<Problem>,
) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = bounded(field, item, MAX_LINE)?;
        if item.is_empty() || out.contains(&item) {
            continue;
        }
        if let Some(problem) = check(&item) {
            return Err(FieldError::new(field, problem));
        }
        out.push(item);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_and_turkish_addresses() {
        assert!(is_email("ayse@firma.com.tr"));
        assert!(is_email("şükrü.öz@örnek.com"));
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "",
            "ayse",
            "ayse@",
            "@firma.com",
            "ayse@firma",
            "a b@c.d",
            "a@b@c.d",
            "a@b..c",
        ] {
            assert!(!is_email(bad), "{bad} should be rejected");
        }
    }

    #[test]
    fn phones_in_turkish_formats_are_accepted() {
        for good in ["0532 111 22 33", "+90 532 111 2233", "(0212) 555-12-34"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["abc", "12", "0532 111 22 33 ext"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn lists_are_trimmed_and_deduplicated() {
        let items = vec![
            " a@b.co ".into(),
            "".into(),
            "a@b.co".into(),
            "c@d.co".into(),
        ];
        let cleaned = clean_list(Field::Emails, &items, |_| None).unwrap();
        assert_eq!(cleaned, vec!["a@b.co", "c@d.co"]);
    }

    #[test]
    fn overlong_values_are_refused_not_cut() {
        let long = "x".repeat(MAX_LINE + 1);
        assert_eq!(
            bounded(Field::City, &long, MAX_LINE),
            Err(FieldError::new(
                Field::City,
                Problem::TooLong { max: MAX_LINE }
            ))
        );
    }
}
