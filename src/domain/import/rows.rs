//! Turning imported rows into customer drafts: names put together, lists split, kind and
//! stage read in Turkish or English, everything validated as a typed customer would be.
//! A row that cannot be imported says why, with its line, for the user to fix the file.

use std::ops::Range;

use std::collections::BTreeMap;

use super::mapping::{key, Mapping, Target};
use super::table::{Row, Table};
use crate::domain::{
    Code, CustomField, CustomerDraft, CustomerKind, DissolutionReason, FieldError, FieldId, Stage,
};

/// Why a row was not imported. The UI words each reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// Something was filled in, but neither a name nor a company.
    NoName,
    /// The first field the draft's validation refused (e-mail, phone, length, ...).
    Invalid(FieldError),
    /// A stage the import does not know, as written in the file.
    UnknownStage(String),
    /// A kind (person or company) the import does not know, as written in the file.
    UnknownKind(String),
}

/// A row that was skipped: its 1-based line in the file and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub reason: SkipReason,
}

/// A row that became a valid draft, with its line for the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowDraft {
    pub line: usize,
    pub draft: CustomerDraft,
}

/// The outcome of converting a batch of rows; batches add up with [`Converted::append`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Converted {
    pub drafts: Vec<RowDraft>,
    pub skipped: Vec<RowProblem>,
    /// Rows with nothing in a mapped column (only ignored columns filled): not problems.
    pub empty: usize,
}

impl Converted {
    /// Adds a later batch.
    pub fn append(&mut self, mut later: Converted) {
        self.drafts.append(&mut later.drafts);
        self.skipped.append(&mut later.skipped);
        self.empty += later.empty;
    }
}

/// Converts the rows `rows` (indices into `table.rows`, clamped to them), so the UI can go
/// a batch at a time with a progress bar and a chance to cancel between batches.
pub fn convert(table: &Table, mapping: &Mapping, rows: Range<usize>) -> Converted {
    let end = rows.end.min(table.rows.len());
    let batch = &table.rows[rows.start.min(end)..end];
    let mut out = Converted {
        drafts: Vec::with_capacity(batch.len()),
        ..Converted::default()
    };
    for row in batch {
        match draft_from_columns(row, mapping.targets(), mapping.fields()) {
            Ok(Some(draft)) => out.drafts.push(RowDraft {
                line: row.line,
                draft,
            }),
            Ok(None) => out.empty += 1,
            Err(problem) => out.skipped.push(problem),
        }
    }
    out
}

/// The cells of one row, gathered by target before they become a draft.
#[derive(Default)]
struct Gathered<'a> {
    any: bool,
    name: Option<&'a str>,
    first: String,
    last: String,
    company: Option<&'a str>,
    city: Option<&'a str>,
    district: Option<&'a str>,
    address: Option<&'a str>,
    kind: Option<&'a str>,
    stage: Option<&'a str>,
    tax_number: Option<&'a str>,
    tax_office: Option<&'a str>,
    iban: Option<&'a str>,
    emails: Vec<String>,
    phones: Vec<String>,
    tags: Vec<String>,
    notes: String,
    fields: BTreeMap<FieldId, String>,
}

/// `cell` without the quote a spreadsheet export puts before a value that would start a
/// formula (`'=`, `'+`, `'-`, `'@`: Rapport's own CSV export does it, as OWASP advises),
/// so a file exported and imported again holds the same values.
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// A row as a validated draft; `Ok(None)` when no mapped cell of it is filled. Lists and
/// name parts gather every column mapped to them; other fields take the first non-blank.
/// A row with a company but no name is that company; a dissolved customer is imported
/// with the reason "other", as a file carries none.
pub fn draft_from_row(row: &Row, mapping: &[Target]) -> Result<Option<CustomerDraft>, RowProblem> {
    draft_from_columns(row, mapping, &[])
}

/// [`draft_from_row`] with the custom field each column mapped to [`Target::Custom`]
/// fills (`fields`, by column); a cell that does not read as the field's kind is kept as
/// written.
pub fn draft_from_columns(
    row: &Row,
    mapping: &[Target],
    fields: &[Option<CustomField>],
) -> Result<Option<CustomerDraft>, RowProblem> {
    let mut g = Gathered::default();
    for (column, (cell, &target)) in row.cells.iter().zip(mapping).enumerate() {
        let cell = unguarded(cell.trim());
        if cell.is_empty() || target == Target::Ignore {
            continue;
        }
        g.any = true;
        match target {
            Target::Ignore => {}
            Target::Name => keep_first(&mut g.name, cell),
            Target::FirstName => join(&mut g.first, cell, " "),
            Target::LastName => join(&mut g.last, cell, " "),
            Target::Company => keep_first(&mut g.company, cell),
            Target::City => keep_first(&mut g.city, cell),
            Target::District => keep_first(&mut g.district, cell),
            Target::Address => keep_first(&mut g.address, cell),
            Target::Kind => keep_first(&mut g.kind, cell),
            Target::Stage => keep_first(&mut g.stage, cell),
            Target::TaxNumber => keep_first(&mut g.tax_number, cell),
            Target::TaxOffice => keep_first(&mut g.tax_office, cell),
            Target::Iban => keep_first(&mut g.iban, cell),
            Target::Email => split_items(cell, true, &mut g.emails),
            Target::Phone => split_items(cell, true, &mut g.phones),
            Target::Tags => labels(cell, &mut g.tags),
            Target::Notes => join(&mut g.notes, cell, "\n"),
            Target::Custom => {
                if let Some(Some(field)) = fields.get(column) {
                    g.fields
                        .entry(field.id.clone())
                        .or_insert_with(|| field.imported(cell));
                }
            }
        }
    }
    if !g.any {
        return Ok(None);
    }
    let problem = |reason| RowProblem {
        line: row.line,
        reason,
    };
    let kind = match g.kind {
        Some(k) => Some(kind(k).ok_or_else(|| problem(SkipReason::UnknownKind(k.to_owned())))?),
        None => None,
    };
    let (stage, dissolution_reason) = match g.stage {
        Some(s) => stage(s).ok_or_else(|| problem(SkipReason::UnknownStage(s.to_owned())))?,
        None => (Stage::Exploration, None),
    };
    let name = match g.name {
        Some(name) => name.to_owned(),
        None => {
            let mut name = g.first;
            join(&mut name, &g.last, " ");
            name
        }
    };
    let company = g.company.unwrap_or_default();
    let (kind, name, company) = match kind {
        Some(CustomerKind::Company) | None if name.is_empty() && !company.is_empty() => {
            (CustomerKind::Company, company.to_owned(), String::new())
        }
        _ if name.is_empty() => return Err(problem(SkipReason::NoName)),
        // A company customer belongs to no company.
        Some(CustomerKind::Company) => (CustomerKind::Company, name, String::new()),
        _ => (CustomerKind::Person, name, company.to_owned()),
    };
    CustomerDraft {
        kind,
        name,
        company,
        emails: g.emails,
        phones: g.phones,
        city: g.city.unwrap_or_default().to_owned(),
        district: g.district.unwrap_or_default().to_owned(),
        address: g.address.unwrap_or_default().to_owned(),
        tags: g.tags,
        stage,
        dissolution_reason,
        notes: g.notes,
        tax_number: g.tax_number.unwrap_or_default().to_owned(),
        tax_office: g.tax_office.unwrap_or_default().to_owned(),
        iban: g.iban.unwrap_or_default().to_owned(),
        fields: g.fields,
        ..CustomerDraft::default()
    }
    .validated()
    .map(Some)
    .map_err(|mut errors| problem(SkipReason::Invalid(errors.swap_remove(0))))
}

fn keep_first<'a>(slot: &mut Option<&'a str>, cell: &'a str) {
    slot.get_or_insert(cell);
}

fn join(text: &mut String, part: &str, separator: &str) {
    if part.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push_str(separator);
    }
    text.push_str(part);
}

/// Splits a cell holding several e-mails or phones (or tags, without `/`): on `,` `;`
/// line breaks, Google's ` ::: ` and, for e-mails and phones, `/`.
fn split_items(cell: &str, slash: bool, out: &mut Vec<String>) {
    let separator = |c: char| matches!(c, ',' | ';' | '\n' | '\r') || (slash && c == '/');
    for part in cell.split(":::").flat_map(|part| part.split(separator)) {
        let part = part.trim();
        if !part.is_empty() {
            out.push(part.to_owned());
        }
    }
}

/// Tags, from a tag list or Google's labels (`* myContacts ::: Müşteriler`). Google's
/// own groups say nothing about a customer; its older starred groups (`* friends`) are
/// kept without the mark.
fn labels(cell: &str, out: &mut Vec<String>) {
    let from = out.len();
    split_items(cell, false, out);
    let mut i = from;
    while i < out.len() {
        match out[i].strip_prefix('*').map(str::trim) {
            Some("myContacts" | "starred") => {
                out.remove(i);
            }
            Some(label) => {
                out[i] = label.to_owned();
                i += 1;
            }
            None => i += 1,
        }
    }
}

fn kind(value: &str) -> Option<CustomerKind> {
    match key(value).as_str() {
        "person" | "kisi" | "sahis" | "birey" | "bireysel" | "individual" | "contact" => {
            Some(CustomerKind::Person)
        }
        "company" | "sirket" | "firma" | "kurum" | "kurumsal" | "isletme" | "organization"
        | "organisation" | "business" => Some(CustomerKind::Company),
        _ => None,
    }
}

/// A stage by its code, its Turkish or English name, or a HubSpot lifecycle stage
/// (leads are explored, opportunities are aware of the value, customers committed).
fn stage(value: &str) -> Option<(Stage, Option<DissolutionReason>)> {
    let key = key(value);
    let stage = Stage::from_code(&key).or(match key.as_str() {
        "kesif"
        | "aday"
        | "potansiyel"
        | "abone"
        | "subscriber"
        | "lead"
        | "marketingqualifiedlead"
        | "salesqualifiedlead"
        | "mql"
        | "sql" => Some(Stage::Exploration),
        // HubSpot's "Other" is outside its funnel: the start, as a new customer would be.
        "other" => Some(Stage::Exploration),
        "farkindalik" | "firsat" | "opportunity" => Some(Stage::Awareness),
        "gelisme" | "buyume" | "genisleme" => Some(Stage::Expansion),
        "sadakat" | "sadik" | "musteri" | "customer" | "evangelist" | "loyal" => {
            Some(Stage::Commitment)
        }
        "dagilma" | "ayrilik" | "kayip" | "eskimusteri" | "lost" | "churned" | "formercustomer" => {
            Some(Stage::Dissolution)
        }
        _ => None,
    })?;
    let reason = (stage == Stage::Dissolution).then_some(DissolutionReason::Other);
    Some((stage, reason))
}

#[cfg(test)]
mod tests;
