//! The way home: one place from where the traveller is to home (sky, grass, the road and its
//! landmarks), the traveller walking along it and riding in the bus's window, whoever waits
//! looking out of our house's window at the end, and a helper button that speeds each stage
//! up.

use bevy::prelude::*;
use see_you_soon_model::pictures::ScenePicture;

use super::{
    clock::spawn_clock,
    rules::{Journey, Stage, Tap},
    scenery::{WAY_ACROSS, Way, spawn_helpers, spawn_scenery},
    screen::{JourneyGame, JourneyStory, Portraits, SceneMemory},
    story::{self, Story},
    traffic_light::spawn_traffic_light,
};
use crate::{
    assets::JourneyPictures,
    dom_mirror::TapTarget,
    games::house::{GLASS, spawn_little_house},
    games::love::hands::LoveReceiver,
    games::play_loop::{PlayClock, tap_as},
    theme::{
        figure::{Appearance, Doing, HeadAndShoulders, figure_box, spawn_figure},
        interaction::ReducedMotion,
        prelude::*,
        widget,
    },
};
use see_you_soon_model::figure::{Gesture, Side};

/// The traveller on foot.
#[derive(Component)]
pub(super) struct Traveller;

/// The bus the traveller rides, with them in its window.
#[derive(Component)]
pub(super) struct RidingBus;

const MAP_HEIGHT: f32 = 36.0;
/// The bus's length, in vmin.
const BUS_LENGTH: f32 = 33.0;
/// The grown-up's height on the way home, in vmin.
const FIGURE_SCALE: f32 = 16.0;
const SKY: Color = Color::srgb(0.86, 0.94, 0.98);
const GRASS: Color = Color::srgb(0.78, 0.90, 0.70);
const ROAD: Color = Color::srgb(0.87, 0.80, 0.68);
const BUS: Color = Color::srgb(0.99, 0.80, 0.40);
const WHEEL: Color = Color::srgb(0.36, 0.30, 0.30);
const HEADLIGHT: Color = Color::srgb(1.0, 0.97, 0.80);

/// The people's stories go by bus; the foxes run.
fn rides_a_bus(told: Story) -> bool {
    told != Story::Foxes
}

/// A bus drawn from soft shapes, hidden until the ride, with a front a child can tell from its
/// back (a rounded box with three windows had neither, nor anyone driving): a tall windscreen
/// with the driver in it, a rounder front corner and a headlight. Drawn facing right, the way
/// it goes on the unmirrored map. Returns the window the traveller sits in.
fn spawn_bus(commands: &mut Commands, map: Entity) -> Entity {
    let vmin = Val::VMin;
    let bus = commands
        .spawn((
            Name::new("Bus"),
            RidingBus,
            Node {
                position_type: PositionType::Absolute,
                // Its wheels on the road, not the grass below it.
                bottom: vmin(7.0),
                width: vmin(BUS_LENGTH),
                height: vmin(13.0),
                border_radius: BorderRadius {
                    top_left: vmin(3.0),
                    top_right: vmin(6.0),
                    bottom_right: vmin(2.0),
                    bottom_left: vmin(2.0),
                },
                column_gap: vmin(1.5),
                padding: UiRect::new(vmin(2.0), vmin(1.0), vmin(1.5), vmin(0.0)),
                ..default()
            },
            BackgroundColor(BUS),
            Visibility::Hidden,
            Pickable::IGNORE,
            ChildOf(map),
        ))
        .id();
    for left in [3.0, BUS_LENGTH - 8.5] {
        commands.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: vmin(left),
                bottom: vmin(-1.5),
                width: vmin(4.5),
                height: vmin(4.5),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(WHEEL),
            Pickable::IGNORE,
            ChildOf(bus),
        ));
    }
    commands.spawn((
        Name::new("Headlight"),
        Node {
            position_type: PositionType::Absolute,
            right: vmin(0.6),
            bottom: vmin(2.0),
            width: vmin(2.2),
            height: vmin(2.2),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BackgroundColor(HEADLIGHT),
        Pickable::IGNORE,
        ChildOf(bus),
    ));
    let window = |width: f32, height: f32, front: bool| {
        (
            Node {
                width: vmin(width),
                height: vmin(height),
                border_radius: BorderRadius {
                    top_right: vmin(if front { 4.5 } else { 1.2 }),
                    ..BorderRadius::all(vmin(1.2))
                },
                overflow: Overflow::clip(),
                justify_content: JustifyContent::Center,
                // The driver's cap needs more room above than a passenger's head.
                padding: UiRect::top(vmin(if front { 1.4 } else { 0.6 })),
                ..default()
            },
            BackgroundColor(GLASS),
            Pickable::IGNORE,
            ChildOf(bus),
        )
    };
    let mut middle = bus;
    for index in 0..3 {
        let passengers = commands.spawn(window(6.5, 6.5, false)).id();
        if index == 1 {
            middle = passengers;
        }
    }
    let windscreen = commands
        .spawn((Name::new("Windscreen"), window(6.0, 8.0, true)))
        .id();
    let driver = spawn_figure(
        commands,
        windscreen,
        Appearance::bus_driver(),
        FIGURE_SCALE,
        7,
    );
    commands.entity(driver).insert(HeadAndShoulders);
    middle
}

#[derive(Component)]
pub(super) struct HelperButton;

#[derive(Component)]
pub(super) struct HelperPicture;

/// The traffic light drawn on the helper button, shown instead of its picture for the ride.
#[derive(Component)]
pub(super) struct HelperLight;

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
                height: Val::VMin(MAP_HEIGHT),
                // Upright, the screen's spare height becomes sky (everything stands on the
                // ground, drawn from the map's foot): at the same height as lying down, the
                // top third of the screen was empty.
                min_height: Val::Vh(MAP_HEIGHT),
                border_radius: BorderRadius::all(Val::VMin(4.0)),
                overflow: Overflow::clip(),
                ..default()
            },
            BackgroundColor(SKY),
            // Drawn left to right, shown mirrored: the traveller walked out of our door to
            // the right, so the way home comes back from the right, to home on the left.
            UiTransform::from_scale(Vec2::new(-1.0, 1.0)),
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    // Grass, and the road along it.
    for (colour, bottom, height, inset) in [(GRASS, 0.0, 9.0, 0.0), (ROAD, 5.0, 3.5, 2.0)] {
        commands.spawn((
            Name::new("Ground"),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(inset),
                right: Val::Percent(inset),
                bottom: Val::VMin(bottom),
                height: Val::VMin(height),
                border_radius: BorderRadius::all(Val::VMin(if inset > 0.0 { 1.7 } else { 0.0 })),
                ..default()
            },
            BackgroundColor(colour),
            Pickable::IGNORE,
            ChildOf(map),
        ));
    }
    let (traveller_looks, waiting_looks) = people.traveller_and_waiting_figures();
    let bus = rides_a_bus(told);
    let way = Way {
        map,
        told,
        rides_a_bus: bus,
        pictures,
    };
    spawn_scenery(commands, &way);
    // Home, at the end of the way (the same house as at the door, for the foxes too), with
    // whoever waits looking out for the traveller.
    // Mirrored back inside the mirrored map, so our door is on the left, as at the doorstep
    // (mirrored with the map, it read as another house).
    let home = commands
        .spawn((
            Name::new("Home on the way"),
            Node {
                position_type: PositionType::Absolute,
                right: Val::Percent(2.0),
                bottom: Val::VMin(7.0),
                width: Val::VMin(18.0),
                height: Val::VMin(15.0),
                ..default()
            },
            UiTransform::from_scale(Vec2::new(-1.0, 1.0)),
            Pickable::IGNORE,
            ChildOf(map),
        ))
        .id();
    let window = spawn_little_house(
        commands,
        home,
        Node {
            left: Val::ZERO,
            right: Val::ZERO,
            top: Val::ZERO,
            bottom: Val::ZERO,
            ..default()
        },
    );
    let waiting = spawn_figure(commands, window, waiting_looks, FIGURE_SCALE, 4);
    commands.entity(waiting).insert(HeadAndShoulders);
    // The traveller walks along the road, and rides in the bus's window for the ride.
    let walker = spawn_figure(commands, map, traveller_looks, FIGURE_SCALE, 5);
    commands.entity(walker).insert((
        Traveller,
        LoveReceiver,
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(0.0),
            bottom: Val::VMin(6.0),
            ..figure_box(traveller_looks, FIGURE_SCALE)
        },
    ));
    spawn_helpers(commands, &way);
    if bus {
        // The light the bus waits at as the ride begins, just ahead of its front (spawned
        // first, so the bus passes in front of its post).
        let stop_line = commands
            .spawn((
                Name::new("Where the bus waits"),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Percent(Stage::Riding.start() * WAY_ACROSS),
                    bottom: Val::VMin(7.5),
                    ..default()
                },
                Pickable::IGNORE,
                ChildOf(map),
            ))
            .id();
        spawn_traffic_light(
            commands,
            stop_line,
            7.0,
            13.0,
            Node {
                position_type: PositionType::Absolute,
                // Clear of the waiting bus's front (a vmin ahead, the bus hid its post and
                // the light seemed to sit on its roof).
                left: Val::VMin(BUS_LENGTH + 3.5),
                bottom: Val::ZERO,
                ..default()
            },
        );
        let window = spawn_bus(commands, map);
        let riding = spawn_figure(commands, window, traveller_looks, FIGURE_SCALE, 6);
        commands.entity(riding).insert(HeadAndShoulders);
    }

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
    let helper = commands
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
        .id();
    commands
        .entity(helper)
        .observe(tap_as::<Journey>(Tap::Help));
    let light = spawn_traffic_light(
        commands,
        helper,
        15.0,
        0.0,
        Node {
            display: Display::None,
            ..default()
        },
    );
    commands.entity(light).insert(HelperLight);
    spawn_clock(
        commands,
        controls,
        22.0,
        traveller_looks,
        people.traveller_photo(),
    );
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
    mut traveller: Query<
        (&mut Node, &mut UiTransform, &mut Doing, &mut Visibility),
        With<Traveller>,
    >,
    mut bus: Query<(&mut Node, &mut Visibility), (With<RidingBus>, Without<Traveller>)>,
    mut helper: Query<&mut BackgroundColor, With<HelperButton>>,
    mut helper_picture: Query<
        (&mut ImageNode, &mut Node),
        (With<HelperPicture>, Without<Traveller>, Without<RidingBus>),
    >,
    mut helper_light: Query<
        &mut Node,
        (
            With<HelperLight>,
            Without<HelperPicture>,
            Without<Traveller>,
            Without<RidingBus>,
        ),
    >,
) {
    let journey = &game.0;
    let stage = journey.stage();
    let riding = rides_a_bus(told.0) && stage == Stage::Riding;
    let helper_shown = story::stage_story(told.0, stage).helper;
    let gesture = match stage {
        // The wave button's answer is the traveller's own wave, bye-bye to work or school.
        _ if helper_shown == ScenePicture::WavingHand && journey.helped(stage) => {
            Gesture::Wave { hand: Side::Right }
        }
        // At the bus stop (or the stream) the traveller stands and waits.
        Stage::Waiting => Gesture::Stand,
        Stage::Door => Gesture::Wave { hand: Side::Right },
        _ => Gesture::Walk,
    };
    let left = Val::Percent(journey.way() * WAY_ACROSS);
    for (mut node, mut visibility) in &mut bus {
        if node.left != left {
            node.left = left;
        }
        visibility.set_if_neq(if riding {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
    }
    for (mut node, mut transform, mut doing, mut visibility) in &mut traveller {
        if node.left != left {
            node.left = left;
        }
        if doing.0 != gesture {
            doing.0 = gesture;
        }
        visibility.set_if_neq(if riding {
            Visibility::Hidden
        } else {
            Visibility::Inherited
        });
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
    let wanted = pictures.get(helper_shown);
    let done = journey.helped(stage);
    // The traffic light is drawn, so it can turn green; the other helpers are pictures.
    let drawn = helper_shown == ScenePicture::VerticalTrafficLight;
    // Whichever is not shown leaves the layout, so the other has the button's middle.
    let display = if drawn { Display::None } else { Display::Flex };
    for (mut image, mut node) in &mut helper_picture {
        if image.image != wanted {
            image.image = wanted.clone();
        }
        if node.display != display {
            node.display = display;
        }
    }
    let light_display = if drawn { Display::Flex } else { Display::None };
    for mut node in &mut helper_light {
        if node.display != light_display {
            node.display = light_display;
        }
    }
    // Done shows as a glad green, never as a greyed-out button that looks broken.
    for mut background in &mut helper {
        let colour = if done { palette::GO } else { palette::PEACH };
        if background.0 != colour {
            background.0 = colour;
        }
    }
}
