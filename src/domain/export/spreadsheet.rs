//! Customers and interactions as CSV for a spreadsheet: one row each, English headers,
//! names instead of ids.
//!
//! The file starts with a UTF-8 byte-order mark: without it Excel reads the bytes as the
//! Windows code page and Turkish letters come out garbled. Every cell goes through
//! [`cell::safe`], so no cell runs as a formula.

use super::cell::{self, iso_seconds, list};
use super::Names;
use crate::domain::{
    Code, ColleagueId, CustomField, Customer, CustomerId, FieldKind, Interaction, Quote,
};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What separates the cells of a row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Separator {
    /// The standard (RFC 4180), for Google Sheets, LibreOffice and English-locale Excel.
    #[default]
    Comma,
    /// What Excel expects when the list separator is `;`, as in Turkish and most European
    /// locales, where the decimal separator is the comma: it then opens the file in
    /// columns with a double click.
    Semicolon,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
        }
    }
}

const CUSTOMER_HEADERS: [&str; 19] = [
    "Name",
    "Kind",
    "Company",
    "E-mails",
    "Phones",
    "City",
    "District",
    "Address",
    "Tags",
    "Stage",
    "Dissolution reason",
    "Owner",
    "Preferred channel",
    "Notes",
    "Tax number",
    "Tax office",
    "IBAN",
    "Archived",
    "Created at",
];

const INTERACTION_HEADERS: [&str; 8] = [
    "Customer",
    "Date/time",
    "Channel",
    "Kind",
    "Direction",
    "Summary",
    "Satisfaction",
    "Logged by",
];

/// One row per customer, in the order given. Kind, stage and channel are their stable
/// codes (`person`, `exploration`, `email`); lists are joined with `; `; times are
/// ISO 8601 in UTC. Then a column per custom field shown (`fields`), headed by its name:
/// numbers with the decimal mark the separator goes with, dates `YYYY-MM-DD`, `yes`/`no`.
pub fn customers_csv(
    customers: &[Customer],
    names: &impl Names,
    separator: Separator,
    fields: &[CustomField],
) -> Vec<u8> {
    let fields: Vec<&CustomField> = fields.iter().filter(|f| !f.removed).collect();
    let point = match separator {
        Separator::Comma => '.',
        Separator::Semicolon => ',',
    };
    let headers: Vec<String> = CUSTOMER_HEADERS
        .iter()
        .map(|h| h.to_string())
        .chain(fields.iter().map(|f| f.name.clone()))
        .collect();
    let rows = customers.iter().map(|c| {
        let name_of = |id: &CustomerId| names.customer(id).unwrap_or_default().to_owned();
        let colleague = |id: &ColleagueId| names.colleague(id).unwrap_or_default().to_owned();
        let code = |c: Option<&'static str>| c.unwrap_or_default().to_owned();
        [
            c.name.clone(),
            c.kind.code().to_owned(),
            c.company.as_ref().map(name_of).unwrap_or_default(),
            list(&c.emails),
            list(&c.phones),
            c.city.clone(),
            c.district.clone(),
            c.address.clone(),
            list(&c.tags),
            c.stage.code().to_owned(),
            code(c.dissolution_reason.map(Code::code)),
            c.owner.as_ref().map(colleague).unwrap_or_default(),
            code(c.preferred_channel.map(Code::code)),
            c.notes.clone(),
            c.tax_number.clone(),
            c.tax_office.clone(),
            c.iban.clone(),
            (if c.archived { "yes" } else { "no" }).to_owned(),
            iso_seconds(c.created_at),
        ]
        .into_iter()
        .chain(fields.iter().map(|f| {
            let value = c.fields.get(&f.id).map_or("", String::as_str);
            match f.kind {
                FieldKind::Number => value.replacen('.', &point.to_string(), 1),
                _ => value.to_owned(),
            }
        }))
        .collect::<Vec<String>>()
    });
    write_rows(&headers, rows, separator)
}

/// One row per interaction, in the order given; satisfaction is 1 to 5, or empty.
pub fn interactions_csv(
    interactions: &[Interaction],
    names: &impl Names,
    separator: Separator,
) -> Vec<u8> {
    let rows = interactions.iter().map(|i| {
        [
            names.customer(&i.customer).unwrap_or_default().to_owned(),
            iso_seconds(i.at),
            i.channel.code().to_owned(),
            i.kind.code().to_owned(),
            i.direction.code().to_owned(),
            i.summary.clone(),
            i.satisfaction.map(|s| s.to_string()).unwrap_or_default(),
            i.created_by
                .as_ref()
                .and_then(|id| names.colleague(id))
                .unwrap_or_default()
                .to_owned(),
        ]
    });
    write(&INTERACTION_HEADERS, rows, separator)
}

const QUOTE_HEADERS: [&str; 19] = [
    "Quote number",
    "Customer",
    "Title",
    "Status",
    "Currency",
    "Valid until",
    "Created at",
    "Line",
    "Description",
    "Quantity",
    "Unit",
    "Unit price",
    "Discount %",
    "KDV %",
    "Line net",
    "Line KDV",
    "Quote net",
    "Quote KDV",
    "Quote total",
];

/// One row per line of each quote, the quote's own columns repeated, so a spreadsheet can
/// filter and sum either. Amounts are plain numbers in the quote's currency, with the
/// decimal mark the separator goes with (`,` beside `;`, as Turkish Excel reads them);
/// the status is its code as of `now` (a quote past its validity is `expired`).
pub fn quotes_csv(quotes: &[Quote], names: &impl Names, separator: Separator, now: i64) -> Vec<u8> {
    let point = match separator {
        Separator::Comma => '.',
        Separator::Semicolon => ',',
    };
    let decimal = |value: i64, places: u32| -> String {
        let scale = 10_i64.pow(places);
        let sign = if value < 0 { "-" } else { "" };
        let value = value.unsigned_abs();
        let (whole, fraction) = (value / scale as u64, value % scale as u64);
        format!(
            "{sign}{whole}{point}{fraction:0width$}",
            width = places as usize
        )
    };
    let rows = quotes.iter().flat_map(|q| {
        let totals = q.totals().ok();
        q.items.iter().enumerate().map(move |(at, item)| {
            let line = &item.line;
            let line_total = totals
                .as_ref()
                .and_then(|t| t.lines.get(at).copied())
                .unwrap_or_default();
            let whole = |f: fn(&crate::domain::QuoteTotals) -> i64| {
                totals
                    .as_ref()
                    .map(|t| decimal(f(t), 2))
                    .unwrap_or_default()
            };
            [
                q.number.clone(),
                names.customer(&q.customer).unwrap_or_default().to_owned(),
                q.title.clone(),
                q.status_at_time(now).code().to_owned(),
                q.currency.code().to_owned(),
                q.valid_until
                    .map(|d| iso_seconds(d)[..10].to_owned())
                    .unwrap_or_default(),
                iso_seconds(q.created_at),
                (at + 1).to_string(),
                line.description.clone(),
                decimal(line.quantity, 3),
                line.unit.clone(),
                decimal(line.unit_price, 2),
                decimal(line.discount, 2),
                line.kdv.code().to_owned(),
                decimal(line_total.net, 2),
                decimal(line_total.kdv, 2),
                whole(|t| t.net),
                whole(|t| t.kdv),
                whole(|t| t.grand_total),
            ]
        })
    });
    write(&QUOTE_HEADERS, rows, separator)
}

fn write<const N: usize>(
    headers: &[&str; N],
    rows: impl Iterator<Item = [String; N]>,
    separator: Separator,
) -> Vec<u8> {
    let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    write_rows(&headers, rows.map(Vec::from), separator)
}

/// Rows as long as `headers`.
fn write_rows(
    headers: &[String],
    rows: impl Iterator<Item = Vec<String>>,
    separator: Separator,
) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(separator.byte())
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory fails only on a row of the wrong length, which the callers rule out.
    const MEMORY: &str = "writing CSV to memory cannot fail";
    out.write_record(headers).expect(MEMORY);
    for row in rows {
        let cells: Vec<_> = row.iter().map(|v| cell::safe(v)).collect();
        out.write_record(cells.iter().map(|c| c.as_bytes()))
            .expect(MEMORY);
    }
    out.into_inner().expect(MEMORY)
}
