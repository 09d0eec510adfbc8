//! Small typed accessors for map fields, shared by every read and write.

use std::collections::BTreeMap;

use automerge::{transaction::Transactable, ObjId, ObjType, ReadDoc, ScalarValue, Value};

use super::DocumentError;

type Result<T> = std::result::Result<T, DocumentError>;

/// The map at `key` of `obj`, if there is one.
pub(crate) fn map<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<ObjId> {
    match doc.get(obj, key).ok().flatten() {
        Some((Value::Object(ObjType::Map), id)) => Some(id),
        _ => None,
    }
}

/// A string field; a Text object is read as its text.
pub(crate) fn string<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<String> {
    match doc.get(obj, key).ok().flatten()? {
        (Value::Scalar(s), _) => s.as_str().map(str::to_owned),
        (Value::Object(ObjType::Text), id) => doc.text(&id).ok(),
        _ => None,
    }
}

pub(crate) fn int<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<i64> {
    match doc.get(obj, key).ok().flatten()? {
        (Value::Scalar(s), _) => s.as_i64(),
        _ => None,
    }
}

pub(crate) fn boolean<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> bool {
    match doc.get(obj, key).ok().flatten() {
        Some((Value::Scalar(s), _)) => s.as_bool().unwrap_or(false),
        _ => false,
    }
}

/// A list of strings; anything that is not a string is skipped.
pub(crate) fn strings<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Vec<String> {
    match doc.get(obj, key).ok().flatten() {
        Some((Value::Object(ObjType::List), list)) => doc
            .list_range(&list, ..)
            .filter_map(|item| match item.value.into_value() {
                Value::Scalar(s) => s.as_str().map(str::to_owned),
                Value::Object(_) => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Sets a string field, or deletes it for `None`; writes nothing when unchanged, so that
/// no-op edits do not create conflicts or history.
pub(crate) fn put_opt_str<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    value: Option<&str>,
) -> Result<()> {
    if string(tx, obj, key).as_deref() == value {
        return Ok(());
    }
    match value {
        Some(value) => tx.put(obj, key, value)?,
        None => tx.delete(obj, key)?,
    }
    Ok(())
}

pub(crate) fn put_str<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    value: &str,
) -> Result<()> {
    put_opt_str(tx, obj, key, Some(value))
}

pub(crate) fn put_time<T: Transactable>(tx: &mut T, obj: &ObjId, key: &str, ms: i64) -> Result<()> {
    tx.put(obj, key, ScalarValue::Timestamp(ms))?;
    Ok(())
}

/// Sets a time field, or deletes it for `None`; writes nothing when unchanged.
pub(crate) fn put_opt_time<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    ms: Option<i64>,
) -> Result<()> {
    if int(tx, obj, key) == ms {
        return Ok(());
    }
    match ms {
        Some(ms) => put_time(tx, obj, key, ms),
        None => Ok(tx.delete(obj, key)?),
    }
}

/// Brings a list of strings to `wanted` with the fewest operations: items removed are
/// deleted, new ones appended. A colleague's concurrent addition therefore survives.
pub(crate) fn sync_strings<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    wanted: &[String],
) -> Result<()> {
    let list = match tx.get(obj, key)? {
        Some((Value::Object(ObjType::List), list)) => list,
        _ => tx.put_object(obj, key, ObjType::List)?,
    };
    let current = strings(tx, obj, key);
    for (index, item) in current.iter().enumerate().rev() {
        if !wanted.contains(item) {
            tx.delete(&list, index)?;
        }
    }
    for item in wanted.iter().filter(|item| !current.contains(item)) {
        tx.insert(&list, tx.length(&list), item.as_str())?;
    }
    Ok(())
}

/// Sets a collaboratively edited text with minimal splices, so that two colleagues editing
/// different parts of the notes both keep their words.
pub(crate) fn put_text<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    value: &str,
) -> Result<()> {
    let text = match tx.get(obj, key)? {
        Some((Value::Object(ObjType::Text), text)) => text,
        _ => tx.put_object(obj, key, ObjType::Text)?,
    };
    tx.update_text(&text, value)?;
    Ok(())
}

/// A scalar as the text a user would read: strings as they are, others as Automerge
/// prints them.
pub(crate) fn scalar_text(value: &Value<'_>) -> String {
    match value {
        Value::Scalar(s) => match s.as_ref() {
            ScalarValue::Str(s) => s.to_string(),
            other => other.to_string(),
        },
        Value::Object(_) => String::new(),
    }
}

/// All fields of one map, read in a single pass: far cheaper than one `get` per field
/// when a whole customer or interaction is read.
pub(crate) struct MapFields(Vec<(String, Value<'static>, ObjId)>);

impl MapFields {
    pub(crate) fn read<R: ReadDoc>(doc: &R, obj: &ObjId) -> Self {
        Self(
            doc.map_range(obj, ..)
                .map(|item| {
                    let id = item.id();
                    (item.key.into_owned(), item.value.into_value(), id)
                })
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&(String, Value<'static>, ObjId)> {
        self.0.iter().find(|(k, _, _)| k == key)
    }

    /// A string field; a Text object is read as its text.
    pub(crate) fn string<R: ReadDoc>(&self, doc: &R, key: &str) -> Option<String> {
        match self.get(key)? {
            (_, Value::Scalar(s), _) => s.as_str().map(str::to_owned),
            (_, Value::Object(ObjType::Text), id) => doc.text(id).ok(),
            _ => None,
        }
    }

    pub(crate) fn int(&self, key: &str) -> Option<i64> {
        match self.get(key)? {
            (_, Value::Scalar(s), _) => s.as_i64(),
            _ => None,
        }
    }

    pub(crate) fn boolean(&self, key: &str) -> bool {
        matches!(self.get(key), Some((_, Value::Scalar(s), _)) if s.as_bool() == Some(true))
    }

    /// A list of strings; anything that is not a string is skipped.
    pub(crate) fn strings<R: ReadDoc>(&self, doc: &R, key: &str) -> Vec<String> {
        match self.get(key) {
            Some((_, Value::Object(ObjType::List), list)) => doc
                .list_range(list, ..)
                .filter_map(|item| match item.value.into_value() {
                    Value::Scalar(s) => s.as_str().map(str::to_owned),
                    Value::Object(_) => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every string field whose key starts with `prefix`, by the rest of its key.
    pub(crate) fn prefixed<K: Ord + From<String>>(&self, prefix: &str) -> BTreeMap<K, String> {
        self.0
            .iter()
            .filter_map(|(key, value, _)| {
                let rest = key.strip_prefix(prefix)?;
                let Value::Scalar(s) = value else {
                    return None;
                };
                let text = s.as_str()?;
                (!text.is_empty()).then(|| (K::from(rest.to_owned()), text.to_owned()))
            })
            .collect()
    }

    /// The id of the object at `key`.
    pub(crate) fn object(&self, key: &str) -> Option<&ObjId> {
        match self.get(key)? {
            (_, Value::Object(_), id) => Some(id),
            _ => None,
        }
    }
}

/// Every map entry of `obj` that is itself a map: (key, its id), in one pass.
pub(crate) fn child_maps<R: ReadDoc>(doc: &R, obj: &ObjId) -> Vec<(String, ObjId)> {
    doc.map_range(obj, ..)
        .filter(|item| matches!(item.value, automerge::ValueRef::Object(ObjType::Map)))
        .map(|item| {
            let id = item.id();
            (item.key.into_owned(), id)
        })
        .collect()
}
