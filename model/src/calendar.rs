//! The week calendar's day logic in plain numbers: which kind of day a date is, who picks the
//! child up, and how many sleeps until the next home day (or school day). Dates are days in the
//! parent's own time zone, worked out from the device clock and its offset, so "today" turns
//! over at the family's midnight, not at UTC's.

use serde::{Deserialize, Serialize};

use crate::family::Place;

/// What a day is for the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum DayKind {
    /// Nursery, daycare or school.
    School,
    #[default]
    Home,
}

/// Who comes at the end of a school day: a grown-up's place in the family.
pub type PickUp = Place;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DayPlan {
    pub kind: DayKind,
    /// Saved as the place's number; settings from before there could be four grown-ups named
    /// "GrownUp" or "SecondGrownUp", read as the first and the second.
    #[serde(deserialize_with = "pick_up_as_saved")]
    pub pick_up: PickUp,
}

fn pick_up_as_saved<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Place, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Saved {
        Place(Place),
        Named(Named),
    }
    #[derive(Deserialize)]
    enum Named {
        GrownUp,
        SecondGrownUp,
    }
    Ok(match Saved::deserialize(deserializer)? {
        Saved::Place(place) => place,
        Saved::Named(Named::GrownUp) => Place::FIRST,
        Saved::Named(Named::SecondGrownUp) => Place::SECOND,
    })
}

/// Monday first, as the picture week shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A calendar day in the family's time zone, counted from 1 January 1970.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDay(pub i64);

const MS_PER_DAY: f64 = 86_400_000.0;

impl LocalDay {
    /// The day at `utc_ms` (milliseconds since the epoch) on a device whose clock is
    /// `offset_minutes` behind UTC (JavaScript's `getTimezoneOffset`: -60 in Paris in winter).
    pub fn from_clock(utc_ms: f64, offset_minutes: f64) -> Self {
        let local_ms = utc_ms - offset_minutes * 60_000.0;
        if !local_ms.is_finite() {
            return LocalDay(0);
        }
        LocalDay((local_ms / MS_PER_DAY).floor() as i64)
    }

    pub fn weekday(self) -> Weekday {
        // 1 January 1970 was a Thursday.
        Weekday::ALL[(self.0 + 3).rem_euclid(7) as usize]
    }

    pub fn plus(self, days: i64) -> Self {
        LocalDay(self.0 + days)
    }

    /// "23 Nov": the day of the month and the month, as a parent reads a week's date.
    pub fn short_date(self) -> String {
        let (day, month) = self.day_and_month();
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        format!("{day} {}", MONTHS[(month - 1) as usize])
    }

    /// The day of the month and the month (1 to 12).
    pub fn day_and_month(self) -> (u32, u32) {
        // Days to a civil date (Howard Hinnant's days-from-civil, turned round).
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        (day as u32, month as u32)
    }

    /// The Monday that starts this day's week.
    pub fn monday(self) -> Self {
        self.plus(-(self.weekday().index() as i64))
    }
}

/// The parent's usual week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekPlan {
    /// Monday first.
    pub days: [DayPlan; 7],
}

impl Default for WeekPlan {
    /// Weekdays at nursery with the grown-up picking up, weekends at home.
    fn default() -> Self {
        let school = DayPlan {
            kind: DayKind::School,
            pick_up: Place::FIRST,
        };
        let home = DayPlan::default();
        Self {
            days: [school, school, school, school, school, home, home],
        }
    }
}

impl WeekPlan {
    pub fn on(&self, day: LocalDay) -> DayPlan {
        self.days[day.weekday().index()]
    }

    /// Sleeps from `today` until the next day of `kind` (tomorrow is one sleep); `None` when no
    /// day of the week is of that kind.
    pub fn sleeps_until(&self, today: LocalDay, kind: DayKind) -> Option<u32> {
        (1..=7).find(|&sleeps| self.on(today.plus(i64::from(sleeps))).kind == kind)
    }

    /// What the calendar says about today: the day's plan, then the next day of the other
    /// kind (a home day after a school day, a school day after a home day) and the sleeps
    /// until it; `None` when the whole week is of one kind.
    pub fn today(&self, today: LocalDay) -> (DayPlan, Option<(DayKind, u32)>) {
        let plan = self.on(today);
        let other = match plan.kind {
            DayKind::School => DayKind::Home,
            DayKind::Home => DayKind::School,
        };
        (
            plan,
            self.sleeps_until(today, other)
                .map(|sleeps| (other, sleeps)),
        )
    }

    /// The seven days of `today`'s week, Monday first, each with its plan and whether it is today.
    pub fn week_of(&self, today: LocalDay) -> [(LocalDay, DayPlan, bool); 7] {
        let monday = today.monday();
        std::array::from_fn(|i| {
            let day = monday.plus(i as i64);
            (day, self.on(day), day == today)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_told_as_a_parent_reads_them() {
        assert_eq!(LocalDay(0).short_date(), "1 Jan");
        assert_eq!(LocalDay(20_786).short_date(), "29 Nov");
        assert_eq!(LocalDay(20_780).short_date(), "23 Nov");
        // 29 February 2024, and the day after.
        assert_eq!(LocalDay(19_782).short_date(), "29 Feb");
        assert_eq!(LocalDay(19_783).short_date(), "1 Mar");
        assert_eq!(LocalDay(-1).short_date(), "31 Dec");
    }

    /// Noon UTC on a date given as days since the epoch.
    fn noon(day: i64) -> f64 {
        day as f64 * MS_PER_DAY + MS_PER_DAY / 2.0
    }

    // 2026-11-23 is a Monday: 20,780 days after 1970-01-01.
    const MONDAY: i64 = 20_780;

    #[test]
    fn weekdays_follow_the_calendar() {
        assert_eq!(LocalDay(0).weekday(), Weekday::Thursday);
        assert_eq!(LocalDay(MONDAY).weekday(), Weekday::Monday);
        assert_eq!(LocalDay(MONDAY + 6).weekday(), Weekday::Sunday);
        assert_eq!(LocalDay(MONDAY + 7).weekday(), Weekday::Monday);
        // Before 1970 too (a device clock set wrong must not panic).
        assert_eq!(LocalDay(-1).weekday(), Weekday::Wednesday);
        assert_eq!(LocalDay(MONDAY + 3).monday(), LocalDay(MONDAY));
        assert_eq!(LocalDay(MONDAY + 6).monday(), LocalDay(MONDAY));
        assert_eq!(LocalDay(MONDAY + 7).monday(), LocalDay(MONDAY + 7));
    }

    #[test]
    fn today_turns_over_at_the_familys_midnight() {
        // Sunday 23:30 UTC is already Monday in Paris (UTC+1, offset -60)...
        let late_sunday_utc = (MONDAY as f64) * MS_PER_DAY - 30.0 * 60_000.0;
        assert_eq!(
            LocalDay::from_clock(late_sunday_utc, -60.0).weekday(),
            Weekday::Monday
        );
        // ...still Sunday in London and in New York (UTC-5, offset 300).
        assert_eq!(
            LocalDay::from_clock(late_sunday_utc, 0.0).weekday(),
            Weekday::Sunday
        );
        assert_eq!(
            LocalDay::from_clock(late_sunday_utc, 300.0).weekday(),
            Weekday::Sunday
        );
        // Monday 03:00 UTC is still Sunday evening in New York.
        let early_monday_utc = (MONDAY as f64) * MS_PER_DAY + 3.0 * 3_600_000.0;
        assert_eq!(
            LocalDay::from_clock(early_monday_utc, 300.0).weekday(),
            Weekday::Sunday
        );
        assert_eq!(LocalDay::from_clock(noon(MONDAY), 0.0), LocalDay(MONDAY));
        assert_eq!(LocalDay::from_clock(f64::NAN, 0.0), LocalDay(0));
    }

    #[test]
    fn sleeps_until_the_next_home_day_cross_the_week_boundary() {
        let week = WeekPlan::default();
        let monday = LocalDay(MONDAY);
        assert_eq!(week.on(monday).kind, DayKind::School);
        assert_eq!(week.sleeps_until(monday, DayKind::Home), Some(5));
        assert_eq!(week.sleeps_until(monday.plus(4), DayKind::Home), Some(1));
        // Saturday: tomorrow is a home day too; the next school day is Monday, two sleeps.
        assert_eq!(week.sleeps_until(monday.plus(5), DayKind::Home), Some(1));
        assert_eq!(week.sleeps_until(monday.plus(5), DayKind::School), Some(2));
        assert_eq!(week.sleeps_until(monday.plus(6), DayKind::School), Some(1));
        // Sunday to the next Saturday crosses into the next week.
        assert_eq!(week.sleeps_until(monday.plus(6), DayKind::Home), Some(6));
    }

    #[test]
    fn a_week_without_home_days_has_no_count() {
        let mut week = WeekPlan::default();
        for day in &mut week.days {
            day.kind = DayKind::School;
        }
        assert_eq!(week.sleeps_until(LocalDay(MONDAY), DayKind::Home), None);
        assert_eq!(
            week.sleeps_until(LocalDay(MONDAY), DayKind::School),
            Some(1)
        );
    }

    #[test]
    fn who_picks_up_reads_back_from_settings_saved_before_there_could_be_four() {
        let read = |json: &str| serde_json::from_str::<DayPlan>(json).map(|day| day.pick_up);
        let school = |pick_up: &str| format!(r#"{{"kind":"School","pick_up":{pick_up}}}"#);
        assert_eq!(read(&school(r#""GrownUp""#)).unwrap(), Place::FIRST);
        assert_eq!(read(&school(r#""SecondGrownUp""#)).unwrap(), Place::SECOND);
        let fourth = Place::new(3).unwrap();
        let saved = serde_json::to_string(&DayPlan {
            kind: DayKind::School,
            pick_up: fourth,
        })
        .unwrap();
        assert_eq!(read(&saved).unwrap(), fourth);
        assert!(read(&school("4")).is_err(), "a fifth grown-up");
        assert!(read(&school(r#""Nobody""#)).is_err());
    }

    #[test]
    fn the_week_shown_starts_on_monday_and_marks_today() {
        let mut week = WeekPlan::default();
        week.days[Weekday::Wednesday.index()].pick_up = Place::SECOND;
        let thursday = LocalDay(MONDAY + 3);
        let shown = week.week_of(thursday);
        assert_eq!(shown[0].0, LocalDay(MONDAY));
        assert_eq!(
            shown.iter().filter(|(_, _, today)| *today).count(),
            1,
            "exactly one today"
        );
        assert!(shown[3].2);
        assert_eq!(shown[2].1.pick_up, Place::SECOND);
        assert_eq!(shown[6].1.kind, DayKind::Home);
    }

    #[test]
    fn today_looks_ahead_to_the_other_kind_of_day() {
        let week = WeekPlan::default();
        // Monday at school: five sleeps to Saturday, a home day.
        let (plan, next) = week.today(LocalDay(MONDAY));
        assert_eq!(plan.kind, DayKind::School);
        assert_eq!(next, Some((DayKind::Home, 5)));
        // Friday: one sleep.
        assert_eq!(week.today(LocalDay(MONDAY + 4)).1, Some((DayKind::Home, 1)));
        // Saturday at home: two sleeps to Monday, a school day.
        let (plan, next) = week.today(LocalDay(MONDAY + 5));
        assert_eq!(plan.kind, DayKind::Home);
        assert_eq!(next, Some((DayKind::School, 2)));
        // A week of home days has nothing to count down to.
        let all_home = WeekPlan {
            days: [DayPlan::default(); 7],
        };
        assert_eq!(all_home.today(LocalDay(MONDAY)).1, None);
    }
}
