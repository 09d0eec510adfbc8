//! Saved views above the customer list: pick one to apply its search, filters and order;
//! save what the list shows now under a name; remove the one picked. Views are the
//! workspace's, so every colleague sees them.

use leptos::prelude::*;

use crate::domain::{SavedView, Segment, ViewId};
use crate::model::ListQuery;
use crate::protocol::{Answer, Request};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

#[component]
pub fn SavedViews(query: RwSignal<ListQuery>, segment: RwSignal<Option<Segment>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let views = Memo::new(move |_| app.snapshot.with(|s| s.views.clone()));
    let picked = RwSignal::new(None::<ViewId>);
    let naming = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let note = RwSignal::new(None::<String>);
    // A view stays picked while the list shows what it holds.
    Effect::new(move |_| {
        let now = query.with(|q| q.encode(segment.get()));
        let still = picked.with_untracked(|p| {
            p.as_ref().is_none_or(|id| {
                views.with(|vs| {
                    vs.iter().any(|v| {
                        &v.id == id && ListQuery::decode(&v.filters) == ListQuery::decode(&now)
                    })
                })
            })
        });
        if !still {
            picked.set(None);
        }
    });
    let apply = move |id: String| {
        let view = views.with_untracked(|vs| vs.iter().find(|v| v.id.0 == id).cloned());
        match view {
            Some(view) => {
                let (read, seg) = ListQuery::decode(&view.filters);
                let archived = query.with_untracked(|q| q.archived);
                query.set(ListQuery { archived, ..read });
                segment.set(seg);
                picked.set(Some(view.id));
            }
            None => picked.set(None),
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let view = SavedView {
            name: name.get_untracked(),
            filters: query.with_untracked(|q| q.encode(segment.get_untracked())),
            ..SavedView::default()
        };
        let shown = view.name.trim().to_owned();
        app.send_saved(Request::SaveView(view), move |result| match result {
            Ok(Answer::View(id)) => {
                naming.try_set(false);
                name.try_set(String::new());
                picked.try_set(Some(id));
                note.try_set(Some(i18n.t(Msg::ViewSaved).replace("{name}", &shown)));
            }
            Ok(_) => {}
            Err(error) => {
                note.try_set(Some(match error {
                    crate::protocol::DocumentError::Invalid(_) => {
                        i18n.t(Msg::ViewNameNeeded).to_owned()
                    }
                    other => other.to_string(),
                }));
            }
        });
    };
    let remove = move |_| {
        if let Some(id) = picked.get_untracked() {
            app.send(Request::RemoveView(id), move |result| {
                if result.is_ok() {
                    picked.try_set(None);
                }
            });
        }
    };
    view! {
        <div class="saved-views">
            <div class="field">
                <label for="saved-view">{move || i18n.t(Msg::SavedViews)}</label>
                <select id="saved-view" on:change=move |ev| apply(event_target_value(&ev))>
                    <option value="" selected=move || picked.with(Option::is_none)>{move || i18n.t(Msg::NoView)}</option>
                    <For each=move || views.get() key=|v| v.clone() let:view>
                        <option value=view.id.0.clone() selected={let id = view.id.clone(); move || picked.get().as_ref() == Some(&id)}>
                            {view.name.clone()}
                        </option>
                    </For>
                </select>
            </div>
            <button type="button" on:click=move |_| naming.update(|n| *n = !*n)
                aria-expanded=move || naming.get().to_string()>{move || i18n.t(Msg::SaveView)}</button>
            <Show when=move || picked.with(Option::is_some)>
                <button type="button" on:click=remove>{move || i18n.t(Msg::RemoveView)}</button>
            </Show>
            <Show when=move || naming.get()>
                <form class="inline-form" on:submit=save aria-label=move || i18n.t(Msg::SaveView)>
                    <label for="view-name">{move || i18n.t(Msg::ViewName)}</label>
                    <input id="view-name" prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                    <button type="submit" class="primary">{move || i18n.t(Msg::SaveViewNow)}</button>
                </form>
            </Show>
            <span role="status">{move || note.get()}</span>
        </div>
    }
}
