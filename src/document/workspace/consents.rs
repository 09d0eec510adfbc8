//! Consent events, kept as plain keys of the customer (`consent.<event id>.<part>`), and
//! the versions of the information notice, plain keys of `meta` (`notice.<id>.<part>`).
//! Events are only ever added, each under its own random id, so two colleagues recording
//! consent for one person apart keep both events; the state is the latest of each purpose.

use super::super::fields::put_str;
use super::super::ids::random_id;
use super::super::read::CONSENT_PREFIX;
use super::{customer_obj, Result, Workspace};
use crate::domain::{
    Code, ColleagueId, ConsentDraft, ConsentId, CustomerId, DataEvent, DataEventId, DataEventKind,
    Notice, NoticeId,
};

const NOTICE: &str = "notice";
const DATA_EVENT: &str = "dataevent";

impl Workspace {
    /// Records a consent change for each purpose of `draft`, in one commit; returns the
    /// events' ids.
    pub fn record_consent(
        &mut self,
        customer: &CustomerId,
        draft: ConsentDraft,
    ) -> Result<Vec<ConsentId>> {
        let draft = draft.validated()?;
        let me = self.me().cloned();
        let ids: Vec<ConsentId> = draft
            .purposes
            .iter()
            .map(|_| ConsentId(random_id()))
            .collect();
        self.commit(&format!("customer.consent {}", customer.0), |tx| {
            let (_, obj) = customer_obj(tx, customer)?;
            for (id, purpose) in ids.iter().zip(&draft.purposes) {
                let at = draft.at.to_string();
                let by = me.as_ref().map(|m| m.0.as_str()).unwrap_or_default();
                let notice = draft
                    .notice
                    .as_ref()
                    .map(|n| n.0.as_str())
                    .unwrap_or_default();
                for (part, value) in [
                    ("purpose", purpose.code()),
                    ("state", draft.state.code()),
                    ("at", at.as_str()),
                    ("source", draft.source.code()),
                    ("by", by),
                    ("notice", notice),
                    ("note", draft.note.as_str()),
                ] {
                    if !value.is_empty() {
                        put_str(tx, &obj, &format!("{CONSENT_PREFIX}{}.{part}", id.0), value)?;
                    }
                }
            }
            Ok(())
        })?;
        Ok(ids)
    }

    /// Records that `kind` was done to `customer`'s data (by this colleague, now).
    pub fn log_data_event(
        &mut self,
        customer: &CustomerId,
        kind: DataEventKind,
    ) -> Result<DataEventId> {
        if self.customer(customer).is_none() {
            return Err(super::DocumentError::UnknownCustomer);
        }
        let id = DataEventId(random_id());
        let at = self.now().to_string();
        let by = self.me().map(|m| m.0.clone()).unwrap_or_default();
        let parts = [
            ("kind", kind.code()),
            ("customer", customer.0.as_str()),
            ("at", at.as_str()),
            ("by", by.as_str()),
        ];
        self.put_meta_record(DATA_EVENT, &id.0, &parts)?;
        Ok(id)
    }

    /// The record of data events, oldest first.
    pub fn data_events(&self) -> Vec<DataEvent> {
        let mut all: Vec<DataEvent> = self
            .meta_records(DATA_EVENT)
            .into_iter()
            .filter_map(|(id, mut parts)| {
                let mut take = |part: &str| parts.remove(part).unwrap_or_default();
                Some(DataEvent {
                    id: DataEventId(id),
                    kind: DataEventKind::from_code(&take("kind"))?,
                    customer: CustomerId(Some(take("customer")).filter(|c| !c.is_empty())?),
                    at: take("at").parse().ok()?,
                    by: Some(take("by")).filter(|b| !b.is_empty()).map(ColleagueId),
                })
            })
            .collect();
        all.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        all
    }

    /// Every version of the information notice, oldest first.
    pub fn notices(&self) -> Vec<Notice> {
        let mut all: Vec<Notice> = self
            .meta_records(NOTICE)
            .into_iter()
            .map(|(id, mut parts)| {
                let mut take = |part: &str| parts.remove(part).unwrap_or_default();
                Notice {
                    id: NoticeId(id),
                    title: take("title"),
                    text: take("text"),
                    created_at: take("created").parse().unwrap_or(0),
                    created_by: Some(take("by")).filter(|b| !b.is_empty()).map(ColleagueId),
                }
            })
            .collect();
        all.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        all
    }

    /// Adds a version of the information notice (versions are never edited).
    pub fn add_notice(&mut self, notice: Notice) -> Result<NoticeId> {
        let notice = notice.validated()?;
        let id = NoticeId(random_id());
        let created = self.now().to_string();
        let by = self.me().map(|m| m.0.clone()).unwrap_or_default();
        let parts = [
            ("title", notice.title.as_str()),
            ("text", notice.text.as_str()),
            ("created", created.as_str()),
            ("by", by.as_str()),
        ];
        self.put_meta_record(NOTICE, &id.0, &parts)?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests;
