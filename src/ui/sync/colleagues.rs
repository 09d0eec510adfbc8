//! Each colleague and when files last went each way between you.

use leptos::prelude::*;

use crate::platform::SyncLedger;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn ColleagueExchanges(exchanged: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = Memo::new(move |_| {
        exchanged.track();
        let me = app.me();
        app.snapshot.with(|s| {
            let ledger = s
                .workspace_id
                .as_deref()
                .map(SyncLedger::load)
                .unwrap_or_default();
            let rows: Vec<_> = s
                .colleagues
                .iter()
                .map(|c| {
                    let exchange = ledger.colleagues.get(&c.id.0).cloned().unwrap_or_default();
                    (
                        c.name.clone(),
                        Some(&c.id) == me.as_ref(),
                        exchange.last_received_at,
                        exchange.last_sent_at,
                    )
                })
                .collect();
            let waiting: Vec<String> = ledger.waiting.iter().map(|w| w.from_name.clone()).collect();
            (rows, waiting)
        })
    });
    let when = move |at: Option<i64>| {
        at.map(|ms| i18n.date_time(ms))
            .unwrap_or_else(|| i18n.t(Msg::Never).to_owned())
    };
    view! {
        <section class="card" aria-labelledby="colleagues-heading">
            <h2 id="colleagues-heading">{move || i18n.t(Msg::Colleagues)}</h2>
            <Show when=move || rows.with(|(_, waiting)| !waiting.is_empty())>
                <p class="banner" role="status">
                    {move || i18n.t(Msg::FileMissingFrom)}" "
                    {move || rows.with(|(_, waiting)| {
                        let mut names = waiting.clone();
                        names.dedup();
                        names.join(", ")
                    })}
                </p>
            </Show>
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{move || i18n.t(Msg::Name)}</th>
                        <th scope="col">{move || i18n.t(Msg::LastReceived)}</th>
                        <th scope="col">{move || i18n.t(Msg::LastSent)}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().0.into_iter().map(|(name, is_me, received, sent)| view! {
                            <tr>
                                <td>{name}{is_me.then(|| view! { " "<span class="badge">{move || i18n.t(Msg::You)}</span> })}</td>
                                <td>{when(received)}</td>
                                <td>{when(sent)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
