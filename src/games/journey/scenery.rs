//! The places along the way home, sized against the people who pass them: a building is taller
//! than the grown-up, a tree about as tall, the bus stop's sign stands on its pole, and each
//! stage's helper (the duck, the owl, the berries…) is there in the place, so the button's
//! picture points at something the child can see.

use bevy::prelude::*;
use see_you_soon_model::pictures::ScenePicture;

use super::{
    rules::Stage,
    story::{self, Story},
};
use crate::assets::JourneyPictures;

/// How far across the map the way runs, in percent (home has the rest).
pub(super) const WAY_ACROSS: f32 = 76.0;
/// Where the ground's top is, in vmin from the map's foot.
const GROUND: f32 = 7.0;
const WATER: Color = Color::srgb(0.56, 0.78, 0.88);
const RIPPLE: Color = Color::srgb(0.82, 0.93, 0.98);
const POLE: Color = Color::srgb(0.55, 0.58, 0.62);

/// A landmark's size (vmin, square) and how far it sits from its stage's start (vmin: a
/// building reaches back to the map's edge; the map does not clip its mirrored children, and
/// past the edge it spilled onto the page).
/// The traveller is 16 vmin tall.
fn landmark_place(picture: ScenePicture) -> (f32, f32) {
    match picture {
        ScenePicture::OfficeBuilding | ScenePicture::School => (21.0, -1.5),
        ScenePicture::EvergreenTree | ScenePicture::DeciduousTree => (17.0, 0.0),
        // A flower, not a tree: a big one, but smaller than the people.
        ScenePicture::Sunflower => (11.0, 0.0),
        ScenePicture::Wood => (15.0, 0.0),
        _ => (12.0, 0.0),
    }
}

/// Where a helper shows in its place: the owl sits on the treetop, the others stand on
/// the ground in front of the landmark's far foot (beside it, they crowded the next place;
/// in the middle, the duck's green head was lost in the tree). `None` for helpers the scene already shows another way
/// (the wave is done by the traveller, the bus and the light are drawn, the kiss is blown).
fn helper_place(helper: ScenePicture, landmark_size: f32) -> Option<(f32, f32, f32)> {
    match helper {
        ScenePicture::WavingHand
        | ScenePicture::Bus
        | ScenePicture::VerticalTrafficLight
        | ScenePicture::KissMark => None,
        // (across from the stage's start, up from the ground, size), all in vmin.
        // On the treetop, above the heads of those walking by (in the crown it sat on the
        // fox's face as she passed).
        ScenePicture::Owl => Some((landmark_size * 0.3, landmark_size - 2.0, 7.0)),
        ScenePicture::Rock => Some((4.0, -3.5, 5.0)),
        // On the tree's near side: on its far side the bus's traffic light stood over it.
        ScenePicture::Duck => Some((-6.0, 0.0, 7.0)),
        // Over the meadow's own foot: further on, they lay in the stream.
        ScenePicture::Blueberries => Some((landmark_size * 0.4, 0.0, 7.0)),
        _ => Some((landmark_size * 0.7, 0.0, 7.0)),
    }
}

/// The way home being drawn: the map it is drawn on, the story told, whether a bus is ridden,
/// and the pictures. Scenery and helpers are spawned from it in two passes, either side of
/// the traveller.
pub(super) struct Way<'a> {
    pub(super) map: Entity,
    pub(super) told: Story,
    pub(super) rides_a_bus: bool,
    pub(super) pictures: &'a JourneyPictures,
}

/// How wide a stage's landmark is, in vmin.
fn landmark_size(landmark: ScenePicture) -> f32 {
    match landmark {
        ScenePicture::WaterWave => 13.0,
        ScenePicture::BusStop => 8.0,
        landmark => landmark_place(landmark).0,
    }
}

/// The stages with a place drawn on the way: not home, which the way home draws itself, nor
/// the ride, whose bus is the one the traveller rides.
fn stages_with_places(rides_a_bus: bool) -> impl Iterator<Item = Stage> {
    Stage::ALL
        .into_iter()
        .filter(move |stage| *stage != Stage::Door && !(rides_a_bus && *stage == Stage::Riding))
}

/// A point on the road at a stage's start that the stage's things hang from, so the people's
/// sizes (vmin) hold however wide the map is.
fn place_on_the_way(commands: &mut Commands, map: Entity, stage: Stage) -> Entity {
    commands
        .spawn((
            Name::new("Place on the way"),
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(stage.start() * WAY_ACROSS + 2.0),
                bottom: Val::VMin(GROUND),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(map),
        ))
        .id()
}

/// The places along the way, each stage's landmark at its start. Spawned before the traveller,
/// who walks past in front of them.
pub(super) fn spawn_scenery(commands: &mut Commands, way: &Way) {
    let pictures = way.pictures;
    for stage in stages_with_places(way.rides_a_bus) {
        let place = place_on_the_way(commands, way.map, stage);
        match story::stage_story(way.told, stage).landmark {
            // The foxes' stream runs across the path, low and calm (a wave picture read as a
            // flood).
            ScenePicture::WaterWave => spawn_stream(commands, place),
            ScenePicture::BusStop => {
                spawn_bus_stop(commands, place, pictures.get(ScenePicture::BusStop))
            }
            landmark => {
                let (size, across) = landmark_place(landmark);
                spawn_thing(
                    commands,
                    place,
                    ImageNode::new(pictures.get(landmark)),
                    across,
                    0.0,
                    size,
                );
            }
        }
    }
}

/// Each stage's helper in its place. Spawned after the traveller, so the one the button asks
/// for is never hidden behind them (it was, at each stage's start, where they stand).
pub(super) fn spawn_helpers(commands: &mut Commands, way: &Way) {
    let pictures = way.pictures;
    for stage in stages_with_places(way.rides_a_bus) {
        let story = story::stage_story(way.told, stage);
        let Some((across, up, size)) = helper_place(story.helper, landmark_size(story.landmark))
        else {
            continue;
        };
        let place = place_on_the_way(commands, way.map, stage);
        spawn_thing(
            commands,
            place,
            ImageNode::new(pictures.get(story.helper)),
            across,
            up,
            size,
        );
    }
}

fn spawn_thing(
    commands: &mut Commands,
    place: Entity,
    image: ImageNode,
    across: f32,
    up: f32,
    size: f32,
) {
    commands.spawn((
        Name::new("Thing on the way"),
        image,
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(across),
            bottom: Val::VMin(up),
            width: Val::VMin(size),
            height: Val::VMin(size),
            ..default()
        },
        Pickable::IGNORE,
        ChildOf(place),
    ));
}

/// The bus stop: its sign on a post standing on the pavement (the sign alone floated).
fn spawn_bus_stop(commands: &mut Commands, place: Entity, sign: Handle<Image>) {
    let post = 12.0;
    commands.spawn((
        Name::new("Bus stop post"),
        Node {
            position_type: PositionType::Absolute,
            left: Val::VMin(3.4),
            bottom: Val::ZERO,
            width: Val::VMin(1.2),
            height: Val::VMin(post),
            border_radius: BorderRadius::top(Val::VMin(0.6)),
            ..default()
        },
        BackgroundColor(POLE),
        Pickable::IGNORE,
        ChildOf(place),
    ));
    // Only the sign of the picture: its own short pole beside it read as a second post.
    let sign = ImageNode {
        rect: Some(Rect::new(62.0, 30.0, 232.0, 200.0)),
        ..ImageNode::new(sign)
    };
    spawn_thing(commands, place, sign, 0.0, post - 2.0, 8.0);
}

/// A stream crossing the path: flat water over the road with two pale ripples.
fn spawn_stream(commands: &mut Commands, place: Entity) {
    let stream = commands
        .spawn((
            Name::new("Stream"),
            Node {
                position_type: PositionType::Absolute,
                left: Val::ZERO,
                bottom: Val::VMin(3.0 - GROUND),
                width: Val::VMin(13.0),
                height: Val::VMin(6.5),
                border_radius: BorderRadius::all(Val::VMin(3.0)),
                ..default()
            },
            BackgroundColor(WATER),
            Pickable::IGNORE,
            ChildOf(place),
        ))
        .id();
    for (across, up) in [(14.0, 58.0), (52.0, 26.0)] {
        commands.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: Val::Percent(across),
                bottom: Val::Percent(up),
                width: Val::Percent(32.0),
                height: Val::Percent(12.0),
                border_radius: BorderRadius::all(Val::Percent(50.0)),
                ..default()
            },
            BackgroundColor(RIPPLE),
            Pickable::IGNORE,
            ChildOf(stream),
        ));
    }
}
