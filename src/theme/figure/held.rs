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
    pub grip: Grip,
}

/// How a held thing sits in the hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grip {
    /// On the open palm, above the hand: a kiss, a heart.
    Palm,
    /// Held by its near edge and shown out beyond the hand, level with it: a child showing a
    /// picture (held on the palm, it covered the child's own head).
    Edge,
}

/// A held picture, hidden until its hand is out. Spawn it as a child of the figure.
pub fn held_in_hand(image: Handle<Image>, hand: Side, size: f32) -> impl Bundle {
    (held_box(hand, size, Grip::Palm), ImageNode::new(image))
}

/// A `size`-square box held by its edge in `hand`, for something drawn from nodes (spawn them
/// as its children): hidden until the hand is out. Spawn it as a child of the figure.
pub fn held_in_hand_box(hand: Side, size: f32) -> impl Bundle {
    held_box(hand, size, Grip::Edge)
}

fn held_box(hand: Side, size: f32, grip: Grip) -> impl Bundle {
    (
        Name::new("Held in hand"),
        HeldInHand {
            hand,
            size,
            wanted: false,
            grip,
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
        // A kiss or a heart lands once the palm is out; a picture held by its edge is there
        // all along, lifted with the hand (shown only once the hand was out, on a slow
        // tablet it came late in the moment).
        let out = match (doing.0, held.grip) {
            (Gesture::ReachOut { .. }, Grip::Edge) => held.wanted,
            (Gesture::ReachOut { amount, .. } | Gesture::Kiss { amount, .. }, Grip::Palm) => {
                held.wanted && amount >= HELD_OUT
            }
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
        // The box's top-left corner from the hand: centred over the palm, or out beyond the
        // hand (on its side) and level with it.
        let (across, up) = match held.grip {
            Grip::Palm => (-held.size / 2.0, held.size * 0.8),
            Grip::Edge => (
                -held.size / 2.0 + held.hand.sign() * held.size * 0.45,
                held.size * 0.55,
            ),
        };
        let at = Val2::new(
            Val::VMin(hand.0 * rig.scale + across),
            Val::VMin(-hand.1 * rig.scale - up),
        );
        if transform.translation != at {
            transform.translation = at;
        }
    }
}
