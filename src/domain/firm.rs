//! The firm's own details, printed at the head of its quotes: the workspace keeps one
//! set, shared with every colleague.

use super::validation::{bounded, Field, FieldError, MAX_LINE};

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Firm {
    pub name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub tax_office: String,
    pub tax_number: String,
    pub iban: String,
}

impl Firm {
    /// The stored keys (in the workspace's `meta`) with their values.
    pub fn fields(&self) -> [(&'static str, &str); 7] {
        [
            ("firm_name", &self.name),
            ("firm_address", &self.address),
            ("firm_phone", &self.phone),
            ("firm_email", &self.email),
            ("firm_tax_office", &self.tax_office),
            ("firm_tax_number", &self.tax_number),
            ("firm_iban", &self.iban),
        ]
    }

    /// Trimmed, each field bounded (an address may take a few lines).
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |field: Field, value: &str, max: usize| {
            bounded(field, value, max)
                .map_err(|e| errors.push(e))
                .unwrap_or_default()
        };
        let firm = Self {
            name: keep(Field::Name, &self.name, MAX_LINE),
            address: keep(Field::Address, &self.address, 4 * MAX_LINE),
            phone: keep(Field::Phones, &self.phone, MAX_LINE),
            email: keep(Field::Emails, &self.email, MAX_LINE),
            tax_office: keep(Field::TaxOffice, &self.tax_office, MAX_LINE),
            tax_number: keep(Field::TaxNumber, &self.tax_number, MAX_LINE),
            iban: keep(Field::Iban, &self.iban, MAX_LINE),
        };
        match errors.is_empty() {
            true => Ok(firm),
            false => Err(errors),
        }
    }
}
