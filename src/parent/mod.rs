//! The grown-ups' part: the gate that keeps toddlers out, and the settings behind it.

pub mod area;
pub mod gate_screen;

pub use see_you_soon_model::gate;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((gate_screen::plugin, area::plugin));
}
