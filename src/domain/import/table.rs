//! Reading decoded text as a table: which delimiter the file uses (`,` from most exports,
//! `;` from Excel in Turkish, tab from Excel's "Unicode text"), the header row, and the
//! data rows with the line each starts on, so a skipped row can be found in the file.

use super::ImportError;

/// The most data rows read: a customer list is far smaller; a bigger file is a mistake.
pub const MAX_ROWS: usize = 100_000;

/// Delimiters tried, in order of preference when two fit equally well.
const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];

/// How many records the delimiter is judged on.
const SNIFF_RECORDS: usize = 20;

/// A file read as rows of cells under a header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub delimiter: u8,
    /// Trimmed; padded with empty names up to the widest row, so every cell has a column.
    pub headers: Vec<String>,
    /// The rows that are not blank, in file order.
    pub rows: Vec<Row>,
}

/// One data row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line of the file the row starts on (a quoted cell may span lines).
    pub line: usize,
    /// Trimmed; may be shorter or longer than the header row.
    pub cells: Vec<String>,
}

/// Reads `text` as CSV: detects the delimiter, takes the first non-blank row as the
/// header and skips blank rows.
pub fn read_table(text: &str) -> Result<Table, ImportError> {
    // Excel honours (and some users add) a first line `sep=;` naming the delimiter.
    let (text, skipped_lines, declared) = match separator_line(text) {
        Some((delimiter, rest)) => (rest, 1, Some(delimiter)),
        None => (text, 0, None),
    };
    let delimiter = declared.unwrap_or_else(|| detect_delimiter(text));
    if let Some(line) = unterminated_quote(text, delimiter) {
        return Err(ImportError::Malformed {
            line: line + skipped_lines,
        });
    }
    let mut reader = reader(text, delimiter);
    let mut record = csv::StringRecord::new();
    let mut lines = Lines::new(text, skipped_lines);
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let byte = e.position().map_or(0, |p| p.byte() as usize);
                return Err(ImportError::Malformed {
                    line: lines.at(byte),
                });
            }
        }
        if is_blank(&record) {
            continue;
        }
        let cells: Vec<String> = record.iter().map(cell).collect();
        if headers.is_none() {
            headers = Some(cells);
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(ImportError::TooManyRows { limit: MAX_ROWS });
        }
        let line = lines.at(record.position().map_or(0, |p| p.byte() as usize));
        rows.push(Row { line, cells });
    }
    let mut headers = headers.ok_or(ImportError::NoColumns)?;
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    if headers.len() < width {
        headers.resize(width, String::new());
    }
    Ok(Table {
        delimiter,
        headers,
        rows,
    })
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes())
}

/// Line numbers from byte offsets. The reader's own line count lags by one after a
/// `\r\n` (it takes the `\n` as the start of the next record), so lines are counted here:
/// a record starts after the line breaks at its offset.
struct Lines<'a> {
    text: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, skipped_lines: usize) -> Self {
        Self {
            text: text.as_bytes(),
            byte: 0,
            line: 1 + skipped_lines,
        }
    }

    /// The line of the record starting at `byte`; offsets must not go backwards.
    fn at(&mut self, byte: usize) -> usize {
        let mut end = byte.clamp(self.byte, self.text.len());
        while matches!(self.text.get(end), Some(b'\r' | b'\n')) {
            end += 1;
        }
        let breaks = self.text[self.byte..end].iter().filter(|&&b| b == b'\n');
        self.line += breaks.count();
        self.byte = end;
        self.line
    }
}

fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|c| c.trim().is_empty())
}

/// A cell trimmed, its Windows line breaks made plain (a multi-line note from Excel).
fn cell(raw: &str) -> String {
    let raw = raw.trim();
    if raw.contains('\r') {
        raw.replace("\r\n", "\n")
    } else {
        raw.to_owned()
    }
}

/// Excel's `sep=X` first line: the delimiter and the text after that line.
fn separator_line(text: &str) -> Option<(u8, &str)> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    match first.trim_end_matches('\r').as_bytes() {
        [s, e, p, b'=', d] if [*s, *e, *p].eq_ignore_ascii_case(b"sep") && d.is_ascii() => {
            Some((*d, rest))
        }
        _ => None,
    }
}

/// The candidate giving the most records with the same number of columns (more than
/// one), over the first records; quotes are respected, so a `;` inside a quoted cell does
/// not count. Ties go to more columns, then to the earlier candidate. A file of one
/// column reads with `,`.
fn detect_delimiter(text: &str) -> u8 {
    let mut best = (0, 0, b',');
    for delimiter in CANDIDATES {
        let mut widths: Vec<usize> = Vec::with_capacity(SNIFF_RECORDS);
        let mut reader = reader(text, delimiter);
        let mut record = csv::StringRecord::new();
        // Blank records count: `;;;;` rows from Excel are evidence for `;`.
        while widths.len() < SNIFF_RECORDS && matches!(reader.read_record(&mut record), Ok(true)) {
            widths.push(record.len());
        }
        let (agreeing, width) = most_common(&widths);
        if width > 1 && (agreeing, width) > (best.0, best.1) {
            best = (agreeing, width, delimiter);
        }
    }
    best.2
}

/// How many times the most common width occurs, and that width (the larger on a tie).
fn most_common(widths: &[usize]) -> (usize, usize) {
    let mut best = (0, 0);
    for &width in widths {
        let count = widths.iter().filter(|&&w| w == width).count();
        best = best.max((count, width));
    }
    best
}

/// The line a quoted cell opens on if the file ends inside it. The CSV reader would
/// silently take the rest of the file as that one cell.
fn unterminated_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_on) = (1, 0);
    let (mut quoted, mut field_start) = (false, true);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line += 1;
        }
        if quoted {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    (quoted, field_start) = (false, false);
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
            opened_on = line;
        } else {
            field_start = b == delimiter || b == b'\n' || b == b'\r';
        }
        i += 1;
    }
    quoted.then_some(opened_on)
}

#[cfg(test)]
mod tests;
