//! The search box, filters and sort order above the customer list.

use leptos::prelude::*;

use crate::domain::{Code, ColleagueId, FieldId, Purpose, Segment, Stage};
use crate::model::{ListQuery, SortBy};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::state::use_app;

const SORTS: [(SortBy, Msg); 5] = [
    (SortBy::Name, Msg::SortName),
    (SortBy::City, Msg::SortCity),
    (SortBy::Stage, Msg::SortStage),
    (SortBy::LastContact, Msg::SortLastContact),
    (SortBy::Created, Msg::SortCreated),
];

/// What starts the sort select's code of a custom field (then its id).
const FIELD_SORT: &str = "field:";

#[component]
pub fn ListFilters(
    query: RwSignal<ListQuery>,
    archived: bool,
    segment: RwSignal<Option<Segment>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let tags = Memo::new(move |_| app.snapshot.with(|s| s.tags()));
    let colleagues = Memo::new(move |_| app.snapshot.with(|s| s.colleagues.clone()));
    let fields = Memo::new(move |_| app.snapshot.with(|s| s.shown_fields()));
    let search_id = if archived { "archive-search" } else { "search" };
    view! {
        <div class="filters" role="search">
            <div class="field search">
                <label for=search_id>{move || i18n.t(Msg::Search)}</label>
                <input id=search_id type="search" autocomplete="off"
                    placeholder=move || i18n.t(Msg::SearchPlaceholder)
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| query.update(|q| q.text = event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="filter-stage">{move || i18n.t(Msg::Stage)}</label>
                <select id="filter-stage" on:change=move |ev| query.update(|q| q.stage = Stage::from_code(&event_target_value(&ev)))>
                    <option value="">{move || i18n.t(Msg::AllStages)}</option>
                    {Stage::ALL.iter().map(|&stage| view! {
                        <option value=stage.code() selected=move || query.with(|q| q.stage == Some(stage))>{move || i18n.label(stage)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-tag">{move || i18n.t(Msg::Tags)}</label>
                <select id="filter-tag" on:change=move |ev| {
                    let tag = event_target_value(&ev);
                    query.update(|q| q.tag = (!tag.is_empty()).then_some(tag));
                }>
                    <option value="">{move || i18n.t(Msg::AllTags)}</option>
                    <For each=move || tags.get() key=|tag| tag.clone() let:tag>
                        <option value=tag.clone() selected={let t = tag.clone(); move || query.with(|q| q.tag.as_ref() == Some(&t))}>{tag.clone()}</option>
                    </For>
                </select>
            </div>
            <div class="field">
                <label for="filter-owner">{move || i18n.t(Msg::Owner)}</label>
                <select id="filter-owner" on:change=move |ev| {
                    let owner = event_target_value(&ev);
                    query.update(|q| q.owner = (!owner.is_empty()).then_some(ColleagueId(owner)));
                }>
                    <option value="">{move || i18n.t(Msg::AllOwners)}</option>
                    <For each=move || colleagues.get() key=|c| c.id.clone() let:colleague>
                        <option value=colleague.id.0.clone()>{colleague.name.clone()}</option>
                    </For>
                </select>
            </div>
            <div class="field">
                <label for="filter-segment">{move || i18n.t(Msg::Segment)}</label>
                <select id="filter-segment" aria-describedby="segment-hint"
                    on:change=move |ev| segment.set(Segment::from_code(&event_target_value(&ev)))>
                    <option value="">{move || i18n.t(Msg::AllSegments)}</option>
                    {Segment::ALL.iter().map(|&s| view! {
                        <option value=s.code() selected=move || segment.get() == Some(s)>{move || i18n.label(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-consent">{move || i18n.t(Msg::ConsentFilter)}</label>
                <select id="filter-consent" on:change=move |ev| {
                    let code = event_target_value(&ev);
                    let consent = code.split_once(':').and_then(|(purpose, given)| {
                        Some((Purpose::from_code(purpose)?, given == "given"))
                    });
                    query.update(|q| q.consent = consent);
                }>
                    <option value="" selected=move || query.with(|q| q.consent.is_none())>{move || i18n.t(Msg::AnyConsent)}</option>
                    {Purpose::ALL.iter().copied().flat_map(|purpose| [(purpose, true), (purpose, false)]).map(|(purpose, given)| {
                        let (code, label) = match given {
                            true => (format!("{}:given", purpose.code()), Msg::ConsentGivenFilter),
                            false => (format!("{}:not", purpose.code()), Msg::ConsentNotGivenFilter),
                        };
                        view! {
                            <option value=code selected=move || query.with(|q| q.consent == Some((purpose, given)))>
                                {move || i18n.t(label).replace("{purpose}", i18n.label(purpose))}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <super::field_filter::FieldFilter query />
            <div class="field">
                <label for="sort">{move || i18n.t(Msg::SortBy)}</label>
                <select id="sort" on:change=move |ev| {
                    let code = event_target_value(&ev);
                    match code.strip_prefix(FIELD_SORT) {
                        Some(id) => query.update(|q| q.field_sort = Some(FieldId(id.to_owned()))),
                        None => if let Some(sort) = SortBy::from_code(&code) {
                            query.update(|q| {
                                q.sort = sort;
                                q.field_sort = None;
                            });
                        },
                    }
                }>
                    {SORTS.iter().map(|&(sort, label)| view! {
                        <option value=sort.code() selected=move || query.with(|q| q.sort == sort && q.field_sort.is_none())>{move || i18n.t(label)}</option>
                    }).collect_view()}
                    <For each=move || fields.get() key=|f| f.clone() let:field>
                        <option value=format!("{FIELD_SORT}{}", field.id.0)
                            selected={let id = field.id.clone(); move || query.with(|q| q.field_sort.as_ref() == Some(&id))}>
                            {field.name.clone()}
                        </option>
                    </For>
                </select>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || query.with(|q| q.descending)
                    on:change=move |ev| query.update(|q| q.descending = event_target_checked(&ev)) />
                {move || i18n.t(Msg::Descending)}
            </label>
        </div>
        <p class="hint" id="segment-hint" hidden=move || segment.with(Option::is_none)>
            {move || i18n.t(Msg::SegmentsExplained)}
        </p>
    }
}
