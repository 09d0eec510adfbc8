//! Converts between instants and the browser's `datetime-local` and `date` inputs, in local
//! time, and tells the metrics which day it is here.

use wasm_bindgen::JsValue;

/// `2026-11-22T14:30` for an instant, in the browser's time zone.
pub fn to_input(ms: i64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The instant a `datetime-local` value means, in the browser's time zone.
pub fn from_input(value: &str) -> Option<i64> {
    if value.trim().is_empty() {
        return None;
    }
    // A date-time without an offset is local time for `Date`.
    let ms = js_sys::Date::new(&JsValue::from_str(value)).get_time();
    ms.is_finite().then_some(ms as i64)
}

/// The user's current day, from the browser's clock and time zone: the metrics count
/// calendar days as the user lives them.
pub fn today() -> crate::domain::Today {
    let d = js_sys::Date::new_0();
    d.set_hours(0);
    d.set_minutes(0);
    d.set_seconds(0);
    d.set_milliseconds(0);
    crate::domain::Today::starting_at(d.get_time() as i64)
}
/// `2026-11-22` for an instant, in the browser's time zone (a `date` input's value).
pub fn to_date_input(ms: i64) -> String {
    to_input(ms)[..10].to_owned()
}

/// Noon of the day a `date` input means, local time: the day stays the same in any
/// nearby time zone a colleague reads it in.
pub fn from_date_input(value: &str) -> Option<i64> {
    if value.trim().is_empty() {
        return None;
    }
    from_input(&format!("{}T12:00", value.trim()))
}
