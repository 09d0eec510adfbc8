//! Logs a new interaction, or edits one: when, channel, kind, direction, summary and an
//! optional satisfaction from 1 to 5.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::protocol::Request;

use crate::domain::{
    Channel, CustomerId, Direction, Field, FieldError, Interaction, InteractionDraft,
    InteractionKind,
};
use crate::protocol::DocumentError;
use crate::ui::controls::{error_of, CodeSelect, InputKind, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;
use crate::ui::time::{from_input, to_input};

/// With `editing`, edits that interaction and calls `on_done` after saving or cancelling;
/// without, logs a new one and clears itself for the next.
#[component]
pub fn InteractionForm(
    customer: CustomerId,
    #[prop(optional)] editing: Option<Interaction>,
    #[prop(optional)] on_done: Option<Callback<()>>,
    /// A contact made from the contact actions, to fill in (then focus the summary).
    #[prop(optional)]
    fill: Option<RwSignal<Option<super::contact_actions::Contacted>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let prefix = editing
        .as_ref()
        .map(|i| format!("edit-{}", i.id.0))
        .unwrap_or_else(|| "log".to_owned());
    let editing_id = editing.as_ref().map(|i| i.id.clone());
    let start = editing.clone().map(|i| InteractionDraft {
        at: i.at,
        channel: i.channel,
        kind: i.kind,
        direction: i.direction,
        summary: i.summary,
        satisfaction: i.satisfaction.map(i64::from),
    });
    let blank = move || InteractionDraft::new(app.now());
    let draft = RwSignal::new(start.unwrap_or_else(blank));
    let when = RwSignal::new(to_input(draft.get_untracked().at));
    let satisfaction = RwSignal::new(
        draft
            .get_untracked()
            .satisfaction
            .map(|s| s.to_string())
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error = move |field: Field| error_of(errors, field);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut d = draft.get_untracked();
        d.at = from_input(&when.get_untracked()).unwrap_or(0);
        let typed = satisfaction.get_untracked();
        d.satisfaction = match typed.trim() {
            "" => None,
            // Anything typed that is not a whole number is out of range, not silently dropped.
            text => Some(text.parse().unwrap_or(i64::MIN)),
        };
        let request = match &editing_id {
            Some(id) => Request::UpdateInteraction(id.clone(), d),
            None => Request::LogInteraction(customer.clone(), d),
        };
        app.send(request, move |result| match result {
            Ok(_) => {
                errors.try_set(Vec::new());
                match on_done {
                    Some(done) => {
                        let _ = done.try_run(());
                    }
                    None => {
                        let fresh = blank();
                        when.try_set(to_input(fresh.at));
                        satisfaction.try_set(String::new());
                        draft.try_set(fresh);
                    }
                }
            }
            Err(DocumentError::Invalid(found)) => {
                let _ = errors.try_set(found);
            }
            Err(other) => leptos::logging::error!("saving an interaction failed: {other}"),
        });
    };
    let id = move |name: &str| format!("{prefix}-{name}");
    if let Some(fill) = fill {
        let summary = id("summary");
        Effect::new(move |_| {
            let Some((channel, at)) = fill.get() else {
                return;
            };
            fill.set(None);
            draft.update(|d| {
                d.channel = channel;
                d.at = at;
                d.kind = InteractionKind::Contact;
                d.direction = Direction::Outgoing;
            });
            when.set(to_input(at));
            if let Some(field) = document().get_element_by_id(&summary) {
                if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                    let _ = field.focus();
                }
            }
        });
    }
    let heading = if editing.is_some() {
        Msg::Edit
    } else {
        Msg::LogInteraction
    };
    view! {
        <form class="interaction-form" on:submit=submit novalidate
            aria-label=move || i18n.t(heading)>
            <div class="row">
                <TextField id=id("when") label=Msg::When kind=InputKind::DateTime value=when
                    error=error(Field::When) on_change=Callback::new(move |v| when.set(v)) />
                <CodeSelect id=id("channel") label=Msg::Channel
                    value=Signal::derive(move || Some(draft.with(|d| d.channel)))
                    on_change=Callback::new(move |c: Option<Channel>| if let Some(c) = c { draft.update(|d| d.channel = c) }) />
                <CodeSelect id=id("kind") label=Msg::InteractionKind
                    value=Signal::derive(move || Some(draft.with(|d| d.kind)))
                    on_change=Callback::new(move |k: Option<InteractionKind>| if let Some(k) = k { draft.update(|d| d.kind = k) }) />
                <CodeSelect id=id("direction") label=Msg::Direction
                    value=Signal::derive(move || Some(draft.with(|d| d.direction)))
                    on_change=Callback::new(move |v: Option<Direction>| if let Some(v) = v { draft.update(|d| d.direction = v) }) />
            </div>
            <TextField id=id("summary") label=Msg::Summary kind=InputKind::Multiline
                value=Signal::derive(move || draft.with(|d| d.summary.clone())) error=error(Field::Summary)
                on_change=Callback::new(move |v| draft.update(|d| d.summary = v)) />
            <TextField id=id("satisfaction") label=Msg::Satisfaction kind=InputKind::Number hint=Msg::SatisfactionHint
                value=satisfaction error=error(Field::Satisfaction)
                on_change=Callback::new(move |v| satisfaction.set(v)) />
            <div class="actions">
                <button type="submit" class="primary">
                    {move || i18n.t(if editing.is_some() { Msg::SaveInteraction } else { Msg::LogInteraction })}
                </button>
                {on_done.map(|done| view! {
                    <button type="button" on:click=move |_| done.run(())>{move || i18n.t(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}
