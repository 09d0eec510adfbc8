//! Interactions per week by channel over the last twelve weeks: a stacked bar per week,
//! a colour per channel, and the counts as a table.

use leptos::prelude::*;

use super::figure::{AsTable, Figure};
use crate::domain::{Channel, Code};
use crate::model::WeekActivity;
use crate::ui::i18n::{use_i18n, Msg};

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 44.0;
const BOTTOM: f64 = 206.0;
const TOP: f64 = 16.0;

#[component]
pub fn Weekly(weeks: Memo<Vec<WeekActivity>>) -> impl IntoView {
    let i18n = use_i18n();
    // Only the channels used in these weeks get a colour, a legend entry and a column.
    let used = Memo::new(move |_| {
        weeks.with(|w| {
            Channel::ALL
                .iter()
                .copied()
                .filter(|c| {
                    w.iter()
                        .any(|w| w.by_channel.iter().any(|(x, n)| x == c && *n > 0))
                })
                .collect::<Vec<_>>()
        })
    });
    let total = move || weeks.with(|w| w.iter().map(WeekActivity::interactions).sum::<usize>());
    let explanation = Signal::derive(move || {
        i18n.t(Msg::WeeklyExplained)
            .replace("{weeks}", &i18n.number(weeks.with(Vec::len)))
            .replace("{total}", &i18n.number(total()))
    });
    let count = |w: &WeekActivity, c: Channel| {
        w.by_channel
            .iter()
            .find(|(x, _)| *x == c)
            .map_or(0, |(_, n)| *n)
    };
    let chart = move || {
        let weeks = weeks.get();
        let max = weeks
            .iter()
            .map(WeekActivity::interactions)
            .max()
            .unwrap_or(0)
            .max(1);
        let slot = (WIDTH - LEFT) / weeks.len().max(1) as f64;
        let scale = (BOTTOM - TOP) / max as f64;
        let bars = weeks.iter().enumerate().map(|(i, week)| {
            let x = LEFT + i as f64 * slot + slot * 0.15;
            let mut y = BOTTOM;
            let parts = Channel::ALL.iter().filter_map(|&c| {
                let n = count(week, c);
                (n > 0).then(|| {
                    y -= n as f64 * scale;
                    view! { <rect class=format!("series-{}", c.code()) x=x y=y width=slot * 0.7 height=n as f64 * scale></rect> }
                })
            }).collect_view();
            let label = (i % 2 == weeks.len() % 2).then(|| view! {
                <text class="chart-label" x=x y=BOTTOM + 26.0>{i18n.day_month(week.start)}</text>
            });
            view! { <g>{parts}{label}</g> }
        }).collect_view();
        view! {
            <line class="axis" x1=LEFT y1=BOTTOM x2=WIDTH y2=BOTTOM></line>
            <text class="chart-label" x="0" y=TOP + 6.0>{i18n.number(max)}</text>
            <text class="chart-label" x="0" y=BOTTOM>"0"</text>
            {bars}
        }
    };
    view! {
        <Figure id="weekly-heading" title=Msg::InteractionsPerWeek explanation>
            <svg class="chart" role="img" aria-label=move || i18n.t(Msg::InteractionsPerWeek)
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")>{chart}</svg>
            <ul class="legend">
                {move || used.get().into_iter().map(|c| view! {
                    <li><span class=format!("swatch series-{}", c.code())></span>{i18n.label(c)}</li>
                }).collect_view()}
            </ul>
            <AsTable head=ViewFn::from(move || view! {
                <th scope="col">{move || i18n.t(Msg::WeekOf)}</th>
                {move || used.get().into_iter().map(|c| view! { <th scope="col">{i18n.label(c)}</th> }).collect_view()}
                <th scope="col">{move || i18n.t(Msg::Total)}</th>
            })>
                {move || weeks.get().into_iter().map(|w| view! {
                    <tr>
                        <th scope="row">{i18n.date(w.start)}</th>
                        {used.get().into_iter().map(|c| view! { <td>{i18n.number(count(&w, c))}</td> }).collect_view()}
                        <td>{i18n.number(w.interactions())}</td>
                    </tr>
                }).collect_view()}
            </AsTable>
        </Figure>
    }
}
