//! The way home: the landmarks in a row from where the grown-up is to home, the grown-up moving
//! along them, the child waiting at home, and a helper button that speeds each stage up.

use bevy::prelude::*;
use see_you_soon_model::pictures::ScenePicture;

use super::{
    clock::spawn_clock,
    meanwhile::Flower,
    rules::{Journey, Phase, Stage, Tap},
    screen::{JourneyGame, JourneyStory, Portraits, SceneMemory},
    story::{self, Story},
};
use crate::{
    assets::JourneyPictures,
    dom_mirror::TapTarget,
    games::love::hands::LoveReceiver,
    games::play_loop::{PlayClock, tap_as},
    theme::{interaction::ReducedMotion, prelude::*, widget},
};

/// The grown-up's marker on the way home.
#[derive(Component)]
pub(super) struct Traveller;

#[derive(Component)]
pub(super) struct HelperButton;

#[derive(Component)]
pub(super) struct HelperPicture;

/// The way home: the landmarks in a row from the grown-up's place to home, the grown-up
/// moving along, the child waiting at home, the helper for this stage and the clock.
pub(super) fn spawn_way_home(
    commands: &mut Commands,
    holder: Entity,
    told: Story,
    people: &Portraits,
    pictures: &JourneyPictures,
) {
    let map = commands
        .spawn((
            Name::new("Map"),
            Node {
                width: Val::Percent(100.0),
                max_width: Val::VMin(120.0),
                height: Val::VMin(30.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    // The path itself.
    commands.spawn((
        Name::new("Path"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(4.0),
            right: Val::Percent(4.0),
            bottom: Val::VMin(4.0),
            height: Val::VMin(3.0),
            border_radius: BorderRadius::all(Val::VMin(1.5)),
            ..default()
        },
        BackgroundColor(Color::srgb(0.87, 0.78, 0.64)),
        Pickable::IGNORE,
        ChildOf(map),
    ));
    for stage in Stage::ALL {
        let story = story::stage_story(told, stage);
        // Each landmark stands where its stage begins; home stands at the very end.
        let at = if stage == Stage::Door {
            1.0
        } else {
            stage.start()
        };
        commands.spawn((
            widget::picture(
                pictures.get(story.landmark),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Percent(at * 88.0),
                    bottom: Val::VMin(6.0),
                    width: Val::VMin(11.0),
                    height: Val::VMin(11.0),
                    ..default()
                },
            ),
            ChildOf(map),
        ));
    }
    commands.spawn((
        widget::picture(
            people.waiting(),
            Node {
                position_type: PositionType::Absolute,
                right: Val::Percent(0.0),
                bottom: Val::VMin(17.0),
                width: Val::VMin(10.0),
                height: Val::VMin(10.0),
                ..default()
            },
        ),
        ChildOf(map),
    ));
    commands.spawn((
        widget::picture(
            people.traveller(),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(0.0),
                bottom: Val::VMin(15.0),
                width: Val::VMin(14.0),
                height: Val::VMin(14.0),
                ..default()
            },
        ),
        Traveller,
        LoveReceiver,
        ChildOf(map),
    ));

    let controls = commands
        .spawn((
            Name::new("Helper and clock"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                column_gap: Val::VMin(10.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    commands
        .spawn((
            Name::new("help"),
            HelperButton,
            TapTarget("help"),
            PressBounce::default(),
            Node {
                width: Val::VMin(24.0),
                height: Val::VMin(24.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(palette::PEACH),
            ChildOf(controls),
            children![(
                HelperPicture,
                widget::picture(
                    Handle::default(),
                    Node {
                        width: Val::Percent(70.0),
                        height: Val::Percent(70.0),
                        ..default()
                    },
                ),
            )],
        ))
        .observe(tap_as::<Journey>(Tap::Help));
    spawn_clock(commands, controls, 22.0);
}

/// The traveller walks along the map; the helper shows this stage's job (dimmed once done).
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub(super) fn follow_the_way(
    game: Res<JourneyGame>,
    memory: Res<SceneMemory>,
    clock: Res<PlayClock<Journey>>,
    told: Res<JourneyStory>,
    pictures: Res<JourneyPictures>,
    reduced: Res<ReducedMotion>,
    mut traveller: Query<(&mut Node, &mut UiTransform), With<Traveller>>,
    mut helper: Query<&mut BackgroundColor, With<HelperButton>>,
    mut helper_picture: Query<&mut ImageNode, With<HelperPicture>>,
    mut flower: Query<&mut ImageNode, (With<Flower>, Without<HelperPicture>)>,
) {
    let journey = &game.0;
    for (mut node, mut transform) in &mut traveller {
        let left = Val::Percent(journey.way() * 88.0);
        if node.left != left {
            node.left = left;
        }
        // A little hop after each help.
        let hop = memory
            .helped_at
            .map(|at| clock.seconds - at)
            .filter(|since| *since < 0.6 && !reduced.0)
            .map_or(0.0, |since| {
                (since / 0.6 * std::f32::consts::PI).sin() * -3.0
            });
        let wanted = Val2::new(Val::ZERO, Val::VMin(hop));
        if transform.translation != wanted {
            transform.translation = wanted;
        }
    }
    let stage = journey.stage();
    let wanted = pictures.get(story::stage_story(told.0, stage).helper);
    let done = journey.helped(stage);
    for mut image in &mut helper_picture {
        if image.image != wanted {
            image.image = wanted.clone();
        }
        let colour = Color::WHITE.with_alpha(if done { 0.45 } else { 1.0 });
        if image.color != colour {
            image.color = colour;
        }
    }
    for mut background in &mut helper {
        let colour = if done {
            palette::PARENT_CHIP
        } else {
            palette::PEACH
        };
        if background.0 != colour {
            background.0 = colour;
        }
    }
    // The flower at the grown-up's window opens halfway through the meanwhile.
    if let Phase::Meanwhile { .. } = journey.phase() {
        let open = journey.away_progress() > 0.5 * (1.0 - super::rules::Timing::MEANWHILE_SHARE);
        let wanted = pictures.get(if open {
            ScenePicture::Tulip
        } else {
            ScenePicture::Seedling
        });
        for mut image in &mut flower {
            if image.image != wanted {
                image.image = wanted.clone();
            }
        }
    }
}
