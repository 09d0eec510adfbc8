//! One field of the compare table: the two values side by side; when they differ, a radio
//! group (its legend the field's name) to choose the value kept, with "both" for lists and
//! notes.

use std::collections::HashMap;

use leptos::prelude::*;

use super::choices::{shown, Compared, Row, Side};
use crate::domain::CustomerUpdate;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn FieldRow(
    row: Row,
    first: CustomerUpdate,
    second: CustomerUpdate,
    keep: RwSignal<Side>,
    picks: RwSignal<HashMap<Row, Side>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let label = move || i18n.t(row.label());
    let differs = first != second;
    let (first, second) = (StoredValue::new(first), StoredValue::new(second));
    // The value a side stands for, as the user reads it.
    let value_of = move |side: Side| {
        move || {
            let value = first
                .with_value(|a| second.with_value(|b| Compared::chosen(a, b, side, keep.get())));
            let text = app.snapshot.with(|s| shown(&value, s, i18n));
            match text {
                Some(text) => view! { <span class="value">{text}</span> }.into_any(),
                None => {
                    view! { <span class="value none">{i18n.t(Msg::EmptyValue)}</span> }.into_any()
                }
            }
        }
    };
    if !differs {
        return view! {
            <tr>
                <th scope="row">{label}</th>
                <td>{value_of(Side::First)}</td>
                <td>{value_of(Side::Second)}</td>
            </tr>
        }
        .into_any();
    }
    let current = move || {
        picks.with(|p| p.get(&row).copied()).unwrap_or_else(|| {
            first.with_value(|a| {
                second.with_value(|b| Compared::default_side(row, a, b, keep.get()))
            })
        })
    };
    let mut sides = vec![Side::First, Side::Second];
    if first.with_value(|a| second.with_value(|b| row.joins(a, b))) {
        sides.push(Side::Both);
    }
    view! {
        <tr class="differs">
            <th scope="row">{label}</th>
            <td colspan="2">
                <fieldset class="pick">
                    <legend class="visually-hidden">{label}</legend>
                    {sides.into_iter().map(|side| {
                        let id = format!("pick-{}-{}", row.code(), side.code());
                        view! {
                            <div class=format!("pick-option pick-{}", side.code())>
                                <input type="radio" id=id.clone() name=format!("pick-{}", row.code())
                                    value=side.code()
                                    prop:checked=move || current() == side
                                    on:change=move |_| picks.update(|p| { p.insert(row, side); }) />
                                <label for=id>
                                    {(side == Side::Both).then(|| view! {
                                        <strong class="both">{move || i18n.t(Msg::KeepBoth)}": "</strong>
                                    })}
                                    {value_of(side)}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </td>
        </tr>
    }
    .into_any()
}
