//! A colleague: one person using Rapport on their own device.

/// The stable id of a colleague, generated once when they first give their name.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct ColleagueId(pub String);

/// A colleague as the workspace knows them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Colleague {
    pub id: ColleagueId,
    pub name: String,
}
