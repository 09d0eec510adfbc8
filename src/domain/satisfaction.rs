//! Satisfaction trend: trust grows from repeated satisfying exchanges, so the ratings
//! noted on interactions (1 very unhappy to 5 very happy) are compared over time: the
//! average of the last three ratings against the three before them.
//!
//! "The last 3 ratings average 3.0, down from 4.3 for the 3 before": a change of half a
//! point or more is a rise or a fall, less is steady.

use super::interaction::Interaction;

/// How many ratings make one window of the comparison.
pub const WINDOW: usize = 3;

/// A number of ratings and their sum, so that averages stay exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratings {
    pub count: u32,
    pub sum: u32,
}

impl Ratings {
    pub(crate) fn add(&mut self, rating: u8) {
        self.count += 1;
        self.sum += u32::from(rating);
    }

    /// The average in tenths (43 for 4.3), rounded half up; `None` without ratings.
    pub fn average_tenths(&self) -> Option<u32> {
        (self.count > 0).then(|| (self.sum * 20 + self.count) / (2 * self.count))
    }
}

/// Which way a customer's satisfaction goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    Rising,
    Steady,
    Falling,
}

/// A customer's ratings over time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Satisfaction {
    pub overall: Ratings,
    /// The last [`WINDOW`] ratings.
    pub recent: Ratings,
    /// The [`WINDOW`] ratings before those.
    pub previous: Ratings,
    /// `None` until there is something to compare with (more than [`WINDOW`] ratings).
    pub trend: Option<Trend>,
}

/// The satisfaction of one customer from their interactions (any order).
pub fn satisfaction<'a>(interactions: impl IntoIterator<Item = &'a Interaction>) -> Satisfaction {
    let mut rated: Vec<(i64, &str, u8)> = interactions
        .into_iter()
        .filter_map(|i| Some((i.at, i.id.0.as_str(), i.satisfaction?)))
        .collect();
    // Newest first; the id orders ratings of the same moment the same way everywhere.
    rated.sort_unstable_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)));
    let mut result = Satisfaction::default();
    for (n, (_, _, rating)) in rated.iter().enumerate() {
        result.overall.add(*rating);
        match n / WINDOW {
            0 => result.recent.add(*rating),
            1 => result.previous.add(*rating),
            _ => {}
        }
    }
    let (r, p) = (result.recent, result.previous);
    if p.count > 0 {
        // recent average - previous average, times both counts, stays in integers.
        let difference = i64::from(r.sum * p.count) - i64::from(p.sum * r.count);
        let half_point = i64::from(r.count * p.count);
        result.trend = Some(match 2 * difference {
            d if d >= half_point => Trend::Rising,
            d if d <= -half_point => Trend::Falling,
            _ => Trend::Steady,
        });
    }
    result
}

#[cfg(test)]
mod tests;
