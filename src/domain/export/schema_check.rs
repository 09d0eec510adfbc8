//! `docs/export.schema.json` says exactly what the JSON export writes: every property
//! written is declared and every declared property is written, with its type, constant
//! or codes. A change to the Rust types that forgets the schema fails here.

use serde_json::Value;

use super::tests::{sales, workspace};
use super::*;
use crate::domain::{
    Channel, Code, CustomerKind, Direction, DissolutionReason, InteractionKind, Stage,
};

const SCHEMA: &str = include_str!("../../../docs/export.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("only local definitions");
            resolve(root, &root["$defs"][name])
        }
        None => node,
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Checks `value` against `node`, the way a validator would for the keywords we use.
fn check(root: &Value, node: &Value, value: &Value, path: &str) {
    let node = resolve(root, node);
    let types: Vec<&str> = match &node["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        other => panic!("{path}: no type in the schema ({other})"),
    };
    assert!(
        types.contains(&type_name(value)),
        "{path}: {value} is not {types:?}"
    );
    if let Some(constant) = node.get("const") {
        assert_eq!(value, constant, "{path}");
    }
    if let Some(codes) = node.get("enum").and_then(Value::as_array) {
        assert!(
            codes.contains(value),
            "{path}: {value} is not one of {codes:?}"
        );
    }
    if let (Some("date-time"), Some(s)) = (node["format"].as_str(), value.as_str()) {
        assert!(
            chrono::DateTime::parse_from_rfc3339(s).is_ok(),
            "{path}: {s}"
        );
    }
    if let (Some(n), Some(min), Some(max)) = (
        value.as_i64(),
        node["minimum"].as_i64(),
        node["maximum"].as_i64(),
    ) {
        assert!((min..=max).contains(&n), "{path}: {n}");
    }
    match value {
        // A map (custom field values by id): every value of one kind.
        Value::Object(fields) if node["additionalProperties"].is_object() => {
            for (key, field) in fields {
                let each = &node["additionalProperties"];
                check(root, each, field, &format!("{path}.{key}"));
            }
        }
        Value::Object(fields) => {
            let declared = node["properties"]
                .as_object()
                .expect("an object's properties");
            let written: Vec<&String> = fields.keys().collect();
            let listed: Vec<&String> = declared.keys().collect();
            assert_eq!(
                sorted(written),
                sorted(listed.clone()),
                "{path}: properties"
            );
            let required: Vec<&str> = node["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let listed: Vec<&str> = listed.iter().map(|s| s.as_str()).collect();
            assert_eq!(sorted(required), sorted(listed), "{path}: all required");
            assert_eq!(node["additionalProperties"], Value::Bool(false), "{path}");
            for (key, field) in fields {
                check(root, &declared[key], field, &format!("{path}.{key}"));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check(root, &node["items"], item, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

#[test]
fn the_schema_describes_exactly_what_is_written() {
    let w = workspace();
    let (products, quotes) = sales();
    let file = ExportFile::new(&w.customers, &w.interactions, &w.colleagues, 0)
        .with_sales(&products, &quotes, 0)
        .with_fields(&w.fields)
        .with_notices(&w.notices);
    assert!(file.customers.iter().any(|c| !c.fields.is_empty()) && !file.fields.is_empty());
    assert!(file.customers.iter().any(|c| !c.consents.is_empty()) && !file.notices.is_empty());
    // Every kind of object must appear at least once for its properties to be compared.
    assert!(file.customers.iter().any(|c| !c.stage_history.is_empty()));
    assert!(!file.colleagues.is_empty() && !file.interactions.is_empty());
    let written: Value = serde_json::from_str(&to_json(&file)).unwrap();
    let root = schema();
    check(&root, &root, &written, "$");
}

#[test]
fn the_schema_lists_every_code() {
    let root = schema();
    let codes = |node: &Value| -> Vec<String> {
        let node = resolve(&root, node);
        node["enum"]
            .as_array()
            .expect("codes")
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    fn all<C: Code>() -> Vec<String> {
        C::ALL.iter().map(|c| c.code().to_owned()).collect()
    }
    let customer = &root["$defs"]["customer"]["properties"];
    let interaction = &root["$defs"]["interaction"]["properties"];
    assert_eq!(codes(&customer["kind"]), all::<CustomerKind>());
    assert_eq!(codes(&customer["stage"]), all::<Stage>());
    assert_eq!(
        codes(&customer["dissolution_reason"]),
        all::<DissolutionReason>()
    );
    assert_eq!(codes(&customer["preferred_channel"]), all::<Channel>());
    assert_eq!(codes(&interaction["channel"]), all::<Channel>());
    assert_eq!(codes(&interaction["kind"]), all::<InteractionKind>());
    assert_eq!(codes(&interaction["direction"]), all::<Direction>());
    let change = &root["$defs"]["stage_change"]["properties"];
    assert_eq!(codes(&change["reason"]), all::<DissolutionReason>());
    let field = &root["$defs"]["field"]["properties"];
    assert_eq!(codes(&field["kind"]), all::<crate::domain::FieldKind>());
    let consent = &root["$defs"]["consent"]["properties"];
    assert_eq!(codes(&consent["purpose"]), all::<crate::domain::Purpose>());
    assert_eq!(
        codes(&consent["state"]),
        all::<crate::domain::ConsentState>()
    );
    assert_eq!(
        codes(&consent["source"]),
        all::<crate::domain::ConsentSource>()
    );
}

#[test]
fn the_example_in_the_documentation_is_a_valid_export() {
    let page = include_str!("../../../docs/EXPORT.md");
    let example = page
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("an example");
    assert!(from_json(example).is_ok());
    let root = schema();
    check(
        &root,
        &root,
        &serde_json::from_str(example).unwrap(),
        "example",
    );
}
