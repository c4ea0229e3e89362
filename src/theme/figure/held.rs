//! A picture held in a figure's hand: the kiss kept in the child's palm, the promise's heart
//! in the grown-up's. It is a child of the figure, placed from the figure's own pose, so it is
//! in the palm whatever the figure's size or the scene's layout (placed by the scene, the
//! journey's kiss landed on the child's cheek).

use bevy::prelude::*;
use see_you_soon_model::figure::{self, Gesture, Side};

use super::{Doing, Rig};

/// How far out the hand must be before the picture shows in it (0 to 1).
const HELD_OUT: f32 = 0.6;

/// A picture in `hand`, shown while the scene `wants` it and the hand is held out.
#[derive(Component, Debug, Clone, Copy)]
pub struct HeldInHand {
    pub hand: Side,
    /// The picture's side, in vmin.
    pub size: f32,
    pub wanted: bool,
}

/// A held picture, hidden until its hand is out. Spawn it as a child of the figure.
pub fn held_in_hand(image: Handle<Image>, hand: Side, size: f32) -> impl Bundle {
    (held_in_hand_box(hand, size), ImageNode::new(image))
}

/// A `size`-square box held in `hand`, for something drawn from nodes (spawn them as its
/// children): hidden until the hand is out. Spawn it as a child of the figure.
pub fn held_in_hand_box(hand: Side, size: f32) -> impl Bundle {
    (
        Name::new("Held in hand"),
        HeldInHand {
            hand,
            size,
            wanted: false,
        },
        // From between the figure's feet, where the pose measures from.
        Node {
            position_type: PositionType::Absolute,
            left: Val::Percent(50.0),
            top: Val::Percent(100.0),
            width: Val::VMin(size),
            height: Val::VMin(size),
            ..default()
        },
        UiTransform::default(),
        Visibility::Hidden,
        Pickable::IGNORE,
    )
}

pub(super) fn place_held_pictures(
    figures: Query<(&Rig, &Doing)>,
    mut held: Query<(&HeldInHand, &ChildOf, &mut UiTransform, &mut Visibility)>,
) {
    for (held, parent, mut transform, mut visibility) in &mut held {
        let Ok((rig, doing)) = figures.get(parent.parent()) else {
            continue;
        };
        let out = match doing.0 {
            Gesture::ReachOut { amount, .. } => held.wanted && amount >= HELD_OUT,
            _ => false,
        };
        visibility.set_if_neq(if out {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        });
        if !out {
            continue;
        }
        // The still pose (no idle sway), so the picture rests in the palm.
        let hand = figure::pose(rig.build, doing.0, 0.0, true, 0).hand(held.hand);
        let at = Val2::new(
            Val::VMin(hand.0 * rig.scale - held.size / 2.0),
            Val::VMin(-hand.1 * rig.scale - held.size * 0.8),
        );
        if transform.translation != at {
            transform.translation = at;
        }
    }
}
