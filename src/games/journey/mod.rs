//! The journey home, the preschooler's game. `rules` decides what happens and when, `story`
//! gives each theme its words and pictures, and `screen` draws it and turns taps into the
//! rules' language.

mod clock;
mod doorstep;
mod hearts;
mod meanwhile;
mod scenery;
pub mod screen;
mod traffic_light;
mod way_home;

pub use see_you_soon_model::journey::{pose, rules, story};

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(screen::plugin);
}
