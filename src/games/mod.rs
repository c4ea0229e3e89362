//! The mini-games.

pub mod journey;
pub mod peekaboo;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<EndGently>();
    app.add_plugins((peekaboo::plugin, journey::plugin));
}

/// Sent when the session's time is up: the game in progress lets its current round reach its
/// happy ending, then says goodbye. Nothing is cut off mid-hide.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct EndGently;
