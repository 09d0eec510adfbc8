//! Each fixture file end to end (bytes, table, mapping, drafts) with the exact drafts
//! expected, and a large generated file converted in batches as the UI will. Helpers and
//! the refusals here; the files by origin in `tests/`.

use super::*;
use crate::domain::{CustomerDraft, CustomerKind, Field, FieldError, Problem, Stage};
use Target as T;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}{name}")).unwrap()
}

/// The whole pipeline on a fixture: its encoding, table, guessed mapping and outcome.
fn import(name: &str) -> (Encoding, Table, Vec<Target>, Converted) {
    let decoded = decode(&fixture(name)).unwrap();
    let table = read_table(&decoded.text).unwrap();
    let targets = guess_mapping(&table.headers);
    let mapping = Mapping::new(targets.clone()).unwrap();
    let converted = convert(&table, &mapping, 0..table.rows.len());
    (decoded.encoding, table, targets, converted)
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn person(
    name: &str,
    company: &str,
    emails: &[&str],
    phones: &[&str],
    city: &str,
) -> CustomerDraft {
    CustomerDraft {
        name: name.into(),
        company: company.into(),
        emails: list(emails),
        phones: list(phones),
        city: city.into(),
        ..CustomerDraft::default()
    }
}

fn company(name: &str, emails: &[&str], phones: &[&str], city: &str) -> CustomerDraft {
    CustomerDraft {
        kind: CustomerKind::Company,
        ..person(name, "", emails, phones, city)
    }
}

fn drafts(converted: &Converted) -> Vec<(usize, CustomerDraft)> {
    converted
        .drafts
        .iter()
        .map(|d| (d.line, d.draft.clone()))
        .collect()
}

fn skipped(line: usize, reason: SkipReason) -> RowProblem {
    RowProblem { line, reason }
}

mod excel;
mod exports;
mod large;

#[test]
fn files_that_are_not_tables_are_refused() {
    assert_eq!(decode(&fixture("binary.png")), Err(ImportError::NotText));
    assert_eq!(decode(&fixture("empty.csv")), Err(ImportError::Empty));
}

#[test]
fn errors_read_plainly_in_logs() {
    assert_eq!(
        ImportError::TooLarge {
            limit_bytes: MAX_FILE_BYTES
        }
        .to_string(),
        "the file is larger than 20971520 bytes"
    );
    assert_eq!(
        ImportError::Malformed { line: 12 }.to_string(),
        "the file is not valid CSV from line 12 on"
    );
}
