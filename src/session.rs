//! The session: play time counts only in the games (not on Home, in the parent area or while
//! the tab is hidden). When the parent's chosen length is reached, the game in progress is
//! asked to end gently; then a calm "all done" screen waits for a grown-up.

use bevy::prelude::*;

use crate::{
    dom_mirror::DomMirror,
    flow::{EndGently, InGame, Screen},
    platform,
    settings::Settings,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, start_session);
    app.add_systems(
        Update,
        (
            follow_session_length.run_if(resource_changed::<Settings>),
            count_play_time,
        )
            .chain(),
    );
    app.add_systems(OnEnter(InGame), no_new_game_after_the_end);
}

// The clock itself is plain numbers, in the model crate.
pub use see_you_soon_model::session_clock::SessionClock;

#[derive(Resource, Debug)]
pub struct Session(pub SessionClock);

impl Session {
    /// A new session of the chosen length (after the parent area).
    pub fn restart(&mut self, settings: &Settings) {
        self.0 = SessionClock::new(settings.session_minutes.seconds());
    }
}

fn start_session(mut commands: Commands, settings: Res<Settings>) {
    commands.insert_resource(Session(SessionClock::new(
        settings.session_minutes.seconds(),
    )));
}

fn follow_session_length(settings: Res<Settings>, session: Option<ResMut<Session>>) {
    if let Some(mut session) = session {
        session.0.set_length(settings.session_minutes.seconds());
    }
}

/// Counts the real seconds the tab was shown (`PlayTime`), not the game's animation time:
/// that drops whatever exceeds a frame's step, so on a slow device (or software WebGL) a
/// three-minute session ran long. A hidden tab's time, and a frame longer than any sleep (a
/// laptop lid closed without the tab being hidden), are not play.
fn count_play_time(
    play: Res<crate::frames::PlayTime>,
    in_a_game: Option<Res<State<InGame>>>,
    session: Option<ResMut<Session>>,
    mut end: MessageWriter<EndGently>,
    mut mirror: ResMut<DomMirror>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    let Some(mut session) = session else {
        return;
    };
    let counting = in_a_game.is_some() && !platform::page_hidden();
    if session.0.tick(play.slept + play.step, counting) {
        end.write(EndGently);
    }
    if counting && !session.0.is_over() {
        due.within(session.0.remaining());
    }
    let played = session.0.played() as u32;
    if mirror.played_seconds != played {
        mirror.played_seconds = played;
    }
}

fn no_new_game_after_the_end(session: Option<Res<Session>>, mut next: ResMut<NextState<Screen>>) {
    if session.is_some_and(|s| s.0.is_over()) {
        next.set(Screen::AllDone);
    }
}
