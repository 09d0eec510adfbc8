//! First start: the user gives the name every change of theirs is attributed to.

use leptos::prelude::*;

use crate::protocol::{Answer, Request};

use super::i18n::{use_i18n, Msg};
use super::language_select::LanguageSelect;
use super::state::use_app;
use crate::platform::{Identity, Preferences};
use crate::protocol::DocumentError;

#[component]
pub fn Welcome(on_joined: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let finish = move |joined: Result<crate::domain::ColleagueId, DocumentError>| match joined {
        Ok(id) => {
            let mut preferences = Preferences::load();
            let name = name.get_untracked().trim().to_owned();
            preferences.identity = Some(Identity { id: id.0, name });
            preferences.save();
            on_joined.run(());
        }
        Err(DocumentError::Invalid(errors)) => {
            error.set(errors.first().map(|e| i18n.problem(&e.problem)))
        }
        Err(other) => error.set(Some(other.to_string())),
    };
    let preparing = RwSignal::new(false);
    // Joins, and with `sample` opens the sample workspace (a moment's work: the button
    // says so first, then the work runs after the browser has painted it).
    let start = move |sample: bool| {
        leptos::task::spawn_local(async move {
            let joined = match app.act(Request::Join(name.get_untracked())).await {
                Ok(Answer::Colleague(id)) => Ok(id),
                Ok(_) => Err(DocumentError::NoIdentity),
                Err(error) => Err(error),
            };
            if sample && joined.is_ok() {
                preparing.set(true);
                crate::platform::after_paint().await;
                let seed = js_sys::Date::now() as u64;
                if let Err(e) = app.act(Request::OpenSample(seed)).await {
                    error.set(Some(e.to_string()));
                }
                preparing.set(false);
            }
            finish(joined);
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        start(false);
    };
    view! {
        <main class="welcome" id="main">
            <div class="welcome-card">
                <p class="brand">"Rapport"</p>
                <h1>{move || i18n.t(Msg::WelcomeTitle)}</h1>
                <p>{move || i18n.t(Msg::WelcomeText)}</p>
                <form on:submit=submit novalidate>
                    <div class="field">
                        <label for="your-name">{move || i18n.t(Msg::YourName)}</label>
                        <input id="your-name" type="text" autocomplete="name" required
                            aria-invalid=move || error.with(Option::is_some).then_some("true")
                            aria-describedby="your-name-error"
                            prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                        <super::controls::FieldError id="your-name-error" error=error />
                    </div>
                    <div class="actions">
                        <button type="submit" class="primary">{move || i18n.t(Msg::Start)}</button>
                        <button type="button" disabled=preparing aria-busy=move || preparing.get().then_some("true")
                            aria-describedby="sample-hint" on:click=move |_| start(true)>
                            {move || i18n.t(if preparing.get() { Msg::SamplePreparing } else { Msg::TrySample })}
                        </button>
                    </div>
                    <p class="hint" id="sample-hint">{move || i18n.t(Msg::TrySampleHint)}</p>
                </form>
                <LanguageSelect />
            </div>
        </main>
    }
}
