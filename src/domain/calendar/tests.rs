use super::*;

/// 2026-12-08 09:30 UTC.
const AT: i64 = 1_796_722_200_000;

fn follow_up() -> CalendarItem {
    CalendarItem {
        id: "k1".into(),
        title: "Teklifi gönder, fiyatı sor; ara".into(),
        customer: Some("Çağrı Öztürk".into()),
        when: CalendarTime::At {
            start: AT,
            minutes: 30,
        },
        remind_at: Some(AT - 15 * 60_000),
        cancelled: false,
        note: "Sorumlu: Ayşe\nİkinci satır".into(),
    }
}

fn unfolded(file: &str) -> Vec<String> {
    assert!(file.ends_with("\r\n"));
    assert!(
        !file.replace("\r\n", "").contains('\n'),
        "every line ends with CRLF"
    );
    file.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_follow_up_is_an_event_with_its_alarm_at_the_reminder_time() {
    let file = calendar_file(&[follow_up()], AT - 86_400_000, 42);
    let lines = unfolded(&file);
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:k1@rapport",
        "DTSTAMP:20261207T093000Z",
        "SEQUENCE:42",
        "DTSTART:20261208T093000Z",
        "DTEND:20261208T100000Z",
        "SUMMARY:Teklifi gönder\\, fiyatı sor\\; ara – Çağrı Öztürk",
        "DESCRIPTION:Sorumlu: Ayşe\\nİkinci satır",
        "STATUS:CONFIRMED",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DATE-TIME:20261208T091500Z",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ];
    let mut found = lines.iter();
    for line in expected {
        assert!(found.any(|l| l == line), "{line} (in order) in {lines:#?}");
    }
}

#[test]
fn the_same_follow_up_exported_again_is_the_same_event_of_a_later_revision() {
    let first = unfolded(&calendar_file(&[follow_up()], AT, 100));
    let moved = CalendarItem {
        when: CalendarTime::At {
            start: AT + 3_600_000,
            minutes: 30,
        },
        ..follow_up()
    };
    let second = unfolded(&calendar_file(&[moved], AT + 60_000, 160));
    let uid = |lines: &[String]| lines.iter().find(|l| l.starts_with("UID:")).cloned();
    assert_eq!(uid(&first), uid(&second));
    assert!(second.contains(&"SEQUENCE:160".to_owned()));
    assert!(second.contains(&"DTSTART:20261208T103000Z".to_owned()));
}

#[test]
fn a_settled_follow_up_is_cancelled_and_rings_no_more() {
    let done = CalendarItem {
        cancelled: true,
        ..follow_up()
    };
    let lines = unfolded(&calendar_file(&[done], AT, 1));
    assert!(lines.contains(&"STATUS:CANCELLED".to_owned()));
    assert!(!lines.iter().any(|l| l == "BEGIN:VALARM"));
}

#[test]
fn long_lines_fold_at_75_octets_without_cutting_a_turkish_letter() {
    let long = CalendarItem {
        title: "Ş".repeat(100),
        ..follow_up()
    };
    let file = calendar_file(&[long], AT, 1);
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let summary = unfolded(&file)
        .into_iter()
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    assert_eq!(
        summary,
        format!("SUMMARY:{} – Çağrı Öztürk", "Ş".repeat(100))
    );
}

#[test]
fn hostile_text_cannot_break_out_of_its_line() {
    let hostile = CalendarItem {
        title: "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil".into(),
        note: "\u{0}\u{7}".into(),
        ..follow_up()
    };
    let lines = unfolded(&calendar_file(&[hostile], AT, 1));
    assert_eq!(lines.iter().filter(|l| l.starts_with("UID:")).count(), 1);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert!(!lines.iter().any(|l| l.starts_with("DESCRIPTION:\u{0}")));
}

#[test]
fn a_follow_up_due_on_a_day_is_a_whole_day_event() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let due = CalendarItem {
        when: CalendarTime::Day(day),
        ..follow_up()
    };
    let lines = unfolded(&calendar_file(&[due], AT, 1));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261231".to_owned()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20270101".to_owned()));
}

/// Read back with the `ical` crate, a host-only test dependency.
#[cfg(not(target_arch = "wasm32"))]
mod read_back {
    use super::*;

    /// The file as a calendar program reads it (the `ical` crate, unfolding and all).
    fn parsed(file: &str) -> ical::parser::ical::component::IcalCalendar {
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(file.as_bytes()));
        let calendar = calendars
            .next()
            .expect("one calendar")
            .expect("a readable calendar");
        assert!(calendars.next().is_none(), "only one calendar");
        calendar
    }

    fn property<'a>(properties: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
        properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.as_deref())
    }

    #[test]
    fn an_icalendar_reader_reads_every_event_back_with_its_alarm() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let items = [
            follow_up(),
            CalendarItem {
                id: "k2".into(),
                title: "Ş".repeat(60),
                when: CalendarTime::Day(day),
                remind_at: None,
                ..follow_up()
            },
            CalendarItem {
                id: "k3".into(),
                cancelled: true,
                ..follow_up()
            },
        ];
        let calendar = parsed(&calendar_file(&items, AT, 7));
        assert_eq!(property(&calendar.properties, "VERSION"), Some("2.0"));
        assert_eq!(calendar.events.len(), 3);
        let first = &calendar.events[0];
        assert_eq!(property(&first.properties, "UID"), Some("k1@rapport"));
        assert_eq!(
            property(&first.properties, "SUMMARY"),
            Some("Teklifi gönder\\, fiyatı sor\\; ara – Çağrı Öztürk"),
            "escaped as RFC 5545 says (the reader leaves escapes in)"
        );
        assert_eq!(first.alarms.len(), 1);
        assert_eq!(
            property(&first.alarms[0].properties, "TRIGGER"),
            Some("20261208T091500Z")
        );
        let second = &calendar.events[1];
        let start = second
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .unwrap();
        assert_eq!(start.value.as_deref(), Some("20261209"));
        assert_eq!(
            start.params,
            Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])])
        );
        // Folded over several lines, read back whole.
        assert_eq!(
            property(&second.properties, "SUMMARY"),
            Some(format!("{} – Çağrı Öztürk", "Ş".repeat(60)).as_str())
        );
        assert!(second.alarms.is_empty());
        assert_eq!(
            property(&calendar.events[2].properties, "STATUS"),
            Some("CANCELLED")
        );
        assert!(calendar.events[2].alarms.is_empty());
    }
}
