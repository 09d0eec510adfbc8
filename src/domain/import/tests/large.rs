//! A large file, converted in batches as the UI does.

use super::*;

/// 10,000 generated rows in Windows-1254, converted in batches of 1,000 as the UI does.
#[test]
fn ten_thousand_rows_convert_fully_in_batches() {
    let names: Vec<&str> = "Ayşe İsmail Şükrü Gülşen Ömer Çiğdem Ümran Ilgın"
        .split(' ')
        .collect();
    let surnames: Vec<&str> = "Yılmaz Çelik Öztürk Ağaoğlu Şahin Doğan Işık Güneş"
        .split(' ')
        .collect();
    let cities: Vec<&str> = "İzmir İstanbul Eskişehir Muğla Iğdır Çanakkale Şanlıurfa"
        .split(' ')
        .collect();
    let mut text = String::from("Ad;Soyad;Şirket;Telefon;E-posta;Şehir;Etiketler;Aşama\r\n");
    for i in 0..10_000 {
        let (name, surname) = (names[i % 8], surnames[(i / 8) % 8]);
        let city = cities[i % 7];
        text.push_str(&format!(
            "{name};{surname};\"Firma {i}; Ltd.\";0532 {:03} {:02} {:02};kisi{i}@ornek.com.tr;{city};Bayi, Ege;Sadakat\r\n",
            i % 1000,
            i % 100,
            (i / 100) % 100
        ));
    }
    let bytes = cp1254::encode(&text);
    let decoded = decode(&bytes).unwrap();
    assert_eq!(
        (decoded.encoding, decoded.text.as_str()),
        (Encoding::Windows1254, text.as_str())
    );
    let table = read_table(&decoded.text).unwrap();
    assert_eq!(table.rows.len(), 10_000);
    let mapping = Mapping::new(guess_mapping(&table.headers)).unwrap();
    let mut all = Converted::default();
    for start in (0..table.rows.len()).step_by(1_000) {
        all.append(convert(&table, &mapping, start..start + 1_000));
    }
    assert_eq!(
        (all.drafts.len(), all.skipped.len(), all.empty),
        (10_000, 0, 0)
    );
    let last = &all.drafts[9_999];
    assert_eq!(last.line, 10_001);
    assert_eq!(
        last.draft,
        CustomerDraft {
            tags: list(&["Bayi", "Ege"]),
            stage: Stage::Commitment,
            ..person(
                "Ilgın Çelik",
                "Firma 9999; Ltd.",
                &["kisi9999@ornek.com.tr"],
                &["0532 999 99 99"],
                "Muğla"
            )
        }
    );
}
