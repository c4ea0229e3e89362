//! What the journey says and shows, for each theme: the places, the helpers, the lines.
//!
//! The rules know stages and steps; this module gives them pictures and says which line each
//! moment speaks (the words themselves are in [`crate::narration::lines`]).

use super::rules::{Happening, PALETTE, Stage, Step};
use crate::{
    narration::{Line, lines::Key, queue::Weight},
    settings::JourneyTheme,
};

/// A picture from `assets/images/journey/`, by file stem.
pub type PictureName = &'static str;

/// A stage as one theme tells it: the landmark, the line on arrival, the helper and its line.
#[derive(Debug, Clone, Copy)]
pub struct StageStory {
    pub landmark: PictureName,
    pub helper: PictureName,
    pub arrival: Key,
    pub helped: Key,
}

pub fn stage_story(theme: JourneyTheme, stage: Stage) -> StageStory {
    let (landmark, helper, arrival, helped) = match (theme, stage) {
        (JourneyTheme::People, Stage::Leaving) => (
            "office-building",
            "waving-hand",
            Key::PeopleLeaving,
            Key::PeopleLeavingHelped,
        ),
        (JourneyTheme::People, Stage::Waiting) => (
            "bus-stop",
            "bus",
            Key::PeopleWaiting,
            Key::PeopleWaitingHelped,
        ),
        (JourneyTheme::People, Stage::Riding) => (
            "bus",
            "vertical-traffic-light",
            Key::PeopleRiding,
            Key::PeopleRidingHelped,
        ),
        (JourneyTheme::People, Stage::Park) => (
            "deciduous-tree",
            "duck",
            Key::PeoplePark,
            Key::PeopleParkHelped,
        ),
        (JourneyTheme::People, Stage::Street) => {
            ("house", "tulip", Key::PeopleStreet, Key::PeopleStreetHelped)
        }
        (JourneyTheme::People, Stage::Door) => (
            "house-with-garden",
            "kiss-mark",
            Key::PeopleDoor,
            Key::PeopleDoorHelped,
        ),
        (JourneyTheme::Foxes, Stage::Leaving) => (
            "sheaf-of-rice",
            "blueberries",
            Key::FoxesLeaving,
            Key::FoxesLeavingHelped,
        ),
        (JourneyTheme::Foxes, Stage::Waiting) => (
            "water-wave",
            "rock",
            Key::FoxesWaiting,
            Key::FoxesWaitingHelped,
        ),
        (JourneyTheme::Foxes, Stage::Riding) => (
            "evergreen-tree",
            "owl",
            Key::FoxesRiding,
            Key::FoxesRidingHelped,
        ),
        (JourneyTheme::Foxes, Stage::Park) => {
            ("wood", "rabbit", Key::FoxesPark, Key::FoxesParkHelped)
        }
        (JourneyTheme::Foxes, Stage::Street) => (
            "mushroom",
            "blossom",
            Key::FoxesStreet,
            Key::FoxesStreetHelped,
        ),
        (JourneyTheme::Foxes, Stage::Door) => {
            ("hole", "kiss-mark", Key::FoxesDoor, Key::FoxesDoorHelped)
        }
    };
    StageStory {
        landmark,
        helper,
        arrival,
        helped,
    }
}

/// Where the grown-up is while away, and the flower they watch open.
pub fn away_place(theme: JourneyTheme) -> (PictureName, Key) {
    match theme {
        JourneyTheme::People => ("office-building", Key::AwayPeople),
        JourneyTheme::Foxes => ("sheaf-of-rice", Key::AwayFoxes),
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

/// The palette, by name (said when chosen) and colour (soft, and told apart by more than hue:
/// light to dark).
pub const PAINTS: [(Key, [f32; 3]); PALETTE] = [
    (Key::PaintYellow, [1.0, 0.84, 0.36]),
    (Key::PaintBlue, [0.42, 0.66, 0.93]),
    (Key::PaintGreen, [0.44, 0.76, 0.42]),
    (Key::PaintPink, [0.95, 0.56, 0.68]),
];

/// What is said at a moment of the journey, and whether it is heard to the end; `None` where
/// nothing new is said. `reunion_line` is the parent's own words.
pub fn line_for(
    happening: Happening,
    theme: JourneyTheme,
    reunion_line: &str,
    coloured_anything: bool,
) -> Option<(Line, Weight)> {
    use Weight::{Kept, Passing};
    let (key, weight) = match happening {
        Happening::StepBegan(step) => match step {
            Step::Hug => (Key::AskHug, Passing),
            Step::Kiss => (Key::AskKiss, Passing),
            Step::Wave => (Key::AskWave, Passing),
            Step::Knock => (Key::WhoIsAtTheDoor, Passing),
            Step::WelcomeHug => (Key::AskWelcomeHug, Passing),
            // These have no prompt: their scene says it.
            Step::Farewell | Step::DoorOpens | Step::Admire | Step::Promise => return None,
        },
        Happening::StepActed { step, .. } => match step {
            Step::Hug => (Key::Hugged, Passing),
            Step::Kiss => (Key::Kissed, Passing),
            Step::Wave => (Key::Waved, Passing),
            // The promise of the goodbye and everything of the reunion is heard whole.
            Step::Farewell => (Key::Farewell, Kept),
            Step::Knock => (Key::KnockKnock, Passing),
            Step::DoorOpens => (Key::ItsTheGrownUp, Kept),
            Step::WelcomeHug => (Key::WelcomeHugged, Passing),
            Step::Admire if coloured_anything => (Key::BeautifulPicture, Kept),
            Step::Admire => (Key::IMissedYou, Kept),
            Step::Promise => return Some((Line::Own(reunion_line.to_string()), Kept)),
        },
        // What the child does meanwhile is told whole: it is the point of this part.
        Happening::MeanwhileBegan => (away_place(theme).1, Kept),
        Happening::BrushChosen(paint) => (PAINTS[usize::from(paint) % PALETTE].0, Passing),
        Happening::Coloured { .. } => (Key::Lovely, Passing),
        Happening::WayHomeBegan => (Key::TimeToGoHome, Passing),
        Happening::StageReached(stage) => (stage_story(theme, stage).arrival, Passing),
        Happening::Helped(stage) => (stage_story(theme, stage).helped, Passing),
        Happening::Finished => (Key::SeeYouNextTime, Kept),
        Happening::Wobble => return None,
    };
    Some((Line::Game(key), weight))
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
    use crate::narration::lines::{ENGLISH, Words, say};

    fn words(grown_up: &str, child: &str) -> Words {
        Words {
            grown_up: grown_up.to_string(),
            child: child.to_string(),
            promise: "after snack".to_string(),
            who: grown_up.to_string(),
        }
    }

    fn caption(happening: Happening, theme: JourneyTheme, words: &Words, coloured: bool) -> String {
        match line_for(happening, theme, "I always come back to you", coloured) {
            Some((Line::Game(key), _)) => say(ENGLISH, key, words).caption,
            Some((Line::Own(text), _)) => text,
            None => panic!("{happening:?} says nothing"),
        }
    }

    #[test]
    fn lines_carry_the_family_names_whatever_they_are() {
        for (g, c) in [
            ("Mummy", "Sam"),
            ("Бабушка", "Зоя"),
            ("Abuela Maria-José de la Cruz", "Ëmïlïë"),
        ] {
            let words = words(g, c);
            let theme = JourneyTheme::People;
            assert_eq!(
                caption(Happening::StepBegan(Step::Hug), theme, &words, false),
                format!("Give {g} a big hug!")
            );
            let farewell = Happening::StepActed {
                step: Step::Farewell,
                by_tap: false,
            };
            assert_eq!(
                caption(farewell, theme, &words, false),
                format!("See you soon, {c}! I'll come back after snack.")
            );
            for theme in [JourneyTheme::People, JourneyTheme::Foxes] {
                for stage in Stage::ALL {
                    let line = caption(Happening::StageReached(stage), theme, &words, false);
                    assert!(line.contains(g), "{line}");
                    assert!(!line.contains('{'), "every placeholder filled: {line}");
                }
            }
        }
    }

    #[test]
    fn the_goodbye_and_the_reunion_are_heard_whole() {
        let theme = JourneyTheme::People;
        for step in [Step::Farewell, Step::DoorOpens, Step::Admire, Step::Promise] {
            let acted = Happening::StepActed {
                step,
                by_tap: false,
            };
            let (_, weight) = line_for(acted, theme, "Love you", true).unwrap();
            assert_eq!(weight, Weight::Kept, "{step:?}");
        }
        let (_, weight) = line_for(Happening::BrushChosen(1), theme, "", false).unwrap();
        assert_eq!(weight, Weight::Passing);
    }

    #[test]
    fn the_reunion_admires_only_a_picture_that_exists() {
        let words = words("Mama", "Kit");
        let theme = JourneyTheme::Foxes;
        let admire = Happening::StepActed {
            step: Step::Admire,
            by_tap: false,
        };
        assert_eq!(
            caption(admire, theme, &words, true),
            "What a beautiful picture, Kit!"
        );
        assert_eq!(caption(admire, theme, &words, false), "I missed you, Kit!");
        let promise = Happening::StepActed {
            step: Step::Promise,
            by_tap: false,
        };
        assert_eq!(
            caption(promise, theme, &words, true),
            "I always come back to you"
        );
    }

    #[test]
    fn each_theme_tells_its_own_way_home() {
        for stage in Stage::ALL {
            let people = stage_story(JourneyTheme::People, stage);
            let foxes = stage_story(JourneyTheme::Foxes, stage);
            assert_ne!(people.landmark, foxes.landmark);
            assert_ne!(people.arrival, foxes.arrival);
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
