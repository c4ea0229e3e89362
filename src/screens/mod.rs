//! The screens and how the child moves between them.

mod all_done;
mod home;

pub use home::CARD_CAPTIONS;
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
