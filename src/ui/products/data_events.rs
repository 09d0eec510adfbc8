//! The record of data events (KVKK): every consent recorded and every export of a
//! person's data, newest first, saying who did it, for whom and when, never the data.

use leptos::prelude::*;

use crate::domain::DataEventKind;
use crate::ui::controls::ShowMore;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

/// Entries drawn at a time.
const PAGE: usize = 50;

#[component]
pub fn DataEvents() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // (when, line) of every event, newest first.
    let lines = Memo::new(move |_| {
        app.snapshot.with(|s| {
            let name = |id: &crate::domain::CustomerId| {
                s.customer(id)
                    .map(|c| c.name.clone())
                    .unwrap_or_else(|| "—".to_owned())
            };
            let by = |c: Option<&crate::domain::ColleagueId>| {
                let name = s.owner_name(c);
                if name.is_empty() {
                    i18n.t(Msg::Someone).to_owned()
                } else {
                    name.to_owned()
                }
            };
            let mut lines: Vec<(i64, String)> = s
                .data_events
                .iter()
                .map(|e| {
                    let text = match e.kind {
                        DataEventKind::PersonExported => i18n.t(Msg::EventPersonExported),
                    };
                    let text = text
                        .replace("{by}", &by(e.by.as_ref()))
                        .replace("{name}", &name(&e.customer));
                    (e.at, text)
                })
                .collect();
            for customer in s.all_customers() {
                for e in &customer.consents {
                    let text = i18n
                        .t(Msg::EventConsent)
                        .replace("{by}", &by(e.by.as_ref()))
                        .replace("{name}", &customer.name)
                        .replace("{purpose}", i18n.label(e.purpose))
                        .replace("{state}", i18n.label(e.state));
                    lines.push((e.at, text));
                }
            }
            lines.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            lines
        })
    });
    let shown = RwSignal::new(PAGE);
    view! {
        <section class="card" aria-labelledby="data-events-heading">
            <h2 id="data-events-heading">{move || i18n.t(Msg::DataEvents)}</h2>
            <p class="hint">{move || i18n.t(Msg::DataEventsHint)}</p>
            <Show when=move || lines.with(|l| !l.is_empty()) fallback=move || view! { <p class="hint">{move || i18n.t(Msg::DataEventsEmpty)}</p> }>
                <ol class="data-events">
                    {move || lines.with(|l| l.iter().take(shown.get()).map(|(at, text)| {
                        let at = *at;
                        let text = text.clone();
                        view! { <li><time>{i18n.date_time(at)}</time>" · "{text}</li> }
                    }).collect_view())}
                </ol>
                <ShowMore total=Signal::derive(move || lines.with(Vec::len)) shown page=PAGE />
            </Show>
        </section>
    }
}
