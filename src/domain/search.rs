//! Turkish-aware search and sorting.
//!
//! Users type without Turkish letters and in any case: `sukru` must find `Şükrü` and
//! `ISIK` must find `Işık`. Unicode's default case mapping is wrong for Turkish
//! (`I` lowers to `i`, not `ı`), so both sides are folded to plain ASCII-like letters.

use super::custom_field::{CustomField, FieldKind};
use super::customer::Customer;

/// Folds case and Turkish letters: `İSTANBUL`, `istanbul` and `Istanbul` all become
/// `istanbul`; `Çağrı` becomes `cagri`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ı' | 'I' | 'İ' | 'i' | 'î' | 'Î' => out.push('i'),
            'ş' | 'Ş' => out.push('s'),
            'ğ' | 'Ğ' => out.push('g'),
            'ü' | 'Ü' | 'û' | 'Û' => out.push('u'),
            'ö' | 'Ö' => out.push('o'),
            'ç' | 'Ç' => out.push('c'),
            'â' | 'Â' => out.push('a'),
            // Combining marks (a decomposed `İ` is `I` + U+0307) carry no search meaning.
            '\u{0300}'..='\u{036F}' => {}
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A customer's searchable text, folded once so that each keystroke is a plain scan.
/// Shared, not copied, by the read model's orders.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchText(std::sync::Arc<str>);

impl SearchText {
    /// Builds the text from name, company name, e-mails, phones (also as bare digits, so
    /// `5321112233` finds `0532 111 22 33`), city and tax number (as digits).
    pub fn of(customer: &Customer, company_name: Option<&str>) -> Self {
        Self::with_fields(customer, company_name, &[])
    }

    /// [`Self::of`] with the customer's values of `fields` that are shown and read as
    /// words (not yes/no).
    pub fn with_fields(
        customer: &Customer,
        company_name: Option<&str>,
        fields: &[CustomField],
    ) -> Self {
        let mut text = String::new();
        let mut add = |part: &str| {
            text.push_str(&fold(part));
            text.push('\u{1}');
        };
        add(&customer.name);
        add(company_name.unwrap_or_default());
        customer.emails.iter().for_each(|e| add(e));
        for phone in &customer.phones {
            add(phone);
            add(&phone
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>());
        }
        add(&customer.city);
        add(&customer.district);
        if !customer.tax_number.is_empty() {
            add(&customer.tax_number.replace([' ', '.', '-'], ""));
        }
        for field in fields {
            if field.removed || field.kind == FieldKind::YesNo {
                continue;
            }
            if let Some(value) = customer.fields.get(&field.id) {
                add(value);
            }
        }
        Self(text.into())
    }

    /// True when every word of the query appears somewhere; an empty query matches all.
    pub fn matches(&self, query: &Query) -> bool {
        query
            .words
            .iter()
            .all(|word| self.0.contains(word.as_str()))
    }
}

/// A search query, folded once per keystroke rather than once per customer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Self {
            words: fold(text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A sort key that orders text as the Turkish alphabet does (c < ç < d, ı < i, o < ö)
/// and ignores case.
pub fn collation_key(text: &str) -> Vec<u32> {
    const ALPHABET: &str = "aâbcçdefgğhıiîjklmnoöprsştuüûvwxyz";
    text.chars()
        .map(|c| {
            let lower = match c {
                'I' => 'ı',
                'İ' => 'i',
                c => c.to_lowercase().next().unwrap_or(c),
            };
            match ALPHABET.chars().position(|a| a == lower) {
                // Letters first in alphabet order, then digits and everything else.
                Some(rank) => 0x10_0000 + rank as u32,
                None if lower.is_ascii_digit() => 0x08_0000 + lower as u32,
                None => 0x20_0000 + lower as u32,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CustomerId, CustomerKind, Stage};

    fn customer(name: &str, city: &str, phones: &[&str]) -> Customer {
        Customer {
            id: CustomerId("c".into()),
            kind: CustomerKind::Person,
            name: name.into(),
            company: None,
            emails: vec!["info@cagri.com.tr".into()],
            phones: phones.iter().map(|p| p.to_string()).collect(),
            city: city.into(),
            district: String::new(),
            address: String::new(),
            tags: vec![],
            stage: Stage::Exploration,
            dissolution_reason: None,
            owner: None,
            preferred_channel: None,
            merged_into: None,
            notes: String::new(),
            tax_number: String::new(),
            tax_office: String::new(),
            iban: String::new(),
            archived: false,
            created_at: 0,
            created_by: None,
            stage_history: vec![],
            fields: Default::default(),
            consents: Vec::new(),
        }
    }

    fn finds(query: &str, name: &str) -> bool {
        SearchText::of(&customer(name, "", &[]), None).matches(&Query::new(query))
    }

    #[test]
    fn the_four_examples_of_the_brief() {
        assert!(finds("sukru", "Şükrü"));
        assert!(finds("istanbul", "İSTANBUL"));
        assert!(finds("ISIK", "Işık"));
        assert!(finds("cagri", "Çağrı"));
    }

    #[test]
    fn folding_works_both_ways() {
        assert!(finds("Şükrü", "sukru"));
        assert!(finds("IŞIK", "isik"));
        assert!(finds("ığdır", "IĞDIR"));
        assert!(finds("ÇAĞRI", "çağrı"));
        assert!(finds("gül", "GÜLŞEN"));
        assert!(finds("ozturk", "Öztürk"));
    }

    #[test]
    fn decomposed_dotted_capital_i_folds_too() {
        assert_eq!(fold("I\u{0307}stanbul"), "istanbul");
        assert_eq!(fold(&"İstanbul".to_lowercase()), "istanbul");
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let c = customer("Ayşe Yılmaz", "İzmir", &[]);
        let text = SearchText::of(&c, Some("Deniz Lojistik"));
        assert!(text.matches(&Query::new("ayse izmir")));
        assert!(text.matches(&Query::new("lojistik yilmaz")));
        assert!(!text.matches(&Query::new("ayse ankara")));
        assert!(text.matches(&Query::new("   ")));
    }

    #[test]
    fn phones_match_with_or_without_spaces() {
        let text = SearchText::of(&customer("A", "", &["0532 111 22 33"]), None);
        assert!(text.matches(&Query::new("5321112233")));
        assert!(text.matches(&Query::new("111 22")));
        assert!(!text.matches(&Query::new("5559999")));
    }

    #[test]
    fn a_tax_number_is_searched_by_its_digits() {
        let with = Customer {
            tax_number: "123 456 7890".into(),
            ..customer("Deniz Lojistik", "", &[])
        };
        let text = SearchText::of(&with, None);
        assert!(text.matches(&Query::new("1234567890")));
        assert!(!text.matches(&Query::new("9876543210")));
    }

    #[test]
    fn email_and_city_are_searched() {
        let text = SearchText::of(&customer("A", "Eskişehir", &[]), None);
        assert!(text.matches(&Query::new("eskisehir")));
        assert!(text.matches(&Query::new("cagri.com")));
    }

    #[test]
    fn turkish_alphabet_order() {
        let mut names = vec![
            "Zeynep", "Çağrı", "Can", "Deniz", "İpek", "Ilgaz", "Ömer", "Oya", "ali",
        ];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            vec!["ali", "Can", "Çağrı", "Deniz", "Ilgaz", "İpek", "Oya", "Ömer", "Zeynep"]
        );
    }
}
