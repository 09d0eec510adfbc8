//! Delimiters, quotes, blank rows, line numbers and the refusals, on small texts.

use super::*;

fn cells(table: &Table) -> Vec<Vec<&str>> {
    table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect()
}

#[test]
fn each_delimiter_is_detected() {
    for (text, delimiter) in [
        ("Ad,Soyad,Şehir\nAyşe,Yılmaz,İzmir\n", b','),
        ("Ad;Soyad;Şehir\nAyşe;Yılmaz;İzmir\n", b';'),
        ("Ad\tSoyad\tŞehir\nAyşe\tYılmaz\tİzmir\n", b'\t'),
    ] {
        let table = read_table(text).unwrap();
        assert_eq!(table.delimiter, delimiter, "{text:?}");
        assert_eq!(table.headers, vec!["Ad", "Soyad", "Şehir"]);
        assert_eq!(cells(&table), vec![vec!["Ayşe", "Yılmaz", "İzmir"]]);
    }
}

#[test]
fn commas_inside_cells_do_not_outvote_semicolons() {
    let text = "Ad;Adres;Not\n\
                Ayşe;Bağdat Cad. 5, Kadıköy;aradı, teklif istedi\n\
                Ali;Atatürk Blv. 12, Çankaya;yok\n\
                Can;Kordon 3, Konak;1,5 ton, acil\n";
    let table = read_table(text).unwrap();
    assert_eq!(table.delimiter, b';');
    assert_eq!(table.rows[0].cells[1], "Bağdat Cad. 5, Kadıköy");
}

#[test]
fn quoted_delimiters_are_respected() {
    let text =
        "Name,Company,City\n\"Kaya, Zeynep\",\"Öz, Ortaklar\",Ankara\nEmre,\"A, B, C\",Bursa\n";
    let table = read_table(text).unwrap();
    assert_eq!(table.delimiter, b',');
    assert_eq!(
        cells(&table),
        vec![
            vec!["Kaya, Zeynep", "Öz, Ortaklar", "Ankara"],
            vec!["Emre", "A, B, C", "Bursa"],
        ]
    );
    // Quoted semicolons in a comma file do not make it a semicolon file.
    let text = "a,b\n\"x;y;z\",1\n\"p;q;r\",2\n";
    assert_eq!(read_table(text).unwrap().delimiter, b',');
}

#[test]
fn quoted_cells_span_lines_and_rows_keep_their_first_line() {
    let text = "Ad;Not\r\nAyşe;\"iki\r\nsatır\"\r\n\r\n;\r\nAli;\"tırnak \"\"içinde\"\"\"\r\n";
    let table = read_table(text).unwrap();
    assert_eq!(
        cells(&table),
        vec![vec!["Ayşe", "iki\nsatır"], vec!["Ali", "tırnak \"içinde\""]]
    );
    let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![2, 6]);
}

#[test]
fn blank_rows_are_skipped_and_cells_trimmed() {
    let text = "\n;;\n Ad ; Şehir \n  Ayşe ;İzmir\r\n ; \nAli;\n";
    let table = read_table(text).unwrap();
    assert_eq!(table.headers, vec!["Ad", "Şehir"]);
    assert_eq!(cells(&table), vec![vec!["Ayşe", "İzmir"], vec!["Ali", ""]]);
    assert_eq!(table.rows[1].line, 6);
}

#[test]
fn headers_are_padded_to_the_widest_row() {
    let table = read_table("Ad,Şehir\nAyşe,İzmir,fazla\n").unwrap();
    assert_eq!(table.headers, vec!["Ad", "Şehir", ""]);
}

#[test]
fn excel_separator_line_names_the_delimiter() {
    let table = read_table("sep=;\r\nAd,Soyad;Şehir\r\nAyşe,Ali;Yılmaz\r\n").unwrap();
    assert_eq!(table.delimiter, b';');
    assert_eq!(table.headers, vec!["Ad,Soyad", "Şehir"]);
    assert_eq!(table.rows[0].line, 3);
}

#[test]
fn a_single_column_reads_with_commas() {
    let table = read_table("Ad Soyad\nAyşe Yılmaz\n").unwrap();
    assert_eq!((table.delimiter, table.headers.len()), (b',', 1));
    assert_eq!(cells(&table), vec![vec!["Ayşe Yılmaz"]]);
}

#[test]
fn a_file_without_columns_is_refused() {
    for text in ["\r\n", ";;;\n;;\n", "  \n\t\n"] {
        assert_eq!(read_table(text), Err(ImportError::NoColumns), "{text:?}");
    }
}

#[test]
fn an_unterminated_quote_is_malformed_at_its_line() {
    let text = "Ad;Not\nAyşe;iyi\nAli;\"başlar\nve bitmez\nCan;x\n";
    assert_eq!(read_table(text), Err(ImportError::Malformed { line: 3 }));
    // A quote inside an unquoted cell is just a character.
    let table = read_table("Ad;Not\nAyşe;5\" ekran\n").unwrap();
    assert_eq!(table.rows[0].cells[1], "5\" ekran");
}

#[test]
fn too_many_rows_are_refused() {
    let mut text = String::from("Ad;Şehir\n");
    for i in 0..MAX_ROWS {
        text.push_str(&format!("Kişi {i};İzmir\n"));
    }
    assert_eq!(read_table(&text).unwrap().rows.len(), MAX_ROWS);
    text.push_str("Bir fazla;Ankara\n");
    assert_eq!(
        read_table(&text),
        Err(ImportError::TooManyRows { limit: 100_000 })
    );
}
