//! A hidden tab pauses the game. The game's clock stops, so every timer (how long the grown-up
//! hides, how far along the way home they are) resumes where it was when the tab comes back.
//! Browsers stop drawing a hidden tab; this also covers one that keeps drawing. The page stops
//! speech and audio (`web/boot.js`), the music fades (`sound.rs`) and the session clock does
//! not count hidden time (`session.rs`).

use bevy::{prelude::*, time::TimeSystems};

use crate::platform;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(First, follow_the_tab.before(TimeSystems));
}

/// Pauses virtual time while the tab is hidden, and unpauses only a pause of its own.
fn follow_the_tab(mut time: ResMut<Time<Virtual>>, mut paused_here: Local<bool>) {
    let hidden = platform::page_hidden();
    if hidden && !time.is_paused() {
        time.pause();
        *paused_here = true;
    } else if !hidden && *paused_here {
        time.unpause();
        *paused_here = false;
    }
}
