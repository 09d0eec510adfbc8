//! One stage's column: its customers (the first few, more on request, so a workspace of
//! ten thousand customers stays quick) and a drop target for dragged cards.

use leptos::prelude::*;

use super::card::BoardCard;
use super::page::Move;
use crate::domain::{Code, CustomerId, Stage};
use crate::ui::controls::ShowMore;
use crate::ui::i18n::use_i18n;

/// Cards drawn at first in each column; more on request.
const PAGE: usize = 50;

/// A customer on the board, as plain values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Card {
    pub id: CustomerId,
    pub name: String,
    pub company: String,
    /// `None` when never contacted.
    pub days_since_contact: Option<i64>,
    pub stage: Stage,
}

#[component]
pub fn Column(
    stage: Stage,
    cards: Memo<Vec<Card>>,
    on_move: Callback<Move>,
    focus: RwSignal<Option<CustomerId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(PAGE);
    let over = RwSignal::new(false);
    let heading = format!("column-{}", stage.code());
    let labelled_by = heading.clone();
    let total = move || cards.with(Vec::len);
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        let id = ev
            .data_transfer()
            .and_then(|d| d.get_data("text/plain").ok())
            .filter(|id| !id.is_empty());
        if let Some(id) = id {
            on_move.run(Move {
                customer: CustomerId(id),
                to: stage,
                by_keyboard: false,
            });
        }
    };
    view! {
        <section class=format!("board-column stage-{}", stage.code()) aria-labelledby=labelled_by
            class:over=move || over.get()
            on:dragover=move |ev| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=drop>
            <h2 id=heading>
                {move || i18n.label(stage)}" "
                <span class="column-count">{move || i18n.number(total())}</span>
            </h2>
            <ul class="board-cards">
                <For each=move || cards.with(|c| c.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                    key=|card| card.clone() let:card>
                    <BoardCard card on_move focus />
                </For>
            </ul>
            <ShowMore total=Signal::derive(total) shown page=PAGE />
        </section>
    }
}
