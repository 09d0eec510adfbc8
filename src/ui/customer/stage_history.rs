//! The customer's way through the lifecycle: each move with who made it, when, from which
//! stage to which, and why it ended for dissolution. Read from the customer itself, so it
//! is there at once, without walking the document's history.

use leptos::prelude::*;

use crate::domain::{Customer, Stage};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

/// One line of the list, as plain values.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Line {
    at: i64,
    by: String,
    from: Option<Stage>,
    to: Stage,
    reason: Option<crate::domain::DissolutionReason>,
}

#[component]
pub fn StageHistory(customer: Memo<Option<Customer>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let lines = Memo::new(move |_| {
        customer.with(|c| {
            let Some(c) = c else { return Vec::new() };
            let mut from = None;
            let mut lines: Vec<Line> = c
                .stage_history
                .iter()
                .map(|change| {
                    let by = change
                        .by
                        .as_ref()
                        .and_then(|b| {
                            app.snapshot
                                .with(|s| s.colleague_name(b).map(str::to_owned))
                        })
                        .unwrap_or_default();
                    let line = Line {
                        at: change.at,
                        by,
                        from,
                        to: change.stage,
                        reason: change.reason,
                    };
                    from = Some(change.stage);
                    line
                })
                .collect();
            lines.reverse();
            lines
        })
    });
    view! {
        <section class="card" aria-labelledby="stage-history-heading">
            <h2 id="stage-history-heading">{move || i18n.t(Msg::StageHistory)}</h2>
            <ol class="stage-history">
                {move || lines.get().into_iter().map(|line| {
                    let by = if line.by.is_empty() { i18n.t(Msg::Someone).to_owned() } else { line.by };
                    let what = match line.from {
                        None => format!("{} {}", i18n.t(Msg::StartedIn), i18n.label(line.to)),
                        Some(from) => format!("{} → {}", i18n.label(from), i18n.label(line.to)),
                    };
                    let reason = line.reason.map(|r| format!(" ({})", i18n.label(r))).unwrap_or_default();
                    view! {
                        <li><time>{i18n.date_time(line.at)}</time>" · "<strong>{by}</strong>": "{what}{reason}</li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
