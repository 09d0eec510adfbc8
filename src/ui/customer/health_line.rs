//! The customer's relationship health in one line, and how it is worked out on request.

use leptos::prelude::*;

use crate::domain::CustomerId;
use crate::ui::health_text::{health_text, rules_text};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;

#[component]
pub fn HealthLine(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let health = Memo::new(move |_| app.snapshot.with(|s| s.health(&customer, today())));
    let at_risk = move || health.with(|h| h.is_some_and(|h| h.is_at_risk()));
    let rules = move || app.snapshot.with(|s| rules_text(i18n, &s.health_rules));
    view! {
        <section class="card health" class:at-risk=at_risk aria-labelledby="health-heading">
            <h2 id="health-heading">{move || i18n.t(Msg::Health)}</h2>
            <p class="health-line" title=rules>
                {move || health.get().map(|h| health_text(i18n, &h)).unwrap_or_default()}
            </p>
            <details class="explain">
                <summary>{move || i18n.t(Msg::HowWorkedOut)}</summary>
                <p>{rules}</p>
            </details>
        </section>
    }
}
