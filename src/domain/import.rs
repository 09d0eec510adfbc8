//! CSV import: customers brought from spreadsheets (Excel's `;`-separated Windows-1254
//! files), Google Contacts and HubSpot exports. Bytes are decoded (`text`), split into a
//! table (`table`), its columns mapped to customer fields (`mapping`) and each row turned
//! into a [`CustomerDraft`](super::CustomerDraft) or a reason it was skipped (`rows`).
//! Nothing here writes: the document layer creates the drafts it is handed.

mod cp1254;
mod mapping;
mod rows;
mod table;
mod text;

pub(crate) use mapping::guess_target;
pub use mapping::{guess_fields, guess_mapping, Mapping, Target};
pub use rows::{
    convert, draft_from_columns, draft_from_row, Converted, RowDraft, RowProblem, SkipReason,
};
pub use table::{read_table, Row, Table, MAX_ROWS};
pub use text::{decode, Decoded, Encoding, MAX_FILE_BYTES};

/// Why a file cannot be imported at all. The UI translates each variant; the message is
/// for logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not text (binary data)")]
    NotText,
    #[error("the file is larger than {limit_bytes} bytes")]
    TooLarge { limit_bytes: usize },
    #[error("the file has no header row with column names")]
    NoColumns,
    #[error("the file is not valid CSV from line {line} on")]
    Malformed { line: usize },
    #[error("the file has more than {limit} rows")]
    TooManyRows { limit: usize },
    #[error("no column is mapped to a name, first name, last name or company")]
    NoNameColumn,
}

#[cfg(test)]
mod tests;
