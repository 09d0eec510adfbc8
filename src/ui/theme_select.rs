//! Chooses light or dark colours, or following the system (the default); the choice is
//! remembered in this browser and applied as `data-theme` on the root element, where the
//! style sheet's `color-scheme` picks each colour of its `light-dark()` pairs.

use leptos::prelude::*;

use super::i18n::{use_i18n, Msg};
use crate::platform::Preferences;

const THEMES: [(&str, Msg); 3] = [
    ("", Msg::ThemeSystem),
    ("light", Msg::ThemeLight),
    ("dark", Msg::ThemeDark),
];

/// Applies the remembered theme; called once at start, before the first paint if it can.
pub fn apply_saved_theme() {
    apply(Preferences::load().theme.as_deref().unwrap_or_default());
}

fn apply(theme: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = if theme.is_empty() {
        root.remove_attribute("data-theme")
    } else {
        root.set_attribute("data-theme", theme)
    };
}

#[component]
pub fn ThemeSelect() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(Preferences::load().theme.unwrap_or_default());
    let change = move |ev: leptos::ev::Event| {
        let theme = event_target_value(&ev);
        apply(&theme);
        let mut preferences = Preferences::load();
        preferences.theme = (!theme.is_empty()).then(|| theme.clone());
        preferences.save();
        chosen.set(theme);
    };
    view! {
        <div class="theme">
            <label for="theme">{move || i18n.t(Msg::Theme)}</label>
            <select id="theme" on:change=change>
                {THEMES.into_iter().map(|(code, label)| view! {
                    <option value=code selected=move || chosen.with(|c| c == code)>{move || i18n.t(label)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
