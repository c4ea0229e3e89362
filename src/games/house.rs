//! The front of our house, drawn from soft shapes: a wall under a roof, a window, the step and
//! a real door on a hinge, so every goodbye and homecoming happens at one door a child knows
//! (the journey's, the morning goodbye's, the way home's end).

use bevy::prelude::*;
use see_you_soon_model::journey::pose::{DOOR_WIDTH, door_pose};

/// The doorstep scene's height, in vmin: the door's.
pub const SCENE_HEIGHT: f32 = 38.0;
/// The grown-up's height at the door, in vmin (the child is drawn to the same scale).
pub const GROWN_UP_HEIGHT: f32 = 33.0;

const WALL: Color = Color::srgb(0.97, 0.87, 0.76);
const ROOF: Color = Color::srgb(0.84, 0.52, 0.44);
const STEP: Color = Color::srgb(0.80, 0.76, 0.73);
const FRAME: Color = Color::srgb(0.55, 0.39, 0.30);
/// The hall inside, lit: what shows through the open door.
const HALL: Color = Color::srgb(1.0, 0.93, 0.74);
const DOOR: Color = Color::srgb(0.45, 0.63, 0.72);
const DOOR_PANEL: Color = Color::srgb(0.52, 0.70, 0.78);
const KNOB: Color = Color::srgb(0.96, 0.78, 0.36);
/// Window glass, in the house and in the bus.
pub const GLASS: Color = Color::srgb(0.82, 0.93, 0.98);

fn block(colour: Color, node: Node) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            ..node
        },
        BackgroundColor(colour),
        Pickable::IGNORE,
    )
}

/// The wall, roof, window and step behind everything in `row`. Returns the window, where the
/// child waits and watches.
pub fn spawn_house_front(commands: &mut Commands, row: Entity) -> Entity {
    let vmin = Val::VMin;
    let wall = commands
        .spawn((
            Name::new("House front"),
            block(
                WALL,
                Node {
                    left: vmin(0.0),
                    right: vmin(0.0),
                    top: vmin(-2.0),
                    bottom: vmin(0.0),
                    ..default()
                },
            ),
            ZIndex(-3),
            ChildOf(row),
            children![
                // The roof's edge, wider than the wall.
                block(
                    ROOF,
                    Node {
                        left: vmin(-3.0),
                        right: vmin(-3.0),
                        top: vmin(-4.0),
                        height: vmin(5.0),
                        border_radius: BorderRadius::top(vmin(2.5)),
                        ..default()
                    },
                ),
                // The step, a little wider than the house.
                block(
                    STEP,
                    Node {
                        left: vmin(-5.0),
                        right: vmin(-5.0),
                        bottom: vmin(-3.0),
                        height: vmin(3.5),
                        border_radius: BorderRadius::all(vmin(1.5)),
                        ..default()
                    },
                ),
            ],
        ))
        .id();
    spawn_window(
        commands,
        wall,
        Node {
            right: vmin(4.0),
            top: vmin(5.0),
            width: vmin(15.0),
            height: vmin(13.0),
            ..default()
        },
        1.2,
    )
}

/// The door frame, the lit hall behind it, and the door, which carries `marker` so a scene can
/// swing it (shut unless `marker` holds a [`UiTransform`], such as [`open_door`]).
pub fn spawn_door(commands: &mut Commands, doorway: Entity, reunion: bool, marker: impl Bundle) {
    let vmin = Val::VMin;
    let height = SCENE_HEIGHT - 1.5;
    commands.spawn((
        Name::new("Door frame"),
        block(
            FRAME,
            Node {
                left: vmin(0.0),
                bottom: vmin(0.0),
                width: vmin(DOOR_WIDTH + 3.0),
                height: vmin(height + 1.5),
                border_radius: BorderRadius::top(vmin(2.0)),
                ..default()
            },
        ),
        ZIndex(-2),
        ChildOf(doorway),
        children![block(
            HALL,
            Node {
                left: vmin(1.5),
                bottom: vmin(0.0),
                width: vmin(DOOR_WIDTH),
                height: vmin(height),
                border_radius: BorderRadius::top(vmin(1.0)),
                ..default()
            },
        )],
    ));
    let panel = |top: f32, tall: f32| {
        block(
            DOOR_PANEL,
            Node {
                left: Val::Percent(14.0),
                right: Val::Percent(14.0),
                top: Val::Percent(top),
                height: Val::Percent(tall),
                border_radius: BorderRadius::all(vmin(1.2)),
                ..default()
            },
        )
    };
    // In front of someone, the door reaches down over the step: level with their soles, the
    // shoes showed under it as if someone were stuck beneath.
    let below = if reunion { 1.5 } else { 0.0 };
    commands.spawn((
        Name::new("Door"),
        marker,
        block(
            DOOR,
            Node {
                left: vmin(1.5),
                bottom: vmin(-below),
                width: vmin(DOOR_WIDTH),
                height: vmin(height + below),
                border_radius: BorderRadius::top(vmin(1.0)),
                ..default()
            },
        ),
        // At the reunion the door stands in front of the grown-up until it opens; at the
        // ritual it is open behind them.
        ZIndex(if reunion { 1 } else { -1 }),
        ChildOf(doorway),
        children![
            // A round window at the top, then two panels.
            (
                block(
                    GLASS,
                    Node {
                        left: Val::Percent(32.0),
                        width: Val::Percent(36.0),
                        top: Val::Percent(7.0),
                        aspect_ratio: Some(1.0),
                        border: UiRect::all(vmin(0.8)),
                        border_radius: BorderRadius::all(Val::Percent(50.0)),
                        ..default()
                    },
                ),
                BorderColor::all(DOOR_PANEL),
            ),
            panel(34.0, 26.0),
            panel(66.0, 26.0),
            block(
                KNOB,
                Node {
                    right: Val::Percent(8.0),
                    top: Val::Percent(55.0),
                    width: vmin(2.6),
                    height: vmin(2.6),
                    border_radius: BorderRadius::all(Val::Percent(50.0)),
                    ..default()
                },
            ),
        ],
    ));
}

/// Our front door alone, for a button that asks for a knock on it: the same blue door in its
/// frame, with its round window and knob, filling `parent` (an in-flow node, so a button
/// can take it out of its layout with `Display::None`).
pub fn spawn_door_picture(commands: &mut Commands, parent: Entity) -> Entity {
    commands
        .spawn((
            Name::new("Our door"),
            Node {
                width: Val::Percent(46.0),
                height: Val::Percent(70.0),
                border: UiRect::all(Val::VMin(0.8)),
                border_radius: BorderRadius::top(Val::VMin(1.2)),
                ..default()
            },
            BackgroundColor(DOOR),
            BorderColor::all(FRAME),
            Pickable::IGNORE,
            ChildOf(parent),
            children![
                (
                    block(
                        GLASS,
                        Node {
                            left: Val::Percent(30.0),
                            width: Val::Percent(40.0),
                            top: Val::Percent(10.0),
                            aspect_ratio: Some(1.0),
                            border: UiRect::all(Val::VMin(0.5)),
                            border_radius: BorderRadius::all(Val::Percent(50.0)),
                            ..default()
                        },
                    ),
                    BorderColor::all(DOOR_PANEL),
                ),
                block(
                    KNOB,
                    Node {
                        right: Val::Percent(10.0),
                        top: Val::Percent(55.0),
                        width: Val::VMin(1.6),
                        height: Val::VMin(1.6),
                        border_radius: BorderRadius::all(Val::Percent(50.0)),
                        ..default()
                    },
                ),
            ],
        ))
        .id()
}

/// A small front of our house for the end of the way home: roof, wall, a shut door and the
/// window. `node` places it. Returns the window, where whoever waits looks out.
pub fn spawn_little_house(commands: &mut Commands, parent: Entity, node: Node) -> Entity {
    let house = commands
        .spawn((
            Name::new("Our house"),
            block(WALL, node),
            ChildOf(parent),
            children![
                block(
                    ROOF,
                    Node {
                        left: Val::Percent(-8.0),
                        right: Val::Percent(-8.0),
                        top: Val::Percent(-16.0),
                        height: Val::Percent(22.0),
                        border_radius: BorderRadius::top(Val::VMin(1.5)),
                        ..default()
                    },
                ),
                (
                    block(
                        DOOR,
                        Node {
                            left: Val::Percent(12.0),
                            bottom: Val::ZERO,
                            width: Val::Percent(30.0),
                            height: Val::Percent(62.0),
                            border: UiRect::all(Val::VMin(0.5)),
                            border_radius: BorderRadius::top(Val::VMin(0.8)),
                            ..default()
                        },
                    ),
                    BorderColor::all(FRAME),
                    children![block(
                        KNOB,
                        Node {
                            right: Val::Percent(10.0),
                            top: Val::Percent(50.0),
                            width: Val::VMin(1.0),
                            height: Val::VMin(1.0),
                            border_radius: BorderRadius::all(Val::Percent(50.0)),
                            ..default()
                        },
                    )],
                ),
            ],
        ))
        .id();
    spawn_window(
        commands,
        house,
        Node {
            right: Val::Percent(10.0),
            top: Val::Percent(18.0),
            width: Val::Percent(42.0),
            height: Val::Percent(42.0),
            ..default()
        },
        0.7,
    )
}

/// A window with a white frame `frame` vmin thick, placed by `node`. It clips whoever looks
/// out of it to their head and shoulders.
fn spawn_window(commands: &mut Commands, wall: Entity, node: Node, frame: f32) -> Entity {
    commands
        .spawn((
            Name::new("Window"),
            block(
                GLASS,
                Node {
                    border: UiRect::all(Val::VMin(frame)),
                    border_radius: BorderRadius::all(Val::VMin(frame * 1.2)),
                    overflow: Overflow::clip(),
                    justify_content: JustifyContent::Center,
                    padding: UiRect::top(Val::VMin(frame)),
                    ..node
                },
            ),
            BorderColor::all(Color::WHITE),
            ChildOf(wall),
        ))
        .id()
}

/// The door standing open, for a scene whose door does not move.
pub fn open_door() -> UiTransform {
    let pose = door_pose(1.0);
    UiTransform {
        translation: Val2::new(Val::VMin(pose.shift.0), Val::VMin(pose.shift.1)),
        scale: Vec2::new(pose.scale.0, pose.scale.1),
        ..default()
    }
}
