//! What the journey says and shows, for each theme: the places, the helpers, the lines.
//!
//! The rules know stages and steps; this module gives them words and pictures. The lines are
//! captions now and become spoken lines with the narration layer.

use super::rules::{Happening, PALETTE, Stage, Step};
use crate::settings::{JourneyTheme, Settings};

/// The names and words a line needs, taken from the settings.
#[derive(Debug, Clone)]
pub struct Cast {
    pub theme: JourneyTheme,
    pub grown_up: String,
    pub child: String,
    /// "after snack": when the grown-up promises to come back.
    pub anchor: String,
    pub reunion_line: String,
}

impl Cast {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            theme: settings.journey_theme,
            grown_up: settings.grown_up.name.clone(),
            child: settings.child_name.clone(),
            anchor: settings.return_anchor.words().to_string(),
            reunion_line: settings.reunion_line.clone(),
        }
    }
}

/// A picture from `assets/images/journey/`, by file stem.
pub type PictureName = &'static str;

/// A stage as one theme tells it: the landmark, the line on arrival, the helper and its line.
#[derive(Debug, Clone, Copy)]
pub struct StageStory {
    pub landmark: PictureName,
    pub helper: PictureName,
    /// `{g}` is the grown-up, `{c}` the child.
    pub arrival: &'static str,
    pub helped: &'static str,
}

pub fn stage_story(theme: JourneyTheme, stage: Stage) -> StageStory {
    let (landmark, helper, arrival, helped) = match (theme, stage) {
        (JourneyTheme::People, Stage::Leaving) => (
            "office-building",
            "waving-hand",
            "{g} is leaving work.",
            "Bye-bye, work! {g} is coming home!",
        ),
        (JourneyTheme::People, Stage::Waiting) => (
            "bus-stop",
            "bus",
            "{g} is waiting for the bus.",
            "Here comes the bus!",
        ),
        (JourneyTheme::People, Stage::Riding) => (
            "bus",
            "vertical-traffic-light",
            "{g} is on the bus!",
            "Green light! Off we go!",
        ),
        (JourneyTheme::People, Stage::Park) => (
            "deciduous-tree",
            "duck",
            "{g} is walking through the park.",
            "Quack! The ducks say thank you!",
        ),
        (JourneyTheme::People, Stage::Street) => (
            "house",
            "tulip",
            "{g} is on our street!",
            "A flower for {c}!",
        ),
        (JourneyTheme::People, Stage::Door) => (
            "house-with-garden",
            "kiss-mark",
            "{g} is nearly at the door!",
            "You blew {g} a kiss!",
        ),
        (JourneyTheme::Foxes, Stage::Leaving) => (
            "sheaf-of-rice",
            "blueberries",
            "{g} is leaving the meadow.",
            "Berries for the cubs!",
        ),
        (JourneyTheme::Foxes, Stage::Waiting) => (
            "water-wave",
            "rock",
            "{g} is at the stream.",
            "Hop, hop, over the stones!",
        ),
        (JourneyTheme::Foxes, Stage::Riding) => (
            "evergreen-tree",
            "owl",
            "{g} is running through the forest!",
            "Hoo-hoo! Hello, owl!",
        ),
        (JourneyTheme::Foxes, Stage::Park) => (
            "wood",
            "rabbit",
            "{g} is at the big log.",
            "Jump! Over the log!",
        ),
        (JourneyTheme::Foxes, Stage::Street) => (
            "mushroom",
            "blossom",
            "{g} is on the mushroom path.",
            "A flower for {c}!",
        ),
        (JourneyTheme::Foxes, Stage::Door) => (
            "hole",
            "kiss-mark",
            "{g} is nearly at the burrow!",
            "You blew {g} a kiss!",
        ),
    };
    StageStory {
        landmark,
        helper,
        arrival,
        helped,
    }
}

/// Where the grown-up is while away, and the flower they watch open.
pub fn away_place(theme: JourneyTheme) -> (PictureName, &'static str) {
    match theme {
        JourneyTheme::People => (
            "office-building",
            "{g} is at work, by the big window. {c} is drawing a picture for {g}.",
        ),
        JourneyTheme::Foxes => (
            "sheaf-of-rice",
            "{g} is finding berries in the meadow. {c} is drawing a picture for {g}.",
        ),
    }
}

/// The picture on the big button of a step, if it has one.
pub fn step_picture(step: Step) -> Option<PictureName> {
    match step {
        Step::Hug | Step::WelcomeHug => Some("hugging-face"),
        Step::Kiss => Some("kiss-mark"),
        Step::Wave => Some("waving-hand"),
        _ => None,
    }
}

/// The palette, by name and colour (soft, and told apart by more than hue: light to dark).
pub const PAINTS: [(&str, [f32; 3]); PALETTE] = [
    ("Yellow", [1.0, 0.84, 0.36]),
    ("Blue", [0.42, 0.66, 0.93]),
    ("Green", [0.44, 0.76, 0.42]),
    ("Pink", [0.95, 0.56, 0.68]),
];

fn fill(template: &str, cast: &Cast) -> String {
    template
        .replace("{g}", &cast.grown_up)
        .replace("{c}", &cast.child)
}

/// The caption for a moment of the journey; `None` where nothing new is said.
pub fn line_for(happening: Happening, cast: &Cast, coloured_anything: bool) -> Option<String> {
    let g = &cast.grown_up;
    let c = &cast.child;
    Some(match happening {
        Happening::StepBegan(step) => match step {
            Step::Hug => format!("Give {g} a big hug!"),
            Step::Kiss => format!("Give {g} a kiss!"),
            Step::Wave => format!("Wave bye-bye to {g}!"),
            Step::Knock => "Knock knock! Who is at the door?".to_string(),
            Step::WelcomeHug => format!("Give {g} a big hug!"),
            // These have no prompt: their scene says it.
            Step::Farewell | Step::DoorOpens | Step::Admire | Step::Promise => return None,
        },
        Happening::StepActed { step, .. } => match step {
            Step::Hug => "A big hug!".to_string(),
            Step::Kiss => "Mwah! A kiss!".to_string(),
            Step::Wave => format!("Bye-bye, {g}!"),
            Step::Farewell => format!("See you soon, {c}! I'll come back {}.", cast.anchor),
            Step::Knock => "Knock, knock!".to_string(),
            Step::DoorOpens => format!("It's {g}! {g} is home!"),
            Step::WelcomeHug => "A big welcome-home hug!".to_string(),
            Step::Admire if coloured_anything => format!("What a beautiful picture, {c}!"),
            Step::Admire => format!("I missed you, {c}!"),
            Step::Promise => cast.reunion_line.clone(),
        },
        Happening::MeanwhileBegan => fill(away_place(cast.theme).1, cast),
        Happening::BrushChosen(paint) => format!("{}!", PAINTS[usize::from(paint) % PALETTE].0),
        Happening::Coloured { .. } => "Lovely!".to_string(),
        Happening::WayHomeBegan => format!("Time to go home! {g} is coming back to {c}!"),
        Happening::StageReached(stage) => fill(stage_story(cast.theme, stage).arrival, cast),
        Happening::Helped(stage) => fill(stage_story(cast.theme, stage).helped, cast),
        Happening::Finished => format!("See you next time, {c}!"),
        Happening::Wobble => return None,
    })
}

/// Every picture the journey may show, for loading and for the test that they exist.
pub fn all_pictures() -> Vec<PictureName> {
    let mut names: Vec<PictureName> = Vec::new();
    for theme in [JourneyTheme::People, JourneyTheme::Foxes] {
        names.push(away_place(theme).0);
        for stage in Stage::ALL {
            let story = stage_story(theme, stage);
            names.extend([story.landmark, story.helper]);
        }
    }
    names.extend(Step::RITUAL.iter().filter_map(|s| step_picture(*s)));
    names.extend(["seedling", "tulip", "house-with-garden"]);
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ReturnAnchor;

    fn cast(theme: JourneyTheme, grown_up: &str, child: &str) -> Cast {
        Cast {
            theme,
            grown_up: grown_up.to_string(),
            child: child.to_string(),
            anchor: ReturnAnchor::AfterSnack.words().to_string(),
            reunion_line: "I always come back to you".to_string(),
        }
    }

    #[test]
    fn lines_carry_the_family_names_whatever_they_are() {
        for (g, c) in [
            ("Mummy", "Sam"),
            ("Бабушка", "Зоя"),
            ("Abuela Maria-José de la Cruz", "Ëmïlïë"),
        ] {
            let cast = cast(JourneyTheme::People, g, c);
            assert_eq!(
                line_for(Happening::StepBegan(Step::Hug), &cast, false).unwrap(),
                format!("Give {g} a big hug!")
            );
            let farewell = line_for(
                Happening::StepActed {
                    step: Step::Farewell,
                    by_tap: false,
                },
                &cast,
                false,
            )
            .unwrap();
            assert_eq!(
                farewell,
                format!("See you soon, {c}! I'll come back after snack.")
            );
            for stage in Stage::ALL {
                let line = line_for(Happening::StageReached(stage), &cast, false).unwrap();
                assert!(line.contains(g), "{line}");
                assert!(!line.contains('{'), "every placeholder filled: {line}");
            }
        }
    }

    #[test]
    fn the_reunion_admires_only_a_picture_that_exists() {
        let cast = cast(JourneyTheme::Foxes, "Mama", "Kit");
        let admire = Happening::StepActed {
            step: Step::Admire,
            by_tap: false,
        };
        assert_eq!(
            line_for(admire, &cast, true).unwrap(),
            "What a beautiful picture, Kit!"
        );
        assert_eq!(
            line_for(admire, &cast, false).unwrap(),
            "I missed you, Kit!"
        );
        let promise = Happening::StepActed {
            step: Step::Promise,
            by_tap: false,
        };
        assert_eq!(
            line_for(promise, &cast, true).unwrap(),
            "I always come back to you"
        );
    }

    #[test]
    fn each_theme_tells_its_own_way_home() {
        for stage in Stage::ALL {
            let people = stage_story(JourneyTheme::People, stage);
            let foxes = stage_story(JourneyTheme::Foxes, stage);
            assert_ne!(people.landmark, foxes.landmark);
        }
    }

    #[test]
    fn every_picture_named_is_in_the_assets() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/images/journey");
        for name in all_pictures() {
            assert!(root.join(format!("{name}.png")).is_file(), "{name}.png");
        }
    }
}
