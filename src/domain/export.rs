//! The workspace's customers and interactions as files a person takes elsewhere: CSV for
//! a spreadsheet, and JSON with a documented schema (`docs/EXPORT.md`) for programs.
//!
//! Records point to each other by id; a spreadsheet shows names instead, which the caller
//! supplies through [`Names`]. Times are given in, never read from a clock.

mod cell;
pub use cell::iso_millis;
mod json;
mod person;
mod sales;
mod spreadsheet;

#[cfg(test)]
mod schema_check;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::colleague::{Colleague, ColleagueId};
use super::customer::{Customer, CustomerId};

pub use json::{
    from_json, to_json, ExportError, ExportFile, ExportedColleague, ExportedConsent,
    ExportedCustomer, ExportedField, ExportedInteraction, ExportedNotice, ExportedStageChange,
    EXPORT_FORMAT, EXPORT_VERSION,
};
pub use person::{
    person_json, ExportedChange, ExportedCommitment, ExportedDeal, PersonFile, PersonRecords,
    PERSON_FORMAT,
};
pub use sales::{ExportedProduct, ExportedQuote, ExportedQuoteLine};
pub use spreadsheet::{customers_csv, interactions_csv, quotes_csv, Separator};

/// The names of what records point to: a customer's company, an interaction's customer,
/// an owner or whoever logged something. `None` leaves the cell empty.
pub trait Names {
    fn customer(&self, id: &CustomerId) -> Option<&str>;
    fn colleague(&self, id: &ColleagueId) -> Option<&str>;
}

/// [`Names`] gathered from the workspace's customers and colleagues.
#[derive(Clone, Debug, Default)]
pub struct NameIndex {
    customers: HashMap<CustomerId, String>,
    colleagues: HashMap<ColleagueId, String>,
}

impl NameIndex {
    pub fn new<'a>(
        customers: impl IntoIterator<Item = &'a Customer>,
        colleagues: impl IntoIterator<Item = &'a Colleague>,
    ) -> Self {
        Self {
            customers: customers
                .into_iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect(),
            colleagues: colleagues
                .into_iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect(),
        }
    }
}

impl Names for NameIndex {
    fn customer(&self, id: &CustomerId) -> Option<&str> {
        self.customers.get(id).map(String::as_str)
    }

    fn colleague(&self, id: &ColleagueId) -> Option<&str> {
        self.colleagues.get(id).map(String::as_str)
    }
}
