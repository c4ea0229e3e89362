//! The session: play time counts only in the games (not on Home, in the parent area or while
//! the tab is hidden). When the parent's chosen length is reached, the game in progress is
//! asked to end gently; then a calm "all done" screen waits for a grown-up.

use bevy::prelude::*;

use crate::{
    dom_mirror::DomMirror,
    flow::{EndGently, Screen},
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
    app.add_systems(OnEnter(Screen::Peekaboo), no_new_game_after_the_end);
    app.add_systems(OnEnter(Screen::Journey), no_new_game_after_the_end);
    app.add_systems(OnEnter(Screen::Calendar), no_new_game_after_the_end);
    app.add_systems(OnEnter(Screen::Morning), no_new_game_after_the_end);
}

/// Play time against the session length, in plain numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionClock {
    played: f32,
    length: f32,
    ended: bool,
}

impl SessionClock {
    pub fn new(length_seconds: f32) -> Self {
        Self {
            played: 0.0,
            length: length_seconds.max(1.0),
            ended: false,
        }
    }

    /// Counts `seconds` if `counting`; true exactly once, when the time runs out.
    pub fn tick(&mut self, seconds: f32, counting: bool) -> bool {
        if !counting || self.ended {
            return false;
        }
        self.played += seconds.max(0.0);
        if self.played >= self.length {
            self.ended = true;
            return true;
        }
        false
    }

    /// The parent changed the length: the time already played still counts.
    pub fn set_length(&mut self, length_seconds: f32) {
        self.length = length_seconds.max(1.0);
    }

    pub fn is_over(&self) -> bool {
        self.ended
    }

    pub fn played(&self) -> f32 {
        self.played
    }

    pub fn remaining(&self) -> f32 {
        (self.length - self.played).max(0.0)
    }
}

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

/// The longest single frame the clock believes. A tab that slept without a `visibilitychange`
/// (a closed laptop lid) comes back with one huge frame; that is not play.
const LONGEST_COUNTED_FRAME: f32 = 1.0;

/// Counts wall-clock time, not the game's virtual time: virtual time drops whatever exceeds
/// 250 ms a frame, so on a slow device (or software WebGL) a three-minute session ran long.
fn count_play_time(
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    session: Option<ResMut<Session>>,
    mut end: MessageWriter<EndGently>,
    mut mirror: ResMut<DomMirror>,
) {
    let Some(mut session) = session else {
        return;
    };
    let in_a_game = screen.get().is_a_game();
    let counting = in_a_game && !platform::page_hidden();
    if session
        .0
        .tick(time.delta_secs().min(LONGEST_COUNTED_FRAME), counting)
    {
        end.write(EndGently);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_counted_time_brings_the_end_and_only_once() {
        let mut clock = SessionClock::new(180.0);
        assert!(
            !clock.tick(500.0, false),
            "Home and hidden tabs do not count"
        );
        assert_eq!(clock.played(), 0.0);
        assert!(!clock.tick(179.0, true));
        assert!(clock.tick(1.0, true));
        assert!(clock.is_over());
        assert!(!clock.tick(10.0, true), "the end comes once");
    }

    #[test]
    fn a_new_length_keeps_the_time_played() {
        let mut clock = SessionClock::new(600.0);
        clock.tick(200.0, true);
        clock.set_length(180.0);
        assert!(clock.tick(0.1, true), "already past three minutes");
        let mut shorter = SessionClock::new(-5.0);
        assert!(shorter.tick(1.0, true), "a nonsense length still ends");
    }

    #[test]
    fn negative_frames_do_not_rewind() {
        let mut clock = SessionClock::new(60.0);
        clock.tick(30.0, true);
        clock.tick(-100.0, true);
        assert_eq!(clock.played(), 30.0);
        assert_eq!(clock.remaining(), 30.0);
    }
}
