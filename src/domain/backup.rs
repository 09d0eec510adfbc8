//! When to remind the user to make a copy of the workspace somewhere else.
//!
//! Everything lives in one browser; a sync file sent to a colleague or a backup file is
//! the only other copy. The reminder comes when neither was made for a while.

/// How long work may go without a copy elsewhere before the app reminds the user.
pub const BACKUP_REMINDER_DAYS: i64 = 14;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What the reminder is decided from (milliseconds since the Unix epoch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyRecord {
    /// The last full backup downloaded on this device.
    pub last_backup_at: Option<i64>,
    /// The last sync file sent to any colleague.
    pub last_sent_at: Option<i64>,
    /// Since when this device has held work (the reminder never comes before
    /// [`BACKUP_REMINDER_DAYS`] of work).
    pub holding_since: i64,
}

impl CopyRecord {
    /// The newest copy of either kind.
    pub fn last_copy_at(&self) -> Option<i64> {
        self.last_backup_at.max(self.last_sent_at)
    }

    /// Whole days since the last copy (or since work began, when there was none), when
    /// that is at least [`BACKUP_REMINDER_DAYS`]; `None` when no reminder is due.
    pub fn reminder_due(&self, now: i64) -> Option<i64> {
        let since = self.last_copy_at().unwrap_or(self.holding_since);
        let days = (now - since).div_euclid(DAY_MS);
        (days >= BACKUP_REMINDER_DAYS).then_some(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000_000;

    fn record(backup: Option<i64>, sent: Option<i64>, since: i64) -> CopyRecord {
        CopyRecord {
            last_backup_at: backup,
            last_sent_at: sent,
            holding_since: since,
        }
    }

    #[test]
    fn no_reminder_in_the_first_two_weeks_of_work() {
        assert_eq!(
            record(None, None, NOW - 13 * DAY_MS).reminder_due(NOW),
            None
        );
        assert_eq!(
            record(None, None, NOW - 14 * DAY_MS).reminder_due(NOW),
            Some(14)
        );
    }

    #[test]
    fn the_newest_copy_of_either_kind_counts() {
        let old = NOW - 30 * DAY_MS;
        let recent = NOW - 2 * DAY_MS;
        assert_eq!(record(Some(old), Some(recent), old).reminder_due(NOW), None);
        assert_eq!(record(Some(recent), Some(old), old).reminder_due(NOW), None);
        assert_eq!(record(Some(old), None, old).reminder_due(NOW), Some(30));
        assert_eq!(record(None, Some(old), old).last_copy_at(), Some(old));
    }

    #[test]
    fn a_clock_set_back_never_reminds() {
        assert_eq!(
            record(Some(NOW + DAY_MS), None, NOW).reminder_due(NOW),
            None
        );
    }
}
