//! A customer's commitments: promises to them and tasks about them, with the record of
//! promises kept against broken explained in one sentence, and the form to add one.

use leptos::prelude::*;

use super::commitment_form::CommitmentForm;
use crate::domain::{CustomerId, PromiseRecord};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;
use crate::ui::today::{CommitmentList, CommitmentRow};

#[component]
pub fn Commitments(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let rows = {
        let customer = customer.clone();
        Memo::new(move |_| {
            let today = today();
            app.snapshot.with(|s| {
                s.commitments_of(&customer)
                    .into_iter()
                    .map(|c| CommitmentRow::of(c, s, today))
                    .collect::<Vec<_>>()
            })
        })
    };
    let record = {
        let customer = customer.clone();
        Memo::new(move |_| app.snapshot.with(|s| s.promise_record(&customer, today())))
    };
    view! {
        <section class="card" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">{move || i18n.t(Msg::Commitments)}</h2>
            <p class="record" role="status">{move || record_text(i18n, record.get())}</p>
            <CommitmentList rows show_customer=false empty=Msg::NoCommitments />
            <CommitmentForm customer />
        </section>
    }
}

/// The promise record in one sentence: how many kept of how many settled, and what is
/// still open.
fn record_text(i18n: I18n, r: PromiseRecord) -> String {
    let n = |x: usize| i18n.number(x);
    let mut text = match r.kept_percent() {
        _ if r.kept + r.broken + r.open == 0 => i18n.t(Msg::PromiseRecordNone).to_owned(),
        None => i18n.t(Msg::PromiseRecordOpen).replace("{open}", &n(r.open)),
        Some(percent) => i18n
            .t(Msg::PromiseRecord)
            .replace("{kept}", &n(r.kept))
            .replace("{settled}", &n(r.kept + r.broken))
            .replace("{percent}", &n(usize::from(percent)))
            .replace("{broken}", &n(r.broken))
            .replace("{open}", &n(r.open)),
    };
    if r.overdue > 0 {
        text.push(' ');
        text.push_str(
            &i18n
                .t(Msg::PromiseRecordOverdue)
                .replace("{overdue}", &n(r.overdue)),
        );
    }
    text.push(' ');
    text.push_str(i18n.t(Msg::PromiseRecordNote));
    text
}
