//! Exports: customers and interactions as CSV for spreadsheets, everything as JSON for
//! other programs, every customer as vCards for phones, and a backup of the workspace.

use leptos::prelude::*;

use crate::domain::{
    customers_csv, export_vcard, interactions_csv, to_json, CardData, Customer, ExportFile,
    Interaction, NameIndex, Separator,
};
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppState};
use crate::ui::sync::download_backup;

/// The kinds of export the section offers.
#[derive(Clone, Copy)]
enum Export {
    CustomersCsv,
    InteractionsCsv,
    Json,
    Vcard,
}

/// The export's file: name, bytes and media type.
fn build(app: AppState, export: Export, separator: Separator) -> (String, Vec<u8>, &'static str) {
    let day = crate::ui::time::to_input(app.now())[..10].to_owned();
    app.snapshot.with_untracked(|snapshot| {
        let mut customers: Vec<Customer> = snapshot.all_customers().cloned().collect();
        customers.sort_by(|a, b| a.name.cmp(&b.name));
        let names = NameIndex::new(snapshot.all_customers(), snapshot.colleagues.iter());
        let interactions = || {
            let mut all: Vec<Interaction> = snapshot.all_interactions().cloned().collect();
            all.sort_by_key(|i| i.at);
            all
        };
        match export {
            Export::CustomersCsv => (
                format!("rapport-customers-{day}.csv"),
                customers_csv(&customers, &names, separator, &snapshot.fields),
                "text/csv;charset=utf-8",
            ),
            Export::InteractionsCsv => (
                format!("rapport-interactions-{day}.csv"),
                interactions_csv(&interactions(), &names, separator),
                "text/csv;charset=utf-8",
            ),
            Export::Json => {
                let products: Vec<_> = snapshot.products().into_iter().cloned().collect();
                let quotes: Vec<_> = snapshot.quotes().into_iter().cloned().collect();
                let file =
                    ExportFile::new(&customers, &interactions(), &snapshot.colleagues, app.now())
                        .with_sales(&products, &quotes, app.now())
                        .with_fields(&snapshot.fields)
                        .with_notices(&snapshot.notices);
                (
                    format!("rapport-export-{day}.json"),
                    to_json(&file).into_bytes(),
                    "application/json",
                )
            }
            Export::Vcard => {
                let cards: Vec<CardData> = customers
                    .iter()
                    .filter(|c| !c.archived)
                    .map(|c| CardData::of(c, snapshot.company_name(c)))
                    .collect();
                (
                    format!("rapport-customers-{day}.vcf"),
                    export_vcard(&cards).into_bytes(),
                    "text/vcard;charset=utf-8",
                )
            }
        }
    })
}

#[component]
pub fn ExportSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let semicolon = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let save = move |export: Export| {
        let separator = if semicolon.get_untracked() {
            Separator::Semicolon
        } else {
            Separator::Comma
        };
        let (name, bytes, mime) = build(app, export, separator);
        let line = match crate::platform::download(&name, &bytes, mime) {
            Ok(()) => i18n.t(Msg::ExportDownloaded).replace("{file}", &name),
            Err(_) => i18n.t(Msg::ErrDownload).to_owned(),
        };
        done.set(Some(line));
    };
    let backup = move |_| {
        leptos::task::spawn_local(async move {
            let line = match download_backup(app).await {
                Ok(file) => i18n.t(Msg::ExportDownloaded).replace("{file}", &file),
                Err(msg) => i18n.t(msg).to_owned(),
            };
            done.set(Some(line));
        });
    };
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || i18n.t(Msg::ExportHeading)}</h2>
            <p class="intro">{move || i18n.t(Msg::ExportIntro)}</p>
            <label class="inline-check">
                <input type="checkbox"
                    prop:checked=semicolon on:change=move |ev| semicolon.set(event_target_checked(&ev)) />
                {move || i18n.t(Msg::ExportSemicolon)}
            </label>
            <div class="actions wrap">
                <button type="button" on:click=move |_| save(Export::CustomersCsv)>{move || i18n.t(Msg::ExportCustomersCsv)}</button>
                <button type="button" on:click=move |_| save(Export::InteractionsCsv)>{move || i18n.t(Msg::ExportInteractionsCsv)}</button>
                <button type="button" on:click=move |_| save(Export::Json)>{move || i18n.t(Msg::ExportJson)}</button>
                <button type="button" on:click=move |_| save(Export::Vcard)>{move || i18n.t(Msg::ExportVcard)}</button>
            </div>
            <h3>{move || i18n.t(Msg::BackupHeading)}</h3>
            <p>{move || i18n.t(Msg::BackupHint)}</p>
            <p>
                {move || i18n.t(Msg::RestoreHint)}" "
                <a href=Route::Sync.href()>{move || i18n.t(Msg::RestoreLink)}</a>
            </p>
            <button type="button" class="primary" on:click=backup>{move || i18n.t(Msg::DownloadBackup)}</button>
            <p role="status" class="export-status">{move || done.get()}</p>
        </section>
    }
}
