//! The promise a screen that sleeps relies on: each game's rules say when time alone will next
//! make something happen, and nothing happens before then. A screen that wakes exactly then
//! keeps every timing promise ("back within 8 s", "home when the hand reaches the heart").

use see_you_soon_model::{
    journey::rules::{Journey, Tap as JourneyTap},
    morning::Rehearsal,
    peekaboo::rules::{Ladder, Peekaboo, Tap as PeekabooTap},
    play::Rules,
};

/// Just before and just after a due moment, in seconds.
const MARGIN: f32 = 0.01;

/// Sleeps through each due moment as a still screen would, tapping now and then (`tap_at`
/// gives the tap for a moment's number, if any), and winding down after `wind_down_after`
/// moments. Returns how many moments passed before the game finished.
fn sleep_through<R: Rules<Happening: std::fmt::Debug>>(
    mut game: R,
    tap_at: impl Fn(u32) -> Option<R::Tap>,
    wind_down_after: u32,
) -> u32 {
    for moment in 0..2_000 {
        let mut at_once = Vec::new();
        if moment == wind_down_after {
            at_once.extend(game.wind_down());
        }
        if let Some(tap) = tap_at(moment) {
            at_once.extend(game.tap(tap));
        }
        if at_once.contains(&R::FINISHED) {
            assert_eq!(game.next_due(), None, "a finished game sleeps until a tap");
            return moment;
        }
        let Some(due) = game.next_due() else {
            panic!(
                "moment {moment}: nothing is due and the game has not finished ({})",
                game.label()
            );
        };
        let before = game.label();
        if due > 2.0 * MARGIN {
            let early = game.tick(due - MARGIN);
            assert!(
                early.is_empty(),
                "moment {moment} ({before}): {early:?} came {MARGIN} s before it was due in {due} s"
            );
        }
        let on_time = game.tick(2.0 * MARGIN);
        assert!(
            !on_time.is_empty(),
            "moment {moment} ({before}): nothing happened when due in {due} s"
        );
        if on_time.contains(&R::FINISHED) {
            assert_eq!(game.next_due(), None, "a finished game sleeps until a tap");
            return moment;
        }
    }
    panic!("the game never finished");
}

#[test]
fn peekaboo_says_when_each_phase_ends_in_every_style() {
    for seed in [1, 7, 42, 1234, 99_999] {
        let (game, _) = Peekaboo::new(Ladder::default(), seed);
        // Taps now and then: on the hiding place, on cups, elsewhere.
        let tap = |moment: u32| match moment % 7 {
            2 => Some(PeekabooTap::HidingPlace),
            4 => Some(PeekabooTap::Cup((moment % 3) as u8)),
            5 => Some(PeekabooTap::Elsewhere),
            _ => None,
        };
        sleep_through(game, tap, 60);
        let (untouched, _) = Peekaboo::new(Ladder::starting_at(30.0), seed);
        sleep_through(untouched, |_| None, 40);
    }
}

#[test]
fn the_journey_says_when_each_step_stage_and_arrival_is_due() {
    for length in [60.0, 180.0, 600.0] {
        let (game, _) = Journey::new(length);
        // Untouched from goodbye to reunion: every step waits, then acts by itself.
        assert!(sleep_through(game, |_| None, u32::MAX) > 10);
        // Helped on the way, colouring meanwhile, and hurried home by the session's end.
        let (helped, _) = Journey::new(length);
        let tap = |moment: u32| match moment % 4 {
            0 => Some(JourneyTap::Step),
            1 => Some(JourneyTap::Help),
            2 => Some(JourneyTap::Area((moment % 5) as u8)),
            _ => None,
        };
        sleep_through(helped, tap, 12);
    }
}

#[test]
fn the_morning_goodbye_says_when_each_step_moves_on() {
    let (game, _) = Rehearsal::new();
    sleep_through(game, |_| None, u32::MAX);
    let (tapped, _) = Rehearsal::new();
    sleep_through(tapped, |moment| (moment % 2 == 0).then_some(()), 5);
}
