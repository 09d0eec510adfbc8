//! Fields two colleagues changed at the same time: every value, who set it, the one shown
//! for now (marked), and a button to keep each.

use leptos::prelude::*;

use super::field_text::{field_name, value_text};
use crate::domain::CustomerId;
use crate::protocol::{Answer, Request};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Conflicts(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let id = customer.clone();
    let conflicts = app.asked(
        move || Some(Request::Conflicts(id.clone())),
        |answer| match answer {
            Answer::Conflicts(conflicts) => Some(conflicts),
            _ => None,
        },
        Vec::new(),
    );
    let customer = StoredValue::new(customer);
    view! {
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <section class="card conflicts" aria-labelledby="conflicts-heading">
                <h2 id="conflicts-heading">{move || i18n.t(Msg::Conflicts)}</h2>
                <p class="hint">{move || i18n.t(Msg::ConflictIntro)}</p>
                {move || conflicts.get().into_iter().map(|conflict| {
                    let field = StoredValue::new(conflict.field);
                    view! {
                        <div class="conflict" role="group" aria-label=move || app.snapshot.with(|s| field.with_value(|f| field_name(i18n, s, f)))>
                            <h3>{move || app.snapshot.with(|s| field.with_value(|f| field_name(i18n, s, f)))}</h3>
                            <ul>
                                {conflict.values.into_iter().map(|value| {
                                    let shown = value.shown;
                                    let text = app.snapshot.with_untracked(|s| field.with_value(|f| value_text(i18n, s, f, &value.value)));
                                    let by = value.by.as_ref()
                                        .and_then(|c| app.snapshot.with_untracked(|s| s.colleague_name(c).map(str::to_owned)))
                                        .unwrap_or_else(|| i18n.t(Msg::Someone).to_owned());
                                    let keep = {
                                        let value = value.value.clone();
                                        move |_| {
                                            let id = customer.get_value();
                                            let keep = Request::ResolveConflict {
                                                customer: id,
                                                field: field.get_value(),
                                                value: value.clone(),
                                            };
                                            app.send(keep, |_| {});
                                        }
                                    };
                                    let label = format!("{} “{}” ({by})", i18n.t(Msg::KeepValue), text);
                                    view! {
                                        <li class:shown=shown>
                                            <strong>{text.clone()}</strong>" · "{move || i18n.t(Msg::SetBy)}" "{by.clone()}
                                            {shown.then(|| view! { " "<span class="badge">{move || i18n.t(Msg::ShownNow)}</span> })}
                                            " "<button type="button" aria-label=label on:click=keep>{move || i18n.t(Msg::Keep)}</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </section>
        </Show>
    }
}
