//! The board page: builds the columns from the snapshot, moves customers and says what
//! happened (an aria-live line, so screen reader users hear each move).

use leptos::prelude::*;

use crate::protocol::Request;

use super::column::{Card, Column};
use super::reason_dialog::ReasonDialog;
use crate::domain::{Code, CustomerId, CustomerUpdate, DissolutionReason, Stage};
use crate::model::ListQuery;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::today;

/// A move the user asked for: which customer, where to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub customer: CustomerId,
    pub to: Stage,
    /// Made from the keyboard: focus follows the card to its new column.
    pub by_keyboard: bool,
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // Every active customer by name, split by stage, as plain values.
    let columns = Memo::new(move |_| {
        let today = today();
        app.snapshot.with(|s| {
            let mut columns: Vec<Vec<Card>> = vec![Vec::new(); Stage::ALL.len()];
            for c in s.list(&ListQuery::default()) {
                let at = Stage::ALL.iter().position(|x| *x == c.stage).unwrap_or(0);
                columns[at].push(Card {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    company: s.company_name(c).unwrap_or_default().to_owned(),
                    days_since_contact: s.last_contact(&c.id).map(|at| today.days_since(at)),
                    stage: c.stage,
                });
            }
            columns
        })
    });
    let announcement = RwSignal::new(String::new());
    let focus = RwSignal::new(None::<CustomerId>);
    // A move to dissolution waits here for its reason.
    let pending = RwSignal::new(None::<Move>);
    let name_of = move |id: &CustomerId| {
        app.snapshot
            .with_untracked(|s| s.customer(id).map(|c| c.name.clone()))
            .unwrap_or_default()
    };
    let apply = move |m: Move, reason: Option<DissolutionReason>| {
        let name = name_of(&m.customer);
        let update =
            Request::UpdateCustomer(m.customer.clone(), CustomerUpdate::Stage(m.to, reason));
        app.send(update, move |result| match result {
            Ok(_) => {
                let text = i18n
                    .t(Msg::MovedTo)
                    .replace("{name}", &name)
                    .replace("{stage}", i18n.label(m.to));
                announcement.try_set(text);
                if m.by_keyboard {
                    focus.try_set(Some(m.customer));
                }
            }
            Err(error) => leptos::logging::error!("moving a customer failed: {error}"),
        });
    };
    let on_move = Callback::new(move |m: Move| {
        let current = app
            .snapshot
            .with_untracked(|s| s.customer(&m.customer).map(|c| c.stage));
        if current.is_none() || current == Some(m.to) {
            return;
        }
        if m.to == Stage::Dissolution {
            pending.set(Some(m));
        } else {
            apply(m, None);
        }
    });
    let on_reason = Callback::new(move |reason: Option<DissolutionReason>| {
        let Some(m) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        match reason {
            Some(reason) => apply(m, Some(reason)),
            None => {
                announcement.set(i18n.t(Msg::MoveCancelled).to_owned());
                focus.set(Some(m.customer));
            }
        }
    });
    view! {
        <main id="main" tabindex="-1" class="page wide">
            <h1>{move || i18n.t(Msg::Board)}</h1>
            <p class="intro">{move || i18n.t(Msg::BoardIntro)}</p>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            <div class="board">
                {Stage::ALL.iter().enumerate().map(|(at, &stage)| {
                    let cards = Memo::new(move |_| columns.with(|c| c[at].clone()));
                    view! { <Column stage cards on_move focus /> }
                }).collect_view()}
            </div>
            {move || pending.get().map(|m| view! {
                <ReasonDialog name=name_of(&m.customer) on_done=on_reason />
            })}
        </main>
    }
}
