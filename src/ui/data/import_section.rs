//! Import: pick or drop a CSV or vCard file; a CSV's columns are matched to fields first;
//! then the import runs with a progress bar and a Stop button, and ends with its report.

use std::sync::Arc;

use leptos::prelude::*;

use super::column_mapping::{column_fields, ColumnMapping};
use super::import_report::ImportReport;
use super::import_run::{run, Progress, Report, Source};
use crate::domain::{
    decode, guess_fields, guess_mapping, parse_vcard_bytes, read_table, Encoding, FieldId,
    ImportError, Mapping, Table, Target, VcardError, MAX_FILE_BYTES,
};
use crate::platform::read_file;
use crate::ui::i18n::{use_i18n, I18n, Msg};
use crate::ui::state::use_app;

/// Where the import section stands.
#[derive(Clone)]
enum Step {
    Choose,
    Map {
        file_name: String,
        table: Arc<Table>,
        encoding: Encoding,
    },
    Running,
    Done(Report),
}

#[component]
pub fn ImportSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    // The last import's report stays on the page until another file is chosen.
    let step = RwSignal::new(match app.last_import.get_untracked() {
        Some(report) => Step::Done(report),
        None => Step::Choose,
    });
    let error = RwSignal::new(None::<String>);
    let mapping = RwSignal::new(Vec::<Target>::new());
    // By column, the custom field a column mapped to `Target::Custom` fills.
    let columns = RwSignal::new(Vec::<Option<FieldId>>::new());
    let progress = RwSignal::new(None::<Progress>);
    let stop = StoredValue::new(false);

    let start = move |file: String, source: Source| {
        stop.set_value(false);
        progress.set(None);
        step.set(Step::Running);
        leptos::task::spawn_local(async move {
            match run(app, file, source, progress, stop).await {
                Ok(report) => {
                    app.last_import.set(Some(report.clone()));
                    step.set(Step::Done(report));
                }
                Err(e) => {
                    error.set(Some(e.to_string()));
                    step.set(Step::Choose);
                }
            }
        });
    };
    let open = move |file_name: String, bytes: Vec<u8>| {
        error.set(None);
        app.last_import.set(None);
        if is_vcard(&file_name, &bytes) {
            match parse_vcard_bytes(&bytes) {
                Ok(cards) => start(file_name, Source::Cards(Arc::new(cards))),
                Err(e) => error.set(Some(vcard_error(i18n, &e))),
            }
            return;
        }
        let table = decode(&bytes)
            .and_then(|decoded| read_table(&decoded.text).map(|table| (table, decoded.encoding)));
        match table {
            Ok((table, encoding)) => {
                let fields = app.snapshot.with_untracked(|s| s.fields.clone());
                let chosen = guess_fields(&table.headers, &fields);
                let targets = guess_mapping(&table.headers)
                    .into_iter()
                    .zip(&chosen)
                    .map(|(target, field)| {
                        if field.is_some() {
                            Target::Custom
                        } else {
                            target
                        }
                    })
                    .collect();
                mapping.set(targets);
                columns.set(chosen);
                step.set(Step::Map {
                    file_name,
                    table: Arc::new(table),
                    encoding,
                });
            }
            Err(e) => error.set(Some(import_error(i18n, &e))),
        }
    };
    // A file dropped anywhere on the page arrives here (see the app shell).
    Effect::new(move |_| {
        if let Some((name, bytes)) = app.dropped_import.get() {
            app.dropped_import.set(None);
            open(name, bytes);
        }
    });
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match read_file(&file, MAX_FILE_BYTES).await {
                Ok(bytes) => open(file.name(), bytes),
                Err(_) => error.set(Some(import_error(
                    i18n,
                    &ImportError::TooLarge {
                        limit_bytes: MAX_FILE_BYTES,
                    },
                ))),
            }
        });
    };
    let confirm = move |_| match Mapping::with_fields(
        mapping.get_untracked(),
        app.snapshot
            .with_untracked(|s| column_fields(&s.fields, &columns.get_untracked())),
    ) {
        Ok(chosen) => {
            if let Step::Map {
                file_name, table, ..
            } = step.get_untracked()
            {
                start(file_name, Source::Table(table, chosen));
            }
        }
        Err(e) => error.set(Some(import_error(i18n, &e))),
    };

    view! {
        <section class="card drop-target" aria-labelledby="import-customers-heading">
            <h2 id="import-customers-heading">{move || i18n.t(Msg::ImportCustomers)}</h2>
            {move || match step.get() {
                Step::Choose => view! {
                    <p class="intro">{move || i18n.t(Msg::ImportIntro)}</p>
                    <FileChooser chosen />
                }.into_any(),
                Step::Map { file_name, table, encoding } => {
                    let about = i18n
                        .t(Msg::MappingAbout)
                        .replace("{file}", &file_name)
                        .replace("{rows}", &i18n.number(table.rows.len()))
                        .replace("{encoding}", encoding_name(encoding))
                        .replace("{separator}", separator_name(i18n, table.delimiter));
                    view! {
                        <h3>{move || i18n.t(Msg::MappingHeading)}</h3>
                        <p>{about}</p>
                        <ColumnMapping table mapping columns />
                        <div class="actions">
                            <button type="button" class="primary" on:click=confirm>
                                {move || i18n.t(Msg::StartImport)}
                            </button>
                            <button type="button" on:click=move |_| { error.set(None); step.set(Step::Choose) }>
                                {move || i18n.t(Msg::Cancel)}
                            </button>
                        </div>
                    }.into_any()
                }
                Step::Running => view! {
                    <ImportProgress progress />
                    <button type="button" on:click=move |_| stop.set_value(true)>
                        {move || i18n.t(Msg::StopImport)}
                    </button>
                }.into_any(),
                Step::Done(report) => view! {
                    <ImportReport report />
                    <FileChooser chosen />
                }.into_any(),
            }}
            <crate::ui::controls::FieldError id="import-customers-error" error=error />
        </section>
    }
}

/// The file input (the whole page also takes a dropped file).
#[component]
fn FileChooser(chosen: impl Fn(leptos::ev::Event) + Clone + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="import-customers-file">{move || i18n.t(Msg::ChooseImportFile)}</label>
            <input id="import-customers-file" type="file"
                accept=".csv,.txt,.tsv,.vcf,.vcard,text/csv,text/vcard"
                aria-describedby="import-customers-error"
                on:change=chosen />
            <p class="hint">{move || i18n.t(Msg::DropHint)}</p>
        </div>
    }
}

/// The progress bar of a running import, with what it is doing in words.
#[component]
fn ImportProgress(progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        let Some(now) = progress.get() else {
            return i18n.t(Msg::ImportStarting).to_owned();
        };
        let doing = if now.writing {
            Msg::ImportWriting
        } else {
            Msg::ImportChecking
        };
        i18n.t(doing)
            .replace("{done}", &i18n.number(now.done))
            .replace("{total}", &i18n.number(now.total))
    };
    view! {
        <div class="import-progress">
            <label for="import-progress-bar">{label}</label>
            <progress id="import-progress-bar"
                max=move || progress.get().map(|p| p.total.max(1)).unwrap_or(1)
                value=move || progress.get().map(|p| p.done).unwrap_or(0)>
            </progress>
        </div>
    }
}

/// A vCard file, by its name or its first line.
fn is_vcard(file_name: &str, bytes: &[u8]) -> bool {
    let name = file_name.to_ascii_lowercase();
    if name.ends_with(".vcf") || name.ends_with(".vcard") {
        return true;
    }
    let start: Vec<u8> = bytes
        .iter()
        .copied()
        .skip_while(|b| b.is_ascii_whitespace() || *b == 0xEF || *b == 0xBB || *b == 0xBF)
        .take(11)
        .collect();
    start.eq_ignore_ascii_case(b"BEGIN:VCARD")
}

fn encoding_name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => "UTF-8",
        Encoding::Utf16Le | Encoding::Utf16Be => "UTF-16",
        Encoding::Windows1254 => "Windows-1254",
    }
}

fn separator_name(i18n: I18n, delimiter: u8) -> &'static str {
    match delimiter {
        b';' => ";",
        b'\t' => i18n.t(Msg::TabCharacter),
        _ => ",",
    }
}

/// Why a file cannot be imported, as a user reads it.
fn import_error(i18n: I18n, error: &ImportError) -> String {
    match error {
        ImportError::Empty => i18n.t(Msg::ErrImportEmpty).to_owned(),
        ImportError::NotText => i18n.t(Msg::ErrImportNotText).to_owned(),
        ImportError::TooLarge { limit_bytes } => i18n
            .t(Msg::ErrImportTooLarge)
            .replace("{mb}", &(limit_bytes / 1024 / 1024).to_string()),
        ImportError::NoColumns => i18n.t(Msg::ErrImportNoColumns).to_owned(),
        ImportError::Malformed { line } => i18n
            .t(Msg::ErrImportMalformed)
            .replace("{line}", &i18n.number(*line)),
        ImportError::TooManyRows { limit } => i18n
            .t(Msg::ErrImportTooManyRows)
            .replace("{limit}", &i18n.number(*limit)),
        ImportError::NoNameColumn => i18n.t(Msg::ErrImportNoNameColumn).to_owned(),
    }
}

fn vcard_error(i18n: I18n, error: &VcardError) -> String {
    match error {
        VcardError::Empty => i18n.t(Msg::ErrImportEmpty).to_owned(),
        VcardError::NotVcard => i18n.t(Msg::ErrVcardNone).to_owned(),
        VcardError::Unterminated { card } => i18n
            .t(Msg::ErrVcardUnterminated)
            .replace("{card}", &i18n.number(*card)),
        VcardError::TooLarge { limit_bytes } => i18n
            .t(Msg::ErrImportTooLarge)
            .replace("{mb}", &(limit_bytes / 1024 / 1024).to_string()),
    }
}
