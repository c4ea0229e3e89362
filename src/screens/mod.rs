//! The screens and how the child moves between them.

mod all_done;
mod home;

pub use home::{
    CALENDAR_CAPTION, JOURNEY_CAPTION, MORNING_CAPTION, MY_TURN_CAPTION, PEEKABOO_CAPTION,
};
mod loading;
mod start;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        loading::plugin,
        start::plugin,
        home::plugin,
        all_done::plugin,
    ));
}

/// The screen the game is on. Entities spawned for a screen carry `DespawnOnExit(screen)`.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Fetching the font and pictures (the page's own loading indicator still shows).
    #[default]
    Loading,
    /// One big "tap to start": the first tap also lets the browser play sound.
    Start,
    /// Choose a game.
    Home,
    /// Peekaboo, for toddlers.
    Peekaboo,
    /// The grown-up's journey home, for preschoolers.
    Journey,
    /// The week as pictures: school days, home days, sleeps until the next home day.
    Calendar,
    /// A minute-long goodbye to practise the drop-off.
    Morning,
    /// The grown-ups' gate: a number to key in.
    ParentGate,
    /// The grown-ups' settings.
    ParentArea,
    /// The session is over: a calm goodbye until a grown-up steps in.
    AllDone,
}
