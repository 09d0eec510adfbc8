//! The "Import and export" page: customers in from CSV and vCard files (with a column
//! mapping, a progress bar and a report of what was added, matched or skipped), and
//! everything out as CSV, JSON, vCard and a backup.

mod column_mapping;
mod export_section;
mod import_report;
mod import_run;
mod import_section;
mod page;

pub use import_run::Report;
pub use page::DataPage;
