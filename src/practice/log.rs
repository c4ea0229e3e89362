//! The grown-up's quiet log: on each day the game was played, how many sessions and how long
//! peekaboo's grown-up then stayed hidden. With the practice ladder's ticks it makes one small
//! chart over weeks. Never shown to the child, never sent anywhere; no scores, no streaks.

use see_you_soon_model::{
    calendar::LocalDay,
    practice::{Felt, Practice},
};
use serde::{Deserialize, Serialize};

/// A year and a month of days played; older days are let go first.
pub const MOST_DAYS: usize = 400;
/// The chart's weeks, this one last.
pub const CHART_WEEKS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LoggedDay {
    /// The family's local day (days since 1 January 1970).
    pub day: i64,
    pub sessions: u32,
    /// Seconds peekaboo's grown-up stayed hidden with no tap, as the day's last session began.
    pub peekaboo_wait: f32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuietLog {
    /// Oldest first, one entry a day.
    pub days: Vec<LoggedDay>,
}

/// One week of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Week {
    pub monday: LocalDay,
    pub sessions: u32,
    /// The longest peekaboo hide reached that week, if it was played.
    pub peekaboo_wait: Option<f32>,
    /// Real separations ticked that week: hard, okay, easy.
    pub ticks: [u32; 3],
}

impl QuietLog {
    /// A session began on `day`, with peekaboo's ladder at `peekaboo_wait`.
    pub fn session_played(&mut self, day: LocalDay, peekaboo_wait: f32) {
        match self.days.last_mut() {
            Some(last) if last.day == day.0 => {
                last.sessions += 1;
                last.peekaboo_wait = peekaboo_wait;
            }
            _ => self.days.push(LoggedDay {
                day: day.0,
                sessions: 1,
                peekaboo_wait,
            }),
        }
        let extra = self.days.len().saturating_sub(MOST_DAYS);
        self.days.drain(..extra);
    }

    pub fn sessions(&self) -> u32 {
        self.days.iter().map(|d| d.sessions).sum()
    }

    /// The last [`CHART_WEEKS`] weeks up to `today`'s, oldest first, with the ladder's ticks.
    pub fn weeks(&self, practice: &Practice, today: LocalDay) -> Vec<Week> {
        let this_monday = today.monday();
        let mut weeks: Vec<Week> = (0..CHART_WEEKS as i64)
            .rev()
            .map(|ago| Week {
                monday: this_monday.plus(-7 * ago),
                sessions: 0,
                peekaboo_wait: None,
                ticks: [0; 3],
            })
            .collect();
        let week_of = |day: i64| weeks_index(this_monday, LocalDay(day).monday());
        for logged in &self.days {
            if let Some(week) = week_of(logged.day).and_then(|i| weeks.get_mut(i)) {
                week.sessions += logged.sessions;
                let most = week.peekaboo_wait.unwrap_or(0.0).max(logged.peekaboo_wait);
                week.peekaboo_wait = Some(most);
            }
        }
        for (_, tick) in practice.all_ticks() {
            if let Some(week) = week_of(tick.day).and_then(|i| weeks.get_mut(i)) {
                let slot = Felt::ALL.iter().position(|f| *f == tick.felt).unwrap_or(1);
                week.ticks[slot] += 1;
            }
        }
        weeks
    }
}

/// Where the week starting `monday` sits in a chart ending with `this_monday`'s week.
fn weeks_index(this_monday: LocalDay, monday: LocalDay) -> Option<usize> {
    let ago = (this_monday.0 - monday.0) / 7;
    (0..CHART_WEEKS as i64)
        .contains(&ago)
        .then(|| CHART_WEEKS - 1 - ago as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_on_one_day_add_up_and_the_days_stay_in_order() {
        let mut log = QuietLog::default();
        log.session_played(LocalDay(100), 2.0);
        log.session_played(LocalDay(100), 2.5);
        log.session_played(LocalDay(101), 3.0);
        assert_eq!(log.days.len(), 2);
        assert_eq!(log.days[0].sessions, 2);
        assert_eq!(log.days[0].peekaboo_wait, 2.5);
        assert_eq!(log.sessions(), 3);
    }

    #[test]
    fn the_log_keeps_its_latest_days() {
        let mut log = QuietLog::default();
        for day in 0..(MOST_DAYS as i64 + 10) {
            log.session_played(LocalDay(day), 1.0);
        }
        assert_eq!(log.days.len(), MOST_DAYS);
        assert_eq!(log.days[0].day, 10);
    }

    #[test]
    fn the_chart_shares_sessions_and_ticks_out_by_week() {
        // 20,786 is Sunday 29 November 2026; its Monday is 20,780.
        let today = LocalDay(20_786);
        let mut log = QuietLog::default();
        log.session_played(LocalDay(20_780), 2.0);
        log.session_played(LocalDay(20_786), 3.0);
        log.session_played(LocalDay(20_775), 1.5); // the week before
        log.session_played(LocalDay(20_000), 1.0); // long ago: not on the chart
        let mut practice = Practice::default();
        practice.tick(LocalDay(20_781), Felt::Easy);
        practice.tick(LocalDay(20_774), Felt::Hard);
        let weeks = log.weeks(&practice, today);
        assert_eq!(weeks.len(), CHART_WEEKS);
        let this = weeks.last().unwrap();
        assert_eq!(this.monday, LocalDay(20_780));
        assert_eq!(this.sessions, 2);
        assert_eq!(this.peekaboo_wait, Some(3.0));
        assert_eq!(this.ticks, [0, 0, 1]);
        let before = weeks[CHART_WEEKS - 2];
        assert_eq!((before.sessions, before.ticks), (1, [1, 0, 0]));
        assert_eq!(
            weeks[0].peekaboo_wait, None,
            "a week not played has no level"
        );
        assert_eq!(weeks.iter().map(|w| w.sessions).sum::<u32>(), 3);
    }
}
