//! Where the child is in the game: the screen, whether a game is on it, whose turn it is to go
//! away, and the session's gentle end. Everything that reacts to moving between screens uses
//! these, so they sit low, with nothing of the game under them but the model.

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_computed_state::<InGame>();
    app.add_message::<EndGently>();
    app.init_resource::<ChildsTurn>();
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

impl Screen {
    pub const ALL: [Screen; 10] = [
        Screen::Loading,
        Screen::Start,
        Screen::Home,
        Screen::Peekaboo,
        Screen::Journey,
        Screen::Calendar,
        Screen::Morning,
        Screen::ParentGate,
        Screen::ParentArea,
        Screen::AllDone,
    ];

    /// The page's `data-screen` while this screen shows: part of the page's contract with
    /// tests and assistive tools, so these names never change.
    pub fn page_name(self) -> &'static str {
        match self {
            Screen::Loading => "loading",
            Screen::Start => "start",
            Screen::Home => "home",
            Screen::Peekaboo => "peekaboo",
            Screen::Journey => "journey",
            Screen::Calendar => "calendar",
            Screen::Morning => "morning",
            Screen::ParentGate => "parent-gate",
            Screen::ParentArea => "parent-area",
            Screen::AllDone => "all-done",
        }
    }

    /// The screens where the child plays: they count against the session, and each ends
    /// gently when asked.
    pub fn is_a_game(self) -> bool {
        matches!(
            self,
            Screen::Peekaboo | Screen::Journey | Screen::Calendar | Screen::Morning
        )
    }
}

/// Present while a game is on screen: the one answer to "is the child playing".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InGame;

impl ComputedStates for InGame {
    type SourceStates = Screen;

    fn compute(screen: Screen) -> Option<Self> {
        screen.is_a_game().then_some(InGame)
    }
}

/// Sent when the session's time is up: the game in progress lets its current round reach its
/// happy ending, then says goodbye. Nothing is cut off mid-hide.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct EndGently;

/// Whose turn it is to go away: set by the card chosen on Home. On the child's turn the child
/// goes to school and comes home, and the grown-up waits.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ChildsTurn(pub bool);

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_screen_has_its_own_page_name() {
        let names: BTreeSet<_> = Screen::ALL.iter().map(|s| s.page_name()).collect();
        assert_eq!(names.len(), Screen::ALL.len());
    }

    #[test]
    fn only_the_four_games_count_as_play() {
        let games: Vec<_> = Screen::ALL.into_iter().filter(|s| s.is_a_game()).collect();
        assert_eq!(
            games,
            [
                Screen::Peekaboo,
                Screen::Journey,
                Screen::Calendar,
                Screen::Morning
            ]
        );
    }
}
