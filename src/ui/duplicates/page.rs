//! The duplicate finder: every likely pair of records of one customer in the workspace,
//! strongest first, each with why it looks like one and a way to compare and merge it.

use leptos::prelude::*;

use super::pair_item::{PairItem, PairView};
use crate::ui::controls::ShowMore;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

/// Pairs drawn at first; more on request (an import gone wrong can make thousands).
const PAGE: usize = 50;

#[component]
pub fn DuplicatesPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shown = RwSignal::new(PAGE);
    let pairs = Memo::new(move |_| {
        app.snapshot.with(|s| {
            s.likely_duplicates()
                .iter()
                .filter_map(|pair| PairView::of(pair, s))
                .collect::<Vec<_>>()
        })
    });
    let total = move || pairs.with(Vec::len);
    Effect::new(move |_| super::focus_main_if_lost());
    view! {
        <main id="main" tabindex="-1" class="page">
            <h1>{move || i18n.t(Msg::Duplicates)}</h1>
            <p class="intro">{move || i18n.t(Msg::DuplicatesIntro)}</p>
            <p class="count" role="status">
                {move || {
                    let n = total();
                    let text = if n == 1 { Msg::OneLikelyPair } else { Msg::LikelyPairs };
                    i18n.t(text).replace("{count}", &i18n.number(n))
                }}
            </p>
            <Show when=move || { total() > 0 } fallback=move || view! {
                <div class="empty"><p>{move || i18n.t(Msg::NoDuplicates)}</p></div>
            }>
                <ol class="duplicate-pairs">
                    <For each=move || pairs.with(|p| p.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                        key=|pair| pair.clone() let:pair>
                        <PairItem pair />
                    </For>
                </ol>
                <ShowMore total=Signal::derive(total) shown page=PAGE />
            </Show>
        </main>
    }
}
