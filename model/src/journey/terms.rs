//! The journey's terms: its timings, the steps of the ritual and the reunion, the stages of
//! the way home, the colouring picture, and what a tap or a moment can be. The rules in
//! `rules.rs` move through them.

/// Every number of the journey, in one place. Seconds unless named otherwise.
pub struct Timing;

impl Timing {
    /// A ritual or reunion step that wants a tap waits this long, then happens by itself.
    pub const STEP_WAIT: f32 = 5.0;
    /// How long one step's little scene lasts (the hug, the kiss, the door opening…).
    pub const STEP_ACTING: f32 = 2.5;
    /// The grown-up says "See you soon!" and walks out of the door.
    pub const FAREWELL: f32 = 3.5;
    /// The reunion's last scenes are a little longer: they are the point of it all.
    pub const ADMIRING: f32 = 4.0;
    pub const PROMISE: f32 = 4.5;

    /// The time away is split: this much of it is "meanwhile", the rest is the way home.
    pub const MEANWHILE_SHARE: f32 = 0.35;
    /// The shortest time away, so even the quickest journey shows every stage, and its
    /// meanwhile has time for where everyone is and the clock (a test in `story.rs`).
    pub const SHORTEST_AWAY: f32 = 44.0;

    /// What one help-tap adds, as a part of its stage's share of the way.
    pub const HELP_BOOST: f32 = 0.4;
    /// When the session ends, whatever is left of the way home takes this long.
    pub const HURRY_HOME: f32 = 8.0;
}

/// The steps of the ritual and the reunion, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Hug,
    Kiss,
    Wave,
    /// "See you soon!": the grown-up always says goodbye before leaving.
    Farewell,
    Knock,
    DoorOpens,
    WelcomeHug,
    /// The grown-up admires the picture the child coloured.
    Admire,
    /// The line the parent chose, "I always come back to you".
    Promise,
}

impl Step {
    pub const RITUAL: [Step; 4] = [Step::Hug, Step::Kiss, Step::Wave, Step::Farewell];
    pub const REUNION: [Step; 5] = [
        Step::Knock,
        Step::DoorOpens,
        Step::WelcomeHug,
        Step::Admire,
        Step::Promise,
    ];

    /// Whether the step asks the child for a tap first (and waits [`Timing::STEP_WAIT`]).
    pub fn wants_a_tap(self) -> bool {
        matches!(
            self,
            Step::Hug | Step::Kiss | Step::Wave | Step::Knock | Step::WelcomeHug
        )
    }

    pub fn acting_seconds(self) -> f32 {
        match self {
            Step::Farewell => Timing::FAREWELL,
            Step::Admire => Timing::ADMIRING,
            Step::Promise => Timing::PROMISE,
            _ => Timing::STEP_ACTING,
        }
    }

    /// The longest a step can take with no tap at all.
    pub fn longest(self) -> f32 {
        let wait = if self.wants_a_tap() {
            Timing::STEP_WAIT
        } else {
            0.0
        };
        wait + self.acting_seconds()
    }

    pub(super) fn is_ritual(self) -> bool {
        Step::RITUAL.contains(&self)
    }

    /// The reunion's step after this one (the ritual's order is the family's: the journey
    /// keeps it).
    pub(super) fn next_in_reunion(self) -> Option<Step> {
        let at = Step::REUNION.iter().position(|s| *s == self)?;
        Step::REUNION.get(at + 1).copied()
    }
}

/// The stages of the way home. Each theme draws and names them its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Leaving the building (or the meadow).
    Leaving,
    /// Waiting for the bus (or at the stream).
    Waiting,
    /// On the bus (or through the forest).
    Riding,
    /// Through the park (or over the big log).
    Park,
    /// The home street (or the mushroom path).
    Street,
    /// At the door (or the burrow).
    Door,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Leaving,
        Stage::Waiting,
        Stage::Riding,
        Stage::Park,
        Stage::Street,
        Stage::Door,
    ];

    /// Each stage's part of the way; the ride is the longest. They add up to 1.
    pub fn share(self) -> f32 {
        match self {
            Stage::Leaving => 0.12,
            Stage::Waiting => 0.16,
            Stage::Riding => 0.24,
            Stage::Park => 0.20,
            Stage::Street => 0.16,
            Stage::Door => 0.12,
        }
    }

    pub fn index(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// Where the stage starts along the way, 0 to 1.
    pub fn start(self) -> f32 {
        Stage::ALL[..self.index()].iter().map(|s| s.share()).sum()
    }

    /// The stage at a point of the way.
    pub fn at(way: f32) -> Stage {
        let mut end = 0.0;
        for stage in Stage::ALL {
            end += stage.share();
            if way < end {
                return stage;
            }
        }
        Stage::Door
    }
}

/// The colouring picture: a few big areas and a palette of a few big colours.
pub const PICTURE_AREAS: usize = 5;
pub const PALETTE: usize = 4;

/// What the child coloured, area by area: `None` is still white.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Picture {
    pub areas: [Option<u8>; PICTURE_AREAS],
    pub brush: u8,
}

impl Picture {
    pub fn coloured(&self) -> usize {
        self.areas.iter().filter(|a| a.is_some()).count()
    }
}

/// The four parts of a journey, in the order they always come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Ritual,
    Meanwhile,
    WayHome,
    Reunion,
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// A ritual or reunion step: waiting for its tap, then acting it out.
    Step {
        step: Step,
        elapsed: f32,
        acting: bool,
    },
    Meanwhile {
        elapsed: f64,
    },
    WayHome,
    Finished,
}

/// What a tap lands on, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tap {
    /// The big button of the current step (or the characters themselves).
    Step,
    /// A colour of the palette.
    Paint(u8),
    /// An area of the colouring picture.
    Area(u8),
    /// The current stage's helper (call the bus, turn the light green…).
    Help,
    Elsewhere,
}

/// What the screen should show or say in answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Happening {
    /// A step begins: its prompt ("Give Mummy a hug!") or, for steps without a tap, its scene.
    StepBegan(Step),
    /// The step's scene starts (the hug happens).
    StepActed {
        step: Step,
        by_tap: bool,
    },
    MeanwhileBegan,
    BrushChosen(u8),
    Coloured {
        area: u8,
        paint: u8,
    },
    WayHomeBegan,
    StageReached(Stage),
    Helped(Stage),
    /// A friendly wobble; nothing else changes.
    Wobble,
    Finished,
}

/// Where the mark on the clock sits, as a part of a full turn: six o'clock.
pub const CLOCK_MARK: f32 = 0.5;

impl Part {
    /// The part's short name on the page.
    pub fn name(self) -> &'static str {
        match self {
            Part::Ritual => "ritual",
            Part::Meanwhile => "meanwhile",
            Part::WayHome => "way",
            Part::Reunion => "reunion",
            Part::Finished => "finished",
        }
    }
}

impl Step {
    /// The step's short name on the page.
    pub fn name(self) -> &'static str {
        match self {
            Step::Hug => "hug",
            Step::Kiss => "kiss",
            Step::Wave => "wave",
            Step::Farewell => "farewell",
            Step::Knock => "knock",
            Step::DoorOpens => "door-opens",
            Step::WelcomeHug => "welcome-hug",
            Step::Admire => "admire",
            Step::Promise => "promise",
        }
    }
}

impl Stage {
    /// The stage's short name on the page.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Leaving => "leaving",
            Stage::Waiting => "waiting",
            Stage::Riding => "riding",
            Stage::Park => "park",
            Stage::Street => "street",
            Stage::Door => "door",
        }
    }
}
