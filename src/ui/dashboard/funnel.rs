//! Customers per stage: the lifecycle as a funnel, from exploration to commitment, and
//! those whose relationship ended.

use leptos::prelude::*;

use super::bar_chart::{Bar, BarChart};
use super::figure::{AsTable, Figure};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Funnel() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let counts = Memo::new(move |_| app.snapshot.with(|s| s.stage_counts()));
    let bars = Signal::derive(move || {
        counts
            .get()
            .into_iter()
            .map(|(stage, n)| Bar {
                label: i18n.label(stage).to_owned(),
                value: n as f64,
                text: i18n.number(n),
            })
            .collect::<Vec<_>>()
    });
    let total = move || counts.with(|c| c.iter().map(|(_, n)| n).sum::<usize>());
    let explanation = Signal::derive(move || {
        i18n.t(Msg::FunnelExplained)
            .replace("{total}", &i18n.number(total()))
    });
    view! {
        <Figure id="funnel-heading" title=Msg::CustomersPerStage explanation>
            <BarChart bars label=Signal::derive(move || i18n.t(Msg::CustomersPerStage).to_owned()) />
            <AsTable headers=vec![Msg::Stage, Msg::Customers]>
                {move || counts.get().into_iter().map(|(stage, n)| view! {
                    <tr><th scope="row">{i18n.label(stage)}</th><td>{i18n.number(n)}</td></tr>
                }).collect_view()}
            </AsTable>
        </Figure>
    }
}
