//! One tap to reach a customer: call (`tel:`), WhatsApp (`wa.me`, a request only when
//! clicked) and e-mail (`mailto:`) for each number and address they have. Right after one
//! is used, the page offers to log it with the channel, the time and the customer filled
//! in (the interaction form takes them, see [`LogOffer`]).

use leptos::prelude::*;

use crate::domain::{read_phone, Channel, Customer};
use crate::ui::i18n::{use_i18n, Msg};

/// A contact made from the actions: its channel and when (milliseconds since the epoch).
pub type Contacted = (Channel, i64);

/// What the actions offer to log, and what the interaction form is asked to fill in.
#[derive(Clone, Copy)]
pub struct LogOffer {
    pub offered: RwSignal<Option<Contacted>>,
    pub fill: RwSignal<Option<Contacted>>,
}

impl LogOffer {
    pub fn new() -> Self {
        Self {
            offered: RwSignal::new(None),
            fill: RwSignal::new(None),
        }
    }
}

#[component]
pub fn ContactActions(customer: Memo<Option<Customer>>, offer: LogOffer) -> impl IntoView {
    let i18n = use_i18n();
    let app = crate::ui::state::use_app();
    let contacted = move |channel: Channel| offer.offered.set(Some((channel, app.now())));
    let phones =
        move || customer.with(|c| c.as_ref().map(|c| c.phones.clone()).unwrap_or_default());
    let emails =
        move || customer.with(|c| c.as_ref().map(|c| c.emails.clone()).unwrap_or_default());
    let name = move || customer.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let templates = Memo::new(move |_| app.snapshot.with(|s| s.templates.clone()));
    let template = RwSignal::new(None::<crate::domain::TemplateId>);
    let chosen = move || {
        let id = template.get()?;
        templates.with(|all| all.iter().find(|t| t.id == id).cloned())
    };
    let links = move || {
        let mut links = Vec::new();
        for written in phones() {
            let number = read_phone(&written);
            let shown = number.display().unwrap_or_else(|| written.clone());
            if let Some(href) = number.tel_href() {
                links.push((Channel::Phone, Msg::ContactCall, href, shown.clone()));
            }
            if let Some(href) = number.whatsapp_href() {
                links.push((Channel::WhatsApp, Msg::ContactWhatsApp, href, shown));
            }
        }
        for address in emails() {
            let href = match chosen() {
                Some(template) => template.mailto(&address, &name()),
                None => crate::domain::mailto(&address, "", ""),
            };
            links.push((Channel::Email, Msg::ContactEmail, href, address));
        }
        links
    };
    // Marketing without consent is not allowed (KVKK, İYS): said before any action.
    let lacking = move |channel: Channel| {
        let purpose = crate::domain::purpose_of(channel)?;
        let given = customer.with(|c| {
            c.as_ref()
                .is_some_and(|c| crate::domain::has_consent(&c.consents, purpose))
        });
        (!given).then_some(purpose)
    };
    let warning = move || {
        let mut purposes: Vec<crate::domain::Purpose> = links()
            .into_iter()
            .filter_map(|(channel, ..)| lacking(channel))
            .collect();
        purposes.dedup();
        (!purposes.is_empty()).then(|| {
            let names: Vec<&str> = purposes.iter().map(|p| i18n.label(*p)).collect();
            i18n.t(Msg::NoConsentFor)
                .replace("{channels}", &names.join(", "))
        })
    };
    let offer_text = move |channel: Channel| match channel {
        Channel::Phone => Msg::LogCallOffer,
        Channel::WhatsApp => Msg::LogWhatsAppOffer,
        _ => Msg::LogEmailOffer,
    };
    view! {
        <Show when=move || !links().is_empty()>
            <nav class="contact-actions" aria-label=move || i18n.t(Msg::ContactActions)>
                {move || links().into_iter().map(|(channel, label, href, shown)| {
                    // WhatsApp opens in a tab of its own; a call or an e-mail hands over to
                    // the device's app and the page stays.
                    let external = channel == Channel::WhatsApp;
                    view! {
                        <a class=format!("button contact contact-{}", crate::domain::Code::code(channel))
                            href=href
                            aria-describedby=lacking(channel).map(|_| "contact-consent-warning")
                            target=external.then_some("_blank")
                            rel=external.then_some("noopener noreferrer")
                            on:click=move |_| contacted(channel)>
                            <span class="contact-verb">{move || i18n.t(label)}</span>
                            " "
                            <span class="contact-to">{shown.clone()}</span>
                        </a>
                    }
                }).collect_view()}
            </nav>
            <p class="consent-warning" id="contact-consent-warning" hidden=move || warning().is_none()>
                {move || warning().unwrap_or_default()}
            </p>
            <Show when=move || templates.with(|t| !t.is_empty()) && !emails().is_empty()>
                <div class="field contact-template">
                    <label for="contact-template">{move || i18n.t(Msg::ContactTemplate)}</label>
                    <select id="contact-template" on:change=move |ev| {
                        let id = event_target_value(&ev);
                        template.set((!id.is_empty()).then_some(crate::domain::TemplateId(id)));
                    }>
                        <option value="">{move || i18n.t(Msg::NoTemplate)}</option>
                        <For each=move || templates.get() key=|t| t.clone() let:t>
                            <option value=t.id.0.clone()>{t.name.clone()}</option>
                        </For>
                    </select>
                </div>
            </Show>
        </Show>
        {move || offer.offered.get().map(|(channel, at)| view! {
            <div class="banner notice log-offer" role="status">
                <p>{move || i18n.t(offer_text(channel)).replace("{name}", &name())}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| {
                        offer.offered.set(None);
                        offer.fill.set(Some((channel, at)));
                    }>{move || i18n.t(Msg::LogIt)}</button>
                    <button type="button" on:click=move |_| offer.offered.set(None)>
                        {move || i18n.t(Msg::NotNow)}
                    </button>
                </div>
            </div>
        })}
    }
}
