//! The duplicate finder's list: pairs of active customers that look like one.

use super::Snapshot;
use crate::domain::{likely_duplicates, DuplicatePair, MatchKeys};

impl Snapshot {
    /// Pairs of active (not archived) customers sharing an e-mail, a phone number, or a
    /// name and company; strongest reasons first.
    pub fn likely_duplicates(&self) -> Vec<DuplicatePair> {
        let records: Vec<_> = self
            .customers
            .values()
            .filter(|c| !c.archived)
            .map(|c| {
                let company = self.company_name(c).unwrap_or("");
                let keys = MatchKeys::of(c.kind, &c.name, company, &c.emails, &c.phones);
                (c.id.clone(), keys)
            })
            .collect();
        likely_duplicates(&records)
    }
}
