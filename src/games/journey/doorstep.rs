//! The front door: the goodbye ritual (hug, kiss, wave, farewell) and the reunion (knock, the
//! door opens, a hug, the picture admired, the promise). The characters' poses come from the
//! model's `pose_of`; this file draws them.

use bevy::prelude::*;
use see_you_soon_model::{
    figure::{Gesture, Side},
    pictures::ScenePicture,
};

use super::{
    hearts::HeartsRiseHere,
    meanwhile::{picture_frame, spawn_picture_areas},
    pose::{Character, gesture_of, pose_of},
    rules::{Journey, Phase, Step, Tap},
    screen::{JourneyGame, Portraits},
    story,
};
use crate::{
    assets::JourneyPictures,
    dom_mirror::TapTarget,
    games::house::{
        GROWN_UP_HEIGHT, SCENE_HEIGHT, spawn_door, spawn_door_picture, spawn_house_front,
    },
    games::love::hands::LoveReceiver,
    games::play_loop::{PlayClock, tap_as},
    narration::SpeaksAsGrownUp,
    theme::{
        figure::{
            Doing, HeadAndShoulders, HeldInHand, held_in_hand, held_in_hand_box, spawn_figure,
        },
        interaction::ReducedMotion,
        prelude::*,
    },
};

/// The big button of a step: its picture changes with the step; hidden when no tap is wanted.
#[derive(Component)]
pub(super) struct StepButton;

#[derive(Component)]
pub(super) struct StepButtonPicture;

/// Our door, drawn in the step button when a knock is asked for.
#[derive(Component)]
pub(super) struct StepButtonDoor;

/// The child, drawn in front of the grown-up while they hug and kiss: the grown-up's arms go
/// round behind the child's back (in front, their hands by the child's head read as bear's
/// ears), and the kiss in the palm shows over the grown-up's arm.
/// Lifted at the welcome, the grown-up is in front instead.
#[derive(Component)]
pub(super) struct HugsInFront;

/// The coloured picture held out at the reunion: its side, in vmin.
const HELD_PICTURE: f32 = 12.0;

/// The coloured picture in the child's hand at the reunion (the kiss is the other thing held).
#[derive(Component)]
pub(super) struct PictureInHand;

/// The kiss picture's side, in vmin.
const KISS_SIZE: f32 = 5.5;

/// Who a drawn character is, so its pose can follow the rules.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cast(pub(super) Character);

/// The front door with the grown-up and the child: the ritual, and (with `reunion`) the
/// homecoming, where the grown-up waits behind the door until it opens.
pub(super) fn spawn_doorstep(
    commands: &mut Commands,
    holder: Entity,
    people: &Portraits,
    pictures: &JourneyPictures,
    reunion: bool,
) {
    // The front of our house: a wall, a step, the door, the two of them in front of it.
    let row = commands
        .spawn((
            Name::new("Doorstep"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: Val::VMin(3.0),
                padding: UiRect::axes(Val::VMin(5.0), Val::ZERO),
                ..default()
            },
            ChildOf(holder),
        ))
        .observe(tap_as::<Journey>(Tap::Step))
        .id();
    let window = spawn_house_front(commands, row);
    // The door, with the grown-up in front of it (ritual) or behind it (reunion).
    let doorway = commands
        .spawn((
            Name::new("Doorway"),
            LoveReceiver,
            Node {
                width: Val::VMin(30.0),
                height: Val::VMin(SCENE_HEIGHT),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::FlexEnd,
                ..default()
            },
            ChildOf(row),
        ))
        .id();
    spawn_door(commands, doorway, reunion, Cast(Character::Door));
    // Whoever stays home stands in the doorway; whoever goes stands outside on the step.
    let (traveller_looks, at_home_looks) = people.traveller_and_waiting_figures();
    let at_home = spawn_figure(commands, doorway, at_home_looks, GROWN_UP_HEIGHT, 1);
    commands.entity(at_home).insert((
        Name::new("At home"),
        Cast(Character::AtHome),
        UiTransform::default(),
    ));
    let traveller = spawn_figure(commands, row, traveller_looks, GROWN_UP_HEIGHT, 2);
    commands.entity(traveller).insert((
        Name::new("Traveller"),
        Cast(Character::Traveller),
        UiTransform::default(),
    ));
    let (grown_up_figure, child_figure) = if people.grown_up_side() == Side::Right {
        (traveller, at_home)
    } else {
        (at_home, traveller)
    };
    commands.entity(child_figure).insert(HugsInFront);
    commands.entity(grown_up_figure).insert(HeartsRiseHere {
        toward: people.grown_up_side().other(),
    });
    let mut grown_up = vec![grown_up_figure];
    if reunion {
        // The same one at home, looking out of the window until the door opens.
        // A grown-up inside is drawn a little smaller, so their whole head fits the window.
        let inside = if at_home_looks.build.is_grown_up() {
            GROWN_UP_HEIGHT * 0.75
        } else {
            GROWN_UP_HEIGHT
        };
        let watching = spawn_figure(commands, window, at_home_looks, inside, 3);
        commands.entity(watching).insert((
            Name::new("At the window"),
            Cast(Character::AtHomeAtWindow),
            HeadAndShoulders,
            UiTransform::default(),
            Visibility::Hidden,
        ));
        if people.grown_up_side() == Side::Left {
            grown_up.push(watching);
        }
    }
    // The bubble points at the grown-up when they speak.
    for figure in grown_up {
        commands.entity(figure).insert(SpeaksAsGrownUp);
    }
    // The kiss, kept in the child's palm held out to the grown-up.
    commands.spawn((
        held_in_hand(
            pictures.get(ScenePicture::KissMark),
            people.grown_up_side(),
            KISS_SIZE,
        ),
        ChildOf(child_figure),
    ));
    if reunion {
        // The picture the child coloured, held out in the child's hand for the grown-up to
        // admire (standing on its own by the wall, it read as a television).
        let held = commands
            .spawn((
                held_in_hand_box(people.grown_up_side(), HELD_PICTURE),
                PictureInHand,
                ChildOf(child_figure),
            ))
            .id();
        let shown = commands
            .spawn((picture_frame(HELD_PICTURE), ChildOf(held)))
            .id();
        spawn_picture_areas(commands, shown, false);
    }
    // The picture's room, kept at both ends of the day: the house is the same size at the
    // goodbye and the reunion (it read as two houses), and the one going stands clear of the
    // window.
    commands.spawn((
        Name::new("Picture's room"),
        Node {
            width: Val::VMin(18.0),
            height: Val::VMin(18.0),
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(row),
    ));
    let button = commands
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
        .observe(tap_as::<Journey>(Tap::Step))
        .id();
    // The knock asks for a knock on our own door: drawn, so it is the blue door of the scene.
    let door = spawn_door_picture(commands, button);
    commands.entity(door).insert(StepButtonDoor);
}

#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub(super) fn animate_characters(
    game: Res<JourneyGame>,
    clock: Res<PlayClock<Journey>>,
    reduced: Res<ReducedMotion>,
    pictures: Res<JourneyPictures>,
    mut characters: Query<(
        Entity,
        &Cast,
        &mut UiTransform,
        &mut Visibility,
        Option<&mut Doing>,
        Has<HugsInFront>,
        Has<GlobalZIndex>,
    )>,
    mut commands: Commands,
    mut button: Query<&mut Visibility, (With<StepButton>, Without<Cast>)>,
    mut button_picture: Query<
        (&mut ImageNode, &mut Node),
        (With<StepButtonPicture>, Without<Cast>),
    >,
    mut button_door: Query<&mut Node, (With<StepButtonDoor>, Without<StepButtonPicture>)>,
    mut held: Query<(&mut HeldInHand, Has<PictureInHand>)>,
) {
    let phase = game.0.phase();
    // The kiss is shown in the child's held-out palm while the kiss is being given.
    let kissing = matches!(
        phase,
        Phase::Step {
            step: Step::Kiss,
            acting: true,
            ..
        }
    );
    // The picture is held out while it is admired, if anything was coloured (an empty one
    // is not shown: the grown-up says "I missed you" instead).
    let admiring = matches!(
        phase,
        Phase::Step {
            step: Step::Admire,
            acting: true,
            ..
        }
    ) && game.0.picture().coloured() > 0;
    for (mut held, is_picture) in &mut held {
        let wanted = if is_picture { admiring } else { kissing };
        if held.wanted != wanted {
            held.wanted = wanted;
        }
    }
    for (entity, character, mut transform, mut visibility, doing, child, raised) in &mut characters
    {
        let pose = pose_of(character.0, phase, clock.seconds, reduced.0);
        let wanted = UiTransform {
            translation: Val2::new(Val::VMin(pose.shift.0), Val::VMin(pose.shift.1)),
            scale: Vec2::new(pose.scale.0, pose.scale.1),
            rotation: Rot2::radians(pose.angle),
        };
        if *transform != wanted {
            *transform = wanted;
        }
        visibility.set_if_neq(if pose.shown {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
        // The people act with their bodies.
        if let Some(mut doing) = doing {
            let gesture = Doing(gesture_of(character.0, phase, reduced.0));
            // In a hug the child is in front, the grown-up's arm round their back; lifted,
            // the grown-up is, their arm across the child holding them up (behind the child,
            // nothing seemed to hold them, and a fox cub's paw lay on the mother's face).
            let in_front = match gesture.0 {
                // In the kiss too, so the kiss shows in the palm over the grown-up's arm.
                Gesture::Hug { .. } | Gesture::Kiss { .. } => child,
                Gesture::Lift { .. } => !child,
                _ => false,
            };
            if in_front && !raised {
                commands.entity(entity).insert(GlobalZIndex(1));
            } else if !in_front && raised {
                commands.entity(entity).remove::<GlobalZIndex>();
            }
            if *doing != gesture {
                *doing = gesture;
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
        // A step without a picture is the knock, shown as our door; whichever is not shown
        // leaves the layout, so the other has the button's middle.
        let picture = story::step_picture(step);
        let (picture_display, door_display) = match picture {
            Some(_) => (Display::Flex, Display::None),
            None => (Display::None, Display::Flex),
        };
        for (mut image, mut node) in &mut button_picture {
            if let Some(name) = picture {
                let wanted = pictures.get(name);
                if image.image != wanted {
                    image.image = wanted;
                }
            }
            if node.display != picture_display {
                node.display = picture_display;
            }
        }
        for mut node in &mut button_door {
            if node.display != door_display {
                node.display = door_display;
            }
        }
    }
}
