//! Turkey's 81 provinces (iller) by their licence-plate number and their 973 districts
//! (ilçeler), shipped in the app so the city and district fields offer them offline.

mod districts;
pub use districts::DISTRICTS;

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

/// The districts of the province `city` names (however it is written: `izmir`,
/// `İZMİR`), in Turkish alphabetical order; none for a city that is no province.
pub fn districts_of(city: &str) -> Vec<&'static str> {
    let wanted = super::fold(city.trim());
    let Some(at) = PROVINCES.iter().position(|p| super::fold(p) == wanted) else {
        return Vec::new();
    };
    let mut districts = DISTRICTS[at].to_vec();
    districts.sort_by_cached_key(|name| super::collation_key(name));
    districts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_hundred_seventy_three_districts_each_once_in_its_province() {
        assert_eq!(DISTRICTS.iter().map(|d| d.len()).sum::<usize>(), 973);
        for (province, districts) in PROVINCES.iter().zip(DISTRICTS) {
            let mut names = districts.to_vec();
            names.sort_unstable();
            names.dedup();
            assert_eq!(
                names.len(),
                districts.len(),
                "{province} lists a district twice"
            );
        }
        assert_eq!(DISTRICTS[33].len(), 39, "İstanbul, plate 34");
        assert_eq!(DISTRICTS[34].len(), 30, "İzmir, plate 35");
        assert_eq!(districts_of("İSTANBUL").len(), 39);
        let izmir = districts_of("izmir");
        assert!(
            izmir.contains(&"Konak") && izmir.contains(&"Karşıyaka") && izmir.contains(&"Çiğli")
        );
        // Turkish order: Ç after C, Ş after S.
        let at = |name| izmir.iter().position(|d| *d == name).unwrap();
        assert!(at("Buca") < at("Çeşme") && at("Çiğli") < at("Dikili"));
        assert!(districts_of("Atlantis").is_empty());
        assert_eq!(
            districts_of("Samsun")
                .iter()
                .filter(|d| **d == "19 Mayıs")
                .count(),
            1
        );
    }

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
