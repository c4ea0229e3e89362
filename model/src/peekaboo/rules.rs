//! The rules of peekaboo, in plain Rust: no rendering, no engine, driven by `tick` and `tap`.
//!
//! A round goes: the grown-up is **shown**, then **hides** (a short animation), stays
//! **hidden** until a tap or until the wait runs out, then is **revealed** with a small
//! celebration. The one promise: every hide ends in a reveal within [`Timing::HIDDEN_CEILING`]
//! seconds, whatever the child does or does not do.

/// Every number of the game, in one place. Seconds unless named otherwise.
pub struct Timing;

impl Timing {
    /// How long the grown-up stays in view before the next hide.
    pub const SHOWING: f32 = 1.5;
    /// The hiding animation (hands coming up, blanket dropping, door closing).
    pub const HIDING: f32 = 0.8;
    /// In cup rounds the toy first slides under its cup, then the cups come down: slower, so
    /// the move is easy to follow.
    pub const CUP_HIDING: f32 = 1.8;
    /// The reveal animation.
    pub const REVEALING: f32 = 0.6;
    /// The celebration after a reveal: hearts, the name, a chime.
    pub const CELEBRATING: f32 = 2.0;

    /// The separation ladder: the wait before an unprompted reveal starts here…
    pub const LADDER_START: f32 = 2.0;
    /// …grows by this much after each calm round…
    pub const LADDER_STEP_UP: f32 = 0.5;
    /// …steps back by this much after an unsure round…
    pub const LADDER_STEP_DOWN: f32 = 1.0;
    /// …and never goes above this. No hide lasts longer, taps or not.
    pub const HIDDEN_CEILING: f32 = 8.0;
    /// Below this wait the grown-up hides only partly (feet under the blanket, a hand round
    /// the door): infants find a partly hidden person months before a wholly hidden one.
    pub const PARTLY_HIDDEN_BELOW: f32 = 4.0;

    /// Taps while hidden that mark a round as unsure (the child is looking for the grown-up).
    pub const UNSURE_TAPS: u32 = 5;
    /// In the cup rounds, the right cup wiggles and the toy peeks out after this long.
    pub const CUP_HINT_AFTER: f32 = 3.0;
}

/// How the grown-up (or the toy) disappears this round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HidingStyle {
    /// "Where's Mummy?" — hands over the face.
    HandsOverFace,
    /// A blanket drops over the grown-up; a tap pulls it off.
    Blanket,
    /// The grown-up steps behind a door; a tap opens it.
    Door,
    /// A toy is covered; a tap finds it.
    ToyUnderCover,
    /// A toy goes under one of `cups` cups, moved in plain sight.
    ToyUnderCups { cups: u8 },
}

impl HidingStyle {
    /// The order rounds go through; later rounds cycle the last few so play continues.
    pub fn for_round(round: u32) -> HidingStyle {
        const OPENING: [HidingStyle; 6] = [
            HidingStyle::HandsOverFace,
            HidingStyle::Blanket,
            HidingStyle::Door,
            HidingStyle::ToyUnderCover,
            HidingStyle::ToyUnderCups { cups: 2 },
            HidingStyle::ToyUnderCups { cups: 3 },
        ];
        const CYCLE: [HidingStyle; 5] = [
            HidingStyle::HandsOverFace,
            HidingStyle::Blanket,
            HidingStyle::ToyUnderCups { cups: 2 },
            HidingStyle::Door,
            HidingStyle::ToyUnderCups { cups: 3 },
        ];
        let round = round as usize;
        if round < OPENING.len() {
            OPENING[round]
        } else {
            CYCLE[(round - OPENING.len()) % CYCLE.len()]
        }
    }

    /// How long this style's hiding animation takes.
    pub fn hiding_seconds(self) -> f32 {
        match self {
            HidingStyle::ToyUnderCups { .. } => Timing::CUP_HIDING,
            _ => Timing::HIDING,
        }
    }

    /// Whether the hidden thing is the grown-up (true) or a toy (false).
    pub fn hides_grown_up(self) -> bool {
        matches!(
            self,
            HidingStyle::HandsOverFace | HidingStyle::Blanket | HidingStyle::Door
        )
    }
}

/// The separation ladder: how long the grown-up stays hidden when nobody taps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ladder {
    wait: f32,
}

impl Default for Ladder {
    fn default() -> Self {
        Self::starting_at(Timing::LADDER_START)
    }
}

impl Ladder {
    /// Resumes a saved ladder; out-of-range or non-finite values are brought back in range.
    pub fn starting_at(wait: f32) -> Self {
        let wait = if wait.is_finite() {
            wait
        } else {
            Timing::LADDER_START
        };
        Self {
            wait: wait.clamp(Timing::LADDER_START, Timing::HIDDEN_CEILING),
        }
    }

    pub fn wait(self) -> f32 {
        self.wait
    }

    /// Whether hides on this rung leave part of the grown-up showing.
    pub fn partly_hidden(self) -> bool {
        self.wait < Timing::PARTLY_HIDDEN_BELOW
    }

    /// After a round: up a step if the child was calm, down a step if unsure.
    pub fn after_round(&mut self, taps_while_hidden: u32) {
        let next = if taps_while_hidden >= Timing::UNSURE_TAPS {
            self.wait - Timing::LADDER_STEP_DOWN
        } else {
            self.wait + Timing::LADDER_STEP_UP
        };
        self.wait = next.clamp(Timing::LADDER_START, Timing::HIDDEN_CEILING);
    }
}

/// Where in a round the game is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    Showing {
        elapsed: f32,
    },
    Hiding {
        elapsed: f32,
    },
    Hidden {
        elapsed: f32,
        taps: u32,
    },
    Revealing {
        elapsed: f32,
        by_tap: bool,
    },
    Celebrating {
        elapsed: f32,
    },
    /// The session is over and the last round ended on its reveal; nothing more happens.
    Finished,
}

/// What a tap lands on, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tap {
    /// The hiding place: the hands, the blanket, the door, the cover.
    HidingPlace,
    /// Cup number `n` (from 0) in a cup round.
    Cup(u8),
    /// Anywhere else on the screen.
    Elsewhere,
}

/// What the screen should do in answer to a tap or to time passing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Happening {
    /// A new round began: show the grown-up (or the toy) and say hello.
    RoundStarted { round: u32, style: HidingStyle },
    /// The hiding animation starts ("Where's Mummy?").
    HideStarted,
    /// Now fully hidden.
    Hidden,
    /// The right cup wiggles and the toy peeks out.
    CupHint { cup: u8 },
    /// A friendly wobble where the tap landed; nothing else changes.
    Wobble,
    /// A wrong cup: it lifts to show it is empty, playfully.
    EmptyCup { cup: u8 },
    /// The reveal starts ("Peekaboo!").
    RevealStarted { by_tap: bool },
    /// The celebration starts (hearts, the name, a chime).
    Celebrate,
    /// The last celebration ended after [`Peekaboo::wind_down`]: time for the goodbye scene.
    Finished,
}

/// One game of peekaboo: the rounds, their phases and the ladder.
#[derive(Debug, Clone)]
pub struct Peekaboo {
    round: u32,
    style: HidingStyle,
    phase: Phase,
    ladder: Ladder,
    /// The cup the toy is under, in cup rounds.
    toy_cup: u8,
    hinted: bool,
    /// Whether this round's hide leaves part of the grown-up showing, fixed when the round
    /// starts (the ladder moves at the reveal, and the hint must not vanish mid-reveal).
    partly: bool,
    /// Set when the session time is up: the current round still ends on its reveal.
    winding_down: bool,
    /// Picks where the toy goes; a simple generator so the rules need no randomness crate.
    seed: u32,
}

impl Peekaboo {
    /// `seed` varies the cup the toy hides under; `ladder` carries over from earlier sessions.
    pub fn new(ladder: Ladder, seed: u32) -> (Self, Happening) {
        let mut game = Self {
            round: 0,
            style: HidingStyle::for_round(0),
            phase: Phase::Showing { elapsed: 0.0 },
            ladder,
            toy_cup: 0,
            hinted: false,
            partly: ladder.partly_hidden(),
            winding_down: false,
            seed: seed | 1,
        };
        game.toy_cup = game.pick_cup();
        let started = Happening::RoundStarted {
            round: 0,
            style: game.style,
        };
        (game, started)
    }

    pub fn round(&self) -> u32 {
        self.round
    }

    pub fn style(&self) -> HidingStyle {
        self.style
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn ladder(&self) -> Ladder {
        self.ladder
    }

    /// Whether this round's hide leaves part of the grown-up showing.
    pub fn partly_hidden(&self) -> bool {
        self.partly
    }

    /// The cup hiding the toy, in cup rounds.
    pub fn toy_cup(&self) -> Option<u8> {
        matches!(self.style, HidingStyle::ToyUnderCups { .. }).then_some(self.toy_cup)
    }

    /// Whether the right cup has started peeking out this round.
    pub fn hinted(&self) -> bool {
        self.hinted
    }

    /// The session time is up: let this round reach its reveal and celebration, then finish
    /// instead of starting another. Before the first hide, finish at once: nobody is hidden.
    pub fn wind_down(&mut self) -> Vec<Happening> {
        self.winding_down = true;
        if matches!(self.phase, Phase::Showing { .. }) {
            self.phase = Phase::Finished;
            return vec![Happening::Finished];
        }
        Vec::new()
    }

    pub fn is_finished(&self) -> bool {
        self.phase == Phase::Finished
    }

    /// True while hiding or hidden: the grown-up (or toy) is out of sight.
    pub fn is_out_of_sight(&self) -> bool {
        matches!(self.phase, Phase::Hiding { .. } | Phase::Hidden { .. })
    }

    /// How long this hide lasts with no tap: the ladder's wait, never above the ceiling.
    /// Seconds until time alone ends the current phase (or gives the cups' hint).
    pub fn next_due(&self) -> Option<f32> {
        let left = |elapsed: f32, length: f32| Some((length - elapsed).max(0.0));
        match self.phase {
            Phase::Showing { elapsed } => left(elapsed, Timing::SHOWING),
            Phase::Hiding { elapsed } => left(elapsed, self.style.hiding_seconds()),
            Phase::Hidden { elapsed, .. } => {
                let limit = self.unprompted_reveal_after();
                let hint_due = matches!(self.style, HidingStyle::ToyUnderCups { .. })
                    && !self.hinted
                    && Timing::CUP_HINT_AFTER < limit;
                left(
                    elapsed,
                    if hint_due {
                        Timing::CUP_HINT_AFTER
                    } else {
                        limit
                    },
                )
            }
            Phase::Revealing { elapsed, .. } => left(elapsed, Timing::REVEALING),
            Phase::Celebrating { elapsed } => left(elapsed, Timing::CELEBRATING),
            Phase::Finished => None,
        }
    }

    pub fn unprompted_reveal_after(&self) -> f32 {
        self.ladder.wait().min(Timing::HIDDEN_CEILING)
    }

    fn pick_cup(&mut self) -> u8 {
        // xorshift: deterministic for tests, varied enough for a toddler.
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 17;
        self.seed ^= self.seed << 5;
        match self.style {
            HidingStyle::ToyUnderCups { cups } => (self.seed % u32::from(cups.max(1))) as u8,
            _ => 0,
        }
    }

    /// Advances time by `seconds`; returns what began, in order (at most a few per call).
    pub fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        let mut happened = Vec::new();
        let mut left = seconds.max(0.0);
        // A long frame (a hidden tab) may cross several phases; each step uses up time.
        while left > 0.0 {
            let (used, next) = self.advance(left);
            left -= used;
            match next {
                Some(happening) => happened.push(happening),
                None => break,
            }
        }
        happened
    }

    /// Moves within the current phase; if it ends, switches phase and reports it.
    fn advance(&mut self, seconds: f32) -> (f32, Option<Happening>) {
        let step = |elapsed: f32, length: f32| -> (f32, bool) {
            let remaining = (length - elapsed).max(0.0);
            if seconds >= remaining {
                (remaining.max(f32::EPSILON), true)
            } else {
                (seconds, false)
            }
        };
        match self.phase {
            Phase::Showing { elapsed } => match step(elapsed, Timing::SHOWING) {
                (used, true) => {
                    self.phase = Phase::Hiding { elapsed: 0.0 };
                    (used, Some(Happening::HideStarted))
                }
                (used, false) => {
                    self.phase = Phase::Showing {
                        elapsed: elapsed + used,
                    };
                    (used, None)
                }
            },
            Phase::Hiding { elapsed } => match step(elapsed, self.style.hiding_seconds()) {
                (used, true) => {
                    self.phase = Phase::Hidden {
                        elapsed: 0.0,
                        taps: 0,
                    };
                    (used, Some(Happening::Hidden))
                }
                (used, false) => {
                    self.phase = Phase::Hiding {
                        elapsed: elapsed + used,
                    };
                    (used, None)
                }
            },
            Phase::Hidden { elapsed, taps } => {
                let limit = self.unprompted_reveal_after();
                let hint_due = matches!(self.style, HidingStyle::ToyUnderCups { .. })
                    && !self.hinted
                    && Timing::CUP_HINT_AFTER < limit;
                if hint_due {
                    let (used, reached) = step(elapsed, Timing::CUP_HINT_AFTER);
                    self.phase = Phase::Hidden {
                        elapsed: elapsed + used,
                        taps,
                    };
                    if reached {
                        self.hinted = true;
                        return (used, Some(Happening::CupHint { cup: self.toy_cup }));
                    }
                    return (used, None);
                }
                match step(elapsed, limit) {
                    (used, true) => (used, Some(self.start_reveal(false, taps))),
                    (used, false) => {
                        self.phase = Phase::Hidden {
                            elapsed: elapsed + used,
                            taps,
                        };
                        (used, None)
                    }
                }
            }
            Phase::Revealing { elapsed, by_tap } => match step(elapsed, Timing::REVEALING) {
                (used, true) => {
                    self.phase = Phase::Celebrating { elapsed: 0.0 };
                    (used, Some(Happening::Celebrate))
                }
                (used, false) => {
                    self.phase = Phase::Revealing {
                        elapsed: elapsed + used,
                        by_tap,
                    };
                    (used, None)
                }
            },
            Phase::Celebrating { elapsed } => match step(elapsed, Timing::CELEBRATING) {
                (used, true) if self.winding_down => {
                    self.phase = Phase::Finished;
                    (used, Some(Happening::Finished))
                }
                (used, true) => (used, Some(self.next_round())),
                (used, false) => {
                    self.phase = Phase::Celebrating {
                        elapsed: elapsed + used,
                    };
                    (used, None)
                }
            },
            Phase::Finished => (seconds, None),
        }
    }

    fn start_reveal(&mut self, by_tap: bool, taps: u32) -> Happening {
        self.ladder.after_round(taps);
        self.phase = Phase::Revealing {
            elapsed: 0.0,
            by_tap,
        };
        Happening::RevealStarted { by_tap }
    }

    fn next_round(&mut self) -> Happening {
        self.round += 1;
        self.style = HidingStyle::for_round(self.round);
        self.partly = self.ladder.partly_hidden();
        self.hinted = false;
        self.toy_cup = self.pick_cup();
        self.phase = Phase::Showing { elapsed: 0.0 };
        Happening::RoundStarted {
            round: self.round,
            style: self.style,
        }
    }

    /// A tap. While hidden, the hiding place (or the right cup) reveals at once; everything
    /// else, at any time, gets a friendly wobble and changes nothing. Taps during animations
    /// are absorbed, never queued.
    pub fn tap(&mut self, tap: Tap) -> Vec<Happening> {
        vec![self.answer(tap)]
    }

    fn answer(&mut self, tap: Tap) -> Happening {
        let Phase::Hidden { elapsed, taps } = self.phase else {
            return Happening::Wobble;
        };
        let taps = taps.saturating_add(1);
        self.phase = Phase::Hidden { elapsed, taps };
        match (self.style, tap) {
            (HidingStyle::ToyUnderCups { cups }, Tap::Cup(cup)) if cup < cups => {
                if cup == self.toy_cup {
                    self.start_reveal(true, taps)
                } else {
                    Happening::EmptyCup { cup }
                }
            }
            (HidingStyle::ToyUnderCups { .. }, _) => Happening::Wobble,
            (_, Tap::HidingPlace) => self.start_reveal(true, taps),
            _ => Happening::Wobble,
        }
    }
}

impl HidingStyle {
    /// The style's short name on the page.
    pub fn name(self) -> &'static str {
        match self {
            HidingStyle::HandsOverFace => "hands",
            HidingStyle::Blanket => "blanket",
            HidingStyle::Door => "door",
            HidingStyle::ToyUnderCover => "toy-cover",
            HidingStyle::ToyUnderCups { cups: 2 } => "cups-2",
            HidingStyle::ToyUnderCups { .. } => "cups-3",
        }
    }
}

impl crate::play::Rules for Peekaboo {
    type Tap = Tap;
    type Happening = Happening;
    const FINISHED: Happening = Happening::Finished;
    const GOODBYE_SECONDS: f32 = 3.0;

    fn tap(&mut self, tap: Tap) -> Vec<Happening> {
        Peekaboo::tap(self, tap)
    }

    fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        Peekaboo::tick(self, seconds)
    }

    fn wind_down(&mut self) -> Vec<Happening> {
        Peekaboo::wind_down(self)
    }

    /// `style:phase:round-n`: `blanket:hidden:round-2`.
    fn label(&self) -> String {
        let phase = match self.phase() {
            Phase::Showing { .. } => "showing",
            Phase::Hiding { .. } => "hiding",
            Phase::Hidden { .. } => "hidden",
            Phase::Revealing { .. } => "revealing",
            Phase::Celebrating { .. } => "celebrating",
            Phase::Finished => "finished",
        };
        format!("{}:{phase}:round-{}", self.style().name(), self.round())
    }

    fn next_due(&self) -> Option<f32> {
        Peekaboo::next_due(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: f32 = 1.0 / 60.0;
    /// The longest a whole round can take with no input at all.
    const LONGEST_ROUND: f32 = Timing::SHOWING
        + Timing::CUP_HIDING
        + Timing::HIDDEN_CEILING
        + Timing::REVEALING
        + Timing::CELEBRATING;

    /// Ticks frame by frame until `wanted` happens; returns the seconds it took.
    fn time_until(game: &mut Peekaboo, wanted: fn(&Happening) -> bool, limit: f32) -> f32 {
        let mut t = 0.0;
        while t < limit {
            t += FRAME;
            if game.tick(FRAME).iter().any(wanted) {
                return t;
            }
        }
        panic!(
            "nothing wanted happened within {limit} s; phase {:?}",
            game.phase()
        );
    }

    #[test]
    fn with_no_taps_every_hide_ends_in_a_reveal_within_the_ceiling() {
        // Even with the ladder at its top, for every hiding style of the first rounds.
        let (mut game, _) = Peekaboo::new(Ladder::starting_at(Timing::HIDDEN_CEILING), 7);
        for _ in 0..12 {
            time_until(&mut game, |h| *h == Happening::Hidden, LONGEST_ROUND);
            let hidden_for = time_until(
                &mut game,
                |h| matches!(h, Happening::RevealStarted { by_tap: false }),
                LONGEST_ROUND,
            );
            assert!(
                hidden_for <= Timing::HIDDEN_CEILING + 2.0 * FRAME,
                "{hidden_for}"
            );
        }
    }

    #[test]
    fn a_tap_on_the_hiding_place_reveals_at_once() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 1);
        assert_eq!(game.style(), HidingStyle::HandsOverFace);
        time_until(&mut game, |h| *h == Happening::Hidden, LONGEST_ROUND);
        assert_eq!(
            game.tap(Tap::HidingPlace),
            [Happening::RevealStarted { by_tap: true }]
        );
        assert!(!game.is_out_of_sight());
    }

    #[test]
    fn taps_while_animating_are_absorbed() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 1);
        for _ in 0..50 {
            assert_eq!(game.tap(Tap::HidingPlace), [Happening::Wobble]);
        }
        assert!(matches!(game.phase(), Phase::Showing { .. }));
        game.tick(Timing::SHOWING + 0.01);
        assert!(matches!(game.phase(), Phase::Hiding { .. }));
        assert_eq!(game.tap(Tap::HidingPlace), [Happening::Wobble]);
        assert!(matches!(game.phase(), Phase::Hiding { .. }));
    }

    #[test]
    fn the_ladder_begins_with_partly_hidden_hides_and_climbs_to_whole_ones() {
        let mut ladder = Ladder::default();
        assert!(
            ladder.partly_hidden(),
            "the first hides leave the grown-up's feet showing"
        );
        let mut calm_rounds = 0;
        while ladder.partly_hidden() {
            ladder.after_round(0);
            calm_rounds += 1;
        }
        assert!(
            (3..=6).contains(&calm_rounds),
            "{calm_rounds} calm rounds to wholly hidden"
        );
        // An unsure round steps back down to the partly hidden hides.
        ladder.after_round(Timing::UNSURE_TAPS);
        assert!(ladder.partly_hidden());
        assert!(!Ladder::starting_at(Timing::HIDDEN_CEILING).partly_hidden());
    }

    #[test]
    fn the_ladder_climbs_after_calm_rounds_and_stops_at_the_ceiling() {
        let mut ladder = Ladder::default();
        assert_eq!(ladder.wait(), 2.0);
        ladder.after_round(0);
        assert_eq!(ladder.wait(), 2.5);
        for _ in 0..100 {
            ladder.after_round(1);
        }
        assert_eq!(ladder.wait(), Timing::HIDDEN_CEILING);
    }

    #[test]
    fn the_ladder_steps_down_after_an_unsure_round_but_not_below_the_start() {
        let mut ladder = Ladder::starting_at(5.0);
        ladder.after_round(Timing::UNSURE_TAPS);
        assert_eq!(ladder.wait(), 4.0);
        for _ in 0..10 {
            ladder.after_round(20);
        }
        assert_eq!(ladder.wait(), Timing::LADDER_START);
    }

    #[test]
    fn a_saved_ladder_out_of_range_is_brought_back() {
        assert_eq!(Ladder::starting_at(f32::NAN).wait(), Timing::LADDER_START);
        assert_eq!(Ladder::starting_at(-3.0).wait(), Timing::LADDER_START);
        assert_eq!(Ladder::starting_at(1e9).wait(), Timing::HIDDEN_CEILING);
    }

    #[test]
    fn an_unprompted_round_lengthens_the_next_wait() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 3);
        time_until(
            &mut game,
            |h| matches!(h, Happening::RevealStarted { .. }),
            LONGEST_ROUND,
        );
        assert_eq!(game.ladder().wait(), 2.5);
    }

    #[test]
    fn cup_rounds_hint_then_accept_only_the_right_cup() {
        // Round 5 hides the toy under one of three cups; with the ladder up, a hint comes first.
        let (mut game, _) = Peekaboo::new(Ladder::starting_at(6.0), 11);
        while game.style() != (HidingStyle::ToyUnderCups { cups: 3 }) {
            game.tap(Tap::HidingPlace);
            game.tap(Tap::Cup(0));
            game.tap(Tap::Cup(1));
            game.tick(0.1);
        }
        time_until(&mut game, |h| *h == Happening::Hidden, LONGEST_ROUND);
        let toy = game.toy_cup().unwrap();
        let wrong = (toy + 1) % 3;
        assert_eq!(
            game.tap(Tap::Cup(wrong)),
            [Happening::EmptyCup { cup: wrong }]
        );
        assert_eq!(game.tap(Tap::HidingPlace), [Happening::Wobble]);
        assert_eq!(game.tap(Tap::Cup(9)), [Happening::Wobble], "no such cup");
        let hint_after = time_until(
            &mut game,
            |h| matches!(h, Happening::CupHint { .. }),
            LONGEST_ROUND,
        );
        assert!((hint_after - Timing::CUP_HINT_AFTER).abs() < 2.0 * FRAME);
        assert_eq!(
            game.tap(Tap::Cup(toy)),
            [Happening::RevealStarted { by_tap: true }]
        );
    }

    #[test]
    fn the_rounds_go_through_every_hiding_style() {
        let styles: Vec<_> = (0..6).map(HidingStyle::for_round).collect();
        assert!(styles.contains(&HidingStyle::HandsOverFace));
        assert!(styles.contains(&HidingStyle::Blanket));
        assert!(styles.contains(&HidingStyle::Door));
        assert!(styles.contains(&HidingStyle::ToyUnderCover));
        assert!(styles.contains(&HidingStyle::ToyUnderCups { cups: 2 }));
        assert!(styles.contains(&HidingStyle::ToyUnderCups { cups: 3 }));
        // Later rounds keep mixing the grown-up hiding with the toy hiding.
        let later: Vec<_> = (1000..1010).map(HidingStyle::for_round).collect();
        assert!(later.iter().any(|s| s.hides_grown_up()));
        assert!(later.iter().any(|s| !s.hides_grown_up()));
    }

    #[test]
    fn a_long_pause_crosses_phases_without_getting_stuck() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 5);
        let happened = game.tick(3600.0);
        assert!(!happened.is_empty());
        assert!(game.round() > 100, "an hour of play is many rounds");
    }

    /// Seeded fuzz: random taps, multi-taps and frame lengths never panic, never stall, and
    /// the game always keeps moving through rounds.
    #[test]
    fn random_tap_storms_never_stall_the_game() {
        let mut rng: u64 = 0x5EE_u64 << 20 | 0xC0DE;
        let mut next = || {
            rng ^= rng << 7;
            rng ^= rng >> 9;
            rng
        };
        for seed in 0..40u32 {
            let (mut game, _) = Peekaboo::new(Ladder::starting_at((seed % 9) as f32), seed);
            let mut clock = 0.0;
            let mut last_round_change = 0.0;
            let mut round = game.round();
            while clock < 300.0 {
                let frame = [FRAME, FRAME, 0.05, 0.25, 0.0][(next() % 5) as usize];
                clock += frame;
                game.tick(frame);
                for _ in 0..(next() % 4) {
                    let tap = match next() % 3 {
                        0 => Tap::HidingPlace,
                        1 => Tap::Cup((next() % 4) as u8),
                        _ => Tap::Elsewhere,
                    };
                    game.tap(tap);
                }
                if game.round() != round {
                    round = game.round();
                    last_round_change = clock;
                }
                assert!(
                    clock - last_round_change <= LONGEST_ROUND + 1.0,
                    "seed {seed}: stuck in {:?} at {clock}",
                    game.phase()
                );
                assert!(game.ladder().wait() <= Timing::HIDDEN_CEILING);
            }
        }
    }

    #[test]
    fn winding_down_mid_hide_still_ends_on_the_reveal_then_finishes() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 2);
        time_until(&mut game, |h| *h == Happening::Hidden, LONGEST_ROUND);
        assert!(game.wind_down().is_empty(), "nobody is left hidden");
        assert!(game.is_out_of_sight());
        let mut seen = Vec::new();
        for _ in 0..(LONGEST_ROUND / FRAME) as usize {
            seen.extend(game.tick(FRAME));
        }
        assert_eq!(
            seen,
            vec![
                Happening::RevealStarted { by_tap: false },
                Happening::Celebrate,
                Happening::Finished
            ]
        );
        assert!(game.is_finished());
        assert_eq!(game.round(), 0, "no new round starts");
        assert_eq!(game.tap(Tap::HidingPlace), [Happening::Wobble]);
        assert!(game.tick(100.0).is_empty());
    }

    #[test]
    fn winding_down_before_the_hide_finishes_at_once() {
        let (mut game, _) = Peekaboo::new(Ladder::default(), 2);
        assert_eq!(game.wind_down(), [Happening::Finished]);
        assert!(game.is_finished());
    }

    #[test]
    fn cup_rounds_take_longer_to_hide_so_the_move_can_be_followed() {
        assert!(HidingStyle::ToyUnderCups { cups: 2 }.hiding_seconds() > Timing::HIDING);
        assert_eq!(HidingStyle::Door.hiding_seconds(), Timing::HIDING);
    }
}
