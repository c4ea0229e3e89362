//! What the journey says and shows, for each theme: the places, the helpers, the lines.
//!
//! The rules know stages and steps; this module gives them pictures and says which line each
//! moment speaks (the words themselves are in [`crate::lines`]).

use super::rules::{Happening, PALETTE, Stage, Step};
use crate::{
    choices::JourneyTheme,
    lines::{Key, Line},
    pictures::ScenePicture,
    speech_queue::Weight,
};

/// Who goes away and comes home, and how it is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Story {
    /// The grown-up leaves work and comes home by bus and through the park.
    People,
    /// The fox mother runs home to her cubs.
    Foxes,
    /// The child's turn: the child goes to school and comes home, where the grown-up waits.
    ChildGoes,
}

impl Story {
    pub const ALL: [Story; 3] = [Story::People, Story::Foxes, Story::ChildGoes];

    /// The parent's theme for the grown-up's journey; the child's turn is told one way.
    pub fn new(theme: JourneyTheme, child_goes: bool) -> Self {
        match (child_goes, theme) {
            (true, _) => Story::ChildGoes,
            (false, JourneyTheme::People) => Story::People,
            (false, JourneyTheme::Foxes) => Story::Foxes,
        }
    }

    /// Whether the child is the one on the way (the traveller, the one away meanwhile).
    pub fn child_travels(self) -> bool {
        self == Story::ChildGoes
    }
}

/// A stage as one theme tells it: the landmark, the line on arrival, the helper and its line.
#[derive(Debug, Clone, Copy)]
pub struct StageStory {
    pub landmark: ScenePicture,
    pub helper: ScenePicture,
    pub arrival: Key,
    pub helped: Key,
}

pub fn stage_story(story: Story, stage: Stage) -> StageStory {
    let (landmark, helper, arrival, helped) = match (story, stage) {
        (Story::People, Stage::Leaving) => (
            ScenePicture::OfficeBuilding,
            ScenePicture::WavingHand,
            Key::PeopleLeaving,
            Key::PeopleLeavingHelped,
        ),
        (Story::People, Stage::Waiting) => (
            ScenePicture::BusStop,
            ScenePicture::Bus,
            Key::PeopleWaiting,
            Key::PeopleWaitingHelped,
        ),
        (Story::People, Stage::Riding) => (
            ScenePicture::Bus,
            ScenePicture::VerticalTrafficLight,
            Key::PeopleRiding,
            Key::PeopleRidingHelped,
        ),
        (Story::People, Stage::Park) => (
            ScenePicture::DeciduousTree,
            ScenePicture::Duck,
            Key::PeoplePark,
            Key::PeopleParkHelped,
        ),
        // Our street has a big sunflower (a pale blossom read as grey); its one house is home.
        (Story::People, Stage::Street) => (
            ScenePicture::Sunflower,
            ScenePicture::Tulip,
            Key::PeopleStreet,
            Key::PeopleStreetHelped,
        ),
        (Story::People, Stage::Door) => (
            ScenePicture::HouseWithGarden,
            ScenePicture::KissMark,
            Key::PeopleDoor,
            Key::PeopleDoorHelped,
        ),
        (Story::Foxes, Stage::Leaving) => (
            ScenePicture::SheafOfRice,
            ScenePicture::Blueberries,
            Key::FoxesLeaving,
            Key::FoxesLeavingHelped,
        ),
        (Story::Foxes, Stage::Waiting) => (
            ScenePicture::WaterWave,
            ScenePicture::Rock,
            Key::FoxesWaiting,
            Key::FoxesWaitingHelped,
        ),
        (Story::Foxes, Stage::Riding) => (
            ScenePicture::EvergreenTree,
            ScenePicture::Owl,
            Key::FoxesRiding,
            Key::FoxesRidingHelped,
        ),
        (Story::Foxes, Stage::Park) => (
            ScenePicture::Wood,
            ScenePicture::Rabbit,
            Key::FoxesPark,
            Key::FoxesParkHelped,
        ),
        (Story::Foxes, Stage::Street) => (
            ScenePicture::Mushroom,
            ScenePicture::Sunflower,
            Key::FoxesStreet,
            Key::FoxesStreetHelped,
        ),
        (Story::Foxes, Stage::Door) => (
            ScenePicture::Hole,
            ScenePicture::KissMark,
            Key::FoxesDoor,
            Key::FoxesDoorHelped,
        ),
        (Story::ChildGoes, Stage::Leaving) => (
            ScenePicture::School,
            ScenePicture::WavingHand,
            Key::ChildLeaving,
            Key::ChildLeavingHelped,
        ),
        (Story::ChildGoes, Stage::Waiting) => (
            ScenePicture::BusStop,
            ScenePicture::Bus,
            Key::ChildWaiting,
            Key::PeopleWaitingHelped,
        ),
        (Story::ChildGoes, Stage::Riding) => (
            ScenePicture::Bus,
            ScenePicture::VerticalTrafficLight,
            Key::ChildRiding,
            Key::PeopleRidingHelped,
        ),
        (Story::ChildGoes, Stage::Park) => (
            ScenePicture::DeciduousTree,
            ScenePicture::Duck,
            Key::ChildPark,
            Key::PeopleParkHelped,
        ),
        (Story::ChildGoes, Stage::Street) => (
            ScenePicture::Sunflower,
            ScenePicture::Tulip,
            Key::ChildStreet,
            Key::ChildStreetHelped,
        ),
        (Story::ChildGoes, Stage::Door) => (
            ScenePicture::HouseWithGarden,
            ScenePicture::KissMark,
            Key::ChildDoor,
            Key::PeopleDoorHelped,
        ),
    };
    StageStory {
        landmark,
        helper,
        arrival,
        helped,
    }
}

/// Where the one away is meanwhile, and what is said about it.
pub fn away_place(story: Story) -> (ScenePicture, Key) {
    match story {
        Story::People => (ScenePicture::OfficeBuilding, Key::AwayPeople),
        Story::Foxes => (ScenePicture::SheafOfRice, Key::AwayFoxes),
        Story::ChildGoes => (ScenePicture::School, Key::AwayChild),
    }
}

/// How the clock is explained meanwhile: it shows when the traveller sets off home.
pub fn clock_line(story: Story) -> Key {
    if story.child_travels() {
        Key::ChildClockAtTheHeart
    } else {
        Key::ClockAtTheHeart
    }
}

/// The picture on the big button of a step, if it has one.
pub fn step_picture(step: Step) -> Option<ScenePicture> {
    match step {
        Step::Hug | Step::WelcomeHug => Some(ScenePicture::HuggingFace),
        Step::Kiss => Some(ScenePicture::KissMark),
        Step::Wave => Some(ScenePicture::WavingHand),
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
    story: Story,
    reunion_line: &str,
    coloured_anything: bool,
) -> Option<(Line, Weight)> {
    use Weight::{Kept, Passing};
    let child_goes = story.child_travels();
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
            Step::Farewell if child_goes => (Key::ChildFarewell, Kept),
            Step::Farewell => (Key::Farewell, Kept),
            Step::Knock => (Key::KnockKnock, Passing),
            Step::DoorOpens if child_goes => (Key::ChildIsHome, Kept),
            Step::DoorOpens => (Key::ItsTheGrownUp, Kept),
            Step::WelcomeHug => (Key::WelcomeHugged, Passing),
            Step::Admire if coloured_anything => (Key::BeautifulPicture, Kept),
            Step::Admire => (Key::IMissedYou, Kept),
            Step::Promise => return Some((Line::Own(reunion_line.to_string()), Kept)),
        },
        // What the child does meanwhile is told whole: it is the point of this part.
        Happening::MeanwhileBegan => (away_place(story).1, Kept),
        Happening::BrushChosen(paint) => (PAINTS[usize::from(paint) % PALETTE].0, Passing),
        Happening::Coloured { .. } => (Key::Lovely, Passing),
        Happening::WayHomeBegan if child_goes => (Key::ChildTimeToGoHome, Passing),
        Happening::WayHomeBegan => (Key::TimeToGoHome, Passing),
        Happening::StageReached(stage) => (stage_story(story, stage).arrival, Passing),
        Happening::Helped(stage) => (stage_story(story, stage).helped, Passing),
        Happening::Finished => (Key::SeeYouNextTime, Kept),
        Happening::Wobble => return None,
    };
    Some((Line::Game(key), weight))
}

#[cfg(test)]
mod tests;
