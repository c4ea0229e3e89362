//! The look and feel shared by every screen: colours, big buttons, captions and the layout
//! rules that keep targets large and away from the screen's edges.

pub mod figure;
pub mod hold;
pub mod interaction;
pub mod letters;
pub mod palette;
pub mod widget;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ClearColor(palette::BACKGROUND));
    app.add_plugins((interaction::plugin, hold::plugin, figure::plugin));
}

/// Common imports for screens.
pub mod prelude {
    pub use super::{hold::HoldToActivate, interaction::PressBounce, palette, widget};
}
