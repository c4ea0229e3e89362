//! The loop every game shares, written once for any [`Rules`]: taps and time go into the
//! rules, what happened comes out as [`Happened`] messages, the page is told what the game is
//! doing, the session's end is passed on, and after the game's last scene it leaves (Home, or
//! All done when the session is over). Each game's screen only draws and answers.

use std::marker::PhantomData;

use bevy::prelude::*;
use see_you_soon_model::play::Rules;

use crate::{
    dom_mirror::DomMirror,
    flow::{EndGently, Screen},
    frames::{NextDue, PlayTime},
    session::Session,
};

/// Rules the loop can run: everything crosses between systems, so it is `Send + Sync`.
pub trait PlayedRules:
    Rules<Tap: Send + Sync + 'static, Happening: Send + Sync + 'static> + Send + Sync + 'static
{
}

impl<R> PlayedRules for R where
    R: Rules<Tap: Send + Sync + 'static, Happening: Send + Sync + 'static> + Send + Sync + 'static
{
}

/// The loop's place in each frame: the rules move in `Rules`; each game's screen answers
/// and draws in `Answer`, after.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaySystems {
    Rules,
    Answer,
}

/// Adds the loop for the game played on `screen`.
pub fn add_game<R: PlayedRules>(app: &mut App, screen: Screen) {
    app.add_message::<Happened<R>>();
    app.configure_sets(Update, (PlaySystems::Rules, PlaySystems::Answer).chain());
    app.add_systems(OnExit(screen), stop::<R>);
    // Before taps reach the rules: a tap after a long still moment finds them where a
    // screen drawing every frame would have.
    app.add_systems(
        PreUpdate,
        catch_up_after_a_sleep::<R>
            .before(bevy::picking::PickingSystems::Input)
            .run_if(in_state(screen)),
    );
    app.add_systems(
        Update,
        (
            wind_down_when_asked::<R>,
            run_rules::<R>,
            leave_after_the_goodbye::<R>,
        )
            .chain()
            .in_set(PlaySystems::Rules)
            .run_if(in_state(screen)),
    );
}

/// The rules of the game on screen.
#[derive(Resource, Debug)]
pub struct Game<R: PlayedRules>(pub R);

/// Something the rules said happened, from a tap or from time passing, for the screen to
/// answer.
#[derive(Debug)]
pub struct Happened<R: PlayedRules>(pub R::Happening);

impl<R: PlayedRules> Message for Happened<R> {}

// By hand: a derive would ask the rules themselves to be `Copy`.
impl<R: PlayedRules> Clone for Happened<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: PlayedRules> Copy for Happened<R> {}

/// What the loop remembers between frames that the rules do not.
#[derive(Resource, Debug)]
pub struct PlayClock<R: PlayedRules> {
    /// Seconds since the game began, for wiggles and little jumps.
    pub seconds: f32,
    finished_at: Option<f32>,
    last_boop: Option<f32>,
    rules: PhantomData<fn() -> R>,
}

impl<R: PlayedRules> Default for PlayClock<R> {
    fn default() -> Self {
        Self {
            seconds: 0.0,
            finished_at: None,
            last_boop: None,
            rules: PhantomData,
        }
    }
}

/// The least time between two "boops" of tapping: a toddler drumming hears a beat, not a buzz.
const BOOP_GAP_SECONDS: f32 = 0.35;

impl<R: PlayedRules> PlayClock<R> {
    /// Whether a boop may play now (and, if so, notes that it did).
    pub fn boop_now(&mut self) -> bool {
        let quiet_enough = self
            .last_boop
            .is_none_or(|at| self.seconds - at >= BOOP_GAP_SECONDS);
        if quiet_enough {
            self.last_boop = Some(self.seconds);
        }
        quiet_enough
    }
}

/// Starts a game: its rules, its clock, its first happening and its first line on the page.
pub fn start<R: PlayedRules>(
    commands: &mut Commands,
    (rules, first): (R, R::Happening),
    happened: &mut MessageWriter<Happened<R>>,
    mirror: &mut DomMirror,
) {
    mirror.state = rules.label();
    happened.write(Happened(first));
    commands.insert_resource(Game(rules));
    commands.insert_resource(PlayClock::<R>::default());
}

fn stop<R: PlayedRules>(mut commands: Commands, mut mirror: ResMut<DomMirror>) {
    commands.remove_resource::<Game<R>>();
    commands.remove_resource::<PlayClock<R>>();
    mirror.state.clear();
}

/// Gives the rules a tap and passes on what happened.
pub fn send_tap<R: PlayedRules>(
    game: Option<ResMut<Game<R>>>,
    happened: &mut MessageWriter<Happened<R>>,
    tap: R::Tap,
) {
    if let Some(mut game) = game {
        happened.write_batch(game.0.tap(tap).into_iter().map(Happened));
    }
}

/// An observer of presses that gives the rules a tap.
pub trait TapObserver<R: PlayedRules>:
    Fn(On<Pointer<Press>>, Option<ResMut<Game<R>>>, MessageWriter<Happened<R>>)
{
}

impl<R: PlayedRules, F> TapObserver<R> for F where
    F: Fn(On<Pointer<Press>>, Option<ResMut<Game<R>>>, MessageWriter<Happened<R>>)
{
}

/// For a thing that means something: the tap is handled here, not again by the screen behind.
pub fn tap_as<R: PlayedRules>(tap: R::Tap) -> impl TapObserver<R> {
    move |mut press, game, mut happened| {
        press.propagate(false);
        send_tap(game, &mut happened, tap);
    }
}

/// For the screen behind everything: a tap that landed on nothing in particular.
pub fn tap_behind<R: PlayedRules>(tap: R::Tap) -> impl TapObserver<R> {
    move |_press, game, mut happened| send_tap(game, &mut happened, tap)
}

fn wind_down_when_asked<R: PlayedRules>(
    mut asked: MessageReader<EndGently>,
    mut game: ResMut<Game<R>>,
    mut happened: MessageWriter<Happened<R>>,
) {
    if asked.read().count() > 0 {
        happened.write_batch(game.0.wind_down().into_iter().map(Happened));
    }
}

/// The rules' time while the engine slept (nothing was due, or it woke for what was).
fn catch_up_after_a_sleep<R: PlayedRules>(
    play: Res<PlayTime>,
    game: Option<ResMut<Game<R>>>,
    clock: Option<ResMut<PlayClock<R>>>,
    mut happened: MessageWriter<Happened<R>>,
) {
    if let (Some(mut game), Some(mut clock)) = (game, clock)
        && play.slept > 0.0
    {
        clock.seconds += play.slept;
        happened.write_batch(game.0.tick(play.slept).into_iter().map(Happened));
    }
}

/// Real seconds, not animation time: the rules keep promises ("back within 8 s").
fn run_rules<R: PlayedRules>(
    play: Res<PlayTime>,
    mut game: ResMut<Game<R>>,
    mut clock: ResMut<PlayClock<R>>,
    mut happened: MessageWriter<Happened<R>>,
    mut mirror: ResMut<DomMirror>,
    mut due: ResMut<NextDue>,
) {
    clock.seconds += play.step;
    happened.write_batch(game.0.tick(play.step).into_iter().map(Happened));
    let label = game.0.label();
    if mirror.state != label {
        mirror.state = label;
    }
    if let Some(seconds) = game.0.next_due() {
        due.within(seconds);
    }
}

/// After the last scene, its caption stays [`Rules::GOODBYE_SECONDS`], then the game leaves.
fn leave_after_the_goodbye<R: PlayedRules>(
    mut happened: MessageReader<Happened<R>>,
    mut clock: ResMut<PlayClock<R>>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
    mut due: ResMut<NextDue>,
) {
    if clock.finished_at.is_none() && happened.read().any(|h| h.0 == R::FINISHED) {
        clock.finished_at = Some(clock.seconds);
    }
    if let Some(at) = clock.finished_at {
        let left = R::GOODBYE_SECONDS - (clock.seconds - at);
        if left <= 0.0 {
            next.set(super::screen_after_the_goodbye(session.as_deref()));
        } else {
            due.within(left);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counting;

    impl Rules for Counting {
        type Tap = ();
        type Happening = u8;
        const FINISHED: u8 = 0;
        const GOODBYE_SECONDS: f32 = 1.0;
        fn tap(&mut self, _: ()) -> Vec<u8> {
            vec![1]
        }
        fn tick(&mut self, _: f32) -> Vec<u8> {
            Vec::new()
        }
        fn wind_down(&mut self) -> Vec<u8> {
            Vec::new()
        }
        fn label(&self) -> String {
            String::new()
        }
        fn next_due(&self) -> Option<f32> {
            None
        }
    }

    #[test]
    fn a_toddler_drumming_hears_a_beat_not_a_buzz() {
        let mut clock = PlayClock::<Counting>::default();
        let mut heard = 0;
        // Taps every 0.1 s for two seconds: a boop at most every 0.35 s.
        for _ in 0..20 {
            clock.seconds += 0.1;
            heard += usize::from(clock.boop_now());
        }
        assert!((5..=6).contains(&heard), "{heard} boops");
    }
}
