//! The shape every game's rules share, so the game's loop (time passing, taps, the session's
//! gentle end, the goodbye) is written once and each game only answers what happened.

/// A game's rules: they change only through taps, time and the session's end, and say what
/// happened as a list the screen answers in order.
pub trait Rules {
    /// What a tap lands on, as far as these rules care.
    type Tap: Copy;
    /// What the screen should show or say.
    type Happening: Copy + PartialEq;

    /// The happening after which only the goodbye is left.
    const FINISHED: Self::Happening;
    /// How long the last caption stays after [`Rules::FINISHED`] before the game leaves.
    const GOODBYE_SECONDS: f32;

    /// A tap. Every tap gets an answer in the list (a wobble at least, in the games that
    /// wobble); none can stall the game.
    fn tap(&mut self, tap: Self::Tap) -> Vec<Self::Happening>;
    /// Time passing: what began, in order.
    fn tick(&mut self, seconds: f32) -> Vec<Self::Happening>;
    /// The session's time is up: the game heads for its happy ending. Returns what changed at
    /// once.
    fn wind_down(&mut self) -> Vec<Self::Happening>;
    /// What the game is doing in a few words (`blanket:hidden:round-2`), for the page.
    fn label(&self) -> String;
    /// Seconds until time alone makes something happen (`None`: only a tap can). A screen
    /// that draws only when something moves sleeps until then.
    fn next_due(&self) -> Option<f32>;
}
