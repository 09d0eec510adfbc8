//! Horizontal bars, one per row, longest value at full width; labels and values are drawn
//! as text beside them so the chart reads without the table.

use leptos::prelude::*;

/// One bar: its label, its length, and the value as the user reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

const WIDTH: f64 = 600.0;
const ROW: f64 = 40.0;
const LABEL: f64 = 200.0;
/// Room left after the longest bar for its value.
const VALUE: f64 = 170.0;

/// A label cut to fit its column (the table keeps it whole).
fn short(label: &str) -> String {
    let mut chars = label.chars();
    let cut: String = chars.by_ref().take(16).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[component]
pub fn BarChart(
    #[prop(into)] bars: Signal<Vec<Bar>>,
    /// What the chart shows, for screen readers (the table has the numbers).
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let height = move || bars.with(|b| (b.len().max(1) as f64) * ROW + 8.0);
    view! {
        <svg class="chart" role="img" aria-label=move || label.get()
            viewBox=move || format!("0 0 {WIDTH} {}", height()) preserveAspectRatio="xMinYMin meet">
            {move || {
                let bars = bars.get();
                let max = bars.iter().map(|b| b.value).fold(0.0, f64::max).max(1.0);
                bars.into_iter().enumerate().map(|(i, bar)| {
                    let y = i as f64 * ROW + 4.0;
                    let w = (bar.value / max * (WIDTH - LABEL - VALUE)).max(if bar.value > 0.0 { 2.0 } else { 0.0 });
                    view! {
                        <g>
                            <text class="chart-label" x="0" y=y + 26.0>{short(&bar.label)}</text>
                            <rect class="bar" x=LABEL y=y width=w height=ROW - 12.0 rx="3"></rect>
                            <text class="chart-value" x=LABEL + w + 8.0 y=y + 26.0>{bar.text}</text>
                        </g>
                    }
                }).collect_view()
            }}
        </svg>
    }
}
