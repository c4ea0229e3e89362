//! The family's drop-off plan: the goodbye ritual, in the order the grown-up does it at the real
//! door, what the child does meanwhile, and when the grown-up is back. The journey plays the
//! same ritual, the morning goodbye says the same meanwhile, and the caregiver's card prints it
//! all, so the game, the door and the nursery tell one story.

use serde::{Deserialize, Serialize};

use crate::journey::rules::Step;

/// One part of the goodbye at the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Goodbye {
    Hug,
    /// The kiss in the palm (the Kissing Hand).
    Kiss,
    Wave,
}

impl Goodbye {
    pub const ALL: [Goodbye; 3] = [Goodbye::Hug, Goodbye::Kiss, Goodbye::Wave];

    pub fn name(self) -> &'static str {
        match self {
            Goodbye::Hug => "hug",
            Goodbye::Kiss => "kiss",
            Goodbye::Wave => "wave",
        }
    }

    pub fn from_name(name: &str) -> Option<Goodbye> {
        Goodbye::ALL.into_iter().find(|g| g.name() == name)
    }

    /// For the grown-up and the caregiver.
    pub fn words(self) -> &'static str {
        match self {
            Goodbye::Hug => "a big hug",
            Goodbye::Kiss => "a kiss in the palm to keep",
            Goodbye::Wave => "a wave at the door",
        }
    }

    /// The journey's step for it.
    pub fn step(self) -> Step {
        match self {
            Goodbye::Hug => Step::Hug,
            Goodbye::Kiss => Step::Kiss,
            Goodbye::Wave => Step::Wave,
        }
    }
}

/// What the parent plans once, for every drop-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropOffPlan {
    /// The three parts of the goodbye, in order; "See you soon!" always comes last.
    pub ritual: [Goodbye; 3],
    /// What the child will do while the grown-up is away ("paint, play with your friends and
    /// have a snack"): said at the morning goodbye, printed on the caregiver's card.
    pub meanwhile: String,
    /// The pick-up time for the caregiver's card ("3 pm"); empty when not set.
    pub pick_up_time: String,
}

pub const DEFAULT_MEANWHILE: &str = "paint, play with your friends and have a snack";

impl Default for DropOffPlan {
    fn default() -> Self {
        Self {
            ritual: Goodbye::ALL,
            meanwhile: DEFAULT_MEANWHILE.to_string(),
            pick_up_time: String::new(),
        }
    }
}

/// Whether `ritual` has each part once: a goodbye with two hugs and no wave is not one the
/// journey can play, and is not what the form offers.
pub fn is_whole(ritual: &[Goodbye; 3]) -> bool {
    Goodbye::ALL.iter().all(|g| ritual.contains(g))
}

impl DropOffPlan {
    /// The journey's ritual steps in the family's order, then "See you soon!".
    pub fn ritual_steps(&self) -> [Step; 4] {
        let ritual = if is_whole(&self.ritual) {
            self.ritual
        } else {
            Goodbye::ALL
        };
        [
            ritual[0].step(),
            ritual[1].step(),
            ritual[2].step(),
            Step::Farewell,
        ]
    }

    /// The ritual in words, for the grown-up and the caregiver: "a big hug, a kiss in the
    /// palm to keep, a wave at the door, and “See you soon!”".
    pub fn ritual_words(&self) -> String {
        let [a, b, c, _] = self.ritual_steps();
        let words = |step: Step| {
            Goodbye::ALL
                .into_iter()
                .find(|g| g.step() == step)
                .map_or("", Goodbye::words)
        };
        format!(
            "{}, {}, {}, and \u{201c}See you soon!\u{201d}",
            words(a),
            words(b),
            words(c)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_plan_is_the_journeys_usual_ritual() {
        let plan = DropOffPlan::default();
        assert_eq!(
            plan.ritual_steps(),
            [Step::Hug, Step::Kiss, Step::Wave, Step::Farewell]
        );
        assert!(plan.ritual_words().starts_with("a big hug, a kiss"));
    }

    #[test]
    fn a_reordered_ritual_is_played_in_that_order_and_ends_with_see_you_soon() {
        let plan = DropOffPlan {
            ritual: [Goodbye::Wave, Goodbye::Hug, Goodbye::Kiss],
            ..DropOffPlan::default()
        };
        assert_eq!(
            plan.ritual_steps(),
            [Step::Wave, Step::Hug, Step::Kiss, Step::Farewell]
        );
        assert!(
            plan.ritual_words()
                .starts_with("a wave at the door, a big hug")
        );
    }

    #[test]
    fn a_ritual_missing_a_part_falls_back_to_the_usual_one() {
        let plan = DropOffPlan {
            ritual: [Goodbye::Hug, Goodbye::Hug, Goodbye::Wave],
            ..DropOffPlan::default()
        };
        assert!(!is_whole(&plan.ritual));
        assert_eq!(plan.ritual_steps(), DropOffPlan::default().ritual_steps());
    }

    #[test]
    fn goodbye_names_round_trip() {
        for goodbye in Goodbye::ALL {
            assert_eq!(Goodbye::from_name(goodbye.name()), Some(goodbye));
        }
        assert_eq!(Goodbye::from_name("high-five"), None);
    }
}
