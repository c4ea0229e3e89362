//! Meanwhile: where the grown-up is (a flower that opened as time passed read as unexplained),
//! the clock, and a picture to colour with big pots of paint (shown again at the reunion).

use bevy::prelude::*;

use super::{
    clock::spawn_clock,
    rules::{Journey, PICTURE_AREAS, Tap},
    screen::{JourneyGame, Portraits},
    story::{self, PAINTS, Story},
};
use crate::{
    assets::JourneyPictures,
    dom_mirror::TapTarget,
    games::love::hands::LoveReceiver,
    games::play_loop::tap_as,
    theme::figure::{photo_badge, spawn_figure},
    theme::{prelude::*, widget},
};

/// One area of the colouring picture.
#[derive(Component, Clone, Copy)]
pub(super) struct PictureArea(u8);

/// One colour of the palette.
#[derive(Component, Clone, Copy)]
pub(super) struct PaintPot(u8);

/// A paint pot's size (over 96 CSS px on a tablet) and the room between two.
const POT: f32 = 13.0;
const POT_GAP: f32 = 2.5;

const AREA_TARGETS: [&str; PICTURE_AREAS] = ["area-0", "area-1", "area-2", "area-3", "area-4"];
const PAINT_TARGETS: [&str; 4] = ["paint-0", "paint-1", "paint-2", "paint-3"];

/// Meanwhile: the grown-up at their place and the clock, and the
/// child's picture to colour with a few big pots of paint.
pub(super) fn spawn_meanwhile(
    commands: &mut Commands,
    holder: Entity,
    told: Story,
    people: &Portraits,
    pictures: &JourneyPictures,
) {
    let row = commands
        .spawn((
            Name::new("Meanwhile"),
            // Where the grown-up is, the picture and the paints side by side in landscape
            // (26 + 48 + 28.5 vmin and the gaps), the paints wrapping below in portrait. Raised
            // a little, so the clock and the paints stay clear of the hands in the bottom
            // corners (under the picture, the last pot sat under the Love Connection's hand).
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: Val::VMin(3.0),
                row_gap: Val::VMin(3.0),
                margin: UiRect::bottom(Val::VMin(14.0)),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(holder),
        ))
        .id();
    let away = commands
        .spawn((
            Name::new("Away"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: Val::VMin(2.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(row),
        ))
        .id();
    let window = commands
        .spawn((
            Name::new("Where the traveller is"),
            LoveReceiver,
            Node {
                width: Val::VMin(26.0),
                height: Val::VMin(24.0),
                border: UiRect::all(Val::VMin(1.2)),
                border_radius: BorderRadius::all(Val::VMin(3.0)),
                justify_content: JustifyContent::SpaceEvenly,
                align_items: AlignItems::FlexEnd,
                padding: UiRect::all(Val::VMin(1.0)),
                ..default()
            },
            BackgroundColor(Color::srgb(0.93, 0.97, 1.0)),
            BorderColor::all(Color::srgb(0.62, 0.44, 0.30)),
            Pickable::IGNORE,
            ChildOf(away),
            children![widget::picture(
                pictures.get(story::away_place(told).0),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::VMin(0.5),
                    top: Val::VMin(0.5),
                    width: Val::VMin(8.0),
                    height: Val::VMin(8.0),
                    ..default()
                },
            ),],
        ))
        .id();
    // Whoever is away, by the big window: there, busy, and fine.
    let (traveller, _) = people.traveller_and_waiting_figures();
    spawn_figure(commands, window, traveller, 20.0, 7);
    // The photo of the one at home on the wall there, when the family kept one: they are
    // thought of while apart.
    if let Some((_, waiting)) = people.traveller_and_waiting_photos() {
        commands.spawn((
            photo_badge(
                waiting,
                Node {
                    position_type: PositionType::Absolute,
                    // Beside the traveller's shoulder, clear of their head and arms, and
                    // inside the frame (over its edge it looked stuck on).
                    right: Val::VMin(1.4),
                    top: Val::VMin(8.5),
                    width: Val::VMin(6.5),
                    height: Val::VMin(6.5),
                    ..default()
                },
                0.6,
            ),
            ChildOf(window),
        ));
    }
    spawn_clock(commands, away, 20.0, traveller, people.traveller_photo());

    let canvas = commands.spawn((picture_frame(48.0), ChildOf(row))).id();
    spawn_picture_areas(commands, canvas, true);
    // The paints, two by two.
    let pots = commands
        .spawn((
            Name::new("Palette"),
            Node {
                width: Val::VMin(2.0 * POT + POT_GAP),
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: Val::VMin(POT_GAP),
                row_gap: Val::VMin(POT_GAP),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(row),
        ))
        .id();
    for (index, (name, [r, g, b])) in PAINTS.iter().enumerate() {
        let paint = index as u8;
        commands
            .spawn((
                Name::new(format!("{name:?}")),
                PaintPot(paint),
                TapTarget(PAINT_TARGETS[index]),
                PressBounce::default(),
                Node {
                    width: Val::VMin(POT),
                    height: Val::VMin(POT),
                    border: UiRect::all(Val::VMin(0.8)),
                    border_radius: BorderRadius::all(Val::Percent(50.0)),
                    ..default()
                },
                BackgroundColor(Color::srgb(*r, *g, *b)),
                BorderColor::all(Color::WHITE),
                ChildOf(pots),
            ))
            .observe(tap_as::<Journey>(Tap::Paint(paint)));
    }
}

/// One area of the picture: where it sits (percent of the picture) and whether it is round.
struct AreaShape {
    name: &'static str,
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    round: bool,
}

/// A house, its roof, a sun, a tree and the grass: big, simple areas.
const AREAS: [AreaShape; PICTURE_AREAS] = [
    AreaShape {
        name: "Sun",
        left: 70.0,
        top: 2.0,
        width: 27.0,
        height: 27.0,
        round: true,
    },
    AreaShape {
        name: "Roof",
        left: 5.0,
        top: 30.0,
        width: 60.0,
        height: 16.0,
        round: false,
    },
    AreaShape {
        name: "House",
        left: 10.0,
        top: 46.0,
        width: 50.0,
        height: 36.0,
        round: false,
    },
    AreaShape {
        name: "Tree",
        left: 66.0,
        top: 36.0,
        width: 30.0,
        height: 30.0,
        round: true,
    },
    AreaShape {
        name: "Grass",
        left: 0.0,
        top: 82.0,
        width: 100.0,
        height: 18.0,
        round: false,
    },
];

const UNPAINTED: Color = Color::WHITE;
pub(super) const OUTLINE: Color = Color::srgb(0.29, 0.23, 0.21);

fn paint_colour(paint: Option<u8>) -> Color {
    match paint {
        Some(p) => {
            let [r, g, b] = PAINTS[usize::from(p) % PAINTS.len()].1;
            Color::srgb(r, g, b)
        }
        None => UNPAINTED,
    }
}

/// The paper the picture is drawn on, `side` vmin square.
pub(super) fn picture_frame(side: f32) -> impl Bundle {
    (
        Name::new("Colouring picture"),
        Node {
            width: Val::VMin(side),
            height: Val::VMin(side),
            border: UiRect::all(Val::VMin(0.6)),
            border_radius: BorderRadius::all(Val::VMin(2.0)),
            overflow: Overflow::clip(),
            ..default()
        },
        BackgroundColor(Color::srgb(0.98, 0.98, 0.96)),
        BorderColor::all(OUTLINE),
        Pickable::IGNORE,
    )
}

pub(super) fn spawn_picture_areas(commands: &mut Commands, canvas: Entity, tappable: bool) {
    // The tree's trunk: drawn, not coloured.
    commands.spawn((
        Name::new("Trunk"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(78.0),
            top: Val::Percent(62.0),
            width: Val::Percent(6.0),
            height: Val::Percent(22.0),
            ..default()
        },
        BackgroundColor(Color::srgb(0.55, 0.38, 0.26)),
        Pickable::IGNORE,
        ChildOf(canvas),
    ));
    for (index, shape) in AREAS.iter().enumerate() {
        let radius = if shape.round {
            BorderRadius::all(Val::Percent(50.0))
        } else if shape.name == "Roof" {
            BorderRadius::top(Val::VMin(1.5))
        } else {
            BorderRadius::all(Val::VMin(0.8))
        };
        let mut area = commands.spawn((
            Name::new(shape.name),
            PictureArea(index as u8),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(shape.left),
                top: Val::Percent(shape.top),
                width: Val::Percent(shape.width),
                height: Val::Percent(shape.height),
                border: UiRect::all(Val::VMin(0.6)),
                border_radius: radius,
                ..default()
            },
            BackgroundColor(UNPAINTED),
            BorderColor::all(OUTLINE),
            ChildOf(canvas),
        ));
        if tappable {
            area.insert((TapTarget(AREA_TARGETS[index]), PressBounce::default()))
                .observe(tap_as::<Journey>(Tap::Area(index as u8)));
        } else {
            area.insert(Pickable::IGNORE);
        }
        // Our house as the scenes draw it, door on the left and window on the right (a
        // house with a domed roof read as someone else's): part of the house area, drawn on it.
        if shape.name == "House" {
            let house = area.id();
            for (name, left, top, width, height) in [
                ("House door", 14.0, 30.0, 22.0, 70.0),
                ("House window", 56.0, 18.0, 30.0, 38.0),
            ] {
                commands.spawn((
                    Name::new(name),
                    Node {
                        position_type: PositionType::Absolute,
                        left: Val::Percent(left),
                        top: Val::Percent(top),
                        width: Val::Percent(width),
                        height: Val::Percent(height),
                        border: UiRect::all(Val::VMin(0.5)),
                        border_radius: BorderRadius::top(Val::VMin(1.0)),
                        ..default()
                    },
                    BorderColor::all(OUTLINE),
                    Pickable::IGNORE,
                    ChildOf(house),
                ));
            }
        }
    }
}

/// Keeps every view of the picture (the easel and the one held out at the reunion) in the
/// child's colours, and the chosen pot ringed.
#[allow(clippy::type_complexity)]
pub(super) fn show_the_picture(
    game: Res<JourneyGame>,
    mut areas: Query<(&PictureArea, &mut BackgroundColor), Without<PaintPot>>,
    mut pots: Query<(&PaintPot, &mut BorderColor, &mut Node)>,
) {
    let picture = *game.0.picture();
    for (area, mut fill) in &mut areas {
        let wanted = paint_colour(picture.areas[usize::from(area.0)]);
        if fill.0 != wanted {
            fill.0 = wanted;
        }
    }
    for (pot, mut border, mut node) in &mut pots {
        let chosen = pot.0 == picture.brush;
        let (colour, width) = if chosen {
            (OUTLINE, Val::VMin(1.2))
        } else {
            (Color::WHITE, Val::VMin(0.8))
        };
        if border.top != colour {
            *border = BorderColor::all(colour);
        }
        if node.border.top != width {
            node.border = UiRect::all(width);
        }
    }
}
