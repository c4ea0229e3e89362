//! The week calendar, for preschoolers: which days are school days and which are home days,
//! who picks up, and how many sleeps until the next home day. `rules` is the day logic in plain
//! numbers; `screen` shows and says it, `day_card` draws the day shown big.

mod day_card;
mod pictures;
pub mod screen;

pub use see_you_soon_model::calendar as rules;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((screen::plugin, day_card::plugin));
}
