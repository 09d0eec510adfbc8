//! The dashboard page: every figure reads the snapshot, so each one follows every change,
//! a colleague's sync file included.

use leptos::prelude::*;

use super::at_risk::AtRiskSummary;
use super::follow_ups::FollowUps;
use super::funnel::Funnel;
use super::satisfaction::SatisfactionTrend;
use super::top_customers::TopCustomers;
use super::weekly::Weekly;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;

/// Weeks of activity shown: a quarter.
const WEEKS: usize = 12;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let weeks = Memo::new(move |_| app.snapshot.with(|s| s.weekly_activity(today(), WEEKS)));
    view! {
        <main id="main" tabindex="-1" class="page wide">
            <h1>{move || i18n.t(Msg::Dashboard)}</h1>
            <div class="dashboard">
                <Funnel />
                <FollowUps />
                <AtRiskSummary />
                <Weekly weeks />
                <SatisfactionTrend weeks />
                <TopCustomers />
            </div>
        </main>
    }
}
