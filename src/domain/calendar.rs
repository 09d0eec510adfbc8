//! Follow-ups and meetings as an iCalendar file (RFC 5545) that Google Calendar, Outlook
//! and a phone's calendar import: nothing can wake a closed static page, but a calendar
//! can. Each event's UID is its record's id, so importing a newer file updates the same
//! events instead of adding them twice; a reminder becomes an alarm (VALARM) at its time;
//! a commitment settled since is sent as cancelled, so its event goes.

/// One event of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarItem {
    /// The record's id (a commitment's, an interaction's): the event's UID.
    pub id: String,
    pub title: String,
    /// The customer it is about, if any.
    pub customer: Option<String>,
    pub when: CalendarTime,
    /// The alarm's time, if any.
    pub remind_at: Option<i64>,
    /// Settled or removed since: calendars that have it take it out.
    pub cancelled: bool,
    /// A line of detail (the owner, the channel).
    pub note: String,
}

/// When an event is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarTime {
    /// A whole day (a follow-up is due on a day), as the user's calendar names it.
    Day(chrono::NaiveDate),
    /// A stretch of time: its start (milliseconds since the epoch) and length in minutes.
    At { start: i64, minutes: i64 },
}

/// The whole file, written at `now` (milliseconds since the epoch). `revision` must grow
/// from one file to the next (the export's time in seconds does), or calendars keep the
/// older copy of an event.
pub fn calendar_file(items: &[CalendarItem], now: i64, revision: i64) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Rapport//Rapport CRM//TR".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "X-WR-CALNAME:Rapport".to_owned(),
    ];
    for item in items {
        let summary = match &item.customer {
            Some(customer) => format!("{} – {customer}", item.title),
            None => item.title.clone(),
        };
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}@rapport", escape(&item.id)));
        lines.push(format!("DTSTAMP:{}", utc(now)));
        lines.push(format!("SEQUENCE:{revision}"));
        match &item.when {
            CalendarTime::Day(day) => {
                let next = day.succ_opt().unwrap_or(*day);
                lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
                lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
            CalendarTime::At { start, minutes } => {
                lines.push(format!("DTSTART:{}", utc(*start)));
                lines.push(format!("DTEND:{}", utc(start + minutes.max(&1) * 60_000)));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(&summary)));
        if !item.note.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&item.note)));
        }
        lines.push(format!(
            "STATUS:{}",
            if item.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ));
        if let (Some(at), false) = (item.remind_at, item.cancelled) {
            lines.push("BEGIN:VALARM".to_owned());
            lines.push("ACTION:DISPLAY".to_owned());
            lines.push(format!("DESCRIPTION:{}", escape(&summary)));
            lines.push(format!("TRIGGER;VALUE=DATE-TIME:{}", utc(at)));
            lines.push("END:VALARM".to_owned());
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// A time as iCalendar's UTC form, `20261208T093000Z`.
fn utc(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// Text with iCalendar's escapes: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a character: Turkish letters take
/// two), each part ended by CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests;
