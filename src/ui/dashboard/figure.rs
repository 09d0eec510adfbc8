//! The frame every dashboard figure shares: a titled region, the sentence explaining its
//! numbers, the chart, and the same numbers as a table on request.

use leptos::prelude::*;

use crate::ui::i18n::{use_i18n, Msg};

#[component]
pub fn Figure(
    /// The heading's id, which names the region.
    id: &'static str,
    title: Msg,
    /// What the numbers mean, in one sentence.
    #[prop(into)]
    explanation: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card figure" aria-labelledby=id>
            <h2 id=id>{move || i18n.t(title)}</h2>
            <p class="hint">{move || explanation.get()}</p>
            {children()}
        </section>
    }
}

/// The figure's numbers as a table, folded away until asked for: `headers` over the
/// columns (or `head`, when the columns change with the data), the rows as children.
#[component]
pub fn AsTable(
    #[prop(optional)] headers: Vec<Msg>,
    #[prop(optional, into)] head: Option<ViewFn>,
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let fixed = (!headers.is_empty()).then(|| {
        headers
            .into_iter()
            .map(|h| view! { <th scope="col">{move || i18n.t(h)}</th> })
            .collect_view()
    });
    let head = (fixed.is_some() || head.is_some())
        .then(|| view! { <thead><tr>{fixed}{head.map(|h| h.run())}</tr></thead> });
    view! {
        <details class="as-table">
            <summary>{move || i18n.t(Msg::ShowAsTable)}</summary>
            <div class="table-scroll">
                <table>{head}<tbody>{children()}</tbody></table>
            </div>
        </details>
    }
}
