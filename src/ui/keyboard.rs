//! The keyboard layer over every page: the command palette (Ctrl/Cmd+K), single-key
//! shortcuts for the frequent actions, and their help (`?`). Shortcuts never fire while
//! the user types in a field; the palette opens from anywhere.

mod help;
mod palette;
mod shortcuts;

use leptos::prelude::*;

pub use shortcuts::{typing, SHORTCUTS};

/// Listens for shortcuts and holds the palette and the help, closed until asked for.
#[component]
pub fn KeyboardLayer() -> impl IntoView {
    let palette_open = RwSignal::new(false);
    let help_open = RwSignal::new(false);
    shortcuts::listen(palette_open, help_open);
    view! {
        <palette::CommandPalette open=palette_open help_open />
        <help::ShortcutHelp open=help_open />
    }
}

/// Opens `dialog` as a modal (the page behind is inert) or closes it, following `open`;
/// the dialog's own close (Escape, a button) sets `open` back to false.
fn follow_open(dialog: NodeRef<leptos::html::Dialog>, open: RwSignal<bool>) {
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else {
            return;
        };
        if open.get() && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !open.get() && dialog.open() {
            dialog.close();
        }
    });
}
