//! The command palette: one field that finds a customer by name (as the list's search
//! does, Turkish letters folded) or a command, arrow keys to choose, Enter to go.

use leptos::prelude::*;

use super::follow_open;
use crate::domain::{fold, CustomerId};
use crate::model::ListQuery;
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::route::{navigate, Route};
use crate::ui::state::use_app;

/// Customers shown for a query, at most.
const CUSTOMERS_SHOWN: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Command {
    Go(Route, Msg),
    LogInteraction,
    Help,
    Customer {
        id: CustomerId,
        name: String,
        city: String,
    },
}

/// Every command that is not a customer, in the order offered.
fn commands() -> Vec<Command> {
    let go = |route, msg| Command::Go(route, msg);
    vec![
        go(Route::NewCustomer, Msg::NewCustomer),
        Command::LogInteraction,
        go(Route::Customers, Msg::Customers),
        go(Route::Today, Msg::Today),
        go(Route::Board, Msg::Board),
        go(Route::Dashboard, Msg::Dashboard),
        go(Route::Duplicates, Msg::Duplicates),
        go(Route::Archive, Msg::Archive),
        go(Route::Sync, Msg::SyncFiles),
        go(Route::Data, Msg::DataNav),
        go(Route::SyncHelp, Msg::SyncHelpTitle),
        Command::Help,
    ]
}

impl Command {
    fn label(&self, i18n: I18n) -> String {
        match self {
            Command::Go(_, msg) => i18n.t(*msg).to_owned(),
            Command::LogInteraction => i18n.t(Msg::LogInteraction).to_owned(),
            Command::Help => i18n.t(Msg::KeyboardShortcuts).to_owned(),
            Command::Customer { name, .. } => name.clone(),
        }
    }

    /// What kind of entry it is, said after its label.
    fn kind(&self, i18n: I18n) -> String {
        match self {
            Command::Customer { city, .. } if !city.is_empty() => {
                format!("{} · {city}", i18n.t(Msg::PaletteCustomer))
            }
            Command::Customer { .. } => i18n.t(Msg::PaletteCustomer).to_owned(),
            _ => i18n.t(Msg::PaletteCommand).to_owned(),
        }
    }
}

#[component]
pub fn CommandPalette(open: RwSignal<bool>, help_open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    follow_open(dialog, open);
    // A fresh start each time it opens, the field focused.
    Effect::new(move |_| {
        if open.get() {
            query.set(String::new());
            active.set(0);
            if let Some(input) = input.get() {
                let _ = input.focus();
            }
        }
    });
    let matches = Memo::new(move |_| {
        let text = query.get();
        let folded = fold(text.trim());
        let on_customer_page = matches!(crate::ui::route::current(), Route::Customer(_));
        let mut found: Vec<Command> = commands()
            .into_iter()
            .filter(|c| on_customer_page || *c != Command::LogInteraction)
            .filter(|c| folded.is_empty() || fold(&c.label(i18n)).contains(&folded))
            .collect();
        if !folded.is_empty() {
            let customers = app.snapshot.with(|s| {
                s.list(&ListQuery {
                    text: text.clone(),
                    ..Default::default()
                })
                .into_iter()
                .take(CUSTOMERS_SHOWN)
                .map(|c| Command::Customer {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    city: c.city.clone(),
                })
                .collect::<Vec<_>>()
            });
            // Customers first: finding one is what the palette is mostly for.
            found.splice(0..0, customers);
        }
        found
    });
    let run = move |command: Command| {
        open.set(false);
        match command {
            Command::Go(route, _) => navigate(&route),
            Command::Customer { id, .. } => navigate(&Route::Customer(id)),
            Command::LogInteraction => {
                super::shortcuts::focus("form.interaction-form textarea");
            }
            Command::Help => help_open.set(true),
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = matches.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + count - 1) % count);
            }
            "Enter" => {
                ev.prevent_default();
                if let Some(command) = matches.with(|m| m.get(active.get_untracked()).cloned()) {
                    run(command);
                }
            }
            _ => {}
        }
    };
    let option_id = |i: usize| format!("palette-option-{i}");
    view! {
        <dialog node_ref=dialog class="palette" aria-labelledby="palette-title"
            on:close=move |_| open.set(false)
            on:click=move |ev| {
                // A click on the backdrop (the dialog itself, outside its content) closes it.
                if ev.target() == ev.current_target() {
                    open.set(false);
                }
            }>
            <div class="palette-body">
                <h2 id="palette-title" class="visually-hidden">{move || i18n.t(Msg::CommandPalette)}</h2>
                <input node_ref=input type="text" role="combobox" autocomplete="off" spellcheck="false"
                    aria-label=move || i18n.t(Msg::PalettePrompt)
                    placeholder=move || i18n.t(Msg::PalettePrompt)
                    aria-expanded="true" aria-controls="palette-list" aria-autocomplete="list"
                    aria-activedescendant=move || (matches.with(|m| !m.is_empty())).then(|| option_id(active.get()))
                    prop:value=query
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        active.set(0);
                    }
                    on:keydown=keydown />
                <ul id="palette-list" role="listbox" aria-label=move || i18n.t(Msg::CommandPalette)>
                    {move || matches.get().into_iter().enumerate().map(|(i, command)| {
                        let label = command.label(i18n);
                        let kind = command.kind(i18n);
                        view! {
                            <li id=option_id(i) role="option"
                                aria-selected=move || if active.get() == i { "true" } else { "false" }
                                on:mousemove=move |_| active.set(i)
                                on:click=move |_| run(command.clone())>
                                <span class="palette-label">{label}</span>
                                <span class="palette-kind">{kind}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || matches.with(Vec::is_empty).then(|| view! {
                    <p class="hint" role="status">{move || i18n.t(Msg::PaletteNothing)}</p>
                })}
            </div>
        </dialog>
    }
}
