//! The journey screen: one scene per part of the journey (the ritual at the door, meanwhile,
//! the way home, the reunion), the rules ticking, taps turned into the rules' [`Tap`]s and each
//! [`Happening`] answered with a caption, a sound or hearts.

use bevy::prelude::*;

use super::{
    clock::turn_clock_hands,
    doorstep::{animate_characters, spawn_doorstep},
    hearts::{HeartsRiseHere, float_hearts, release_hearts},
    meanwhile::{show_the_picture, spawn_meanwhile},
    rules::{Happening, Journey, Part, Stage, Step, Tap},
    story::{self, Story},
    traffic_light::light_the_lamps,
    way_home::{follow_the_way, spawn_way_home},
};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::DomMirror,
    family_photos::Whose,
    flow::{ChildsTurn, Screen},
    games::{
        play,
        play_loop::{self, Game, Happened, PlayClock, PlaySystems, tap_behind},
    },
    narration::{self, Line, Narrator, speech_bubble},
    platform,
    progress::Progress,
    session::Session,
    settings::{Place, Settings},
    sound::Sound,
    theme::{figure::Appearance, prelude::*, widget},
};
use see_you_soon_model::{choices::Look, figure::Side};

pub(super) fn plugin(app: &mut App) {
    play_loop::add_game::<Journey>(app, Screen::Journey);
    app.insert_resource(QuickJourney(platform::quick_play()));
    app.add_systems(OnEnter(Screen::Journey), start_journey);
    app.add_systems(OnExit(Screen::Journey), leave_journey);
    app.add_systems(
        Update,
        (
            answer_happenings,
            show_current_part,
            animate_characters,
            follow_the_way,
            light_the_lamps,
            show_the_picture,
            turn_clock_hands,
            float_hearts,
        )
            .chain()
            .in_set(PlaySystems::Answer)
            .run_if(in_state(Screen::Journey)),
    );
}

/// The shortest journey instead of one that fills the session: for tests and for trying the
/// game out (`?quick` in the page's address).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuickJourney(pub bool);

/// The journey in progress.
pub type JourneyGame = Game<Journey>;

/// How the journey in progress is told (the parent's theme, or the child's turn).
#[derive(Resource, Debug, Clone, Copy)]
pub struct JourneyStory(pub Story);

/// What the screen remembers between frames that the rules and the loop do not.
#[derive(Resource, Debug, Default)]
pub(super) struct SceneMemory {
    shown: Option<Part>,
    /// When the current stage's helper was last tapped (the loop's seconds), for its little
    /// jump.
    pub(super) helped_at: Option<f32>,
}

/// The node each part's scene is built inside; emptied when the part changes.
#[derive(Component)]
struct SceneHolder;

/// How long the journey runs: what is left of the session, less the reunion, so the reunion
/// lands as the session ends (never less than a whole short journey).
fn journey_length(quick: bool, session: Option<&Session>, settings: &Settings) -> f32 {
    if quick {
        return Journey::shortest();
    }
    let left = session.map_or(settings.session_minutes.seconds(), |s| s.0.remaining());
    left - Journey::reunion_seconds()
}

#[allow(clippy::too_many_arguments)]
fn start_journey(
    mut commands: Commands,
    assets: Res<GameAssets>,
    settings: Res<Settings>,
    session: Option<Res<Session>>,
    quick: Res<QuickJourney>,
    childs_turn: Res<ChildsTurn>,
    mut mirror: ResMut<DomMirror>,
    mut happened: MessageWriter<Happened<Journey>>,
) {
    let journey = Journey::with_ritual(
        journey_length(quick.0, session.as_deref(), &settings),
        settings.plan.ritual_steps(),
    );
    let story = Story::new(settings.journey_theme, childs_turn.0);
    commands.insert_resource(JourneyStory(story));
    play_loop::start(&mut commands, journey, &mut happened, &mut mirror);
    commands.insert_resource(SceneMemory::default());

    let background = match story {
        Story::People | Story::ChildGoes => palette::SKY,
        Story::Foxes => Color::srgb(0.85, 0.93, 0.80),
    };
    let root = commands
        .spawn((
            widget::screen_root("Journey screen"),
            BackgroundColor(background.with_alpha(0.5)),
            DespawnOnExit(Screen::Journey),
        ))
        .observe(tap_behind::<Journey>(Tap::Elsewhere))
        .id();
    commands
        .spawn((speech_bubble(5.0, 13.0), ChildOf(root)))
        // Narrower than elsewhere: the scenes beside it need the room.
        .insert(Node {
            width: Val::Percent(100.0),
            min_height: Val::VMin(13.0),
            max_width: Val::VMin(110.0),
            flex_shrink: 0.0,
            ..default()
        });
    commands.spawn((
        Name::new("Scene"),
        SceneHolder,
        Node {
            width: Val::Percent(100.0),
            flex_grow: 1.0,
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: Val::VMin(3.0),
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(root),
    ));
    crate::games::spawn_leave_corner(&mut commands, root, assets.home.clone());
}

fn leave_journey(mut commands: Commands) {
    commands.remove_resource::<JourneyStory>();
    commands.remove_resource::<SceneMemory>();
}

#[allow(clippy::too_many_arguments)]
fn answer_happenings(
    mut happened: MessageReader<Happened<Journey>>,
    game: Res<JourneyGame>,
    mut clock: ResMut<PlayClock<Journey>>,
    mut memory: ResMut<SceneMemory>,
    settings: Res<Settings>,
    mut progress: ResMut<Progress>,
    story: Res<JourneyStory>,
    assets: Res<GameAssets>,
    mut commands: Commands,
    mut narrator: ResMut<Narrator>,
    mut bounces: Query<&mut PressBounce, With<SceneHolder>>,
    hearts_rise_here: Query<(Entity, &HeartsRiseHere)>,
) {
    let words = narration::words_from(&settings);
    for Happened(happening) in happened.read().copied() {
        let coloured = game.0.picture().coloured() > 0;
        if let Some((line, weight)) =
            story::line_for(happening, story.0, &settings.reunion_line, coloured)
        {
            narrator.offer(line, &words, weight);
        }
        // The clock is explained once the grown-up is away: it is how the child knows when.
        // Said after where the grown-up is; a tap on the paints meanwhile takes its place.
        if happening == Happening::MeanwhileBegan {
            narrator.say(Line::Game(story::clock_line(story.0)), &words);
        }
        // The grown-up's kiss goes into the child's palm, to keep (the Kissing Hand).
        if matches!(
            happening,
            Happening::StepActed {
                step: Step::Kiss,
                ..
            }
        ) && !progress.palm_kissed
        {
            progress.palm_kissed = true;
        }
        let sound = match happening {
            Happening::Wobble => {
                for mut bounce in &mut bounces {
                    bounce.restart();
                }
                if !clock.boop_now() {
                    continue;
                }
                Some(Sound::SoftBoop)
            }
            Happening::StepActed { step, .. } => {
                if matches!(step, Step::Hug | Step::WelcomeHug | Step::Promise)
                    && let Ok(anchor) = hearts_rise_here.single()
                {
                    release_hearts(&mut commands, anchor, &assets.heart);
                }
                Some(match step {
                    Step::Hug | Step::WelcomeHug => Sound::Hug,
                    Step::Knock => Sound::DoorKnock,
                    Step::DoorOpens => Sound::RevealTada,
                    Step::Promise => Sound::Hearts,
                    _ => Sound::TapChime,
                })
            }
            Happening::Helped(stage) => {
                memory.helped_at = Some(clock.seconds);
                let bus_comes =
                    story.0 != Story::Foxes && matches!(stage, Stage::Waiting | Stage::Riding);
                Some(if bus_comes {
                    Sound::BusToot
                } else {
                    Sound::TapChime
                })
            }
            Happening::Coloured { .. } | Happening::BrushChosen(_) => Some(Sound::TapChime),
            _ => None,
        };
        if let Some(sound) = sound {
            play(&mut commands, sound);
        }
    }
}

/// Builds the scene of the part the journey is in, once per part.
#[allow(clippy::too_many_arguments)]
fn show_current_part(
    mut commands: Commands,
    game: Res<JourneyGame>,
    mut memory: ResMut<SceneMemory>,
    story: Res<JourneyStory>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
    holder: Single<Entity, With<SceneHolder>>,
) {
    let part = game.0.part();
    if memory.shown == Some(part) || part == Part::Finished {
        return;
    }
    memory.shown = Some(part);
    let holder = *holder;
    commands.entity(holder).despawn_children();
    let story = story.0;
    let people = Portraits::for_story(story, &grown_up);
    match part {
        Part::Ritual => spawn_doorstep(&mut commands, holder, &people, &pictures, false),
        Part::Meanwhile => spawn_meanwhile(&mut commands, holder, story, &people, &pictures),
        Part::WayHome => spawn_way_home(&mut commands, holder, story, &people, &pictures),
        Part::Reunion => spawn_doorstep(&mut commands, holder, &people, &pictures, true),
        Part::Finished => {}
    }
}

/// The grown-up and the child as this story draws them, and which of them goes away.
pub(super) struct Portraits {
    pub(super) grown_up_figure: Appearance,
    pub(super) child_figure: Appearance,
    /// The family grown-up whose photo the drawn grown-up's portraits show (none for the
    /// foxes).
    pub(super) grown_up_photo: Option<Place>,
    child_travels: bool,
}

impl Portraits {
    pub(super) fn for_story(story: Story, grown_up: &GrownUpPictures) -> Self {
        // The fox mother and her cub, or today's grown-up and the child.
        let (look, childs_look) = match story {
            Story::Foxes => (Look::Fox, Look::Fox),
            Story::People | Story::ChildGoes => (grown_up.look, grown_up.childs_look),
        };
        Self {
            grown_up_figure: Appearance::grown_up(look),
            child_figure: Appearance::child(childs_look),
            grown_up_photo: (story != Story::Foxes).then_some(grown_up.place),
            child_travels: story.child_travels(),
        }
    }

    /// Which side of the doorstep the grown-up stands on: outside on the right when they are
    /// the one who goes, in the doorway on the left when the child goes.
    pub(super) fn grown_up_side(&self) -> Side {
        if self.child_travels {
            Side::Left
        } else {
            Side::Right
        }
    }

    /// Whose photos show for the traveller (on the clock) and for whoever waits at home (on
    /// the wall where the traveller is, meanwhile): the grown-up's and the child's, each way
    /// round as they travel (none for the foxes).
    pub(super) fn traveller_and_waiting_photos(&self) -> Option<(Whose, Whose)> {
        let grown_up = Whose::GrownUp(self.grown_up_photo?);
        Some(if self.child_travels {
            (Whose::Child, grown_up)
        } else {
            (grown_up, Whose::Child)
        })
    }

    /// Whose photo a portrait of the traveller shows.
    pub(super) fn traveller_photo(&self) -> Option<Whose> {
        self.traveller_and_waiting_photos()
            .map(|(traveller, _)| traveller)
    }

    /// The traveller and whoever waits at home, as figures.
    pub(super) fn traveller_and_waiting_figures(&self) -> (Appearance, Appearance) {
        if self.child_travels {
            (self.child_figure, self.grown_up_figure)
        } else {
            (self.grown_up_figure, self.child_figure)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_session_gives_a_journey_that_ends_with_it() {
        let settings = Settings::default();
        let length = journey_length(false, None, &settings);
        assert_eq!(
            length + Journey::reunion_seconds(),
            settings.session_minutes.seconds()
        );
        assert_eq!(journey_length(true, None, &settings), Journey::shortest());
    }
}
