//! A quote's arithmetic (teklif), exact in minor units (kuruş, cents): each line is
//! quantity × unit price less its discount, its KDV worked out and rounded on the line as
//! Turkish invoices do, then the totals per KDV rate, the KDV and the grand total. A
//! quote has one currency (TRY, USD or EUR); amounts of different currencies are never
//! added together. The records, their numbers and the print view build on this.

use super::codes::code_enum;
use super::money::{Currency, MAX_AMOUNT};

code_enum! {
    /// The KDV (VAT) rates in force: 0, 1, 10 and 20 %.
    pub enum KdvRate {
        Zero = "0",
        One = "1",
        Ten = "10",
        Twenty = "20",
    }
}

impl Default for KdvRate {
    /// The general rate, what most goods and services carry.
    fn default() -> Self {
        KdvRate::Twenty
    }
}

impl KdvRate {
    pub fn percent(self) -> i64 {
        match self {
            KdvRate::Zero => 0,
            KdvRate::One => 1,
            KdvRate::Ten => 10,
            KdvRate::Twenty => 20,
        }
    }
}

/// Quantities are kept in thousandths: 2.5 hours is 2_500, 1 piece 1_000.
pub const QUANTITY_SCALE: i64 = 1_000;
/// Discounts are kept in hundredths of a percent: 12.5 % is 1_250.
pub const DISCOUNT_SCALE: i64 = 10_000;
/// More lines than a printed quote holds is a mistake (a paste gone wrong), not a quote.
pub const MAX_LINES: usize = 500;
/// The largest quantity of a line: a million units.
pub const MAX_QUANTITY: i64 = 1_000_000 * QUANTITY_SCALE;

/// One line as entered.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct QuoteLine {
    pub description: String,
    /// In thousandths of `unit`.
    pub quantity: i64,
    /// "adet", "saat", "kg"…
    pub unit: String,
    /// In minor units of the quote's currency, before KDV.
    pub unit_price: i64,
    /// In hundredths of a percent, 0 to 100 %.
    pub discount: i64,
    pub kdv: KdvRate,
}

/// What one line comes to, in minor units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineTotal {
    /// Quantity × unit price, before the discount.
    pub gross: i64,
    pub discount: i64,
    /// After the discount, before KDV: what KDV is worked out on.
    pub net: i64,
    pub kdv: i64,
}

/// The sums of one KDV rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateTotal {
    pub rate: KdvRate,
    pub net: i64,
    pub kdv: i64,
}

/// A whole quote's totals, in minor units of `currency`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteTotals {
    pub currency: Currency,
    pub lines: Vec<LineTotal>,
    pub discount: i64,
    /// The sum of the lines' nets (the KDV base).
    pub net: i64,
    /// One entry per rate used, in rising order of rate.
    pub per_rate: Vec<RateTotal>,
    pub kdv: i64,
    /// Net plus KDV: what the customer pays.
    pub grand_total: i64,
}

/// What is wrong with a line, for the message beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineProblem {
    /// Zero or less, or beyond [`MAX_QUANTITY`].
    Quantity,
    /// Below zero, or beyond the largest amount.
    UnitPrice,
    /// Below 0 % or above 100 %.
    Discount,
    /// The line would come to more than the largest amount.
    TooLarge,
}

/// Why a quote cannot be totalled: a line's problem (by its index), or too many lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteProblem {
    Line(usize, LineProblem),
    TooManyLines,
    /// Only TRY, USD and EUR.
    Currency,
}

/// The currencies a quote may be in.
pub const QUOTE_CURRENCIES: [Currency; 3] = [Currency::TRY, Currency::USD, Currency::EUR];

/// `a × b ÷ c`, rounded half away from zero, in 128 bits so no step overflows.
fn scaled(a: i64, b: i64, c: i64) -> i64 {
    let product = i128::from(a) * i128::from(b);
    let c = i128::from(c);
    let half = c / 2;
    let rounded = if product >= 0 {
        (product + half) / c
    } else {
        (product - half) / c
    };
    rounded as i64
}

impl QuoteLine {
    /// The line's amounts, or what is wrong with it.
    pub fn total(&self) -> Result<LineTotal, LineProblem> {
        if self.quantity <= 0 || self.quantity > MAX_QUANTITY {
            return Err(LineProblem::Quantity);
        }
        if !(0..=MAX_AMOUNT).contains(&self.unit_price) {
            return Err(LineProblem::UnitPrice);
        }
        if !(0..=DISCOUNT_SCALE).contains(&self.discount) {
            return Err(LineProblem::Discount);
        }
        let gross = scaled(self.quantity, self.unit_price, QUANTITY_SCALE);
        if gross > MAX_AMOUNT {
            return Err(LineProblem::TooLarge);
        }
        let discount = scaled(gross, self.discount, DISCOUNT_SCALE);
        let net = gross - discount;
        let kdv = scaled(net, self.kdv.percent(), 100);
        Ok(LineTotal {
            gross,
            discount,
            net,
            kdv,
        })
    }
}

/// Totals `lines` in `currency`: KDV rounded on each line, then summed per rate.
pub fn quote_totals(lines: &[QuoteLine], currency: Currency) -> Result<QuoteTotals, QuoteProblem> {
    if !QUOTE_CURRENCIES.contains(&currency) {
        return Err(QuoteProblem::Currency);
    }
    if lines.len() > MAX_LINES {
        return Err(QuoteProblem::TooManyLines);
    }
    let mut totals = QuoteTotals {
        currency,
        lines: Vec::with_capacity(lines.len()),
        discount: 0,
        net: 0,
        per_rate: Vec::new(),
        kdv: 0,
        grand_total: 0,
    };
    for (at, line) in lines.iter().enumerate() {
        let total = line
            .total()
            .map_err(|problem| QuoteProblem::Line(at, problem))?;
        totals.discount += total.discount;
        totals.net += total.net;
        totals.kdv += total.kdv;
        match totals.per_rate.iter_mut().find(|r| r.rate == line.kdv) {
            Some(rate) => {
                rate.net += total.net;
                rate.kdv += total.kdv;
            }
            None => totals.per_rate.push(RateTotal {
                rate: line.kdv,
                net: total.net,
                kdv: total.kdv,
            }),
        }
        totals.lines.push(total);
    }
    totals.per_rate.sort_by_key(|r| r.rate.percent());
    totals.grand_total = totals.net + totals.kdv;
    Ok(totals)
}

/// Reads a quantity as typed (`2`, `2,5`, `2.5`, `0,125`) into thousandths.
pub fn parse_quantity(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() && fraction.is_empty()
        || fraction.len() > 3
        || !whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = format!("{fraction:0<3}").parse().ok()?;
    let quantity = whole.checked_mul(QUANTITY_SCALE)?.checked_add(fraction)?;
    (quantity > 0 && quantity <= MAX_QUANTITY).then_some(quantity)
}

mod record;
pub use record::{
    format_discount, format_quantity, next_quote_number, parse_discount, quote_prefix,
    CheckedQuote, LineDraft, Quote, QuoteDraft, QuoteId, QuoteItem, QuoteStatus, QuoteUpdate,
};

#[cfg(test)]
mod tests;
