//! The dashboard: the whole workspace at a glance. Each figure is an SVG drawn here (no
//! chart library), says in one sentence what its numbers mean, and has the same numbers
//! as a table for screen readers and for reading exact values.

mod at_risk;
mod bar_chart;
mod figure;
mod follow_ups;
mod funnel;
mod page;
mod satisfaction;
mod top_customers;
mod weekly;

pub use page::DashboardPage;
