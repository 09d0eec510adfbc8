//! Telephone numbers as a Turkish firm writes them: `0532 111 22 33`, `+90 (532) 111-22-33`,
//! `5321112233`, `0090 532 111 2233` are one number, `+905321112233` in E.164, which is
//! what links (`tel:`, WhatsApp) and duplicate detection use. A number given with another
//! country's code is kept as written. One that cannot be a Turkish number (a digit
//! missing, a prefix no line has) is stored all the same and warned about: the user may
//! know better, and a CRM that refuses a number loses it.

/// What a typed phone number is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneNumber {
    /// A Turkish number: its ten national digits (`5321112233`), or the seven of a
    /// nationwide one (`4441444`).
    Turkish(String),
    /// A number with another country's code: its digits, country code first.
    Foreign(String),
    /// Not a number one can dial as written.
    Impossible(PhoneProblem),
}

/// Why a number cannot be dialled as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Fewer digits than a Turkish number has (ten after the 0).
    TooShort,
    /// More digits than a Turkish number has, and no `+` before a country code.
    TooLong,
    /// Ten digits, but no Turkish line starts so (area codes start with 2, 3 or 4,
    /// mobiles with 5, service numbers with 8 or 9).
    NoSuchPrefix,
}

/// E.164 allows 15 digits at most, country code included; fewer than 7 is no line.
const FOREIGN_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// Reads `text` as a phone number.
pub fn read_phone(text: &str) -> PhoneNumber {
    let (digits, foreign) = dialled(text);
    if !foreign {
        return turkish(&digits);
    }
    match digits.len() {
        n if FOREIGN_DIGITS.contains(&n) => PhoneNumber::Foreign(digits),
        n if n < *FOREIGN_DIGITS.start() => PhoneNumber::Impossible(PhoneProblem::TooShort),
        _ => PhoneNumber::Impossible(PhoneProblem::TooLong),
    }
}

/// The digits of `text` with the way it was dialled taken off (`+` or `00` and Turkey's
/// 90, or the trunk 0), and whether another country's code leads what is left.
pub fn dialled(text: &str) -> (String, bool) {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let plus = text.trim_start().starts_with('+');
    let (international, digits) = match digits.strip_prefix("00") {
        Some(rest) if !plus => (true, rest),
        _ => (plus, digits.as_str()),
    };
    let national = match digits.strip_prefix("90") {
        Some(rest) if international || digits.len() == 12 => rest,
        _ if international => return (digits.to_owned(), true),
        _ => digits.strip_prefix('0').unwrap_or(digits),
    };
    (national.to_owned(), false)
}

/// National digits, checked: ten, or a nationwide 444 number's seven.
fn turkish(national: &str) -> PhoneNumber {
    match national.len() {
        7 if national.starts_with("444") => PhoneNumber::Turkish(national.into()),
        n if n < 10 => PhoneNumber::Impossible(PhoneProblem::TooShort),
        10 if national.starts_with(['2', '3', '4', '5', '8', '9']) => {
            PhoneNumber::Turkish(national.into())
        }
        10 => PhoneNumber::Impossible(PhoneProblem::NoSuchPrefix),
        _ => PhoneNumber::Impossible(PhoneProblem::TooLong),
    }
}

impl PhoneNumber {
    /// The number in E.164 (`+905321112233`); `None` when it cannot be dialled as written.
    pub fn e164(&self) -> Option<String> {
        match self {
            PhoneNumber::Turkish(national) => Some(format!("+90{national}")),
            PhoneNumber::Foreign(digits) => Some(format!("+{digits}")),
            PhoneNumber::Impossible(_) => None,
        }
    }

    /// A Turkish mobile line (5xx): the one most likely to have WhatsApp.
    pub fn is_mobile(&self) -> bool {
        matches!(self, PhoneNumber::Turkish(national) if national.len() == 10 && national.starts_with('5'))
    }

    /// What `tel:` links to: the E.164 form, or the digits as written for a nationwide
    /// number (444 numbers take no country code).
    pub fn tel_href(&self) -> Option<String> {
        match self {
            PhoneNumber::Turkish(national) if national.len() == 7 => {
                Some(format!("tel:{national}"))
            }
            other => other.e164().map(|e164| format!("tel:{e164}")),
        }
    }

    /// WhatsApp's link to a chat with this number (its E.164 digits, no `+`).
    pub fn whatsapp_href(&self) -> Option<String> {
        match self {
            PhoneNumber::Turkish(national) if national.len() == 7 => None,
            other => other
                .e164()
                .map(|e164| format!("https://wa.me/{}", &e164[1..])),
        }
    }

    /// The number as Turks write it (`0532 111 22 33`, `444 1 444`); a foreign one as
    /// `+` and its digits. `None` when it cannot be dialled.
    pub fn display(&self) -> Option<String> {
        match self {
            PhoneNumber::Turkish(n) if n.len() == 7 => {
                Some(format!("{} {} {}", &n[..3], &n[3..4], &n[4..]))
            }
            PhoneNumber::Turkish(n) => Some(format!(
                "0{} {} {} {}",
                &n[..3],
                &n[3..6],
                &n[6..8],
                &n[8..]
            )),
            PhoneNumber::Foreign(digits) => Some(format!("+{digits}")),
            PhoneNumber::Impossible(_) => None,
        }
    }

    /// What a user should be told about it, if anything.
    pub fn problem(&self) -> Option<PhoneProblem> {
        match self {
            PhoneNumber::Impossible(problem) => Some(*problem),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
