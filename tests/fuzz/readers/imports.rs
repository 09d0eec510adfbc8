//! Files brought from elsewhere: CSV in every encoding the app reads (UTF-8, UTF-16,
//! Windows-1254), vCards, and the app's own JSON export.

use rapport::domain::{
    convert, customers_csv, decode, from_json, guess_mapping, parse_vcard_bytes, read_table,
    to_json, ExportFile, Mapping, NameIndex, Separator,
};

use super::{bucket, kind, with};
use crate::harness::{bytes, Reader};

pub const CSV: Reader = Reader {
    name: "csv",
    seeds: csv_seeds,
    mutate: bytes,
    read: read_csv,
    memory_cap: text_cap,
};

pub const VCARD: Reader = Reader {
    name: "vcard",
    seeds: vcard_seeds,
    mutate: bytes,
    read: read_vcard,
    memory_cap: text_cap,
};

pub const BACKUP_JSON: Reader = Reader {
    name: "backup_json",
    seeds: json_seeds,
    mutate: bytes,
    read: read_json,
    memory_cap: text_cap,
};

/// Text readers hold the text, its table or cards and their drafts: a few copies.
fn text_cap(len: usize) -> usize {
    4 * 1024 * 1024 + 40 * len
}

fn fixtures(dir: &str) -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the fixtures are in the repository")
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn csv_seeds() -> Vec<Vec<u8>> {
    let mut seeds = fixtures("import");
    with(|f| {
        let customers = f.ours.customers();
        let names = NameIndex::new(&customers, &f.ours.colleagues());
        for separator in [Separator::Comma, Separator::Semicolon] {
            seeds.push(customers_csv(&customers, &names, separator, &[]));
        }
    });
    seeds
}

/// Decoded, split into a table, mapped as the app guesses, and every row converted.
fn read_csv(input: &[u8]) -> Result<String, String> {
    let decoded = match decode(input) {
        Ok(decoded) => decoded,
        Err(error) => return Ok(kind(&error)),
    };
    let table = match read_table(&decoded.text) {
        Ok(table) => table,
        Err(error) => return Ok(format!("{:?} {}", decoded.encoding, kind(&error))),
    };
    let mapping = match Mapping::new(guess_mapping(&table.headers)) {
        Ok(mapping) => mapping,
        Err(error) => return Ok(format!("{:?} {}", decoded.encoding, kind(&error))),
    };
    let converted = convert(&table, &mapping, 0..table.rows.len());
    for row in &converted.drafts {
        row.draft
            .clone()
            .validated()
            .map_err(|e| format!("made a customer the app would refuse: {e:?}"))?;
    }
    Ok(format!(
        "{:?} drafts {} skipped {}",
        decoded.encoding,
        bucket(converted.drafts.len()),
        bucket(converted.skipped.len())
    ))
}

fn vcard_seeds() -> Vec<Vec<u8>> {
    fixtures("vcard")
}

fn read_vcard(input: &[u8]) -> Result<String, String> {
    match parse_vcard_bytes(input) {
        Err(error) => Ok(kind(&error)),
        Ok(cards) => {
            let mut good = 0;
            for card in cards.iter().flatten() {
                card.clone()
                    .validated()
                    .map_err(|e| format!("made a customer the app would refuse: {e:?}"))?;
                good += 1;
            }
            Ok(format!(
                "cards {} refused {}",
                bucket(good),
                bucket(cards.len() - good)
            ))
        }
    }
}

fn json_seeds() -> Vec<Vec<u8>> {
    with(|f| {
        [&f.ours, &f.colleague]
            .iter()
            .map(|w| {
                let file = ExportFile::new(&w.customers(), &w.interactions(), &w.colleagues(), 1);
                to_json(&file).into_bytes()
            })
            .collect()
    })
}

/// Read back, then written and read again to the same file.
fn read_json(input: &[u8]) -> Result<String, String> {
    let Ok(text) = std::str::from_utf8(input) else {
        return Ok("not UTF-8".into());
    };
    match from_json(text) {
        Err(error) => Ok(kind(&error)),
        Ok(file) => match from_json(&to_json(&file)) {
            Ok(again) if again == file => Ok(format!("read {}", bucket(file.customers.len()))),
            _ => Err("was read, but its export did not read back the same".into()),
        },
    }
}
