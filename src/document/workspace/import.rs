//! Bringing many customers in at once (a CSV or vCard file): one commit for the whole
//! file, so one step to undo, and nothing added that is already in the workspace.

pub use crate::protocol::{ImportDuplicate, ImportOutcome};
use std::collections::HashMap;
use std::ops::Range;

use automerge::transaction::Transactable;

use super::super::fields::string;
use super::super::ids::random_id;
use super::super::read::collection;
use super::super::schema::CUSTOMERS;
use super::super::Snapshot;
use super::new_customer::{write_new_customer, NewCustomer};
use super::{customer_obj, DocumentError, Result, Workspace};
use crate::domain::{name_key, CustomerDraft, CustomerId, CustomerKind, DuplicateIndex, MatchKeys};

/// An import worked out and not yet written (see [`Workspace::plan_import`]).
#[derive(Clone, Debug)]
pub struct ImportPlan {
    /// What the import adds, as if written whole.
    pub outcome: ImportOutcome,
    drafts: Vec<CustomerDraft>,
    records: Vec<PlannedRecord>,
}

/// A new record: its id, its draft's position, and its company (`true` when the import
/// makes the company with it).
type PlannedRecord = (CustomerId, usize, Option<(CustomerId, bool)>);

impl ImportPlan {
    /// The ranges of records written as one commit each. Automerge slows down with the
    /// size of one transaction, so a large file is a few commits of one batch: history
    /// shows one import and undoing it takes back all of them.
    pub fn parts(&self) -> Vec<Range<usize>> {
        (0..self.records.len())
            .step_by(COMMIT_RECORDS)
            .map(|start| start..(start + COMMIT_RECORDS).min(self.records.len()))
            .collect()
    }

    /// How many new records the import writes, all parts together.
    pub fn records(&self) -> usize {
        self.records.len()
    }
}

impl Workspace {
    /// Adds every draft not already in the workspace (same e-mail, phone, or name and
    /// company; see `domain::duplicates`) nor earlier in `drafts`, linking persons to their
    /// company by name (made once when missing). `known` is the read model of this
    /// workspace, up to date: reading 10,000 customers again would take a second. An
    /// invalid draft fails the whole import and writes nothing.
    pub fn import_customers(
        &mut self,
        drafts: Vec<CustomerDraft>,
        known: &Snapshot,
    ) -> Result<ImportOutcome> {
        let plan = Self::plan_import(drafts, known)?;
        for part in plan.parts() {
            self.write_import(&plan, part)?;
        }
        Ok(plan.outcome)
    }

    /// Works out what importing `drafts` adds (the first half of [`Self::import_customers`]),
    /// writing nothing, so the app can write it part by part with a progress bar.
    pub fn plan_import(drafts: Vec<CustomerDraft>, known: &Snapshot) -> Result<ImportPlan> {
        let drafts = drafts
            .into_iter()
            .map(CustomerDraft::validated)
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut index = DuplicateIndex::default();
        let mut companies: HashMap<String, CustomerId> = HashMap::new();
        for customer in known.all_customers() {
            let company = known.company_name(customer).unwrap_or("");
            let customer_keys = MatchKeys::of(
                customer.kind,
                &customer.name,
                company,
                &customer.emails,
                &customer.phones,
            );
            index.insert(&customer.id, &customer_keys);
            if customer.kind == CustomerKind::Company && !customer.archived {
                if let Some(key) = company_key(&customer.name) {
                    companies.insert(key, customer.id.clone());
                }
            }
        }

        let mut outcome = ImportOutcome {
            batch: random_id(),
            ..ImportOutcome::default()
        };
        // Decide everything before writing: the commit itself only writes.
        let mut plan = Vec::new();
        let mut made = std::collections::HashSet::new();
        for (position, draft) in drafts.iter().enumerate() {
            let draft_keys = MatchKeys::of(
                draft.kind,
                &draft.name,
                &draft.company,
                &draft.emails,
                &draft.phones,
            );
            if let Some((customer, reason)) = index.find(&draft_keys) {
                outcome.duplicates.push(ImportDuplicate {
                    index: position,
                    within_file: made.contains(&customer),
                    customer,
                    reason,
                });
                continue;
            }
            let id = CustomerId(random_id());
            index.insert(&id, &draft_keys);
            made.insert(id.clone());
            let company = match draft.kind {
                CustomerKind::Person => {
                    company_key(&draft.company).map(|folded| match companies.get(&folded) {
                        Some(company) => (company.clone(), false),
                        None => {
                            let company = CustomerId(random_id());
                            companies.insert(folded, company.clone());
                            let company_keys =
                                MatchKeys::of(CustomerKind::Company, &draft.company, "", &[], &[]);
                            index.insert(&company, &company_keys);
                            made.insert(company.clone());
                            outcome.companies_added.push(company.clone());
                            (company, true)
                        }
                    })
                }
                CustomerKind::Company => {
                    if let Some(key) = company_key(&draft.name) {
                        companies.insert(key, id.clone());
                    }
                    None
                }
            };
            outcome.added.push(id.clone());
            plan.push((id, position, company));
        }
        Ok(ImportPlan {
            outcome,
            drafts,
            records: plan,
        })
    }

    /// Writes the records `part` of `plan` (see [`ImportPlan::parts`]) as one commit.
    pub fn write_import(&mut self, plan: &ImportPlan, part: Range<usize>) -> Result<()> {
        let Some(part) = plan.records.get(part) else {
            return Ok(());
        };
        if part.is_empty() {
            return Ok(());
        }
        let me = self.me.clone();
        let now = self.now();
        let batch = plan.outcome.batch.clone();
        let drafts = &plan.drafts;
        let encoding = self.doc.text_encoding();
        {
            let message = format!("customer.import {batch} {}", part.len());
            self.commit_listing(&message, |tx, touched| {
                let customers = collection(tx, CUSTOMERS).ok_or(DocumentError::NotAWorkspace)?;
                for (id, position, company) in part {
                    let draft = &drafts[*position];
                    let mut record = NewCustomer::new(draft, now, me.as_ref(), encoding)
                        .with("imported_in", &batch);
                    if let Some((company, new)) = company {
                        if *new {
                            let company_draft = CustomerDraft {
                                kind: CustomerKind::Company,
                                name: draft.company.clone(),
                                ..CustomerDraft::default()
                            };
                            let made = NewCustomer::new(&company_draft, now, me.as_ref(), encoding)
                                .with("imported_in", &batch);
                            write_new_customer(tx, &customers, company, &made)?;
                            touched.customers.push(company.clone());
                        }
                        record = record.with("company", &company.0);
                    }
                    write_new_customer(tx, &customers, id, &record)?;
                    touched.customers.push(id.clone());
                }
                Ok(())
            })?;
        }
        Ok(())
    }

    /// Takes back an import: every customer it made is removed (flagged, never deleted, so
    /// a colleague's edit of one made meanwhile is not lost). Records of an import stopped
    /// half-way that were never written are passed over. One commit.
    pub fn undo_import(&mut self, outcome: &ImportOutcome) -> Result<()> {
        let written = |id: &&CustomerId| self.customer(id).is_some();
        let ids: Vec<CustomerId> = outcome.created().filter(written).cloned().collect();
        if ids.is_empty() {
            return Ok(());
        }
        let message = format!("customer.import-undo {} {}", outcome.batch, ids.len());
        self.commit_listing(&message, |tx, touched| {
            for id in &ids {
                let (_, obj) = customer_obj(tx, id)?;
                if string(tx, &obj, "imported_in").as_deref() != Some(outcome.batch.as_str()) {
                    return Err(DocumentError::UnknownCustomer);
                }
                tx.put(&obj, "removed", true)?;
                touched.customers.push(id.clone());
            }
            Ok(())
        })
    }
}

/// Records written per commit (see `import_customers`).
const COMMIT_RECORDS: usize = 500;

/// Company names as compared: folded, legal form left out (`Acme A.Ş.` is `ACME`).
fn company_key(name: &str) -> Option<String> {
    name_key(CustomerKind::Company, name, "")
}

#[cfg(test)]
mod tests;
