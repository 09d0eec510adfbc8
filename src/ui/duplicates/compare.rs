//! The compare screen (`#/duplicates/<first>/<second>`): both records side by side, a
//! choice per differing field and of the record that stays, then one merge: the chosen
//! values are written to the kept record, everything of the other moves to it, and the
//! kept customer's page opens and says so.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::protocol::Request;

use super::choices::{Compared, Row, Side};
use super::field_row::FieldRow;
use super::keep_choice::KeepChoice;
use super::notice::MergeNotice;
use crate::domain::{CustomerId, FieldError};
use crate::protocol::DocumentError;
use crate::ui::i18n::{field_msg, use_i18n, Msg};
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_app;

/// Why a merge was refused (nothing was changed).
#[derive(Clone, Debug, PartialEq)]
enum Refused {
    /// One record is gone or was merged meanwhile (a sync, another tab).
    Gone,
    Invalid(Vec<FieldError>),
    Other,
}

#[component]
pub fn ComparePage(first: CustomerId, second: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let compared = Memo::new(move |_| app.snapshot.with(|s| Compared::of(s, &first, &second)));
    let keep = RwSignal::new(compared.with_untracked(|c| {
        c.as_ref()
            .map(Compared::default_keep)
            .unwrap_or(Side::First)
    }));
    let picks = RwSignal::new(HashMap::<Row, Side>::new());
    let refused = RwSignal::new(None::<Refused>);
    Effect::new(move |_| super::focus_main_if_lost());

    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(pair) = compared.get_untracked() else {
            refused.set(Some(Refused::Gone));
            return;
        };
        let side = keep.get_untracked();
        let updates = picks.with_untracked(|p| pair.updates(side, p));
        let (kept, other) = (pair.record(side), pair.record(side.other()));
        let (kept, other) = (kept.clone(), other.clone());
        let merge = Request::MergeCustomers {
            keep: kept.id.clone(),
            other: other.id.clone(),
            updates,
        };
        // Read here: the answer comes outside the component's reactive owner.
        let notice = use_context::<MergeNotice>();
        app.send(merge, move |result| match result {
            Ok(_) => {
                refused.try_set(None);
                if let Some(notice) = notice {
                    notice.announce(kept.id.clone(), other.name.clone());
                }
                navigate(&Route::Customer(kept.id.clone()));
            }
            Err(DocumentError::UnknownCustomer) => {
                let _ = refused.try_set(Some(Refused::Gone));
            }
            Err(DocumentError::Invalid(errors)) => {
                let _ = refused.try_set(Some(Refused::Invalid(errors)));
            }
            Err(other) => {
                leptos::logging::error!("merging two customers failed: {other}");
                refused.try_set(Some(Refused::Other));
            }
        });
    };
    let refused_text = move || {
        refused.get().map(|r| match r {
            Refused::Gone => i18n.t(Msg::MergeFailedGone).to_owned(),
            Refused::Other => i18n.t(Msg::MergeFailedOther).to_owned(),
            Refused::Invalid(errors) => {
                let found: Vec<String> = errors
                    .iter()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            i18n.t(field_msg(e.field)),
                            i18n.problem(&e.problem)
                        )
                    })
                    .collect();
                format!("{} {}", i18n.t(Msg::MergeFailed), found.join("; "))
            }
        })
    };
    let rows = move || compared.with(|c| c.as_ref().map(|c| c.rows.clone()).unwrap_or_default());
    let head = move |side: Side, label: Msg| {
        let name = move || compared.with(|c| c.as_ref().map(|c| c.record(side).name.clone()));
        let stays = move || keep.get() == side;
        view! {
            <th scope="col" class:kept=stays>
                <span class="record-label">{move || i18n.t(label)}</span>
                <span class="record-name">{name}</span>
                <span class=move || if stays() { "badge stays" } else { "badge" }>
                    {move || i18n.t(if stays() { Msg::Stays } else { Msg::MergedAway })}
                </span>
            </th>
        }
    };
    let counts = [
        (Msg::Interactions, 0),
        (Msg::Deals, 1),
        (Msg::Commitments, 2),
    ];
    view! {
        <main id="main" tabindex="-1" class="page">
            <a class="back" href=Route::Duplicates.href()>"← "{move || i18n.t(Msg::BackToDuplicates)}</a>
            <h1 id="compare-heading">{move || i18n.t(Msg::CompareAndMerge)}</h1>
            <Show when=move || compared.with(Option::is_some) fallback=move || view! {
                <p class="banner">{move || i18n.t(Msg::PairGone)}</p>
            }>
                <p class="intro">{move || i18n.t(Msg::CompareIntro)}</p>
                <form class="compare" aria-labelledby="compare-heading" on:submit=merge>
                    <KeepChoice compared keep />
                    <div class="table-wrap">
                        <table class="compare-table">
                            <colgroup><col class="field-col" /><col /><col /></colgroup>
                            <thead>
                                <tr>
                                    <th scope="col">{move || i18n.t(Msg::FieldColumn)}</th>
                                    {head(Side::First, Msg::FirstRecord)}
                                    {head(Side::Second, Msg::SecondRecord)}
                                </tr>
                            </thead>
                            <tbody>
                                <For each=rows key=|row| format!("{row:?}") let:row>
                                    <FieldRow row=row.0 first=row.1 second=row.2 keep picks />
                                </For>
                                {counts.into_iter().map(|(label, at)| {
                                    let count = move |side: usize| compared.with(|c| {
                                        c.as_ref().map(|c| i18n.number(c.counts[side][at]))
                                    });
                                    view! {
                                        <tr class="count-row">
                                            <th scope="row">{move || i18n.t(label)}</th>
                                            <td>{move || count(0)}</td>
                                            <td>{move || count(1)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p class="hint">{move || i18n.t(Msg::MovesToKept)}</p>
                    <div class="actions">
                        <button type="submit" class="primary" aria-describedby="merge-error">
                            {move || i18n.t(Msg::Merge)}
                        </button>
                        <a class="button" href=Route::Duplicates.href()>{move || i18n.t(Msg::Cancel)}</a>
                        <p class="form-error" id="merge-error" role="alert">{refused_text}</p>
                    </div>
                </form>
            </Show>
        </main>
    }
}
