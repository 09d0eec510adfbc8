//! The workspace's e-mail templates: listed, added and edited in one form, removed; a
//! customer's e-mail action then offers them.

use leptos::prelude::*;

use crate::domain::{EmailTemplate, Field, FieldError, NAME_PLACEHOLDER};
use crate::protocol::{DocumentError, Request};
use crate::ui::controls::{error_of, TextField};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Templates() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let draft = RwSignal::new(EmailTemplate::default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let note = RwSignal::new(None::<String>);
    let templates = Memo::new(move |_| app.snapshot.with(|s| s.templates.clone()));
    let text = move |f: fn(&EmailTemplate) -> String| Signal::derive(move || draft.with(f));
    let set = move |f: fn(&mut EmailTemplate, String)| {
        Callback::new(move |v: String| {
            draft.update(|d| f(d, v));
            note.set(None);
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let template = draft.get_untracked();
        let name = template.name.trim().to_owned();
        app.send_saved(
            Request::SaveTemplate(template),
            move |result| match result {
                Ok(_) => {
                    errors.try_set(Vec::new());
                    draft.try_set(EmailTemplate::default());
                    note.try_set(Some(i18n.t(Msg::TemplateSaved).replace("{name}", &name)));
                }
                Err(DocumentError::Invalid(found)) => {
                    errors.try_set(found);
                }
                Err(other) => leptos::logging::error!("saving a template failed: {other}"),
            },
        );
    };
    let editing = move || draft.with(|d| !d.id.0.is_empty());
    view! {
        <section class="card" aria-labelledby="templates-heading">
            <h2 id="templates-heading">{move || i18n.t(Msg::EmailTemplates)}</h2>
            <p class="hint">{move || i18n.t(Msg::EmailTemplatesHint).replace("{placeholder}", NAME_PLACEHOLDER)}</p>
            <ul class="templates">
                <For each=move || templates.get() key=|t| t.clone() let:template>
                    <li>
                        <strong>{template.name.clone()}</strong>" · "{template.subject.clone()}" "
                        <button type="button" class="link"
                            aria-label=format!("{}: {}", i18n.t(Msg::Edit), template.name)
                            on:click={
                                let template = template.clone();
                                move |_| draft.set(template.clone())
                            }>{move || i18n.t(Msg::Edit)}</button>
                        " "
                        <button type="button" class="link"
                            aria-label=format!("{}: {}", i18n.t(Msg::Remove), template.name)
                            on:click={
                                let id = template.id.clone();
                                move |_| app.send(Request::RemoveTemplate(id.clone()), |result| {
                                    if let Err(error) = result {
                                        leptos::logging::error!("removing a template failed: {error}");
                                    }
                                })
                            }>{move || i18n.t(Msg::Remove)}</button>
                    </li>
                </For>
            </ul>
            <form class="sub-form" on:submit=save novalidate aria-labelledby="template-form-heading">
                <h3 id="template-form-heading">
                    {move || if editing() { i18n.t(Msg::Edit) } else { i18n.t(Msg::AddTemplate) }}
                </h3>
                <TextField id="template-name" label=Msg::TemplateName required=true value=text(|t| t.name.clone())
                    error=error_of(errors, Field::Name) on_change=set(|t, v| t.name = v) />
                <TextField id="template-subject" label=Msg::TemplateSubject value=text(|t| t.subject.clone())
                    error=error_of(errors, Field::Title) on_change=set(|t, v| t.subject = v) />
                <div class="field">
                    <label for="template-body">{move || i18n.t(Msg::TemplateBody)}</label>
                    <textarea id="template-body" rows="5" prop:value=text(|t| t.body.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); draft.update(|t| t.body = v); }></textarea>
                    <crate::ui::controls::FieldError id="template-body-error" error=error_of(errors, Field::Notes) />
                </div>
                <div class="actions">
                    <button type="submit" class="primary">{move || i18n.t(Msg::SaveTemplate)}</button>
                    <Show when=editing>
                        <button type="button" on:click=move |_| draft.set(EmailTemplate::default())>
                            {move || i18n.t(Msg::Cancel)}
                        </button>
                    </Show>
                    <span role="status">{move || note.get()}</span>
                </div>
            </form>
        </section>
    }
}
