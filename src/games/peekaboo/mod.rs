//! Peekaboo, the toddler's game. `rules` decides what happens, `pose` where everything is at
//! each moment, and `stage` draws it (with `parts`, posed by `posing`) and turns taps into the
//! rules' language.

mod hearts;
mod parts;
mod posing;
pub mod stage;

pub use see_you_soon_model::peekaboo::{pose, rules};

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((stage::plugin, hearts::plugin));
}
