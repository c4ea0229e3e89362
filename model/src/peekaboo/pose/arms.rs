//! The grown-up's arms on the peekaboo stage: the sleeves that carry the big hands to the face,
//! and the arms that reach to the cup-lifting hand and round the door's edge.

use super::{
    ELBOW_FROM_WRIST, FLOOR, GROWN_UP_MIDDLE, GROWN_UP_SCALE, HAND_SIZE, HANDS_TOP, PALM_ACROSS,
    PALMS_OVERLAP, Part, Place, View, WRIST_AT, bar, place,
};
use crate::figure::{Build, Gesture, Side, pose as figure_pose};

/// Where a hand's wrist is, given its place: the picture's wrist point turned with the hand
/// about the picture's middle. `size` is the picture's side. Only ever a left hand's picture.
pub(super) fn wrist_of(hand: Place, size: f32) -> (f32, f32) {
    let middle = (hand.left + hand.width / 2.0, hand.top + hand.height / 2.0);
    let offset = ((WRIST_AT.0 - 0.5) * size, (WRIST_AT.1 - 0.5) * size);
    let (sin, cos) = hand.angle.sin_cos();
    // Clockwise on a screen whose y grows downwards.
    (
        middle.0 + offset.0 * cos - offset.1 * sin,
        middle.1 + offset.0 * sin + offset.1 * cos,
    )
}

/// A sleeve between two points, as a shown place.
pub(super) fn sleeve(from: (f32, f32), to: (f32, f32), width: f32) -> Place {
    let ([left, top, width, height], tilt) = bar(from, to, width);
    Place::at(left, top, width, height).tilted(tilt)
}

/// Where a big hand's picture starts across when it covers the face: the two palms meet over
/// the grown-up's middle, a little overlapped.
pub(super) fn hand_over_face_left(side: Side, hand_size: f32) -> f32 {
    let meet = PALMS_OVERLAP / 2.0;
    match side {
        Side::Left => GROWN_UP_MIDDLE + meet - PALM_ACROSS.1 * hand_size,
        Side::Right => GROWN_UP_MIDDLE - meet - (1.0 - PALM_ACROSS.1) * hand_size,
    }
}

/// The shoulder, elbow and wrist of the grown-up's arm on `side` of the screen while the big
/// hands cover the face: the shoulder is the standing figure's, the wrist the big hand's.
pub fn arm_joints(view: &View, side: Side) -> [(f32, f32); 3] {
    let body = figure_pose(Build::GrownUp, Gesture::Stand, 0.0, true, 0);
    let joint = body.arms[match side {
        Side::Left => 0,
        Side::Right => 1,
    }]
    .joint;
    let shoulder = (
        GROWN_UP_MIDDLE + joint.0 * GROWN_UP_SCALE,
        FLOOR - joint.1 * GROWN_UP_SCALE,
    );
    let (hand, across) = match side {
        Side::Left => (place(Part::LeftHand, view), WRIST_AT.0),
        // The right hand is the left one mirrored.
        Side::Right => (place(Part::RightHand, view), 1.0 - WRIST_AT.0),
    };
    let wrist = (
        hand.left + across * hand.width,
        hand.top + WRIST_AT.1 * hand.height,
    );
    [shoulder, elbow_between(shoulder, wrist, side), wrist]
}

/// The elbow for a wrist: with the hands at the face it is out to the side and below the
/// wrist; the arm keeps those lengths as the hands rise, and hangs straight when the hand is
/// further off than the arm reaches.
fn elbow_between(shoulder: (f32, f32), wrist: (f32, f32), side: Side) -> (f32, f32) {
    let across = match side {
        Side::Left => WRIST_AT.0,
        Side::Right => 1.0 - WRIST_AT.0,
    };
    let at_face = (
        hand_over_face_left(side, HAND_SIZE) + across * HAND_SIZE,
        HANDS_TOP + WRIST_AT.1 * HAND_SIZE,
    );
    let elbow_at_face = (
        at_face.0 + side.sign() * ELBOW_FROM_WRIST.0,
        at_face.1 + ELBOW_FROM_WRIST.1,
    );
    let distance = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).hypot(a.1 - b.1);
    let upper = distance(shoulder, elbow_at_face);
    let fore = ELBOW_FROM_WRIST.0.hypot(ELBOW_FROM_WRIST.1);
    let apart = distance(shoulder, wrist).max(1e-3);
    let towards = (
        (wrist.0 - shoulder.0) / apart,
        (wrist.1 - shoulder.1) / apart,
    );
    if apart >= upper + fore {
        let along = apart * upper / (upper + fore);
        return (
            shoulder.0 + towards.0 * along,
            shoulder.1 + towards.1 * along,
        );
    }
    // Two circles meet: the elbow is `along` towards the wrist and `out` to one side of it;
    // of the two sides, the one away from the body.
    let along = (upper * upper - fore * fore + apart * apart) / (2.0 * apart);
    let out = (upper * upper - along * along).max(0.0).sqrt();
    let base = (
        shoulder.0 + towards.0 * along,
        shoulder.1 + towards.1 * along,
    );
    let normal = (-towards.1, towards.0);
    let sign = if normal.0 * side.sign() >= 0.0 {
        1.0
    } else {
        -1.0
    };
    (
        base.0 + sign * out * normal.0,
        base.1 + sign * out * normal.1,
    )
}
