//! The week calendar, headless: what it says about today from the device clock and time zone,
//! who picks up, the sleeps until a home day, and what a tap on a day says.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{
    flow::Screen,
    games::calendar::{
        rules::{DayKind, DayPlan},
        screen::DAY_TARGETS,
    },
    platform,
    settings::{GrownUp, Look, Place, ReturnAnchor, Settings},
};

use crate::support::*;

const MS_PER_DAY: f64 = 86_400_000.0;
/// Monday 23 November 2026, 00:00 UTC.
const MONDAY_UTC_MS: f64 = 20_780.0 * MS_PER_DAY;

fn spoken_since(from: usize) -> Vec<String> {
    platform::spoken_lines()[from..].to_vec()
}

fn open_calendar(app: &mut App) {
    start_to_home(app);
    let card = target(app, "calendar");
    press(app, card, PointerId::Touch(1));
    run_until(app, Screen::Calendar, 5);
}

/// Runs frames until the voice has been given `line`, failing after ten seconds of play.
fn run_until_said(app: &mut App, line: &str) {
    for _ in 0..300 {
        if platform::spoken_lines().iter().any(|said| said == line) {
            return;
        }
        app.update();
    }
    panic!("never said {line:?}; said {:?}", platform::spoken_lines());
}

#[test]
fn the_calendar_says_today_who_picks_up_and_the_sleeps_until_a_home_day() {
    // Monday, 08:00 in Paris.
    platform::set_clock(Some((MONDAY_UTC_MS + 7.0 * 3_600_000.0, -60.0)));
    let mut app = headless_game();
    {
        let mut settings = app.world_mut().resource_mut::<Settings>();
        settings.child_name = "Zoë".into();
        settings.return_anchor = ReturnAnchor::AfterSnack;
        // Grandpa, the fourth grown-up, picks up on Mondays.
        let fourth = Place::new(3).unwrap();
        settings.grown_ups.set(
            fourth,
            GrownUp {
                name: "Grandpa".into(),
                look: Look::Fox,
            },
        );
        settings.week.days[0].pick_up = fourth;
        settings.week.days[3] = DayPlan {
            kind: DayKind::Home,
            pick_up: Place::FIRST,
        };
    }
    let before = platform::spoken_lines().len();
    open_calendar(&mut app);
    assert_eq!(mirror(&app).screen, "calendar");
    assert_eq!(mirror(&app).state, "today-school-then-home-in-3");
    run_until_said(&mut app, "Three sleeps until a home day.");
    assert_eq!(
        spoken_since(before)[1..],
        [
            "Today is a school day. Grandpa picks you up after snack.",
            "Three sleeps until a home day.",
        ]
    );

    let ids = target_ids(&mut app);
    for id in DAY_TARGETS.iter().chain(&["today", "sleeps", "leave"]) {
        assert!(ids.contains(id), "{id} missing from {ids:?}");
    }

    let thursday = target(&mut app, "day-thu");
    press(&mut app, thursday, PointerId::Touch(2));
    run_until_said(&mut app, "Thursday is a home day.");
    let tuesday = target(&mut app, "day-tue");
    press(&mut app, tuesday, PointerId::Touch(3));
    run_until_said(&mut app, "Tuesday is a school day. Mummy picks you up.");
    assert_eq!(
        mirror(&app).caption,
        "Tuesday is a school day. Mummy picks you up."
    );
    // The big card shows the day tapped.
    assert_eq!(
        mirror(&app).state,
        "today-school-then-home-in-3 shows-day-tue"
    );
    platform::set_clock(None);
}

#[test]
fn today_is_the_day_where_the_family_lives() {
    // Sunday 23:30 UTC: already Monday in Paris, still Sunday in New York.
    let late_sunday = MONDAY_UTC_MS - 30.0 * 60_000.0;
    for (offset, state, line) in [
        (
            -60.0,
            "today-school-then-home-in-5",
            "Today is a school day. Mummy picks you up after nap.",
        ),
        (
            300.0,
            "today-home-then-school-in-1",
            "Today is a home day, with Mummy!",
        ),
    ] {
        platform::set_clock(Some((late_sunday, offset)));
        let mut app = headless_game();
        open_calendar(&mut app);
        assert_eq!(mirror(&app).state, state, "offset {offset}");
        run_until_said(&mut app, line);
    }
    platform::set_clock(None);
}
