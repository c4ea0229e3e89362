//! The rules of the journey home, in plain Rust: no rendering, no engine, driven by `tick`
//! and `tap`.
//!
//! A journey goes: the **ritual** at the door (hug, kiss, wave, "See you soon!"), the time
//! **meanwhile** (the grown-up at their place, the child colouring a picture), the **way home**
//! in stages, and the **reunion** (knock knock, the door, a hug, the picture, the promise).
//!
//! The promises, each unit-tested: with no input the grown-up reaches home exactly `length`
//! seconds after the start; no input makes it later, reverses it or carries it past home; the
//! clock's big hand follows the time away and stands on its mark when the grown-up arrives.

pub use super::terms::{
    CLOCK_MARK, Happening, PALETTE, PICTURE_AREAS, Part, Phase, Picture, Stage, Step, Tap, Timing,
};

/// One journey home.
#[derive(Debug, Clone)]
///
/// Time and the way are kept in `f64`: a fifteen-minute journey is 27,000 frames, and in
/// `f32` their rounding added up to a tenth of a second late.
pub struct Journey {
    length: f32,
    elapsed: f64,
    phase: Phase,
    picture: Picture,
    meanwhile_seconds: f64,
    way_seconds: f64,
    /// Progress along the way home, 0 (the grown-up's place) to 1 (the door).
    way: f64,
    /// Way covered per second; raised when the session asks to hurry.
    way_rate: f64,
    helped: [bool; 6],
    hurrying: bool,
    /// What a tap set off besides its own answer (a new stage, the arrival), given out by the
    /// next `tick`.
    pending: Vec<Happening>,
    /// The goodbye's steps in the family's order (their drop-off plan), "See you soon!" last.
    ritual: [Step; 4],
}

impl Journey {
    /// The time a journey needs at the least: the ritual with no taps and the shortest time away.
    pub fn shortest() -> f32 {
        Step::RITUAL.iter().map(|s| s.longest()).sum::<f32>() + Timing::SHORTEST_AWAY
    }

    /// The longest the reunion takes with no taps (the journey's `length` ends where it begins).
    pub fn reunion_seconds() -> f32 {
        Step::REUNION.iter().map(|s| s.longest()).sum()
    }

    /// A journey whose grown-up arrives home `length` seconds after it starts (no shorter than
    /// [`Journey::shortest`]).
    pub fn new(length: f32) -> (Self, Happening) {
        Self::with_ritual(length, Step::RITUAL)
    }

    /// A journey whose goodbye goes in the family's own order (`ritual`: hug, kiss and wave in
    /// any order, then "See you soon!"). An order that is not that falls back to the usual one.
    pub fn with_ritual(length: f32, ritual: [Step; 4]) -> (Self, Happening) {
        let whole =
            Step::RITUAL.iter().all(|step| ritual.contains(step)) && ritual[3] == Step::Farewell;
        let ritual = if whole { ritual } else { Step::RITUAL };
        let length = if length.is_finite() { length } else { 0.0 };
        let journey = Self {
            length: length.max(Self::shortest()),
            elapsed: 0.0,
            phase: Phase::Step {
                step: ritual[0],
                elapsed: 0.0,
                acting: false,
            },
            picture: Picture::default(),
            meanwhile_seconds: 0.0,
            way_seconds: 0.0,
            way: 0.0,
            way_rate: 0.0,
            helped: [false; 6],
            hurrying: false,
            pending: Vec::new(),
            ritual,
        };
        (journey, Happening::StepBegan(ritual[0]))
    }

    pub fn length(&self) -> f32 {
        self.length
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn part(&self) -> Part {
        match self.phase {
            Phase::Step { step, .. } if step.is_ritual() => Part::Ritual,
            Phase::Step { .. } => Part::Reunion,
            Phase::Meanwhile { .. } => Part::Meanwhile,
            Phase::WayHome => Part::WayHome,
            Phase::Finished => Part::Finished,
        }
    }

    pub fn picture(&self) -> &Picture {
        &self.picture
    }

    /// Progress along the way home, 0 to 1.
    pub fn way(&self) -> f32 {
        self.way as f32
    }

    pub fn stage(&self) -> Stage {
        Stage::at(self.way as f32)
    }

    pub fn helped(&self, stage: Stage) -> bool {
        self.helped[stage.index()]
    }

    pub fn is_hurrying(&self) -> bool {
        self.hurrying
    }

    /// Seconds since the start.
    pub fn elapsed(&self) -> f32 {
        self.elapsed as f32
    }

    /// How far through the time away the grown-up is, 0 (just left) to 1 (home): the meanwhile
    /// by its clock, the way home by its progress.
    pub fn away_progress(&self) -> f32 {
        let away = self.meanwhile_seconds + self.way_seconds;
        if away <= 0.0 {
            return if self.part() >= Part::Reunion {
                1.0
            } else {
                0.0
            };
        }
        let meanwhile_part = self.meanwhile_seconds / away;
        let progress = match (self.part(), self.phase) {
            (Part::Ritual, _) => 0.0,
            (Part::Meanwhile, Phase::Meanwhile { elapsed }) => {
                meanwhile_part * (elapsed / self.meanwhile_seconds.max(f64::EPSILON)).min(1.0)
            }
            (Part::WayHome, _) => meanwhile_part + (1.0 - meanwhile_part) * self.way,
            _ => 1.0,
        };
        progress as f32
    }

    /// The clock's big hand, as a part of a full turn from twelve o'clock: it sweeps from
    /// twelve to six while the grown-up is away ("when the big hand is at the bottom").
    pub fn clock_hand(&self) -> f32 {
        CLOCK_MARK * self.away_progress()
    }

    /// Moves time on by `seconds`; returns what happened, in order.
    pub fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        let mut happened = std::mem::take(&mut self.pending);
        let mut left = if seconds.is_finite() {
            f64::from(seconds.max(0.0))
        } else {
            0.0
        };
        // A long frame can cross several phases; each gets its part of the time.
        while left > 0.0 && self.phase != Phase::Finished {
            let used = self.advance(left, &mut happened);
            left -= used;
        }
        happened
    }

    /// Advances within the current phase; returns the seconds it used.
    fn advance(&mut self, seconds: f64, happened: &mut Vec<Happening>) -> f64 {
        match self.phase {
            Phase::Step {
                step,
                elapsed,
                acting,
            } => {
                let limit = self.step_limit(step, acting);
                let used = seconds.min(f64::from(limit - elapsed)).max(0.0);
                self.elapsed += used;
                let now = elapsed + used as f32;
                if now < limit {
                    self.phase = Phase::Step {
                        step,
                        elapsed: now,
                        acting,
                    };
                } else if !acting {
                    self.act(step, false, happened);
                } else {
                    self.after_step(step, happened);
                }
                // When `used` is 0 the phase still changed above, so the loop moves on.
                used
            }
            Phase::Meanwhile { elapsed } => {
                let used = seconds.min(self.meanwhile_seconds - elapsed).max(0.0);
                self.elapsed += used;
                let now = elapsed + used;
                if now >= self.meanwhile_seconds {
                    self.start_way_home(happened);
                } else {
                    self.phase = Phase::Meanwhile { elapsed: now };
                }
                used
            }
            Phase::WayHome => {
                let before = self.stage();
                let needed = (1.0 - self.way) / self.way_rate;
                let used = seconds.min(needed);
                self.elapsed += used;
                self.way = if used >= needed {
                    1.0
                } else {
                    (self.way + used * self.way_rate).min(1.0)
                };
                self.note_stage(before, happened);
                if self.way >= 1.0 {
                    self.arrive(happened);
                }
                used
            }
            Phase::Finished => seconds,
        }
    }

    /// How long a step lasts: acting it out, or waiting for a tap (not while hurrying home).
    fn step_limit(&self, step: Step, acting: bool) -> f32 {
        if acting {
            step.acting_seconds()
        } else if step.wants_a_tap() && !(self.hurrying && step.is_ritual()) {
            Timing::STEP_WAIT
        } else {
            0.0
        }
    }

    /// Seconds until time alone moves the journey on: a step's end, the way home, the next
    /// stage of the way.
    pub fn next_due(&self) -> Option<f32> {
        if !self.pending.is_empty() {
            return Some(0.0);
        }
        let due = match self.phase {
            Phase::Step {
                step,
                elapsed,
                acting,
            } => f64::from(self.step_limit(step, acting) - elapsed),
            Phase::Meanwhile { elapsed } => self.meanwhile_seconds - elapsed,
            Phase::WayHome => {
                let stage = self.stage();
                let stage_end = f64::from(stage.start() + stage.share()).min(1.0);
                (stage_end - self.way) / self.way_rate
            }
            Phase::Finished => return None,
        };
        Some(due.max(0.0) as f32)
    }

    fn act(&mut self, step: Step, by_tap: bool, happened: &mut Vec<Happening>) {
        self.phase = Phase::Step {
            step,
            elapsed: 0.0,
            acting: true,
        };
        happened.push(Happening::StepActed { step, by_tap });
    }

    fn after_step(&mut self, step: Step, happened: &mut Vec<Happening>) {
        let next = if step.is_ritual() {
            let at = self.ritual.iter().position(|s| *s == step);
            at.and_then(|at| self.ritual.get(at + 1)).copied()
        } else {
            step.next_in_reunion()
        };
        match next {
            Some(next) => {
                self.phase = Phase::Step {
                    step: next,
                    elapsed: 0.0,
                    acting: false,
                };
                happened.push(Happening::StepBegan(next));
            }
            None if step.is_ritual() => self.leave(happened),
            None => {
                self.phase = Phase::Finished;
                happened.push(Happening::Finished);
            }
        }
    }

    /// The grown-up has gone: the time left until `length` is split between meanwhile and
    /// the way home, so with no help the arrival lands exactly on `length`.
    fn leave(&mut self, happened: &mut Vec<Happening>) {
        let away = if self.hurrying {
            f64::from(Timing::HURRY_HOME)
        } else {
            (f64::from(self.length) - self.elapsed).max(f64::from(Timing::SHORTEST_AWAY))
        };
        self.meanwhile_seconds = if self.hurrying {
            0.0
        } else {
            away * f64::from(Timing::MEANWHILE_SHARE)
        };
        self.way_seconds = away - self.meanwhile_seconds;
        self.way_rate = 1.0 / self.way_seconds;
        if self.meanwhile_seconds > 0.0 {
            self.phase = Phase::Meanwhile { elapsed: 0.0 };
            happened.push(Happening::MeanwhileBegan);
        } else {
            self.start_way_home(happened);
        }
    }

    fn start_way_home(&mut self, happened: &mut Vec<Happening>) {
        self.phase = Phase::WayHome;
        happened.push(Happening::WayHomeBegan);
        happened.push(Happening::StageReached(self.stage()));
    }

    fn note_stage(&mut self, before: Stage, happened: &mut Vec<Happening>) {
        let now = self.stage();
        if now != before && self.way < 1.0 {
            happened.push(Happening::StageReached(now));
        }
    }

    fn arrive(&mut self, happened: &mut Vec<Happening>) {
        self.way = 1.0;
        self.phase = Phase::Step {
            step: Step::Knock,
            elapsed: 0.0,
            acting: false,
        };
        happened.push(Happening::StepBegan(Step::Knock));
    }

    /// A tap. Every tap gets an answer; none can stall or reverse the journey.
    pub fn tap(&mut self, tap: Tap) -> Vec<Happening> {
        vec![self.answer(tap)]
    }

    fn answer(&mut self, tap: Tap) -> Happening {
        match (self.phase, tap) {
            (
                Phase::Step {
                    step,
                    acting: false,
                    ..
                },
                Tap::Step,
            ) if step.wants_a_tap() => {
                let mut happened = Vec::new();
                self.act(step, true, &mut happened);
                happened[0]
            }
            (Phase::Meanwhile { .. }, Tap::Paint(paint)) => {
                let paint = paint % PALETTE as u8;
                self.picture.brush = paint;
                Happening::BrushChosen(paint)
            }
            (Phase::Meanwhile { .. }, Tap::Area(area)) if usize::from(area) < PICTURE_AREAS => {
                let paint = self.picture.brush;
                self.picture.areas[usize::from(area)] = Some(paint);
                Happening::Coloured { area, paint }
            }
            (Phase::WayHome, Tap::Help) => {
                let stage = self.stage();
                if self.helped[stage.index()] {
                    return Happening::Wobble;
                }
                self.helped[stage.index()] = true;
                let mut later = Vec::new();
                self.way = (self.way + f64::from(Timing::HELP_BOOST * stage.share())).min(1.0);
                self.note_stage(stage, &mut later);
                if self.way >= 1.0 {
                    self.arrive(&mut later);
                }
                self.pending.extend(later);
                Happening::Helped(stage)
            }
            _ => Happening::Wobble,
        }
    }

    /// The session is over: the grown-up hurries home. The ritual's steps stop waiting for
    /// taps (the goodbye is still said), the meanwhile is skipped and whatever is left of the way takes
    /// [`Timing::HURRY_HOME`]; the reunion plays out in full. Returns what changed at once.
    pub fn wind_down(&mut self) -> Vec<Happening> {
        let mut happened = Vec::new();
        if self.hurrying {
            return happened;
        }
        self.hurrying = true;
        match self.phase {
            Phase::Meanwhile { .. } => {
                self.way_rate = 1.0 / f64::from(Timing::HURRY_HOME);
                self.start_way_home(&mut happened);
            }
            Phase::WayHome => {
                self.way_rate = self
                    .way_rate
                    .max((1.0 - self.way) / f64::from(Timing::HURRY_HOME));
            }
            _ => {}
        }
        happened
    }
}

impl crate::play::Rules for Journey {
    type Tap = Tap;
    type Happening = Happening;
    const FINISHED: Happening = Happening::Finished;
    const GOODBYE_SECONDS: f32 = 4.0;

    fn tap(&mut self, tap: Tap) -> Vec<Happening> {
        Journey::tap(self, tap)
    }

    fn tick(&mut self, seconds: f32) -> Vec<Happening> {
        Journey::tick(self, seconds)
    }

    fn wind_down(&mut self) -> Vec<Happening> {
        Journey::wind_down(self)
    }

    /// `part:detail:more`: `ritual:hug:waiting`, `meanwhile:coloured-2`, `way:riding:helped`,
    /// `reunion:knock:acting`, `finished`.
    fn label(&self) -> String {
        let part = self.part().name();
        match self.phase() {
            Phase::Step { step, acting, .. } => {
                let doing = if acting { "acting" } else { "waiting" };
                format!("{part}:{}:{doing}", step.name())
            }
            Phase::Meanwhile { .. } => format!("{part}:coloured-{}", self.picture().coloured()),
            Phase::WayHome => {
                let stage = self.stage();
                let helped = if self.helped(stage) {
                    "helped"
                } else {
                    "not-helped"
                };
                format!("{part}:{}:{helped}", stage.name())
            }
            Phase::Finished => part.to_string(),
        }
    }

    fn next_due(&self) -> Option<f32> {
        Journey::next_due(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::play::Rules;

    const FRAME: f32 = 1.0 / 30.0;

    /// Runs a journey with no taps at all; returns the time the reunion began and every
    /// happening with its time.
    /// Times are counted by the test itself (frames × frame length, in f64).
    fn run_untouched(length: f32) -> (f32, Vec<(f32, Happening)>) {
        let (mut journey, first) = Journey::new(length);
        let mut log = vec![(0.0, first)];
        let mut arrived = None;
        let mut frames = 0u32;
        while journey.part() != Part::Finished && frames < 200_000 {
            frames += 1;
            let now = (f64::from(frames) * f64::from(FRAME)) as f32;
            for happening in journey.tick(FRAME) {
                if happening == Happening::StepBegan(Step::Knock) {
                    arrived = Some(now);
                }
                log.push((now, happening));
            }
        }
        (arrived.expect("the grown-up got home"), log)
    }

    #[test]
    fn with_no_input_the_grown_up_arrives_exactly_on_time() {
        for length in [70.0, 180.0 - Journey::reunion_seconds(), 300.0, 900.0] {
            let (arrived, _) = run_untouched(length);
            // Within a frame: arrival is seen at the end of the frame it falls in.
            assert!(
                (arrived - length).abs() <= FRAME + 0.01,
                "length {length}: arrived at {arrived}"
            );
        }
    }

    #[test]
    fn a_too_short_length_still_makes_a_whole_journey() {
        let (journey, _) = Journey::new(5.0);
        assert_eq!(journey.length(), Journey::shortest());
        let (arrived, log) = run_untouched(5.0);
        assert!((arrived - Journey::shortest()).abs() <= FRAME + 0.01);
        for stage in Stage::ALL {
            assert!(
                log.iter()
                    .any(|(_, h)| *h == Happening::StageReached(stage)),
                "{stage:?} shown"
            );
        }
        let (mut broken, _) = Journey::new(f32::NAN);
        assert_eq!(broken.length(), Journey::shortest());
        broken.tick(f32::INFINITY);
        assert_eq!(broken.part(), Part::Ritual, "a nonsense frame is ignored");
    }

    #[test]
    fn the_parts_come_in_order_and_every_step_is_acted() {
        let (_, log) = run_untouched(120.0);
        let mut parts = vec![];
        let (mut replay, _) = Journey::new(120.0);
        while replay.part() != Part::Finished {
            if parts.last() != Some(&replay.part()) {
                parts.push(replay.part());
            }
            replay.tick(0.25);
        }
        assert_eq!(
            parts,
            [Part::Ritual, Part::Meanwhile, Part::WayHome, Part::Reunion]
        );
        for step in Step::RITUAL.iter().chain(&Step::REUNION) {
            assert!(
                log.iter().any(|(_, h)| matches!(h, Happening::StepActed { step: s, by_tap: false } if s == step)),
                "{step:?} happened by itself"
            );
        }
        assert_eq!(log.last().unwrap().1, Happening::Finished);
    }

    #[test]
    fn the_goodbye_goes_in_the_familys_order_and_arrives_on_time() {
        let order = [Step::Wave, Step::Hug, Step::Kiss, Step::Farewell];
        let (mut journey, first) = Journey::with_ritual(120.0, order);
        assert_eq!(first, Happening::StepBegan(Step::Wave));
        let mut began = vec![Step::Wave];
        let mut arrived_at: Option<f32> = None;
        let mut elapsed = 0.0;
        while journey.part() != Part::Finished {
            elapsed += 0.25;
            for happening in journey.tick(0.25) {
                match happening {
                    Happening::StepBegan(step) if step.is_ritual() => began.push(step),
                    Happening::StepBegan(Step::Knock) => arrived_at = Some(elapsed),
                    _ => {}
                }
            }
        }
        assert_eq!(began, order);
        assert!((arrived_at.unwrap() - 120.0).abs() < 0.3, "{arrived_at:?}");
        // An order that is not hug, kiss and wave once each plays the usual one.
        let (_, first) = Journey::with_ritual(120.0, [Step::Hug; 4]);
        assert_eq!(first, Happening::StepBegan(Step::Hug));
    }

    #[test]
    fn the_farewell_always_comes_before_leaving() {
        let (mut journey, _) = Journey::new(90.0);
        let mut said_goodbye = false;
        for _ in 0..10_000 {
            journey.tap(Tap::Step);
            for happening in journey.tick(0.1) {
                if happening
                    == (Happening::StepActed {
                        step: Step::Farewell,
                        by_tap: false,
                    })
                {
                    said_goodbye = true;
                }
                if happening == Happening::MeanwhileBegan {
                    assert!(said_goodbye, "left without saying goodbye");
                    return;
                }
            }
        }
        panic!("never left");
    }

    #[test]
    fn taps_act_out_ritual_steps_at_once_and_scenes_absorb_taps() {
        let (mut journey, _) = Journey::new(120.0);
        assert_eq!(
            journey.tap(Tap::Step),
            [Happening::StepActed {
                step: Step::Hug,
                by_tap: true
            }]
        );
        assert_eq!(
            journey.tap(Tap::Step),
            [Happening::Wobble],
            "the hug is happening"
        );
        assert_eq!(journey.tap(Tap::Help), [Happening::Wobble]);
    }

    #[test]
    fn colouring_keeps_what_the_child_painted() {
        let (mut journey, _) = Journey::new(120.0);
        assert_eq!(
            journey.tap(Tap::Area(0)),
            [Happening::Wobble],
            "no colouring yet"
        );
        while journey.part() != Part::Meanwhile {
            journey.tick(0.5);
        }
        assert_eq!(journey.tap(Tap::Paint(2)), [Happening::BrushChosen(2)]);
        assert_eq!(
            journey.tap(Tap::Area(1)),
            [Happening::Coloured { area: 1, paint: 2 }]
        );
        journey.tap(Tap::Paint(7));
        assert_eq!(journey.picture().brush, 3, "out-of-range colours wrap");
        assert_eq!(journey.tap(Tap::Area(9)), [Happening::Wobble]);
        while journey.part() != Part::Finished {
            journey.tick(0.5);
        }
        assert_eq!(journey.picture().areas[1], Some(2), "kept for the reunion");
        assert_eq!(journey.picture().coloured(), 1);
    }

    #[test]
    fn helping_speeds_up_once_per_stage() {
        let (mut journey, _) = Journey::new(200.0);
        while journey.part() != Part::WayHome {
            journey.tick(0.5);
        }
        let before = journey.way();
        assert_eq!(journey.tap(Tap::Help), [Happening::Helped(Stage::Leaving)]);
        let boost = journey.way() - before;
        assert!((boost - Timing::HELP_BOOST * Stage::Leaving.share()).abs() < 1e-5);
        assert_eq!(
            journey.tap(Tap::Help),
            [Happening::Wobble],
            "once per stage"
        );
        assert!(journey.helped(Stage::Leaving));
    }

    /// The fuzz from the issue: any taps at any time never stall, reverse or overshoot, and
    /// the grown-up is never later than with no taps.
    #[test]
    fn no_input_can_stall_reverse_or_overshoot_the_journey() {
        let mut seed: u32 = 0x5EED_1234;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for trial in 0..300 {
            let length = 60.0 + (next() % 900) as f32;
            let (mut journey, _) = Journey::new(length);
            let mut last_way = 0.0;
            let mut last_hand = 0.0;
            let mut last_part = journey.part();
            let mut arrived = None;
            while journey.part() != Part::Finished {
                for _ in 0..(next() % 4) {
                    let tap = match next() % 6 {
                        0 => Tap::Step,
                        1 => Tap::Paint((next() % 9) as u8),
                        2 => Tap::Area((next() % 9) as u8),
                        3 | 4 => Tap::Help,
                        _ => Tap::Elsewhere,
                    };
                    journey.tap(tap);
                }
                if next() % 3000 == 0 {
                    // Sometimes the session ends on the way: that only ever brings home closer.
                    journey.wind_down();
                }
                let frame = [FRAME, 0.2, 1.5][(next() % 3) as usize];
                for happening in journey.tick(frame) {
                    if happening == Happening::StepBegan(Step::Knock) {
                        arrived = Some(journey.elapsed());
                    }
                }
                assert!(journey.way() >= last_way, "trial {trial}: way went back");
                assert!(journey.way() <= 1.0, "trial {trial}: past home");
                assert!(
                    journey.clock_hand() >= last_hand,
                    "trial {trial}: hand went back"
                );
                assert!(
                    journey.part() >= last_part,
                    "trial {trial}: parts out of order"
                );
                last_way = journey.way();
                last_hand = journey.clock_hand();
                last_part = journey.part();
                assert!(journey.elapsed() < length + 60.0, "trial {trial}: stalled");
            }
            let arrived = arrived.expect("arrived");
            assert!(
                arrived <= journey.length() + 0.05,
                "trial {trial}: arrived at {arrived}, promised {}",
                journey.length()
            );
        }
    }

    #[test]
    fn the_clock_hand_follows_the_time_away() {
        let (mut journey, _) = Journey::new(300.0);
        assert_eq!(journey.clock_hand(), 0.0, "not gone yet");
        while journey.part() != Part::Meanwhile {
            journey.tick(0.1);
        }
        let away = journey.length() - journey.elapsed();
        let left_at = journey.elapsed();
        while journey.part() != Part::Reunion {
            journey.tick(0.1);
            // With no help, the time away passes evenly: the hand is the clock of it.
            let expected = CLOCK_MARK * ((journey.elapsed() - left_at) / away).min(1.0);
            assert!(
                (journey.clock_hand() - expected).abs() < 0.01,
                "hand {} expected {expected}",
                journey.clock_hand()
            );
        }
        assert_eq!(journey.clock_hand(), CLOCK_MARK, "on the mark when home");
    }

    #[test]
    fn stage_shares_cover_the_whole_way() {
        let total: f32 = Stage::ALL.iter().map(|s| s.share()).sum();
        assert!((total - 1.0).abs() < 1e-6);
        assert_eq!(Stage::at(0.0), Stage::Leaving);
        assert_eq!(Stage::at(0.999), Stage::Door);
        assert_eq!(Stage::at(Stage::Park.start()), Stage::Park);
    }

    #[test]
    fn the_end_of_a_session_hurries_the_grown_up_home() {
        // In the meanwhile: the rest is skipped and the way takes HURRY_HOME.
        let (mut journey, _) = Journey::new(900.0);
        while journey.part() != Part::Meanwhile {
            journey.tick(0.5);
        }
        let changed = journey.wind_down();
        assert!(changed.contains(&Happening::WayHomeBegan));
        let since = journey.elapsed();
        while journey.part() == Part::WayHome {
            journey.tick(FRAME);
        }
        assert!((journey.elapsed() - since - Timing::HURRY_HOME).abs() < 0.1);
        assert_eq!(journey.part(), Part::Reunion, "a reunion, not a stop");

        // In the ritual: no more waiting for taps, but the goodbye is still said.
        let (mut early, _) = Journey::new(900.0);
        early.wind_down();
        let mut log = vec![];
        while early.part() != Part::Finished {
            log.extend(early.tick(FRAME));
        }
        assert!(log.contains(&Happening::StepActed {
            step: Step::Farewell,
            by_tap: false
        }));
        assert!(log.contains(&Happening::StepBegan(Step::Knock)));
        assert!(early.elapsed() < 60.0, "hurried: {}", early.elapsed());

        // During the reunion nothing is cut short.
        let (mut late, _) = Journey::new(60.0);
        while late.part() != Part::Reunion {
            late.tick(FRAME);
        }
        assert!(late.wind_down().is_empty());
        let mut log = vec![];
        while late.part() != Part::Finished {
            log.extend(late.tick(FRAME));
        }
        assert!(log.contains(&Happening::StepActed {
            step: Step::Promise,
            by_tap: false
        }));
    }

    #[test]
    fn state_labels_name_the_part_and_the_moment() {
        let (mut journey, _) = Journey::new(100.0);
        assert_eq!(Rules::label(&journey), "ritual:hug:waiting");
        journey.tap(Tap::Step);
        assert_eq!(Rules::label(&journey), "ritual:hug:acting");
        while journey.part() != Part::Meanwhile {
            journey.tick(0.5);
        }
        journey.tap(Tap::Area(0));
        assert_eq!(Rules::label(&journey), "meanwhile:coloured-1");
        while journey.part() != Part::WayHome {
            journey.tick(0.5);
        }
        assert_eq!(Rules::label(&journey), "way:leaving:not-helped");
        journey.tap(Tap::Help);
        assert_eq!(Rules::label(&journey), "way:leaving:helped");
    }
}
