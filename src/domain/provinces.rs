//! Turkey's 81 provinces (iller) by their licence-plate number, shipped in the app so the
//! city field offers them offline. Districts are not here yet.

/// Every province, in plate order (01 Adana … 81 Düzce).
pub const PROVINCES: [&str; 81] = [
    "Adana",
    "Adıyaman",
    "Afyonkarahisar",
    "Ağrı",
    "Amasya",
    "Ankara",
    "Antalya",
    "Artvin",
    "Aydın",
    "Balıkesir",
    "Bilecik",
    "Bingöl",
    "Bitlis",
    "Bolu",
    "Burdur",
    "Bursa",
    "Çanakkale",
    "Çankırı",
    "Çorum",
    "Denizli",
    "Diyarbakır",
    "Edirne",
    "Elazığ",
    "Erzincan",
    "Erzurum",
    "Eskişehir",
    "Gaziantep",
    "Giresun",
    "Gümüşhane",
    "Hakkari",
    "Hatay",
    "Isparta",
    "Mersin",
    "İstanbul",
    "İzmir",
    "Kars",
    "Kastamonu",
    "Kayseri",
    "Kırklareli",
    "Kırşehir",
    "Kocaeli",
    "Konya",
    "Kütahya",
    "Malatya",
    "Manisa",
    "Kahramanmaraş",
    "Mardin",
    "Muğla",
    "Muş",
    "Nevşehir",
    "Niğde",
    "Ordu",
    "Rize",
    "Sakarya",
    "Samsun",
    "Siirt",
    "Sinop",
    "Sivas",
    "Tekirdağ",
    "Tokat",
    "Trabzon",
    "Tunceli",
    "Şanlıurfa",
    "Uşak",
    "Van",
    "Yozgat",
    "Zonguldak",
    "Aksaray",
    "Bayburt",
    "Karaman",
    "Kırıkkale",
    "Batman",
    "Şırnak",
    "Bartın",
    "Ardahan",
    "Iğdır",
    "Yalova",
    "Karabük",
    "Kilis",
    "Osmaniye",
    "Düzce",
];

/// The province a plate number names (1 to 81).
pub fn province_of_plate(plate: u8) -> Option<&'static str> {
    PROVINCES.get(usize::from(plate).checked_sub(1)?).copied()
}

/// The provinces in Turkish alphabetical order (Ç after C, İ after I, Ş after S), as a
/// picker lists them.
pub fn provinces_sorted() -> Vec<&'static str> {
    let mut sorted = PROVINCES.to_vec();
    sorted.sort_by_cached_key(|name| super::collation_key(name));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighty_one_provinces_each_once_by_plate() {
        let mut names = PROVINCES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 81);
        assert_eq!(province_of_plate(6), Some("Ankara"));
        assert_eq!(province_of_plate(34), Some("İstanbul"));
        assert_eq!(province_of_plate(35), Some("İzmir"));
        assert_eq!(province_of_plate(33), Some("Mersin"));
        assert_eq!(province_of_plate(81), Some("Düzce"));
        assert_eq!(province_of_plate(0), None);
        assert_eq!(province_of_plate(82), None);
    }

    #[test]
    fn the_picker_lists_them_in_turkish_order() {
        let sorted = provinces_sorted();
        let at = |name: &str| sorted.iter().position(|n| *n == name).unwrap();
        assert_eq!(sorted[0], "Adana");
        assert_eq!(*sorted.last().unwrap(), "Zonguldak");
        assert!(at("Bursa") < at("Çanakkale") && at("Çorum") < at("Denizli"));
        assert!(at("Iğdır") < at("Isparta") && at("Isparta") < at("İstanbul"));
        assert!(at("Sivas") < at("Şanlıurfa") && at("Şırnak") < at("Tekirdağ"));
    }
}
