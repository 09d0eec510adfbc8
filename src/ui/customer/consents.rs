//! A person's consents (KVKK): each purpose's state with when, how and by whom; a
//! withdrawal in one click, dated now; a form to record consent for several purposes at
//! once, under the information notice shown; and every event ever recorded.

use leptos::prelude::*;

use crate::domain::{
    consent_for, Code, ConsentDraft, ConsentEvent, ConsentSource, ConsentState, CustomerId, Field,
    FieldError, NoticeId, Purpose,
};
use crate::protocol::Request;
use crate::ui::controls::{error_of, CodeSelect, FieldError as FieldErrorText};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn Consents(customer: CustomerId) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let events = {
        let id = customer.clone();
        Memo::new(move |_| {
            app.snapshot
                .with(|s| s.customer(&id).map(|c| c.consents.clone()))
                .unwrap_or_default()
        })
    };
    let note = RwSignal::new(None::<String>);
    let customer = StoredValue::new(customer);
    let record = move |draft: ConsentDraft, said: String| {
        app.send_saved(
            Request::RecordConsent(customer.get_value(), draft),
            move |result| match result {
                Ok(_) => {
                    note.try_set(Some(said));
                }
                Err(error) => leptos::logging::error!("recording a consent failed: {error}"),
            },
        );
    };
    let withdraw = move |purpose: Purpose| {
        let draft = ConsentDraft {
            purposes: vec![purpose],
            state: ConsentState::Withdrawn,
            at: app.now(),
            source: ConsentSource::Other,
            notice: None,
            note: String::new(),
        };
        let said = i18n
            .t(Msg::ConsentWithdrawn)
            .replace("{purpose}", i18n.label(purpose));
        record(draft, said);
    };
    view! {
        <section class="card consents" aria-labelledby="consents-heading">
            <h2 id="consents-heading">{move || i18n.t(Msg::Consents)}</h2>
            <p class="hint">{move || i18n.t(Msg::ConsentsHint)}</p>
            <p><a href=crate::ui::route::Route::PersonData(customer.get_value()).href()>{move || i18n.t(Msg::PersonDataLink)}</a></p>
            // Five columns do not fit a phone: the table scrolls in its box, not the page.
            <div class="table-scroll" tabindex="0">
            <table class="consent-table">
                <thead><tr>
                    <th scope="col">{move || i18n.t(Msg::ConsentPurpose)}</th>
                    <th scope="col">{move || i18n.t(Msg::ConsentStateLabel)}</th>
                    <th scope="col">{move || i18n.t(Msg::ConsentHow)}</th>
                    <th scope="col">{move || i18n.t(Msg::ConsentBy)}</th>
                    <th scope="col"><span class="visually-hidden">{move || i18n.t(Msg::WithdrawConsent)}</span></th>
                </tr></thead>
                <tbody>
                    {Purpose::ALL.iter().copied().map(|purpose| {
                        let latest = move || events.with(|e| consent_for(e, purpose).cloned());
                        view! {
                            <tr>
                                <th scope="row">{move || i18n.label(purpose)}</th>
                                <td>{move || state_text(i18n, latest().as_ref())}</td>
                                <td>{move || latest().map(|e| i18n.label(e.source)).unwrap_or_default()}</td>
                                <td>{move || latest().map(|e| by_name(app, &e)).unwrap_or_default()}</td>
                                <td>
                                    <Show when=move || latest().is_some_and(|e| e.state == ConsentState::Given)>
                                        <button type="button" class="link"
                                            aria-label=move || format!("{}: {}", i18n.t(Msg::WithdrawConsent), i18n.label(purpose))
                                            on:click=move |_| withdraw(purpose)>
                                            {move || i18n.t(Msg::WithdrawConsent)}
                                        </button>
                                    </Show>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p role="status">{move || note.get()}</p>
            <ConsentForm record />
            <Show when=move || events.with(|e| !e.is_empty())>
                <details class="consent-history">
                    <summary>{move || i18n.t(Msg::ConsentHistory).replace("{count}", &i18n.number(events.with(Vec::len)))}</summary>
                    <ul>
                        {move || events.get().into_iter().rev().map(|event| {
                            let line = event_line(i18n, app, &event);
                            view! { <li>{line}</li> }
                        }).collect_view()}
                    </ul>
                </details>
            </Show>
        </section>
    }
}

/// The form recording consent (or its withdrawal) for the purposes ticked.
#[component]
fn ConsentForm(
    record: impl Fn(ConsentDraft, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let notices = Memo::new(move |_| app.snapshot.with(|s| s.notices.clone()));
    let purposes = RwSignal::new(Vec::<Purpose>::new());
    let state = RwSignal::new(Some(ConsentState::Given));
    let source = RwSignal::new(Some(ConsentSource::Form));
    let when = RwSignal::new(crate::ui::time::to_input(app.now()));
    // The latest notice unless the user picks another (or none).
    let notice = RwSignal::new(None::<Option<NoticeId>>);
    let chosen_notice = move || match notice.get() {
        Some(picked) => picked,
        None => notices.with(|n| n.last().map(|n| n.id.clone())),
    };
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ConsentDraft {
            purposes: purposes.get_untracked(),
            state: state.get_untracked().unwrap_or(ConsentState::Given),
            at: crate::ui::time::from_input(&when.get_untracked()).unwrap_or_else(|| app.now()),
            source: source.get_untracked().unwrap_or(ConsentSource::Other),
            notice: chosen_notice(),
            note: text.get_untracked(),
        };
        match draft.validated() {
            Ok(draft) => {
                errors.set(Vec::new());
                purposes.set(Vec::new());
                text.set(String::new());
                record(draft, i18n.t(Msg::ConsentRecorded).to_owned());
            }
            Err(error) => errors.set(vec![error]),
        }
    };
    view! {
        <form class="sub-form" on:submit=save novalidate aria-labelledby="consent-form-heading">
            <h3 id="consent-form-heading">{move || i18n.t(Msg::RecordConsent)}</h3>
            <fieldset aria-describedby="consent-purposes-error">
                <legend>{move || i18n.t(Msg::ConsentPurposes)}</legend>
                {Purpose::ALL.iter().copied().map(|purpose| view! {
                    <label class="check">
                        <input type="checkbox"
                            prop:checked=move || purposes.with(|p| p.contains(&purpose))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                purposes.update(|p| {
                                    p.retain(|x| *x != purpose);
                                    if on { p.push(purpose) }
                                });
                            } />
                        {move || i18n.label(purpose)}
                    </label>
                }).collect_view()}
                <FieldErrorText id="consent-purposes-error" error=error_of(errors, Field::Purposes) />
            </fieldset>
            <CodeSelect id="consent-state" label=Msg::ConsentStateLabel value=state
                on_change=Callback::new(move |v| state.set(v)) />
            <div class="field">
                <label for="consent-when">{move || i18n.t(Msg::ConsentWhen)}</label>
                <input id="consent-when" type="datetime-local" prop:value=move || when.get()
                    on:change=move |ev| when.set(event_target_value(&ev)) />
            </div>
            <CodeSelect id="consent-source" label=Msg::ConsentHow value=source
                on_change=Callback::new(move |v| source.set(v)) />
            <div class="field">
                <label for="consent-notice">{move || i18n.t(Msg::ConsentNotice)}</label>
                <select id="consent-notice" on:change=move |ev| {
                    let id = event_target_value(&ev);
                    notice.set(Some((!id.is_empty()).then_some(NoticeId(id))));
                }>
                    <option value="" selected=move || chosen_notice().is_none()>{move || i18n.t(Msg::NoNotice)}</option>
                    <For each=move || notices.get() key=|n| n.clone() let:n>
                        <option value=n.id.0.clone()
                            selected={let id = n.id.clone(); move || chosen_notice().as_ref() == Some(&id)}>
                            {n.title.clone()}
                        </option>
                    </For>
                </select>
            </div>
            <div class="field">
                <label for="consent-note">{move || i18n.t(Msg::ConsentNote)}</label>
                <input id="consent-note" type="text" autocomplete="off" prop:value=move || text.get()
                    on:change=move |ev| text.set(event_target_value(&ev)) />
            </div>
            <div class="actions">
                <button type="submit" class="primary">{move || i18n.t(Msg::SaveConsent)}</button>
            </div>
        </form>
    }
}

/// A purpose's state in words: never asked, or given or withdrawn on a date.
fn state_text(i18n: I18n, latest: Option<&ConsentEvent>) -> String {
    match latest {
        None => i18n.t(Msg::ConsentNeverAsked).to_owned(),
        Some(event) => {
            let msg = match event.state {
                ConsentState::Given => Msg::ConsentGivenOn,
                ConsentState::Withdrawn => Msg::ConsentWithdrawnOn,
            };
            i18n.t(msg).replace("{date}", &i18n.date_time(event.at))
        }
    }
}

fn by_name(app: crate::ui::state::AppState, event: &ConsentEvent) -> String {
    let by = event.by.as_ref();
    app.snapshot.with_untracked(|s| s.owner_name(by).to_owned())
}

/// One event of the history as a line.
fn event_line(i18n: I18n, app: crate::ui::state::AppState, event: &ConsentEvent) -> String {
    let notice = event.notice.as_ref().and_then(|id| {
        app.snapshot.with_untracked(|s| {
            s.notices
                .iter()
                .find(|n| &n.id == id)
                .map(|n| n.title.clone())
        })
    });
    let mut line = i18n
        .t(Msg::ConsentEventLine)
        .replace("{date}", &i18n.date_time(event.at))
        .replace("{purpose}", i18n.label(event.purpose))
        .replace("{state}", i18n.label(event.state))
        .replace("{how}", i18n.label(event.source))
        .replace("{by}", &by_name(app, event));
    for extra in notice
        .iter()
        .chain(Some(&event.note).filter(|n| !n.is_empty()))
    {
        line.push_str(" · ");
        line.push_str(extra);
    }
    line
}
