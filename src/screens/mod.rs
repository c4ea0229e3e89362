//! The screens and how the child moves between them.

mod all_done;
mod home;

pub use home::{
    CALENDAR_CAPTION, JOURNEY_CAPTION, MORNING_CAPTION, MY_TURN_CAPTION, PEEKABOO_CAPTION,
};
mod loading;
mod start;
mod who_hides;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        loading::plugin,
        start::plugin,
        home::plugin,
        all_done::plugin,
    ));
}
