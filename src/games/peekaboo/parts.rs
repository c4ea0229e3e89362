//! The stage's drawn parts: pictures and shapes that each follow their place in the pose,
//! and the door's frame and hinges.

use bevy::prelude::*;

use super::{pose::Part, rules::HidingStyle};
use crate::{
    settings,
    theme::{
        figure::{PhotoOf, photo_fill},
        prelude::*,
    },
};

/// A part of the stage whose place follows [`pose::place`].
#[derive(Component, Debug, Clone, Copy)]
pub(super) struct PartNode(pub(super) Part);

/// A part whose picture changes with the kind of round: `other` in the rounds `uses_other`
/// picks, `usual` in the rest.
#[derive(Component)]
pub(super) struct PicturePerRound {
    pub(super) usual: Handle<Image>,
    pub(super) other: Handle<Image>,
    pub(super) uses_other: fn(HidingStyle) -> bool,
}

/// The stage: the whole middle of the screen is the hiding place, so any tap near the
/// grown-up counts. It clips, so hands and blankets slide in from its edges.
pub(super) fn stage_area() -> impl Bundle {
    (
        Name::new("hiding-place"),
        Node {
            position_type: PositionType::Absolute,
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            overflow: Overflow::clip(),
            border_radius: BorderRadius::all(Val::VMin(5.0)),
            ..default()
        },
        BackgroundColor(palette::PEACH.with_alpha(0.45)),
    )
}

/// A picture that moves with the pose. Only cups catch taps themselves.
pub(super) fn part_image(part: Part, image: ImageNode) -> impl Bundle {
    let pickable = if matches!(part, Part::Cup(_)) {
        Pickable::default()
    } else {
        Pickable::IGNORE
    };
    (
        Name::new(format!("{part:?}")),
        PartNode(part),
        image,
        Node {
            position_type: PositionType::Absolute,
            ..default()
        },
        Visibility::Hidden,
        pickable,
    )
}

/// The grown-up's own photo in a soft round frame, moving with the pose like the drawn figure
/// it stands in for.
pub(super) fn part_photo(whose: settings::Place) -> impl Bundle {
    (
        Name::new("Photo"),
        PartNode(Part::Photo),
        Node {
            position_type: PositionType::Absolute,
            border: UiRect::all(Val::VMin(1.2)),
            border_radius: BorderRadius::all(Val::Percent(50.0)),
            ..default()
        },
        BorderColor::all(palette::PEACH),
        BackgroundColor(palette::SKY),
        Visibility::Hidden,
        Pickable::IGNORE,
        children![(photo_fill(), PhotoOf(whose.into()), Pickable::IGNORE)],
    )
}

/// A round-ended bar in one colour that moves with the pose: a sleeve.
pub(super) fn part_block(part: Part, colour: Color) -> impl Bundle {
    (
        Name::new(format!("{part:?}")),
        PartNode(part),
        Node {
            position_type: PositionType::Absolute,
            // The arm reaching in from the stage's top edge is cut square there, where the
            // edge meets it; every other sleeve has round ends.
            border_radius: if part == Part::LiftingArm {
                BorderRadius::ZERO
            } else {
                BorderRadius::all(Val::Percent(50.0))
            },
            ..default()
        },
        BackgroundColor(colour),
        Visibility::Hidden,
        Pickable::IGNORE,
    )
}

/// Two iron hinges where the door meets its frame, top and bottom.
pub(super) fn hinges() -> impl Bundle {
    let hinge = |top: f32| {
        (
            Node {
                position_type: PositionType::Absolute,
                left: Val::ZERO,
                right: Val::ZERO,
                top: Val::Percent(top),
                height: Val::Percent(7.0),
                border_radius: BorderRadius::all(Val::VMin(0.8)),
                ..default()
            },
            BackgroundColor(Color::srgb(0.42, 0.36, 0.34)),
            Pickable::IGNORE,
        )
    };
    (
        Name::new("Hinges"),
        PartNode(Part::Hinges),
        Node {
            position_type: PositionType::Absolute,
            ..default()
        },
        Visibility::Hidden,
        Pickable::IGNORE,
        children![hinge(14.0), hinge(76.0)],
    )
}

pub(super) fn door_frame() -> impl Bundle {
    (
        Name::new("Door frame"),
        PartNode(Part::DoorFrame),
        Node {
            position_type: PositionType::Absolute,
            border: UiRect::all(Val::VMin(2.0)),
            border_radius: BorderRadius::top(Val::VMin(3.0)),
            ..default()
        },
        BorderColor::all(Color::srgb(0.62, 0.44, 0.30)),
        Visibility::Hidden,
        Pickable::IGNORE,
    )
}
