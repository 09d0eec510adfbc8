//! What the customer is worth and how they feel: their RFM segment with the figures behind
//! it, and their satisfaction trend from the ratings noted on interactions.

use leptos::prelude::*;

use crate::domain::{Currency, CustomerId, Money, Rfm, Satisfaction, Trend};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;

#[component]
pub fn ValueLine(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rfm = {
        let customer = customer.clone();
        Memo::new(move |_| {
            app.snapshot
                .with(|s| s.segments(Currency::TRY, today()).get(&customer).cloned())
        })
    };
    let satisfaction = Memo::new(move |_| app.snapshot.with(|s| s.satisfaction(&customer)));
    view! {
        <section class="card" aria-labelledby="value-heading">
            <h2 id="value-heading">{move || i18n.t(Msg::ValueAndSatisfaction)}</h2>
            <p class="segment-line">{move || segment_text(i18n, rfm.get().as_ref())}</p>
            <p class="satisfaction-line">{move || satisfaction_text(i18n, &satisfaction.get())}</p>
        </section>
    }
}

/// "Segment: New. Last deal won 3 days ago, 1 won deal, TRY 12,500.00; scores ..."
pub fn segment_text(i18n: I18n, rfm: Option<&Rfm>) -> String {
    let Some(r) = rfm else {
        return i18n.t(Msg::NoSegment).to_owned();
    };
    i18n.t(Msg::SegmentLine)
        .replace("{segment}", i18n.label(r.segment))
        .replace("{days}", &i18n.number(r.recency_days.max(0) as usize))
        .replace("{deals}", &i18n.number(r.frequency))
        .replace("{money}", &i18n.money(Money::new(r.monetary, r.currency)))
        .replace("{r}", &r.r.to_string())
        .replace("{f}", &r.f.to_string())
        .replace("{m}", &r.m.to_string())
        .replace("{among}", &i18n.number(r.among))
}

/// "The last 3 ratings average 3.0, down from 4.3 for the 3 before."
pub fn satisfaction_text(i18n: I18n, s: &Satisfaction) -> String {
    let average = |r: crate::domain::Ratings| i18n.tenths(r.average_tenths().unwrap_or(0));
    match s.trend {
        None if s.overall.count == 0 => i18n.t(Msg::NoRatings).to_owned(),
        None => i18n
            .t(Msg::RatingsNoTrend)
            .replace("{count}", &i18n.number(s.overall.count as usize))
            .replace("{average}", &average(s.overall)),
        Some(trend) => i18n
            .t(match trend {
                Trend::Rising => Msg::RatingsRising,
                Trend::Falling => Msg::RatingsFalling,
                Trend::Steady => Msg::RatingsSteady,
            })
            .replace("{recent_n}", &i18n.number(s.recent.count as usize))
            .replace("{recent}", &average(s.recent))
            .replace("{previous_n}", &i18n.number(s.previous.count as usize))
            .replace("{previous}", &average(s.previous)),
    }
}
