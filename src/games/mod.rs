//! The mini-games.

pub mod calendar;
mod device;
pub mod house;
pub mod journey;
pub mod love;
pub mod morning;
pub mod peekaboo;
pub mod play_loop;

use bevy::prelude::*;

use crate::settings::{Place, Settings};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PeekabooWith>();
    app.add_plugins((
        peekaboo::plugin,
        journey::plugin,
        calendar::plugin,
        love::plugin,
        morning::plugin,
        device::plugin,
    ));
}

/// Who the child plays peekaboo with: chosen on Home when the family has several grown-ups.
/// With nobody chosen, it is today's grown-up.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PeekabooWith(pub Option<Place>);

impl PeekabooWith {
    /// The grown-up who hides: the one chosen, while they are still in the family; otherwise
    /// today's grown-up.
    pub fn place(&self, settings: &Settings) -> Place {
        self.0
            .filter(|place| settings.grown_ups.get(*place).is_some())
            .unwrap_or(settings.grown_ups.away_today_place())
    }
}

/// Where a game goes once its last scene has been said: All done if the session is over,
/// otherwise Home.
pub fn screen_after_the_goodbye(session: Option<&crate::session::Session>) -> crate::flow::Screen {
    if session.is_some_and(|s| s.0.is_over()) {
        crate::flow::Screen::AllDone
    } else {
        crate::flow::Screen::Home
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
            |_: On<HoldComplete>, mut next: ResMut<NextState<crate::flow::Screen>>| {
                next.set(crate::flow::Screen::Home);
            },
        );
}
