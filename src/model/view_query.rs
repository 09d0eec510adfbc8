//! A list query as a saved view keeps it: a small JSON object of codes, so a view saved by
//! a newer build (a filter this one lacks) still opens here with what it knows.

use serde::{Deserialize, Serialize};

use super::{ListQuery, SortBy};
use crate::domain::{Code, ColleagueId, FieldId, Purpose, Segment, Stage};

#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct Stored {
    text: String,
    stage: Option<String>,
    tag: Option<String>,
    owner: Option<String>,
    segment: Option<String>,
    archived: bool,
    sort: String,
    descending: bool,
    /// A custom field's id and the value it must match.
    field: Option<(String, String)>,
    /// A custom field's id to order by.
    field_sort: Option<String>,
    /// A consent purpose's code, and whether it must be given.
    consent: Option<(String, bool)>,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [
        SortBy::Name,
        SortBy::City,
        SortBy::Stage,
        SortBy::LastContact,
        SortBy::Created,
    ];

    /// The stable code (in saved views and the sort select).
    pub fn code(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::City => "city",
            SortBy::Stage => "stage",
            SortBy::LastContact => "last_contact",
            SortBy::Created => "created",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl ListQuery {
    /// The query and the segment filter as a saved view keeps them.
    pub fn encode(&self, segment: Option<Segment>) -> String {
        let stored = Stored {
            text: self.text.clone(),
            stage: self.stage.map(|s| s.code().to_owned()),
            tag: self.tag.clone(),
            owner: self.owner.as_ref().map(|o| o.0.clone()),
            segment: segment.map(|s| s.code().to_owned()),
            archived: self.archived,
            sort: self.sort.code().to_owned(),
            descending: self.descending,
            field: self
                .field_filter
                .as_ref()
                .map(|(id, value)| (id.0.clone(), value.clone())),
            field_sort: self.field_sort.as_ref().map(|id| id.0.clone()),
            consent: self
                .consent
                .map(|(purpose, given)| (purpose.code().to_owned(), given)),
        };
        serde_json::to_string(&stored).expect("plain data serialises")
    }

    /// What a saved view holds, read back; what cannot be read is left out (the whole list).
    pub fn decode(filters: &str) -> (ListQuery, Option<Segment>) {
        let stored: Stored = serde_json::from_str(filters).unwrap_or_default();
        let query = ListQuery {
            text: stored.text,
            stage: stored.stage.as_deref().and_then(Stage::from_code),
            tag: stored.tag.filter(|t| !t.is_empty()),
            owner: stored.owner.filter(|o| !o.is_empty()).map(ColleagueId),
            archived: stored.archived,
            sort: SortBy::from_code(&stored.sort).unwrap_or_default(),
            descending: stored.descending,
            field_filter: stored
                .field
                .filter(|(id, _)| !id.is_empty())
                .map(|(id, value)| (FieldId(id), value)),
            field_sort: stored.field_sort.filter(|id| !id.is_empty()).map(FieldId),
            consent: stored
                .consent
                .and_then(|(code, given)| Some((Purpose::from_code(&code)?, given))),
        };
        (
            query,
            stored.segment.as_deref().and_then(Segment::from_code),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_comes_back_as_it_was_saved_and_junk_reads_as_the_whole_list() {
        let query = ListQuery {
            text: "izmir \"sessiz\" & =".into(),
            stage: Some(Stage::Expansion),
            tag: Some("VIP".into()),
            owner: Some(ColleagueId("k1".into())),
            archived: false,
            sort: SortBy::LastContact,
            descending: true,
            field_filter: Some((FieldId("f1".into()), "Gıda".into())),
            field_sort: Some(FieldId("f2".into())),
            consent: Some((Purpose::MarketingSms, false)),
        };
        let segment = Some(Segment::ALL[0]);
        assert_eq!(ListQuery::decode(&query.encode(segment)), (query, segment));
        assert_eq!(ListQuery::decode("not json"), (ListQuery::default(), None));
        let newer = r#"{"text":"x","stage":"unheard_of","colour":"red"}"#;
        let (read, _) = ListQuery::decode(newer);
        assert_eq!((read.text.as_str(), read.stage), ("x", None));
    }
}
