//! One likely pair in the duplicate finder: both records in short (name, company,
//! e-mails, phones), the reasons in words and the way to the compare screen.

use leptos::prelude::*;

use crate::domain::{CustomerId, DuplicatePair, MatchReason};
use crate::model::Snapshot;
use crate::ui::i18n::{use_i18n, Msg};
use crate::ui::route::Route;

/// A record as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordView {
    pub id: CustomerId,
    pub name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
}

/// A pair as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PairView {
    pub records: [RecordView; 2],
    pub reasons: Vec<MatchReason>,
}

impl PairView {
    pub fn of(pair: &DuplicatePair, snapshot: &Snapshot) -> Option<Self> {
        let record = |id: &CustomerId| {
            let c = snapshot.customer(id)?;
            Some((
                c.created_at,
                RecordView {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    company: snapshot.company_name(c).unwrap_or_default().to_owned(),
                    emails: c.emails.clone(),
                    phones: c.phones.clone(),
                },
            ))
        };
        let (mut first, mut second) = (record(&pair.first)?, record(&pair.second)?);
        // The older record first, as the compare screen shows them.
        if second.0 < first.0 {
            std::mem::swap(&mut first, &mut second);
        }
        Some(Self {
            records: [first.1, second.1],
            reasons: pair.reasons.clone(),
        })
    }
}

fn reason_msg(reason: MatchReason) -> Msg {
    match reason {
        MatchReason::Email => Msg::ReasonEmail,
        MatchReason::Phone => Msg::ReasonPhone,
        MatchReason::NameAndCompany => Msg::ReasonNameAndCompany,
    }
}

#[component]
pub fn PairItem(pair: PairView) -> impl IntoView {
    let i18n = use_i18n();
    let [first, second] = pair.records.clone();
    let compare = Route::ComparePair(first.id.clone(), second.id.clone()).href();
    let both_names = format!("{}, {}", first.name, second.name);
    let reasons = pair.reasons.clone();
    view! {
        <li class="card duplicate-pair">
            <p class="reasons">
                <span class="reasons-label">{move || i18n.t(Msg::Why)}": "</span>
                {reasons.into_iter().map(|reason| view! {
                    <span class="tag">{move || i18n.t(reason_msg(reason))}</span>
                }).collect_view()}
            </p>
            <div class="pair-records">
                {[first, second].into_iter().map(|record| view! {
                    <div class="pair-record">
                        <a class="name" href=Route::Customer(record.id.clone()).href()>{record.name.clone()}</a>
                        {(!record.company.is_empty()).then(|| view! { <span>{record.company.clone()}</span> })}
                        {record.emails.iter().chain(&record.phones).map(|contact| view! {
                            <span class="contact">{contact.clone()}</span>
                        }).collect_view()}
                    </div>
                }).collect_view()}
            </div>
            <a class="button" href=compare>
                {move || i18n.t(Msg::CompareAndMerge)}
                <span class="visually-hidden">": "{both_names}</span>
            </a>
        </li>
    }
}
