//! Products and quotes in the JSON export. Amounts are integers exactly as kept: money in
//! hundredths of the currency, quantities in thousandths, discounts in hundredths of a
//! percent; the totals are written too, worked out as the app shows them.

use serde::{Deserialize, Serialize};

use super::cell::iso_millis;
use super::ExportFile;
use crate::domain::{Code, Product, Quote};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedProduct {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// Hundredths of `currency`, before KDV.
    pub unit_price: i64,
    pub currency: String,
    /// The KDV rate in percent: 0, 1, 10 or 20.
    pub kdv: i64,
    pub archived: bool,
    pub created_at: String,
    pub created_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedQuoteLine {
    pub id: String,
    pub product: Option<String>,
    pub description: String,
    /// Thousandths of `unit`.
    pub quantity: i64,
    pub unit: String,
    pub unit_price: i64,
    /// Hundredths of a percent.
    pub discount: i64,
    pub kdv: i64,
    /// After the discount, before KDV; `null` when the line cannot be totalled.
    pub net: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedQuote {
    pub id: String,
    pub number: String,
    pub customer: String,
    pub deal: Option<String>,
    pub title: String,
    pub currency: String,
    /// As of the export: a quote past its validity without an answer is `expired`.
    pub status: String,
    /// The last day the offer holds (its start, UTC).
    pub valid_until: Option<String>,
    pub notes: String,
    pub payment_terms: String,
    pub lines: Vec<ExportedQuoteLine>,
    pub net: Option<i64>,
    pub kdv: Option<i64>,
    pub total: Option<i64>,
    pub created_at: String,
    pub created_by: Option<String>,
}

impl ExportFile {
    /// The export with the price list and the quotes.
    pub fn with_sales(self, products: &[Product], quotes: &[Quote], now: i64) -> Self {
        Self {
            products: products.iter().map(product).collect(),
            quotes: quotes.iter().map(|q| quote(q, now)).collect(),
            ..self
        }
    }
}

fn product(p: &Product) -> ExportedProduct {
    ExportedProduct {
        id: p.id.0.clone(),
        name: p.name.clone(),
        unit: p.unit.clone(),
        unit_price: p.unit_price.minor,
        currency: p.unit_price.currency.code().to_owned(),
        kdv: p.kdv.percent(),
        archived: p.archived,
        created_at: iso_millis(p.created_at),
        created_by: p.created_by.as_ref().map(|c| c.0.clone()),
    }
}

pub(super) fn quote(q: &Quote, now: i64) -> ExportedQuote {
    let totals = q.totals().ok();
    ExportedQuote {
        id: q.id.0.clone(),
        number: q.number.clone(),
        customer: q.customer.0.clone(),
        deal: q.deal.as_ref().map(|d| d.0.clone()),
        title: q.title.clone(),
        currency: q.currency.code().to_owned(),
        status: q.status_at_time(now).code().to_owned(),
        valid_until: q.valid_until.map(iso_millis),
        notes: q.notes.clone(),
        payment_terms: q.payment_terms.clone(),
        lines: q
            .items
            .iter()
            .enumerate()
            .map(|(at, item)| ExportedQuoteLine {
                id: item.id.clone(),
                product: item.product.as_ref().map(|p| p.0.clone()),
                description: item.line.description.clone(),
                quantity: item.line.quantity,
                unit: item.line.unit.clone(),
                unit_price: item.line.unit_price,
                discount: item.line.discount,
                kdv: item.line.kdv.percent(),
                net: totals.as_ref().and_then(|t| t.lines.get(at)).map(|l| l.net),
            })
            .collect(),
        net: totals.as_ref().map(|t| t.net),
        kdv: totals.as_ref().map(|t| t.kdv),
        total: totals.as_ref().map(|t| t.grand_total),
        created_at: iso_millis(q.created_at),
        created_by: q.created_by.as_ref().map(|c| c.0.clone()),
    }
}
