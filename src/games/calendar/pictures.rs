//! The calendar's pictures, drawn like the rest of the world: a home day is our house (the one
//! from the doorstep and the way home), a school day the school, and whoever picks up is the
//! grown-up's own figure, waving, not a face in a circle.

use bevy::prelude::*;

use super::rules::DayKind;
use crate::{
    games::house::spawn_little_house,
    settings::Place,
    theme::{
        figure::{Appearance, Doing, photo_badge, spawn_figure},
        widget,
    },
};
use see_you_soon_model::figure::{Gesture, Side};

/// A day's picture filling `node`: the school, or our little house.
pub(super) fn spawn_day_picture(
    commands: &mut Commands,
    parent: Entity,
    kind: DayKind,
    node: Node,
    school: Handle<Image>,
) -> Entity {
    match kind {
        DayKind::School => commands
            .spawn((widget::picture(school, node), ChildOf(parent)))
            .id(),
        DayKind::Home => {
            let frame = commands
                .spawn((node, Pickable::IGNORE, ChildOf(parent)))
                .id();
            // Its roof reaches above the wall: the wall starts lower, so both fit the frame.
            spawn_little_house(
                commands,
                frame,
                Node {
                    left: Val::Percent(16.0),
                    right: Val::Percent(16.0),
                    bottom: Val::Percent(8.0),
                    height: Val::Percent(56.0),
                    ..default()
                },
            );
            frame
        }
    }
}

/// Who today is with: on a school day the child at school reaching for whoever comes to pick
/// them up, who reaches back (the grown-up alone by the school read as the grown-up going to
/// school); on a home day the grown-up and the child together, the grown-up waving.
/// `height` is the grown-up's height, in vmin.
pub(super) fn spawn_today_people(
    commands: &mut Commands,
    parent: Entity,
    kind: DayKind,
    grown_up: Appearance,
    grown_up_photo: Place,
    child: Appearance,
    height: f32,
) {
    let people = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: Val::VMin(1.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(parent),
        ))
        .id();
    let (child_doing, grown_up_doing) = match kind {
        DayKind::School => (
            Gesture::ReachOut {
                toward: Side::Right,
                amount: 1.0,
            },
            Gesture::ReachOut {
                toward: Side::Left,
                amount: 1.0,
            },
        ),
        DayKind::Home => (Gesture::Stand, Gesture::Wave { hand: Side::Right }),
    };
    let child = spawn_figure(commands, people, child, height, 8);
    commands.entity(child).insert(Doing(child_doing));
    let grown_up = spawn_figure(commands, people, grown_up, height, 7);
    commands.entity(grown_up).insert(Doing(grown_up_doing));
    // Their own photo, when the family kept one, over the child's head (over the grown-up's,
    // it hid their head and their wave): this is who comes.
    let side = height * PHOTO_SHARE;
    commands.spawn((
        photo_badge(
            grown_up_photo,
            Node {
                position_type: PositionType::Absolute,
                left: Val::VMin(0.0),
                bottom: Val::Percent(66.0),
                width: Val::VMin(side),
                height: Val::VMin(side),
                ..default()
            },
            0.6,
        ),
        ChildOf(people),
    ));
}

/// The photo of who comes, as a share of the people's height.
const PHOTO_SHARE: f32 = 0.36;
