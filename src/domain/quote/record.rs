//! A quote as the workspace keeps it: its number, customer and deal, lines, validity,
//! notes, payment terms and status; the draft a user fills in and its checks; and the
//! numbering that colleagues working offline cannot both take.

use super::{parse_quantity, quote_totals, KdvRate, LineProblem, QuoteLine, QuoteProblem};
use super::{QuoteTotals, DISCOUNT_SCALE, MAX_LINES, QUOTE_CURRENCIES};
use crate::domain::codes::code_enum;
use crate::domain::colleague::{Colleague, ColleagueId};
use crate::domain::customer::CustomerId;
use crate::domain::days::DAY_MS;
use crate::domain::deal::DealId;
use crate::domain::money::{parse_amount, Currency};
use crate::domain::product::ProductId;
use crate::domain::validation::{
    bounded, Field, FieldError, LinePart, Problem, MAX_LINE, MAX_TEXT,
};

/// The stable id of a quote: random, so two devices never make the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct QuoteId(pub String);

code_enum! {
    /// Where a quote stands.
    pub enum QuoteStatus {
        /// Being written; not yet with the customer.
        Draft = "draft",
        Sent = "sent",
        /// The customer said yes: its deal is won with the quote's total.
        Accepted = "accepted",
        Rejected = "rejected",
        /// Past its validity without an answer (also shown so once the date passes).
        Expired = "expired",
    }
}

/// One line as kept: its own id (so colleagues editing different lines both keep their
/// edits) and the product it was filled from, if any.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct QuoteItem {
    pub id: String,
    pub product: Option<ProductId>,
    pub line: QuoteLine,
}

/// A quote as read from the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    pub id: QuoteId,
    /// Like `AY-0007`: the maker's prefix and their own sequence.
    pub number: String,
    pub customer: CustomerId,
    pub deal: Option<DealId>,
    pub title: String,
    pub currency: Currency,
    pub items: Vec<QuoteItem>,
    /// The last day the offer holds (the start of that day).
    pub valid_until: Option<i64>,
    pub notes: String,
    pub payment_terms: String,
    pub status: QuoteStatus,
    /// When the status last changed.
    pub status_at: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
}

impl Quote {
    pub fn lines(&self) -> Vec<QuoteLine> {
        self.items.iter().map(|i| i.line.clone()).collect()
    }

    /// The totals, or what is wrong with a line (a colleague's older build may have
    /// written one this build refuses).
    pub fn totals(&self) -> Result<QuoteTotals, QuoteProblem> {
        quote_totals(&self.lines(), self.currency)
    }

    /// The status to show at `now`: a draft or sent quote past its last valid day is
    /// expired even if nobody said so.
    pub fn status_at_time(&self, now: i64) -> QuoteStatus {
        let past = self.valid_until.is_some_and(|day| day + DAY_MS <= now);
        match self.status {
            QuoteStatus::Draft | QuoteStatus::Sent if past => QuoteStatus::Expired,
            status => status,
        }
    }
}

/// One line as typed: numbers as text, so a mistake shows beside its field.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LineDraft {
    /// Empty for a new line (the engine gives it an id).
    pub id: String,
    pub product: Option<ProductId>,
    pub description: String,
    pub quantity: String,
    pub unit: String,
    pub unit_price: String,
    /// A percentage, `0` to `100`, two decimals at most.
    pub discount: String,
    pub kdv: KdvRate,
}

/// What a user fills in to write or change a quote.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuoteDraft {
    pub customer: CustomerId,
    /// `None` opens a new deal for the quote.
    pub deal: Option<DealId>,
    pub title: String,
    pub currency: String,
    pub lines: Vec<LineDraft>,
    pub valid_until: Option<i64>,
    pub notes: String,
    pub payment_terms: String,
}

/// A draft that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedQuote {
    pub customer: CustomerId,
    pub deal: Option<DealId>,
    pub title: String,
    pub currency: Currency,
    /// Ids as the draft gave them (empty for new lines).
    pub items: Vec<QuoteItem>,
    pub valid_until: Option<i64>,
    pub notes: String,
    pub payment_terms: String,
    pub totals: QuoteTotals,
}

impl QuoteDraft {
    /// An empty quote for `customer` in lira, valid for 30 days from `today`.
    pub fn new(customer: CustomerId, today: i64) -> Self {
        Self {
            customer,
            deal: None,
            title: String::new(),
            currency: Currency::TRY.code().to_owned(),
            lines: vec![LineDraft {
                quantity: "1".into(),
                unit: "adet".into(),
                ..LineDraft::default()
            }],
            valid_until: Some(today + 30 * DAY_MS),
            notes: String::new(),
            payment_terms: String::new(),
        }
    }

    /// The draft that edits `quote`.
    pub fn of(quote: &Quote) -> Self {
        Self {
            customer: quote.customer.clone(),
            deal: quote.deal.clone(),
            title: quote.title.clone(),
            currency: quote.currency.code().to_owned(),
            lines: quote
                .items
                .iter()
                .map(|item| LineDraft {
                    id: item.id.clone(),
                    product: item.product.clone(),
                    description: item.line.description.clone(),
                    quantity: format_quantity(item.line.quantity),
                    unit: item.line.unit.clone(),
                    unit_price: crate::domain::money::format_plain(item.line.unit_price),
                    discount: format_discount(item.line.discount),
                    kdv: item.line.kdv,
                })
                .collect(),
            valid_until: quote.valid_until,
            notes: quote.notes.clone(),
            payment_terms: quote.payment_terms.clone(),
        }
    }

    /// The totals of the lines whose numbers read, as the form shows them while typing,
    /// and whether every line was counted.
    pub fn running_totals(&self) -> Option<(QuoteTotals, bool)> {
        let currency = Currency::parse(&self.currency).filter(|c| QUOTE_CURRENCIES.contains(c))?;
        let lines: Vec<QuoteLine> = self.lines.iter().filter_map(LineDraft::as_line).collect();
        let all = lines.len() == self.lines.len();
        quote_totals(&lines, currency).ok().map(|t| (t, all))
    }

    /// Checks every field and line; the checked quote with its totals, or every problem
    /// (each line's against that line's field).
    pub fn validated(&self) -> Result<CheckedQuote, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep =
            |r: Result<String, FieldError>| r.map_err(|e| errors.push(e)).unwrap_or_default();
        let title = keep(bounded(Field::Title, &self.title, MAX_LINE));
        let notes = keep(bounded(Field::Notes, &self.notes, MAX_TEXT));
        let payment_terms = keep(bounded(Field::PaymentTerms, &self.payment_terms, MAX_TEXT));
        let currency = Currency::parse(&self.currency).filter(|c| QUOTE_CURRENCIES.contains(c));
        if currency.is_none() {
            errors.push(FieldError::new(
                Field::Currency,
                Problem::InvalidCurrency(self.currency.clone()),
            ));
        }
        if self.lines.is_empty() {
            errors.push(FieldError::new(Field::Lines, Problem::Required));
        }
        if self.lines.len() > MAX_LINES {
            // Each line is not even looked at: 10,000 pasted lines are one mistake.
            errors.push(FieldError::new(
                Field::Lines,
                Problem::OutOfRange {
                    min: 1,
                    max: MAX_LINES as i64,
                },
            ));
            return Err(errors);
        }
        let mut items = Vec::with_capacity(self.lines.len());
        for (at, line) in self.lines.iter().enumerate() {
            match line.checked() {
                Ok(item) => items.push(item),
                Err(problems) => {
                    errors.extend(problems.into_iter().map(|(part, problem)| {
                        FieldError::new(Field::Line(at as u16, part), problem)
                    }))
                }
            }
        }
        let Some(currency) = currency.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let lines: Vec<QuoteLine> = items.iter().map(|i: &QuoteItem| i.line.clone()).collect();
        let totals = quote_totals(&lines, currency).map_err(|problem| match problem {
            QuoteProblem::Line(at, problem) => vec![FieldError::new(
                Field::Line(at as u16, line_part(problem)),
                Problem::TooLarge,
            )],
            QuoteProblem::TooManyLines => vec![FieldError::new(Field::Lines, Problem::Required)],
            QuoteProblem::Currency => vec![FieldError::new(
                Field::Currency,
                Problem::InvalidCurrency(self.currency.clone()),
            )],
        })?;
        Ok(CheckedQuote {
            customer: self.customer.clone(),
            deal: self.deal.clone(),
            title,
            currency,
            items,
            valid_until: self.valid_until,
            notes,
            payment_terms,
            totals,
        })
    }
}

/// Where a problem the arithmetic found belongs.
fn line_part(problem: LineProblem) -> LinePart {
    match problem {
        LineProblem::Quantity => LinePart::Quantity,
        LineProblem::UnitPrice | LineProblem::TooLarge => LinePart::UnitPrice,
        LineProblem::Discount => LinePart::Discount,
    }
}

impl LineDraft {
    /// The line's numbers as typed so far, when they all read (its texts left empty).
    pub fn as_line(&self) -> Option<QuoteLine> {
        let line = QuoteLine {
            description: String::new(),
            quantity: parse_quantity(&self.quantity)?,
            unit: String::new(),
            unit_price: parse_amount(self.unit_price.trim())?,
            discount: parse_discount(&self.discount)?,
            kdv: self.kdv,
        };
        line.total().is_ok().then_some(line)
    }

    /// The line, or each of its problems by field.
    fn checked(&self) -> Result<QuoteItem, Vec<(LinePart, Problem)>> {
        let mut problems = Vec::new();
        let description = match bounded(Field::Title, &self.description, MAX_LINE) {
            Ok(d) if d.is_empty() => {
                problems.push((LinePart::Description, Problem::Required));
                d
            }
            Ok(d) => d,
            Err(e) => {
                problems.push((LinePart::Description, e.problem));
                String::new()
            }
        };
        let unit = bounded(Field::Unit, &self.unit, 40).unwrap_or_else(|e| {
            problems.push((LinePart::Unit, e.problem));
            String::new()
        });
        let quantity = parse_quantity(&self.quantity).unwrap_or_else(|| {
            problems.push((
                LinePart::Quantity,
                Problem::InvalidNumber(self.quantity.trim().to_owned()),
            ));
            0
        });
        let unit_price = match self.unit_price.trim() {
            "" => {
                problems.push((LinePart::UnitPrice, Problem::Required));
                0
            }
            typed => parse_amount(typed).unwrap_or_else(|| {
                problems.push((
                    LinePart::UnitPrice,
                    Problem::InvalidAmount(typed.to_owned()),
                ));
                0
            }),
        };
        let discount = parse_discount(&self.discount).unwrap_or_else(|| {
            problems.push((LinePart::Discount, Problem::OutOfRange { min: 0, max: 100 }));
            0
        });
        let line = QuoteLine {
            description,
            quantity,
            unit,
            unit_price,
            discount,
            kdv: self.kdv,
        };
        if problems.is_empty() {
            if let Err(problem) = line.total() {
                problems.push((line_part(problem), Problem::TooLarge));
            }
        }
        match problems.is_empty() {
            true => Ok(QuoteItem {
                id: self.id.clone(),
                product: self.product.clone(),
                line,
            }),
            false => Err(problems),
        }
    }
}

/// A discount as typed (`10`, `12,5`, `%7.25`, empty for none) in hundredths of a percent.
pub fn parse_discount(text: &str) -> Option<i64> {
    let text = text
        .trim()
        .trim_start_matches('%')
        .trim_end_matches('%')
        .trim();
    if text.is_empty() {
        return Some(0);
    }
    let text = text.replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 3
        || fraction.len() > 2
        || !digits(whole)
        || !digits(fraction)
    {
        return None;
    }
    let value = whole.parse::<i64>().ok()? * 100 + format!("{fraction:0<2}").parse::<i64>().ok()?;
    (value <= DISCOUNT_SCALE).then_some(value)
}

/// A quantity in thousandths as a user types it back: `2`, `2,5`, `0,125`.
pub fn format_quantity(thousandths: i64) -> String {
    let (whole, fraction) = (thousandths / 1_000, thousandths % 1_000);
    match fraction {
        0 => whole.to_string(),
        f => format!("{whole},{}", format!("{f:03}").trim_end_matches('0')),
    }
}

/// A discount in hundredths of a percent as typed back: `10`, `12,5`; empty for none.
pub fn format_discount(hundredths: i64) -> String {
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match (whole, fraction) {
        (0, 0) => String::new(),
        (w, 0) => w.to_string(),
        (w, f) => format!("{w},{}", format!("{f:02}").trim_end_matches('0')),
    }
}

/// The prefix of the quotes `me` numbers: the initials of their name in capitals
/// (Turkish `i` → `İ`) and two characters worked out from their colleague id (`AY7K`).
/// Each colleague numbers only their own quotes, and the id part tells apart two with the
/// same initials who joined without knowing of each other: two such colleagues share a
/// prefix once in about a thousand pairs, and then only if neither knew of the other
/// (one who sees the other takes the next free characters).
pub fn quote_prefix(me: &ColleagueId, colleagues: &[Colleague]) -> String {
    let name = colleagues
        .iter()
        .find(|c| &c.id == me)
        .map(|c| c.name.as_str())
        .unwrap_or("");
    let mine = initials(name);
    let mut taken: Vec<String> = colleagues
        .iter()
        .filter(|c| &c.id < me && initials(&c.name) == mine)
        .map(|c| format!("{mine}{}", id_tag(&c.id, 0)))
        .collect();
    taken.sort();
    (0..)
        .map(|attempt| format!("{mine}{}", id_tag(me, attempt)))
        .find(|prefix| !taken.contains(prefix))
        .expect("a free prefix among endless attempts")
}

/// Up to two capital letters from a name: the first of its first and last words, or the
/// first two of a single word; `T` (teklif) for none.
fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let letters: String = match words.as_slice() {
        [] => String::new(),
        [one] => one.chars().filter(|c| c.is_alphabetic()).take(2).collect(),
        [first, .., last] => [first, last]
            .iter()
            .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
            .collect(),
    };
    let upper: String = letters
        .chars()
        .flat_map(|c| match c {
            'i' => vec!['İ'],
            'ı' => vec!['I'],
            c => c.to_uppercase().collect(),
        })
        .collect();
    match upper.is_empty() {
        true => "T".into(),
        false => upper,
    }
}

/// Two characters (no 0, 1, I or O, which read alike) from a colleague id and an attempt.
fn id_tag(id: &ColleagueId, attempt: u32) -> String {
    const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    // FNV-1a: fixed across builds and platforms, unlike the standard hasher.
    let mut hash: u32 = 0x811c_9dc5;
    for byte in id.0.bytes().chain(attempt.to_le_bytes()) {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    [hash % 32, (hash / 32) % 32]
        .iter()
        .map(|&i| char::from(ALPHABET[i as usize]))
        .collect()
}

/// The next number under `prefix`, after the highest of `numbers` that carries it.
pub fn next_quote_number<'a>(prefix: &str, numbers: impl IntoIterator<Item = &'a str>) -> String {
    let highest = numbers
        .into_iter()
        .filter_map(|n| {
            n.strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u32>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    format!("{prefix}-{:04}", highest + 1)
}

/// One change to a quote.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum QuoteUpdate {
    /// The whole form as saved: only what changed is written.
    Edit(QuoteDraft),
    /// Accepted wins its deal with the quote's total; the others only say where it stands.
    Status(QuoteStatus),
    /// Sent to the customer: marked sent and the sending logged as an interaction.
    Sent(crate::domain::InteractionDraft),
    /// Written by mistake; kept in history.
    Remove,
}

impl QuoteUpdate {
    /// What the commit message says changed.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Edit(_) => "edit",
            Self::Status(_) => "status",
            Self::Sent(_) => "sent",
            Self::Remove => "remove",
        }
    }
}
