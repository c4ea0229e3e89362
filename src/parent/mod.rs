//! The grown-ups' part: the gate that keeps toddlers out, and behind it the settings, the
//! drop-off plan, the practice ladder, things to print and the quiet log.

pub mod area;
pub mod gate_screen;
pub mod log_section;
pub mod notes;
pub mod practice_section;
pub mod print_section;
pub mod printables;

pub use see_you_soon_model::gate;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((gate_screen::plugin, area::plugin));
}
