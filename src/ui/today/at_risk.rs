//! Customers at risk: gone silent against their own rhythm, or in touch but saying
//! nothing about how things go; the most overdue first, each with the reason in words.

use leptos::prelude::*;

use crate::domain::{CustomerId, Health};
use crate::ui::controls::ShowMore;
use crate::ui::health_text::{health_text, rules_text};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::time::today;

/// Lines drawn at first; more on request (a neglected workspace can have thousands).
const PAGE: usize = 50;

#[component]
pub fn AtRisk() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let shown = RwSignal::new(PAGE);
    let rows = Memo::new(move |_| {
        app.snapshot.with(|s| {
            s.at_risk(today())
                .into_iter()
                .map(|r| (r.customer.id.clone(), r.customer.name.clone(), r.health))
                .collect::<Vec<(CustomerId, String, Health)>>()
        })
    });
    let total = move || rows.with(Vec::len);
    let rules = move || app.snapshot.with(|s| rules_text(i18n, &s.health_rules));
    view! {
        <section class="card" aria-labelledby="at-risk-heading">
            <h2 id="at-risk-heading">{move || i18n.t(Msg::AtRisk)}" "
                <span class="column-count">{move || i18n.number(total())}</span>
            </h2>
            <p class="hint">{move || i18n.t(Msg::AtRiskIntro)}</p>
            <details class="explain">
                <summary>{move || i18n.t(Msg::HowWorkedOut)}</summary>
                <p>{rules}</p>
            </details>
            <Show when=move || { total() > 0 }
                fallback=move || view! { <p class="hint">{move || i18n.t(Msg::NothingHere)}</p> }>
                <ol class="at-risk">
                    <For each=move || rows.with(|r| r.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                        key=|row| (row.0.clone(), row.1.clone(), row.2) let:row>
                        <li>
                            <a href=Route::Customer(row.0.clone()).href()>{row.1.clone()}</a>
                            <p class="reason">{move || health_text(i18n, &row.2)}</p>
                        </li>
                    </For>
                </ol>
                <ShowMore total=Signal::derive(total) shown page=PAGE />
            </Show>
        </section>
    }
}
