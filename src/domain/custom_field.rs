//! Fields the workspace adds to every customer ("Sektör", "Müşteri temsilcisi"): each has
//! a name, a kind (text, number, date, one of a list, yes/no) and, for a list, its
//! options. A customer's value is kept by the field's id, never its name, so renaming a
//! field keeps every value; a removed field is only marked removed, so a value a colleague
//! typed meanwhile is kept and comes back when the field is restored.
//!
//! Values are stored in one plain form per kind (numbers with a `.` decimal point and no
//! grouping, dates as `YYYY-MM-DD`, yes/no as `yes` or `no`), which sorts, compares and
//! exports the same on every device whatever its language.

use chrono::NaiveDate;

use super::codes::{code_enum, string_id};
use super::import::guess_target;
use super::search::fold;
use super::validation::{bounded, required, Field, FieldError, Problem, MAX_LINE};

string_id! {
    /// The stable id of a custom field: random, so two devices never make the same one.
    pub struct FieldId;
}

code_enum! {
    /// What a custom field holds.
    #[derive(Default)]
    pub enum FieldKind {
        #[default]
        Text = "text",
        Number = "number",
        Date = "date",
        /// One of the field's options.
        Choice = "choice",
        YesNo = "yes_no",
    }
}

/// Most options a list field offers.
pub const MAX_OPTIONS: usize = 100;
/// Most fields a workspace defines (removed ones included).
pub const MAX_FIELDS: usize = 100;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct CustomField {
    /// Empty for a field not yet stored.
    pub id: FieldId,
    pub name: String,
    pub kind: FieldKind,
    /// The choices of a [`FieldKind::Choice`] field, in the order offered; empty otherwise.
    pub options: Vec<String>,
    /// Hidden everywhere, its values kept.
    pub removed: bool,
    /// Milliseconds since the Unix epoch: fields show in the order they were made.
    pub created_at: i64,
}

/// The stored value for yes.
pub const YES: &str = "yes";
/// The stored value for no.
pub const NO: &str = "no";

impl CustomField {
    /// Trimmed and checked against the workspace's `others` (every other field): a name is
    /// required, may not be one a built-in field goes by ("Telefon", "Vergi dairesi": the
    /// import would not know which is meant), nor that of another field still shown; a
    /// list needs at least one option.
    pub fn validated(self, others: &[CustomField]) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required(Field::FieldName, &self.name, MAX_LINE)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        if !name.is_empty() && is_built_in(&name) {
            errors.push(FieldError::new(
                Field::FieldName,
                Problem::BuiltInName(name.clone()),
            ));
        } else if !name.is_empty() && !self.removed {
            let taken = others
                .iter()
                .any(|o| o.id != self.id && !o.removed && same_name(&o.name, &name));
            if taken {
                errors.push(FieldError::new(
                    Field::FieldName,
                    Problem::NameTaken(name.clone()),
                ));
            }
        }
        let mut options: Vec<String> = Vec::new();
        if self.kind == FieldKind::Choice {
            for option in &self.options {
                match bounded(Field::Options, option, MAX_LINE) {
                    Ok(o) if o.is_empty() || options.iter().any(|x| same_name(x, &o)) => {}
                    Ok(o) => options.push(o),
                    Err(e) => errors.push(e),
                }
            }
            if options.is_empty() {
                errors.push(FieldError::new(Field::Options, Problem::Required));
            } else if options.len() > MAX_OPTIONS {
                let max = MAX_OPTIONS as i64;
                errors.push(FieldError::new(
                    Field::Options,
                    Problem::OutOfRange { min: 1, max },
                ));
            }
        }
        match errors.is_empty() {
            true => Ok(Self {
                name,
                options,
                ..self
            }),
            false => Err(errors),
        }
    }

    /// The stored form of what a user typed or picked (empty: no value), or what is wrong.
    /// A stored form gives itself back.
    pub fn value_of(&self, typed: &str) -> Result<String, Problem> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Ok(String::new());
        }
        let wrong = || Problem::InvalidValue(typed.to_owned());
        match self.kind {
            FieldKind::Text => bounded(Field::Custom, typed, MAX_LINE).map_err(|e| e.problem),
            // The stored form as it is (what the page sends, what an undo puts back),
            // anything else as a Turk writes it.
            FieldKind::Number => canonical_number(typed)
                .or_else(|| read_number(typed, ','))
                .ok_or_else(wrong),
            FieldKind::Date => read_date(typed)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .ok_or_else(wrong),
            FieldKind::YesNo => read_yes_no(typed)
                .map(|yes| if yes { YES } else { NO }.to_owned())
                .ok_or_else(wrong),
            FieldKind::Choice => self
                .options
                .iter()
                .find(|o| same_name(o, typed))
                .cloned()
                .ok_or_else(wrong),
        }
    }

    /// What an imported cell keeps: its stored form when it reads as one, otherwise the
    /// cell as written (bounded), so an import never drops what a file holds.
    pub fn imported(&self, cell: &str) -> String {
        self.value_of(cell).unwrap_or_else(|_| {
            let cell = cell.trim();
            cell.chars().take(MAX_LINE).collect()
        })
    }

    /// How values of this field sort: numbers by size, dates in order, text as Turkish
    /// sorts; an empty value has no key (listed last).
    pub fn sort_key(&self, stored: &str) -> Option<SortKey> {
        if stored.is_empty() {
            return None;
        }
        Some(match self.kind {
            FieldKind::Number => match stored.parse::<f64>() {
                Ok(n) if n.is_finite() => SortKey::Number(n),
                _ => SortKey::Text(super::search::collation_key(stored)),
            },
            // ISO dates sort as text; yes before no.
            FieldKind::Date | FieldKind::YesNo => {
                SortKey::Text(stored.chars().map(u32::from).collect())
            }
            FieldKind::Text | FieldKind::Choice => {
                SortKey::Text(super::search::collation_key(stored))
            }
        })
    }

    /// True when `stored` matches a filter `wanted`: list and yes/no values are equal,
    /// others contain it (Turkish letters folded); an empty `wanted` matches no value.
    pub fn matches(&self, stored: &str, wanted: &str) -> bool {
        match (wanted.is_empty(), self.kind) {
            (true, _) => stored.is_empty(),
            (false, FieldKind::Choice | FieldKind::YesNo) => same_name(stored, wanted),
            (false, _) => !stored.is_empty() && fold(stored).contains(&fold(wanted)),
        }
    }
}

/// A value's place in a sorted list.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
pub enum SortKey {
    Number(f64),
    Text(Vec<u32>),
}

/// Two names are the same field when they agree with Turkish letters folded, case,
/// spaces and punctuation aside ("Sektör", "sektor", "SEKTÖR").
pub fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        let mut k = fold(s);
        k.retain(char::is_alphanumeric);
        k
    };
    key(a) == key(b)
}

/// True when `name` is what a built-in field goes by in either language, or a column
/// header the import reads as one.
pub fn is_built_in(name: &str) -> bool {
    const LABELS: &[&str] = &[
        "Ad",
        "Name",
        "Tür",
        "Type",
        "Şirket",
        "Company",
        "E-posta",
        "E-postalar",
        "E-mails",
        "Telefon",
        "Telefonlar",
        "Phones",
        "Şehir",
        "City",
        "İlçe",
        "District",
        "Adres",
        "Address",
        "Etiketler",
        "Tags",
        "Aşama",
        "Stage",
        "Ayrılık nedeni",
        "Sorumlu",
        "Owner",
        "Tercih ettiği kanal",
        "Preferred channel",
        "Notlar",
        "Notes",
        "Vergi no",
        "Vergi numarası",
        "Tax number",
        "Vergi dairesi",
        "Tax office",
        "IBAN",
        "Son temas",
        "Last contact",
        "Oluşturulma",
        "Eklenme",
        "Created",
        "Arşiv",
        "Archived",
    ];
    LABELS.iter().any(|label| same_name(label, name))
        || guess_target(name) != super::import::Target::Ignore
}

/// A number as a person writes it, `decimal` being the mark their language uses (`,` in
/// Turkish, `.` in English): `1.234,5`, `1234,5`, `1,234.5`, `-3`, `1 234`. With both
/// marks the later is the decimal one; the other mark alone is a decimal one too, unless
/// it groups thousands (`1.234` in Turkish, `1,234` in English: exactly three digits
/// after each). Stored with a `.` decimal point, no grouping, no trailing zeros.
pub fn read_number(typed: &str, decimal: char) -> Option<String> {
    let mut text: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let other = if decimal == ',' { '.' } else { ',' };
    let groups_thousands = |mark: char| {
        let mut parts = text.split(mark);
        parts
            .next()
            .is_some_and(|first| !first.trim_start_matches(['-', '+']).is_empty())
            && parts.all(|p| p.len() == 3)
    };
    let mark = match (text.rfind(decimal), text.rfind(other)) {
        (Some(d), Some(o)) => Some(if d > o { decimal } else { other }),
        (Some(_), None) => (text.matches(decimal).count() == 1).then_some(decimal),
        (None, Some(_)) => {
            (text.matches(other).count() == 1 && !groups_thousands(other)).then_some(other)
        }
        (None, None) => None,
    };
    let grouping = match mark {
        Some(m) if m == decimal => other,
        Some(_) => decimal,
        None => other,
    };
    text.retain(|c| c != grouping);
    match mark {
        Some(m) => text = text.replace(m, "."),
        None => text.retain(|c| c != decimal),
    }
    canonical_number(&text)
}

/// `text` in the stored form, if it is a plain number with a `.` decimal point.
fn canonical_number(text: &str) -> Option<String> {
    let negative = text.starts_with('-');
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !all_digits(whole)
        || !all_digits(fraction)
        || whole.len() + fraction.len() > 15
    {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let number = match fraction.is_empty() {
        true => whole.to_owned(),
        false => format!("{whole}.{fraction}"),
    };
    Some(match negative && number != "0" {
        true => format!("-{number}"),
        false => number,
    })
}

/// A stored number as `decimal`'s language writes it, thousands grouped (`1.234,5` in
/// Turkish, `1,234.5` in English); anything else as it is.
pub fn format_number(stored: &str, decimal: char) -> String {
    if canonical_number(stored).as_deref() != Some(stored) {
        return stored.to_owned();
    }
    let grouping = if decimal == ',' { '.' } else { ',' };
    let (sign, digits) = match stored.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", stored),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(grouping);
        }
        grouped.push(c);
    }
    match fraction.is_empty() {
        true => format!("{sign}{grouped}"),
        false => format!("{sign}{grouped}{decimal}{fraction}"),
    }
}

/// A date as typed: `2026-12-07`, or day first as Turks write it (`07.12.2026`,
/// `7/12/2026`, `7-12-2026`).
fn read_date(typed: &str) -> Option<NaiveDate> {
    if let Ok(date) = NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
        return Some(date);
    }
    let parts: Vec<&str> = typed.split(['.', '/', '-']).collect();
    let [day, month, year] = parts[..] else {
        return None;
    };
    let year: i32 = year.parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

fn read_yes_no(typed: &str) -> Option<bool> {
    match fold(typed).as_str() {
        "evet" | "e" | "var" | "yes" | "y" | "true" | "1" | "x" | "✓" => Some(true),
        "hayir" | "h" | "yok" | "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
