//! The front door: the goodbye ritual (hug, kiss, wave, farewell) and the reunion (knock, the
//! door opens, a hug, the picture admired, the promise). The characters' poses come from the
//! model's `pose_of`; this file draws them.

use bevy::prelude::*;
use see_you_soon_model::pictures::ScenePicture;

use super::{
    meanwhile::{picture_frame, spawn_picture_areas},
    pose::{Character, pose_of},
    rules::{Journey, Phase, Step, Tap},
    screen::{JourneyGame, Portraits},
    story,
};
use crate::{
    assets::{GameAssets, JourneyPictures},
    dom_mirror::TapTarget,
    games::love::hands::LoveReceiver,
    games::play_loop::{PlayClock, tap_as},
    theme::{interaction::ReducedMotion, prelude::*},
};

/// The big button of a step: its picture changes with the step; hidden when no tap is wanted.
#[derive(Component)]
pub(super) struct StepButton;

#[derive(Component)]
pub(super) struct StepButtonPicture;

/// Who a drawn character is, so its pose can follow the rules.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cast(Character);

/// The front door with the grown-up and the child: the ritual, and (with `reunion`) the
/// homecoming, where the grown-up waits behind the door until it opens.
pub(super) fn spawn_doorstep(
    commands: &mut Commands,
    holder: Entity,
    people: &Portraits,
    assets: &GameAssets,
    reunion: bool,
) {
    let row = commands
        .spawn((
            Name::new("Doorstep"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: Val::VMin(4.0),
                ..default()
            },
            ChildOf(holder),
        ))
        .observe(tap_as::<Journey>(Tap::Step))
        .id();
    // The door, with the grown-up in front of it (ritual) or behind it (reunion).
    let doorway = commands
        .spawn((
            Name::new("Doorway"),
            LoveReceiver,
            Node {
                width: Val::VMin(30.0),
                height: Val::VMin(40.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::FlexEnd,
                ..default()
            },
            ChildOf(row),
        ))
        .id();
    commands.spawn((
        Name::new("Grown-up"),
        Cast(Character::GrownUp),
        ImageNode::new(people.grown_up.clone()),
        Node {
            position_type: PositionType::Absolute,
            width: Val::VMin(28.0),
            height: Val::VMin(28.0),
            bottom: Val::VMin(2.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(doorway),
    ));
    commands.spawn((
        Name::new("Door"),
        Cast(Character::Door),
        ImageNode {
            rect: Some(Rect::new(128.0, 32.0, 384.0, 480.0)),
            image_mode: NodeImageMode::Stretch,
            ..ImageNode::new(assets.door.clone())
        },
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(0.0),
            width: Val::VMin(22.0),
            height: Val::VMin(40.0),
            ..default()
        },
        // At the reunion the door stands in front of the grown-up until it opens; at the
        // ritual it is the open doorway behind them.
        ZIndex(if reunion { 1 } else { -1 }),
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(doorway),
    ));
    commands.spawn((
        Name::new("Child"),
        Cast(Character::Child),
        ImageNode::new(people.child.clone()),
        Node {
            width: Val::VMin(22.0),
            height: Val::VMin(22.0),
            ..default()
        },
        UiTransform::default(),
        Pickable::IGNORE,
        ChildOf(row),
    ));
    commands.spawn((
        Name::new("Gesture"),
        Cast(Character::Gesture),
        ImageNode::new(Handle::default()),
        Node {
            position_type: PositionType::Absolute,
            width: Val::VMin(12.0),
            height: Val::VMin(12.0),
            left: Val::VMin(30.0),
            top: Val::VMin(0.0),
            ..default()
        },
        UiTransform::default(),
        Visibility::Hidden,
        Pickable::IGNORE,
        ChildOf(row),
    ));
    if reunion {
        // The picture the child coloured, shown (not tappable) when the grown-up admires it.
        let kept = commands
            .spawn((picture_frame(26.0), Visibility::Hidden, ChildOf(row)))
            .id();
        spawn_picture_areas(commands, kept, false);
    }
    commands
        .spawn((
            Name::new("step"),
            StepButton,
            TapTarget("step"),
            PressBounce::default(),
            Node {
                width: Val::VMin(22.0),
                height: Val::VMin(22.0),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(palette::PEACH),
            Visibility::Hidden,
            ChildOf(holder),
            children![(
                StepButtonPicture,
                ImageNode::new(Handle::default()),
                Node {
                    width: Val::Percent(72.0),
                    height: Val::Percent(72.0),
                    ..default()
                },
                Pickable::IGNORE,
            )],
        ))
        .observe(tap_as::<Journey>(Tap::Step));
}

#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub(super) fn animate_characters(
    game: Res<JourneyGame>,
    clock: Res<PlayClock<Journey>>,
    reduced: Res<ReducedMotion>,
    pictures: Res<JourneyPictures>,
    assets: Res<GameAssets>,
    mut characters: Query<(&Cast, &mut UiTransform, &mut ImageNode, &mut Visibility)>,
    mut button: Query<&mut Visibility, (With<StepButton>, Without<Cast>)>,
    mut button_picture: Query<&mut ImageNode, (With<StepButtonPicture>, Without<Cast>)>,
) {
    let phase = game.0.phase();
    for (character, mut transform, mut image, mut visibility) in &mut characters {
        let pose = pose_of(character.0, phase, clock.seconds, reduced.0);
        let wanted = UiTransform {
            translation: Val2::new(Val::VMin(pose.shift.0), Val::VMin(pose.shift.1)),
            scale: Vec2::new(pose.scale.0, pose.scale.1),
            rotation: Rot2::radians(pose.angle),
        };
        if *transform != wanted {
            *transform = wanted;
        }
        let colour = Color::WHITE.with_alpha(pose.alpha);
        if image.color != colour {
            image.color = colour;
        }
        visibility.set_if_neq(if pose.shown {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
        if character.0 == Character::Gesture
            && let Phase::Step { step, .. } = phase
        {
            let wanted = match step {
                Step::Kiss => pictures.get(ScenePicture::KissMark),
                Step::Knock => pictures.get(ScenePicture::HuggingFace),
                _ => pictures.get(ScenePicture::WavingHand),
            };
            if image.image != wanted {
                image.image = wanted;
            }
        }
    }
    // The step button shows what to do next, and only while a tap is wanted.
    let asking = match phase {
        Phase::Step {
            step,
            acting: false,
            ..
        } if step.wants_a_tap() => Some(step),
        _ => None,
    };
    for mut visibility in &mut button {
        visibility.set_if_neq(if asking.is_some() {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
    if let Some(step) = asking {
        let wanted = match story::step_picture(step) {
            Some(name) => pictures.get(name),
            None => assets.door.clone(),
        };
        for mut image in &mut button_picture {
            if image.image != wanted {
                image.image = wanted.clone();
            }
        }
    }
}
