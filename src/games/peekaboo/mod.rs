//! Peekaboo, the toddler's game. `rules` decides what happens, `pose` where everything is at
//! each moment, and `stage` draws it and turns taps into the rules' language.

mod hearts;
pub mod stage;

pub use see_you_soon_model::peekaboo::{pose, rules};

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((stage::plugin, hearts::plugin));
}
