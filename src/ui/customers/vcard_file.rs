//! Customers as a vCard file the user downloads: the list's selection, or one customer
//! from their page.

use leptos::prelude::*;

use crate::domain::{export_vcard, fold, CardData, CustomerId};
use crate::platform::download;
use crate::ui::i18n::{I18n, Msg};
use crate::ui::state::AppState;

/// Downloads the cards of `ids` (those that exist), as vCard 4.0 in UTF-8. Returns how
/// many cards the file holds and its name.
pub fn download_vcards(
    app: AppState,
    i18n: I18n,
    ids: &[CustomerId],
) -> Result<(usize, String), String> {
    let (cards, single) = app.snapshot.with_untracked(|s| {
        let customers: Vec<_> = ids.iter().filter_map(|id| s.customer(id)).collect();
        let single = match customers.as_slice() {
            [one] => Some(one.name.clone()),
            _ => None,
        };
        let cards: Vec<CardData> = customers
            .into_iter()
            .map(|c| CardData::of(c, s.company_name(c)))
            .collect();
        (cards, single)
    });
    let file_name = match single {
        Some(name) => format!("rapport-{}.vcf", slug(&name)),
        None => i18n
            .t(Msg::VcardFileName)
            .replace("{count}", &cards.len().to_string()),
    };
    download(
        &file_name,
        export_vcard(&cards).as_bytes(),
        "text/vcard;charset=utf-8",
    )?;
    Ok((cards.len(), file_name))
}

/// A file-name-safe form of a name: Turkish letters folded to ASCII (`Ayşe Yılmaz` is
/// `ayse-yilmaz`), anything else a single dash.
fn slug(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "customer".to_owned()
    } else {
        words.join("-")
    }
}
