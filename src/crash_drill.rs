//! A fault drill: with `?crash-drill` in the address the game panics when Home opens, so a
//! browser test can check what a parent sees when the game fails: the page's calm "Something
//! went wrong" over the canvas (`web/boot.js`), and a tap that starts again with the settings
//! kept. Without the flag this does nothing.

use bevy::prelude::*;

use crate::{flow::Screen, platform};

pub(super) fn plugin(app: &mut App) {
    if platform::crash_drill() {
        app.add_systems(OnEnter(Screen::Home), fail_on_purpose);
    }
}

fn fail_on_purpose() {
    panic!("crash drill: the game failed on purpose (?crash-drill in the address)");
}
