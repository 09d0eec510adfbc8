//! Satisfaction per week: the average of the ratings noted each week (1 to 5) as a line,
//! weeks without ratings left out.

use leptos::prelude::*;

use super::figure::{AsTable, Figure};
use crate::model::WeekActivity;
use crate::ui::i18n::{use_i18n, Msg};

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 36.0;
const BOTTOM: f64 = 180.0;
const TOP: f64 = 16.0;

#[component]
pub fn SatisfactionTrend(weeks: Memo<Vec<WeekActivity>>) -> impl IntoView {
    let i18n = use_i18n();
    let rated = move || weeks.with(|w| w.iter().map(|w| w.ratings.count as usize).sum::<usize>());
    let explanation = Signal::derive(move || {
        i18n.t(Msg::SatisfactionExplained)
            .replace("{ratings}", &i18n.number(rated()))
    });
    // A rating of 1 sits on the axis, 5 at the top.
    let y_of = |tenths: u32| BOTTOM - (f64::from(tenths) / 10.0 - 1.0) / 4.0 * (BOTTOM - TOP);
    let chart = move || {
        let weeks = weeks.get();
        let slot = (WIDTH - LEFT) / weeks.len().max(1) as f64;
        let points: Vec<(f64, f64)> = weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let avg = w.ratings.average_tenths()?;
                Some((LEFT + (i as f64 + 0.5) * slot, y_of(avg)))
            })
            .collect();
        let line = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ");
        view! {
            {[1u32, 3, 5].into_iter().map(|r| view! {
                <line class="grid" x1=LEFT y1=y_of(r * 10) x2=WIDTH y2=y_of(r * 10)></line>
                <text class="chart-label" x="0" y=y_of(r * 10) + 7.0>{r.to_string()}</text>
            }).collect_view()}
            <polyline class="trend-line" points=line></polyline>
            {points.into_iter().map(|(x, y)| view! { <circle class="trend-point" cx=x cy=y r="4"></circle> }).collect_view()}
        }
    };
    view! {
        <Figure id="satisfaction-heading" title=Msg::SatisfactionPerWeek explanation>
            <svg class="chart" role="img" aria-label=move || i18n.t(Msg::SatisfactionPerWeek)
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")>{chart}</svg>
            <AsTable headers=vec![Msg::WeekOf, Msg::Ratings, Msg::Average]>
                {move || weeks.get().into_iter().map(|w| view! {
                    <tr>
                        <th scope="row">{i18n.date(w.start)}</th>
                        <td>{i18n.number(w.ratings.count as usize)}</td>
                        <td>{w.ratings.average_tenths().map(|t| i18n.tenths(t)).unwrap_or_else(|| "—".to_owned())}</td>
                    </tr>
                }).collect_view()}
            </AsTable>
        </Figure>
    }
}
