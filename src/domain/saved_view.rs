//! Saved views: a named search with filters and sort on the customer list ("İzmir'deki
//! sessiz müşteriler"), shared with colleagues through the workspace. What the view holds
//! is the list's own encoding (`model::ListQuery::encode`); here, its name and its id.

use super::codes::string_id;
use super::validation::{required, Field, FieldError, MAX_LINE};

string_id! {
    /// The stable id of a saved view.
    pub struct ViewId;
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct SavedView {
    /// Empty for a view not yet stored.
    pub id: ViewId,
    pub name: String,
    /// The search, filters and order, as the list encodes them.
    pub filters: String,
}

/// Longest encoded filters kept: a search box's text and a few codes.
pub const MAX_FILTERS: usize = 2_000;

impl SavedView {
    /// A view needs a name to be picked by.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let name = required(Field::Name, &self.name, MAX_LINE).map_err(|e| vec![e])?;
        if self.filters.chars().count() > MAX_FILTERS {
            return Err(vec![FieldError::new(
                Field::Notes,
                super::validation::Problem::TooLong { max: MAX_FILTERS },
            )]);
        }
        Ok(Self { name, ..self })
    }
}
