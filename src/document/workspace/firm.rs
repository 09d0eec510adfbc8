//! The firm's own details, kept as plain keys of the workspace's `meta` map (each
//! last-writer-wins, so two colleagues correcting different lines both keep theirs).

use super::super::fields::{put_str, string};
use super::super::read::collection;
use super::super::schema::META;
use super::{DocumentError, Result, Workspace};
use crate::domain::Firm;

impl Workspace {
    pub fn firm(&self) -> Firm {
        let Some(meta) = collection(&self.doc, META) else {
            return Firm::default();
        };
        let read = |key: &str| string(&self.doc, &meta, key).unwrap_or_default();
        Firm {
            name: read("firm_name"),
            address: read("firm_address"),
            phone: read("firm_phone"),
            email: read("firm_email"),
            tax_office: read("firm_tax_office"),
            tax_number: read("firm_tax_number"),
            iban: read("firm_iban"),
        }
    }

    /// Writes the firm's details; only the fields that changed.
    pub fn set_firm(&mut self, firm: Firm) -> Result<()> {
        let firm = firm.validated()?;
        self.commit("workspace.firm", |tx| {
            let meta = collection(tx, META).ok_or(DocumentError::NotAWorkspace)?;
            for (key, value) in firm.fields() {
                put_str(tx, &meta, key, value)?;
            }
            Ok(())
        })
    }
}
