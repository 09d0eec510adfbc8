//! Products and services the firm sells: the workspace's price list, from which a quote's
//! lines are filled in (name, unit, unit price before KDV, currency, KDV rate).

use super::colleague::ColleagueId;
use super::deal::parse_money;
use super::money::Money;
use super::quote::{KdvRate, QUOTE_CURRENCIES};
use super::validation::{bounded, required, Field, FieldError, Problem, MAX_LINE};

/// The stable id of a product: random, so two devices never make the same one.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct ProductId(pub String);

/// A product or service as the workspace keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Product {
    pub id: ProductId,
    pub name: String,
    /// "adet", "saat", "kg"… as the firm writes it.
    pub unit: String,
    /// Before KDV.
    pub unit_price: Money,
    pub kdv: KdvRate,
    /// No longer offered: kept for the quotes that name it, left out of the pickers.
    pub archived: bool,
    pub created_at: i64,
    pub created_by: Option<ColleagueId>,
}

/// What a user fills in; price and currency as typed, so a mistake shows at its field.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProductDraft {
    pub name: String,
    pub unit: String,
    pub unit_price: String,
    pub currency: String,
    pub kdv: KdvRate,
    pub archived: bool,
}

impl Default for ProductDraft {
    fn default() -> Self {
        Self {
            name: String::new(),
            unit: "adet".into(),
            unit_price: String::new(),
            currency: "TRY".into(),
            kdv: KdvRate::Twenty,
            archived: false,
        }
    }
}

impl ProductDraft {
    /// The draft that edits `product`.
    pub fn of(product: &Product) -> Self {
        Self {
            name: product.name.clone(),
            unit: product.unit.clone(),
            unit_price: super::money::format_plain(product.unit_price.minor),
            currency: product.unit_price.currency.code().to_owned(),
            kdv: product.kdv,
            archived: product.archived,
        }
    }

    /// Checks every field; returns the cleaned draft and its price, or every problem.
    pub fn validated(self) -> Result<(Self, Money), Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required(Field::Name, &self.name, MAX_LINE).map_err(|e| errors.push(e));
        let unit = bounded(Field::Unit, &self.unit, 40).map_err(|e| errors.push(e));
        let price = parse_money(&self.unit_price, &self.currency)
            .map_err(|e| {
                errors.extend(e.into_iter().map(|e| match e.field {
                    Field::Amount => FieldError::new(Field::UnitPrice, e.problem),
                    _ => e,
                }))
            })
            .ok()
            .filter(|money| {
                let allowed = QUOTE_CURRENCIES.contains(&money.currency);
                if !allowed {
                    errors.push(FieldError::new(
                        Field::Currency,
                        Problem::InvalidCurrency(self.currency.clone()),
                    ));
                }
                allowed
            });
        match (name, unit, price) {
            (Ok(name), Ok(unit), Some(price)) if errors.is_empty() => {
                Ok((Self { name, unit, ..self }, price))
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests;
