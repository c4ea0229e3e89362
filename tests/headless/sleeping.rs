//! The engine sleeps while nothing moves (`frames.rs`): simulated here by giving each frame
//! the time the browser would have slept before it (a frame's worth after a frame that asked
//! for the next, the time to the next due moment otherwise). Every game still reaches its
//! next happening on time, and a still moment costs a handful of frames, not one every 60th of
//! a second.

use std::time::Duration;

use bevy::{
    ecs::message::MessageCursor, picking::pointer::PointerId, prelude::*, time::TimeUpdateStrategy,
    window::RequestRedraw,
};
use see_you_soon::{
    flow::Screen,
    frames::{LONGEST_SLEEP, NextDue},
    games::peekaboo::rules::Timing,
};

use crate::support::*;

/// A game that sleeps as the browser would let it.
struct Sleeper {
    cursor: MessageCursor<RequestRedraw>,
    /// Simulated seconds since the sleeper started.
    clock: f32,
    frames: usize,
}

impl Sleeper {
    fn new() -> Self {
        Self {
            cursor: MessageCursor::default(),
            clock: 0.0,
            frames: 0,
        }
    }

    /// One frame, after the sleep the last frame asked for.
    fn frame(&mut self, app: &mut App) {
        let redraw = {
            let messages = app.world().resource::<Messages<RequestRedraw>>();
            self.cursor.read(messages).count() > 0
        };
        let due = app.world().resource::<NextDue>().seconds();
        let sleep = match due {
            _ if redraw => 1.0 / 60.0,
            Some(seconds) => seconds + 0.005,
            None => LONGEST_SLEEP.as_secs_f32(),
        };
        app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs_f32(
            sleep,
        )));
        app.update();
        self.clock += sleep;
        self.frames += 1;
    }

    /// Frames until the mirrored state contains `part`: the simulated seconds and frames.
    fn until_state(&mut self, app: &mut App, part: &str, limit_seconds: f32) -> (f32, usize) {
        let (start, frames) = (self.clock, self.frames);
        while !mirror(app).state.contains(part) {
            assert!(
                self.clock - start < limit_seconds,
                "no {part:?} within {limit_seconds} s; state {:?}",
                mirror(app).state
            );
            self.frame(app);
        }
        (self.clock - start, self.frames - frames)
    }
}

#[test]
fn a_sleeping_peekaboo_still_reveals_within_its_ceiling_and_sleeps_while_hidden() {
    let mut app = headless_game();
    start_to_home(&mut app);
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Peekaboo, 5);
    let mut sleeper = Sleeper::new();
    for round in 0..3 {
        sleeper.until_state(
            &mut app,
            ":hidden:",
            Timing::SHOWING + Timing::CUP_HIDING + 1.0,
        );
        let (seconds, frames) =
            sleeper.until_state(&mut app, ":revealing:", Timing::HIDDEN_CEILING + 0.5);
        assert!(
            seconds <= Timing::HIDDEN_CEILING + 0.1,
            "round {round}: revealed after {seconds} s hidden"
        );
        assert!(
            frames <= 5,
            "round {round}: {frames} frames while hidden for {seconds:.2} s"
        );
        sleeper.until_state(
            &mut app,
            ":showing:",
            Timing::REVEALING + Timing::CELEBRATING + 1.0,
        );
    }
}
