//! The page itself: the import section, then the exports.

use leptos::prelude::*;

use super::export_section::ExportSection;
use super::import_section::ImportSection;
use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main id="main" tabindex="-1" class="page">
            <h1>{move || i18n.t(Msg::DataTitle)}</h1>
            <ImportSection />
            <ExportSection />
        </main>
    }
}
