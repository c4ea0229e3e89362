//! The mini-games.

pub mod calendar;
mod device;
pub mod journey;
pub mod love;
pub mod morning;
pub mod peekaboo;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<EndGently>();
    app.add_plugins((
        peekaboo::plugin,
        journey::plugin,
        calendar::plugin,
        love::plugin,
        morning::plugin,
        device::plugin,
    ));
}

/// Sent when the session's time is up: the game in progress lets its current round reach its
/// happy ending, then says goodbye. Nothing is cut off mid-hide.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct EndGently;

/// Where a game goes once its last scene has been said: All done if the session is over,
/// otherwise Home.
pub fn screen_after_the_goodbye(
    session: Option<&crate::session::Session>,
) -> crate::screens::Screen {
    if session.is_some_and(|s| s.0.is_over()) {
        crate::screens::Screen::AllDone
    } else {
        crate::screens::Screen::Home
    }
}

pub use crate::sound::play;

/// The quiet corner house every game screen has: a grown-up's hold (not a child's tap) goes
/// back Home.
pub fn spawn_leave_corner(commands: &mut Commands, root: Entity, home: Handle<Image>) {
    use crate::theme::{
        hold::HoldComplete,
        widget::{self, Corner},
    };
    commands
        .spawn((
            widget::corner_hold_button("leave", home, Corner::TopLeft),
            ChildOf(root),
        ))
        .observe(
            |_: On<HoldComplete>, mut next: ResMut<NextState<crate::screens::Screen>>| {
                next.set(crate::screens::Screen::Home);
            },
        );
}
