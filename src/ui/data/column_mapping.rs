//! The column mapping: which customer field each column of the file goes to (guessed
//! from its header), with a preview of the first rows as they would be imported.

use std::sync::Arc;

use leptos::prelude::*;

use super::import_report::skip_text;
use crate::domain::{draft_from_columns, Code, CustomField, FieldId, Table, Target};
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;

/// The label of a field a column can go to.
pub fn target_label(target: Target) -> Msg {
    match target {
        Target::Ignore => Msg::TargetIgnore,
        Target::Name => Msg::TargetFullName,
        Target::FirstName => Msg::TargetFirstName,
        Target::LastName => Msg::TargetLastName,
        Target::Company => Msg::Company,
        Target::Email => Msg::TargetEmail,
        Target::Phone => Msg::TargetPhone,
        Target::City => Msg::City,
        Target::Address => Msg::Address,
        Target::Tags => Msg::Tags,
        Target::Notes => Msg::Notes,
        Target::TaxNumber => Msg::TaxNumber,
        Target::TaxOffice => Msg::TaxOffice,
        Target::District => Msg::District,
        Target::Iban => Msg::Iban,
        Target::Kind => Msg::KindLabel,
        Target::Stage => Msg::Stage,
        // Offered by name, one option per field (see the select).
        Target::Custom => Msg::MoreDetails,
    }
}

/// What starts the select's code of a custom field (then its id).
const CUSTOM: &str = "custom:";

/// By column, the custom field (still shown) it fills, from the ids chosen.
pub fn column_fields(
    fields: &[CustomField],
    chosen: &[Option<FieldId>],
) -> Vec<Option<CustomField>> {
    chosen
        .iter()
        .map(|id| {
            let id = id.as_ref()?;
            fields.iter().find(|f| &f.id == id && !f.removed).cloned()
        })
        .collect()
}

#[component]
pub fn ColumnMapping(
    table: Arc<Table>,
    mapping: RwSignal<Vec<Target>>,
    columns: RwSignal<Vec<Option<FieldId>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let fields = Memo::new(move |_| app.snapshot.with(|s| s.shown_fields()));
    let examples = |column: usize| {
        table
            .rows
            .iter()
            .filter_map(|row| row.cells.get(column))
            .filter(|cell| !cell.trim().is_empty())
            .take(2)
            .cloned()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let rows = table
        .headers
        .iter()
        .enumerate()
        .map(|(column, header)| {
            let id = format!("map-column-{column}");
            let header = if header.is_empty() {
                format!("#{}", column + 1)
            } else {
                header.clone()
            };
            let example = examples(column);
            view! {
                <tr>
                    <th scope="row"><label for=id.clone()>{header}</label></th>
                    <td>
                        <select id=id
                            on:change=move |ev| {
                                let code = event_target_value(&ev);
                                let (chosen, field) = match code.strip_prefix(CUSTOM) {
                                    Some(id) => (Target::Custom, Some(FieldId(id.to_owned()))),
                                    None => (Target::from_code(&code).unwrap_or(Target::Ignore), None),
                                };
                                mapping.update(|m| if let Some(slot) = m.get_mut(column) { *slot = chosen });
                                columns.update(|c| {
                                    c.resize(column.max(c.len()).max(column + 1), None);
                                    c[column] = field;
                                });
                            }>
                            {Target::ALL.iter().filter(|t| **t != Target::Custom).map(|target| {
                                let target = *target;
                                view! {
                                    <option value=target.code()
                                        selected=move || mapping.with(|m| m.get(column) == Some(&target))>
                                        {move || i18n.t(target_label(target))}
                                    </option>
                                }
                            }).collect_view()}
                            <For each=move || fields.get() key=|f| f.clone() let:field>
                                <option value=format!("{CUSTOM}{}", field.id.0)
                                    selected={
                                        let id = field.id.clone();
                                        move || mapping.with(|m| m.get(column) == Some(&Target::Custom))
                                            && columns.with(|c| c.get(column).cloned().flatten().as_ref() == Some(&id))
                                    }>
                                    {field.name.clone()}
                                </option>
                            </For>
                        </select>
                    </td>
                    <td class="sample">{example}</td>
                </tr>
            }
        })
        .collect_view();
    let preview_table = table.clone();
    view! {
        <table class="mapping">
            <caption>{move || i18n.t(Msg::MappingCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(Msg::MappingColumn)}</th>
                    <th scope="col">{move || i18n.t(Msg::MappingField)}</th>
                    <th scope="col">{move || i18n.t(Msg::MappingExample)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <div class="table-scroll">
            <table class="preview">
                <caption>{move || i18n.t(Msg::PreviewCaption).replace("{n}", &PREVIEW_ROWS.to_string())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(Msg::PreviewLine)}</th>
                        <th scope="col">{move || i18n.t(Msg::Name)}</th>
                        <th scope="col">{move || i18n.t(Msg::Company)}</th>
                        <th scope="col">{move || i18n.t(Msg::Emails)}</th>
                        <th scope="col">{move || i18n.t(Msg::Phones)}</th>
                        <th scope="col">{move || i18n.t(Msg::City)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let fields = app.snapshot.with(|s| column_fields(&s.fields, &columns.get()));
                        preview(i18n, &preview_table, &mapping.get(), &fields)
                    }}
                </tbody>
            </table>
        </div>
    }
}

/// The first rows as the current mapping turns them into customers.
fn preview(
    i18n: I18n,
    table: &Table,
    mapping: &[Target],
    fields: &[Option<CustomField>],
) -> impl IntoView {
    table
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|row| {
            let line = i18n.number(row.line);
            match draft_from_columns(row, mapping, fields) {
                Ok(Some(draft)) => view! {
                    <tr>
                        <td>{line}</td>
                        <td>{draft.name}</td>
                        <td>{draft.company}</td>
                        <td>{draft.emails.join(", ")}</td>
                        <td>{draft.phones.join(", ")}</td>
                        <td>{draft.city}</td>
                    </tr>
                }
                .into_any(),
                Ok(None) => view! {
                    <tr><td>{line}</td><td colspan="5" class="muted">{i18n.t(Msg::PreviewEmptyRow)}</td></tr>
                }
                .into_any(),
                Err(problem) => view! {
                    <tr><td>{line}</td><td colspan="5" class="problem">{skip_text(i18n, &problem.reason)}</td></tr>
                }
                .into_any(),
            }
        })
        .collect_view()
}
