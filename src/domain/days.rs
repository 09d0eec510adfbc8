//! Calendar days for the metrics: "today" is handed in by the caller (the UI knows the
//! user's clock and time zone), never read from a clock here.

/// Milliseconds in a day. Turkey keeps one offset all year, so a day is always 24 hours
/// long there; where clocks shift, a day near the shift is off by an hour, which no
/// day-level metric notices.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The user's current day, given by its local midnight in milliseconds since the epoch.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Today {
    pub start: i64,
}

impl Today {
    /// The day starting at local midnight `start`.
    pub fn starting_at(start: i64) -> Self {
        Self { start }
    }

    /// The first millisecond of tomorrow.
    pub fn end(self) -> i64 {
        self.start + DAY_MS
    }

    /// Which day `at` falls on, counted from today: 0 today, -1 yesterday, 1 tomorrow.
    pub fn day_of(self, at: i64) -> i64 {
        (at - self.start).div_euclid(DAY_MS)
    }

    /// Whole calendar days from `at` to today: 0 for today, 1 for yesterday, never negative
    /// (a future time counts as today).
    pub fn days_since(self, at: i64) -> i64 {
        (-self.day_of(at)).max(0)
    }

    /// Whether `at` falls on today.
    pub fn contains(self, at: i64) -> bool {
        self.day_of(at) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_by_calendar_day_not_by_24_hours() {
        let today = Today::starting_at(10 * DAY_MS);
        // Yesterday one minute before midnight is 1 day ago, though only a minute passed.
        assert_eq!(today.days_since(10 * DAY_MS - 60_000), 1);
        // Yesterday at midnight: still 1.
        assert_eq!(today.days_since(9 * DAY_MS), 1);
        // One millisecond earlier is the day before yesterday.
        assert_eq!(today.days_since(9 * DAY_MS - 1), 2);
        assert_eq!(today.days_since(10 * DAY_MS + 5), 0);
        assert_eq!(
            today.days_since(12 * DAY_MS),
            0,
            "the future counts as today"
        );
        assert!(today.contains(11 * DAY_MS - 1) && !today.contains(11 * DAY_MS));
        assert_eq!(today.day_of(11 * DAY_MS), 1);
    }
}
