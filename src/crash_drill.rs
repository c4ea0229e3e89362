//! A fault drill: with `?crash-drill` in the address the game panics when Home opens, so a
//! browser test can check what a parent sees when the game fails: the page's calm "Something
//! went wrong" over the canvas (`web/boot.js`), and a tap that starts again with the settings
//! kept. With `?crash-drill-while-starting` it panics before anything shows, as when the
//! graphics cannot be found: the page starts once more by itself, then gives the message.
//! Without either flag this does nothing.

use bevy::prelude::*;

use crate::{
    flow::Screen,
    platform::{self, CrashDrill},
};

pub(super) fn plugin(app: &mut App) {
    match platform::crash_drill() {
        Some(CrashDrill::AtHome) => {
            app.add_systems(OnEnter(Screen::Home), fail_on_purpose);
        }
        Some(CrashDrill::WhileStarting) => {
            app.add_systems(Startup, fail_on_purpose);
        }
        None => {}
    }
}

fn fail_on_purpose() {
    panic!("crash drill: the game failed on purpose (?crash-drill in the address)");
}
