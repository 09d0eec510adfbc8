//! A customer's interactions, newest first, each editable and removable.

use leptos::prelude::*;

use crate::protocol::Request;

use super::interaction_form::InteractionForm;
use crate::domain::{CustomerId, Interaction};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Timeline(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let items = {
        let customer = customer.clone();
        Memo::new(move |_| {
            app.snapshot.with(|s| {
                s.timeline(&customer)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let customer = StoredValue::new(customer);
    view! {
        <Show when=move || items.with(|i| !i.is_empty()) fallback=move || view! {
            <p class="empty">{move || i18n.t(Msg::NoInteractions)}</p>
        }>
            <ol class="timeline">
                <For each=move || items.get() key=|i| i.clone() let:interaction>
                    <TimelineItem interaction customer=customer.get_value() />
                </For>
            </ol>
        </Show>
    }
}

#[component]
fn TimelineItem(interaction: Interaction, customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let id = StoredValue::new(interaction.id.clone());
    let by = interaction.created_by.as_ref().and_then(|c| {
        app.snapshot
            .with_untracked(|s| s.colleague_name(c).map(str::to_owned))
    });
    let remove = move |_| {
        app.send(Request::RemoveInteraction(id.get_value()), |_| {});
    };
    let view_mode = {
        let i = interaction.clone();
        move || {
            let i = i.clone();
            let by = by.clone();
            view! {
                <div class="meta">
                    <time datetime=chrono::DateTime::from_timestamp_millis(i.at).map(|d| d.to_rfc3339()).unwrap_or_default()>
                        {move || i18n.date_time(i.at)}
                    </time>
                    <span class="tag">{move || i18n.label(i.channel)}</span>
                    <span class="tag">{move || i18n.label(i.kind)}</span>
                    <span class="tag">{move || i18n.label(i.direction)}</span>
                    {i.satisfaction.map(|s| view! {
                        <span class="satisfaction" title=move || i18n.t(Msg::Satisfaction)>
                            {"★".repeat(s as usize)}{"☆".repeat(5 - s as usize)}
                            <span class="visually-hidden">{format!("{s}/5")}</span>
                        </span>
                    })}
                </div>
                <p class="summary">{i.summary.clone()}</p>
                {by.map(|name| view! { <p class="by">{move || i18n.t(Msg::By)}" "{name.clone()}</p> })}
                <div class="actions">
                    <button type="button" on:click=move |_| editing.set(true)>{move || i18n.t(Msg::Edit)}</button>
                    <Show when=move || confirming.get() fallback=move || view! {
                        <button type="button" on:click=move |_| confirming.set(true)>{move || i18n.t(Msg::Remove)}</button>
                    }>
                        <button type="button" class="danger" on:click=remove>{move || i18n.t(Msg::ConfirmRemove)}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{move || i18n.t(Msg::Cancel)}</button>
                    </Show>
                </div>
            }
        }
    };
    view! {
        <li class="interaction">
            <Show when=move || editing.get() fallback=view_mode.clone()>
                <InteractionForm customer=customer.clone() editing=interaction.clone()
                    on_done=Callback::new(move |_| editing.set(false)) />
            </Show>
        </li>
    }
}
