//! The bar under the customer list while customers are chosen: set their stage or owner,
//! add a tag, archive them or export them as vCards. Each change is one commit for all of
//! them; the line under the bar says what it did, and stays after the bar is gone.

use leptos::html::{Div, Input, P};
use leptos::prelude::*;

use crate::protocol::{Answer, Request};

use super::selection::Selection;
use super::vcard_file::download_vcards;
use crate::domain::{Code, ColleagueId, CustomerId, DissolutionReason, Field, Problem, Stage};
use crate::protocol::{BulkChange, DocumentError};
use crate::ui::board::ReasonDialog;
use crate::ui::controls::FieldError;
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::{use_app, AppState};

/// The owner choice's value for "nobody" (colleague ids are hex, so it never is one).
const NOBODY: &str = "-";

/// `select_all` takes the focus back when the bar disappears under it.
/// More customers than this at once, and a change asks first (the archive always does).
const GUARDED: usize = 5;

#[component]
pub fn BulkBar(
    selection: Selection,
    shown: Memo<Vec<CustomerId>>,
    select_all: NodeRef<Input>,
    /// What the last action did (or why it failed); the list writes here too.
    message: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let chosen = Memo::new(move |_| selection.live(app));
    let count = move || chosen.with(Vec::len);
    let hidden = move || {
        let here = shown.with(|ids| selection.count_in(ids));
        count().saturating_sub(here)
    };
    let bar = NodeRef::<Div>::new();
    let result = NodeRef::<P>::new();
    let failed = RwSignal::new(false);
    // Where the focus goes back when a dialog closes without a change.
    let stage_select = NodeRef::<leptos::html::Select>::new();
    let archive_button = NodeRef::<leptos::html::Button>::new();

    let stage = RwSignal::new(None::<Stage>);
    let stage_error = RwSignal::new(None::<String>);
    // Not chosen yet, or chosen: a colleague or nobody.
    let owner = RwSignal::new(None::<Option<ColleagueId>>);
    let owner_error = RwSignal::new(None::<String>);
    let tag = RwSignal::new(String::new());
    let tag_error = RwSignal::new(None::<String>);
    let asking_reason = RwSignal::new(false);
    // A change waiting for the user's yes: the archive always, others past a handful.
    let confirming = RwSignal::new(None::<BulkChange>);
    let tags = Memo::new(move |_| app.snapshot.with(|s| s.tags()));
    let colleagues = Memo::new(move |_| app.snapshot.with(|s| s.colleagues.clone()));

    // A new selection starts with a clean slate.
    Effect::new(move |was_empty: Option<bool>| {
        let empty = count() == 0;
        if was_empty == Some(true) && !empty {
            message.set(String::new());
            failed.set(false);
            stage_error.set(None);
            owner_error.set(None);
            tag_error.set(None);
        }
        empty
    });

    let focus_result = move || {
        if let Some(p) = result.get_untracked() {
            let _ = p.focus();
        }
    };
    let apply = move |change: BulkChange| {
        let ids = chosen.get_untracked();
        let request = Request::ChangeCustomers(ids.clone(), change.clone());
        app.send(request, move |result| {
            match result {
                Ok(answer) => {
                    let changed = match answer {
                        Answer::Count(n) => n,
                        _ => 0,
                    };
                    failed.try_set(false);
                    message.try_set(outcome(i18n, app, &change, changed, ids.len() - changed));
                    selection.clear();
                    stage.try_set(None);
                    owner.try_set(None);
                    tag.try_set(String::new());
                }
                Err(error) => {
                    failed.try_set(true);
                    message.try_set(format!(
                        "{} {}",
                        i18n.t(Msg::NothingChanged),
                        in_words(i18n, &error)
                    ));
                }
            }
            focus_result();
        });
    };
    let ask = move |change: BulkChange| {
        if count() > GUARDED {
            confirming.set(Some(change));
        } else {
            apply(change);
        }
    };
    let set_stage = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match stage.get_untracked() {
            None => stage_error.set(Some(i18n.problem(&Problem::Required))),
            Some(Stage::Dissolution) => asking_reason.set(true),
            Some(stage) => ask(BulkChange::Stage(stage, None)),
        }
    };
    let on_reason = Callback::new(move |reason: Option<DissolutionReason>| {
        asking_reason.set(false);
        match reason {
            Some(reason) => ask(BulkChange::Stage(Stage::Dissolution, Some(reason))),
            None => {
                message.set(i18n.t(Msg::BulkCancelled).to_owned());
                if let Some(select) = stage_select.get_untracked() {
                    let _ = select.focus();
                }
            }
        }
    });
    let set_owner = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match owner.get_untracked() {
            None => owner_error.set(Some(i18n.problem(&Problem::Required))),
            Some(owner) => ask(BulkChange::Owner(owner)),
        }
    };
    let add_tag = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = tag.get_untracked();
        if text.trim().is_empty() {
            tag_error.set(Some(i18n.problem(&Problem::Required)));
        } else {
            ask(BulkChange::AddTag(text.trim().to_owned()));
        }
    };
    let on_confirm = Callback::new(move |confirmed: bool| {
        let change = confirming.get_untracked();
        confirming.set(None);
        match change {
            Some(change) if confirmed => apply(change),
            Some(BulkChange::Archive) => {
                if let Some(button) = archive_button.get_untracked() {
                    let _ = button.focus();
                }
            }
            _ => message.set(i18n.t(Msg::BulkCancelled).to_owned()),
        }
    });
    let export = move |_| {
        let ids = chosen.get_untracked();
        match download_vcards(app, i18n, &ids) {
            Ok((n, file)) => {
                failed.set(false);
                message.set(
                    i18n.t(Msg::ExportedCards)
                        .replace("{customers}", &customers(i18n, n))
                        .replace("{file}", &file),
                );
            }
            Err(error) => {
                failed.set(true);
                leptos::logging::warn!("vCard download failed: {error}");
                message.set(i18n.t(Msg::ErrDownload).to_owned());
            }
        }
    };
    let clear = move || {
        let focus_was_here = bar.get_untracked().is_some_and(|bar| {
            let active = document().active_element();
            active.is_some_and(|a| bar.contains(Some(&a)))
        });
        selection.clear();
        message.set(i18n.t(Msg::SelectionCleared).to_owned());
        if focus_was_here {
            if let Some(input) = select_all.get_untracked() {
                let _ = input.focus();
            }
        }
    };

    view! {
        <div class="bulk-dock">
            <Show when=move || { count() > 0 }>
                <div class="bulk-bar" role="toolbar" node_ref=bar
                    aria-label=move || i18n.t(Msg::SelectedCustomers)
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.stop_propagation();
                            clear();
                        }
                    }>
                    <div class="bulk-count">
                        <strong>{move || {
                            let n = count();
                            if n == 1 { i18n.t(Msg::OneSelected).to_owned() }
                            else { i18n.t(Msg::SelectedCount).replace("{count}", &i18n.number(n)) }
                        }}</strong>
                        <span class="hint" hidden=move || hidden() == 0>
                            {move || i18n.t(Msg::SelectedHidden).replace("{count}", &i18n.number(hidden()))}
                        </span>
                        <button type="button" class="link" on:click=move |_| clear()>{move || i18n.t(Msg::ClearSelection)}</button>
                        <div class="bulk-actions">
                            <button type="button" node_ref=archive_button on:click=move |_| confirming.set(Some(BulkChange::Archive))>{move || i18n.t(Msg::ArchiveSelected)}</button>
                            <button type="button" on:click=export>{move || i18n.t(Msg::ExportSelectionVcard)}</button>
                        </div>
                    </div>
                    <form class="bulk-group" on:submit=set_stage>
                        <div class="field">
                            <label for="bulk-stage">{move || i18n.t(Msg::NewStage)}</label>
                            <select id="bulk-stage" node_ref=stage_select aria-describedby="bulk-stage-error"
                                aria-invalid=move || stage_error.with(Option::is_some).then_some("true")
                                on:change=move |ev| {
                                    stage.set(Stage::from_code(&event_target_value(&ev)));
                                    stage_error.set(None);
                                }>
                                <option value="" selected=move || stage.with(Option::is_none)>{move || i18n.t(Msg::ChooseStage)}</option>
                                {Stage::ALL.iter().map(|&s| view! {
                                    <option value=s.code() selected=move || stage.get() == Some(s)>{move || i18n.label(s)}</option>
                                }).collect_view()}
                            </select>
                            <FieldError id="bulk-stage-error" error=stage_error />
                        </div>
                        <button type="submit">{move || i18n.t(Msg::SetStage)}</button>
                    </form>
                    <form class="bulk-group" on:submit=set_owner>
                        <div class="field">
                            <label for="bulk-owner">{move || i18n.t(Msg::NewOwner)}</label>
                            <select id="bulk-owner" aria-describedby="bulk-owner-error"
                                aria-invalid=move || owner_error.with(Option::is_some).then_some("true")
                                on:change=move |ev| {
                                    owner.set(match event_target_value(&ev).as_str() {
                                        "" => None,
                                        NOBODY => Some(None),
                                        id => Some(Some(ColleagueId(id.to_owned()))),
                                    });
                                    owner_error.set(None);
                                }>
                                <option value="" selected=move || owner.with(Option::is_none)>{move || i18n.t(Msg::ChooseOwner)}</option>
                                <option value=NOBODY selected=move || owner.get() == Some(None)>{move || i18n.t(Msg::NoOwner)}</option>
                                <For each=move || colleagues.get() key=|c| c.id.clone() let:colleague>
                                    <option value=colleague.id.0.clone()
                                        selected={let id = colleague.id.clone(); move || owner.with(|o| o.as_ref().is_some_and(|o| o.as_ref() == Some(&id)))}>
                                        {colleague.name.clone()}
                                    </option>
                                </For>
                            </select>
                            <FieldError id="bulk-owner-error" error=owner_error />
                        </div>
                        <button type="submit">{move || i18n.t(Msg::SetOwner)}</button>
                    </form>
                    <form class="bulk-group" on:submit=add_tag>
                        <div class="field">
                            <label for="bulk-tag">{move || i18n.t(Msg::TagToAdd)}</label>
                            <input id="bulk-tag" type="text" list="bulk-tag-suggestions" autocomplete="off"
                                placeholder=move || i18n.t(Msg::TagToAdd)
                                aria-describedby="bulk-tag-error"
                                aria-invalid=move || tag_error.with(Option::is_some).then_some("true")
                                prop:value=move || tag.get()
                                on:input=move |ev| {
                                    tag.set(event_target_value(&ev));
                                    tag_error.set(None);
                                } />
                            <datalist id="bulk-tag-suggestions">
                                <For each=move || tags.get() key=|t| t.clone() let:t>
                                    <option value=t></option>
                                </For>
                            </datalist>
                            <FieldError id="bulk-tag-error" error=tag_error />
                        </div>
                        <button type="submit">{move || i18n.t(Msg::AddTag)}</button>
                    </form>
                </div>
            </Show>
            <p class="bulk-result" class:error=move || failed.get() role="status" tabindex="-1" node_ref=result>
                {move || message.get()}
            </p>
            {move || asking_reason.get().then(|| view! {
                <ReasonDialog name=customers(i18n, count()) on_done=on_reason />
            })}
            {move || confirming.get().map(|change| {
                let who = customers(i18n, count());
                let (title, action, text) = match &change {
                    BulkChange::Archive => (Msg::ArchiveConfirmTitle, Msg::ArchiveConfirm, i18n.t(Msg::ArchiveConfirmText).to_owned()),
                    other => (Msg::BulkConfirmTitle, Msg::BulkConfirm, i18n.t(Msg::BulkConfirmText).replace("{what}", &change_text(i18n, app, other))),
                };
                view! {
                    <ConfirmDialog title=i18n.t(title).replace("{customers}", &who)
                        action=i18n.t(action).replace("{customers}", &who) text on_done=on_confirm />
                }
            })}
        </div>
    }
}

/// Asks before a change to the chosen customers, saying how many and how to undo it.
#[component]
fn ConfirmDialog(
    title: String,
    action: String,
    text: String,
    on_done: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirm = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = confirm.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="archive-title"
                aria-describedby="archive-text"
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.stop_propagation();
                        on_done.run(false);
                    }
                }>
                <h2 id="archive-title">{title}</h2>
                <p id="archive-text">{text}</p>
                <div class="actions">
                    <button type="button" class="primary" node_ref=confirm on:click=move |_| on_done.run(true)>{action}</button>
                    <button type="button" on:click=move |_| on_done.run(false)>{move || i18n.t(Msg::Cancel)}</button>
                </div>
            </div>
        </div>
    }
}

/// What a change sets, in words (`Stage: Commitment`).
fn change_text(i18n: I18n, app: crate::ui::state::AppState, change: &BulkChange) -> String {
    match change {
        BulkChange::Stage(stage, _) => format!("{}: {}", i18n.t(Msg::Stage), i18n.label(*stage)),
        BulkChange::Owner(owner) => {
            let name = app
                .snapshot
                .with_untracked(|s| s.owner_name(owner.as_ref()).to_owned());
            let name = if name.is_empty() {
                i18n.t(Msg::NoOwner).to_owned()
            } else {
                name
            };
            format!("{}: {name}", i18n.t(Msg::Owner))
        }
        BulkChange::AddTag(tag) => format!("{}: {tag}", i18n.t(Msg::AddTag)),
        BulkChange::Archive => i18n.t(Msg::ArchiveSelected).to_owned(),
    }
}

/// "3 customers", "1 customer": Turkish keeps the noun as it is after a number.
fn customers(i18n: I18n, n: usize) -> String {
    if n == 1 {
        i18n.t(Msg::OneCustomer).to_owned()
    } else {
        i18n.t(Msg::CustomersCount)
            .replace("{count}", &i18n.number(n))
    }
}

/// What a bulk change did: how many changed, and how many were that way already.
fn outcome(
    i18n: I18n,
    app: AppState,
    change: &BulkChange,
    changed: usize,
    unchanged: usize,
) -> String {
    let (done, already) = match change {
        BulkChange::Stage(..) => (Msg::StageSetFor, Msg::AlreadyInStage),
        BulkChange::Owner(Some(_)) => (Msg::OwnerSetFor, Msg::AlreadyOwner),
        BulkChange::Owner(None) => (Msg::OwnerRemovedFrom, Msg::AlreadyOwner),
        BulkChange::AddTag(_) => (Msg::TagAddedTo, Msg::AlreadyTagged),
        BulkChange::Archive => (Msg::ArchivedCount, Msg::AlreadyArchived),
    };
    let fill = |msg: Msg, n: usize| {
        let mut text = i18n.t(msg).replace("{customers}", &customers(i18n, n));
        match change {
            BulkChange::Stage(stage, _) => text = text.replace("{stage}", i18n.label(*stage)),
            BulkChange::Owner(Some(owner)) => {
                let name = app
                    .snapshot
                    .with_untracked(|s| s.colleague_name(owner).unwrap_or_default().to_owned());
                text = text.replace("{owner}", &name);
            }
            BulkChange::AddTag(tag) => text = text.replace("{tag}", tag),
            _ => {}
        }
        text
    };
    let mut parts = Vec::new();
    if changed > 0 || unchanged == 0 {
        parts.push(fill(done, changed));
    }
    if unchanged > 0 {
        parts.push(fill(already, unchanged));
    }
    parts.join(" ")
}

/// Why a change was refused, in the user's words.
fn in_words(i18n: I18n, error: &DocumentError) -> String {
    match error {
        DocumentError::Invalid(found) => found
            .iter()
            .map(|e| match e.field {
                Field::Tags => format!("{}: {}", i18n.t(Msg::TagToAdd), i18n.problem(&e.problem)),
                _ => i18n.problem(&e.problem),
            })
            .collect::<Vec<_>>()
            .join(" "),
        DocumentError::UnknownCustomer => i18n.t(Msg::UnknownCustomer).to_owned(),
        other => other.to_string(),
    }
}
