//! Switches the interface language; the choice is remembered in this browser.

use leptos::prelude::*;

use super::i18n::{use_i18n, Locale, Msg};
use crate::platform::Preferences;

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let change = move |ev: leptos::ev::Event| {
        if let Some(locale) = Locale::from_code(&event_target_value(&ev)) {
            i18n.locale.set(locale);
            let mut preferences = Preferences::load();
            preferences.language = Some(locale.code().to_owned());
            preferences.save();
        }
    };
    view! {
        <div class="language">
            <label for="language">{move || i18n.t(Msg::Language)}</label>
            <select id="language" on:change=change>
                {Locale::ALL.into_iter().map(|locale| view! {
                    <option value=locale.code() lang=locale.code()
                        selected=move || i18n.get() == locale>{locale.native_name()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
