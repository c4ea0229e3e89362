//! The morning goodbye practice: a one-minute rehearsal of the drop-off. `rules` is its steps
//! and timings in plain Rust; `screen` shows and says them.

pub mod screen;

pub use see_you_soon_model::morning as rules;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(screen::plugin);
}
