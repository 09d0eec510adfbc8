//! Stable string codes for the closed sets of the domain (stages, channels, ...).
//!
//! The code is what the document stores, so renaming a Rust variant never changes data.

/// A closed set of values with a stable code each.
pub trait Code: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order the UI offers them.
    const ALL: &'static [Self];
    /// The stable code stored in the document.
    fn code(self) -> &'static str;
    /// The value for a stored code; `None` for an unknown (e.g. newer) code.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

/// Declares a `Copy` enum implementing [`Code`] with one code per variant.
macro_rules! code_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::domain::Code for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
        }
    };
}
pub(crate) use code_enum;

/// Declares the stable id of a kind of record: a random string (see `document::ids`), so
/// two devices never make the same one; empty for a record not yet stored.
macro_rules! string_id {
    ($(#[$meta:meta])* pub struct $name:ident;) => {
        $(#[$meta])*
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub struct $name(pub String);

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }
    };
}
pub(crate) use string_id;
